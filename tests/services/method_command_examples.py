"""Examples of the method screens' typed commands (fishbowl, round-robin, dot voting,
breakouts, 1-2-4-All's ideas and themes, peer review) for the undo/redo test.

Each prepares a room in the middle of its method — people seated and queued, a round
under way with the floor given, ballots cast, groups made, ideas in themes, cases with
feedback — so the command does its real work, several records at once where it can.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from forum_desktop.methods.breakout_acts import (
    CaptureReport,
    ChooseRapporteur,
    EndReportBack,
    MakeGroups,
    MoveInReportOrder,
    MoveToGroup,
    RenameGroup,
    ReportNext,
    SetReportTime,
    breakouts_view,
)
from forum_desktop.methods.idea_acts import (
    AddIdea,
    EditIdea,
    GroupIdeasIntoTheme,
    MergeThemes,
    RemoveIdea,
    RenameTheme,
)
from forum_desktop.methods.peer_review_acts import (
    AddCase,
    DeleteFeedback,
    EditCase,
    MoveToCase,
    RemoveCase,
    SaveCaseText,
    SaveFeedback,
)
from forum_desktop.models import AttendanceStatus, OutcomeKind
from forum_desktop.models.vote import EntryMode
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.fishbowl import (
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
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.services.round_robin import (
    GiveTurn,
    MarkAbsent,
    MoveInOrder,
    NextPerson,
    OrderAsRoster,
    RecordAnswer,
    SetTimeEach,
    Shuffle,
    Skip,
)
from forum_desktop.services.vote import (
    AddOption,
    AddOptions,
    CastBallot,
    CountHands,
    MoveOption,
    NewOption,
    RecordResult,
    RemoveOption,
    RenameOption,
    RetractBallot,
    Reveal,
    SetEntryMode,
    SetVoteLimits,
)
from forum_desktop.storage import Store
from tests.services.helpers import T0, build_event
from tests.services.method_examples import apply_method

CommandExample = Callable[[Store], Command]


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


@dataclass(frozen=True)
class Room:
    """A method item, another item of its session, and the people of its event (four,
    everyone present)."""

    event_id: UUID
    item_id: UUID
    other_item_id: UUID
    people: list[UUID]


def _room(store: Store) -> Room:
    built = build_event(store)
    fourth = execute(store, AddParticipant(event_id=built.event_id, name="Awa Diop")).value
    people = [*built.participant_ids, fourth]
    execute(store, CheckIn(participant_ids=tuple(people), status=AttendanceStatus.PRESENT))
    return Room(built.event_id, built.item_ids[3], built.item_ids[0], people)


# --- fishbowl -------------------------------------------------------------------------------


def _bowl(store: Store) -> Room:
    """Three chairs, one kept open, on "MOOC": A and B sit, A has the floor, C waits."""
    room = _room(store)
    a, b, c, _ = room.people
    item = room.item_id
    execute(store, SetChairs(item_id=item, chairs=3, keep_open=True))
    execute(store, SetTopic(item_id=item, topic="MOOC", at=at(0)))
    for person in (a, b):
        execute(store, JoinQueue(item_id=item, participant_id=person, at=at(0)))
        execute(store, Seat(item_id=item, at=at(1)))
    execute(store, GiveFloor(item_id=item, chair=0, at=at(2)))
    execute(store, JoinQueue(item_id=item, participant_id=c, at=at(3)))
    return room


def _queue(store: Store) -> Room:
    """Nobody sits; A, B and C wait in that order."""
    room = _room(store)
    for person in room.people[:3]:
        execute(store, JoinQueue(item_id=room.item_id, participant_id=person, at=at(0)))
    return room


def example_join_queue(store: Store) -> Command:
    room = _bowl(store)
    return JoinQueue(item_id=room.item_id, participant_id=room.people[3], at=at(4))


def example_leave_queue(store: Store) -> Command:
    room = _queue(store)
    return LeaveQueue(item_id=room.item_id, participant_id=room.people[1], at=at(2))


def example_move_in_queue(store: Store) -> Command:
    room = _queue(store)
    return MoveInQueue(item_id=room.item_id, participant_id=room.people[2], offset=-2)


def example_seat(store: Store) -> Command:
    """C takes the open chair: A, the longest sitter, leaves and their turn ends."""
    return Seat(item_id=_bowl(store).item_id, at=at(5))


def example_seat_panel(store: Store) -> Command:
    """Three of four chairs filled at once, one of them from the queue."""
    room = _room(store)
    a, b, c, _ = room.people
    execute(store, SetChairs(item_id=room.item_id, chairs=4, keep_open=True))
    execute(store, JoinQueue(item_id=room.item_id, participant_id=b, at=at(0)))
    return SeatPanel(item_id=room.item_id, participant_ids=[a, b, c], at=at(1))


def example_leave_circle(store: Store) -> Command:
    """A, who has the floor, goes back to the outer circle."""
    return LeaveCircle(item_id=_bowl(store).item_id, chair=0, at=at(4))


def example_give_floor(store: Store) -> Command:
    """B speaks: A's turn ends."""
    return GiveFloor(item_id=_bowl(store).item_id, chair=1, at=at(4))


