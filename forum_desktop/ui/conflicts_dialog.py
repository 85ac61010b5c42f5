"""The sync conflicts of an event: both versions side by side, and settling each."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.services.conflicts import ResolveConflict, one_line
from forum_desktop.sync.engine import conflict_rows
from forum_desktop.ui.messages import fill
from forum_desktop.ui.sync_controller import SyncController


class ConflictsDialog(QDialog):
    def __init__(
        self,
        controller: SyncController,
        event_id: UUID,
        parent: QWidget | None,
        focus: UUID | None = None,
    ) -> None:
        """``focus``: the record whose conflict to show first (an entry of the capture tab)."""
        super().__init__(parent)
        self.focus = focus
        self.controller = controller
        self.context = controller.context
        self.event_id = event_id
        self.rows: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.kinds = {
            "outcome": self.tr("Entry"),
            "session": self.tr("Session"),
            "agenda_item": self.tr("Agenda item"),
            "event": self.tr("Event"),
            "translation": self.tr("Translation"),
            "participant": self.tr("Person"),
            "photo": self.tr("Photo"),
            "room_question": self.tr("Answer to a phone's question"),
            "moderation": self.tr("Phone's text as shown"),
        }
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.currentRowChanged.connect(self._show)
        self.shown = QPlainTextEdit(self)
        self.shown.setReadOnly(True)
        self.shown.setAccessibleName(self.tr("Version shown"))
        self.kept = QPlainTextEdit(self)
        self.kept.setReadOnly(True)
        self.kept.setAccessibleName(self.tr("Version kept aside"))
        self.kept_label = QLabel(self)
        self.result_edit = QPlainTextEdit(self)
        self.result_edit.setAccessibleName(self.tr("Result"))
        use_shown = QPushButton(self.tr("Use &shown"), self)
        use_shown.clicked.connect(lambda: self.result_edit.setPlainText(self.shown.toPlainText()))
        use_kept = QPushButton(self.tr("Use &kept"), self)
        use_kept.clicked.connect(lambda: self.result_edit.setPlainText(self.kept.toPlainText()))
        both = QPushButton(self.tr("Keep &both"), self)
        both.clicked.connect(self._keep_both)
        self.resolve_button = QPushButton(self.tr("&Resolve with the result"), self)
        self.resolve_button.clicked.connect(self.resolve)
        self.empty_label = QLabel(self.tr("No unresolved conflicts."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Shown now"), self), 0, 0)
        grid.addWidget(self.kept_label, 0, 1)
        grid.addWidget(self.shown, 1, 0)
        grid.addWidget(self.kept, 1, 1)
        choices = QHBoxLayout()
        for button in (use_shown, use_kept, both):
            choices.addWidget(button)
        choices.addStretch(1)
        choices.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid, 2)
        layout.addWidget(QLabel(self.tr("Result (edit to combine):"), self))
        layout.addWidget(self.result_edit, 1)
        layout.addLayout(choices)
        layout.addWidget(buttons)
        self.resize(760, 560)
        controller.status_changed.connect(self._status_changed)
        self.reload()

    def reload(self) -> None:
        # One row per record and field: every version kept beside the one shown.
        grouped: dict[tuple[str, str, str], dict[str, Any]] = {}
        for version in conflict_rows(self.context.store, self.event_id):
            key = (str(version["record_type"]), str(version["record_id"]), str(version["field"]))
            row = grouped.setdefault(key, {**version, "kept": [], "authors": []})
            row["kept"].append(version["kept"])
            row["authors"].append(version["author"])
        self.rows = list(grouped.values())
        self.list.clear()
        for row in self.rows:
            self.list.addItem(
                fill(
                    self.tr("%1 · %2 — also kept: a version by %3, %4"),
                    self.kinds.get(row["record_type"], row["record_type"]),
                    str(row["shown"] or "").split("\n")[0][:60],
                    ", ".join(dict.fromkeys(row["authors"])),
                    row["at"][:16].replace("T", " "),
                )
            )
        self.empty_label.setVisible(not self.rows)
        self.resolve_button.setEnabled(bool(self.rows))
        if self.rows:
            focused = [i for i, row in enumerate(self.rows) if row["record_id"] == str(self.focus)]
            self.list.setCurrentRow(focused[0] if focused else 0)
        else:
            for editor in (self.shown, self.kept, self.result_edit):
                editor.clear()

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        self.shown.setPlainText(str(row["shown"] or ""))
        self.kept.setPlainText("\n".join(row["kept"]))
        self.kept_label.setText(
            self.tr("Also kept, by %1").replace("%1", ", ".join(dict.fromkeys(row["authors"])))
        )
        self.result_edit.setPlainText(str(row["shown"] or ""))

    def _keep_both(self) -> None:
        """Both versions: a line each, or side by side for a title or a name (one line)."""
        index = self.list.currentRow()
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        record_id = UUID(row["record_id"])
        single = one_line(self.context.store, row["record_type"], record_id, row["field"])
        if single:  # each version kept aside, beside the one shown
            self.result_edit.setPlainText(" / ".join([str(row["shown"] or ""), *row["kept"]]))
        else:
            self.result_edit.setPlainText(self.shown.toPlainText() + "\n" + self.kept.toPlainText())

    def resolve(self) -> None:
        index = self.list.currentRow()
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        command = ResolveConflict(
            record_type=row["record_type"],
            record_id=UUID(row["record_id"]),
            field=row["field"],
            value=self.result_edit.toPlainText(),
        )
        self.context.execute(command, self.tr("Resolve conflict"))  # undo opens it again
        self.reload()

    def _status_changed(self, event_id: UUID) -> None:
        if event_id == self.event_id:
            self.reload()
