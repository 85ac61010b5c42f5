"""Agenda ▸ Import programme… with a programme already imported: nothing is added twice,
and the user is told why nothing happened."""

from __future__ import annotations

import pytest

from forum_desktop.models import AgendaItem, Session
from forum_desktop.services.events import CreateEvent
from forum_desktop.ui.agenda_page import AgendaPage
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.programme_import_dialog import ProgrammeImportDialog

from .conftest import Prompts

PROGRAMME = "Programme\n1. Welcome (10 min)\n2. Fishbowl (40 min)\n3. Coffee break (15 min)\n"


def test_importing_the_same_programme_again_adds_nothing_and_says_so(
    window: MainWindow, answers: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = window.context
    event_id = context.execute(CreateEvent(title="Forum"), "new").value  # type: ignore[union-attr]
    window.open_event(event_id)
    window.page.tabs.setCurrentWidget(window.page.agenda)
    page = window.page.agenda
    assert isinstance(page, AgendaPage)

    def accept(dialog: ProgrammeImportDialog) -> int:
        dialog.text_edit.setPlainText(PROGRAMME)
        return 1

    monkeypatch.setattr(ProgrammeImportDialog, "exec", accept)
    page.import_programme()
    assert len(context.store.select(AgendaItem)) == 3
    assert answers.infos == []

    page.import_programme()

    assert len(context.store.select(AgendaItem)) == 3
    assert len(context.store.select(Session)) == 1
    assert answers.infos == [
        (
            "Import programme",
            "This programme's items are already in the agenda (imported before): they were "
            "not added again.",
        )
    ]
