"""The agenda's tree beside its item editor, or above it where the page is too narrow
for both at its text size.

At 200 % on a 1024-pixel screen, side by side, the titles kept one to three letters
("Bie…", "A…") and the editor was cut on the right: the tree's other columns and the
editor's fields grow with the letters, the screen does not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter

EDITOR_LETTERS = 28
"""The editor's narrowest useful width in average letters: its fields' 20 letters (labels
above them) and its margins."""


class StackWhenNarrow(QObject):
    """Turns ``splitter`` vertical while its width is under what ``tree_needs`` (in
    pixels) and the editor's EDITOR_LETTERS need side by side."""

    def __init__(self, splitter: QSplitter, tree_needs: Callable[[], int]) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._tree_needs = tree_needs
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        splitter = self._splitter
        editor = EDITOR_LETTERS * splitter.fontMetrics().averageCharWidth()
        wide = splitter.width() >= self._tree_needs() + splitter.handleWidth() + editor
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if splitter.orientation() == orientation:
            return
        splitter.setOrientation(orientation)
        # The tree keeps three fifths, as the stretch factors share what is gained.
        length = splitter.width() if wide else splitter.height()
        splitter.setSizes([length * 3 // 5, length - length * 3 // 5])
