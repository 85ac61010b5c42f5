"""Edit ▸ Find: search every event as you type, open a hit where it lives.

Opening a hit hides the dialog so it does not cover the item it opened; Ctrl+F shows
it again with the query and results as they were.

The search runs a short moment after the last keystroke (a single-shot timer), so fast
typing asks the index once; each search takes milliseconds (docs/performance.md).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.capture.search import SearchHit, search
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.rich_text import HtmlDelegate
from forum_desktop.ui.search_model import SearchResultsModel

DEBOUNCE_MS = 150
MAX_HITS = 50


class SearchDialog(QDialog):
    opened = Signal(object)
    """A ``SearchHit`` the user chose to open (Enter or double-click)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Find in all events"))
        self.resize(640, 480)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(self.tr("Search all events"))
        self.field.setPlaceholderText(self.tr("Words or the start of words…"))
        self.field.setClearButtonEnabled(True)
        self.model = SearchResultsModel(context.store, self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.setUniformItemSizes(False)
        self.results.activated.connect(self._open_index)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _: self.timer.start())
        self.field.returnPressed.connect(self._open_current)
        context.changed.connect(self._on_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.run_search()

    def start(self) -> None:
        """Show the dialog with the field ready to type (what was typed stays selected)."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    def run_search(self) -> None:
        self.timer.stop()
        typed = self.field.text()
        hits = search(self._context.store.conn, typed, limit=MAX_HITS) if typed.strip() else []
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        if not typed.strip():
            self.status.setText(self.tr("Type to search all events"))
        elif not hits:
            self.status.setText(
                self.tr("Nothing found for “%1”. Try fewer or shorter words.").replace(
                    "%1", typed.strip()
                )
            )
        else:
            self.status.setText(
                self.tr("Results: %1 — Enter opens the selected one").replace("%1", str(len(hits)))
            )

    def _on_changed(self, *_: object) -> None:
        if self.isVisible():  # an edit or an undo may change what matches
            self.timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Up and Down in the field move through the results, as in a browser's search.
        if self.field.hasFocus() and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.results.currentIndex().row()
            row += 1 if event.key() == Qt.Key.Key_Down else -1
            if 0 <= row < self.model.rowCount():
                self.results.setCurrentIndex(self.model.index(row))
            return
        super().keyPressEvent(event)

    def _open_current(self) -> None:
        if self.timer.isActive():  # Enter before the pause: search what is typed now
            self.run_search()
        self._open_index(self.results.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            hit: SearchHit = self.model.hit(index.row())
            # Out of the way of what it opens; Ctrl+F brings it back with the same query.
            self.hide()
            self.opened.emit(hit)
