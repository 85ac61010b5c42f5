"""Entries of every kind, with hostile text, for tests of the capture tab's light rows:
an event with three items and a roster, and a strategy of entries to store in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from uuid import UUID, uuid4

from hypothesis import strategies as st

from forum_desktop.models import KIND_FIELDS, ActionStatus, Language, Outcome, ReviewState
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import AddParticipant
from forum_desktop.storage import Store

HOSTILE = st.sampled_from(
    [
        "<b>&amp;</b> <script>alert(1)</script>",
        "'; DROP TABLE outcome; --",
        "\u202eevil\u202c {} [] null",
        "first line\nsecond line",
        "\x00nul\ttab",
        "x" * 301,
        "  padded name  ",
        "⚠ In conflict: %1 %2",
        "",
    ]
)
TEXT = st.one_of(HOSTILE, st.text(max_size=40))
NAME = st.one_of(st.just(""), st.text(max_size=12), HOSTILE)
ROSTER = ("Núria", "Ama", "O'Brien <x>")


@dataclass(frozen=True)
class Place:
    """The event the entries go to: its items (labels "1 A", "2 B", "3 C") and roster."""

    event_id: UUID
    session_id: UUID
    items: tuple[UUID, ...]
    people: tuple[UUID, ...]


def make_place(store: Store, timezone: str = "UTC") -> Place:
    event_id = execute(store, CreateEvent(title="Atelier", timezone=timezone)).value
    session_id = execute(store, AddSession(event_id=event_id, title="Jour 1")).value
    items = tuple(execute(store, AddItem(session_id=session_id, title=t)).value for t in "ABC")
    people = tuple(execute(store, AddParticipant(event_id=event_id, name=n)).value for n in ROSTER)
    return Place(event_id, session_id, items, people)


@st.composite
def entry_specs(draw: st.DrawFn) -> dict[str, Any]:
    """What one entry holds; ``person`` numbers 0-2 are the roster, 3 someone unknown."""
    kind = draw(st.sampled_from(sorted(KIND_FIELDS)))
    people = st.lists(st.integers(0, 3), max_size=3)
    candidates = {
        "owner_ids": people,
        "owner_names": st.lists(NAME, max_size=2),
        "due": st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
        "status": st.sampled_from(list(ActionStatus)),
        "speaker_id": st.none() | st.integers(0, 3),
        "speaker_name": NAME,
        "topic": NAME,
        "group": NAME,
        "strengths": TEXT,
        "rating": st.none() | st.integers(1, 5),
    }
    model_fields = KIND_FIELDS[kind].model_fields
    fields = {k: draw(v) for k, v in candidates.items() if k in model_fields}
    return {
        "kind": kind,
        "text": draw(TEXT),
        "item": draw(st.none() | st.integers(0, 2)),
        "minute": draw(st.integers(0, 30)),  # equal times: the order falls to creation
        "offset": draw(st.sampled_from([0, 60, -300, 330])),  # minutes east of UTC
        "author": draw(NAME),
        "mentions": draw(people),
        "tags": draw(st.lists(st.text(min_size=1, max_size=8), max_size=3)),
        "anonymous": draw(st.booleans()),
        "review": draw(st.sampled_from(list(ReviewState))),
        "key": draw(st.booleans()),
        "language": draw(st.none() | st.sampled_from(list(Language))),
        "fields": fields,
        "in_conflict": draw(st.booleans()),
    }


ENTRIES = st.lists(entry_specs(), min_size=1, max_size=12)


def store_entries(store: Store, place: Place, specs: list[dict[str, Any]]) -> list[UUID]:
    """Write the entries as captures are written (validated), and each one marked in
    conflict with a version of its text from another laptop, as a merge leaves it."""
    unknown = uuid4()  # someone since removed from the roster

    def person(number: int) -> str:
        return str(place.people[number] if number < len(place.people) else unknown)

    ids = []
    for spec in specs:
        fields = dict(spec["fields"])
        if "owner_ids" in fields:
            fields["owner_ids"] = [person(n) for n in fields["owner_ids"]]
        if fields.get("speaker_id") is not None:
            fields["speaker_id"] = person(fields["speaker_id"])
        zone = dt.timezone(dt.timedelta(minutes=spec["offset"]))
        captured = dt.datetime(2026, 12, 7, 9, spec["minute"], tzinfo=dt.UTC).astimezone(zone)
        outcome = Outcome(
            event_id=place.event_id,
            session_id=place.session_id,
            item_id=None if spec["item"] is None else place.items[spec["item"]],
            kind=spec["kind"],
            text=spec["text"],
            captured_at=captured,
            author=spec["author"],
            mentions=[UUID(person(n)) for n in spec["mentions"]],
            tags=spec["tags"],
            anonymous=spec["anonymous"],
            review=spec["review"],
            fields=fields,
            key=spec["key"],
            language=spec["language"],
        )
        with store.transaction():
            store.insert(store.fresh(outcome))
            if spec["in_conflict"]:
                store.conn.execute(
                    "INSERT INTO sync_conflict (record_type, record_id, field, change_id,"
                    " value, author, hlc, event_id) VALUES ('outcome', ?, 'text', ?, ?,"
                    " 'Bruno', 1, ?)",
                    (
                        str(outcome.id),
                        str(uuid4()),
                        "Other laptop's <i>version</i>",
                        str(place.event_id),
                    ),
                )
        ids.append(outcome.id)
    return ids


def _spec(kind: str, text: str, **values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "kind": kind,
        "text": text,
        "item": 0,
        "minute": 5,
        "offset": 0,
        "author": "Ama",
        "mentions": [],
        "tags": [],
        "anonymous": False,
        "review": ReviewState.DRAFT,
        "key": False,
        "language": None,
        "fields": {},
        "in_conflict": False,
    }
    return {**base, **values}


EVERY_SHAPE = [
    _spec(
        "action",
        "Partager %2 la fiche",
        fields={
            "owner_ids": [0, 3],
            "owner_names": ["  padded name  ", ""],
            "due": dt.date(2027, 3, 15),
            "status": ActionStatus.DONE,
        },
        mentions=[1, 0],
        tags=["mooc", "Été"],
        in_conflict=True,
        key=True,
        language=Language.FR,
    ),
    _spec("answer", "Oui\nmais", fields={"speaker_id": 2, "speaker_name": "Bruno"}, item=1),
    _spec("feedback", "Retour", fields={"speaker_id": 1, "speaker_name": "Zoé", "rating": 4}),
    _spec("decision", "x" * 301, review=ReviewState.APPROVED, anonymous=True, mentions=[1]),
    _spec("action", "Sans rien", item=None, offset=330, author=""),
]
"""One entry of each shape the columns treat apart: every test runs them first."""
