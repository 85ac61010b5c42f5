"""The domain: pydantic models, no Qt and no SQL."""

from forum_desktop.models.agenda import AgendaItem, ItemKind, Priority, Session, SessionMode
from forum_desktop.models.base import Record
from forum_desktop.models.document import FORMAT_VERSION, EventDocument
from forum_desktop.models.event import Event, Language, Objective
from forum_desktop.models.journal import Change, ChangeKind, FieldChange
from forum_desktop.models.method import MethodDefinition, UserMethod
from forum_desktop.models.outcome import (
    KIND_FIELDS,
    ActionFields,
    ActionStatus,
    KindFields,
    Outcome,
    OutcomeKind,
    QuoteFields,
    ReviewState,
    SummaryFields,
    SummaryScope,
)
from forum_desktop.models.participant import (
    AttendanceMode,
    AttendanceStatus,
    Participant,
    Role,
)
from forum_desktop.models.photo import Photo
from forum_desktop.models.profile import Profile
from forum_desktop.models.run import ItemRun, RunStatus, SessionRun, Span, SpeakerTurn
from forum_desktop.models.template import SessionTemplate, TemplateItem

RECORD_TYPES: dict[str, type[Record]] = {
    cls.record_type: cls
    for cls in (
        Event,
        Participant,
        Session,
        AgendaItem,
        SessionTemplate,
        Outcome,
        SessionRun,
        ItemRun,
        SpeakerTurn,
        Photo,
        UserMethod,
    )
}
"""Every stored record class by its journal name."""

__all__ = [
    "FORMAT_VERSION",
    "KIND_FIELDS",
    "RECORD_TYPES",
    "ActionFields",
    "ActionStatus",
    "AgendaItem",
    "AttendanceMode",
    "AttendanceStatus",
    "Change",
    "ChangeKind",
    "Event",
    "EventDocument",
    "FieldChange",
    "ItemKind",
    "ItemRun",
    "KindFields",
    "Language",
    "MethodDefinition",
    "Objective",
    "Outcome",
    "OutcomeKind",
    "Participant",
    "Photo",
    "Priority",
    "Profile",
    "QuoteFields",
    "Record",
    "ReviewState",
    "Role",
    "RunStatus",
    "Session",
    "SessionMode",
    "SessionRun",
    "SessionTemplate",
    "Span",
    "SpeakerTurn",
    "SummaryFields",
    "SummaryScope",
    "TemplateItem",
    "UserMethod",
]
