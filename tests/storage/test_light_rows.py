"""The capture tab's light rows say exactly what the stored ``Outcome`` records say."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings

from forum_desktop.clock import FakeClock
from forum_desktop.models import ActionFields, Outcome, QuoteFields
from forum_desktop.storage import Store, open_database
from forum_desktop.storage.light_rows import EntryRow, light_rows, light_rows_by_id

from .entry_examples import ENTRIES, EVERY_SHAPE, make_place, store_entries


def expected(outcome: Outcome) -> EntryRow:
    """The light row of an entry, from its full record and its kind's own fields model."""
    fields = outcome.kind_fields()
    action = fields if isinstance(fields, ActionFields) else None
    quote = fields if isinstance(fields, QuoteFields) else None
    return EntryRow(
        key=str(outcome.id),
        item_id=outcome.item_id,
        kind=outcome.kind,
        text=outcome.text,
        captured_at=outcome.captured_at,
        author=outcome.author,
        anonymous=outcome.anonymous,
        review=outcome.review,
        tags=tuple(outcome.tags),
        mentions=tuple(outcome.mentions),
        owner_ids=tuple(action.owner_ids) if action else (),
        owner_names=tuple(action.owner_names) if action else (),
        speaker_id=quote.speaker_id if quote else None,
        speaker_name=quote.speaker_name if quote else "",
        due=action.due if action else None,
        status=action.status if action else None,
        language=outcome.language.value if outcome.language else None,
    )


@settings(max_examples=40, deadline=None)  # CI runs the same 40 examples
@given(specs=ENTRIES)
@example(specs=EVERY_SHAPE)
def test_light_rows_are_the_records_in_capture_order(
    tmp_path_factory: pytest.TempPathFactory, specs: list[dict[str, Any]]
) -> None:
    clock = FakeClock()
    conn = open_database(tmp_path_factory.mktemp("db") / "t.sqlite3", clock)
    try:
        store = Store(conn, clock)
        place = make_place(store)
        other = make_place(store)  # another event's entries stay out
        store_entries(store, other, specs[:1])
        ids = store_entries(store, place, specs)
        records = store.select(Outcome, {"event_id": place.event_id}, order_by="captured_at")
        rows = light_rows(store, place.event_id)
        assert rows == [expected(o) for o in records]
        # The same instant and the same offset as stored: the tab shows the room's clock.
        assert [r.captured_at.utcoffset() for r in rows] == [
            o.captured_at.utcoffset() for o in records
        ]
        again = light_rows_by_id(store, place.event_id, [ids[-1], *ids[:1]])
        assert sorted(again) == sorted(r for r in rows if r.id in {ids[-1], ids[0]})
        assert light_rows_by_id(store, other.event_id, ids) == []
    finally:
        conn.close()
