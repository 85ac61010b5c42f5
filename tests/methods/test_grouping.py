"""Breakout groups: sizes differ by at most one, everyone present is placed once, and
balancing spreads every organisation (or country) as evenly as it can be spread."""

from __future__ import annotations

from collections import Counter
from uuid import UUID, uuid4

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.methods.grouping import (
    Person,
    count_for_size,
    make_groups,
    same_label,
    unevenly_spread,
)
from forum_desktop.models.screens import Grouping

ORGANISATIONS = ["Ville de Dakar", "ville de dakar ", "CGLU", "Mairie de Rabat", "ONU-Habitat", ""]
COUNTRIES = ["SN", "MA", "FR", "ES", ""]

people_lists = st.lists(
    st.builds(
        lambda org, country, present: (Person(uuid4(), org, country), present),
        st.sampled_from(ORGANISATIONS) | st.text(max_size=8),
        st.sampled_from(COUNTRIES),
        st.booleans(),
    ),
    max_size=60,
)


def counts_per_group(groups: list[list[UUID]], label: dict[UUID, str]) -> dict[str, list[int]]:
    counts: dict[str, list[int]] = {}
    for index, group in enumerate(groups):
        for person_id in group:
            counts.setdefault(label[person_id], [0] * len(groups))[index] += 1
    return counts


@settings(max_examples=300, deadline=None)
@given(
    roster=people_lists,
    count=st.integers(1, 12),
    how=st.sampled_from([Grouping.RANDOM, Grouping.ORGANISATION, Grouping.COUNTRY]),
    seed=st.integers(0, 2**32),
)
def test_groups_are_even_and_everyone_present_is_placed_once(
    roster: list[tuple[Person, bool]], count: int, how: Grouping, seed: int
) -> None:
    present = [person for person, here in roster if here]
    absent = {person.id for person, here in roster if not here}
    groups = make_groups(present, count, how, seed)

    assert len(groups) == count
    sizes = [len(group) for group in groups]
    assert max(sizes) - min(sizes) <= 1
    placed = Counter(person_id for group in groups for person_id in group)
    assert set(placed) == {person.id for person in present}
    assert set(placed.values()) <= {1}
    assert not absent & set(placed)

    if how is not Grouping.RANDOM:
        field = "country" if how is Grouping.COUNTRY else "organisation"
        label = {person.id: same_label(getattr(person, field)) for person in present}
        for name, row in counts_per_group(groups, label).items():
            assert max(row) - min(row) <= 1, (name, row)
        texts = {person.id: getattr(person, field) for person in present}
        assert unevenly_spread(groups, texts) == {}


@settings(max_examples=100, deadline=None)
@given(people=st.integers(0, 80), size=st.integers(1, 15))
def test_groups_of_a_size_never_exceed_it(people: int, size: int) -> None:
    count = count_for_size(people, size)
    roster = [Person(uuid4()) for _ in range(people)]
    groups = make_groups(roster, count, Grouping.RANDOM, seed=1)
    assert all(len(group) <= size for group in groups)
    assert count == 1 or people > (count - 1) * size  # no fewer groups would do


def test_the_same_seed_makes_the_same_groups_and_by_hand_makes_empty_ones() -> None:
    roster = [Person(uuid4(), org) for org in ["A", "A", "B", "C", "C", "C", "D"]]
    first = make_groups(roster, 3, Grouping.ORGANISATION, seed=7)
    assert make_groups(roster, 3, Grouping.ORGANISATION, seed=7) == first
    assert make_groups(roster, 3, Grouping.BY_HAND) == [[], [], []]
    with pytest.raises(ValueError, match="at least one group"):
        make_groups(roster, 0, Grouping.RANDOM)


def test_an_uneven_organisation_is_named_with_its_counts() -> None:
    a, b, c, d = (uuid4() for _ in range(4))
    labels = {a: "Ville de Dakar", b: "ville de  dakar", c: "CGLU", d: ""}
    assert unevenly_spread([[a, b], [c, d]], labels) == {"Ville de Dakar": [2, 0]}
    assert unevenly_spread([[a, c], [b, d]], labels) == {}
