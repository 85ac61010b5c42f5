"""Unexpected errors: logged to the log file, shown in a dialog, and the app goes on.

One error that reaches here is not unexpected: a value a screen put into a typed command
that the command refuses as it is built (a name longer than a name may be). Nothing was
written; the user is told what to change, as for any refusal."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from forum_desktop.logs import log_file
from forum_desktop.services.commands import Command
from forum_desktop.ui import prompts
from forum_desktop.ui.invalid_input import describe_invalid
from forum_desktop.ui.messages import fill

log = logging.getLogger(__name__)


def handle_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(error, ValidationError) and refused_command(error):
        log.info("command refused as built: %s", error)
        prompts.error(
            QApplication.activeWindow(),
            QCoreApplication.translate("Errors", "Not saved"),
            describe_invalid(error),
        )
        return
    log.error("unexpected error", exc_info=(kind, error, tb))
    show_unexpected(error)


def refused_command(error: ValidationError) -> bool:
    """Whether pydantic refused to build one of the app's commands (not a record read)."""
    return error.title in command_names(Command)


def command_names(base: type[object]) -> set[str]:
    """The names of ``base``'s subclasses (any class: type[Command] would refuse the abstract
    Command itself)."""
    names = set()
    for subclass in base.__subclasses__():
        names |= {subclass.__name__, *command_names(subclass)}
    return names


def show_unexpected(error: BaseException) -> None:
    """The error dialog for an error already logged (a background job's, on the UI thread)."""
    kind = type(error)
    details = "".join(traceback.format_exception(kind, error, error.__traceback__))
    translate = QCoreApplication.translate
    prompts.error(
        QApplication.activeWindow(),
        translate("Errors", "Something went wrong"),
        fill(
            translate(
                "Errors",
                "Forum Desktop met an unexpected problem: %1\n\nYour saved work is safe. "
                "The details are in %2; please send that file to the developers.",
            ),
            str(error) or kind.__name__,
            str(log_file()),
        ),
        details,
    )


def install_exception_hook() -> None:
    sys.excepthook = handle_exception