def example_set_topic(store: Store) -> Command:
    """A new topic: each sitter's stay is split into a piece on it."""
    return SetTopic(item_id=_bowl(store).item_id, topic="Apprentissage entre pairs", at=at(6))


def example_set_chairs(store: Store) -> Command:
    return SetChairs(item_id=_bowl(store).item_id, chairs=5, keep_open=False)


def example_set_speaker_time(store: Store) -> Command:
    """The circle's settings are not stored yet: the first one makes them."""
    return SetSpeakerTime(item_id=_queue(store).item_id, seconds=90)


# --- round-robin ------------------------------------------------------------------------------


def _round(store: Store) -> Room:
    """The round under way, timed: P0 spoke, P1 was skipped, P2 has the floor."""
    room = _room(store)
    item = room.item_id
    execute(store, SetTimeEach(item_id=item, seconds=90))
    execute(store, NextPerson(item_id=item, at=at(0), timed=True))
    execute(store, NextPerson(item_id=item, at=at(2), timed=True, answer="Des pairs"))
    execute(store, Skip(item_id=item, at=at(3), timed=True))
    return room


def example_record_answer(store: Store) -> Command:
    room = _round(store)
    return RecordAnswer(item_id=room.item_id, participant_id=room.people[1], text="Le mentorat")


def example_next_person(store: Store) -> Command:
    """P2's answer saved, their turn done, P3 gets the turn and the floor."""
    return NextPerson(item_id=_round(store).item_id, at=at(5), timed=True, answer="Un MOOC")


def example_skip(store: Store) -> Command:
    return Skip(item_id=_round(store).item_id, at=at(5), timed=True)


def example_give_turn(store: Store) -> Command:
    """P1, skipped, is called back."""
    room = _round(store)
    return GiveTurn(item_id=room.item_id, at=at(5), timed=True, participant_id=room.people[1])


def example_mark_absent(store: Store) -> Command:
    """P2 had the turn: it goes to P3."""
    room = _round(store)
    return MarkAbsent(item_id=room.item_id, at=at(5), timed=True, participant_id=room.people[2])


def example_shuffle(store: Store) -> Command:
    """Nobody has a turn record yet: shuffling makes them all."""
    return Shuffle(item_id=_room(store).item_id, at=at(0), seed=7)


def example_order_as_roster(store: Store) -> Command:
    room = _room(store)
    execute(store, Shuffle(item_id=room.item_id, at=at(0), seed=7))
    return OrderAsRoster(item_id=room.item_id, at=at(1))


def example_move_in_order(store: Store) -> Command:
    room = _round(store)
    return MoveInOrder(item_id=room.item_id, at=at(5), participant_id=room.people[3], to=0)


def example_set_time_each(store: Store) -> Command:
    return SetTimeEach(item_id=_round(store).item_id, seconds=150)


# --- dot voting -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vote:
    room: Room
    options: list[UUID]
    ballots: list[UUID]


def _vote_item(store: Store) -> Room:
    room = _room(store)
    apply_method(store, item_id=room.item_id, method_id="dot-voting", language="fr")
    return room


