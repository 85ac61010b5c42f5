"""The sections made of outcomes: the proceedings item by item, the actions table and the
open questions."""

from __future__ import annotations

from functools import partial

from forum_desktop.export.isolation import isolate
from forum_desktop.export.labels import Labels
from forum_desktop.export.minutes_blocks import (
    Block,
    Entry,
    Heading,
    PhotoIndex,
    Picture,
    Table,
    Text,
)
from forum_desktop.export.minutes_data import MinutesData, SessionMinutes
from forum_desktop.export.minutes_entries import outcome_entry, session_line, time_text
from forum_desktop.export.minutes_outcomes import grouped
from forum_desktop.export.minutes_room import chatham_house, room_questions, session_evaluation
from forum_desktop.models import ActionFields, ItemKind, Outcome, OutcomeKind, ReviewState

# --- the proceedings -----------------------------------------------------------------------


def proceedings_section(data: MinutesData, lab: Labels) -> list[Block]:
    loose = data.event_level()
    if not data.sessions and not loose:
        return []
    blocks: list[Block] = [Heading(lab["section_proceedings"], 1)]
    for minutes in data.sessions:
        blocks += _session(data, lab, minutes)
    pictures = [block for block in blocks if isinstance(block, Picture)]
    if loose:
        blocks.append(Heading(lab["event_outcomes"], 2))
        blocks += grouped(data, lab, loose)
    if pictures:
        blocks.append(Heading(lab["photo_list"], 2))
        entries = ((p.caption or lab["photo_without_caption"], p.place) for p in pictures)
        blocks.append(PhotoIndex(tuple(entries)))
    return blocks


def _session(data: MinutesData, lab: Labels, minutes: SessionMinutes) -> list[Block]:
    blocks: list[Block] = [
        Heading(minutes.session.title, 2),
        Text(session_line(minutes, lab), tone="muted"),
        *chatham_house(lab, minutes.session),
    ]
    # A method's phases and sub-items hold nothing of their own (entries go to the item):
    # an empty one is left out rather than printed "nothing recorded".
    methods = {entry.item.id for entry in minutes.schedule.items if entry.item.method.strip()}
    for entry in minutes.schedule.items:
        item = entry.item
        outcomes = minutes.outcomes_of(item.id)
        quiet = item.kind is ItemKind.BREAK or (
            item.parent_id in methods and not entry.has_children
        )
        if quiet and not outcomes and not data.photos_of(item.id, []):
            continue
        blocks.append(Heading(f"{entry.number}. {isolate(item.title)}", 3))
        method = item.method.strip() or (
            lab.kind(item.kind) if item.kind is not ItemKind.OTHER else ""
        )
        blocks.append(Text(" · ".join(filter(None, [time_text(entry, lab), method])), tone="muted"))
        if item.guiding_question.strip():
            blocks.append(Text(item.guiding_question.strip(), label=lab["guiding_question"]))
        speakers = [data.names[person] for person in item.speaker_ids if person in data.names]
        if speakers and data.shows_names_in(minutes.session.id):
            blocks.append(Text(lab.join(speakers), label=lab["role_speakers"]))
        photos = data.photos_of(item.id, outcomes)
        recorded = grouped(data, lab, outcomes, minutes=minutes, item_id=item.id)
        recorded += room_questions(data, lab, item.id)
        if recorded:
            blocks += recorded
        elif not entry.has_children and not photos:
            blocks.append(Text(lab["nothing_recorded"], tone="muted"))
        place = f"{entry.number}. {isolate(item.title)}"
        blocks += [
            Picture(
                partial(data.images.__getitem__, p.image_sha256),
                p.width,
                p.height,
                p.caption.strip(),
                place,
            )
            for p in photos
        ]
    loose = minutes.loose_outcomes()
    if loose:
        blocks.append(Heading(lab["other_outcomes"], 3))
        blocks += grouped(data, lab, loose)
    return blocks + session_evaluation(data, lab, minutes.session.id)


# --- follow-up ---------------------------------------------------------------------------


def actions_section(data: MinutesData, lab: Labels) -> list[Block]:
    actions = sorted(data.of_kind(OutcomeKind.ACTION), key=_due_order)
    blocks: list[Block] = [Heading(lab["actions"], 1)]
    if not actions:
        return [*blocks, Text(lab["no_actions"], tone="muted")]
    names = data.shows_names()
    header = [
        lab["col_action"],
        lab["col_item"],
        *([lab["col_owners"]] if names else []),
        lab["col_due"],
    ]
    where = _places(data)
    rows = []
    for outcome in actions:
        fields = outcome.kind_fields()
        assert isinstance(fields, ActionFields)
        text = outcome.text.strip()
        if outcome.review is not ReviewState.APPROVED:
            text = f"{isolate(text)} {lab['draft_entry']}"
        owners = [lab.join(data.owners(outcome))] if names else []
        due = lab.date(fields.due) if fields.due else ""
        place = where.get(outcome.item_id or outcome.session_id, "")
        rows.append((text, place, *owners, due, lab.action_status(fields.status)))
    weights = (5, 3, *((2.5,) if names else ()), 2.3, 1.6)
    blocks.append(Table((*header, lab["col_status"]), tuple(rows), weights))
    return blocks


def _due_order(outcome: Outcome) -> tuple[bool, str, str]:
    fields = outcome.kind_fields()
    assert isinstance(fields, ActionFields)
    due = fields.due.isoformat() if fields.due else ""
    return (fields.due is None, due, outcome.captured_at.isoformat())


def questions_section(data: MinutesData, lab: Labels) -> list[Block]:
    questions = data.of_kind(OutcomeKind.QUESTION)
    blocks: list[Block] = [Heading(lab["section_questions"], 1)]
    if not questions:
        return [*blocks, Text(lab["no_questions"], tone="muted")]
    where = _places(data)
    for outcome in questions:
        entry = outcome_entry(data, lab, outcome)
        place = where.get(outcome.item_id or outcome.session_id) if outcome.session_id else None
        detail = " · ".join(filter(None, [place, entry.detail]))
        blocks.append(Entry(entry.text, detail))
    return blocks


def _places(data: MinutesData) -> dict[object, str]:
    """ "Session — 2. Item" by item id, and the session's title by session id."""
    places: dict[object, str] = {}
    for minutes in data.sessions:
        title = isolate(minutes.session.title)
        places[minutes.session.id] = title
        for entry in minutes.schedule.items:
            places[entry.item.id] = f"{title} — {entry.number}. {isolate(entry.item.title)}"
    return places
