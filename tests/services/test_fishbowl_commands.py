"""The fishbowl's commands: the queue, coming in through the open chair, who leaves,
topics, the floor — each one transaction, refused with a reason and nothing changed."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import pytest

from forum_desktop.methods.fishbowl import fishbowl_view
from forum_desktop.models import SpeakerTurn
from forum_desktop.services.commands import execute
from forum_desktop.services.fishbowl import (
    CHAIR_TAKEN,
    EMPTY_CHAIR,
    NO_FREE_CHAIR,
    NO_TOPIC,
    PANEL_TOO_BIG,
    QUEUE_EMPTY,
    SEATED,
    FishbowlError,
    GiveFloor,
    JoinQueue,
    LeaveCircle,
    LeaveQueue,
    MoveInQueue,
    Seat,
    SeatPanel,
    SetChairs,
    SetSpeakerTime,
    SetTopic,
)
from forum_desktop.services.operations import undo
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.run import NextItem, StartRun, StartSpeaker, speaker_turns
from forum_desktop.storage import Store
from tests.services.helpers import T0, build_event
from tests.storage.helpers import snapshot


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


@pytest.fixture
def bowl(store: Store) -> tuple[UUID, list[UUID]]:
    """The method item and four people."""
    built = build_event(store)
    fourth = execute(store, AddParticipant(event_id=built.event_id, name="Awa Diop")).value
    return built.item_ids[3], [*built.participant_ids, fourth]


def join(store: Store, item: UUID, *people: UUID, minute: int = 0) -> None:
    for person in people:
        execute(store, JoinQueue(item_id=item, participant_id=person, at=at(minute)))


def refused(store: Store, command: object) -> str:
    with pytest.raises(FishbowlError) as error:
        execute(store, command)  # type: ignore[arg-type]
    return error.value.notice.kind.code


def test_the_queue_adds_once_reorders_and_removes(
    store: Store, bowl: tuple[UUID, list[UUID]]
) -> None:
    item, (a, b, c, _) = bowl
    join(store, item, a, b, c, a)
    assert fishbowl_view(store, item).queue == (a, b, c)
    execute(store, MoveInQueue(item_id=item, participant_id=c, offset=-5))
    assert fishbowl_view(store, item).queue == (c, a, b)
    execute(store, MoveInQueue(item_id=item, participant_id=c, offset=1))
    assert fishbowl_view(store, item).queue == (a, c, b)
    execute(store, LeaveQueue(item_id=item, participant_id=c, at=at(1)))
    assert fishbowl_view(store, item).queue == (a, b)


def test_with_one_chair_kept_open_the_longest_sitter_leaves(
    store: Store, bowl: tuple[UUID, list[UUID]]
) -> None:
    item, (a, b, c, _) = bowl
    execute(store, SetChairs(item_id=item, chairs=3, keep_open=True))
    execute(store, SetTopic(item_id=item, topic="MOOC", at=at(0)))
    join(store, item, a, b)
    execute(store, Seat(item_id=item, at=at(0)))
    execute(store, Seat(item_id=item, at=at(1)))
    assert fishbowl_view(store, item).seats == (a, b, None)  # the third chair stays open
    execute(store, GiveFloor(item_id=item, chair=0, at=at(2)))
    join(store, item, c, minute=4)
    execute(store, Seat(item_id=item, at=at(5)))  # C takes the open chair: A leaves
    view = fishbowl_view(store, item)
    assert view.seats == (None, b, c)
    assert [(r.participant_id, r.chair, r.started_at, r.ended_at) for r in view.log] == [
        (a, 0, at(0), at(5)),
        (b, 1, at(1), None),
        (c, 2, at(5), None),
    ]
    assert {r.topic for r in view.log} == {"MOOC"}
    # A had the floor: leaving the circle ended the turn at the same instant.
    [turn] = speaker_turns(store, item)
    assert (turn.participant_id, turn.allotted_seconds, turn.ended_at) == (a, 180, at(5))
    assert refused(store, JoinQueue(item_id=item, participant_id=b, at=at(6))) == SEATED.code


def test_the_first_in_the_queue_replaces_a_chosen_sitter(
    store: Store, bowl: tuple[UUID, list[UUID]]
) -> None:
    item, (a, b, c, _) = bowl
    execute(store, SetChairs(item_id=item, chairs=2, keep_open=False))
    join(store, item, a, b, c)
    execute(store, Seat(item_id=item, at=at(0)))
    execute(store, Seat(item_id=item, at=at(0)))
    assert fishbowl_view(store, item).seats == (a, b)
    assert refused(store, Seat(item_id=item, at=at(2))) == NO_FREE_CHAIR.code
    execute(store, Seat(item_id=item, at=at(3), chair=1))
    view = fishbowl_view(store, item)
    assert view.seats == (a, c) and view.queue == ()
    assert [r.ended_at for r in view.log if r.participant_id == b] == [at(3)]
    assert refused(store, Seat(item_id=item, at=at(4))) == QUEUE_EMPTY.code


def test_a_topic_switch_splits_each_stay_in_the_log_but_not_in_the_room(
    store: Store, bowl: tuple[UUID, list[UUID]]
) -> None:
    item, (a, b, c, _) = bowl
    execute(store, SetChairs(item_id=item, chairs=3, keep_open=True))
    execute(store, SetTopic(item_id=item, topic="MOOC", at=at(0)))
    join(store, item, a, b)
    execute(store, Seat(item_id=item, at=at(0)))
    execute(store, Seat(item_id=item, at=at(2)))
    execute(store, SetTopic(item_id=item, topic="Apprentissage entre pairs", at=at(10)))
    view = fishbowl_view(store, item)
    assert view.topics == ("MOOC", "Apprentissage entre pairs")
    assert [(r.participant_id, r.topic, r.started_at, r.ended_at) for r in view.log] == [
        (a, "MOOC", at(0), at(10)),
        (b, "MOOC", at(2), at(10)),
        (a, "Apprentissage entre pairs", at(10), None),
        (b, "Apprentissage entre pairs", at(10), None),
    ]
    join(store, item, c, minute=11)
    execute(store, Seat(item_id=item, at=at(12)))  # A sat first, before the switch: A leaves
    assert fishbowl_view(store, item).seats == (None, b, c)
    assert refused(store, SetTopic(item_id=item, topic="  ", at=at(13))) == NO_TOPIC.code


def test_leaving_fewer_chairs_and_the_floor(store: Store, bowl: tuple[UUID, list[UUID]]) -> None:
    item, people = bowl
    execute(store, SetChairs(item_id=item, chairs=4, keep_open=False))
    execute(store, SetSpeakerTime(item_id=item, seconds=60))
    join(store, item, *people)
    for _ in people:
        execute(store, Seat(item_id=item, at=at(0)))
    before = fishbowl_view(store, item)
    assert refused(store, SetChairs(item_id=item, chairs=3, keep_open=True)) == CHAIR_TAKEN.code
    assert fishbowl_view(store, item) == before  # refused: nothing changed
    execute(store, GiveFloor(item_id=item, chair=3, at=at(1)))
    execute(store, LeaveCircle(item_id=item, chair=3, at=at(4)))
    view = fishbowl_view(store, item)
    assert view.seats == (*people[:3], None)
    assert [r.ended_at for r in view.log if r.participant_id == people[3]] == [at(4)]
    [turn] = store.select(SpeakerTurn, {"item_id": item}, order_by="started_at")
    assert (turn.participant_id, turn.allotted_seconds, turn.ended_at) == (people[3], 60, at(4))
    assert refused(store, LeaveCircle(item_id=item, chair=3, at=at(5))) == EMPTY_CHAIR.code
    assert refused(store, GiveFloor(item_id=item, chair=3, at=at(5))) == EMPTY_CHAIR.code
    execute(store, SetChairs(item_id=item, chairs=3, keep_open=True))
    assert fishbowl_view(store, item).seats == tuple(people[:3])


def test_a_seat_is_one_undo_step(store: Store, bowl: tuple[UUID, list[UUID]]) -> None:
    item, (a, b, _, _) = bowl
    execute(store, SetChairs(item_id=item, chairs=2, keep_open=True))
    join(store, item, a, b)
    execute(store, Seat(item_id=item, at=at(0)))
    before = fishbowl_view(store, item)
    result = execute(store, Seat(item_id=item, at=at(1)))  # B comes in, A leaves
    assert fishbowl_view(store, item).seats == (None, b)
    undo(store, result)
    assert fishbowl_view(store, item) == before


def test_the_method_items_turn_ends_when_the_phase_moves_on_or_another_speaks(
    store: Store,
) -> None:
    built = build_event(store)
    method, phase = built.item_ids[0], built.item_ids[1]  # a method item and its phase
    a = built.participant_ids[0]
    execute(store, StartRun(session_id=built.session_id, at=at(0), item_id=phase))
    join(store, method, a)
    execute(store, Seat(item_id=method, at=at(0)))
    execute(store, GiveFloor(item_id=method, chair=0, at=at(1)))
    [turn] = speaker_turns(store, method)  # on the method's item, not the phase
    assert turn.participant_id == a and turn.ended_at is None
    execute(
        store, StartSpeaker(session_id=built.session_id, item_id=phase, at=at(2), name="Invité")
    )
    assert store.require(SpeakerTurn, turn.id).ended_at == at(2)
    execute(store, GiveFloor(item_id=method, chair=0, at=at(3)))
    execute(store, NextItem(session_id=built.session_id, at=at(4)))
    assert all(t.ended_at is not None for t in speaker_turns(store, method))
    assert [t.participant_id for t in speaker_turns(store, phase)] == [None]


def test_the_opening_panel_sits_down_at_once_and_a_panel_too_big_is_refused(
    store: Store, bowl: tuple[UUID, list[UUID]]
) -> None:
    item, (a, b, c, d) = bowl
    execute(store, SetChairs(item_id=item, chairs=4, keep_open=True))
    join(store, item, b)  # waiting already: sitting down takes them out of the queue
    before = snapshot(store)
    assert refused(store, SeatPanel(item_id=item, participant_ids=[a, b, c, d], at=at(0))) == (
        PANEL_TOO_BIG.code  # four chairs, one kept open: three sit at most
    )
    assert snapshot(store) == before  # nothing changed
    result = execute(store, SeatPanel(item_id=item, participant_ids=[a, b, c], at=at(1)))
    assert result.value == 3
    view = fishbowl_view(store, item)
    assert view.seats == (a, b, c, None) and view.queue == ()
    undo(store, result)  # one step
    assert fishbowl_view(store, item).seats == (None, None, None, None)
    assert fishbowl_view(store, item).queue == (b,)