def _vote(store: Store) -> Vote:
    """Three options; Fatou's ballot and an anonymous one cast, two hands counted."""
    room = _vote_item(store)
    texts = ("Eau", "Écoles", "Santé")
    command = AddOptions(item_id=room.item_id, options=tuple(NewOption(text=t) for t in texts))
    water, schools, health = execute(store, command).value
    ballots = [
        execute(store, CastBallot(item_id=room.item_id, **cast)).value
        for cast in (
            {"participant_id": room.people[0], "dots": {water: 2, health: 1}},
            {"dots": {schools: 1, health: 2}},
        )
    ]
    execute(store, CountHands(option_id=schools, hands=4))
    return Vote(room, [water, schools, health], ballots)


def example_add_option(store: Store) -> Command:
    """The first option also stores the vote's settings."""
    return AddOption(item_id=_vote_item(store).item_id, text="  Transports  ")


def example_add_options(store: Store) -> Command:
    """Two of the event's themes (from another item's ideas) and a typed option."""
    vote = _vote(store)
    ideas_item = vote.room.other_item_id
    ideas = harvest_ideas(store, ideas_item)
    themes = [
        execute(store, GroupIdeasIntoTheme(item_id=ideas_item, idea_ids=(idea,), name=name)).value
        for idea, name in zip(ideas, ("Mobilité", "Énergie"), strict=False)
    ]
    options = (NewOption(text="Logement"),)
    return AddOptions(item_id=vote.room.item_id, options=options, theme_ids=tuple(themes))


def example_rename_option(store: Store) -> Command:
    return RenameOption(option_id=_vote(store).options[1], text="Écoles rurales")


def example_move_option(store: Store) -> Command:
    """The last option up: every option is numbered apart."""
    return MoveOption(option_id=_vote(store).options[2], step=-1)


def example_remove_option(store: Store) -> Command:
    """An option with dots on both ballots."""
    return RemoveOption(option_id=_vote(store).options[2])


def example_set_vote_limits(store: Store) -> Command:
    return SetVoteLimits(item_id=_vote(store).room.item_id, dots_per_person=3, max_per_option=2)


def example_set_entry_mode(store: Store) -> Command:
    return SetEntryMode(item_id=_vote(store).room.item_id, mode=EntryMode.TOTALS)


def example_reveal(store: Store) -> Command:
    return Reveal(item_id=_vote(store).room.item_id)


def example_count_hands(store: Store) -> Command:
    return CountHands(option_id=_vote(store).options[0], hands=7)


def example_cast_ballot(store: Store) -> Command:
    """Fatou casts again: her ballot is replaced."""
    vote = _vote(store)
    water, schools, _ = vote.options
    dots = {water: 1, schools: 3}
    return CastBallot(item_id=vote.room.item_id, participant_id=vote.room.people[0], dots=dots)


def example_retract_ballot(store: Store) -> Command:
    return RetractBallot(ballot_id=_vote(store).ballots[1])


def example_record_result(store: Store) -> Command:
    """The first recording: a ``vote_result`` entry, its id kept in the settings."""
    return RecordResult(item_id=_vote(store).room.item_id, phase="Vote", offset_seconds=600)


# --- breakouts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Groups:
    room: Room
    ids: list[UUID]


def _groups(store: Store) -> Groups:
    """Two groups of two, A's rapporteur chosen, reported back in order: A reporting."""
    room = _room(store)
    command = MakeGroups(item_id=room.item_id, count=2, seed=3, names=("Groupe A", "Groupe B"))
    ids = execute(store, command).value
    first = breakouts_view(store, room.item_id).group(ids[0])
    assert first is not None
    execute(store, ChooseRapporteur(group_id=ids[0], participant_id=first.member_ids[0]))
    execute(store, SetReportTime(group_id=ids[0], seconds=300))
    execute(store, ReportNext(item_id=room.item_id))
    return Groups(room, ids)


def example_make_groups(store: Store) -> Command:
    """Groups made again: a new making, the report time of the groups before kept."""
    groups = _groups(store)
    return MakeGroups(
        item_id=groups.room.item_id, count=3, seed=5, names=("Nord", "Sud", "Est", "Ouest")
    )


def example_move_to_group(store: Store) -> Command:
    """One person from each group into the second: one of them is already there."""
    groups = _groups(store)
    view = breakouts_view(store, groups.room.item_id)
    people = tuple(group.member_ids[-1] for group in view.groups)
    return MoveToGroup(item_id=groups.room.item_id, person_ids=people, group_id=groups.ids[1])


