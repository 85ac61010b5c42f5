"""The capture tab's filter row: kind, status, tag, owner, author, words, and the order.

Tag, owner and author list what the entries hold; a capture adds its own values rather
than having every entry read again.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from forum_desktop.storage.light_rows import ACTION_KINDS
from forum_desktop.ui.flow_layout import FlowLayout
from forum_desktop.ui.outcome_filter import Filters, filter_words, owners
from forum_desktop.ui.outcome_model import OutcomeModel, kind_labels, status_labels


class FilterBar(QWidget):
    changed = Signal()
    """The filters changed (read them with ``filters()``)."""

    def __init__(self, model: OutcomeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Show kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind, label in kind_labels().items():
            self.kind_filter.addItem(label, kind)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show action status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status, label in status_labels().items():
            self.status_filter.addItem(label, status)
        self.tag_filter = self._choice_filter(self.tr("Show tag"))
        self.owner_filter = self._choice_filter(self.tr("Show owner"))
        self.author_filter = self._choice_filter(self.tr("Show author"))
        self._choices: dict[QComboBox, set[str]] = {
            self.tag_filter: set(),
            self.owner_filter: set(),
            self.author_filter: set(),
        }
        self.word_filter = QLineEdit(self)
        self.word_filter.setAccessibleName(self.tr("Filter entries"))
        self.word_filter.setPlaceholderText(self.tr("Filter: words, #tag, a name, an author…"))
        self.word_filter.setClearButtonEnabled(True)
        self.word_filter.setMinimumWidth(24 * self.fontMetrics().averageCharWidth())
        self.by_item = QCheckBox(self.tr("&Group by agenda item"), self)
        for signal in (
            self.kind_filter.currentIndexChanged,
            self.status_filter.currentIndexChanged,
            self.tag_filter.currentIndexChanged,
            self.owner_filter.currentIndexChanged,
            self.author_filter.currentIndexChanged,
            self.word_filter.textChanged,
        ):
            signal.connect(lambda *_: self.changed.emit())
        # One row that wraps: each box shows its whole choice ("Show tag", not "Show t") and
        # longer translations or a larger text size add a line instead of widening the window.
        layout = FlowLayout(self)
        for widget in (self.kind_filter, self.status_filter, *self._choices):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            layout.addWidget(widget)
        layout.addWidget(self.word_filter)
        layout.addWidget(self.by_item)
        model.modelReset.connect(self._load_choices)
        model.rowsInserted.connect(lambda _, first, last: self._add_choices(first, last))
        model.dataChanged.connect(self._on_entries_edited)

    def filters(self) -> Filters:
        return Filters(
            kind=self.kind_filter.currentData(),
            status=self.status_filter.currentData(),
            tag=self.tag_filter.currentData(),
            owner=self.owner_filter.currentData(),
            author=self.author_filter.currentData(),
            words=filter_words(self.word_filter.text()),
        )

    def clear(self) -> None:
        for combo in (self.kind_filter, self.status_filter, *self._choices):
            combo.setCurrentIndex(0)
        self.word_filter.clear()

    def _choice_filter(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(name, None)
        return combo

    def _collect(self, first: int, last: int) -> dict[QComboBox, set[str]]:
        """The tags, owners and authors of the model's rows ``first`` to ``last``."""
        # Plain sets and one pass without a Qt object as a key in the loop: listing the
        # choices of 10,000 entries took 18 ms of the tab's first show.
        tags: set[str] = set()
        people: set[str] = set()
        authors: set[str] = set()
        model = self._model
        for outcome in model.outcomes(first, last + 1):
            if outcome.tags:
                tags.update(outcome.tags)
            if outcome.anonymous:
                continue
            if outcome.kind in ACTION_KINDS:
                people.update(owners(model, outcome))
            if outcome.author:
                authors.add(outcome.author)
        return {self.tag_filter: tags, self.owner_filter: people, self.author_filter: authors}

    def _load_choices(self) -> None:
        self._choices = self._collect(0, self._model.rowCount() - 1)
        for combo in self._choices:
            self._fill(combo)

    def _add_choices(self, first: int, last: int) -> None:
        for combo, values in self._collect(first, last).items():
            if values - self._choices[combo]:
                self._choices[combo] |= values
                self._fill(combo)

    def _on_entries_edited(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        self._add_choices(top.row(), bottom.row())

    def _fill(self, combo: QComboBox) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        name = combo.itemText(0)
        combo.clear()
        combo.addItem(name, None)
        prefix = "#" if combo is self.tag_filter else ""
        for value in sorted(self._choices[combo], key=str.casefold):
            combo.addItem(prefix + value, value)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
        combo.blockSignals(False)
