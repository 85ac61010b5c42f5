"""File ▸ Share event: a folder chosen once, merges on demand and as files arrive."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from forum_desktop.models import Outcome, Participant, Session, SessionRun
from forum_desktop.models.event import Language
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.services.agenda import AddItem, AddSession, UpdateItem, UpdateSession
from forum_desktop.services.capture import (
    CaptureOutcome,
    UpdateOutcome,
)
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.events import CreateEvent, UpdateEvent, list_events
from forum_desktop.services.open_conflicts import conflict_texts
from forum_desktop.services.participants import AddParticipant, UpdateParticipant
from forum_desktop.services.run import NextItem, StartRun
from forum_desktop.services.translations import SetTranslation, SetWorkingLanguages
from forum_desktop.storage import Store
from forum_desktop.storage.search_index import has_pending
from forum_desktop.sync.bundle import export_bundle
from forum_desktop.sync.engine import sync_event
from forum_desktop.ui.event_page import AGENDA_TAB, ROSTER_TAB
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.roster_model import Column
from forum_desktop.ui.share_dialog import ShareDialog
from tests.sync.laptops import open_laptop, shared_from_elsewhere

from .conftest import Prompts

WAIT_MS = 10_000
ToolTip = Qt.ItemDataRole.ToolTipRole


def shared_through_the_dialog(
    window: MainWindow, answers: Prompts, qtbot: QtBot, event_id: UUID, tmp_path: Path
) -> tuple[ShareDialog, Path]:
    """The event opened and shared through File ▸ Share event, its first merge done: the
    dialog and the shared folder."""
    folder = tmp_path / "shared"
    folder.mkdir()
    window.events_model.reload()
    window.open_event(event_id)
    window.share_action.trigger()
    share = window.share_dialog
    answers.folders.append(folder)
    share.choose_button.click()
    qtbot.waitUntil(lambda: event_id in window.sync.reports, timeout=WAIT_MS)
    return share, folder


def texts(window: MainWindow) -> list[str]:
    return [o.text for o in window.context.store.select(Outcome, order_by="captured_at")]


def test_sharing_writes_the_event_out_and_merges_what_arrives(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    event_id: UUID = execute(window.context.store, CreateEvent(title="Atelier de Saly")).value
    window.events_model.reload()
    window.open_event(event_id)
    window.context.index_timer.setInterval(10**6)  # the window's own indexing stays away
    folder = tmp_path / "shared"
    folder.mkdir()

    window.share_action.trigger()
    dialog = window.share_dialog
    assert dialog.status_label.text() == ""
    assert not dialog.sync_button.isEnabled()
    answers.folders.append(folder)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: "out: 1" in dialog.status_label.text(), timeout=WAIT_MS)
    assert dialog.status_label.text().startswith("Laptops seen: 1 · changes in: 0, out: 1")
    assert str(folder) in dialog.folder_label.text()
    assert (folder / ".stignore").exists()

    # A rapporteur's laptop takes the event from the folder and captures an entry.
    other = open_laptop(tmp_path / "rapporteur", "Bruno")
    sync_event(other.store, event_id, folder)
    execute(other.store, CaptureOutcome(event_id=event_id, text="Le maire ouvre l'atelier"))
    sync_event(other.store, event_id, folder)
    other.close()

    # The watcher sees the new file; the merge brings the entry in.
    qtbot.waitUntil(lambda: texts(window) == ["Le maire ouvre l'atelier"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Laptops seen: 2" in dialog.status_label.text(), timeout=WAIT_MS)
    assert "changes in: 1, out: 1" in dialog.status_label.text()
    assert not has_pending(window.context.store.conn)  # indexed by the merge's worker

    # An entry typed here goes out once edits pause.
    window.context.execute(
        CaptureOutcome(event_id=event_id, text="Pause café à 10 h 30"), "Capture"
    )
    qtbot.waitUntil(lambda: "in: 1, out: 2" in dialog.status_label.text(), timeout=WAIT_MS)
    written = sorted(folder.rglob("*.jsonl"))
    dialog.sync_button.click()  # on demand: nothing new, nothing written
    qtbot.waitUntil(lambda: not window.sync._running, timeout=WAIT_MS)
    assert sorted(folder.rglob("*.jsonl")) == written
    assert "in: 1, out: 2" in dialog.status_label.text()


def test_the_status_names_what_the_shared_folder_should_not_hold(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    event_id: UUID = execute(window.context.store, CreateEvent(title="Atelier de Saly")).value
    window.events_model.reload()
    window.open_event(event_id)
    window.context.index_timer.setInterval(10**6)  # the window's own indexing stays away
    folder = tmp_path / "shared"
    stray = folder / "forum-sync" / str(event_id) / "ops" / str(UUID(int=7))
    stray.mkdir(parents=True)
    (stray / "00000001-00000000.jsonl").write_bytes(b"[" * 100_000 + b"\n")

    window.share_action.trigger()
    dialog = window.share_dialog
    answers.folders.append(folder)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: "out: 1" in dialog.status_label.text(), timeout=WAIT_MS)
    assert (
        "1 thing in the shared folder skipped, such as: "
        f"{UUID(int=7)}/00000001-00000000.jsonl, line 1: not a change"
    ) in dialog.status_label.text()


def test_joining_a_shared_folder_brings_in_the_events_it_holds(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "shared"
    event_id = shared_from_elsewhere(tmp_path, folder)

    answers.folders.append(folder)
    window.join_action.trigger()
    qtbot.waitUntil(
        lambda: (
            window.events_model.rowCount() == 1
            and window.events_model.index(0, 0).data() == "Atelier de Thiès"
        ),
        timeout=WAIT_MS,
    )
    assert window.sync.folder_of(event_id) == folder

    answers.folders.append(folder)  # again: nothing new to join
    window.join_action.trigger()
    assert answers.infos[-1][0] == "Nothing to join"


def test_a_conflict_shows_both_versions_and_keeping_both_settles_it(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    store = window.context.store
    event_id: UUID = execute(store, CreateEvent(title="Atelier de Saly")).value
    outcome_id = execute(store, CaptureOutcome(event_id=event_id, text="Décision : reporter")).value
    share, folder = shared_through_the_dialog(window, answers, qtbot, event_id, tmp_path)
    assert not share.conflicts_button.isEnabled()

    other = open_laptop(tmp_path / "rapporteur", "Bruno")
    sync_event(other.store, event_id, folder)
    execute(store, UpdateOutcome(outcome_id=outcome_id, text="Décision : reporter à mars"))
    other.clock.advance(3600)  # Bruno's is the later edit: it shows
    execute(other.store, UpdateOutcome(outcome_id=outcome_id, text="Décision : adopter"))
    sync_event(other.store, event_id, folder)
    share.sync_button.click()
    qtbot.waitUntil(share.conflicts_button.isEnabled, timeout=WAIT_MS)
    assert "unresolved conflicts: 1" in share.status_label.text()

    share.conflicts_button.click()
    dialog = share.conflicts_dialog
    assert dialog.list.count() == 1
    assert "also kept: a version by Test Rapporteur" in dialog.list.item(0).text()
    assert dialog.shown.toPlainText() == "Décision : adopter"
    assert dialog.kept.toPlainText() == "Décision : reporter à mars"
    [keep_both] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Keep &both"]
    keep_both.click()
    dialog.resolve_button.click()

    both = "Décision : adopter\nDécision : reporter à mars"
    assert store.require(Outcome, outcome_id).text == both
    assert dialog.list.count() == 0 and dialog.empty_label.isVisible()
    qtbot.waitUntil(lambda: "unresolved conflicts: 0" in share.status_label.text(), timeout=WAIT_MS)
    sync_event(other.store, event_id, folder)
    assert other.store.require(Outcome, outcome_id).text == both

    window.context.undo_stack.undo()  # a resolution is an undo step: the conflict is back
    assert store.require(Outcome, outcome_id).text == "Décision : adopter"
    qtbot.waitUntil(lambda: "unresolved conflicts: 1" in share.status_label.text(), timeout=WAIT_MS)
    assert dialog.list.count() == 1
    assert dialog.kept.toPlainText() == "Décision : reporter à mars"
    sync_event(other.store, event_id, folder)
    assert other.store.require(Outcome, outcome_id).text == "Décision : adopter"
    assert conflict_texts(other.store, event_id) == {outcome_id: ["Décision : reporter à mars"]}
    other.close()


def test_the_capture_tab_follows_the_facilitators_run_as_merges_arrive(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "shared"
    facilitator = open_laptop(tmp_path / "facilitator", "Awa")
    event_id: UUID = execute(facilitator.store, CreateDemoEvent()).value
    session = facilitator.store.select(Session, {"event_id": event_id})[0]
    now = facilitator.clock.now()
    execute(facilitator.store, StartRun(session_id=session.id, at=now))
    sync_event(facilitator.store, event_id, folder)

    answers.folders.append(folder)
    window.join_action.trigger()
    qtbot.waitUntil(lambda: window.events_model.rowCount() == 1, timeout=WAIT_MS)
    window.open_event(event_id)
    window.page.show_capture()
    capture = window.page.capture

    def current_item() -> UUID | None:
        [run] = facilitator.store.select(SessionRun, {"session_id": session.id}, order_by="id")
        return run.current_item_id

    assert capture.item_combo.currentData() == str(current_item())
    execute(facilitator.store, NextItem(session_id=session.id, at=now))
    sync_event(facilitator.store, event_id, folder)
    qtbot.waitUntil(
        lambda: capture.item_combo.currentData() == str(current_item()), timeout=WAIT_MS
    )
    facilitator.close()


def test_a_bundle_goes_out_and_comes_in_through_the_menus(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    source = open_laptop(tmp_path / "source", "Awa")
    event_id: UUID = execute(source.store, CreateEvent(title="Atelier de Kaolack")).value
    execute(source.store, CaptureOutcome(event_id=event_id, text="Synthèse du matin"))
    bundle = tmp_path / "atelier.fdbundle"
    bundle.write_bytes(export_bundle(source.store, event_id))
    source.close()

    answers.open_paths.append(bundle)
    window.context.index_timer.setInterval(10**6)  # the window's own indexing stays away
    window.import_bundle_action.trigger()
    qtbot.waitUntil(lambda: texts(window) == ["Synthèse du matin"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.page.event_id == event_id, timeout=WAIT_MS)
    message = window.statusBar().currentMessage()
    assert "2 change" in message and "new here" in message  # the event and the entry
    assert not has_pending(window.context.store.conn)  # indexed by the bundle's worker

    again = tmp_path / "again.fdbundle"
    answers.save_paths.append(again)
    window.export_bundle_action.trigger()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Wrote the event bundle", timeout=WAIT_MS
    )
    assert again.exists()

    damaged = tmp_path / "damaged.fdbundle"
    damaged.write_bytes(b"PK\x03\x04 not really")
    answers.open_paths.append(damaged)
    window.import_bundle_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=WAIT_MS)
    assert answers.errors[-1] == (
        "Bundle not used",
        "The file is not a Forum Desktop bundle (it is not a zip file).",
    )


def test_a_refused_bundle_is_explained_in_french(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    stray = tmp_path / "atelier.fdbundle"
    with zipfile.ZipFile(stray, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("notes.txt", "bonjour")
    answers.open_paths.append(stray)
    install("fr")
    try:
        window.import_bundle_action.trigger()
        qtbot.waitUntil(lambda: bool(answers.errors), timeout=WAIT_MS)
    finally:
        install("en")
    assert answers.errors == [
        (
            "Paquet non utilisé",
            "Le paquet contient 'notes.txt', qu'aucun paquet Forum Desktop ne contient ; "
            "il a été refusé et rien n'a été importé.",
        )
    ]
    assert list_events(window.context.store) == []


def test_a_folder_that_cannot_be_prepared_is_named_as_it_is_even_with_placeholders(
    window: MainWindow, answers: Prompts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id: UUID = execute(window.context.store, CreateEvent(title="Atelier de Saly")).value
    window.events_model.reload()
    window.open_event(event_id)
    folder = tmp_path / "partage %2 %1"

    def refused(event_id: UUID, chosen: Path) -> None:
        raise PermissionError(13, "Permission denied", str(chosen))

    monkeypatch.setattr(window.sync, "share", refused)  # a folder the user may not write in
    window.share_action.trigger()
    answers.folders.append(folder)
    window.share_dialog.choose_button.click()
    assert answers.errors == [("Cannot share", f"Could not prepare {folder}: Permission denied")]


def test_a_conflict_s_text_is_listed_as_typed_even_with_placeholders(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    store = window.context.store
    event_id: UUID = execute(store, CreateEvent(title="Atelier de Saly")).value
    outcome_id = execute(store, CaptureOutcome(event_id=event_id, text="Décision")).value
    share, folder = shared_through_the_dialog(window, answers, qtbot, event_id, tmp_path)
    other = open_laptop(tmp_path / "rapporteur", "Bruno")
    sync_event(other.store, event_id, folder)
    execute(store, UpdateOutcome(outcome_id=outcome_id, text="Décision : reporter"))
    other.clock.advance(3600)  # Bruno's is the later edit: it is the one listed
    execute(other.store, UpdateOutcome(outcome_id=outcome_id, text="Budget %3 %4 %1 %2"))
    sync_event(other.store, event_id, folder)
    other.close()
    share.sync_button.click()
    qtbot.waitUntil(share.conflicts_button.isEnabled, timeout=WAIT_MS)
    share.conflicts_button.click()
    line = share.conflicts_dialog.list.item(0).text()
    assert " · Budget %3 %4 %1 %2 — also kept: a version by Test Rapporteur, " in line


def retyped_on_two_laptops(
    window: MainWindow,
    tmp_path: Path,
    build: Callable[[Store, UUID], UUID],
    retype: Callable[[UUID, str], Command],
    here: str,
    there: str,
) -> tuple[UUID, Callable[[], None]]:
    """A record of a new event (``build`` makes it, its id), retyped as ``here`` on this
    laptop and, later, as ``there`` on another (which shows): the record's id, and what
    brings the other laptop's edit here, as the sync controller does."""
    store = window.context.store
    event_id: UUID = execute(store, CreateEvent(title="Atelier de Saly")).value
    record = build(store, event_id)
    folder = tmp_path / "shared"
    folder.mkdir()
    sync_event(store, event_id, folder)
    other = open_laptop(tmp_path / "rapporteur", "Bruno")
    try:
        sync_event(other.store, event_id, folder)
        execute(store, retype(record, here))
        other.clock.advance(3600)  # the other laptop's is the later edit: it shows
        execute(other.store, retype(record, there))
        sync_event(other.store, event_id, folder)
    finally:
        other.close()
    window.events_model.reload()
    window.open_event(event_id)

    def merge() -> None:
        sync_event(store, event_id, folder)
        window.context.merged()

    return record, merge


