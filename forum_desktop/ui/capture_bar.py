"""The quick-capture bar: type, see what will be stored, press Enter.

The light syntax (`!` decision, `>` action, `?` question, `"` quote, `@name`, `#tag`,
`due:friday`) is parsed on every keystroke and previewed under the bar; `@` completes
names from the roster.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from forum_desktop.capture.syntax import (
    ParsedCapture,
    RosterName,
    complete_name,
    fold,
    parse_capture,
)
from forum_desktop.services.operations import OpResult
from forum_desktop.storage import DatabaseBusyError
from forum_desktop.ui.line_undo import AppUndoInFields
from forum_desktop.ui.notice_texts import notice_text
from forum_desktop.ui.outcome_model import kind_labels
from forum_desktop.ui.qt_dates import qdate

MAX_PREVIEW = 200


class CaptureBar(QWidget):
    submitted = Signal(object)
    """A ``ParsedCapture``, when the user presses Enter on a non-empty entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roster: list[RosterName] = []
        self.today = dt.date.today
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Quick capture"))
        self.edit.setAccessibleDescription(
            self.tr("Type an entry and press Enter to save it at once")
        )
        self.edit.setPlaceholderText(
            self.tr(
                'Type and press Enter — ! decision  > action  ? question  " quote  '
                "@name  #tag  due:friday"
            )
        )
        self.edit.setClearButtonEnabled(True)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)  # at large text sizes, not wider than the screen
        self.preview.setAccessibleName(self.tr("What will be saved"))
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setWidget(self.edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated.connect(self._insert_name)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.returnPressed.connect(self._submit)
        AppUndoInFields(self.edit)  # Ctrl+Z after Enter undoes the entry just saved
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview)
        self._show_preview(None)

    def set_roster(self, roster: list[RosterName]) -> None:
        self._roster = roster

    def parsed(self) -> ParsedCapture:
        return parse_capture(self.edit.text(), self._roster, self.today())

    # --- typing -----------------------------------------------------------------------

    def _on_edited(self, text: str) -> None:
        self._show_preview(self.parsed() if text.strip() else None)
        prefix = self._name_prefix()
        if prefix is None:
            self._popup().hide()
            return
        matches = complete_name(prefix, self._roster)
        self._names.setStringList([m.name for m in matches])
        # A whole name typed needs no popup: Enter then saves the entry.
        exact = any(fold(match.name) == fold(prefix) for match in matches)
        if matches and not exact:
            self.completer.complete()
        else:
            self._popup().hide()

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # Qt makes the completer's list when first asked for it
        return popup

    def _name_prefix(self) -> str | None:
        """The partial name after an ``@`` just before the cursor, if the user is typing one."""
        before = self.edit.text()[: self.edit.cursorPosition()]
        at = before.rfind("@")
        if at < 0 or (at > 0 and not before[at - 1].isspace()):
            return None
        typed = before[at + 1 :]
        return typed if typed and "  " not in typed and len(typed) <= 40 else None

    def _insert_name(self, name: str) -> None:
        text = self.edit.text()
        cursor = self.edit.cursorPosition()
        at = text.rfind("@", 0, cursor)
        replaced = f"{text[: at + 1]}{name} {text[cursor:].lstrip()}"
        self.edit.setText(replaced)
        self.edit.setCursorPosition(at + 2 + len(name))
        self._show_preview(self.parsed())

    def _show_preview(self, parsed: ParsedCapture | None) -> None:
        if parsed is None:
            self.preview.setText(
                "<i>" + html.escape(self.tr("Entries attach to the item you are on.")) + "</i>"
            )
            return
        parts = [f"<b>{html.escape(kind_labels().get(parsed.kind, parsed.kind))}</b>"]
        text = parsed.text if len(parsed.text) <= MAX_PREVIEW else parsed.text[:MAX_PREVIEW] + "…"
        parts.append(html.escape(text))
        names = [p.name for p in self._roster if p.id in parsed.person_ids]
        names += parsed.free_names
        if names:
            parts.append(html.escape(self.tr("people: %1").replace("%1", ", ".join(names))))
        if parsed.tags:
            parts.append(html.escape(" ".join(f"#{t}" for t in parsed.tags)))
        if parsed.due:
            due = QLocale().toString(qdate(parsed.due), QLocale.FormatType.LongFormat)
            parts.append(html.escape(self.tr("due %1").replace("%1", due)))
        for warning in parsed.notices:
            parts.append(f"<span style='color:#a00'>⚠ {html.escape(notice_text(warning))}</span>")
        self.preview.setText(" · ".join(parts))

    def _submit(self) -> None:
        if self._popup().isVisible():
            return  # Enter picks the highlighted name instead
        if not self.edit.text().strip():
            return
        parsed = self.parsed()
        self.submitted.emit(parsed)

    def clear(self) -> None:
        # setText, not clear(): clear() is an edit the line can undo, so Ctrl+Z would bring
        # the saved text back (to save it twice) instead of undoing the entry.
        self.edit.setText("")
        self._show_preview(None)

    def save(self, run: Callable[[], OpResult | None]) -> OpResult | None:
        """Save the typed entry with ``run`` (which lets ``DatabaseBusyError`` through) and
        clear the bar. When another program holds the database, the text stays here with
        a message, and the next Enter saves it: an entry is never dropped."""
        try:
            result = run()
        except DatabaseBusyError:
            message = self.tr(
                "Not saved yet: another program is writing to the database. "
                "Press Enter to try again."
            )
            self.preview.setText(f"<span style='color:#a00'>⚠ {html.escape(message)}</span>")
            return None
        if result is not None:
            self.clear()
        return result
