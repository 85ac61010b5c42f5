"""The portable JSON document that carries a whole event."""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_serializer,
    field_validator,
    model_validator,
)

from forum_desktop.models.agenda import AgendaItem, Session
from forum_desktop.models.breakouts import Breakout, BreakoutMember
from forum_desktop.models.event import Event
from forum_desktop.models.fishbowl import (
    FishbowlQueueEntry,
    FishbowlRotation,
    FishbowlSettings,
    FishbowlTopic,
)
from forum_desktop.models.ideas import IdeaTheme, ThemeIdea
from forum_desktop.models.method_run import MethodRun
from forum_desktop.models.outcome import Outcome
from forum_desktop.models.participant import Participant
from forum_desktop.models.peer_review import PeerCase, PeerCaseMove
from forum_desktop.models.photo import MAX_ORIGINAL_BYTES, Photo, Sha256
from forum_desktop.models.room import (
    Evaluation,
    EvaluationAnswer,
    Moderation,
    QuestionVote,
    RoomQuestion,
)
from forum_desktop.models.round_robin import RoundRobinSettings, RoundTurn
from forum_desktop.models.run import ItemRun, SessionRun, SpeakerTurn
from forum_desktop.models.translation import Translation
from forum_desktop.models.vote import DotVoteBallot, DotVoteOption, DotVoteSettings

FORMAT_VERSION: Literal[5] = 5
"""1: event, roster, sessions, agenda. 2: adds captured outcomes. 3: adds photos and
their image bytes, and the sessions' runs (planned vs actual, speaker turns). 4: adds the
group methods' live state (``method_runs``: a peer review's cases, a vote's ballots…) and
the event's logo. 5: dot votes as records of their own (``dot_vote_settings``,
``dot_vote_options``, ``dot_vote_ballots``) instead of their ``method_runs`` state; a
format-4 document's dot-vote runs are converted when it is imported. Earlier versions
still read."""

_MAX_BASE64_LENGTH = 4 * (MAX_ORIGINAL_BYTES // 3 + 1)


class ImageBytes(BaseModel):
    """Image bytes once, under their SHA-256 (base64 in JSON); photos name them by hash."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    sha256: Sha256
    data: bytes

    @field_validator("data", mode="before")
    @classmethod
    def _from_base64(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if len(value) > _MAX_BASE64_LENGTH:
            raise ValueError(
                f"{len(value)} base64 characters is larger than any image may be "
                f"({MAX_ORIGINAL_BYTES // (1024 * 1024)} MB)"
            )
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as error:
            raise ValueError(f"not valid base64 ({error})") from error

    @field_serializer("data", when_used="json")
    def _to_base64(self, data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    @model_validator(mode="after")
    def _hash_matches(self) -> ImageBytes:
        if hashlib.sha256(self.data).hexdigest() != self.sha256:
            raise ValueError("sha256 does not match the image bytes")
        return self


class EventDocument(BaseModel):
    """Everything about one event; ``format_version`` grows when the shape changes."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    format: Literal["forum-desktop-event"] = "forum-desktop-event"
    format_version: Literal[1, 2, 3, 4, 5] = FORMAT_VERSION
    event: Event
    participants: list[Participant] = Field(default_factory=list)
    sessions: list[Session] = Field(default_factory=list)
    agenda_items: list[AgendaItem] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    photos: list[Photo] = Field(default_factory=list)
    images: list[ImageBytes] = Field(default_factory=list)
    session_runs: list[SessionRun] = Field(default_factory=list)
    item_runs: list[ItemRun] = Field(default_factory=list)
    speaker_turns: list[SpeakerTurn] = Field(default_factory=list)
    method_runs: list[MethodRun] = Field(default_factory=list)
    dot_vote_settings: list[DotVoteSettings] = Field(default_factory=list)
    dot_vote_options: list[DotVoteOption] = Field(default_factory=list)
    dot_vote_ballots: list[DotVoteBallot] = Field(default_factory=list)
    fishbowl_settings: list[FishbowlSettings] = Field(default_factory=list)
    fishbowl_topics: list[FishbowlTopic] = Field(default_factory=list)
    fishbowl_queue: list[FishbowlQueueEntry] = Field(default_factory=list)
    fishbowl_rotations: list[FishbowlRotation] = Field(default_factory=list)
    round_turns: list[RoundTurn] = Field(default_factory=list)
    round_robin_settings: list[RoundRobinSettings] = Field(default_factory=list)
    peer_cases: list[PeerCase] = Field(default_factory=list)
    peer_case_moves: list[PeerCaseMove] = Field(default_factory=list)
    breakouts: list[Breakout] = Field(default_factory=list)
    breakout_members: list[BreakoutMember] = Field(default_factory=list)
    idea_themes: list[IdeaTheme] = Field(default_factory=list)
    theme_ideas: list[ThemeIdea] = Field(default_factory=list)
    moderations: list[Moderation] = Field(default_factory=list)
    room_questions: list[RoomQuestion] = Field(default_factory=list)
    question_votes: list[QuestionVote] = Field(default_factory=list)
    evaluations: list[Evaluation] = Field(default_factory=list)
    evaluation_answers: list[EvaluationAnswer] = Field(default_factory=list)
    translations: list[Translation] = Field(default_factory=list)

    @model_validator(mode="after")
    def _new_parts_need_version_3(self) -> EventDocument:
        if self.format_version < 3 and (
            self.photos or self.images or self.session_runs or self.item_runs or self.speaker_turns
        ):
            raise ValueError("photos, images and runs need format_version 3")
        if self.format_version < 4 and (self.method_runs or self.event.logo_sha256):
            raise ValueError("method runs and a logo need format_version 4")
        if self.format_version < 5 and (
            self.dot_vote_settings or self.dot_vote_options or self.dot_vote_ballots
        ):
            raise ValueError("dot votes as records need format_version 5")
        if self.format_version < 5 and (self.translations or self.event.other_languages):
            raise ValueError("working languages need format_version 5")
        return self
