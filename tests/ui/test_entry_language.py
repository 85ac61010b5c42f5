"""The capture tab's Language… action (issue 25): the rapporteur says which language the
selected entries were said in, as one undo step; the text stays as typed."""

from __future__ import annotations

from uuid import UUID

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.models import Language, Outcome
from forum_desktop.services.translations import SetWorkingLanguages
from forum_desktop.ui import prompts
from forum_desktop.ui.capture_page import CapturePage
from tests.ui.test_capture_page import enter, entries, page, select_rows

__all__ = ["page"]  # the capture tab on the demo event, from the capture page's tests

ENGLISH = "We need a shared workshop with the other cities before the congress."


def _in_french_and_english(page: CapturePage) -> UUID:
    event_id = page._event_id
    assert event_id is not None
    languages = SetWorkingLanguages(event_id=event_id, languages=(Language.FR, Language.EN))
    page._context.execute(languages, "Languages")
    return event_id


def test_the_rapporteur_sets_the_language_of_the_selected_entries(
    page: CapturePage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = page._context
    _in_french_and_english(page)
    enter(qtbot, page, ENGLISH)
    (entry,) = entries(page)
    assert entry.language is Language.EN  # detected at capture
    select_rows(page, 0)
    assert page.language_action.isEnabled()
    offered: list[str] = []

    def pick(parent: object, title: str, label: str, options: list[str]) -> int:
        offered.extend(options)
        return options.index("French")

    monkeypatch.setattr(prompts, "pick", pick)
    page.language_action.trigger()
    assert offered == ["French", "English", "Spanish", "Not known"]  # working ones first
    stored = context.store.require(Outcome, entry.id)
    assert (stored.language, stored.text) == (Language.FR, ENGLISH)
    context.undo_stack.undo()
    assert context.store.require(Outcome, entry.id).language is Language.EN
    monkeypatch.setattr(prompts, "pick", lambda *args: 3)  # not known
    page.language_action.trigger()
    assert context.store.require(Outcome, entry.id).language is None


def _shown_texts(page: CapturePage) -> set[str]:
    from forum_desktop.ui.outcome_model import Col

    return {str(page.proxy.index(row, Col.TEXT).data()) for row in range(page.proxy.rowCount())}


def test_an_entry_said_in_another_language_shows_its_code(page: CapturePage, qtbot: QtBot) -> None:
    context = page._context
    event_id = _in_french_and_english(page)
    enter(qtbot, page, ENGLISH)
    assert _shown_texts(page) == {f"[en] {ENGLISH}"}  # as the minutes tag it
    from forum_desktop.ui.outcome_model import SORT_ROLE, Col

    sorted_by = page.model.index(0, Col.TEXT).data(SORT_ROLE)
    assert sorted_by == ENGLISH.casefold()  # sorted among the others by its text alone
    context.execute(
        SetWorkingLanguages(event_id=event_id, languages=(Language.EN, Language.FR)), "Languages"
    )
    assert _shown_texts(page) == {ENGLISH}  # now the main language: no code
    french = "Nous avons décidé de créer un réseau des villes pour la suite."
    enter(qtbot, page, french)
    assert _shown_texts(page) == {ENGLISH, f"[fr] {french}"}