def resolve_with_the_kept_version(window: MainWindow, kept: str) -> None:
    dialog = window.conflicts_dialog
    assert dialog.kept.toPlainText() == kept
    [use_kept] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Use &kept"]
    use_kept.click()
    dialog.resolve_button.click()


def add_person(store: Store, event_id: UUID) -> UUID:
    return execute(store, AddParticipant(event_id=event_id, name="Fatou Ndiaye")).value


def add_session(store: Store, event_id: UUID) -> UUID:
    return execute(store, AddSession(event_id=event_id, title="Matinée")).value


def add_item(store: Store, event_id: UUID) -> UUID:
    return execute(store, AddItem(session_id=add_session(store, event_id), title="Welcome")).value


def test_the_roster_marks_a_name_two_laptops_retyped_and_resolves_it(
    window: MainWindow, answers: Prompts, tmp_path: Path
) -> None:
    _, merge = retyped_on_two_laptops(
        window,
        tmp_path,
        add_person,
        lambda person, name: UpdateParticipant(participant_id=person, name=name),
        "Fatou Ndiaye Sow",
        "Fatou N. (ENDA)",
    )
    window.page.tabs.setCurrentIndex(ROSTER_TAB)
    roster = window.page.roster
    merge()

    cell = roster.proxy.index(0, Column.NAME)
    assert cell.data() == "⚠ In conflict: Fatou N. (ENDA)"
    assert "also kept from another laptop:\nFatou Ndiaye Sow" in cell.data(ToolTip)
    assert cell.data(Qt.ItemDataRole.EditRole) == "Fatou N. (ENDA)"  # edited as it is
    roster.table.selectRow(0)
    assert roster.resolve_action.isEnabled()
    roster.resolve_action.trigger()
    resolve_with_the_kept_version(window, "Fatou Ndiaye Sow")

    assert roster.proxy.index(0, Column.NAME).data() == "Fatou Ndiaye Sow"
    assert not roster.resolve_action.isEnabled()


