"""What was recorded at an agenda item, grouped by kind: summaries first as text, then a
heading per kind with its outcomes as entries — or, for what the method screens capture,
in the method's own shape (``minutes_methods``, ``minutes_review``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final
from uuid import UUID

from forum_desktop.export.labels import Labels
from forum_desktop.export.minutes_blocks import Block, Heading, Text
from forum_desktop.export.minutes_data import MinutesData, SessionMinutes
from forum_desktop.export.minutes_entries import outcome_entry, said_in
from forum_desktop.export.minutes_methods import (
    answers,
    contributions,
    counts_speaking_time,
    ideas,
    reports,
    speaking_time,
    vote_results,
)
from forum_desktop.export.minutes_review import REVIEW_KINDS, peer_review
from forum_desktop.models import Outcome, OutcomeKind

KIND_ORDER: Final = (
    OutcomeKind.DECISION,
    OutcomeKind.ACTION,
    OutcomeKind.RECOMMENDATION,
    OutcomeKind.INSIGHT,
    OutcomeKind.RISK,
    OutcomeKind.QUESTION,
    OutcomeKind.QUOTE,
    OutcomeKind.ANSWER,
    OutcomeKind.CONTRIBUTION,
    OutcomeKind.FEEDBACK,
    OutcomeKind.VOTE_RESULT,
    OutcomeKind.REPORT,
    OutcomeKind.IDEA,
    OutcomeKind.NOTE,
)
"""The order of the groups under an agenda item; summaries print first, as text. Peer
review's responses and syntheses print with the feedback, case by case."""

Shape = Callable[[MinutesData, Labels, Sequence[Outcome]], list[Block]]

SHAPES: Final[dict[str, Shape]] = {
    OutcomeKind.ANSWER: answers,
    OutcomeKind.CONTRIBUTION: contributions,
    OutcomeKind.FEEDBACK: peer_review,
    OutcomeKind.VOTE_RESULT: vote_results,
    OutcomeKind.REPORT: reports,
    OutcomeKind.IDEA: ideas,
}
"""The kinds that print in a shape of their own, not as a list of entries."""


def grouped(
    data: MinutesData,
    lab: Labels,
    outcomes: Sequence[Outcome],
    *,
    minutes: SessionMinutes | None = None,
    item_id: UUID | None = None,
) -> list[Block]:
    """The outcomes by kind; for an agenda item (``minutes`` and ``item_id``) run as a
    fishbowl or a round-robin, its speaking-time fairness after the contributions."""
    blocks: list[Block] = [
        Text(said_in(outcome.text.strip(), outcome, lab), label=lab["summary"])
        for outcome in outcomes
        if outcome.kind == OutcomeKind.SUMMARY
    ]
    speaking: list[Block] = []
    timed = item_id is not None and counts_speaking_time(data, item_id, outcomes)
    if minutes is not None and item_id is not None and timed:
        speaking = speaking_time(data, lab, minutes, item_id)
    for kind in KIND_ORDER:
        kinds = REVIEW_KINDS if kind == OutcomeKind.FEEDBACK else (kind,)
        of_kind = [outcome for outcome in outcomes if outcome.kind in kinds]
        if not of_kind:
            continue
        blocks.append(Heading(lab.outcomes_heading(kind), 4))
        shape = SHAPES.get(kind)
        if shape is None:
            blocks += [outcome_entry(data, lab, outcome) for outcome in of_kind]
        else:
            blocks += shape(data, lab, of_kind)
        if kind == OutcomeKind.CONTRIBUTION:
            blocks += speaking
            speaking = []
    return blocks + speaking
