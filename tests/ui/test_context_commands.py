"""The UI hands a typed command to the context: one undo step, refusals shown."""

from __future__ import annotations

from forum_desktop.models import Participant
from forum_desktop.ui.context import AppContext
from tests.services.helpers import build_event
from tests.services.test_commands import RenameBoth, names


def test_execute_pushes_one_undo_step(context: AppContext) -> None:
    first, second, _ = build_event(context.store).participant_ids
    before = names(context.store, first, second)
    seen = []
    context.changed.connect(seen.append)
    result = context.execute(RenameBoth(first=first, second=second), "Rename")
    assert result is not None and result.touches(Participant.record_type)
    assert seen == [result]
    assert context.undo_stack.count() == 1
    assert context.undo_stack.undoText() == "Rename"
    context.undo_stack.undo()
    assert names(context.store, first, second) == before
