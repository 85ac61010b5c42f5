"""The method library: browse, search, copy, write, share and use group methods.

Built-in methods are read-only (duplicate one to change it); the user's own methods are
edited in ``MethodEditDialog``. Shared files come in through ``parse_method``, which
checks them like any untrusted input, and every question goes through ``prompts``.
"""

from __future__ import annotations

import html
from uuid import UUID

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.files import WriteError, write_atomically
from forum_desktop.methods.library import (
    MAX_FILE_BYTES,
    MethodFileError,
    builtin_library,
    export_bytes,
    parse_method,
)
from forum_desktop.models.method import MethodDefinition
from forum_desktop.services.commands import Command
from forum_desktop.services.methods import (
    CreateMethod,
    DeleteMethod,
    DuplicateMethod,
    MethodEntry,
    MethodError,
    UpdateMethod,
    all_methods,
)
from forum_desktop.services.operations import OpResult
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.messages import fill
from forum_desktop.ui.method_apply import apply_method
from forum_desktop.ui.method_edit_dialog import MethodEditDialog, new_method
from forum_desktop.ui.notice_texts import notice_text
from forum_desktop.ui.outcome_model import kind_labels

FILTER = "JSON (*.json)"


def ui_language() -> str:
    """The interface's language as a method language code (others read English)."""
    return QLocale().name()[:2]


class MethodLibraryDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        *,
        item_id: UUID | None = None,
        item_language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._item_id = item_id
        self._item_language = item_language
        self._entries: list[MethodEntry] = []
        self.setWindowTitle(self.tr("Method library"))
        self.resize(980, 640)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search methods"))
        self.search.setAccessibleName(self.tr("Search methods"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Methods"))
        self.list.currentRowChanged.connect(self._show_current)
        self.details = QTextBrowser(self)
        self.details.setOpenExternalLinks(True)
        self.details.setAccessibleName(self.tr("About the method"))

        self.use_button = self._button(self.tr("&Use for this item"), self.use_for_item)
        self.use_button.setToolTip(
            self.tr("Give the agenda item selected in the Agenda tab this method's phases.")
        )
        self.duplicate_button = self._button(self.tr("D&uplicate"), self.duplicate)
        self.new_button = self._button(self.tr("&New…"), self.new)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit)
        self.delete_button = self._button(self.tr("&Delete"), self.delete)
        self.export_button = self._button(self.tr("E&xport…"), self.export)
        self.import_button = self._button(self.tr("&Import…"), self.import_file)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        splitter = QSplitter(self)
        splitter.addWidget(left_widget)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 680])
        buttons = QHBoxLayout()
        for button in (
            self.use_button,
            self.duplicate_button,
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.export_button,
            self.import_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        problems = builtin_library().problems
        if problems:
            warning = QLabel(
                self.tr("Some method files could not be read and are left out: %1").replace(
                    "%1", "; ".join(f"{p.path.name} ({notice_text(p.notice)})" for p in problems)
                ),
                self,
            )
            warning.setWordWrap(True)
            layout.addWidget(warning)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._fill()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda *_: slot())  # type: ignore[operator]
        return button

    # --- the list ---------------------------------------------------------------------

    def _fill(self, *_: object, select: str | None = None) -> None:
        current = self.current()
        keep = select or (current.definition.id if current else None)
        words = self.search.text().casefold().split()
        language = ui_language()
        self._entries = []
        self.list.blockSignals(True)
        self.list.clear()
        for entry in all_methods(self._context.store):
            method = entry.definition
            haystack = " ".join(
                [
                    method.id,
                    *(getattr(method.name, lang) for lang in ("en", "fr", "es")),
                    method.description.text(language),
                    method.purpose.text(language),
                ]
            ).casefold()
            if not all(word in haystack for word in words):
                continue
            name = method.name.text(language)
            text = name if entry.builtin else self.tr("%1 (yours)").replace("%1", name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, method.id)
            self.list.addItem(item)
            self._entries.append(entry)
        row = next((n for n, e in enumerate(self._entries) if e.definition.id == keep), 0)
        self.list.blockSignals(False)
        self.list.setCurrentRow(row if self._entries else -1)
        self._show_current()

    def current(self) -> MethodEntry | None:
        row = self.list.currentRow() if hasattr(self, "list") else -1
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def select(self, method_id: str) -> None:
        self._fill(select=method_id)

    def _show_current(self, *_: object) -> None:
        entry = self.current()
        self.details.setHtml(self.describe(entry.definition) if entry else "")
        own = entry is not None and not entry.builtin
        for button in (self.duplicate_button, self.export_button):
            button.setEnabled(entry is not None)
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.use_button.setEnabled(entry is not None and self._item_id is not None)

    def describe(self, method: MethodDefinition) -> str:
        """The method in the interface's language (English where it has none)."""
        lang = ui_language()

        def para(title: str, text: str) -> str:
            if not text:
                return ""
            body = html.escape(text).replace("\n", "<br>")
            return f"<h3>{html.escape(title)}</h3><p>{body}</p>"

        size = method.group_size
        people = (
            fill(self.tr("%1 to %2 people"), str(size.minimum), str(size.maximum))
            if size.maximum
            else self.tr("%1 people or more").replace("%1", str(size.minimum))
        )
        minutes = self.tr("%1 min")
        rows = "".join(
            f"<tr><td>{n}.</td><td><b>{html.escape(step.name.text(lang))}</b></td>"
            f"<td>{html.escape(minutes.replace('%1', str(step.minutes)))}</td>"
            f"<td>{html.escape(step.instructions.text(lang))}</td></tr>"
            for n, step in enumerate(method.steps, start=1)
        )
        labels = kind_labels()
        produces = ", ".join(labels.get(kind, kind) for kind in method.produces)
        sources = "".join(
            f"<li><a href='{html.escape(s.url, quote=True)}'>{html.escape(s.title)}</a></li>"
            if s.url.startswith(("https://", "http://"))
            else f"<li>{html.escape(s.title)}</li>"
            for s in method.source
        )
        length = self.tr("%1 min in all").replace("%1", str(method.total_minutes))
        steps_title = html.escape(self.tr("Steps"))
        source_title = html.escape(self.tr("Source"))
        return (
            f"<h2>{html.escape(method.name.text(lang))}</h2>"
            f"<p>{html.escape(method.description.text(lang))}</p>"
            f"<p><i>{html.escape(people)} · {html.escape(length)}</i></p>"
            + para(self.tr("Purpose"), method.purpose.text(lang))
            + para(self.tr("When to use it"), method.when_to_use.text(lang))
            + f"<h3>{steps_title}</h3><table cellspacing='4'>{rows}</table>"
            + para(self.tr("Roles"), method.roles.text(lang))
            + para(self.tr("Set-up"), method.setup.text(lang))
            + para(self.tr("Materials"), method.materials.text(lang))
            + para(self.tr("What it produces"), produces)
            + (f"<h3>{source_title}</h3><ul>{sources}</ul>" if sources else "")
        )

    # --- actions ----------------------------------------------------------------------

    def _execute(self, command: Command, text: str) -> OpResult | None:
        try:
            return self._context.execute(command, text, reraise=(MethodError,))
        except MethodError as error:
            prompts.error(self, self.tr("Method"), notice_text(error.notice))
            return None

    def _select_record(self, result: OpResult | None) -> None:
        if result is None:
            return
        entry = next(
            (e for e in all_methods(self._context.store) if e.record_id == result.value), None
        )
        self.search.clear()
        self._fill(select=entry.definition.id if entry else None)

    def use_for_item(self) -> None:
        entry = self.current()
        if entry is None or self._item_id is None:
            return
        result = apply_method(
            self, self._context, self._item_id, entry.definition.id, self._item_language
        )
        if result is not None:
            self.accept()

    def duplicate(self) -> None:
        entry = self.current()
        if entry is not None:
            self._select_record(
                self._execute(
                    DuplicateMethod(method_id=entry.definition.id), self.tr("Duplicate a method")
                )
            )

    def new(self) -> None:
        dialog = MethodEditDialog(new_method(self.tr("New method")), ui_language(), self)
        if dialog.exec() and (method := dialog.method()) is not None:
            self._select_record(
                self._execute(CreateMethod(definition=method), self.tr("New method"))
            )

    def edit(self) -> None:
        entry = self.current()
        if entry is None or entry.record_id is None:
            return
        dialog = MethodEditDialog(entry.definition, ui_language(), self)
        if dialog.exec() and (method := dialog.method()) is not None:
            self._execute(
                UpdateMethod(record_id=entry.record_id, definition=method),
                self.tr("Edit a method"),
            )
            self._fill(select=entry.definition.id)

    def delete(self) -> None:
        entry = self.current()
        if entry is None or entry.record_id is None:
            return
        name = entry.definition.name.text(ui_language())
        if prompts.confirm(
            self,
            self.tr("Delete a method"),
            self.tr(
                "Delete “%1” from your methods? Agenda items that use it keep their phases."
            ).replace("%1", name),
            action=self.tr("Delete"),
        ):
            self._execute(DeleteMethod(record_id=entry.record_id), self.tr("Delete a method"))
            self._fill()

    def export(self) -> None:
        entry = self.current()
        if entry is None:
            return
        path = prompts.save_file(
            self, self.tr("Export a method"), f"{entry.definition.id}.json", FILTER
        )
        if path is None:
            return
        try:
            write_atomically(path, export_bytes(entry.definition))
        except WriteError as error:
            prompts.error(self, self.tr("Not exported"), notice_text(error.notice))

    def import_file(self) -> None:
        path = prompts.open_file(self, self.tr("Import a method"), FILTER)
        if path is None:
            return
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)  # enough to tell a file is too big
            method = parse_method(data)
        except OSError as error:
            prompts.error(
                self,
                self.tr("Not imported"),
                fill(self.tr("%1 could not be read: %2"), path.name, error.strerror or str(error)),
            )
            return
        except MethodFileError as error:
            prompts.error(
                self,
                self.tr("Not imported"),
                fill(
                    self.tr("%1 is not a method file Forum Desktop can use: %2"),
                    path.name,
                    notice_text(error.notice),
                ),
            )
            return
        self._select_record(
            self._execute(CreateMethod(definition=method), self.tr("Import a method"))
        )
