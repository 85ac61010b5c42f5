"""The card grid the themes' and the breakouts' projector views share: the first way to lay
the cards out whose rows fit the height it is given, and no height asked."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.ui.method_screens.card_grid import CardGrid


def grid_in(qtbot: QtBot, height: int) -> tuple[QWidget, CardGrid]:
    holder = QWidget()
    qtbot.addWidget(holder)
    grid = CardGrid(holder, 3, lambda parent: _wrapped(QLabel(parent)))
    QVBoxLayout(holder).addWidget(grid)
    holder.resize(600, height)
    return holder, grid


def _wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label


LONG = "<b>Name</b><br>" + "<br>".join(f"idea {n}" for n in range(30))


def test_the_first_way_whose_rows_fit_is_kept_and_the_grid_asks_no_height(
    qtbot: QtBot,
) -> None:
    holder, grid = grid_in(qtbot, 200)
    assert grid.lay_out(4, 2) == 2
    holder.show()
    qtbot.waitExposed(holder)
    assert grid.minimumSizeHint().height() == 0 and grid.sizeHint().height() == 0
    ways = [(1.0, [LONG] * 4), (0.85, ["<b>Name</b> (30)"] * 4), (0.5, ["never tried"] * 4)]
    fitted, rows = grid.fit(grid.font(), 2, iter(ways))
    assert fitted and len(rows) == 2
    assert [label.text() for label in grid.card_labels] == ["<b>Name</b> (30)"] * 4
    assert holder.height() == 200  # the cards never made their holder grow


def test_when_nothing_fits_the_last_way_stays_and_says_so(qtbot: QtBot) -> None:
    holder, grid = grid_in(qtbot, 60)
    grid.lay_out(3, 3)
    holder.show()
    qtbot.waitExposed(holder)
    fitted, rows = grid.fit(grid.font(), 3, iter([(1.0, [LONG] * 3), (0.7, [LONG] * 3)]))
    assert not fitted and rows[0] > 60
    assert grid.card_labels[0].font().pointSizeF() < grid.font().pointSizeF()


def test_off_the_projector_only_the_preferred_way_is_given(qtbot: QtBot) -> None:
    holder, grid = grid_in(qtbot, 60)  # never shown: nothing to measure
    grid.lay_out(2, 2)
    fitted, _ = grid.fit(grid.font(), 2, iter([(1.0, [LONG] * 2), (0.5, ["small"] * 2)]))
    assert fitted and grid.card_labels[0].text() == LONG
    assert not holder.isVisible()
