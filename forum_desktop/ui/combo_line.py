"""The typing field of an editable combo box."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit


def line_edit(combo: QComboBox) -> QLineEdit:
    """Qt types ``lineEdit()`` optional: it is None only while the combo is not editable."""
    line = combo.lineEdit()
    assert line is not None, "an editable combo box always has its line edit"
    return line
