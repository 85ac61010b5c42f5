"""The lines a dot vote is typed into: per option its rank, its words, the dots of the
ballot being entered (or the hands counted) and its total so far."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from forum_desktop.methods.voting import standings
from forum_desktop.models.vote import DotVoteOption

MAX_COUNT = 9999
"""More than any limit: a ballot over the limits is typed, then refused with a reason."""


@dataclass
class EntryRow:
    option: DotVoteOption
    rank: QLabel
    text: QLabel
    spin: QSpinBox
    total: QLabel


class VoteEntries(QWidget):
    returned = Signal()
    """Enter was pressed in a count."""
    counted = Signal(object, int)
    """An option's count (its id, the value) was typed and left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EntryRow] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        texts = (self.tr("Rank"), self.tr("Option"), "", self.tr("Total"))
        headers = [QLabel(text, self) for text in texts]
        self._entry_header, self._total_header = headers[2], headers[3]
        for column, header in enumerate(headers):
            self._grid.addWidget(header, 0, column)

    def show_options(
        self, options: Sequence[DotVoteOption], before: QWidget, after: QWidget
    ) -> bool:
        """One line per option, built again only when the options changed (True then);
        Tab goes from ``before`` through the counts to ``after``."""
        if [(o.id, o.text) for o in options] == [(r.option.id, r.option.text) for r in self.rows]:
            return False
        for row in self.rows:
            for widget in (row.rank, row.text, row.spin, row.total):
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = [self._row(number, option) for number, option in enumerate(options, 1)]
        chain = [before, *(row.spin for row in self.rows), after]
        for first, second in pairwise(chain):  # new lines come last in the tab chain
            QWidget.setTabOrder(first, second)
        return True

    def _row(self, number: int, option: DotVoteOption) -> EntryRow:
        rank = QLabel(self)
        text = QLabel(option.text, self)
        text.setWordWrap(True)
        spin = QSpinBox(self)
        spin.setRange(0, MAX_COUNT)
        spin.setAccessibleName(self.tr("Dots or hands for “%1”").replace("%1", option.text))
        spin.lineEdit().returnPressed.connect(self.returned)
        spin.editingFinished.connect(lambda: self.counted.emit(option.id, spin.value()))
        total = QLabel(self)
        total.setAccessibleName(self.tr("Total for “%1”").replace("%1", option.text))
        for column, widget in enumerate((rank, text, spin, total)):
            self._grid.addWidget(widget, number, column)
            widget.show()  # now, not on the next turn of the event loop: Tab reaches it
        return EntryRow(option, rank, text, spin, total)

    def show_totals(self, counts: Sequence[int], *, ballots: bool) -> None:
        """Each option's total and rank (ties as "=1"); a ballot's dots or a show of hands."""
        self._entry_header.setText(self.tr("Dots") if ballots else self.tr("Hands"))
        self._total_header.setVisible(ballots)
        for row, count, place in zip(self.rows, counts, standings(counts), strict=True):
            row.rank.setText(place.rank_text() if any(counts) else "")
            row.total.setText(str(count))
            row.total.setVisible(ballots)

    def fill(self, values: Mapping[UUID, int]) -> None:
        """Put ``values`` (by option id, none: 0) in the counts without signalling."""
        for row in self.rows:
            row.spin.blockSignals(True)
            row.spin.setValue(values.get(row.option.id, 0))
            row.spin.blockSignals(False)

    def typed(self) -> dict[UUID, int]:
        """The counts typed, by option id, leaving out zeros."""
        return {row.option.id: row.spin.value() for row in self.rows if row.spin.value()}

    def focus(self, step: int = 0) -> None:
        """Focus the first count (``step`` 0) or the one ``step`` lines after the focused."""
        if not self.rows:
            return
        spins = [row.spin for row in self.rows]
        here = next((n for n, spin in enumerate(spins) if spin.hasFocus()), 0)
        target = spins[(here + step) % len(spins)] if step else spins[0]
        target.setFocus()
        target.selectAll()