def test_the_agenda_marks_an_item_two_laptops_retitled_and_resolves_it(
    window: MainWindow, answers: Prompts, tmp_path: Path
) -> None:
    item_id, merge = retyped_on_two_laptops(
        window,
        tmp_path,
        add_item,
        lambda item, title: UpdateItem(item_id=item, title=title),
        "Accueil et café",
        "Accueil des maires",
    )
    window.resize(1024, 740)
    window.show()
    agenda = window.page.agenda
    install("fr")  # the note in French, its longest: every line shows in the narrow pane
    try:
        window.page.tabs.setCurrentIndex(AGENDA_TAB)
        merge()
        title = agenda.model.index_of(item_id)
        agenda.tree.setCurrentIndex(title)
        note = agenda.editor.conflict_note.label
        assert "de : Titre. L'une s'affiche ici" in note.text()
        heading, button = agenda.editor.heading, agenda.editor.conflict_note.resolve_button

        def whole() -> bool:  # every line of the note, between the heading and its button
            lines = note.heightForWidth(note.width())
            top = note.mapTo(agenda.editor, QPoint(0, 0)).y()
            return heading.geometry().bottom() < top and note.y() + lines <= button.y()

        QApplication.processEvents()  # the layout requests the new note posted
        assert whole()
    finally:
        install("en")
    assert title.data() == "⚠ Accueil des maires"
    assert "Sync conflict" in title.data(ToolTip)
    assert title.data(Qt.ItemDataRole.EditRole) == "Accueil des maires"  # edited as it is
    agenda.editor.conflict_note.resolve_button.click()
    resolve_with_the_kept_version(window, "Accueil et café")

    assert agenda.model.index_of(item_id).data() == "Accueil et café"
    assert agenda.editor.conflict_note.isHidden()


