"""A facilitator's and rapporteur's day without a mouse: every key goes to the widget that
has the focus, as it would from a keyboard; dialogs are answered with keys while open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import AgendaItem, Event, Outcome, Participant, Session
from forum_desktop.services.agenda import UpdateItem
from forum_desktop.services.participants import AddParticipant
from forum_desktop.ui.main_window import MainWindow
from tests.export.pdf_reading import all_text

from .conftest import Prompts

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused(window: QWidget) -> QWidget:
    """The widget of ``window`` that has (or last had) the keyboard focus."""
    widget = window.focusWidget()
    return widget if widget is not None else window


def press(qtbot: QtBot, window: QWidget, key: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focused(window), key, mods)


def type_text(qtbot: QtBot, window: QWidget, text: str) -> None:
    qtbot.keyClicks(focused(window), text)


def while_open(
    qtbot: QtBot, window: QWidget, action: Callable[[], None], answer: Callable[[QDialog], None]
) -> None:
    """Run ``action``, which opens a modal dialog, and answer the dialog by keys once open.

    A dialog the keys did not close is closed here and the test fails, rather than hang.
    """
    problems: list[str] = []

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            problems.append(f"the action opened no dialog ({dialog!r})")
            return
        try:
            qtbot.waitUntil(lambda: dialog.focusWidget() is not None)  # shown and focused
            answer(dialog)
        finally:
            if dialog.isVisible():
                problems.append(f"the keys left {dialog.windowTitle()!r} open")
                dialog.reject()

    QTimer.singleShot(0, when_shown)
    action()
    assert problems == []
    # Back to the window the dialog came from, as a window manager would.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_a_day_by_keyboard(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts, tmp_path: Path
) -> None:
    store = window.context.store
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # A new event: Ctrl+N, type its title, Enter.
    def name_event(dialog: QDialog) -> None:
        type_text(qtbot, dialog, "Learning forum")
        press(qtbot, dialog, Qt.Key.Key_Return)

    while_open(qtbot, window, lambda: press(qtbot, window, Qt.Key.Key_N, CTRL), name_event)
    [event] = [e for e in store.select(Event, order_by="created_at") if e.title == "Learning forum"]

    # The Agenda tab (Alt+A), a new session (its button by Tab, then Space), items typed.
    press(qtbot, window, Qt.Key.Key_A, ALT)
    agenda = window.page.agenda
    assert window.page.tabs.currentWidget() is agenda
    agenda.new_session_button.setFocus()  # where Tab from the session list lands

    def accept(dialog: QDialog) -> None:
        press(qtbot, dialog, Qt.Key.Key_Return)

    while_open(qtbot, window, lambda: press(qtbot, window, Qt.Key.Key_Space), accept)
    [session] = store.select(Session, {"event_id": event.id})
    agenda.tree.setFocus()
    for title in ("Welcome", "Fishbowl", "Way forward"):
        press(qtbot, window, Qt.Key.Key_Return, CTRL)  # a new item, its title being edited
        type_text(qtbot, window, title)
        press(qtbot, window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: agenda.tree.state() != agenda.tree.State.EditingState)
    items = store.select(AgendaItem, {"session_id": session.id})
    assert [i.title for i in items] == ["Welcome", "Fishbowl", "Way forward"]
    for item in items:
        window.context.execute(UpdateItem(item_id=item.id, planned_minutes=20), "minutes")
    for name in ("Awa Diop", "Jun Park", "Lucía Gómez"):
        window.context.execute(AddParticipant(event_id=event.id, name=name), "person")

    # The fishbowl method for "Fishbowl": its Method field (Alt+O: Alt+M is the Minutes
    # menu's), the list (Alt+Down),
    # typed to the method's name, Enter: its phases come with it.
    agenda.tree.setFocus()
    agenda.tree.setCurrentIndex(agenda.model.index_of(items[1].id, 0))
    press(qtbot, window, Qt.Key.Key_O, ALT)
    assert focused(window) in (agenda.editor.method_combo, agenda.editor.method_edit)
    press(qtbot, window, Qt.Key.Key_Down, ALT)
    popup = agenda.editor.method_combo.view()
    qtbot.waitUntil(popup.isVisible)
    type_text(qtbot, popup, "Fishb")
    answers.choices.append(0)  # Enter on the first choice: the phases fit its 20 min
    press(qtbot, popup, Qt.Key.Key_Return)
    phases = store.select(AgendaItem, {"parent_id": items[1].id}, order_by="position")
    assert store.require(AgendaItem, items[1].id).method == "Fishbowl" and len(phases) >= 3
    assert sum(p.planned_minutes for p in phases) == 20

    # Run it: the Run tab (Alt+U), F5, capture while it runs, F8 to the next item.
    press(qtbot, window, Qt.Key.Key_U, ALT)
    run = window.page.run
    assert window.page.tabs.currentWidget() is run
    run.bar.edit.setFocus()
    press(qtbot, window, Qt.Key.Key_F5)
    assert run.title_label.text() == "1. Welcome"
    type_text(qtbot, window, "!Adopt the fishbowl method #methods")
    press(qtbot, window, Qt.Key.Key_Return)
    clock.advance(20 * 60)
    press(qtbot, window, Qt.Key.Key_F8)
    assert run.title_label.text().startswith("2.1. ")  # the fishbowl's first phase
    type_text(qtbot, window, "> Share the MOOC sheet due:2022-03-15")
    press(qtbot, window, Qt.Key.Key_Return)
    decision, action = store.select(Outcome, order_by="captured_at")
    assert (decision.kind, decision.item_id) == ("decision", items[0].id)
    # During a phase, filed under the method's item, the phase kept as a detail.
    assert (action.kind, action.item_id) == ("action", items[1].id)
    assert action.phase == phases[0].title

    # The fishbowl's screen (Ctrl+Shift+R): Enter queues the outer circle's first, Ctrl+I
    # seats them, Space picks their chair, Ctrl+G gives them the floor, and what they say
    # is captured in the Contribution field (Alt+B) with Enter.
    press(qtbot, window, Qt.Key.Key_R, CTRL | SHIFT)
    fishbowl = run.methods.screen
    assert fishbowl is not None and run.side_tabs.currentWidget() is fishbowl
    fishbowl.outer_list.setFocus()  # where Tab from the screen's settings lands
    fishbowl.outer_list.setCurrentRow(0)
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_I, CTRL)
    seated = next(b for b in fishbowl.chair_buttons if "Awa Diop" in b.text())
    seated.setFocus()  # Tab to the chair
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_G, CTRL)
    press(qtbot, window, Qt.Key.Key_B, ALT)
    type_text(qtbot, window, "Translate the MOOCs")
    press(qtbot, window, Qt.Key.Key_Return)
    [said] = store.select(Outcome, {"kind": "contribution"}, order_by="captured_at")
    awa = next(p for p in store.select(Participant, {"event_id": event.id}) if p.name == "Awa Diop")
    assert (said.text, said.item_id, said.fields["speaker_id"]) == (
        "Translate the MOOCs",
        items[1].id,
        str(awa.id),
    )

    # Find it again from anywhere: Ctrl+F, type, Enter opens it in the capture tab.
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    search = window.search_dialog
    assert search is not None
    search.field.setFocus()
    type_text(qtbot, search, "fishbowl meth")
    qtbot.waitUntil(lambda: search.results.model().rowCount() == 1)
    press(qtbot, search, Qt.Key.Key_Return)
    assert window.page.tabs.currentWidget() is window.page.capture
    assert window.page.capture.selected_ids() == [decision.id]
    search.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # The minutes: Minutes ▸ Export PDF… by the menu's keys; the options dialog by Enter.
    target = tmp_path / "minutes.pdf"
    answers.save_paths.append(target)

    def export(dialog: QDialog) -> None:
        press(qtbot, dialog, Qt.Key.Key_Return)

    window.page.capture.table.setFocus()
    press(qtbot, window, Qt.Key.Key_M, ALT)  # the Minutes menu opens…
    menu = QApplication.activePopupWidget()
    assert menu is not None
    while_open(
        qtbot, window, lambda: press(qtbot, menu, Qt.Key.Key_Return), export
    )  # …on Export PDF
    qtbot.waitUntil(target.exists, timeout=60_000)  # written by the export process
    assert "Adopt the fishbowl method" in all_text(target.read_bytes())
