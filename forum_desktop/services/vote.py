"""Dot voting's acts as typed core commands: each checks its rules and writes records of
the vote in one transaction (one undo step). The read side is ``methods.dot_vote``.

A ballot is a record of its own, so ballots cast on two laptops add up after a sync;
entering a roster participant's ballot again replaces their counted one.
"""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, model_validator

from forum_desktop.methods.dot_vote import VoteView, default_settings, vote_view
from forum_desktop.methods.idea_acts import NO_SUCH_THEME, event_themes
from forum_desktop.methods.voting import (
    BallotProblem,
    Excess,
    ballot_over_limits,
    check_ballot,
    option_text,
)
from forum_desktop.models import (
    AgendaItem,
    MethodScreen,
    Outcome,
    OutcomeKind,
    Participant,
    Session,
    VoteCount,
)
from forum_desktop.models.vote import (
    DotVoteBallot,
    DotVoteOption,
    DotVoteSettings,
    EntryMode,
    settings_id,
)
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.capture import CaptureOutcome, UpdateOutcome
from forum_desktop.services.commands import Command
from forum_desktop.services.method_runs import screen_of
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

NOT_A_VOTE = NoticeKind(
    "vote.not_a_vote", "{item} is not a dot vote: apply the dot voting method to it first."
)
EMPTY_OPTION = NoticeKind("vote.empty_option", "An option needs words: type the option first.")
OPTION_TAKEN = NoticeKind("vote.option_taken", "“{option}” is already an option.")
NOT_AN_OPTION = NoticeKind(
    "vote.not_an_option",
    "“{option}” is not an option of this vote: add it first, or check its spelling.",
)
NOT_ON_ROSTER = NoticeKind(
    "vote.not_on_roster",
    "{name} is not on the event's roster: add them first, or cast an anonymous ballot.",
)
TOO_MANY = NoticeKind(
    "vote.too_many",
    "{name} has {limit} dots: {given} is {over} too many. Take {over} off, then cast the "
    "ballot again.",
)
TOO_MANY_ON_ONE = NoticeKind(
    "vote.too_many_on_one",
    "{name} put {given} dots on “{option}”: at most {limit} may go on one option. Move the "
    "rest to another option.",
)
LIMIT_UNDER_BALLOT = NoticeKind(
    "vote.limit_under_ballot",
    "The ballot of {name} has {given} dots: change it before lowering the limit to {limit}.",
)
NOTHING_TO_RECORD = NoticeKind(
    "vote.nothing_to_record", "There is nothing to record: add the options first."
)
ANONYMOUS = "an anonymous voter"


class VoteError(NoticeError):
    """A dot voting act that cannot be done; the message says why and what to do."""


class BallotRefusedError(VoteError):
    """A ballot or a limit over the limits; ``problem`` says by how much, for the screen's
    own wording (with plurals)."""

    def __init__(
        self, kind: NoticeKind, problem: BallotProblem, voter: UUID | None, **values: object
    ) -> None:
        super().__init__(kind, **values)
        self.problem = problem
        self.voter = voter


def vote_item(store: Store, item_id: UUID) -> AgendaItem:
    item = store.require(AgendaItem, item_id)
    if screen_of(store, item) is not MethodScreen.DOT_VOTING:
        raise VoteError(NOT_A_VOTE, item=item.title)
    return item


def _settings(store: Store, item_id: UUID, recorder: Recorder) -> DotVoteSettings:
    """The vote's settings record, stored the first time they are needed."""
    found = store.get(DotVoteSettings, settings_id(item_id))
    if found is None:
        found = store.fresh(default_settings(store, item_id))
        recorder.add(store.insert(found))
    return found


def _name(store: Store, participant_id: UUID | None) -> str:
    person = store.get(Participant, participant_id) if participant_id else None
    return person.name if person else ANONYMOUS


def _add_option(
    store: Store, item_id: UUID, text: str, source_id: UUID | None, recorder: Recorder
) -> UUID:
    words = option_text(text)
    if not words:
        raise VoteError(EMPTY_OPTION)
    view = vote_view(store, item_id)
    if any(o.text.casefold() == words.casefold() for o in view.options):
        raise VoteError(OPTION_TAKEN, option=words)
    settings = _settings(store, item_id, recorder)
    option = DotVoteOption(
        event_id=settings.event_id,
        session_id=settings.session_id,
        item_id=item_id,
        text=words,
        source_id=source_id,
        position=max((o.position for o in view.options), default=0) + 1,
    )
    recorder.add(store.insert(store.fresh(option)))
    return option.id


