"""The executive summary: what a mayor's office reads, at most two pages whatever the size
of the event.

Not every decision and action again (the proceedings and the actions table have them),
but: the sessions' own summaries (key messages), how many entries of each kind each
session produced, the entries marked key (``!!`` when captured), and the open actions
counted by owner with the nearest due date. Each list stops at a bound and says how many
more the proceedings hold.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Final
from uuid import UUID

from forum_desktop.export.labels import Labels
from forum_desktop.export.minutes_blocks import Block, Entry, Heading, Table, Text
from forum_desktop.export.minutes_data import MinutesData
from forum_desktop.export.minutes_entries import outcome_entry
from forum_desktop.models import ActionFields, ActionStatus, OutcomeKind

KEY_MESSAGES: Final = 6
"""Summaries shown at most; each cut at ``SUMMARY_CHARACTERS``."""
SUMMARY_CHARACTERS: Final = 600
KEY_ENTRIES: Final = 12
KIND_COLUMNS: Final = 8
"""Kinds of entry the counts table gives a column each at most (else it is turned)."""
OWNERS: Final = 12
"""Rows of the open-actions table at most (the owners with the most open actions)."""

_OPEN: Final = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def summary_section(data: MinutesData, lab: Labels) -> list[Block]:
    blocks: list[Block] = [Heading(lab["section_summary"], 1)]
    if not data.outcomes:
        return [*blocks, Text(lab["nothing_recorded"], tone="muted")]
    blocks += _key_messages(data, lab)
    blocks += _counts(data, lab)
    blocks += _key_entries(data, lab)
    blocks += _open_actions(data, lab)
    return blocks


def _key_messages(data: MinutesData, lab: Labels) -> list[Block]:
    summaries = data.key_messages()
    if not summaries:
        return []
    blocks: list[Block] = [Heading(lab["key_messages"], 4)]
    for outcome in summaries[:KEY_MESSAGES]:
        entry = outcome_entry(data, lab, outcome)
        text = entry.text
        if len(text) > SUMMARY_CHARACTERS:
            text = text[: SUMMARY_CHARACTERS - 1].rstrip() + "…"
        blocks.append(Entry(text, entry.detail))
    return [*blocks, *_more(len(summaries) - KEY_MESSAGES, lab)]


def _counts(data: MinutesData, lab: Labels) -> list[Block]:
    """Entries of each kind per session (a row for the event's own, and a total): a column
    per kind, or, when there are more kinds than ``KIND_COLUMNS`` and than sessions, a row
    per kind (the table turned), so its header words never need cutting to fit the page."""
    kinds = [kind for kind in OutcomeKind if data.of_kind(kind)]
    groups = [(minutes.session.title, minutes.outcomes) for minutes in data.sessions]
    if event_level := data.event_level():
        groups.append((lab["whole_event"], event_level))
    groups.append((lab["col_total"], data.outcomes))
    counted = [Counter(outcome.kind for outcome in outcomes) for _, outcomes in groups]
    totals = [str(len(outcomes)) for _, outcomes in groups]
    table: Table
    if len(kinds) > KIND_COLUMNS and len(kinds) > len(groups):
        header = (lab["col_kind"], *(title for title, _ in groups))
        rows = [
            (lab.outcomes_heading(kind), *(str(counts[kind]) for counts in counted))
            for kind in kinds
        ]
        rows.append((lab["col_total"], *totals))
        table = Table(header, tuple(rows), (3.0, *(1.5 for _ in groups)))
    else:
        header = (lab["col_session"], *map(lab.outcomes_heading, kinds), lab["col_total"])
        table = Table(
            header,
            tuple(
                (title, *(str(counts[kind]) for kind in kinds), total)
                for (title, _), counts, total in zip(groups, counted, totals, strict=True)
            ),
            (4.0, *(1.0 for _ in kinds), 1.0),
        )
    return [Heading(lab["summary_counts"], 4), table]


def _key_entries(data: MinutesData, lab: Labels) -> list[Block]:
    marked = [outcome for outcome in data.outcomes if outcome.key]
    # Decisions first: that is what the summary is read for.
    marked.sort(key=lambda outcome: outcome.kind != OutcomeKind.DECISION)
    if not marked:
        return []
    blocks: list[Block] = [Heading(lab["key_entries"], 4)]
    blocks += [outcome_entry(data, lab, outcome) for outcome in marked[:KEY_ENTRIES]]
    return [*blocks, *_more(len(marked) - KEY_ENTRIES, lab)]


def _open_actions(data: MinutesData, lab: Labels) -> list[Block]:
    """Open actions counted per owner (an action with two owners counts for both), with
    each owner's nearest due date; only the count when names are not shown."""
    counts: Counter[str] = Counter()
    due: dict[str, dt.date] = {}
    total: set[UUID] = set()
    for outcome in data.of_kind(OutcomeKind.ACTION):
        fields = outcome.kind_fields()
        assert isinstance(fields, ActionFields)
        if fields.status not in _OPEN:
            continue
        total.add(outcome.id)
        for owner in data.owners(outcome) or [lab["no_owner"]]:
            counts[owner] += 1
            if fields.due is not None and (owner not in due or fields.due < due[owner]):
                due[owner] = fields.due
    if not total:
        return []
    heading = Heading(lab["open_actions_by_owner"], 4)
    if not data.shows_names():
        return [heading, Text(lab.label_value("col_open_actions", str(len(total))))]
    ranked = sorted(counts, key=lambda owner: (-counts[owner], due.get(owner, dt.date.max)))
    rows = tuple(
        (owner, str(counts[owner]), lab.date(due[owner]) if owner in due else "")
        for owner in ranked[:OWNERS]
    )
    header = (lab["col_owners"], lab["col_open_actions"], lab["col_next_due"])
    return [heading, Table(header, rows, (4, 1.2, 3)), *_more(len(ranked) - OWNERS, lab)]


def _more(count: int, lab: Labels) -> list[Block]:
    return [Text(lab.get("more_in_proceedings", count=count), tone="muted")] if count > 0 else []
