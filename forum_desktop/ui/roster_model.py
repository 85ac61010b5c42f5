"""The roster of one event as a Qt table model; edits become undoable commands."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from forum_desktop.models import (
    AttendanceMode,
    AttendanceStatus,
    ChangeKind,
    Event,
    Language,
    Participant,
    Role,
)
from forum_desktop.services.open_conflicts import conflict_versions
from forum_desktop.services.operations import OpResult
from forum_desktop.services.participants import CheckIn, UpdateParticipant, roster
from forum_desktop.ui.clock_times import hour_minute
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.messages import fill

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    NAME = 0
    ORGANISATION = 1
    CITY = 2
    COUNTRY = 3
    ROLE = 4
    EMAIL = 5
    LANGUAGE = 6
    MODE = 7
    ATTENDANCE = 8
    CHECKED_IN = 9
    NOTES = 10
    NAMED = 11
    PHOTOS = 12


@dataclass(frozen=True)
class ColumnSpec:
    field: str
    title: str


FIELDS = {
    Column.NAME: "name",
    Column.ORGANISATION: "organisation",
    Column.CITY: "city",
    Column.COUNTRY: "country",
    Column.ROLE: "role",
    Column.EMAIL: "email",
    Column.LANGUAGE: "language",
    Column.MODE: "mode",
    Column.ATTENDANCE: "attendance",
    Column.CHECKED_IN: "checked_in_at",
    Column.NOTES: "notes",
    Column.NAMED: "no_name",
    Column.PHOTOS: "no_photos",
}
"""Each column's participant field (``data`` looks it up for every cell it draws)."""


def column_specs() -> dict[Column, ColumnSpec]:
    """Column titles, translated when asked (so a language switch applies at once)."""
    titles = {
        Column.NAME: translate("RosterModel", "Name"),
        Column.ORGANISATION: translate("RosterModel", "Organisation"),
        Column.CITY: translate("RosterModel", "City"),
        Column.COUNTRY: translate("RosterModel", "Country"),
        Column.ROLE: translate("RosterModel", "Role"),
        Column.EMAIL: translate("RosterModel", "Email"),
        Column.LANGUAGE: translate("RosterModel", "Language"),
        Column.MODE: translate("RosterModel", "Onsite / online"),
        Column.ATTENDANCE: translate("RosterModel", "Attendance"),
        Column.CHECKED_IN: translate("RosterModel", "Checked in"),
        Column.NOTES: translate("RosterModel", "Notes"),
        Column.NAMED: translate("RosterModel", "Named in minutes"),
        Column.PHOTOS: translate("RosterModel", "Photos"),
    }
    return {column: ColumnSpec(FIELDS[column], title) for column, title in titles.items()}


def choice_labels(column: Column) -> list[tuple[Any, str]]:
    """The values a choice column can take, with their labels, in menu order."""
    if column is Column.ROLE:
        return [
            (Role.FACILITATOR, translate("RosterModel", "Facilitator")),
            (Role.RAPPORTEUR, translate("RosterModel", "Rapporteur")),
            (Role.PARTICIPANT, translate("RosterModel", "Participant")),
            (Role.SPEAKER, translate("RosterModel", "Speaker")),
            (Role.HOST, translate("RosterModel", "Host")),
        ]
    if column is Column.LANGUAGE:
        return [
            (None, "—"),
            (Language.EN, translate("RosterModel", "English")),
            (Language.FR, translate("RosterModel", "French")),
            (Language.ES, translate("RosterModel", "Spanish")),
        ]
    if column is Column.MODE:
        return [
            (AttendanceMode.ONSITE, translate("RosterModel", "Onsite")),
            (AttendanceMode.ONLINE, translate("RosterModel", "Online")),
        ]
    if column is Column.NAMED:  # the field is "no_name": True means do not name
        return [
            (False, translate("RosterModel", "Named")),
            (True, translate("RosterModel", "Do not name me")),
        ]
    if column is Column.PHOTOS:
        return [
            (False, translate("RosterModel", "Photos allowed")),
            (True, translate("RosterModel", "No photos")),
        ]
    if column is Column.ATTENDANCE:
        return [
            (AttendanceStatus.UNKNOWN, translate("RosterModel", "Not checked in")),
            (AttendanceStatus.PRESENT, translate("RosterModel", "Present")),
            (AttendanceStatus.LATE, translate("RosterModel", "Late")),
            (AttendanceStatus.ABSENT, translate("RosterModel", "Absent")),
        ]
    return []


CHOICE_COLUMNS = frozenset(
    {Column.ROLE, Column.LANGUAGE, Column.MODE, Column.ATTENDANCE, Column.NAMED, Column.PHOTOS}
)
READ_ONLY_COLUMNS = frozenset({Column.CHECKED_IN})
_ROLES_SHOWN = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.EditRole,
        SORT_ROLE,
        Qt.ItemDataRole.ToolTipRole,
    }
)


