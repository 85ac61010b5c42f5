"""File ▸ Restore backup: the backups with their dates, newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.storage import Backup, BackupReason
from forum_desktop.ui.clock_times import two_digit_hours
from forum_desktop.ui.qt_dates import qdatetime

BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_label(reason: BackupReason) -> str:
    translate = QCoreApplication.translate
    return {
        BackupReason.START: translate("RestoreDialog", "at start"),
        BackupReason.HOURLY: translate("RestoreDialog", "hourly"),
        BackupReason.MIGRATION: translate("RestoreDialog", "before an upgrade"),
        BackupReason.RESTORE: translate("RestoreDialog", "before a restore"),
    }[reason]


class RestoreDialog(QDialog):
    def __init__(self, backups: list[Backup], folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(520, 400)
        intro = QLabel(
            self.tr(
                "Choose the copy to go back to. What is in the database now is kept aside "
                "as a backup first, so a restore can itself be undone by restoring that copy."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        locale = QLocale()
        written = two_digit_hours(locale.dateTimeFormat(QLocale.FormatType.LongFormat))
        for backup in backups:
            when = qdatetime(backup.created_at.astimezone()).toLocalTime()
            day = locale.toString(when, written)
            text = f"{day} — {reason_label(backup.reason)}"
            item = QListWidgetItem(text, self.list)
            item.setData(BACKUP_ROLE, backup)
        if backups:
            self.list.setCurrentRow(0)
        where = QLabel(self.tr("Backups are kept in %1").replace("%1", folder), self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        empty = QLabel(self.tr("There are no backups yet."), self)
        empty.setVisible(not backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(empty)
        layout.addWidget(where)
        layout.addWidget(self.buttons)

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        if item is None:
            return None
        backup: Backup = item.data(BACKUP_ROLE)
        return backup
