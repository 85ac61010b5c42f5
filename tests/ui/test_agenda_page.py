"""The agenda editor by keyboard: build the seed's agenda, restructure it, undo and redo."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.agenda.durations import format_duration
from forum_desktop.models import AgendaItem, Event, Language, Session
from forum_desktop.services.agenda import AddSession, items_of, sessions_of
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import AddParticipant
from forum_desktop.ui.agenda_model import Col
from forum_desktop.ui.agenda_page import AgendaPage
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.programme_import_dialog import ProgrammeImportDialog
from forum_desktop.ui.session_dialog import SessionDialog
from forum_desktop.ui.template_dialog import TemplateDialog

from .conftest import Prompts

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def page(window: MainWindow) -> AgendaPage:
    context = window.context
    event_id = context.execute(
        CreateEvent(title="Forum", timezone="Europe/Paris", language=Language.FR), "new"
    ).value  # type: ignore[union-attr]
    session = AddSession(
        event_id=event_id,
        title="Matin",
        date=date(2022, 2, 23),
        start_time=time(10, 0),
        end_time=time(11, 30),
    )
    context.execute(session, "session")
    context.undo_stack.clear()
    window.open_event(event_id)
    window.page.tabs.setCurrentWidget(window.page.agenda)
    window.page.agenda.tree.setFocus()
    return window.page.agenda


def type_title(qtbot: QtBot, page: AgendaPage, text: str) -> None:
    """Type into the open in-place editor; Qt commits it on the next event-loop turn."""
    editor = QApplication.focusWidget()
    assert editor is not None and page.tree.state() == QAbstractItemView.State.EditingState
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.tree.state() != QAbstractItemView.State.EditingState)


def add(qtbot: QtBot, page: AgendaPage, title: str, minutes: str, *, sub: bool = False) -> None:
    mods = CTRL | Qt.KeyboardModifier.ShiftModifier if sub else CTRL
    qtbot.keyClick(page.tree, Qt.Key.Key_Return, mods)
    type_title(qtbot, page, title)
    current = page.model.item_at(page.tree.currentIndex())
    assert current is not None and current.title == title
    page.tree.setCurrentIndex(page.model.index_of(current.id, Col.DURATION))
    qtbot.keyClick(page.tree, Qt.Key.Key_F2)
    type_title(qtbot, page, minutes)


def outline(page: AgendaPage) -> list[tuple[str, str, str]]:
    """(number, start, title) as the user sees them."""
    rows = []
    model = page.model

    def walk(parent: object) -> None:
        for row in range(model.rowCount(parent)):  # type: ignore[arg-type]
            index = model.index(row, 0, parent)  # type: ignore[arg-type]
            rows.append(
                (
                    index.siblingAtColumn(Col.NUMBER).data(),
                    index.siblingAtColumn(Col.START).data(),
                    index.siblingAtColumn(Col.TITLE).data(),
                )
            )
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return rows


SEED = [
    ("1", "10:00", "Bienvenue"),
    ("1.1", "10:00", "Apercu"),
    ("1.2", "10:10", "Introduction interactive"),
    ("2", "10:25", "Evaluation par les pairs"),
    ("3", "11:05", "La voie a suivre"),
]


def test_build_restructure_undo_to_empty_and_redo(
    page: AgendaPage, qtbot: QtBot, window: MainWindow
) -> None:
    assert page.summary.text().startswith("10:00–11:30 (Europe/Paris)")
    add(qtbot, page, "Bienvenue", "0")
    add(qtbot, page, "Apercu", "10", sub=True)
    add(qtbot, page, "Introduction interactive", "15")
    page.select_item(page.model.schedule.items[0].item.id)  # type: ignore[union-attr]
    add(qtbot, page, "Evaluation par les pairs", "40")
    add(qtbot, page, "La voie a suivre", "1h")
    assert outline(page) == SEED
    assert "2 h 05" in page.summary.text() and "35 min over" in page.summary.text()
    notice = page.model.index_of(page.model.schedule.items[-1].item.id, Col.NOTICE)  # type: ignore[union-attr]
    assert notice.data() == "end +35 min"  # short, whole in a narrow column
    assert notice.data(Qt.ItemDataRole.ToolTipRole) == "ends 35 min after the session's end"

    # Restructure: move "Evaluation" up above "Bienvenue", indent it under nothing (no-op),
    # then back down and indent the last item under "Evaluation".
    page.select_item(page.model.schedule.items[3].item.id)  # type: ignore[union-attr]
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, ALT)
    assert [title for _, _, title in outline(page)][:2] == ["Evaluation par les pairs", "Bienvenue"]
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, ALT)
    assert outline(page) == SEED
    page.select_item(page.model.schedule.items[4].item.id)  # type: ignore[union-attr]
    qtbot.keyClick(page.tree, Qt.Key.Key_Right, ALT)
    assert outline(page)[-1] == ("2.1", "10:25", "La voie a suivre")
    qtbot.keyClick(page.tree, Qt.Key.Key_Left, ALT)
    assert outline(page) == SEED

    done = window.context.undo_stack.count()
    for _ in range(done):
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert outline(page) == []
    assert window.context.store.select(AgendaItem) == []
    for _ in range(done):
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert outline(page) == SEED


def test_duplicate_and_delete_with_keys(page: AgendaPage, qtbot: QtBot) -> None:
    add(qtbot, page, "Pause cafe", "15")
    qtbot.keyClick(page.tree, Qt.Key.Key_D, CTRL)
    assert [t for _, _, t in outline(page)] == ["Pause cafe", "Pause cafe"]
    assert outline(page)[1][1] == "10:15"
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert [t for _, _, t in outline(page)] == ["Pause cafe"]


def test_delete_leaves_the_next_item_current_so_the_keys_go_on(
    page: AgendaPage, qtbot: QtBot
) -> None:
    for title in ("Accueil", "Panel", "Pause", "Synthese"):
        add(qtbot, page, title, "15")
    page.select_item(page.model.schedule.items[1].item.id)  # type: ignore[union-attr]
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)  # "Panel": "Pause" takes its place
    assert page.model.item_at(page.tree.currentIndex()).title == "Pause"  # type: ignore[union-attr]
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)  # the last one: the one before
    assert [t for _, _, t in outline(page)] == ["Accueil"]
    assert page.current_item_id() == page.model.schedule.items[0].item.id  # type: ignore[union-attr]


def test_bad_duration_is_refused_with_a_message(
    page: AgendaPage, qtbot: QtBot, answers: Prompts
) -> None:
    add(qtbot, page, "Accueil", "20")
    item = page.model.schedule.items[0].item  # type: ignore[union-attr]
    assert not page.model.setData(page.model.index_of(item.id, Col.DURATION), "soon")
    assert answers.errors and "soon" in answers.errors[0][1]
    assert page.model.index_of(item.id, Col.DURATION).data() == "20 min"


def test_item_editor_saves_fields_and_roles(
    page: AgendaPage, qtbot: QtBot, window: MainWindow
) -> None:
    context = window.context
    event_id = window.current_event_id()
    person: UUID = context.execute(
        AddParticipant(event_id=event_id, name="Fatou Ndiaye"), "p"
    ).value  # type: ignore[union-attr]
    add(qtbot, page, "Aquarium", "40")
    editor = page.editor
    editor.method_edit.setText("Fishbowl")
    editor.method_edit.editingFinished.emit()
    editor.question_edit.setPlainText("Que fais-je pour soutenir l'apprentissage ?")
    editor.question_edit.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut))
    editor.notes_edit.setPlainText("Garder <b>deux</b> chaises libres & ouvertes")
    editor.notes_edit.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut))
    editor.speakers.item(0).setCheckState(Qt.CheckState.Checked)
    editor.locked.setChecked(True)
    [item] = items_of(context.store, page.current_session_id())  # type: ignore[arg-type]
    assert item.method == "Fishbowl"
    assert item.guiding_question == "Que fais-je pour soutenir l'apprentissage ?"
    assert item.notes == "Garder <b>deux</b> chaises libres & ouvertes"
    assert item.speaker_ids == [person]
    assert item.locked_start is not None
    assert page.model.index_of(item.id, Col.START).data().startswith("🔒")


def test_ctrl_z_in_the_duration_field_undoes_the_change_saved_there(
    page: AgendaPage, qtbot: QtBot
) -> None:
    add(qtbot, page, "Pause cafe", "15")
    field = page.editor.duration_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "20")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # typing not saved yet: the field's own undo
    assert field.text() == "15 min"
    qtbot.keyClicks(field, "20")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # saved: one step of the app's
    assert outline(page) == [("1", "10:00", "Pause cafe")]
    assert page.model.schedule.items[0].item.planned_minutes == 20  # type: ignore[union-attr]

    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert page.model.schedule.items[0].item.planned_minutes == 15  # type: ignore[union-attr]
    assert field.text() == "15 min" and field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert page.model.schedule.items[0].item.planned_minutes == 20  # type: ignore[union-attr]
    assert field.text() == "20 min"


def test_tab_goes_through_the_session_buttons_as_they_are_seen(
    page: AgendaPage, qtbot: QtBot
) -> None:
    page.session_combo.setFocus()
    order = []
    for _ in range(7):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    buttons = order[:6]
    assert all(isinstance(button, QPushButton) for button in buttons)

    def place(button: QWidget | None) -> tuple[int, int]:
        assert button is not None
        at = button.mapTo(page, button.rect().center())
        return at.y(), at.x()

    assert sorted(buttons, key=place) == buttons  # line by line, left to right
    assert order[6] is page.tree  # then on to the agenda


def test_the_method_picker_brings_a_library_method_with_its_phases(
    page: AgendaPage, qtbot: QtBot, window: MainWindow, answers: Prompts
) -> None:
    context = window.context
    add(qtbot, page, "Aquarium", "40")
    editor = page.editor
    combo = editor.method_combo
    names = [combo.itemText(row) for row in range(combo.count())]
    assert names[0] == "(none)"
    assert "Méthodologie de l'aquarium" in names  # in the event's language (French)
    combo.setCurrentIndex(names.index("Méthodologie de l'aquarium"))
    answers.choices = [0]  # fit the phases into the item's 40 min
    combo.activated.emit(combo.currentIndex())  # what choosing in the list does
    assert answers.asked == [["Fit the phases into 40 min", "Use the method's own times (60 min)"]]
    session_id = page.current_session_id()
    [item, *phases] = items_of(context.store, session_id)  # type: ignore[arg-type]
    assert item.method == "Méthodologie de l'aquarium"
    assert [p.parent_id for p in phases] == [item.id] * len(phases) and len(phases) >= 3
    assert sum(p.planned_minutes for p in phases) == item.planned_minutes == 40
    assert editor.method_edit.text() == "Méthodologie de l'aquarium"
    context.undo_stack.undo()  # one step takes the method and its phases away
    assert [i.method for i in items_of(context.store, session_id)] == [""]  # type: ignore[arg-type]

    editor.method_edit.setText("Speed dating")  # any name may be typed
    editor.method_edit.editingFinished.emit()
    [item] = items_of(context.store, session_id)  # type: ignore[arg-type]
    assert item.method == "Speed dating"
    combo.activated.emit(0)  # (none)
    assert context.store.require(AgendaItem, item.id).method == ""


def test_sessions_created_edited_and_deleted(
    page: AgendaPage, qtbot: QtBot, answers: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(dialog: SessionDialog) -> int:
        dialog.title_edit.setText("Après-midi")
        dialog.description_edit.setText("Les villes face aux crises")
        dialog.dated.setChecked(True)
        dialog.date_edit.setDate(date(2022, 2, 24))
        dialog.start_edit.setTime(time(14, 0))
        dialog.end_edit.setTime(time(17, 0))
        dialog.timezone_combo.setCurrentText("America/Bogota")
        dialog.warning_percent.setValue(10)
        dialog.warning_cap.setValue(5)
        return 1

    monkeypatch.setattr(SessionDialog, "exec", exec_)
    page.new_session()
    assert page.session_combo.count() == 2
    created = page._context.store.select(Session, {"title": "Après-midi"})[0]
    assert (created.warning_percent, created.warning_max_minutes) == (10, 5)
    assert created.description == "Les villes face aux crises"
    assert page.session_combo.currentText().startswith("Après-midi")
    assert "14:00–17:00 (America/Bogota)" in page.summary.text()
    page.delete_session()
    assert answers.confirms and page.session_combo.count() == 1
    assert not page.session_combo.currentText().startswith("Après-midi")
    page._context.undo_stack.undo()  # the session comes back, in view
    assert page.session_combo.count() == 2
    assert page.session_combo.currentText().startswith("Après-midi")


def test_save_as_template_and_start_a_session_from_it(
    page: AgendaPage, qtbot: QtBot, answers: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(qtbot, page, "Accueil", "20")
    add(qtbot, page, "Tour de table", "30")
    answers.texts.append("Ma matinée type")
    page.save_template_button.click()
    assert answers.infos and "Ma matinée type" in answers.infos[0][1]

    seen: dict[str, object] = {}

    def exec_(dialog: TemplateDialog) -> int:
        seen["names"] = [dialog.list.item(r).text() for r in range(dialog.list.count())]
        dialog.select("Ma matinée type")
        seen["preview"] = dialog.preview.topLevelItemCount()
        seen["deletable"] = dialog.delete_button.isEnabled()
        dialog.title_edit.setText("Jeudi matin")
        return 1

    monkeypatch.setattr(TemplateDialog, "exec", exec_)
    page.from_template_button.click()
    # The event is in French: its templates come first, the others say their language.
    assert seen["names"] == [
        "Atelier d'apprentissage entre pairs — demi-journée (built-in) — 3 h 15",
        "Forum d'apprentissage — session de 90 minutes (built-in) — 1 h 30",
        "Ma matinée type — 50 min",
        "Half-day peer-learning workshop (built-in, English) — 3 h 15",
        "Learning forum — 90-minute session (built-in, English) — 1 h 30",
        "Foro de aprendizaje — sesión de 90 minutos (built-in, Spanish) — 1 h 30",
        "Taller de aprendizaje entre pares — media jornada (built-in, Spanish) — 3 h 15",
    ]
    assert seen["preview"] == 2 and seen["deletable"] is True
    assert page.session_combo.currentText().startswith("Jeudi matin")
    assert [t for _, _, t in outline(page)] == ["Accueil", "Tour de table"]


def test_drag_and_drop_moves_items_and_refuses_cycles(page: AgendaPage, qtbot: QtBot) -> None:
    from PySide6.QtCore import QModelIndex

    add(qtbot, page, "Accueil", "10")
    add(qtbot, page, "Aquarium", "40")
    add(qtbot, page, "Pause", "15")
    model = page.model
    ids = [s.item.id for s in model.schedule.items]  # type: ignore[union-attr]
    data = model.mimeData([model.index_of(ids[2])])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(ids[0], 0))
    assert outline(page) == [
        ("1", "10:00", "Accueil"),
        ("1.1", "10:00", "Pause"),
        ("2", "10:15", "Aquarium"),
    ]
    data = model.mimeData([model.index_of(ids[0])])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(ids[2], 0))
    assert [t for _, _, t in outline(page)] == ["Accueil", "Pause", "Aquarium"]
    data = model.mimeData([model.index_of(ids[1])])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [t for _, _, t in outline(page)] == ["Aquarium", "Accueil", "Pause"]


def test_import_programme_previews_then_creates_only_on_import(
    page: AgendaPage, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    seed = Path(__file__).resolve().parents[1] / "agenda" / "data"
    note = next(seed.glob("*.fr.txt"), None) or next(seed.glob("*.txt"))
    seen: dict[str, object] = {}

    def cancel(dialog: ProgrammeImportDialog) -> int:
        dialog.text_edit.setPlainText(note.read_text(encoding="utf-8"))
        seen["items"] = dialog.summary.text()
        return 0

    monkeypatch.setattr(ProgrammeImportDialog, "exec", cancel)
    before = len(window.context.store.select(AgendaItem))
    page.import_programme()
    assert "agenda items will be created" in str(seen["items"])
    assert len(window.context.store.select(AgendaItem)) == before  # cancelled: nothing saved

    def accept(dialog: ProgrammeImportDialog) -> int:
        dialog.text_edit.setPlainText(
            "Programme\n1. Welcome (10 min)\n2. Fishbowl (40 min)\n3. Coffee break (15 min)\n"
        )
        assert dialog.preview.topLevelItem(0).childCount() == 3
        assert dialog.import_button.isEnabled()
        return 1

    monkeypatch.setattr(ProgrammeImportDialog, "exec", accept)
    page.import_programme()
    assert page.session_combo.count() == 2
    assert [t for _, _, t in outline(page)] == ["Welcome", "Fishbowl", "Coffee break"]
    window.context.undo_stack.undo()
    assert page.session_combo.count() == 1


def test_import_programme_year_field_and_adjusted_durations(
    page: AgendaPage, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    event = window.context.store.require(Event, page._event_id)  # type: ignore[arg-type]
    window.context.store.update(Event, event.id, start_date=date(2026, 6, 15))
    seen: dict[str, object] = {}

    def accept(dialog: ProgrammeImportDialog) -> int:
        seen["year"] = dialog.year.value()  # the event's year to begin with
        dialog.text_edit.setPlainText("Programme\n\nSunday, June 14\n1. Welcome\n2. Fishbowl\n")
        dialog.year.setValue(2027)  # 2027-06-14 is a Monday: the notice says so
        warnings = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
        seen["warnings"] = [w for w in warnings if "says" in w]
        day = dialog.preview.topLevelItem(0)
        box = dialog.preview.itemWidget(day.child(1), 2)
        assert isinstance(box, QSpinBox) and box.specialValueText() == box.text()
        box.setValue(25)
        dialog.year.setValue(2026)
        day = dialog.preview.topLevelItem(0)
        box = dialog.preview.itemWidget(day.child(1), 2)
        assert isinstance(box, QSpinBox)
        box.setValue(40)
        return 1

    monkeypatch.setattr(ProgrammeImportDialog, "exec", accept)
    page.import_programme()
    assert seen["year"] == 2026
    assert seen["warnings"] == [
        "line 3: “Sunday, June 14” says “Sunday” but 2027-06-14 is a Monday"
    ]
    [session] = [s for s in sessions_of(window.context.store, event.id) if s.title != "Matin"]
    assert session.date == date(2026, 6, 14)
    items = items_of(window.context.store, session.id)
    assert sorted((i.position, i.title, i.planned_minutes, i.method) for i in items) == [
        (0, "Welcome", 0, ""),
        (1, "Fishbowl", 40, "Méthodologie de l'aquarium"),  # named in the event's French
    ]


def test_import_programme_refuses_a_binary_file_and_too_many_items(
    page: AgendaPage, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    answers.open_paths.append(binary)
    dialog = ProgrammeImportDialog([], page)
    qtbot.addWidget(dialog)
    dialog.open_file()
    assert answers.errors == [
        (
            "Cannot open photo.txt",
            "This file does not contain text, so it is not a programme. "
            "Save it as plain text (.txt) or Markdown (.md) and try again.",
        )
    ]
    assert dialog.text_edit.toPlainText() == ""

    dialog.text_edit.setPlainText("".join(f"- Item {n} (5 min)\n" for n in range(2_001)))
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text() == (
        "The programme has 2001 agenda items; at most 2000 are imported at once. "
        "Split it into smaller files."
    )


def test_locking_an_item_keeps_its_scheduled_start(page: AgendaPage, qtbot: QtBot) -> None:
    add(qtbot, page, "Accueil", "40")
    add(qtbot, page, "Aquarium", "20")
    editor = page.editor
    assert editor.locked_time.time().toString("HH:mm") == "10:40"  # where it starts now
    editor.locked.setChecked(True)
    [_, second] = items_of(page._context.store, page.current_session_id())  # type: ignore[arg-type]
    assert second.locked_start is not None and second.locked_start.strftime("%H:%M") == "10:40"


@pytest.mark.parametrize("width", [1366, 1024])
def test_titles_keep_the_width_and_a_long_method_name_is_cut(
    window: MainWindow, qtbot: QtBot, width: int
) -> None:
    install("fr")  # the longest words
    french = MainWindow(window.context)
    qtbot.addWidget(french)
    french.show()
    french.open_event(execute(window.context.store, CreateDemoEvent()).value)  # French methods
    window.context.reload_all()
    french.resize(width, 768)
    french.page.tabs.setCurrentWidget(french.page.agenda)
    tree = french.page.agenda.tree
    header = tree.header()
    # Laid out: the titles take more than the method's width and at least 18 letters
    # (at 1024 px, the kind, method and notice sized to their contents left them 55 px).
    letters = 18 * tree.fontMetrics().averageCharWidth()
    qtbot.waitUntil(
        lambda: header.sectionSize(Col.TITLE) >= max(letters, header.sectionSize(Col.METHOD) + 1)
    )
    agenda = french.page.agenda  # every item tool in view, none behind the toolbar's » menu
    for action in (agenda.outdent_action, agenda.indent_action):
        assert agenda.toolbar.widgetForAction(action).isVisible()


def test_the_session_dialog_says_a_session_ends_the_next_day(
    page: AgendaPage, qtbot: QtBot
) -> None:
    event = page._context.store.select(Event, order_by="title")[0]
    dialog = SessionDialog(event, None, page)
    qtbot.addWidget(dialog)
    dialog.timed.setChecked(True)
    dialog.start_edit.setTime(time(14, 0))
    dialog.end_edit.setTime(time(17, 30))
    assert dialog.span_label.text() == format_duration(210)
    dialog.end_edit.setTime(time(11, 0))  # typed as 11:00 for 23:00, or a night session
    assert dialog.span_label.text() == f"{format_duration(21 * 60)}, ending the next day"
