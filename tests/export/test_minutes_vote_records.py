"""The minutes count a dot vote from its records: a ballot that arrived after the result
was recorded (from another laptop) is in the minutes' chart."""

from __future__ import annotations

from forum_desktop.export.labels import labels
from forum_desktop.export.minutes_blocks import VoteChart
from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_sections import section_blocks
from forum_desktop.services.commands import execute
from forum_desktop.services.vote import AddOption, CastBallot, RecordResult
from forum_desktop.storage import Store
from tests.services.helpers import build_event
from tests.services.method_examples import apply_method


def chart(store: Store, event_id: object) -> VoteChart:
    data = load_minutes(store, event_id, MinutesOptions(language="en"))  # type: ignore[arg-type]
    [found] = [b for b in section_blocks(data, labels("en")) if isinstance(b, VoteChart)]
    return found


def test_the_vote_chart_counts_the_ballots_stored_now(store: Store) -> None:
    built = build_event(store)
    item = built.item_ids[3]
    apply_method(store, item_id=item, method_id="dot-voting", language="fr")
    water = execute(store, AddOption(item_id=item, text="Water")).value
    schools = execute(store, AddOption(item_id=item, text="Schools")).value
    fatou, joao, _ = built.participant_ids
    execute(store, CastBallot(item_id=item, participant_id=fatou, dots={water: 3}))
    execute(store, RecordResult(item_id=item))
    assert chart(store, built.event_id).as_table().rows == (
        ("1", "Water", "3"),
        ("2", "Schools", "0"),
    )
    execute(store, CastBallot(item_id=item, participant_id=joao, dots={schools: 3, water: 1}))
    assert chart(store, built.event_id).as_table().rows == (
        ("1", "Water", "4"),
        ("2", "Schools", "3"),
    )
