"""What the minutes print, read from the store in one call, and the options that shape it.

``load_minutes`` applies the options that choose *what* is included (one session or all,
approved entries only or drafts too); the section builders apply the ones that choose
*how* it prints (names or anonymised, language, sections).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from uuid import UUID

from forum_desktop.agenda.schedule import Schedule, compute_schedule
from forum_desktop.export.actions import UNKNOWN_OWNER
from forum_desktop.export.labels import labels
from forum_desktop.export.localized import DocumentTexts
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.print_images import photo_reader, scaled_for_print
from forum_desktop.methods.dot_vote import VoteView, vote_view
from forum_desktop.methods.idea_acts import ThemeView, ideas_view
from forum_desktop.methods.peer_review_acts import peer_review_view
from forum_desktop.models import (
    ActionFields,
    AgendaItem,
    Event,
    FishbowlRotation,
    FishbowlSettings,
    IdeaTheme,
    ItemRun,
    Language,
    MethodRun,
    MethodScreen,
    Outcome,
    OutcomeKind,
    Participant,
    PeerCase,
    Photo,
    ReviewState,
    RoundTurn,
    Session,
    SessionRun,
    SpeakerTurn,
    SummaryFields,
    SummaryScope,
)
from forum_desktop.models.screens import ReviewCase, ScreenState
from forum_desktop.models.vote import DotVoteSettings
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.capture import outcomes_of_event
from forum_desktop.services.evaluation import EvaluationSummary, evaluation_summary
from forum_desktop.services.logo import event_logo
from forum_desktop.services.method_runs import method_runs_of_event, screen_of
from forum_desktop.services.methods import method_item_of
from forum_desktop.services.moderation import edited_texts, hidden_texts
from forum_desktop.services.naming import chatham_house, may_name, names_shown
from forum_desktop.services.open_conflicts import conflict_texts, texts_in_conflict
from forum_desktop.services.photos import photos_of_event
from forum_desktop.services.room_questions import QuestionView, questions_by_item
from forum_desktop.services.run import item_runs, load_run, session_run
from forum_desktop.storage import RecordNotFoundError, Store

PRINTED_ONE_VERSION = frozenset(
    {
        ("event", "title"),
        ("event", "place"),
        ("event", "organisers"),
        ("event", "context"),
        ("event", "footer"),
        ("translation", "text"),
        ("session", "title"),
        ("agenda_item", "title"),
        ("agenda_item", "guiding_question"),
        ("participant", "name"),
        ("participant", "organisation"),
        ("photo", "caption"),
        ("moderation", "text"),
    }
)
"""Texts the minutes print one version of while they are in conflict (an entry's text and
a phone question's answer print every version, marked); the cover counts them."""


@dataclass(frozen=True)
class SessionMinutes:
    session: Session
    schedule: Schedule
    outcomes: list[Outcome]
    """Included outcomes of the session, by capture time."""
    run: SessionRun | None = None
    """How the session actually ran, when it was run with the timer."""
    item_runs: dict[UUID, ItemRun] = field(default_factory=dict)
    turns: dict[UUID, list[SpeakerTurn]] = field(default_factory=dict)
    """Speaker turns by item, in the order they were taken."""

    def outcomes_of(self, item_id: UUID) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.item_id == item_id]

    def loose_outcomes(self) -> list[Outcome]:
        """Outcomes of the session at no item of its agenda (none chosen, or deleted)."""
        items = {entry.item.id for entry in self.schedule.items}
        return [outcome for outcome in self.outcomes if outcome.item_id not in items]


