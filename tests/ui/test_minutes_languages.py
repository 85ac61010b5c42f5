"""Minutes in the event's working languages from the minutes dialog (issue 25): the
dialog offers them first and "all working languages", which writes one file each."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.models import Event, Language
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.translations import SetWorkingLanguages
from forum_desktop.ui.main_window import MainWindow
from tests.export.pdf_reading import all_text

from .conftest import Prompts


def test_the_dialog_offers_the_working_languages_first_and_all_of_them(
    window: MainWindow,
) -> None:
    from forum_desktop.ui.minutes_dialog import MinutesDialog

    store = window.context.store
    event_id = execute(store, CreateEvent(title="Forum", language=Language.ES)).value
    window.context.execute(
        SetWorkingLanguages(event_id=event_id, languages=(Language.ES, Language.EN)), "Languages"
    )
    dialog = MinutesDialog(store.require(Event, event_id), [], window)
    combo = dialog.language_combo
    offered = [combo.itemData(row) for row in range(combo.count())]
    assert offered == ["es", "en", "fr", "all"]
    assert combo.currentData() == "es"
    one = MinutesDialog(
        store.require(Event, execute(store, CreateEvent(title="One")).value), [], window
    )
    assert "all" not in [one.language_combo.itemData(r) for r in range(one.language_combo.count())]


def test_all_working_languages_writes_one_file_each(
    window: MainWindow,
    answers: Prompts,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forum_desktop.ui.minutes_dialog import MinutesDialog

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    store = window.context.store
    event_id = execute(store, CreateDemoEvent()).value  # French
    window.context.execute(
        SetWorkingLanguages(event_id=event_id, languages=(Language.FR, Language.EN)), "Languages"
    )
    window.events_model.reload()
    window.open_event(event_id)

    def exec_(dialog: MinutesDialog) -> int:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("all"))
        for name, box in dialog.section_boxes.items():
            box.setChecked(name == "agenda")  # a short document is enough
        return 1

    monkeypatch.setattr(MinutesDialog, "exec", exec_)
    answers.save_paths.append(tmp_path / "minutes.pdf")
    window.export_minutes_actions[0].trigger()
    with qtbot.waitSignal(window.export_runner.finished, timeout=60_000) as done:
        pass
    french, english = tmp_path / "minutes.fr.pdf", tmp_path / "minutes.en.pdf"
    assert done.args == [True, f"{french}, {english}"]
    assert "Compte rendu" in all_text(french.read_bytes())
    english_text = all_text(english.read_bytes())
    assert "Minutes" in english_text and "[fr]" in english_text  # untranslated titles marked
