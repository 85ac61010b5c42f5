"""Method results in their own shapes: round-robin answers by person, fishbowl
contributions by topic with the speaking-time fairness tables, vote results as a chart,
breakout reports per group and 1-2-4-All ideas; ideas and answers grouped into themes
follow them. Peer review is in ``minutes_review``."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from forum_desktop.export.actions import UNKNOWN_OWNER
from forum_desktop.export.labels import Labels
from forum_desktop.export.minutes_blocks import Block, Entry, Heading, Table, Text, VoteChart
from forum_desktop.export.minutes_data import MinutesData, SessionMinutes
from forum_desktop.export.minutes_entries import outcome_entry, said_in
from forum_desktop.methods.fairness import fairness
from forum_desktop.models import (
    Outcome,
    OutcomeKind,
    ReportFields,
    ReviewState,
    VoteCount,
    VoteResultFields,
)


def drafted(text: str, outcome: Outcome, lab: Labels) -> str:
    """``text`` with the language it was said in (when not the document's), marked
    "(draft)" when the outcome is not approved."""
    text = said_in(text, outcome, lab)
    if outcome.review is ReviewState.APPROVED:
        return text
    return f"{text} {lab['draft_entry']}".strip()


# --- round-robin ---------------------------------------------------------------------------


def answers(data: MinutesData, lab: Labels, outcomes: Sequence[Outcome]) -> list[Block]:
    """A table of who answered what, in the round's speaking order when it was kept."""
    item_id = outcomes[0].item_id
    spoken = data.round_orders.get(item_id, []) if item_id is not None else []
    order = {person: n for n, person in enumerate(spoken)}

    def place(outcome: Outcome) -> int:
        speaker: UUID | None = getattr(outcome.kind_fields(), "speaker_id", None)
        return order.get(speaker, len(order)) if speaker is not None else len(order)

    ordered = sorted(outcomes, key=place)  # stable: capture order within the same place
    texts = [drafted(outcome.text.strip(), outcome, lab) for outcome in ordered]
    if not data.shows_names():
        table = Table((lab["col_answer"],), tuple((text,) for text in texts), (1,))
    else:
        rows = tuple(
            (data.speaker(outcome), text) for outcome, text in zip(ordered, texts, strict=True)
        )
        table = Table((lab["col_person"], lab["col_answer"]), rows, (2.5, 7))
    return [table, *themes(data, lab, ordered)]


# --- fishbowl ------------------------------------------------------------------------------


def contributions(data: MinutesData, lab: Labels, outcomes: Sequence[Outcome]) -> list[Block]:
    """Contributions under their topic (in the order topics came up), each with its
    speaker."""
    topics: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        topics.setdefault(outcome.fields.get("topic", "").strip(), []).append(outcome)
    blocks: list[Block] = []
    for topic, said in topics.items():
        if topic or len(topics) > 1:
            blocks.append(Heading(topic or lab["topic_general"], 5))
        blocks += [outcome_entry(data, lab, outcome) for outcome in said]
    return blocks


def counts_speaking_time(data: MinutesData, item_id: UUID, outcomes: Sequence[Outcome]) -> bool:
    """Whether the item ran a fishbowl or a round-robin: the methods whose turns the
    minutes count for fairness."""
    return item_id in data.fishbowls or any(
        outcome.kind == OutcomeKind.CONTRIBUTION for outcome in outcomes
    )


def speaking_time(
    data: MinutesData, lab: Labels, minutes: SessionMinutes, item_id: UUID
) -> list[Block]:
    """Turns and speaking time per person and per organisation, everyone present
    included; per organisation only when the minutes name nobody."""
    turns = minutes.turns.get(item_id, [])
    if not turns:
        return []
    item_run = minutes.item_runs.get(item_id)
    totals = fairness(  # the fishbowl screen's own count, so screen and minutes agree
        turns, data.participants, now=item_run.actual_end if item_run is not None else None
    )

    def share(seconds: float) -> str:
        value = round(100 * seconds / totals.seconds) if totals.seconds else 0
        return lab.get("percent", value=value)

    blocks: list[Block] = [Heading(lab["speaking_time"], 4)]
    counted = (lab["col_turns"], lab["col_speaking_time"], lab["col_share"])
    if data.shows_names_in(minutes.session.id):
        blocks.append(Heading(lab["by_person"], 5))
        rows = tuple(
            (
                (data.names.get(p.participant_id, p.name) if p.participant_id else p.name)
                or UNKNOWN_OWNER,
                p.organisation,
                str(p.turns),
                clock(p.seconds),
                share(p.seconds),
            )
            for p in totals.people
        )
        header = (lab["col_person"], lab["col_organisation"], *counted)
        blocks.append(Table(header, rows, (3, 3, 1.6, 1.6, 1.2)))
    blocks.append(Heading(lab["by_organisation"], 5))
    rows = tuple(
        (
            o.organisation or lab["not_given"],
            str(o.people),
            str(o.turns),
            clock(o.seconds),
            share(o.seconds),
        )
        for o in totals.organisations
    )
    header = (lab["col_organisation"], lab["col_people"], *counted)
    blocks.append(Table(header, rows, (4, 1.4, 1.6, 1.6, 1.2)))
    blocks.append(Text(lab["speaking_time_note"], tone="muted"))
    return blocks


def clock(seconds: float) -> str:
    """ "4:05", "1:02:30": minutes and seconds, hours when there are some."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# --- dot voting ----------------------------------------------------------------------------


def vote_results(data: MinutesData, lab: Labels, outcomes: Sequence[Outcome]) -> list[Block]:
    """Each vote: its question, its chart (a table outside the PDF), who came first —
    tied options as a tie — and how many voted; counted from the vote's records when the
    entry is a dot vote's recorded result."""
    blocks: list[Block] = []
    for outcome in outcomes:
        fields = outcome.kind_fields()
        assert isinstance(fields, VoteResultFields)
        vote = data.votes.get(outcome.id)
        if vote is not None and vote.options:
            counts = [VoteCount(option=t.option.text, votes=t.votes) for t in vote.tallies]
            fields = VoteResultFields(counts=counts, voters=vote.voters())
        if outcome.text.strip():
            blocks.append(Heading(outcome.text.strip(), 5))
        details: list[str] = []
        if fields.counts:
            ranked = sorted(fields.counts, key=lambda count: -count.votes)
            options = tuple((count.option.strip(), count.votes) for count in ranked)
            header = (lab["col_rank"], lab["col_option"], lab["col_votes"])
            blocks.append(VoteChart(options, header))
            details.append(_winners(options, lab))
        if fields.voters:
            details.append(lab.label_value("voters", str(fields.voters)))
        if outcome.review is not ReviewState.APPROVED:
            details.append(lab["draft_entry"])
        if details:
            blocks.append(Text(" · ".join(details), tone="muted"))
    return blocks


def _winners(options: tuple[tuple[str, int], ...], lab: Labels) -> str:
    top = options[0][1]
    first = [option for option, votes in options if votes == top]
    key = "vote_tie" if len(first) > 1 else "vote_top"
    return lab.get(key, options=lab.join(first), votes=top)


# --- breakouts and 1-2-4-All ---------------------------------------------------------------


def reports(data: MinutesData, lab: Labels, outcomes: Sequence[Outcome]) -> list[Block]:
    """Each group's report under the group's name, with its rapporteur and members."""
    blocks: list[Block] = []
    for number, outcome in enumerate(outcomes, 1):
        fields = outcome.kind_fields()
        assert isinstance(fields, ReportFields)
        blocks.append(Heading(fields.group.strip() or lab.get("group_number", number=number), 5))
        details: list[str] = []
        rapporteur = data.speaker(outcome)
        if rapporteur:
            details.append(lab.label_value("rapporteur", rapporteur))
        if fields.member_ids:
            members = (
                lab.join([data.names.get(m, UNKNOWN_OWNER) for m in fields.member_ids])
                if data.shows_names(outcome)
                else str(len(fields.member_ids))
            )
            details.append(lab.label_value("members", members))
        if outcome.review is not ReviewState.APPROVED:
            details.append(lab["draft_entry"])
        if details:
            blocks.append(Text(" · ".join(details), tone="muted"))
        if outcome.text.strip():
            blocks.append(Text(outcome.text.strip()))
    return blocks


def ideas(data: MinutesData, lab: Labels, outcomes: Sequence[Outcome]) -> list[Block]:
    """The ideas as a list, each with the round it came from; then their themes."""
    blocks: list[Block] = []
    for outcome in outcomes:
        entry = outcome_entry(data, lab, outcome)
        blocks.append(Entry(entry.text, " · ".join(filter(None, [outcome.phase, entry.detail]))))
    return blocks + themes(data, lab, outcomes)


def themes(data: MinutesData, lab: Labels, outcomes: Sequence[Outcome]) -> list[Block]:
    """The themes the ideas (or a round's answers) were grouped into, each with those of
    its ideas the minutes include, in the order of ``outcomes``."""
    blocks: list[Block] = []
    item_id = outcomes[0].item_id if outcomes else None
    item_themes = data.idea_themes.get(item_id, ()) if item_id is not None else ()
    shown = [
        (theme, [outcome for outcome in outcomes if outcome.id in theme.idea_ids])
        for theme in item_themes
    ]
    if any(ideas for _, ideas in shown):
        blocks.append(Heading(lab["idea_themes"], 4))  # beside the ideas, as the questions
    for theme, grouped in shown:
        if grouped:
            texts = "; ".join(outcome_entry(data, lab, idea).text for idea in grouped)
            blocks.append(Text(texts, label=theme.name))
    return blocks
