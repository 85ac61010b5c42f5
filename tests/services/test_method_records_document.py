"""A fishbowl's and a round-robin's records travel in the event's JSON document."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from uuid import uuid4

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.methods.fishbowl import fishbowl_view
from forum_desktop.methods.round_robin import round_view
from forum_desktop.services.commands import execute
from forum_desktop.services.document_import import import_document
from forum_desktop.services.documents import (
    DocumentError,
    document_to_json,
    export_document,
    parse_document,
)
from forum_desktop.services.fishbowl import JoinQueue, Seat, SetChairs, SetTopic
from forum_desktop.services.round_robin import NextPerson, SetTimeEach, Skip
from forum_desktop.storage import Store, open_database
from tests.services.helpers import T0, build_event


def test_the_methods_records_travel_and_import_twice_changes_nothing(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    built = build_event(store)
    fishbowl, rounds = built.item_ids[3], built.item_ids[0]
    a, b, c = built.participant_ids
    execute(store, SetChairs(item_id=fishbowl, chairs=3, keep_open=True))
    execute(store, SetTopic(item_id=fishbowl, topic="MOOC", at=T0))
    for n, person in enumerate((a, b, c)):
        execute(store, JoinQueue(item_id=fishbowl, participant_id=person, at=T0))
        execute(store, Seat(item_id=fishbowl, at=T0 + dt.timedelta(minutes=n)))
    # C fills the last free chair: A, in longest, leaves, and queues again.
    execute(store, JoinQueue(item_id=fishbowl, participant_id=a, at=T0 + dt.timedelta(hours=1)))
    execute(store, SetTimeEach(item_id=rounds, seconds=45))
    execute(store, NextPerson(item_id=rounds, at=T0))
    execute(store, Skip(item_id=rounds, at=T0))
    text = document_to_json(export_document(store, built.event_id))

    other = Store(open_database(tmp_path / "other.sqlite3", clock), clock)
    try:
        result = import_document(other, document=parse_document(text.encode()))
        assert fishbowl_view(other, fishbowl) == fishbowl_view(store, fishbowl)
        assert fishbowl_view(other, fishbowl).queue == (a,)
        mine = round_view(store, rounds, built.event_id)
        assert round_view(other, rounds, built.event_id) == mine
        assert mine.skipped == (a,) and mine.seconds_each == 45
        assert result.touches("fishbowl_rotation", "round_turn")
        again = import_document(other, document=parse_document(text.encode()))
        assert again.changes == ()
    finally:
        other.conn.close()

    raw = json.loads(text)
    raw["round_turns"][0]["item_id"] = str(uuid4())
    with pytest.raises(DocumentError, match=r"round_turns\[0\].item_id: no such item"):
        parse_document(json.dumps(raw).encode())
