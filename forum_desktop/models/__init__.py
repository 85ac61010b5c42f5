"""The domain: pydantic models, no Qt and no SQL."""

from forum_desktop.models.agenda import AgendaItem, ItemKind, Priority, Session, SessionMode
from forum_desktop.models.base import Record
from forum_desktop.models.breakouts import Breakout, BreakoutMember
from forum_desktop.models.document import FORMAT_VERSION, EventDocument
from forum_desktop.models.event import Event, Language, Objective
from forum_desktop.models.fishbowl import (
    FishbowlQueueEntry,
    FishbowlRotation,
    FishbowlSettings,
    FishbowlTopic,
)
from forum_desktop.models.ideas import IdeaTheme, ThemeIdea
from forum_desktop.models.journal import Change, ChangeKind, FieldChange
from forum_desktop.models.method import MethodDefinition, MethodScreen, UserMethod
from forum_desktop.models.method_run import MethodRun
from forum_desktop.models.outcome import (
    KIND_FIELDS,
    ActionFields,
    ActionStatus,
    AnswerFields,
    CaseFields,
    ContributionFields,
    FeedbackFields,
    KindFields,
    Outcome,
    OutcomeKind,
    QuoteFields,
    ReportFields,
    ReviewState,
    SummaryFields,
    SummaryScope,
    VoteCount,
    VoteResultFields,
)
from forum_desktop.models.participant import (
    AttendanceMode,
    AttendanceStatus,
    Participant,
    Role,
)
from forum_desktop.models.peer_review import PeerCase, PeerCaseMove
from forum_desktop.models.photo import Photo
from forum_desktop.models.profile import Profile
from forum_desktop.models.room import (
    Evaluation,
    EvaluationAnswer,
    Moderation,
    ModerationState,
    QuestionStatus,
    QuestionVote,
    RoomQuestion,
)
from forum_desktop.models.round_robin import RoundRobinSettings, RoundTurn, TurnStatus
from forum_desktop.models.run import (
    EarlierRun,
    ItemRun,
    RunStatus,
    SessionRun,
    Span,
    SpeakerTurn,
)
from forum_desktop.models.template import SessionTemplate, TemplateItem
from forum_desktop.models.translation import Translation
from forum_desktop.models.vote import DotVoteBallot, DotVoteOption, DotVoteSettings, EntryMode

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
        MethodRun,
        DotVoteSettings,
        DotVoteOption,
        DotVoteBallot,
        FishbowlSettings,
        FishbowlTopic,
        FishbowlQueueEntry,
        FishbowlRotation,
        RoundTurn,
        RoundRobinSettings,
        PeerCase,
        PeerCaseMove,
        Breakout,
        BreakoutMember,
        IdeaTheme,
        ThemeIdea,
        Moderation,
        RoomQuestion,
        QuestionVote,
        Evaluation,
        EvaluationAnswer,
        Translation,
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
    "AnswerFields",
    "AttendanceMode",
    "AttendanceStatus",
    "Breakout",
    "BreakoutMember",
    "CaseFields",
    "Change",
    "ChangeKind",
    "ContributionFields",
    "DotVoteBallot",
    "DotVoteOption",
    "DotVoteSettings",
    "EarlierRun",
    "EntryMode",
    "Evaluation",
    "EvaluationAnswer",
    "Event",
    "EventDocument",
    "FeedbackFields",
    "FieldChange",
    "FishbowlQueueEntry",
    "FishbowlRotation",
    "FishbowlSettings",
    "FishbowlTopic",
    "IdeaTheme",
    "ItemKind",
    "ItemRun",
    "KindFields",
    "Language",
    "MethodDefinition",
    "MethodRun",
    "MethodScreen",
    "Moderation",
    "ModerationState",
    "Objective",
    "Outcome",
    "OutcomeKind",
    "Participant",
    "PeerCase",
    "PeerCaseMove",
    "Photo",
    "Priority",
    "Profile",
    "QuestionStatus",
    "QuestionVote",
    "QuoteFields",
    "Record",
    "ReportFields",
    "ReviewState",
    "Role",
    "RoomQuestion",
    "RoundRobinSettings",
    "RoundTurn",
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
    "ThemeIdea",
    "Translation",
    "TurnStatus",
    "UserMethod",
    "VoteCount",
    "VoteResultFields",
]
