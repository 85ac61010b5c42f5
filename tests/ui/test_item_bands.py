"""Agenda-item bands in the capture table, in time order and grouped, and the filters."""

from __future__ import annotations

from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import AgendaItem, Participant
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.capture import CaptureOutcome, UpdateOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID, CreateDemoEvent
from forum_desktop.ui.capture_page import CapturePage
from forum_desktop.ui.item_bands import BAND_ROLE
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.outcome_model import Col


@pytest.fixture
def page(window: MainWindow) -> CapturePage:
    execute(window.context.store, CreateDemoEvent())
    window.events_model.reload()
    window.open_event(DEMO_EVENT_ID)
    window.capture_action.trigger()
    return window.page.capture


def items(page: CapturePage) -> list[AgendaItem]:
    store = page._context.store
    return items_of(store, sessions_of(store, DEMO_EVENT_ID)[0].id)


def capture(page: CapturePage, item: AgendaItem | None, text: str, **kw: object) -> UUID:
    clock = page._context.store.clock
    assert isinstance(clock, FakeClock)
    clock.advance(60)
    result = page._context.execute(
        CaptureOutcome(
            event_id=DEMO_EVENT_ID,
            session_id=item.session_id if item else None,
            item_id=item.id if item else None,
            text=text,
            **kw,
        ),
        "capture",
    )
    assert result is not None
    return result.value


def rows(page: CapturePage) -> list[str]:
    """What the table shows, a band as "== label", an entry as its text."""
    model = page.table.model()
    shown = []
    for row in range(model.rowCount()):
        if model.index(row, 0).data(BAND_ROLE):
            assert page.table.columnSpan(row, 0) == Col.COUNT  # a band spans the table
            shown.append("== " + model.index(row, 0).data())
        else:
            shown.append(model.index(row, Col.TEXT).data())
    return shown


def test_timeline_shows_a_band_at_each_move_to_another_item(
    page: CapturePage, qtmodeltester: ModelTester
) -> None:
    first, second = items(page)[0], items(page)[1]
    capture(page, first, "a1")
    capture(page, second, "b1")
    capture(page, first, "a2")
    capture(page, None, "loose")
    label_1 = page.model.item_label(first.id)
    label_2 = page.model.item_label(second.id)
    assert rows(page) == [
        f"== {label_1}", "a1",
        f"== {label_2}", "b1",
        f"== {label_1}", "a2",
        "== No particular agenda item", "loose",
    ]  # fmt: skip
    qtmodeltester.check(page.bands)

    page.filter_bar.by_item.setChecked(True)
    assert rows(page) == [
        f"== {label_1}", "a1", "a2",
        f"== {label_2}", "b1",
        "== No particular agenda item", "loose",
    ]  # fmt: skip
    capture(page, first, "a3")  # lands inside the first group: rows inserted, no reset
    assert rows(page)[:5] == [f"== {label_1}", "a1", "a2", "a3", f"== {label_2}"]
    b1 = next(o.id for o in page.model._outcomes if o.text == "b1")
    page._context.execute(UpdateOutcome(outcome_id=b1, item_id=first.id), "move")
    assert rows(page) == [
        f"== {label_1}", "a1", "b1", "a2", "a3",
        "== No particular agenda item", "loose",
    ]  # fmt: skip
    page._context.undo_stack.undo()
    assert rows(page)[-4:] == [f"== {label_2}", "b1", "== No particular agenda item", "loose"]


def test_a_capture_inserts_rows_and_keeps_the_selection(page: CapturePage, qtbot: QtBot) -> None:
    first, second = items(page)[0], items(page)[1]
    kept = capture(page, first, "a1")
    page.show_outcome(kept)
    resets: list[int] = []
    page.bands.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(page.bands.rowsInserted):
        capture(page, second, "b1")
    assert rows(page)[-2:] == [f"== {page.model.item_label(second.id)}", "b1"]
    assert resets == [] and page.selected_ids() == [kept]
    band = page.table.model().index(0, 0)
    assert not band.flags() & Qt.ItemFlag.ItemIsSelectable  # a heading, not an entry


