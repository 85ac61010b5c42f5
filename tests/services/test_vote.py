"""Dot voting's commands: each act checks its rules, writes the vote's records in one
transaction and is one undo step; a refusal says why and changes nothing."""

from __future__ import annotations

from uuid import UUID

import pytest

from forum_desktop.methods.dot_vote import vote_view
from forum_desktop.methods.idea_acts import AddIdea, GroupIdeasIntoTheme, MergeThemes, event_themes
from forum_desktop.models import Outcome, OutcomeKind
from forum_desktop.models.vote import EntryMode
from forum_desktop.services.commands import execute
from forum_desktop.services.operations import undo
from forum_desktop.services.vote import (
    AddOption,
    AddOptions,
    BallotRefusedError,
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
    VoteError,
)
from forum_desktop.storage import Store
from tests.services.helpers import Built, build_event
from tests.services.method_examples import apply_method


@pytest.fixture
def built(store: Store) -> Built:
    built = build_event(store)
    apply_method(store, item_id=built.item_ids[3], method_id="dot-voting", language="fr")
    return built


def options(store: Store, item_id: UUID, *texts: str) -> list[UUID]:
    command = AddOptions(item_id=item_id, options=tuple(NewOption(text=t) for t in texts))
    return list(execute(store, command).value)


def totals(store: Store, item_id: UUID) -> list[tuple[str, int, int]]:
    return [(t.option.text, t.dots, t.ballots) for t in vote_view(store, item_id).tallies]


def test_ballots_add_up_and_a_voter_casting_again_replaces_their_ballot(
    store: Store, built: Built
) -> None:
    item = built.item_ids[3]
    water, schools = options(store, item, "Water", "  Schools  ")
    fatou, joao, _ = built.participant_ids
    execute(store, CastBallot(item_id=item, participant_id=fatou, dots={water: 3, schools: 2}))
    execute(store, CastBallot(item_id=item, dots={schools: 1}))  # anonymous
    execute(store, CastBallot(item_id=item, dots={schools: 1}))  # another anonymous
    again = execute(store, CastBallot(item_id=item, participant_id=fatou, dots={water: 1}))
    assert totals(store, item) == [("Water", 1, 1), ("Schools", 2, 2)]
    execute(store, RetractBallot(ballot_id=again.value))
    assert totals(store, item) == [("Water", 0, 0), ("Schools", 2, 2)]
    cast = execute(store, CastBallot(item_id=item, participant_id=joao, dots={water: 2}))
    undo(store, cast)  # one undo step takes the ballot away
    assert totals(store, item) == [("Water", 0, 0), ("Schools", 2, 2)]


@pytest.mark.parametrize(
    ("dots", "message"),
    [
        ([3, 3], "Fatou Ndiaye has 5 dots: 6 is 1 too many. Take 1 off, then cast the ballot"),
        ([4, 0], "Fatou Ndiaye put 4 dots on “Water”: at most 3 may go on one option."),
    ],
)
def test_a_ballot_over_a_limit_is_refused_and_nothing_is_written(
    store: Store, built: Built, dots: list[int], message: str
) -> None:
    item = built.item_ids[3]
    ids = options(store, item, "Water", "Schools")
    before = len(store.journal())
    ballot = dict(zip(ids, dots, strict=True))
    with pytest.raises(BallotRefusedError, match=message) as refused:
        execute(
            store, CastBallot(item_id=item, participant_id=built.participant_ids[0], dots=ballot)
        )
    assert refused.value.problem.over == 1
    assert len(store.journal()) == before


def test_who_and_what_a_ballot_names_must_exist(store: Store, built: Built) -> None:
    item = built.item_ids[3]
    (water,) = options(store, item, "Water")
    with pytest.raises(VoteError, match="is not on the event's roster"):
        execute(store, CastBallot(item_id=item, participant_id=UUID(int=7), dots={water: 1}))
    with pytest.raises(VoteError, match="is not an option of this vote"):
        execute(store, CastBallot(item_id=item, dots={UUID(int=8): 1}))
    with pytest.raises(VoteError, match="is not a dot vote"):
        execute(store, AddOption(item_id=built.item_ids[0], text="Water"))
    with pytest.raises(VoteError, match="“water” is already an option"):
        execute(store, AddOption(item_id=item, text="water"))
    with pytest.raises(VoteError, match="An option needs words"):
        execute(store, AddOption(item_id=item, text="   "))