@dataclass(frozen=True)
class MinutesData:
    event: Event
    sessions: list[SessionMinutes]
    participants: list[Participant]
    outcomes: list[Outcome]
    """Every included outcome, by capture time (those outside sessions too)."""
    options: MinutesOptions
    names: dict[UUID, str] = field(default_factory=dict)
    """Roster names by participant id."""
    photos: list[Photo] = field(default_factory=list)
    """Photos of included items and entries, oldest first."""
    images: Mapping[str, bytes] = field(default_factory=dict)
    """The (scaled) image bytes of ``photos`` by hash; scaled on worker threads, so
    reading one may wait for it."""
    logo: bytes | None = None
    """The event's logo for the cover (PNG or JPEG), if it has one."""
    method_runs: dict[UUID, list[MethodRun]] = field(default_factory=dict)
    """Legacy method screen states by item, oldest first (a run not yet upgraded)."""
    votes: dict[UUID, VoteView] = field(default_factory=dict)
    """Dot votes read from their records, by the ``vote_result`` entry recorded for them:
    the minutes count the ballots as they are now (late ones synced from another laptop
    included), not as they were when the result was recorded."""
    round_orders: dict[UUID, list[UUID]] = field(default_factory=dict)
    """Each round-robin's speaking order by its item (from its turn records)."""
    fishbowls: frozenset[UUID] = frozenset()
    """The items a fishbowl or a round-robin was run on: their turns are counted for
    fairness (a speaker panel's turns on another item are not)."""
    conflicts: dict[UUID, list[str]] = field(default_factory=dict)
    """Each entry's other versions of its text, in sync conflict until resolved."""
    answer_conflicts: dict[UUID, list[str]] = field(default_factory=dict)
    """The other versions of each phone question's noted answer, until resolved."""
    unsettled: int = 0
    """How many other texts (titles, names, the context…) are in sync conflict: the
    document shows one version of each and says so on its cover."""
    review_cases: dict[UUID, tuple[ReviewCase, ...]] = field(default_factory=dict)
    """A peer review's cases by item, in the order they were presented."""
    idea_themes: dict[UUID, tuple[ThemeView, ...]] = field(default_factory=dict)
    """Themes with their ideas (1-2-4-All) or answers (round-robin), by item."""
    room_questions: dict[UUID, tuple[QuestionView, ...]] = field(default_factory=dict)
    """Phones' questions to the facilitator by item (``minutes_room``)."""
    evaluations: dict[UUID, EvaluationSummary] = field(default_factory=dict)
    """Each session's end-of-session evaluation where phones answered it."""
    chatham_house: frozenset[UUID] = frozenset()
    """Sessions held under the Chatham House rule: their entries name nobody."""
    author: str = ""
    """Who makes the document: this laptop's profile, else the event's organisers."""
    made_at: dt.datetime | None = None
    """When the document is made (the store's clock), for the files' own dates."""

    def photos_of(self, item_id: UUID, outcomes: list[Outcome]) -> list[Photo]:
        """The photos of an item: its own and those of its included entries."""
        entries = {outcome.id for outcome in outcomes}
        return [p for p in self.photos if p.item_id == item_id or p.outcome_id in entries]

    def screen_state(self, item_id: UUID | None, screen: MethodScreen) -> ScreenState | None:
        """The item's state of ``screen`` (the first one kept, as the live screen does)."""
        runs = self.method_runs.get(item_id, []) if item_id is not None else []
        run = next((run for run in runs if run.screen is screen), None)
        return None if run is None else run.screen_state()

    @property
    def language(self) -> Language:
        return self.options.language or self.event.language

    @property
    def final(self) -> bool:
        """Whether every included session's minutes are final (no DRAFT watermark)."""
        return bool(self.sessions) and all(s.session.final_at for s in self.sessions)

    def of_kind(self, kind: OutcomeKind) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.kind == kind]

    def event_level(self) -> list[Outcome]:
        """Outcomes captured outside any included session."""
        included = {s.session.id for s in self.sessions}
        return [outcome for outcome in self.outcomes if outcome.session_id not in included]

    def key_messages(self) -> list[Outcome]:
        """Summaries of the event and of its sessions (item summaries stay with items)."""
        return [
            outcome
            for outcome in self.of_kind(OutcomeKind.SUMMARY)
            if _summary_scope(outcome) is not SummaryScope.ITEM or outcome.item_id is None
        ]

    # --- names, as the options allow ---------------------------------------------------

    def shows_names(self, outcome: Outcome | None = None) -> bool:
        """Whether names print: not in anonymised minutes, nor for an anonymous entry or
        one of a session under the Chatham House rule."""
        if outcome is None:
            return names_shown(None, self.chatham_house, anonymous=self.options.anonymous)
        anonymous = self.options.anonymous or outcome.anonymous
        return names_shown(outcome.session_id, self.chatham_house, anonymous=anonymous)

    def shows_names_in(self, session_id: UUID) -> bool:
        """Whether a session's own lists (its speakers, the floor by person) name people:
        not in anonymised minutes, nor under the Chatham House rule."""
        return names_shown(session_id, self.chatham_house, anonymous=self.options.anonymous)

    def owners(self, outcome: Outcome) -> list[str]:
        """An action's owners by name; none when names are not shown."""
        if not self.shows_names(outcome):
            return []
        fields = outcome.kind_fields()
        assert isinstance(fields, ActionFields)
        named = [self.names.get(owner, UNKNOWN_OWNER) for owner in fields.owner_ids]
        return [*named, *(name.strip() for name in fields.owner_names if name.strip())]

    def speaker(self, outcome: Outcome) -> str:
        """Who said it (a quote's speaker, a reviewer, a group's rapporteur) by name; empty
        when names are not shown or the kind names nobody."""
        if not self.shows_names(outcome):
            return ""
        fields = outcome.kind_fields()
        speaker_id: UUID | None = getattr(fields, "speaker_id", None)
        speaker_name: str = getattr(fields, "speaker_name", "")
        if speaker_id is not None:
            return self.names.get(speaker_id, speaker_name or UNKNOWN_OWNER)
        return speaker_name.strip()

    def timezone(self) -> str:
        """The time zone of the first included session (else the event's)."""
        return self.sessions[0].schedule.timezone if self.sessions else self.event.timezone

    def span(self) -> tuple[dt.datetime, dt.datetime] | None:
        """From the first scheduled start to the last planned end, if sessions have times."""
        starts = [s.schedule.start for s in self.sessions if s.schedule.start is not None]
        ends = [s.schedule.planned_end for s in self.sessions if s.schedule.planned_end]
        if not starts or not ends:
            return None
        return min(starts), max(ends)


