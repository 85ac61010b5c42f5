"""Running a method's typed command from its screen: one undo step, and a refusal shown
as the notice bar's one translated sentence."""

from __future__ import annotations

from typing import TypedDict
from uuid import UUID

from forum_desktop.notices import NoticeError
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.notice_texts import notice_text
from forum_desktop.ui.run_controller import RunController


def act(
    context: AppContext, controller: RunController, command: Command, label: str
) -> OpResult | None:
    """``command`` as one undo step named ``label``; None when it was refused (the notice
    says why) or failed."""
    try:
        return context.execute(command, label, reraise=(NoticeError,))
    except NoticeError as error:
        controller.notice.emit(notice_text(error.notice))
        return None


class CaptureWhere(TypedDict):
    phase: str
    item_offset_seconds: int | None


def capture_where(controller: RunController, item_id: UUID) -> CaptureWhere:
    """The running phase (a sub-item of the method's item) and how far into the running
    item it is, for what is captured now."""
    snapshot = controller.snapshot
    current = snapshot.current if snapshot else None
    phase = current.entry.item.title if current and current.item_id != item_id else ""
    offset = int(current.elapsed_seconds) if current else None
    return CaptureWhere(phase=phase, item_offset_seconds=offset)
