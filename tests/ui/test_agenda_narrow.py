"""The agenda tab on a 1024×768 laptop, in French and Spanish, with the seed's programme:
a facilitator reads what each item is at every level of the tree.

A new-user review found sub-items cut to 11–14 letters ("Bie…") and the kind column cut
("Méthode de…") at 1024 px."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFormLayout, QStyle, QTreeView
from pytestqt.qtbot import QtBot

from forum_desktop.agenda.programme_text import parse_programme
from forum_desktop.agenda.schedule import FlagKind
from forum_desktop.models import AgendaItem
from forum_desktop.services.agenda import UpdateItem, UpdateSession
from forum_desktop.services.agenda_import import ImportAgenda, recognise_methods
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.method_apply import ApplyMethod
from forum_desktop.storage import Store
from forum_desktop.ui.agenda_model import FLAGS_FIRST, Col
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow

NOTE = Path(__file__).parents[1] / "agenda" / "data" / "learning-forum-session-note.fr.txt"
LETTERS = 20


def seed(store: Store) -> tuple[UUID, UUID]:
    """The note imported and the round-robin fitted to its introduction (a third level)."""
    event_id = execute(
        store, CreateEvent(title="Forum", language="fr", timezone="Europe/Paris")
    ).value
    programme = recognise_methods(parse_programme(NOTE.read_text(encoding="utf-8")))
    (session_id,) = execute(store, ImportAgenda(event_id=event_id, programme=programme)).value
    welcome = store.select(AgendaItem, {"session_id": session_id, "parent_id": None}, "position")
    introduction = store.select(AgendaItem, {"parent_id": welcome[0].id}, "position")[1]
    at = store.clock.now()
    execute(
        store, ApplyMethod(item_id=introduction.id, method_id="round-robin", language="fr", at=at)
    )
    return event_id, session_id


def agenda_at(window: MainWindow, qtbot: QtBot, language: str, width: int) -> MainWindow:
    install(language)  # the window's words are those of the language installed when built
    laptop = MainWindow(window.context)
    qtbot.addWidget(laptop)
    event_id, _ = seed(window.context.store)
    laptop.resize(width, 768)  # before it shows, as on the laptop: the events list's share
    laptop.show()
    laptop.open_event(event_id)
    laptop.page.tabs.setCurrentWidget(laptop.page.agenda)
    qtbot.waitUntil(lambda: laptop.size().toTuple() == (width, 768))
    return laptop


def rows(tree: QTreeView, parent: QModelIndex = QModelIndex()) -> list[tuple[QModelIndex, int]]:
    """Every row's title index with its depth (1 for the top level)."""
    model = tree.model()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, Col.TITLE, parent)
        found.append((index, 1))
        found += [(child, depth + 1) for child, depth in rows(tree, model.index(row, 0, parent))]
    return found


def shown(tree: QTreeView, index: QModelIndex) -> str:
    """The text as the view draws it in its cell: elided to the cell's room."""
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    rect = tree.visualRect(index)
    assert rect.left() >= 0 and rect.right() <= tree.viewport().width()  # no scrolling to it
    text = index.data()
    return tree.fontMetrics().elidedText(
        text, Qt.TextElideMode.ElideRight, rect.width() - 2 * margin
    )


def kept(tree: QTreeView, index: QModelIndex) -> int:
    """How many of the text's letters show."""
    return len(shown(tree, index).removesuffix("…"))


@pytest.mark.parametrize("language", ["fr", "es"])
def test_at_1024_every_title_keeps_20_letters_and_every_kind_shows_whole(
    window: MainWindow, qtbot: QtBot, language: str
) -> None:
    laptop = agenda_at(window, qtbot, language, 1024)
    tree = laptop.page.agenda.tree
    titles = rows(tree)
    assert {depth for _, depth in titles} == {1, 2, 3}
    for index, _depth in titles:
        title = index.data()
        assert kept(tree, index) >= min(LETTERS, len(title)), title
        kind = index.siblingAtColumn(Col.KIND)
        assert shown(tree, kind) == kind.data()  # "Méthode de groupe", "Método grupal"
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(title)  # whole on hover
    # No item has a notice: its empty column leaves the room to the titles.
    assert tree.header().isSectionHidden(Col.NOTICE)


