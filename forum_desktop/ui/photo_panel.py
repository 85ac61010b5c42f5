"""The capture tab's photos: attach (dialog or drop), thumbnails, caption, view, delete.

Files are decoded and scaled on worker threads (``photo_files``, ``image_jobs``); only
the finished, small result is handed to the ``AddPhoto`` command on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models.photo import MAX_ORIGINAL_BYTES
from forum_desktop.services.photos import AddPhoto, DeletePhotos, photo_bytes
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.delegates import KeepTypingDelegate
from forum_desktop.ui.image_jobs import relay, start_job
from forum_desktop.ui.messages import fill
from forum_desktop.ui.photo_files import (
    MAX_MEGAPIXELS,
    PhotoFileError,
    PreparedPhoto,
    Problem,
    prepare_photo,
)
from forum_desktop.ui.photo_model import THUMBNAIL_SIDE, PhotoModel
from forum_desktop.ui.toolbar_actions import toolbar_action
from forum_desktop.ui.wrapping_label import WrappingLabel

if TYPE_CHECKING:
    from forum_desktop.ui.photo_viewer import PhotoViewer

KEEP_ORIGINALS_SETTING = "photos.keep_originals"
PICTURE_FILTER = "*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff"


@dataclass(frozen=True)
class Target:
    """Where an attached photo goes: an agenda item, an entry, or both."""

    event_id: UUID
    item_id: UUID | None
    outcome_id: UUID | None
    label: str


def problem_text(error: PhotoFileError) -> str:
    """What is wrong with a file, and what to do, in the interface language."""
    name = error.path.name
    translate = QCoreApplication.translate
    texts = {
        Problem.UNREADABLE: translate("PhotoPanel", "%1 cannot be read (%2)."),
        Problem.TOO_BIG: translate(
            "PhotoPanel",
            "%1 is larger than %3 MB. Save a smaller copy (most photo apps can export at "
            "a lower size) and attach that.",
        ),
        Problem.TOO_MANY_PIXELS: translate(
            "PhotoPanel",
            "%1 is %2 pixels, more than %4 megapixels. Save a smaller copy and attach that.",
        ),
        Problem.NOT_AN_IMAGE: translate(
            "PhotoPanel", "%1 is not a picture. Attach a JPEG, PNG, GIF, WebP, BMP or TIFF file."
        ),
        Problem.DAMAGED: translate(
            "PhotoPanel", "%1 looks like a picture but cannot be decoded (%2)."
        ),
    }
    return fill(
        texts[error.problem],
        name,
        error.detail,
        str(MAX_ORIGINAL_BYTES // (1024 * 1024)),
        str(MAX_MEGAPIXELS),
    )


class PhotoPanel(QWidget):
    def __init__(
        self,
        context: AppContext,
        model: PhotoModel,
        target: Callable[[], Target | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._target = target
        self._tickets = count()
        self._preparing: dict[object, Target] = {}
        self._finished: dict[object, object] = {}
        self._problems: list[str] = []
        self.viewer: PhotoViewer | None = None
        self.model = model

        self.view = QListView(self)
        self.view.setModel(model)
        self.view.setAccessibleName(self.tr("Photos"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(True)
        self.view.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        self.view.setGridSize(QSize(THUMBNAIL_SIDE + 24, THUMBNAIL_SIDE + 44))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setItemDelegate(KeepTypingDelegate(self.view))
        self.view.setMinimumHeight(THUMBNAIL_SIDE + 52)
        self.view.activated.connect(lambda _: self.open_selected())

        self.toolbar = QToolBar(self.tr("Photos"), self)
        self.attach_action = toolbar_action(
            self.toolbar, self, self.tr("Attach &photo…"), "Ctrl+Shift+O", self.attach_from_dialog
        )
        self.open_action = toolbar_action(
            self.toolbar, self.view, self.tr("&View"), None, self.open_selected
        )
        self.caption_action = toolbar_action(
            self.toolbar, self.view, self.tr("Ca&ption"), None, self.edit_caption
        )
        self.delete_action = toolbar_action(
            self.toolbar,
            self.view,
            self.tr("Delete photo"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
        )
        self.toolbar.addSeparator()
        self.keep_action = toolbar_action(
            self.toolbar,
            self,
            self.tr("Keep originals"),
            None,
            self._keep_originals_changed,
            checkable=True,
        )
        self.keep_action.setToolTip(
            self.tr("Also keep each original file, full size, beside the scaled photo")
        )
        self.keep_action.setChecked(context.store.setting(KEEP_ORIGINALS_SETTING) == "yes")
        self.target_label = WrappingLabel(self)  # long in French; must not widen the window
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label = QLabel(self)
        self.status_label.hide()

        # The hint under the tools, the panel's whole width: beside them it was left a column
        # of one word per line in French at 150 %.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.target_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)

        relay().finished.connect(self._on_job_finished)
        self.view.selectionModel().selectionChanged.connect(self.refresh)
        model.modelReset.connect(self.refresh)
        self.refresh()

    # --- attaching --------------------------------------------------------------------

    def attach_from_dialog(self) -> None:
        paths = prompts.open_files(
            self, self.tr("Attach photos"), self.tr("Pictures (%1)").replace("%1", PICTURE_FILTER)
        )
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: list[Path]) -> None:
        """Prepare each file on a worker thread; each is added once ready."""
        target = self._target()
        if target is None:
            prompts.info(
                self,
                self.tr("Attach photo"),
                self.tr(
                    "Choose the agenda item the room is on, or select an entry, then attach "
                    "the photo again."
                ),
            )
            return
        keep = self.keep_action.isChecked()
        for path in paths:
            key = ("prepare", next(self._tickets))
            self._preparing[key] = target
            start_job(key, partial(prepare_photo, path, keep))
        self._show_progress()

    def busy(self) -> bool:
        return bool(self._preparing)

    def _on_job_finished(self, key: object, result: object) -> None:
        if key not in self._preparing:
            return
        self._finished[key] = result
        # Added in the order they were dropped or chosen, whichever worker finished first.
        while self._preparing and next(iter(self._preparing)) in self._finished:
            first = next(iter(self._preparing))
            self._handle(self._preparing.pop(first), self._finished.pop(first))
        self._show_progress()
        if not self._preparing and self._problems:
            problems, self._problems = self._problems, []
            prompts.error(
                self,
                self.tr("Photo not attached", "", len(problems)),
                "\n\n".join(problems),
            )

    def _handle(self, target: Target, result: object) -> None:
        if isinstance(result, PreparedPhoto):
            self._add(result, target)
        elif isinstance(result, PhotoFileError):
            self._problems.append(problem_text(result))
        elif isinstance(result, Exception):
            raise result  # a bug: the error dialog and the log take it

    def _add(self, prepared: PreparedPhoto, target: Target) -> None:
        command = AddPhoto(
            event_id=target.event_id,
            item_id=target.item_id,
            outcome_id=target.outcome_id,
            image=prepared.image,
            mime=prepared.mime,
            width=prepared.width,
            height=prepared.height,
            file_name=prepared.path.name,
            original=prepared.original,
            original_mime=prepared.original_mime,
        )
        self._context.execute(command, self.tr("Attach photo"))

    def _show_progress(self) -> None:
        waiting = len(self._preparing)
        self.status_label.setVisible(waiting > 0)
        self.status_label.setText(self.tr("Preparing %n photo(s)…", "", waiting))

    def _keep_originals_changed(self) -> None:
        value = "yes" if self.keep_action.isChecked() else "no"
        self._context.store.set_setting(KEEP_ORIGINALS_SETTING, value)

    # --- the selected photos ----------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.view.selectionModel().selectedIndexes())

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        photo = self.model.photo(rows[0])
        data = photo_bytes(self._context.store, photo)
        if data is None:
            return
        from forum_desktop.ui.photo_viewer import PhotoViewer  # loads when first opened

        self.viewer = PhotoViewer(photo, data, self)
        self.viewer.open()

    def edit_caption(self) -> None:
        rows = self.selected_rows()
        if rows:
            index = self.model.index(rows[0])
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def delete_selected(self) -> None:
        ids = [self.model.photo(row).id for row in self.selected_rows()]
        if ids:
            command = DeletePhotos(photo_ids=tuple(ids))
            self._context.execute(command, self.tr("Delete %n photo(s)", "", len(ids)))

    def refresh(self, *_: object) -> None:
        selected = len(self.selected_rows())
        self.open_action.setEnabled(selected == 1)
        self.caption_action.setEnabled(selected == 1)
        self.delete_action.setEnabled(selected > 0)
        target = self._target()
        self.attach_action.setEnabled(target is not None)
        self.target_label.setText(
            self.tr("Photos attach to: %1").replace("%1", target.label)
            if target
            else self.tr("Choose an agenda item or an entry to attach photos to it.")
        )