def test_filters_by_tag_owner_and_author(page: CapturePage) -> None:
    store = page._context.store
    nuria = next(
        p for p in store.select(Participant, {"event_id": DEMO_EVENT_ID}) if "Núria" in p.name
    )
    item = items(page)[0]
    capture(page, item, "tagged", tags=["mooc"])
    capture(page, item, "hers", kind="action", fields={"owner_ids": [str(nuria.id)]})
    capture(page, item, "karim's", kind="action", fields={"owner_names": ["Karim"]})
    capture(page, item, "secret", kind="action", anonymous=True, fields={"owner_names": ["X"]})
    texts = lambda: [r for r in rows(page) if not r.startswith("==")]  # noqa: E731
    bar = page.filter_bar

    assert [bar.tag_filter.itemText(i) for i in range(bar.tag_filter.count())] == [
        "Show tag",
        "#mooc",
    ]
    bar.tag_filter.setCurrentIndex(1)
    assert texts() == ["tagged"]
    bar.tag_filter.setCurrentIndex(0)
    owners = [bar.owner_filter.itemText(i) for i in range(bar.owner_filter.count())]
    assert owners == ["Show owner", "Karim", nuria.name]  # an anonymous action names nobody
    bar.owner_filter.setCurrentIndex(bar.owner_filter.findData(nuria.name))
    assert texts() == ["hers"]
    bar.owner_filter.setCurrentIndex(0)
    bar.author_filter.setCurrentIndex(bar.author_filter.findData("Test Rapporteur"))
    assert len(texts()) == 3  # the anonymous entry is not attributed
    assert page.count_label.text() == "3 of 4"
    bar.clear()
    assert len(texts()) == 4


def test_grouped_capture_at_the_top_and_under_a_filter(
    page: CapturePage, qtmodeltester: ModelTester
) -> None:
    first, second = items(page)[0], items(page)[1]
    capture(page, second, "b1 #x", tags=["x"])
    page.filter_bar.by_item.setChecked(True)
    qtmodeltester.check(page.bands)
    label_1 = page.model.item_label(first.id)
    label_2 = page.model.item_label(second.id)
    capture(page, first, "a1")  # a group above all others
    assert rows(page) == [f"== {label_1}", "a1", f"== {label_2}", "b1 #x"]
    page.filter_bar.tag_filter.setCurrentIndex(page.filter_bar.tag_filter.findData("x"))
    assert rows(page) == [f"== {label_2}", "b1 #x"]
    capture(page, first, "a2", tags=["x"])
    capture(page, second, "b2")  # filtered out: no row
    assert rows(page) == [f"== {label_1}", "a2", f"== {label_2}", "b1 #x"]


def test_a_second_filter_and_an_edit_filter_the_rows_again(page: CapturePage) -> None:
    """The rows follow a filter added to another, an entry edited out of the filter, and
    clearing them all."""
    item = items(page)[0]
    capture(page, item, "mooc one", tags=["mooc"])
    edited = capture(page, item, "mooc two", tags=["mooc"])
    capture(page, item, "other", tags=["other"])
    texts = lambda: [r for r in rows(page) if not r.startswith("==")]  # noqa: E731
    bar = page.filter_bar
    bar.tag_filter.setCurrentIndex(bar.tag_filter.findData("mooc"))
    assert texts() == ["mooc one", "mooc two"]
    bar.word_filter.setText("two")  # a second filter while the first is set
    assert texts() == ["mooc two"]
    bar.word_filter.clear()
    page._context.execute(UpdateOutcome(outcome_id=edited, tags=["other"]), "edit")
    assert texts() == ["mooc one"]
    assert page.count_label.text() == "1 of 3"
    bar.clear()
    assert texts() == ["mooc one", "mooc two", "other"]