def _summary_scope(outcome: Outcome) -> SummaryScope:
    fields = outcome.kind_fields()
    assert isinstance(fields, SummaryFields)
    return fields.scope


def _schedule(store: Store, session: Session, event: Event) -> Schedule:
    """The session's schedule — on the day it ran, if it was run with the timer on another
    day than planned, so that planned and actual times compare."""
    if session_run(store, session.id) is not None:
        return load_run(store, session.id).schedule
    return compute_schedule(session, items_of(store, session.id), event.timezone)


def load_minutes(
    store: Store,
    event_id: UUID,
    options: MinutesOptions,
    images: Mapping[str, bytes] | None = None,
) -> MinutesData:
    """Everything the minutes of ``event_id`` print under ``options``; ``images``, the
    photos another language's minutes of the same options scaled already (the same photos:
    scaled once for every language).

    Raises ``RecordNotFoundError`` for no such event, or a session that is not the event's.
    """
    event = store.require(Event, event_id)
    local = DocumentTexts.load(store, event_id, options.language or event.language)
    sessions = sessions_of(store, event_id)
    if options.session_id is not None:
        sessions = [session for session in sessions if session.id == options.session_id]
        if not sessions:
            raise RecordNotFoundError(Session.record_type, options.session_id)
    hidden = hidden_texts(store, event_id)  # what the facilitator kept off the projector
    edited = edited_texts(store, event_id)  # phones' texts as the room was shown them
    outcomes = [
        outcome.model_copy(update={"text": edited[outcome.id]}) if outcome.id in edited else outcome
        for outcome in outcomes_of_event(store, event_id)
        if (not options.approved_only or outcome.review is ReviewState.APPROVED)
        and outcome.id not in hidden
    ]
    if options.session_id is not None:
        outcomes = [outcome for outcome in outcomes if outcome.session_id == options.session_id]
    participants = store.select(Participant, {"event_id": event_id})
    not_named = labels(options.language or event.language)["not_named"]
    names = {p.id: p.name if may_name(p) else not_named for p in participants}
    unphotographed = {person.id for person in participants if person.no_photos}
    outcomes_by_id = {outcome.id: outcome for outcome in outcomes}
    included = {outcome.id for outcome in outcomes}
    items = {item.id for session in sessions for item in items_of(store, session.id)}
    photos = [
        photo
        for photo in photos_of_event(store, event_id)
        if (photo.outcome_id in included or (photo.outcome_id is None and photo.item_id in items))
        and not (
            photo.outcome_id in outcomes_by_id
            and unphotographed & _people_named(outcomes_by_id[photo.outcome_id])
        )
    ]
    unique = {photo.image_sha256: photo for photo in photos}  # each image scaled once
    if images is None:
        images = scaled_for_print((digest, photo_reader(store, p)) for digest, p in unique.items())
    minutes = [
        SessionMinutes(
            session=local.session(session),
            schedule=local.schedule(_schedule(store, session, event)),
            outcomes=[outcome for outcome in outcomes if outcome.session_id == session.id],
            run=session_run(store, session.id),
            item_runs=item_runs(store, session.id),
            turns=_turns(store, session),
        )
        for session in sessions
    ]
    return MinutesData(
        event=local.event(event),
        sessions=minutes,
        participants=participants,
        outcomes=outcomes,
        options=options,
        names=names,
        photos=[photo for photo in photos if photo.image_sha256 in images],
        images=images,
        logo=event_logo(store, event),
        method_runs=_by_item(method_runs_of_event(store, event_id)),
        votes=_votes(store, event_id),
        round_orders=_round_orders(store, event_id),
        fishbowls=_floor_methods(store, event_id, minutes),
        conflicts=conflict_texts(store, event_id),
        answer_conflicts=conflict_texts(store, event_id, "room_question", "answer"),
        unsettled=_unsettled(store, event_id, sessions, items, options),
        review_cases={
            item: peer_review_view(store, item).cases
            for item in _items_with(store, PeerCase, event_id)
        },
        idea_themes={
            item: ideas_view(store, item).themes for item in _items_with(store, IdeaTheme, event_id)
        },
        room_questions={
            item: views
            for session in sessions
            for item, views in questions_by_item(store, session.id).items()
        },
        evaluations={
            session.id: summary
            for session in sessions
            if (summary := evaluation_summary(store, session.id)).answers
        },
        chatham_house=chatham_house(*sessions),
        author=profile.name if (profile := store.profile()) is not None else event.organisers,
        made_at=store.clock.now(),
    )