class NewOption(BaseModel):
    """An option to add: its words, and the captured entry it was taken from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    source_id: UUID | None = None


class AddOption(Command):
    item_id: UUID
    text: str
    source_id: UUID | None = None

    def apply(self, store: Store) -> OpResult:
        vote_item(store, self.item_id)
        recorder = Recorder()
        option_id = _add_option(store, self.item_id, self.text, self.source_id, recorder)
        return recorder.result(option_id)


class AddOptions(Command):
    """Several options at once (picked from the capture, or typed on the command line),
    and themes (``theme_ids``: 1-2-4-All's or a round's, each an option named as the theme,
    its source the theme); value: their ids, the themes' first (as the picker lists them)."""

    item_id: UUID
    options: tuple[NewOption, ...] = ()
    theme_ids: tuple[UUID, ...] = ()

    @model_validator(mode="after")
    def _something(self) -> AddOptions:
        if not self.options and not self.theme_ids:
            raise ValueError("add at least one option or theme")
        return self

    def apply(self, store: Store) -> OpResult:
        item = vote_item(store, self.item_id)
        recorder = Recorder()
        new: list[NewOption] = []
        if self.theme_ids:
            event_id = store.require(Session, item.session_id).event_id
            themes = {theme.id: theme for theme in event_themes(store, event_id)}
            for theme_id in self.theme_ids:
                if theme_id not in themes:  # deleted, merged away, or another event's
                    raise VoteError(NO_SUCH_THEME)
                new.append(NewOption(text=themes[theme_id].name, source_id=theme_id))
        new += self.options
        ids = [_add_option(store, self.item_id, o.text, o.source_id, recorder) for o in new]
        return recorder.result(tuple(ids))


class RenameOption(Command):
    option_id: UUID
    text: str

    def apply(self, store: Store) -> OpResult:
        option = store.require(DotVoteOption, self.option_id)
        words = option_text(self.text)
        if not words:
            raise VoteError(EMPTY_OPTION)
        view = vote_view(store, option.item_id)
        if any(o.text.casefold() == words.casefold() and o.id != option.id for o in view.options):
            raise VoteError(OPTION_TAKEN, option=words)
        recorder = Recorder()
        recorder.add(store.update(DotVoteOption, option.id, text=words))
        return recorder.result(option.id)


class MoveOption(Command):
    """Swap the option with its neighbour ``step`` places away (-1 up, 1 down)."""

    option_id: UUID
    step: int

    def apply(self, store: Store) -> OpResult:
        option = store.require(DotVoteOption, self.option_id)
        options = list(vote_view(store, option.item_id).options)
        index = next(n for n, o in enumerate(options) if o.id == option.id)
        target = index + self.step
        recorder = Recorder()
        if 0 <= target < len(options):
            other = options[target]
            # Positions may be equal (two laptops added at once): number them apart first.
            mine, theirs = float(target), float(index)
            for n, each in enumerate(options):
                if each.id not in (option.id, other.id):
                    recorder.add(store.update(DotVoteOption, each.id, position=float(n)))
            recorder.add(store.update(DotVoteOption, option.id, position=mine))
            recorder.add(store.update(DotVoteOption, other.id, position=theirs))
        return recorder.result(option.id)


class RemoveOption(Command):
    """Remove an option: the dots and hands it had no longer count (undo brings them back)."""

    option_id: UUID

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        recorder.add(store.delete(DotVoteOption, self.option_id))
        return recorder.result(self.option_id)


class SetVoteLimits(Command):
    item_id: UUID
    dots_per_person: int = Field(ge=1, le=100)
    max_per_option: int = Field(ge=1, le=100)

    def apply(self, store: Store) -> OpResult:
        vote_item(store, self.item_id)
        over = ballot_over_limits(
            vote_view(store, self.item_id),
            per_person=self.dots_per_person,
            per_option=self.max_per_option,
        )
        if over is not None:
            voter, problem = over
            raise BallotRefusedError(
                LIMIT_UNDER_BALLOT,
                problem,
                voter,
                name=_name(store, voter),
                given=problem.given,
                limit=problem.limit,
            )
        recorder = Recorder()
        settings = _settings(store, self.item_id, recorder)
        recorder.add(
            store.update(
                DotVoteSettings,
                settings.id,
                dots_per_person=self.dots_per_person,
                max_per_option=self.max_per_option,
            )
        )
        return recorder.result(settings.id)


class _SettingsChange(Command):
    item_id: UUID

    def _set(self, store: Store, **values: object) -> OpResult:
        vote_item(store, self.item_id)
        recorder = Recorder()
        settings = _settings(store, self.item_id, recorder)
        recorder.add(store.update(DotVoteSettings, settings.id, **values))
        return recorder.result(settings.id)


class SetEntryMode(_SettingsChange):
    """Ballots or a show of hands; both keep what was entered when switching."""

    mode: EntryMode

    def apply(self, store: Store) -> OpResult:
        return self._set(store, mode=self.mode)


class Reveal(_SettingsChange):
    """Show the result to the room (or hide it again)."""

    revealed: bool = True

    def apply(self, store: Store) -> OpResult:
        return self._set(store, revealed=self.revealed)


class CountHands(Command):
    """An option's votes from a show of hands."""

    option_id: UUID
    hands: int = Field(ge=0, le=10_000)

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        recorder.add(store.update(DotVoteOption, self.option_id, hands=self.hands))
        return recorder.result(self.option_id)


