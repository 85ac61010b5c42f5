"""Preview of a roster CSV before anything is imported: column mapping, good and bad rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.interchange.roster_csv import (
    IMPORT_FIELDS,
    CsvFormatError,
    ImportPreview,
    RawTable,
    guess_mapping,
    preview,
    read_file,
)
from forum_desktop.ui import prompts
from forum_desktop.ui.messages import fill
from forum_desktop.ui.notice_texts import notice_text
from forum_desktop.ui.roster_model import Column, choice_labels, column_specs

PREVIEW_ROWS = 50


def field_labels() -> dict[str | None, str]:
    translate = QCoreApplication.translate
    return {
        None: translate("CsvImport", "(ignore this column)"),
        "name": translate("CsvImport", "Name"),
        "first_name": translate("CsvImport", "First name"),
        "last_name": translate("CsvImport", "Last name"),
        "organisation": translate("CsvImport", "Organisation"),
        "city": translate("CsvImport", "City"),
        "country": translate("CsvImport", "Country"),
        "role": translate("CsvImport", "Role"),
        "email": translate("CsvImport", "Email"),
        "language": translate("CsvImport", "Language"),
        "mode": translate("CsvImport", "Onsite / online"),
        "notes": translate("CsvImport", "Notes"),
    }


class CsvImportDialog(QDialog):
    """Shows what an import would do; ``accepted_people`` is filled when the user accepts."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.table_data: RawTable | None = None
        self.result_preview: ImportPreview | None = None
        self.accepted_people: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Import roster from %1").replace("%1", path.name))
        self.resize(900, 600)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.mapping_box = QGroupBox(self.tr("Columns"), self)
        self.mapping_layout = QGridLayout(self.mapping_box)
        self.combos: list[QComboBox] = []
        self.rows_table = QTableWidget(self)
        self.rows_table.setAccessibleName(self.tr("Rows to import"))
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Rows that will not be imported"))
        problems_label = QLabel(self.tr("Rows that will &not be imported:"), self)
        problems_label.setBuddy(self.problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.rows_table, 3)
        layout.addWidget(problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

    def load(self) -> bool:
        """Read the file; on failure say why and return False (nothing was imported)."""
        try:
            self.table_data = read_file(self.path)
        except (OSError, CsvFormatError) as error:
            prompts.error(
                self.parentWidget(),
                self.tr("Cannot import %1").replace("%1", self.path.name),
                notice_text(error.notice) if isinstance(error, CsvFormatError) else str(error),
            )
            return False
        self._build_mapping(guess_mapping(self.table_data.headers))
        self._refresh()
        return True

    def _build_mapping(self, mapping: list[str | None]) -> None:
        assert self.table_data is not None
        labels = field_labels()
        for column, header in enumerate(self.table_data.headers):
            caption = QLabel(header or self.tr("(column %1)").replace("%1", str(column + 1)))
            combo = QComboBox(self.mapping_box)
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
            for field in (None, *IMPORT_FIELDS):
                combo.addItem(labels[field], field)
            combo.setCurrentIndex(combo.findData(mapping[column]) if mapping[column] else 0)
            combo.currentIndexChanged.connect(self._refresh)
            caption.setBuddy(combo)
            self.mapping_layout.addWidget(caption, 0, column)
            self.mapping_layout.addWidget(combo, 1, column)
            self.combos.append(combo)

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def set_mapping(self, column: int, field: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field) if field else 0)

    def _refresh(self) -> None:
        assert self.table_data is not None
        mapping = self.mapping()
        twice = {f for f in mapping if f is not None and mapping.count(f) > 1}
        if twice:
            labels = field_labels()
            self.summary.setText(
                self.tr("“%1” is chosen for more than one column: choose it for one only.").replace(
                    "%1", ", ".join(labels[f] for f in sorted(twice))
                )
            )
            self.import_button.setEnabled(False)
            return
        self.result_preview = preview(self.table_data, mapping)
        people = self.result_preview.people
        problems = self.result_preview.problems
        separated = {",": self.tr("commas"), ";": self.tr("semicolons")}.get(
            self.table_data.delimiter, self.tr("tabs")
        )
        read = fill(
            self.tr("Read %n row(s) (%1, separated by %2).", "", len(self.table_data.rows)),
            self.table_data.encoding,
            separated,
        )
        kept = self.tr("%n person(s) will be imported;", "", len(people))
        left = self.tr("%n row(s) have problems and will be left out.", "", len(problems))
        self.summary.setText(f"{read} {kept} {left}")
        labels = field_labels()
        fields = [f for f in IMPORT_FIELDS if any(f in person for _, person in people)]
        self.rows_table.clear()
        self.rows_table.setColumnCount(len(fields) + 1)
        self.rows_table.setHorizontalHeaderLabels([self.tr("Line"), *(labels[f] for f in fields)])
        shown = people[:PREVIEW_ROWS]
        self.rows_table.setRowCount(len(shown))
        # Roles, modes and languages read as the roster shows them, in the interface's words.
        words = {
            spec.field: dict(choice_labels(column))
            for column, spec in column_specs().items()
            if column in (Column.ROLE, Column.MODE, Column.LANGUAGE)
        }
        for row, (line, person) in enumerate(shown):
            self.rows_table.setItem(row, 0, QTableWidgetItem(str(line)))
            for column, field in enumerate(fields, start=1):
                value = person.get(field)
                text = words.get(field, {}).get(value, "" if value is None else str(value))
                self.rows_table.setItem(row, column, QTableWidgetItem(text))
        self.problems.clear()
        for problem in problems:
            self.problems.addItem(
                fill(
                    self.tr("Line %1: %2"),
                    str(problem.line),
                    self.tr("; ", "between two reasons").join(
                        notice_text(notice) for notice in problem.notices
                    ),
                )
            )
        self.import_button.setEnabled(bool(people))
        self.import_button.setText(self.tr("Import %n people", "", len(people)))

    def accept(self) -> None:
        assert self.result_preview is not None
        self.accepted_people = [person for _, person in self.result_preview.people]
        super().accept()
