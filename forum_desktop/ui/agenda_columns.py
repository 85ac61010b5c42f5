"""The agenda tree's columns on a narrow screen: titles first.

Number, start, duration and kind are sized to their contents (the kind is never cut);
the titles keep room for ``TITLE_LETTERS`` letters at the deepest level of the tree; the
method name gives way first, down to its header's width, then out of view (the item's
details name it). The notice column shows only while an item has a notice, whole: it
holds a short form ("fin +20 min"), the sentence being in its tooltip. At 1024×768 in
French the titles kept 11 letters of a sub-item ("Bie…"), the kind was cut ("Méthode
de…") and the notice column showed "finit …".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtWidgets import QHeaderView, QTreeView

from forum_desktop.ui.agenda_model import AgendaModel, Col

TITLE_LETTERS = 22
METHOD_LETTERS = 24
"""The widest a method name is shown when there is room (a drag makes it wider)."""
CONTENTS = (Col.NUMBER, Col.START, Col.DURATION, Col.KIND)


class AgendaColumns(QObject):
    def __init__(self, tree: QTreeView, model: AgendaModel) -> None:
        super().__init__(tree)
        self._tree = tree
        self._model = model
        letter = tree.fontMetrics().averageCharWidth()
        self._letter = letter
        tree.setIndentation(2 * letter)  # Qt's 20 px a level took a sub-item's letters
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (Col.METHOD, Col.NOTICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)
        tree.viewport().installEventFilter(self)
        model.modelReset.connect(self.fit)
        model.layout_refreshed.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column in CONTENTS:  # their contents changed: the rest is shared again
            self.fit()

    def title_room(self) -> int:
        """What the titles keep: the deepest level's indentation and TITLE_LETTERS."""
        depth = self._depth(QModelIndex())
        return depth * self._tree.indentation() + (TITLE_LETTERS + 2) * self._letter

    def needed(self) -> int:
        """The tree's width with its titles' room and its other columns whole."""
        header = self._tree.header()
        taken = sum(header.sectionSize(column) for column in CONTENTS)
        edges = self._tree.width() - self._tree.viewport().width()  # frame, scroll bar
        return (
            taken
            + self.title_room()
            + max(edges, self._tree.verticalScrollBar().sizeHint().width())
        )

    def fit(self) -> None:
        header = self._tree.header()
        schedule = self._model.schedule
        flagged = schedule is not None and any(s.flags for s in schedule.items)
        header.setSectionHidden(Col.NOTICE, not flagged)
        header.setSectionHidden(Col.METHOD, False)  # a hidden section measures 0 wide
        taken = sum(header.sectionSize(column) for column in CONTENTS)
        room = self._tree.viewport().width() - taken - self.title_room()
        notice = 0
        if flagged:  # whole, before the method's name, which the item editor shows too
            notice = max(self._tree.sizeHintForColumn(Col.NOTICE), self._floor(Col.NOTICE))
            header.resizeSection(Col.NOTICE, notice)
        method = min(self._width(Col.METHOD, METHOD_LETTERS), room - notice)
        header.setSectionHidden(Col.METHOD, method < self._floor(Col.METHOD))
        header.resizeSection(Col.METHOD, max(self._floor(Col.METHOD), method))

    def _width(self, column: int, letters: int) -> int:
        """The column's widest text, at most ``letters`` average letters."""
        widest = max(self._tree.sizeHintForColumn(column), self._header_width(column))
        return min(widest, letters * self._letter)

    def _header_width(self, column: int) -> int:
        return self._tree.header().sectionSizeHint(column)

    def _floor(self, column: int) -> int:
        """The narrowest a column giving way gets: its header whole."""
        return self._header_width(column)

    def _depth(self, parent: QModelIndex) -> int:
        rows = self._model.rowCount(parent)
        if rows == 0:
            return 0
        return 1 + max(self._depth(self._model.index(row, 0, parent)) for row in range(rows))