def test_the_details_tab_names_the_event_s_texts_in_conflict_and_resolves_them(
    window: MainWindow, answers: Prompts, tmp_path: Path
) -> None:
    _, merge = retyped_on_two_laptops(
        window,
        tmp_path,
        lambda store, event_id: event_id,
        lambda event_id, text: UpdateEvent(event_id=event_id, context=text),
        "Les maires de la région.",
        "Les villes du Sénégal.",
    )
    details = window.page.details
    assert details.conflict_note.isHidden()
    merge()

    assert not details.conflict_note.isHidden()
    assert "different versions of: Context." in details.conflict_note.label.text()
    assert details.context_edit.toPlainText() == "Les villes du Sénégal."
    details.conflict_note.resolve_button.click()
    resolve_with_the_kept_version(window, "Les maires de la région.")

    assert details.context_edit.toPlainText() == "Les maires de la région."
    assert details.conflict_note.isHidden()


def test_the_events_title_and_a_translation_retyped_on_two_laptops_are_listed_by_kind(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    """The event's own texts conflict like any typed text (the event machine,
    tests/sync/test_event_machine.py): the dialog names the event and the translation."""
    store = window.context.store
    created = CreateEvent(title="Atelier de Saly", other_languages=(Language.FR,))
    event_id: UUID = execute(store, created).value
    share, folder = shared_through_the_dialog(window, answers, qtbot, event_id, tmp_path)
    other = open_laptop(tmp_path / "rapporteur", "Bruno")
    sync_event(other.store, event_id, folder)
    for laptop_store, words in ((store, "de Saly"), (other.store, "de Mbour")):
        if laptop_store is other.store:
            other.clock.advance(3600)  # Bruno's are the later edits: they are listed
        execute(laptop_store, UpdateEvent(event_id=event_id, title=f"Forum {words}"))
        translated = SetTranslation(
            target_type=TranslatedRecord.EVENT,
            target_id=event_id,
            field=TranslatedField.TITLE,
            language=Language.FR,
            text=f"Atelier {words}",
        )
        execute(laptop_store, translated)
    sync_event(other.store, event_id, folder)
    other.close()
    share.sync_button.click()
    qtbot.waitUntil(share.conflicts_button.isEnabled, timeout=WAIT_MS)
    share.conflicts_button.click()
    dialog = share.conflicts_dialog
    lines = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert [line.split(" — ")[0] for line in lines] == [
        "Event · Forum de Mbour",
        "Translation · Atelier de Mbour",
    ]
    note = window.page.details.conflict_note  # the Details tab names both
    assert "versions of: Title, Title (fr)." in note.label.text()


def test_the_agenda_names_a_session_title_two_laptops_retyped_and_resolves_it(
    window: MainWindow, answers: Prompts, tmp_path: Path
) -> None:
    retyped_on_two_laptops(
        window,
        tmp_path,
        lambda store, event_id: (
            execute(store, AddSession(event_id=event_id, title="Matinée")).value
        ),
        lambda session, title: UpdateSession(session_id=session, title=title),
        "Matinée des maires",
        "Première matinée",
    )[1]()
    window.page.tabs.setCurrentIndex(AGENDA_TAB)
    agenda = window.page.agenda

    assert agenda.session_combo.currentText() == "Première matinée"
    assert "versions of: Session title." in agenda.session_conflict.label.text()
    assert not agenda.session_conflict.isHidden()
    agenda.session_conflict.resolve_button.click()
    resolve_with_the_kept_version(window, "Matinée des maires")

    assert agenda.session_combo.currentText() == "Matinée des maires"
    assert agenda.session_conflict.isHidden()


def test_keeping_both_versions_of_a_name_keeps_them_on_one_line(
    window: MainWindow, answers: Prompts, tmp_path: Path
) -> None:
    """New-user review: "Keep both" wrote a two-line name, which the roster cut and the
    minutes printed as one person."""
    person, merge = retyped_on_two_laptops(
        window,
        tmp_path,
        add_person,
        lambda person, name: UpdateParticipant(participant_id=person, name=name),
        "Moussa Sy Ndiaye",
        "Moussa Sy (Dakar)",
    )
    merge()
    window.resolve_conflict_of(person)
    dialog = window.conflicts_dialog
    [both] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Keep &both"]
    both.click()
    assert dialog.result_edit.toPlainText() == "Moussa Sy (Dakar) / Moussa Sy Ndiaye"
    dialog.result_edit.setPlainText("Moussa Sy (Dakar)\nMoussa Sy Ndiaye")  # on two lines
    dialog.resolve_button.click()
    assert answers.errors[-1][1].startswith("A title or a name is one line")
    assert dialog.list.count() == 1  # still open, nothing written
    both.click()
    dialog.resolve_button.click()
    store = window.context.store
    assert store.require(Participant, person).name == "Moussa Sy (Dakar) / Moussa Sy Ndiaye"
    assert dialog.list.count() == 0


def add_item_in_two_languages(store: Store, event_id: UUID) -> UUID:
    execute(store, SetWorkingLanguages(event_id=event_id, languages=(Language.EN, Language.FR)))
    return add_item(store, event_id)


def test_a_translation_two_laptops_retyped_is_named_with_its_item_and_resolved_there(
    window: MainWindow, answers: Prompts, tmp_path: Path
) -> None:
    item_id, merge = retyped_on_two_laptops(
        window,
        tmp_path,
        add_item_in_two_languages,
        lambda item, text: SetTranslation(
            target_type=TranslatedRecord.AGENDA_ITEM,
            target_id=item,
            field=TranslatedField.TITLE,
            language=Language.FR,
            text=text,
        ),
        "Accueil et café",
        "Accueil des maires",
    )
    window.page.tabs.setCurrentIndex(AGENDA_TAB)
    agenda = window.page.agenda
    merge()
    title = agenda.model.index_of(item_id)
    assert title.data() == "⚠ Welcome"  # the item's own title, its translation in conflict
    agenda.tree.setCurrentIndex(title)
    note = agenda.editor.conflict_note
    assert "versions of: Title (fr)." in note.label.text()
    note.resolve_button.click()
    assert window.conflicts_dialog.list.currentItem().text().startswith("Translation · ")
    resolve_with_the_kept_version(window, "Accueil et café")

    assert agenda.model.index_of(item_id).data() == "Welcome"
    assert note.isHidden()