def _unsettled(
    store: Store,
    event_id: UUID,
    sessions: list[Session],
    items: set[UUID],
    options: MinutesOptions,
) -> int:
    """How many texts these minutes print one version of while another is in conflict:
    of their sessions and items only, and no names when the minutes name nobody."""
    shown = {session.id for session in sessions} | items
    return sum(
        1
        for record_type, record_id, field in texts_in_conflict(store, event_id)
        if (record_type, field) in PRINTED_ONE_VERSION
        and (record_type not in ("session", "agenda_item") or record_id in shown)
        and not (options.anonymous and record_type == "participant")
    )


FLOOR_SCREENS = frozenset({MethodScreen.FISHBOWL, MethodScreen.ROUND_ROBIN})


def _floor_methods(store: Store, event_id: UUID, sessions: list[SessionMinutes]) -> frozenset[UUID]:
    """The items run as a fishbowl or a round-robin: by their records, or by their
    method's screen when they have turns but nothing else (a round never set up)."""
    ran = {s.item_id for s in store.select(FishbowlSettings, {"event_id": event_id}, "id")}
    ran |= {s.item_id for s in store.select(FishbowlRotation, {"event_id": event_id}, "id")}
    ran |= {s.item_id for s in store.select(RoundTurn, {"event_id": event_id}, "id")}
    for item_id in {item_id for session in sessions for item_id in session.turns}:
        item = store.get(AgendaItem, item_id)
        if item is not None and screen_of(store, item) in FLOOR_SCREENS:
            ran.add(item_id)
    return frozenset(ran)


def _round_orders(store: Store, event_id: UUID) -> dict[UUID, list[UUID]]:
    orders: dict[UUID, list[UUID]] = {}
    for turn in store.select(RoundTurn, {"event_id": event_id}):  # by position
        orders.setdefault(turn.item_id, []).append(turn.participant_id)
    return orders


def _items_with(store: Store, cls: type[PeerCase | IdeaTheme], event_id: UUID) -> set[UUID]:
    """The items of the event that have records of ``cls``."""
    return {record.item_id for record in store.select(cls, {"event_id": event_id}, "position")}


def _people_named(outcome: Outcome) -> set[UUID]:
    """Everyone an entry names: those it mentions, its speaker, owners or members."""
    named = set(outcome.mentions)
    for value in outcome.fields.values():
        values = value if isinstance(value, list) else [value]
        for each in values:
            try:
                named.add(UUID(str(each)))
            except ValueError:
                continue
    return named


def _turns(store: Store, session: Session) -> dict[UUID, list[SpeakerTurn]]:
    """Turns by the item they count for: a phase's (taken before turns named the method's
    item) count for its method's item, so its fairness table has them all."""
    turns: dict[UUID, list[SpeakerTurn]] = {}
    counts_for: dict[UUID, UUID] = {}
    for turn in store.select(SpeakerTurn, {"session_id": session.id}, order_by="started_at"):
        if turn.item_id not in counts_for:
            item = store.get(AgendaItem, turn.item_id)
            method_item = method_item_of(store, item) if item else None
            counts_for[turn.item_id] = method_item.id if method_item else turn.item_id
        turns.setdefault(counts_for[turn.item_id], []).append(turn)
    return turns


def _votes(store: Store, event_id: UUID) -> dict[UUID, VoteView]:
    return {
        settings.result_id: vote_view(store, settings.item_id)
        for settings in store.select(DotVoteSettings, {"event_id": event_id}, "created_at")
        if settings.result_id is not None and store.exists(AgendaItem, settings.item_id)
    }


def _by_item(runs: list[MethodRun]) -> dict[UUID, list[MethodRun]]:
    by_item: dict[UUID, list[MethodRun]] = {}
    for run in runs:
        by_item.setdefault(run.item_id, []).append(run)
    return by_item
