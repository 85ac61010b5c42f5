"""The domain: pydantic models, no Qt and no SQL.

The records every window shows are imported with the package; the models of the methods,
the captured entries, templates and event documents are imported when first used (module
``__getattr__``), so that start-up does not define some forty classes it may never need.
``from forum_desktop.models import Outcome`` works the same either way.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from forum_desktop.models.agenda import AgendaItem, ItemKind, Priority, Session, SessionMode
from forum_desktop.models.base import Record
from forum_desktop.models.event import Event, Language, Objective
from forum_desktop.models.journal import Change, ChangeKind, FieldChange
from forum_desktop.models.participant import (
    AttendanceMode,
    AttendanceStatus,
    Participant,
    Role,
)
from forum_desktop.models.photo import Photo
from forum_desktop.models.profile import Profile
from forum_desktop.models.run import (
    EarlierRun,
    ItemRun,
    RunStatus,
    SessionRun,
    Span,
    SpeakerTurn,
)
from forum_desktop.models.translation import Translation

if TYPE_CHECKING:
    from forum_desktop.models.breakouts import Breakout, BreakoutMember
    from forum_desktop.models.document import FORMAT_VERSION, EventDocument
    from forum_desktop.models.fishbowl import (
        FishbowlQueueEntry,
        FishbowlRotation,
        FishbowlSettings,
        FishbowlTopic,
    )
    from forum_desktop.models.ideas import IdeaTheme, ThemeIdea
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
    from forum_desktop.models.peer_review import PeerCase, PeerCaseMove
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
    from forum_desktop.models.template import SessionTemplate, TemplateItem
    from forum_desktop.models.vote import DotVoteBallot, DotVoteOption, DotVoteSettings, EntryMode

_LATER: dict[str, str] = {
    "Breakout": "breakouts",
    "BreakoutMember": "breakouts",
    "FORMAT_VERSION": "document",
    "EventDocument": "document",
    "FishbowlQueueEntry": "fishbowl",
    "FishbowlRotation": "fishbowl",
    "FishbowlSettings": "fishbowl",
    "FishbowlTopic": "fishbowl",
    "IdeaTheme": "ideas",
    "ThemeIdea": "ideas",
    "MethodDefinition": "method",
    "MethodScreen": "method",
    "UserMethod": "method",
    "MethodRun": "method_run",
    "KIND_FIELDS": "outcome",
    "ActionFields": "outcome",
    "ActionStatus": "outcome",
    "AnswerFields": "outcome",
    "CaseFields": "outcome",
    "ContributionFields": "outcome",
    "FeedbackFields": "outcome",
    "KindFields": "outcome",
    "Outcome": "outcome",
    "OutcomeKind": "outcome",
    "QuoteFields": "outcome",
    "ReportFields": "outcome",
    "ReviewState": "outcome",
    "SummaryFields": "outcome",
    "SummaryScope": "outcome",
    "VoteCount": "outcome",
    "VoteResultFields": "outcome",
    "PeerCase": "peer_review",
    "PeerCaseMove": "peer_review",
    "Evaluation": "room",
    "EvaluationAnswer": "room",
    "Moderation": "room",
    "ModerationState": "room",
    "QuestionStatus": "room",
    "QuestionVote": "room",
    "RoomQuestion": "room",
    "RoundRobinSettings": "round_robin",
    "RoundTurn": "round_robin",
    "TurnStatus": "round_robin",
    "SessionTemplate": "template",
    "TemplateItem": "template",
    "DotVoteBallot": "vote",
    "DotVoteOption": "vote",
    "DotVoteSettings": "vote",
    "EntryMode": "vote",
}
"""The names imported on first use, and the module of each."""


def __getattr__(name: str) -> object:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # found directly from now on
    return value


class _RecordTypes(Mapping[str, "type[Record]"]):
    """Every stored record class by its journal name (its table's name). A class whose
    module is imported on first use is imported on first look-up, so knowing which types
    exist (``in``, iterating the names) imports nothing."""

    def __init__(self, classes: Mapping[str, str]) -> None:
        self._classes = dict(classes)

    def __getitem__(self, record_type: str) -> type[Record]:
        name = self._classes[record_type]
        found = globals()[name] if name in globals() else __getattr__(name)
        assert isinstance(found, type) and issubclass(found, Record)
        return found

    def __contains__(self, record_type: object) -> bool:
        return record_type in self._classes

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)


RECORD_TYPES: Mapping[str, type[Record]] = _RecordTypes(
    {
        "event": "Event",
        "participant": "Participant",
        "session": "Session",
        "agenda_item": "AgendaItem",
        "session_template": "SessionTemplate",
        "outcome": "Outcome",
        "session_run": "SessionRun",
        "item_run": "ItemRun",
        "speaker_turn": "SpeakerTurn",
        "photo": "Photo",
        "user_method": "UserMethod",
        "method_run": "MethodRun",
        "dot_vote_settings": "DotVoteSettings",
        "dot_vote_option": "DotVoteOption",
        "dot_vote_ballot": "DotVoteBallot",
        "fishbowl_settings": "FishbowlSettings",
        "fishbowl_topic": "FishbowlTopic",
        "fishbowl_queue_entry": "FishbowlQueueEntry",
        "fishbowl_rotation": "FishbowlRotation",
        "round_turn": "RoundTurn",
        "round_robin_settings": "RoundRobinSettings",
        "peer_case": "PeerCase",
        "peer_case_move": "PeerCaseMove",
        "breakout": "Breakout",
        "breakout_member": "BreakoutMember",
        "idea_theme": "IdeaTheme",
        "theme_idea": "ThemeIdea",
        "moderation": "Moderation",
        "room_question": "RoomQuestion",
        "question_vote": "QuestionVote",
        "evaluation": "Evaluation",
        "evaluation_answer": "EvaluationAnswer",
        "translation": "Translation",
    }
)
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
