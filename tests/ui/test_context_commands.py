"""The UI hands a typed command to the context: one undo step, refusals shown."""

from __future__ import annotations

from forum_desktop.models import Participant
from forum_desktop.services.operations import OpResult
from forum_desktop.services.translations import MAIN_LANGUAGE, TranslationError
from forum_desktop.storage import Store
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.notice_texts import notice_text
from tests.services.helpers import build_event
from tests.services.test_commands import RenameBoth, names

from .conftest import Prompts


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


class RenameThenRefuse(RenameBoth):
    """Renames the first participant, then refuses as a core rule would."""

    def apply(self, store: Store) -> OpResult:
        super().apply(store)
        raise TranslationError(MAIN_LANGUAGE, language="fr")


def test_a_refusal_is_shown_as_not_saved_and_writes_nothing(
    context: AppContext, answers: Prompts
) -> None:
    first, second, _ = build_event(context.store).participant_ids
    before = names(context.store, first, second)
    assert context.execute(RenameThenRefuse(first=first, second=second), "Rename") is None
    assert answers.errors == [("Not saved", notice_text(MAIN_LANGUAGE(language="fr")))]
    assert names(context.store, first, second) == before
    assert context.undo_stack.count() == 0


def test_an_undo_step_named_after_a_long_title_is_cut_for_the_edit_menu(
    context: AppContext,
) -> None:
    first, second, _ = build_event(context.store).participant_ids
    label = "Rename “" + "Forum d'apprentissage " * 20 + "”"
    context.execute(RenameBoth(first=first, second=second), label)
    shown = context.undo_stack.undoText()
    assert len(shown) == 80 and shown.endswith("…")
    assert shown.startswith("Rename “Forum d'apprentissage Forum")