class RosterModel(QAbstractTableModel):
    """One row per participant of the current event, in roster order."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._context = context
        self._event_id: UUID | None = None
        self._people: list[Participant] = []
        self._conflicts: dict[tuple[UUID, str], list[str]] = {}
        """Other laptops' versions of a name, organisation or notes, until resolved."""
        self._zone: ZoneInfo | None = None
        """The event's time zone: check-in times are the room's clock, not the laptop's."""
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)

    # --- which event ------------------------------------------------------------------

    def set_event(self, event_id: UUID | None) -> None:
        self._event_id = event_id
        self.reload()

    @property
    def event_id(self) -> UUID | None:
        return self._event_id

    def reload(self) -> None:
        self.beginResetModel()
        store = self._context.store
        self._people = roster(store, self._event_id) if self._event_id else []
        self._load_conflicts()
        event = store.get(Event, self._event_id) if self._event_id else None
        self._zone = ZoneInfo(event.timezone) if event else None
        self.endResetModel()

    def _load_conflicts(self) -> None:
        event_id = self._event_id
        store = self._context.store
        self._conflicts = conflict_versions(store, event_id, "participant") if event_id else {}

    def in_conflict(self, participant_id: UUID) -> bool:
        """Whether a text of this person is in sync conflict (Resolve conflict… settles it)."""
        return any(person == participant_id for person, _ in self._conflicts)

    def participant(self, row: int) -> Participant:
        return self._people[row]

    def row_of(self, participant_id: UUID) -> int:
        for row, person in enumerate(self._people):
            if person.id == participant_id:
                return row
        return -1

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(Column):
                return column_specs()[Column(section)].title
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if Column(index.column()) not in READ_ONLY_COLUMNS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        if role not in _ROLES_SHOWN:
            return None  # fonts, colours…: asked for every cell, answered by the view
        person = self._people[index.row()]
        column = Column(index.column())
        value = getattr(person, FIELDS[column])
        kept = self._conflicts.get((person.id, FIELDS[column]))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            shown = self._display(column, value)
            return self.tr("⚠ In conflict: %1").replace("%1", shown) if kept else shown
        if role == Qt.ItemDataRole.EditRole:
            return value if column in CHOICE_COLUMNS else (value or "")
        if role == SORT_ROLE:
            if column is Column.CHECKED_IN:
                return value.isoformat() if value else ""
            return self._display(column, value).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and kept:
            template = self.tr(
                "%1\n\nSync conflict: also kept from another laptop:\n%2\n"
                "(Resolve conflict… settles it.)"
            )
            return fill(template, str(value or "")[:2000], "\n".join(kept)[:2000])
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NOTES and value:
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        person = self._people[index.row()]
        column = Column(index.column())
        field = FIELDS[column]
        if column in CHOICE_COLUMNS:
            # Qt hands back plain strings for enum values: map back to the model's own.
            matches = [choice for choice, _ in choice_labels(column) if choice == value]
            if not matches:
                return False
            value = matches[0]
        elif isinstance(value, str):
            value = value.strip()
        if getattr(person, field) == value:
            return False
        if column is Column.ATTENDANCE:
            result = self._context.execute(
                CheckIn(participant_ids=(person.id,), status=value),
                fill(self.tr("Mark %1 as %2"), person.name, self._display(column, value)),
            )
        else:
            result = self._context.execute(
                UpdateParticipant(participant_id=person.id, **{field: value}),
                fill(self.tr("Edit %1 of %2"), column_specs()[column].title, person.name),
            )
        return result is not None

    # --- helpers ----------------------------------------------------------------------

    def _display(self, column: Column, value: Any) -> str:
        if column in CHOICE_COLUMNS:
            label: str = dict(choice_labels(column)).get(value, "")
            return label
        if column is Column.CHECKED_IN:
            if value is None:
                return ""
            local = value.astimezone(self._zone) if self._zone else value.astimezone()
            return hour_minute(local.time())
        return str(value or "")

    def _on_changed(self, result: OpResult) -> None:
        if self._event_id is None:
            return
        if not result.touches(Participant.record_type) and self._event_id not in result.records(
            "event"
        ):
            return
        if self._update_in_place(result):
            return
        self.reload()

    def _update_in_place(self, result: OpResult) -> bool:
        """Edits of people already shown redraw their rows only (keeps selection and scroll)."""
        rows = []
        for change in result.changes:
            if (
                change.record_type != Participant.record_type
                or change.kind is not ChangeKind.UPDATE
            ):
                return False
            row = self.row_of(change.record_id)
            if row < 0:
                return False
            rows.append(row)
        self._load_conflicts()  # an edit keeps a text's versions open; a resolution closes them
        for row in rows:
            self._people[row] = self._context.store.require(Participant, self._people[row].id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return True