def example_rename_group(store: Store) -> Command:
    return RenameGroup(group_id=_groups(store).ids[1], name="  Les   explorateurs ")


def example_choose_rapporteur(store: Store) -> Command:
    groups = _groups(store)
    second = breakouts_view(store, groups.room.item_id).group(groups.ids[1])
    assert second is not None
    return ChooseRapporteur(group_id=second.id, participant_id=second.member_ids[-1])


def example_set_report_time(store: Store) -> Command:
    return SetReportTime(group_id=_groups(store).ids[1], seconds=240)


def example_move_in_report_order(store: Store) -> Command:
    return MoveInReportOrder(group_id=_groups(store).ids[1], step=-1)


def example_report_next(store: Store) -> Command:
    """A has reported; B reports now."""
    return ReportNext(item_id=_groups(store).room.item_id)


def example_end_report_back(store: Store) -> Command:
    return EndReportBack(item_id=_groups(store).room.item_id)


def example_capture_report(store: Store) -> Command:
    groups = _groups(store)
    return CaptureReport(
        group_id=groups.ids[0], text="Trois pistes pour le tutorat", item_offset_seconds=1200
    )


# --- 1-2-4-All's ideas and themes ---------------------------------------------------------------


def harvest_ideas(store: Store, item_id: UUID) -> list[UUID]:
    """Four ideas harvested in the "All" round; their ids."""
    texts = ("Vélos en libre-service", "Panneaux solaires", "Covoiturage", "Biogaz")
    return [execute(store, AddIdea(item_id=item_id, text=t, phase="Tous")).value for t in texts]


@dataclass(frozen=True)
class Harvest:
    item_id: UUID
    ideas: list[UUID]
    themes: list[UUID]


def _harvest(store: Store) -> Harvest:
    """Four ideas: two in "Mobilité", one in "Énergie", one not grouped yet."""
    item = _room(store).item_id
    ideas = harvest_ideas(store, item)
    themes = [
        execute(store, GroupIdeasIntoTheme(item_id=item, idea_ids=group, name=name)).value
        for group, name in (((ideas[0], ideas[2]), "Mobilité"), ((ideas[1],), "Énergie"))
    ]
    return Harvest(item, ideas, themes)


def example_add_idea(store: Store) -> Command:
    item = _harvest(store).item_id
    return AddIdea(item_id=item, text="  Compostage  ", phase="Par deux", item_offset_seconds=90)


def example_edit_idea(store: Store) -> Command:
    return EditIdea(idea_id=_harvest(store).ideas[0], text="Vélos partagés")


def example_remove_idea(store: Store) -> Command:
    """An idea in a theme."""
    return RemoveIdea(idea_id=_harvest(store).ideas[2])


def example_group_ideas_into_theme(store: Store) -> Command:
    """A new theme for an idea not grouped yet and one taken from another theme."""
    harvest = _harvest(store)
    ideas = (harvest.ideas[3], harvest.ideas[1])
    return GroupIdeasIntoTheme(item_id=harvest.item_id, idea_ids=ideas, name="Déchets")


def example_rename_theme(store: Store) -> Command:
    return RenameTheme(theme_id=_harvest(store).themes[1], name=" Énergie  propre ")


def example_merge_themes(store: Store) -> Command:
    """Both themes hold ideas."""
    harvest = _harvest(store)
    return MergeThemes(source_id=harvest.themes[1], target_id=harvest.themes[0])


# --- peer review ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    room: Room
    cases: list[UUID]
    feedback: UUID


def _review(store: Store) -> Review:
    """Two cases, the first on, with a reviewer's feedback and the presenter's response."""
    room = _room(store)
    item = room.item_id
    cases = [
        execute(store, AddCase(item_id=item, presenter_id=room.people[1], **case)).value
        for case in (
            {"presenter_name": "João Pereira", "city": "Maputo", "topic": "Tutorat"},
            {"presenter_name": "Lucía Gómez", "organisation": "Ayuntamiento"},
        )
    ]
    feedback = execute(
        store,
        SaveFeedback(
            case_id=cases[0],
            reviewer_id=room.people[0],
            reviewer_name="Fatou Ndiaye",
            strengths="Clair",
            recommendations="Mesurer",
            rating=4,
            summary="Clair; mesurer",
        ),
    ).value
    response = SaveCaseText(
        case_id=cases[0], kind=OutcomeKind.RESPONSE, text="Merci", speaker_name="João"
    )
    execute(store, response)
    return Review(room, cases, feedback)


