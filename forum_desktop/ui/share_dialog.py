"""Event ▸ Share: choose the folder an event is shared through, and see how merging goes."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.ui import prompts
from forum_desktop.ui.conflicts_dialog import ConflictsDialog
from forum_desktop.ui.messages import fill
from forum_desktop.ui.sync_controller import SyncController


class ShareDialog(QDialog):
    def __init__(
        self, controller: SyncController, event_id: UUID, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.event_id = event_id
        self.setWindowTitle(self.tr("Share %1").replace("%1", title))
        intro = QLabel(
            self.tr(
                "Laptops working on this event merge their work through a shared folder: "
                "one that Syncthing, a cloud folder or a USB stick keeps in step. Each "
                "laptop adds its own files there; nothing is overwritten. The folder gets a "
                "short Syncthing how-to."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose folder…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        self.sync_button = QPushButton(self.tr("&Merge now"), self)
        self.sync_button.clicked.connect(lambda: self.controller.sync(self.event_id))
        self.conflicts_button = QPushButton(self.tr("C&onflicts…"), self)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Sync status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.sync_button)
        row.addWidget(self.conflicts_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        controller.status_changed.connect(self._status_changed)
        self._refresh()

    def choose_folder(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Folder to share the event through"))
        if folder is None:
            return
        try:
            self.controller.share(self.event_id, folder)
        except OSError as error:
            prompts.error(
                self,
                self.tr("Cannot share"),
                fill(
                    self.tr("Could not prepare %1: %2"),
                    str(folder),
                    error.strerror or str(error),
                ),
            )
        self._refresh()

    def show_conflicts(self) -> None:
        self.conflicts_dialog = ConflictsDialog(self.controller, self.event_id, self)
        self.conflicts_dialog.open()

    def _status_changed(self, event_id: UUID) -> None:
        if event_id == self.event_id:
            self._refresh()

    def _refresh(self) -> None:
        folder = self.controller.folder_of(self.event_id)
        self.folder_label.setText(
            self.tr("Shared through: %1").replace("%1", str(folder))
            if folder
            else self.tr("Not shared yet.")
        )
        self.sync_button.setEnabled(folder is not None)
        report = self.controller.reports.get(self.event_id)
        self.conflicts_button.setEnabled(report is not None and report.conflicts > 0)
        self.status_label.setText(self.controller.status(self.event_id))