def test_a_notice_brings_its_column_and_the_titles_keep_their_letters(
    window: MainWindow, qtbot: QtBot
) -> None:
    laptop = agenda_at(window, qtbot, "fr", 1024)
    page = laptop.page.agenda
    tree = page.tree
    last = page.model.schedule.items[-1].item  # type: ignore[union-attr]
    window.context.execute(UpdateItem(item_id=last.id, planned_minutes=40), "Longer")
    notice = page.model.index_of(last.id, Col.NOTICE)
    qtbot.waitUntil(lambda: not tree.header().isSectionHidden(Col.NOTICE))
    assert notice.data() == "parent +30 min"  # its own notice first
    # Its header whole, in the view, the reason whole on hover and to a screen reader.
    assert tree.header().sectionSize(Col.NOTICE) >= tree.header().sectionSizeHint(Col.NOTICE)
    assert shown(tree, notice) == notice.data()
    reasons = notice.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "finit 30 min après la fin de la session" in reasons
    assert notice.data(Qt.ItemDataRole.ToolTipRole).split("\n") == reasons.split("; ")
    for index, _depth in rows(tree):
        assert kept(tree, index) >= min(LETTERS, len(index.data())), index.data()


def notices_of_every_kind(context: AppContext, session_id: UUID) -> None:
    """The session moved to 23:00–00:30, a sub-item past its parent's end (pushing a locked
    start and the end of the session later) and an item across midnight."""
    store = context.store
    top = store.select(AgendaItem, {"session_id": session_id, "parent_id": None}, "position")
    introduction = store.select(AgendaItem, {"parent_id": top[0].id}, "position")[1]
    for command in (
        UpdateSession(session_id=session_id, start_time=dt.time(23), end_time=dt.time(0, 30)),
        UpdateItem(item_id=top[-1].id, locked_start=dt.time(0, 5)),
        UpdateItem(item_id=introduction.id, planned_minutes=introduction.planned_minutes + 15),
    ):
        context.execute(command, "notices")


@pytest.mark.parametrize("language", ["fr", "es"])
def test_at_1024_each_kind_of_notice_shows_whole_and_the_titles_keep_their_letters(
    window: MainWindow, qtbot: QtBot, language: str
) -> None:
    """The column showed "finit …", "dép…": a few words now, the sentence on hover."""
    laptop = agenda_at(window, qtbot, language, 1024)
    page = laptop.page.agenda
    tree = page.tree
    notices_of_every_kind(window.context, page.current_session_id())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not tree.header().isSectionHidden(Col.NOTICE))
    metrics = QFontMetrics(tree.font())
    width = tree.header().sectionSize(Col.NOTICE)
    kinds = set()
    for scheduled in page.model.schedule.items:  # type: ignore[union-attr]
        if not scheduled.flags:
            continue
        kinds.add(min(scheduled.flags, key=lambda flag: FLAGS_FIRST.index(flag.kind)).kind)
        notice = page.model.index_of(scheduled.item.id, Col.NOTICE)
        text = notice.data()
        assert metrics.horizontalAdvance(text) <= width, text
        assert shown(tree, notice) == text  # not elided
    assert kinds == set(FlagKind)
    for index, _depth in rows(tree):
        assert kept(tree, index) >= min(LETTERS, len(index.data())), index.data()


@pytest.mark.parametrize(("width", "wrapped"), [(1024, True), (1366, False)])
def test_the_item_editor_puts_its_labels_above_the_fields_when_narrow(
    window: MainWindow, qtbot: QtBot, width: int, wrapped: bool
) -> None:
    laptop = agenda_at(window, qtbot, "fr", width)
    page = laptop.page.agenda
    page.tree.setCurrentIndex(page.model.index(0, Col.TITLE))
    editor = page.editor
    policy = (
        QFormLayout.RowWrapPolicy.WrapAllRows if wrapped else QFormLayout.RowWrapPolicy.DontWrapRows
    )
    qtbot.waitUntil(lambda: editor.form.rowWrapPolicy() == policy)
    viewport = editor.parentWidget()
    fields = (editor.title_edit, editor.priority_combo, editor.method_combo)

    def inside() -> bool:  # nothing cut by the scroll area, which never scrolls sideways
        return all(
            field.mapTo(viewport, field.rect().topLeft()).x() >= 0
            and field.mapTo(viewport, field.rect().topRight()).x() < viewport.width()
            for field in fields
        )

    qtbot.waitUntil(inside)
    for field in fields:
        assert field.width() >= 20 * field.fontMetrics().averageCharWidth()