class CastBallot(Command):
    """One ballot: a roster participant's (replacing the one they had) or an anonymous one;
    value: the ballot's id (None when a participant's empty ballot took theirs away)."""

    item_id: UUID
    participant_id: UUID | None = None
    dots: dict[UUID, int] = Field(default_factory=dict)

    def apply(self, store: Store) -> OpResult:
        item = vote_item(store, self.item_id)
        # Only what this ballot needs (not every ballot): casting stays as fast at the
        # 160th ballot as at the 10th.
        view = VoteView(
            settings=store.get(DotVoteSettings, settings_id(item.id))
            or default_settings(store, item.id),
            options=tuple(store.select(DotVoteOption, {"item_id": item.id}, "position")),
            ballots=tuple(self._earlier(store)),
        )
        name = ANONYMOUS
        if self.participant_id is not None:
            person = store.get(Participant, self.participant_id)
            if person is None or person.event_id != view.settings.event_id:
                raise VoteError(NOT_ON_ROSTER, name=str(self.participant_id))
            name = person.name
        dots = {k: v for k, v in self.dots.items() if v}
        for option_id in dots:
            if view.option(option_id) is None:
                raise VoteError(NOT_AN_OPTION, option=str(option_id))
        self._check(view, dots, name)
        recorder = Recorder()
        _settings(store, item.id, recorder)
        existing = view.ballot_of(self.participant_id)
        if existing is not None and not dots:
            recorder.add(store.delete(DotVoteBallot, existing.id))
            return recorder.result(None)
        if existing is not None:
            recorder.add(store.update(DotVoteBallot, existing.id, dots=dots))
            return recorder.result(existing.id)
        ballot = DotVoteBallot(
            event_id=view.settings.event_id,
            session_id=view.settings.session_id,
            item_id=item.id,
            participant_id=self.participant_id,
            dots=dots,
        )
        recorder.add(store.insert(store.fresh(ballot)))
        return recorder.result(ballot.id)

    def _earlier(self, store: Store) -> list[DotVoteBallot]:
        """The voter's ballots already cast (none for an anonymous one)."""
        if self.participant_id is None:
            return []
        where = {"item_id": self.item_id, "participant_id": self.participant_id}
        return store.select(DotVoteBallot, where, order_by="created_at")[:1]

    def _check(self, view: VoteView, dots: dict[UUID, int], name: str) -> None:
        settings = view.settings
        problem = check_ballot(
            dots, per_person=settings.dots_per_person, per_option=settings.max_per_option
        )
        if problem is None:
            return
        name = name[:1].upper() + name[1:]  # it starts the sentence ("An anonymous voter")
        if problem.excess is Excess.TOO_MANY:
            raise BallotRefusedError(
                TOO_MANY,
                problem,
                self.participant_id,
                name=name,
                limit=problem.limit,
                given=problem.given,
                over=problem.over,
            )
        option = view.option(problem.option_id)
        raise BallotRefusedError(
            TOO_MANY_ON_ONE,
            problem,
            self.participant_id,
            name=name,
            given=problem.given,
            option=option.text if option else "",
            limit=problem.limit,
        )


class RetractBallot(Command):
    ballot_id: UUID

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        recorder.add(store.delete(DotVoteBallot, self.ballot_id))
        return recorder.result(self.ballot_id)


class RecordResult(Command):
    """Put the result in the capture as a ``vote_result`` entry, or bring the one recorded
    before up to date; value: the entry's id. ``phase`` and ``offset_seconds`` say where
    the run was."""

    item_id: UUID
    session_id: UUID | None = None
    """The session running (the item's own when not given)."""
    phase: str = ""
    offset_seconds: int | None = None

    def apply(self, store: Store) -> OpResult:
        item = vote_item(store, self.item_id)
        view = vote_view(store, self.item_id)
        if not view.options:
            raise VoteError(NOTHING_TO_RECORD)
        text = item.guiding_question or item.title
        fields = {
            "counts": [
                VoteCount(option=t.option.text, votes=t.votes).model_dump() for t in view.tallies
            ],
            "voters": view.voters(),
        }
        recorder = Recorder()
        settings = _settings(store, self.item_id, recorder)
        recorded = store.get(Outcome, settings.result_id) if settings.result_id else None
        if recorded is not None:
            result = UpdateOutcome(outcome_id=recorded.id, text=text, fields=fields).apply(store)
            recorder.changes.extend(result.changes)
            return recorder.result(recorded.id)
        made = CaptureOutcome(
            event_id=settings.event_id,
            session_id=self.session_id or settings.session_id,
            item_id=self.item_id,
            item_offset_seconds=self.offset_seconds,
            kind=OutcomeKind.VOTE_RESULT,
            text=text,
            phase=self.phase,
            fields=fields,
        ).apply(store)
        recorder.changes.extend(made.changes)
        recorder.add(store.update(DotVoteSettings, settings.id, result_id=made.value))
        return recorder.result(made.value)
