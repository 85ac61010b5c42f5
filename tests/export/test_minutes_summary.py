"""The executive summary stays within two pages at any size: counts, key entries, open
actions by owner, the sessions' own summaries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from uuid import UUID

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.export.labels import labels
from forum_desktop.export.minutes_blocks import Entry, Table
from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.export.minutes_summary import summary_section
from forum_desktop.models import OutcomeKind, ReviewState
from forum_desktop.services import agenda, capture
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.participants import AddParticipant
from forum_desktop.storage import Store, open_database
from tests.export.pdf_reading import page_texts

ENTRIES = 400
"""Entries in the large event: enough for the old summary to run to many pages."""


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, UUID]]:
    clock = FakeClock()
    conn = open_database(tmp_path_factory.mktemp("summary") / "forum.sqlite3", clock)
    try:
        store = Store(conn, clock)
        event_id: UUID = execute(store, CreateDemoEvent()).value
        session = agenda.sessions_of(store, event_id)[0]
        people = [
            execute(store, AddParticipant(event_id=event_id, name=f"Personne {n}")).value
            for n in range(30)
        ]
        kinds = ("decision", "action", "insight", "question")
        made = []
        for n in range(ENTRIES):
            kind = kinds[n % len(kinds)]
            fields = {}
            if kind == "action":
                fields = {
                    "owner_ids": [str(people[n % len(people)])],
                    "due": (dt.date(2022, 3, 1) + dt.timedelta(days=n % 40)).isoformat(),
                    "status": "done" if n % 3 == 0 else "open",
                }
            made.append(
                execute(
                    store,
                    capture.CaptureOutcome(
                        event_id=event_id,
                        session_id=session.id,
                        kind=kind,
                        text=f"Entrée {n} : une phrase assez longue pour occuper une ligne entière",
                        key=n in (5, 8, 12),  # an action and two decisions
                        fields=fields,
                    ),
                ).value
            )
        made.append(
            execute(
                store,
                capture.CaptureOutcome(
                    event_id=event_id,
                    session_id=session.id,
                    kind="summary",
                    text="Résumé de la session : la feuille de route est adoptée.",
                    fields={"scope": "session"},
                ),
            ).value
        )
        execute(store, capture.SetReview(outcome_ids=made, state=ReviewState.APPROVED))
        yield store, event_id
    finally:
        conn.close()


def test_the_summary_is_at_most_two_pages_and_says_what_matters(
    large: tuple[Store, UUID],
) -> None:
    store, event_id = large
    data = load_minutes(store, event_id, MinutesOptions(sections=("summary",)))
    pages = page_texts(minutes_pdf(data))
    body = pages[1:]  # after the cover and contents
    assert 1 <= len(body) <= 2
    text = " ".join(body)
    assert "la feuille de route est adoptée" in text  # the session's own summary
    assert "Entrée 8 :" in text and "Entrée 12 :" in text and "Entrée 5 :" in text
    assert "Entrée 4 :" not in text  # a decision not marked key stays in the proceedings
    blocks = summary_section(data, labels("fr"))
    counts = next(b for b in blocks if isinstance(b, Table) and b.header[0] == "Session")
    assert counts.rows[-1][-1] == str(ENTRIES + 1)  # every entry counted, once
    owners = next(b for b in blocks if isinstance(b, Table) and b.header[1] == "En cours")
    assert len(owners.rows) <= 12
    keyed = [b.text.split(" :")[0] for b in blocks if isinstance(b, Entry)]
    assert set(keyed[-3:-1]) == {"Entrée 8", "Entrée 12"}  # decisions first
    assert keyed[-1] == "Entrée 5"


def test_key_is_kept_and_can_be_changed(large: tuple[Store, UUID]) -> None:
    store, event_id = large
    data = load_minutes(store, event_id, MinutesOptions())
    marked = [outcome for outcome in data.outcomes if outcome.key]
    assert len(marked) == 3
    execute(store, capture.UpdateOutcome(outcome_id=marked[0].id, key=False))
    data = load_minutes(store, event_id, MinutesOptions())
    assert len([outcome for outcome in data.outcomes if outcome.key]) == 2
    execute(store, capture.UpdateOutcome(outcome_id=marked[0].id, key=True))


@pytest.fixture(scope="module")
def by_kinds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, tuple[Store, UUID]]]:
    """Events with one entry of each of their first N kinds, in their first session."""
    clock = FakeClock()
    events: dict[int, tuple[Store, UUID]] = {}
    for count in (8, len(OutcomeKind)):
        conn = open_database(tmp_path_factory.mktemp("kinds") / "forum.sqlite3", clock)
        store = Store(conn, clock)
        event_id: UUID = execute(store, CreateDemoEvent()).value
        session = agenda.sessions_of(store, event_id)[0]
        for kind in list(OutcomeKind)[:count]:
            command = capture.CaptureOutcome(
                event_id=event_id, session_id=session.id, kind=kind, text=f"Une entrée {kind}"
            )
            execute(store, command)
        events[count] = (store, event_id)
    yield events
    for store, _ in events.values():
        store.conn.close()


@pytest.mark.parametrize("language", ["fr", "es", "en"])
@pytest.mark.parametrize("kinds", [8, len(OutcomeKind)], ids=["a-column-per-kind", "turned"])
def test_the_counts_tables_header_words_are_never_cut(
    by_kinds: dict[int, tuple[Store, UUID]], language: str, kinds: int
) -> None:
    """reportlab cut a header word wider than its column without a hyphen ("Décisio|ns",
    "Enseig|nemen|ts"): every word of the header is read back whole."""
    store, event_id = by_kinds[kinds]
    options = MinutesOptions(language=language, sections=("summary",))
    data = load_minutes(store, event_id, options)
    lab = labels(language)
    table = next(b for b in summary_section(data, lab) if isinstance(b, Table))
    assert (table.header[0] == lab["col_kind"]) is (kinds == len(OutcomeKind))
    text = " ".join(page_texts(minutes_pdf(data))[1:])
    counts = text.split(lab["summary_counts"])[1].split(lab["open_actions_by_owner"])[0]
    words = {word for label in table.header for word in label.split()}
    assert [word for word in sorted(words) if word not in counts.split()] == []