def example_add_case(store: Store) -> Command:
    """The first case: the room moves on to it too."""
    room = _room(store)
    return AddCase(item_id=room.item_id, presenter_id=room.people[2], topic=" Budgets ")


def example_edit_case(store: Store) -> Command:
    review = _review(store)
    return EditCase(case_id=review.cases[1], presenter_name="Lucía Gómez", topic="Participation")


def example_remove_case(store: Store) -> Command:
    """The case the room is on, with feedback and a response (they stay)."""
    return RemoveCase(case_id=_review(store).cases[0])


def example_move_to_case(store: Store) -> Command:
    return MoveToCase(case_id=_review(store).cases[1])


def example_save_feedback(store: Store) -> Command:
    """The reviewer changes their feedback."""
    review = _review(store)
    return SaveFeedback(
        case_id=review.cases[0],
        reviewer_id=review.room.people[0],
        reviewer_name="Fatou Ndiaye",
        strengths="Très clair",
        challenges="Le coût",
        summary="Très clair; le coût",
        feedback_id=review.feedback,
    )


def example_delete_feedback(store: Store) -> Command:
    return DeleteFeedback(feedback_id=_review(store).feedback)


def example_save_case_text(store: Store) -> Command:
    """The response changed."""
    review = _review(store)
    return SaveCaseText(
        case_id=review.cases[0],
        kind=OutcomeKind.RESPONSE,
        text="Merci pour ces pistes",
        speaker_name="João",
        phase="Réponse",
    )


METHOD_COMMAND_EXAMPLES: dict[str, CommandExample] = {
    "JoinQueue": example_join_queue,
    "LeaveQueue": example_leave_queue,
    "MoveInQueue": example_move_in_queue,
    "Seat": example_seat,
    "SeatPanel": example_seat_panel,
    "LeaveCircle": example_leave_circle,
    "GiveFloor": example_give_floor,
    "SetTopic": example_set_topic,
    "SetChairs": example_set_chairs,
    "SetSpeakerTime": example_set_speaker_time,
    "RecordAnswer": example_record_answer,
    "NextPerson": example_next_person,
    "Skip": example_skip,
    "GiveTurn": example_give_turn,
    "MarkAbsent": example_mark_absent,
    "Shuffle": example_shuffle,
    "OrderAsRoster": example_order_as_roster,
    "MoveInOrder": example_move_in_order,
    "SetTimeEach": example_set_time_each,
    "AddOption": example_add_option,
    "AddOptions": example_add_options,
    "RenameOption": example_rename_option,
    "MoveOption": example_move_option,
    "RemoveOption": example_remove_option,
    "SetVoteLimits": example_set_vote_limits,
    "SetEntryMode": example_set_entry_mode,
    "Reveal": example_reveal,
    "CountHands": example_count_hands,
    "CastBallot": example_cast_ballot,
    "RetractBallot": example_retract_ballot,
    "RecordResult": example_record_result,
    "MakeGroups": example_make_groups,
    "MoveToGroup": example_move_to_group,
    "RenameGroup": example_rename_group,
    "ChooseRapporteur": example_choose_rapporteur,
    "SetReportTime": example_set_report_time,
    "MoveInReportOrder": example_move_in_report_order,
    "ReportNext": example_report_next,
    "EndReportBack": example_end_report_back,
    "CaptureReport": example_capture_report,
    "AddIdea": example_add_idea,
    "EditIdea": example_edit_idea,
    "RemoveIdea": example_remove_idea,
    "GroupIdeasIntoTheme": example_group_ideas_into_theme,
    "RenameTheme": example_rename_theme,
    "MergeThemes": example_merge_themes,
    "AddCase": example_add_case,
    "EditCase": example_edit_case,
    "RemoveCase": example_remove_case,
    "MoveToCase": example_move_to_case,
    "SaveFeedback": example_save_feedback,
    "DeleteFeedback": example_delete_feedback,
    "SaveCaseText": example_save_case_text,
}
