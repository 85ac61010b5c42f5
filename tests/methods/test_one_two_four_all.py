"""1-2-4-All's rounds follow the method's phases; the last one is always the harvest."""

from __future__ import annotations

from forum_desktop.methods.one_two_four_all import Round, round_of


def test_the_four_phases_are_the_four_rounds() -> None:
    assert [round_of(n, 4) for n in range(4)] == [
        Round.ALONE,
        Round.PAIRS,
        Round.FOURSOMES,
        Round.ALL,
    ]


def test_other_shapes_still_end_with_all() -> None:
    assert [round_of(n, 3) for n in range(3)] == [Round.ALONE, Round.PAIRS, Round.ALL]
    longer = [Round.ALONE, Round.PAIRS, *[Round.FOURSOMES] * 3, Round.ALL]
    assert [round_of(n, 6) for n in range(6)] == longer
    assert round_of(None, 0) is Round.ALL  # the method's item runs without phases