def test_options_are_renamed_moved_and_removed_with_their_dots(store: Store, built: Built) -> None:
    item = built.item_ids[3]
    water, schools, roads = options(store, item, "Water", "Schools", "Roads")
    execute(store, CastBallot(item_id=item, dots={water: 2, roads: 1}))
    execute(store, RenameOption(option_id=water, text="Clean water"))
    execute(store, MoveOption(option_id=roads, step=-1))
    assert totals(store, item) == [("Clean water", 2, 1), ("Roads", 1, 1), ("Schools", 0, 0)]
    removed = execute(store, RemoveOption(option_id=water))
    assert totals(store, item) == [("Roads", 1, 1), ("Schools", 0, 0)]
    undo(store, removed)  # the option comes back with its dots
    assert totals(store, item)[0] == ("Clean water", 2, 1)
    with pytest.raises(VoteError, match="“roads” is already an option"):
        execute(store, RenameOption(option_id=schools, text="roads"))


def test_limits_a_stored_ballot_breaks_are_refused(store: Store, built: Built) -> None:
    item = built.item_ids[3]
    water, _ = options(store, item, "Water", "Schools")
    execute(
        store, CastBallot(item_id=item, participant_id=built.participant_ids[1], dots={water: 3})
    )
    with pytest.raises(BallotRefusedError, match="The ballot of João Pereira has 3 dots"):
        execute(store, SetVoteLimits(item_id=item, dots_per_person=5, max_per_option=2))
    execute(store, SetVoteLimits(item_id=item, dots_per_person=8, max_per_option=4))
    settings = vote_view(store, item).settings
    assert (settings.dots_per_person, settings.max_per_option) == (8, 4)


def test_hands_reveal_and_the_recorded_result_kept_up_to_date(store: Store, built: Built) -> None:
    item = built.item_ids[3]
    water, schools = options(store, item, "Water", "Schools")
    execute(store, CastBallot(item_id=item, dots={water: 1}))
    execute(store, SetEntryMode(item_id=item, mode=EntryMode.TOTALS))
    execute(store, CountHands(option_id=schools, hands=12))
    execute(store, Reveal(item_id=item))
    view = vote_view(store, item)
    assert view.votes() == [0, 12] and view.voters() == 0 and view.settings.revealed
    recorded = execute(store, RecordResult(item_id=item, phase="Vote")).value
    execute(store, CountHands(option_id=water, hands=3))
    assert execute(store, RecordResult(item_id=item)).value == recorded  # updated, not added
    outcome = store.require(Outcome, recorded)
    assert outcome.kind == OutcomeKind.VOTE_RESULT
    assert outcome.fields["counts"] == [
        {"option": "Water", "votes": 3},
        {"option": "Schools", "votes": 12},
    ]


def test_themes_become_options_named_as_the_theme_and_ballots_on_them_count(
    store: Store, built: Built
) -> None:
    vote, round_item = built.item_ids[3], built.item_ids[2]
    ideas = [
        execute(store, AddIdea(item_id=round_item, text=text)).value
        for text in ("Bike lanes", "Night buses", "Clean wells", "Open data")
    ]
    mobility = execute(
        store, GroupIdeasIntoTheme(item_id=round_item, idea_ids=tuple(ideas[:2]), name="Mobility")
    ).value
    water = execute(
        store, GroupIdeasIntoTheme(item_id=round_item, idea_ids=(ideas[2],), name="Water")
    ).value
    data = execute(
        store, GroupIdeasIntoTheme(item_id=round_item, idea_ids=(ideas[3],), name="Data")
    ).value
    execute(store, MergeThemes(source_id=data, target_id=mobility))
    assert [t.name for t in event_themes(store, built.event_id)] == ["Mobility", "Water"]

    # A theme merged away is no longer there: refused, nothing written.
    before = vote_view(store, vote).options
    with pytest.raises(VoteError) as refused:
        execute(store, AddOptions(item_id=vote, theme_ids=(water, data)))
    assert str(refused.value) == "That theme is no longer there: choose another one."
    assert vote_view(store, vote).options == before

    added = execute(
        store,
        AddOptions(item_id=vote, options=(NewOption(text="Housing"),), theme_ids=(mobility, water)),
    )
    shown = vote_view(store, vote).options
    assert [(o.text, o.source_id) for o in shown] == [
        ("Mobility", mobility),
        ("Water", water),
        ("Housing", None),
    ]
    assert added.value == tuple(o.id for o in shown)
    mobility_option, water_option, _ = added.value
    fatou, joao, _ = built.participant_ids
    execute(store, CastBallot(item_id=vote, participant_id=fatou, dots={mobility_option: 3}))
    execute(
        store,
        CastBallot(item_id=vote, participant_id=joao, dots={water_option: 1, mobility_option: 2}),
    )
    assert totals(store, vote) == [("Mobility", 5, 2), ("Water", 1, 1), ("Housing", 0, 0)]
    with pytest.raises(VoteError) as refused:  # a theme already an option: not twice
        execute(store, AddOptions(item_id=vote, theme_ids=(water,)))
    assert str(refused.value) == "“Water” is already an option."
