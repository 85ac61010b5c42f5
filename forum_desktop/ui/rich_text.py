"""Search highlights as rich text: matched words bold, everything typed shown as typed."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from forum_desktop.capture.search import HIGHLIGHT_END, HIGHLIGHT_START

Index = QModelIndex | QPersistentModelIndex


def highlighted_html(marked: str) -> str:
    """``marked`` (with the search's highlight markers) as HTML: the markers become bold,
    the rest is escaped, so a typed ``<b>`` or ``&`` shows as typed."""
    escaped = html.escape(marked, quote=False)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


def plain(marked: str) -> str:
    """``marked`` without its highlight markers (for screen readers and copying)."""
    return marked.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's DisplayRole as rich text (the model escapes what users typed)."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        document.setTextWidth(option.rect.width() or 400)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            element = QStyle.ControlElement.CE_ItemViewItem
            style.drawControl(element, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))
