"""The vote chart searches its type once for what it shows, not on every repaint: the
chart repaints on each snapshot of the timer, and the search wraps every option at every
size. ``grab`` paints the chart as a repaint does, at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from forum_desktop.ui.method_screens.vote_chart import ChartRow, VoteChart


def counted_searches(chart: VoteChart, monkeypatch: pytest.MonkeyPatch) -> Callable[[], int]:
    """How many times the chart has searched its type since this was called."""
    calls: list[None] = []
    search = chart._search

    def counting() -> tuple[QFont, int | None]:
        calls.append(None)
        return search()

    monkeypatch.setattr(chart, "_search", counting)
    return lambda: len(calls)


def test_a_repaint_with_nothing_changed_does_not_search_the_type_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    chart = VoteChart()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show_rows([ChartRow("Eau potable pour tous", None), ChartRow("Transports", None)])
    chart.grab()  # painted: the first search
    searches = counted_searches(chart, monkeypatch)
    for _ in range(3):
        chart.grab()
    chart.shown_texts()
    chart.drawn_font()
    assert searches() == 0  # the first paint's choice, kept
    short_options = chart.drawn_font().pixelSize()

    long = " ".join(["Option très longue"] * 30)
    chart.show_rows([ChartRow("Eau potable pour tous", None), ChartRow(long, None)])
    chart.grab()
    chart.grab()
    assert searches() == 1
    assert chart.drawn_font().pixelSize() < short_options  # the long option's type
    assert "\n" in chart.shown_texts()[1]

    chart.resize(800, 200)
    chart.grab()
    assert searches() == 2
    assert chart.height_needed(QFontMetrics(chart.drawn_font())) <= chart.height()

    chart.setFont(QFont(chart.font().family(), 30))
    chart.grab()
    assert searches() == 3
