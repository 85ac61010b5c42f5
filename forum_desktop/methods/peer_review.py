"""Peer review of practices, without Qt: each case's phase timers, and what was captured
on each case (the acts on cases are commands in ``methods.peer_review_acts``).

The method's phases are its item's sub-items, run by the console; a review of several
cases runs them once per case. Which case a phase's running time belongs to follows from
when the room moved to each case (``PeerReviewState.moves``), so every case gets its own
"time used / time left" per phase even though the console's item keeps adding time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from uuid import UUID

from forum_desktop.models import Outcome, OutcomeKind
from forum_desktop.models.outcome import CaseFields, FeedbackFields
from forum_desktop.models.screens import CaseMove, PeerReviewState, ReviewCase
from forum_desktop.timing.snapshot import ItemState, ItemTiming

# --- the cases ------------------------------------------------------------------------


def case_of(state: PeerReviewState, case_id: UUID | None) -> ReviewCase | None:
    return next((case for case in state.cases if case.id == case_id), None)


# --- each case's phase timers ---------------------------------------------------------


@dataclass(frozen=True)
class PhaseTime:
    """One phase of the method as one case lived it."""

    item_id: UUID
    title: str
    allotted_seconds: int
    used_seconds: float
    running: bool
    """The console runs this phase now and the room is on this case."""

    @property
    def left_seconds(self) -> float:
        """Negative when the case's phase ran over."""
        return self.allotted_seconds - self.used_seconds


def case_intervals(
    moves: Sequence[CaseMove], case_id: UUID, now: dt.datetime
) -> list[tuple[dt.datetime, dt.datetime]]:
    """The stretches of time the room was on ``case_id``."""
    ordered = sorted(moves, key=lambda move: move.at)
    ends = [move.at for move in ordered[1:]] + [now]
    return [
        (move.at, end) for move, end in zip(ordered, ends, strict=True) if move.case_id == case_id
    ]


def _overlap(
    start: dt.datetime, end: dt.datetime, intervals: Iterable[tuple[dt.datetime, dt.datetime]]
) -> float:
    return sum(
        max(0.0, (min(end, stop) - max(start, begin)).total_seconds()) for begin, stop in intervals
    )


def phase_times(
    phases: Sequence[ItemTiming], state: PeerReviewState, case_id: UUID, now: dt.datetime
) -> list[PhaseTime]:
    """Each phase's time used by ``case_id``: the phase's running spans while the room was
    on that case."""
    intervals = case_intervals(state.moves, case_id, now)
    found = []
    for timing in phases:
        spans = timing.run.spans if timing.run else []
        used = sum(_overlap(span.start, span.end or now, intervals) for span in spans)
        running = timing.state is ItemState.CURRENT and state.current == case_id
        found.append(
            PhaseTime(
                timing.item_id, timing.entry.item.title, timing.allotted_seconds, used, running
            )
        )
    return found


# --- what was captured on each case ---------------------------------------------------


@dataclass
class CaseCapture:
    """The feedback, response and synthesis captured on one case, oldest first."""

    feedback: list[Outcome] = field(default_factory=list)
    responses: list[Outcome] = field(default_factory=list)
    syntheses: list[Outcome] = field(default_factory=list)

    def ratings(self) -> list[int]:
        found = (FeedbackFields.model_validate(outcome.fields).rating for outcome in self.feedback)
        return [rating for rating in found if rating is not None]

    def average_rating(self) -> float | None:
        ratings = self.ratings()
        return sum(ratings) / len(ratings) if ratings else None


REVIEW_KINDS = (OutcomeKind.FEEDBACK, OutcomeKind.RESPONSE, OutcomeKind.SYNTHESIS)


def captured_by_case(outcomes: Iterable[Outcome]) -> dict[UUID, CaseCapture]:
    """The peer-review outcomes among ``outcomes`` (in their order), by case id."""
    found: dict[UUID, CaseCapture] = {}
    for outcome in outcomes:
        if outcome.kind not in REVIEW_KINDS:
            continue
        fields = outcome.kind_fields()
        if not isinstance(fields, CaseFields) or fields.case_id is None:
            continue
        capture = found.setdefault(fields.case_id, CaseCapture())
        if outcome.kind == OutcomeKind.FEEDBACK:
            capture.feedback.append(outcome)
        elif outcome.kind == OutcomeKind.RESPONSE:
            capture.responses.append(outcome)
        else:
            capture.syntheses.append(outcome)
    return found
