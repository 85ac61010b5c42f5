"""Running a change to captured entries that may belong to a session whose minutes are final."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from forum_desktop.services.capture import FinalSessionError
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext


def _amend_asked(parent: QWidget | None, error: FinalSessionError) -> bool:
    return prompts.confirm(
        parent,
        QCoreApplication.translate("Amend", "Minutes are final"),
        QCoreApplication.translate(
            "Amend",
            "The minutes of “%1” are final. Record this change as an amendment, "
            "with your name and the time?",
        ).replace("%1", error.session.title),
        action=QCoreApplication.translate("Amend", "Record amendment"),
    )


def execute_amendable(
    context: AppContext, parent: QWidget | None, command: Command, label: str
) -> OpResult | None:
    """Run a command that has an ``amend`` field; on a final session, ask whether the
    change is an amendment and, if so, run it again as one."""
    try:
        return context.execute(command, label, reraise=(FinalSessionError,))
    except FinalSessionError as error:
        if not _amend_asked(parent, error):
            return None
        return context.execute(command.model_copy(update={"amend": True}), label)
