"""Walking a window's widgets: the texts a user sees or hears, and the controls they use."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

MAX_ROWS = 100
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def name_of(widget: QWidget) -> str:
    """``Class.attribute`` when an ancestor holds the widget in an attribute, for messages."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        for attribute, value in vars(ancestor).items():
            if value is widget:
                return f"{type(ancestor).__name__}.{attribute}"
        ancestor = ancestor.parentWidget()
    label = widget.objectName() or getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {label!r}".strip()


def visible_widgets(top: QWidget) -> Iterator[QWidget]:
    yield top
    for widget in top.findChildren(QWidget):
        if widget.isVisible():
            yield widget


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    yield f"{where} action", action.text()
    yield f"{where} action tooltip", action.toolTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        for child in menu.actions():
            yield from _action_texts(child, f"{where} ▸ {action.text()}")


def texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user of ``top`` can see or hear."""
    if top.windowTitle():
        yield f"{type(top).__name__} window title", top.windowTitle()
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            yield from _action_texts(action, "menu")
        yield "status bar", top.statusBar().currentMessage()
    for widget in visible_widgets(top):
        where = name_of(widget)
        yield f"{where} tooltip", widget.toolTip()
        yield f"{where} accessible name", widget.accessibleName()
        yield f"{where} accessible description", widget.accessibleDescription()
        if isinstance(widget, QLabel):
            yield f"{where} text", _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            box = widget.parentWidget()
            standard = isinstance(box, QDialogButtonBox) and box.standardButton(widget) != (
                QDialogButtonBox.StandardButton.NoButton
            )
            if not standard:  # OK, Cancel, Close: Qt's own catalogue translates them
                yield f"{where} text", widget.text()
        elif isinstance(widget, QGroupBox):
            yield f"{where} title", widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{where} tab", widget.tabText(index)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                yield f"{where} choice", widget.itemText(index)
        elif isinstance(widget, QToolBar):
            for action in widget.actions():
                yield from _action_texts(action, where)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            yield from _view_texts(widget, where)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: they have one column
        return 1


def _view_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for column in range(_columns(model, QModelIndex())):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header is not None:
            yield f"{where} column header", str(header)
    pending = [view.rootIndex()]
    seen = 0
    while pending and seen < MAX_ROWS:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            seen += 1
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"{where} cell ({row}, {column})", value
            pending.append(model.index(row, 0, parent))


def is_internal(widget: QWidget) -> bool:
    """Parts of a composite control that screen readers reach through the control itself."""
    parent = widget.parentWidget()
    return isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QLineEdit) or (
        widget.objectName() == "qt_toolbar_ext_button"
        or widget.metaObject().className() == "QTableCornerButton"
    )


def unnamed_controls(top: QWidget) -> list[str]:
    """Visible interactive controls a screen reader would announce without a name."""
    found = []
    for widget in visible_widgets(top):
        if not isinstance(widget, INTERACTIVE) or is_internal(widget):
            continue
        if isinstance(widget, QHeaderView):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            found.append(name_of(widget))
    return found
