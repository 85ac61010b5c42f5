"""The fishbowl's records as tables: contributions, the rotation log, and the fairness
view (speaking time and turns per person and per organisation)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.fairness import Fairness
from forum_desktop.models import FishbowlRotation, Outcome
from forum_desktop.timing.display import countdown
from forum_desktop.ui.clock_times import hour_minute


def clock_time(value: dt.datetime | None, zone: ZoneInfo) -> str:
    if value is None:
        return ""
    return hour_minute(value.astimezone(zone).time())


def duration(seconds: float) -> str:
    return countdown(round(seconds))


def _table(parent: QWidget, name: str, headers: Sequence[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], numeric: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            if c in numeric:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, cell)


class FishbowlTables(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Fishbowl records"))
        self.contributions = _table(
            self,
            self.tr("Contributions"),
            [self.tr("Time"), self.tr("Speaker"), self.tr("Topic"), self.tr("Contribution")],
            3,
        )
        self.log = _table(
            self,
            self.tr("Rotation log"),
            [self.tr("Chair"), self.tr("Person"), self.tr("Topic"), self.tr("From"), self.tr("To")],
            1,
        )
        self.fairness_tab = QWidget(self)
        self.fairness_label = QLabel(self.fairness_tab)
        self.fairness_label.setWordWrap(True)
        self.fairness_label.setAccessibleName(self.tr("Speaking time in all"))
        self.people = _table(
            self.fairness_tab,
            self.tr("Speaking time per person"),
            [
                self.tr("Person"),
                self.tr("Organisation"),
                self.tr("Turns"),
                self.tr("Speaking time"),
            ],
            0,
        )
        self.organisations = _table(
            self.fairness_tab,
            self.tr("Speaking time per organisation"),
            [
                self.tr("Organisation"),
                self.tr("People"),
                self.tr("Turns"),
                self.tr("Speaking time"),
            ],
            0,
        )
        layout = QVBoxLayout(self.fairness_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fairness_label)
        layout.addWidget(self.people, 3)
        layout.addWidget(self.organisations, 2)
        self.addTab(self.contributions, self.tr("Contributions"))
        self.addTab(self.log, self.tr("Rotation log"))
        self.addTab(self.fairness_tab, self.tr("Fairness"))

    def show_contributions(self, outcomes: Sequence[Outcome], zone: ZoneInfo) -> None:
        rows = []
        for outcome in reversed(outcomes):  # the latest on top, where the eye is
            fields = outcome.fields
            rows.append(
                (
                    clock_time(outcome.captured_at, zone),
                    str(fields.get("speaker_name", "")),
                    str(fields.get("topic", "")),
                    outcome.text,
                )
            )
        _fill(self.contributions, rows, set())

    def show_log(
        self, log: Sequence[FishbowlRotation], name_of: Callable[[UUID], str], zone: ZoneInfo
    ) -> None:
        rows = [
            (
                str(rotation.chair + 1),
                name_of(rotation.participant_id),
                rotation.topic,
                clock_time(rotation.started_at, zone),
                clock_time(rotation.ended_at, zone) or self.tr("sitting"),
            )
            for rotation in reversed(log)
        ]
        _fill(self.log, rows, {0})

    def show_fairness(self, result: Fairness) -> None:
        none = self.tr("(none given)")
        _fill(
            self.people,
            [
                (
                    share.name or self.tr("(no name)"),
                    share.organisation or none,
                    str(share.turns),
                    duration(share.seconds),
                )
                for share in result.people
            ],
            {2, 3},
        )
        _fill(
            self.organisations,
            [
                (o.organisation or none, str(o.people), str(o.turns), duration(o.seconds))
                for o in result.organisations
            ],
            {1, 2, 3},
        )
        silent = sum(1 for share in result.people if share.turns == 0)
        self.fairness_label.setText(
            self.tr("%n turn(s), %1 in all.", "", result.turns).replace(
                "%1", duration(result.seconds)
            )
            + " "
            + self.tr("%n person(s) present did not speak.", "", silent)
        )
