"""A change file mixing good lines with anything at all: the good changes come through,
each bad line is reported once by its number, and reading never raises."""

from __future__ import annotations

from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.clock import FakeClock
from forum_desktop.models import Change
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.storage import Store, open_database
from forum_desktop.sync.changefile import encode_change, parse_changes
from tests.hostile.corpus import payloads
from tests.sync.laptops import START

HOSTILE = [data.replace(b"\n", b" ") for _, data in payloads() if data.strip()]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[UUID, list[Change]]:
    clock = FakeClock(START)
    conn = open_database(tmp_path_factory.mktemp("lines") / "laptop.sqlite3", clock)
    store = Store(conn, clock)
    event_id: UUID = execute(store, CreateEvent(title="Atelier")).value
    for text in ("Un", "Deux", "Trois"):
        execute(store, CaptureOutcome(event_id=event_id, text=text))
    changes = store.event_changes(event_id)
    conn.close()
    return event_id, changes


# CI runs 60 examples (a few seconds: some payloads are megabytes long).
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_good_lines_come_through_whatever_surrounds_them(
    written: tuple[UUID, list[Change]], data: st.DataObject
) -> None:
    event_id, changes = written
    lines: list[tuple[bytes, Change | None]] = [(encode_change(c), c) for c in changes]
    for _ in range(data.draw(st.integers(0, 6), label="bad lines")):
        bad = data.draw(st.sampled_from(HOSTILE) | st.binary(max_size=200), label="bad")
        bad = bad.replace(b"\n", b" ")
        at = data.draw(st.integers(0, len(lines)), label="at")
        lines.insert(at, (bad + b"\n", None))

    parsed = parse_changes(b"".join(line for line, _ in lines), event_id, "dev/1.jsonl")

    assert parsed.changes == changes
    bad_numbers = [n for n, (line, c) in enumerate(lines, start=1) if c is None and line.strip()]
    assert [p.split(":")[0] for p in parsed.problems] == [
        f"dev/1.jsonl, line {n}" for n in bad_numbers
    ]
    assert not parsed.incomplete
