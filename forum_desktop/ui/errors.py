"""Unexpected errors: logged to the log file, shown in a dialog, and the app goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from forum_desktop.logs import log_file
from forum_desktop.ui import prompts
from forum_desktop.ui.messages import fill

log = logging.getLogger(__name__)


def handle_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    log.error("unexpected error", exc_info=(kind, error, tb))
    show_unexpected(error)


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
