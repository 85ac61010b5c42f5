"""Peer review in the minutes: per case (its presenter, organisation, city and topic),
each reviewer's strengths, challenges, recommendations, transferable lessons and rating,
then the presenter's response and the case's synthesis."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from forum_desktop.export.actions import UNKNOWN_OWNER
from forum_desktop.export.labels import Labels
from forum_desktop.export.minutes_blocks import Block, Heading, Text
from forum_desktop.export.minutes_data import MinutesData
from forum_desktop.export.minutes_methods import drafted
from forum_desktop.models import CaseFields, FeedbackFields, Outcome, OutcomeKind
from forum_desktop.models.screens import ReviewCase

REVIEW_KINDS = (OutcomeKind.FEEDBACK, OutcomeKind.RESPONSE, OutcomeKind.SYNTHESIS)


def peer_review(data: MinutesData, lab: Labels, outcomes: Sequence[Outcome]) -> list[Block]:
    """The item's feedback, responses and syntheses case by case, in the order the cases
    were presented; those naming no known case last, under a heading of their own."""
    item_id = outcomes[0].item_id
    cases = list(data.review_cases.get(item_id, ())) if item_id is not None else []
    known = {case.id for case in cases}
    by_case: dict[UUID | None, list[Outcome]] = {}
    for outcome in outcomes:
        case_id = _fields(outcome).case_id
        by_case.setdefault(case_id if case_id in known else None, []).append(outcome)
    blocks: list[Block] = []
    for number, case in enumerate(cases, 1):
        if case.id in by_case:
            blocks += _case_heading(data, lab, case, number, by_case[case.id][0])
            blocks += _case(data, lab, by_case[case.id])
    if None in by_case:
        blocks.append(Heading(lab["case_unlinked"], 5))
        blocks += _case(data, lab, by_case[None])
    return blocks


def _fields(outcome: Outcome) -> CaseFields:
    fields = outcome.kind_fields()
    assert isinstance(fields, CaseFields)
    return fields


def _case_heading(
    data: MinutesData, lab: Labels, case: ReviewCase, number: int, said: Outcome
) -> list[Block]:
    topic = case.topic.strip()
    heading = lab.get("case_heading", number=number, topic=topic) if topic else ""
    parts = []
    presenter = _presenter(data, case, said)
    if presenter:
        parts.append(lab.get("presented_by", name=presenter))
    parts += [part for part in (case.organisation.strip(), case.city.strip()) if part]
    blocks: list[Block] = [Heading(heading or lab.get("case_number", number=number), 5)]
    if parts:
        blocks.append(Text(" · ".join(parts), tone="muted"))
    return blocks


def _presenter(data: MinutesData, case: ReviewCase, said: Outcome) -> str:
    """The case's presenter by name, unless what was said about the case names nobody."""
    if not data.shows_names(said):
        return ""
    if case.presenter_id is not None:
        return data.names.get(case.presenter_id, case.presenter_name.strip() or UNKNOWN_OWNER)
    return case.presenter_name.strip()


def _case(data: MinutesData, lab: Labels, outcomes: list[Outcome]) -> list[Block]:
    blocks: list[Block] = []
    reviewers = 0
    for kind in REVIEW_KINDS:
        for outcome in (outcome for outcome in outcomes if outcome.kind == kind):
            if kind == OutcomeKind.FEEDBACK:
                reviewers += 1
                blocks += _feedback(data, lab, outcome, reviewers)
                continue
            label = lab["presenter_response" if kind == OutcomeKind.RESPONSE else "case_synthesis"]
            speaker = data.speaker(outcome)
            text = drafted(outcome.text.strip(), outcome, lab)
            blocks.append(Text(f"{text} ({speaker})" if speaker else text, label=label))
    return blocks


def _feedback(data: MinutesData, lab: Labels, outcome: Outcome, number: int) -> list[Block]:
    fields = outcome.kind_fields()
    assert isinstance(fields, FeedbackFields)
    speaker = data.speaker(outcome)
    title = (
        lab.get("feedback_by", name=speaker)
        if speaker
        else lab.get("reviewer_number", number=number)
    )
    blocks: list[Block] = [Text(drafted(title, outcome, lab), tone="emphasis")]
    for key, value in (
        ("strengths", fields.strengths),
        ("challenges", fields.challenges),
        ("recommendations", fields.recommendations),
        ("transferable", fields.transferable),
        ("comment", outcome.text),
    ):
        if value.strip():
            blocks.append(Text(value.strip(), label=lab[key]))
    if fields.rating is not None:
        blocks.append(Text(lab.get("rating_value", rating=fields.rating), label=lab["rating"]))
    return blocks
