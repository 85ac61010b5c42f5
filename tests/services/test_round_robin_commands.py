"""The round-robin's commands: who speaks now and next, skips that come back, absences,
the order, the answers and the speaker timer following the turn, the answers' themes."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import pytest

from forum_desktop.methods.idea_acts import GroupIdeasIntoTheme, MergeThemes, ideas_view
from forum_desktop.methods.round_robin import RoundView, round_view
from forum_desktop.models import AttendanceStatus, Outcome, OutcomeKind, Participant, SpeakerTurn
from forum_desktop.services.commands import execute
from forum_desktop.services.operations import undo
from forum_desktop.services.participants import AddParticipant, CheckIn, DeleteParticipants
from forum_desktop.services.round_robin import (
    NOBODY_SPEAKING,
    GiveTurn,
    MarkAbsent,
    MoveInOrder,
    NextPerson,
    OrderAsRoster,
    RoundRobinError,
    SetTimeEach,
    Shuffle,
    Skip,
)
from forum_desktop.storage import Store
from tests.services.helpers import T0, build_event

AT = T0


class Round:
    def __init__(self, store: Store, count: int, absent: tuple[int, ...] = ()) -> None:
        built = build_event(store)
        self.store, self.event_id, self.item = store, built.event_id, built.item_ids[3]
        execute(store, DeleteParticipants(participant_ids=built.participant_ids))  # our own roster
        self.people: list[UUID] = []
        for n in range(count):
            person = execute(store, AddParticipant(event_id=built.event_id, name=f"P{n}")).value
            status = AttendanceStatus.ABSENT if n in absent else AttendanceStatus.PRESENT
            execute(store, CheckIn(participant_ids=(person,), status=status))
            self.people.append(person)

    def view(self) -> RoundView:
        return round_view(self.store, self.item, self.event_id)

    def names(self, ids: object) -> list[str]:
        found = {p: f"P{n}" for n, p in enumerate(self.people)}
        return [found[person] for person in ids]  # type: ignore[attr-defined]

    def current(self) -> str | None:
        current = self.view().current
        return None if current is None else self.names([current])[0]


def test_the_roster_sets_the_first_order_and_who_is_absent(store: Store) -> None:
    room = Round(store, 4, absent=(2,))
    view = room.view()
    assert room.names(view.order) == ["P0", "P1", "P2", "P3"]
    assert room.names(view.speakers()) == ["P0", "P1", "P3"]
    assert view.progress() == (0, 3)
    execute(store, MoveInOrder(item_id=room.item, at=AT, participant_id=room.people[3], to=0))
    later = execute(store, AddParticipant(event_id=room.event_id, name="P4")).value
    room.people.append(later)  # someone added to the roster later joins at the end
    assert room.names(room.view().order) == ["P3", "P0", "P1", "P2", "P4"]
    execute(store, NextPerson(item_id=room.item, at=AT))
    assert room.current() == "P3"
    execute(store, DeleteParticipants(participant_ids=[room.people[3]]))
    gone = room.view()  # someone deleted from the roster leaves the round
    assert gone.current is None and room.names(gone.order) == ["P0", "P1", "P2", "P4"]


def test_turns_skips_coming_back_and_progress(store: Store) -> None:
    room = Round(store, 4)
    execute(store, NextPerson(item_id=room.item, at=AT))  # the round starts
    assert room.current() == "P0" and room.view().progress() == (1, 4)
    execute(store, Skip(item_id=room.item, at=AT))  # P0 passes for now
    assert room.names(room.view().skipped) == ["P0"] and room.view().progress() == (1, 4)
    execute(store, NextPerson(item_id=room.item, at=AT))
    execute(store, NextPerson(item_id=room.item, at=AT))  # P1, P2 speak
    assert room.current() == "P3"
    assert room.view().next_speaker() == room.people[0]  # the skipped come back at the end
    assert room.view().progress() == (3, 4)
    execute(store, NextPerson(item_id=room.item, at=AT))
    assert room.current() == "P0" and room.view().skipped == ()
    assert room.view().progress() == (4, 4)
    execute(store, NextPerson(item_id=room.item, at=AT))
    assert room.view().current is None and room.view().finished()


def test_calling_back_and_absences(store: Store) -> None:
    room = Round(store, 5)
    execute(store, NextPerson(item_id=room.item, at=AT))
    execute(store, Skip(item_id=room.item, at=AT))  # P0 skipped, P1 speaks
    assert room.current() == "P1"
    execute(store, GiveTurn(item_id=room.item, at=AT, participant_id=room.people[0]))
    assert room.current() == "P0" and room.names(room.view().done) == ["P1"]
    execute(store, NextPerson(item_id=room.item, at=AT))
    execute(store, MarkAbsent(item_id=room.item, at=AT, participant_id=room.people[2]))
    assert room.current() == "P3" and room.view().progress() == (3, 4)  # P2 had the turn
    execute(
        store, MarkAbsent(item_id=room.item, at=AT, participant_id=room.people[2], absent=False)
    )
    assert room.view().next_speaker() == room.people[2]  # back at their place, not yet heard
    execute(store, MarkAbsent(item_id=room.item, at=AT, participant_id=room.people[2]))
    with pytest.raises(RoundRobinError):  # the absent cannot be called
        execute(store, GiveTurn(item_id=room.item, at=AT, participant_id=room.people[2]))


def test_shuffle_is_repeatable_and_the_roster_order_comes_back(store: Store) -> None:
    room = Round(store, 15)
    first = room.view().order
    execute(store, Shuffle(item_id=room.item, at=AT, seed=7))
    shuffled = room.view().order
    assert shuffled != first and sorted(shuffled) == sorted(first)
    execute(store, OrderAsRoster(item_id=room.item, at=AT))
    assert room.view().order == first
    execute(store, Shuffle(item_id=room.item, at=AT, seed=7))
    assert room.view().order == shuffled
    execute(store, MoveInOrder(item_id=room.item, at=AT, participant_id=shuffled[0], to=99))
    assert room.view().order[-1] == shuffled[0]


def test_next_person_saves_the_answer_and_the_timer_follows_the_turn(store: Store) -> None:
    room = Round(store, 3)
    execute(store, SetTimeEach(item_id=room.item, seconds=90))
    with pytest.raises(RoundRobinError) as refused:
        execute(store, NextPerson(item_id=room.item, at=AT, answer="Trop tôt"))
    assert refused.value.notice.kind is NOBODY_SPEAKING
    assert store.select(Outcome, {"item_id": room.item}, order_by="created_at") == []
    execute(store, NextPerson(item_id=room.item, at=AT, timed=True))
    later = AT + dt.timedelta(seconds=75)
    execute(store, NextPerson(item_id=room.item, at=later, timed=True, answer=" Je coordonne "))
    [answer] = store.select(Outcome, {"item_id": room.item}, order_by="created_at")
    assert answer.kind == OutcomeKind.ANSWER and answer.text == "Je coordonne"
    assert answer.fields["speaker_id"] == str(room.people[0])
    assert answer.mentions == [room.people[0]]
    turns = store.select(SpeakerTurn, {"item_id": room.item}, order_by="started_at")
    assert [(t.participant_id, t.allotted_seconds, t.ended_at) for t in turns] == [
        (room.people[0], 90, later),
        (room.people[1], 90, None),
    ]
    assert store.require(Participant, room.people[1]).name == "P1"


def test_the_round_s_answers_are_grouped_into_themes_as_ideas_are(store: Store) -> None:
    room = Round(store, 3)
    execute(store, NextPerson(item_id=room.item, at=AT))
    for n, text in enumerate(("Des vélos", "Plus de bus", "L'eau")):
        at = AT + dt.timedelta(seconds=10 * (n + 1))
        execute(store, NextPerson(item_id=room.item, at=at, answer=text))
    answers = [o.id for o in store.select(Outcome, {"item_id": room.item}, "captured_at")]
    grouped = execute(
        store, GroupIdeasIntoTheme(item_id=room.item, idea_ids=tuple(answers[:2]), name="Mobilité")
    )
    water = execute(
        store, GroupIdeasIntoTheme(item_id=room.item, idea_ids=(answers[2],), name="Eau")
    ).value
    execute(store, MergeThemes(source_id=water, target_id=grouped.value))
    [theme] = ideas_view(store, room.item).themes
    assert (theme.name, theme.idea_ids) == ("Mobilité", tuple(answers))
    undo(store, grouped)
    view = ideas_view(store, room.item)
    assert [(t.name, t.idea_ids) for t in view.themes] == [("Eau", (answers[2],))]
    assert view.unthemed == tuple(answers[:2])
