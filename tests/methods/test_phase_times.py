"""Phase times scaled to an item: whole minutes, exact sums, minimums kept."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.methods.phase_times import MINIMUM_MINUTES, minimum_total, scale_minutes


def test_the_round_robin_fits_a_quarter_of_an_hour() -> None:
    assert scale_minutes([2, 20, 5], 15) == [1, 11, 3]


def test_leftover_minutes_go_to_the_largest_remainders_then_the_earlier_phase() -> None:
    # Quotas 3.33, 3.33, 13.33, 13.33, 6.67: the 6.67 first, then the first 3.33.
    assert scale_minutes([5, 5, 20, 20, 10], 40) == [4, 3, 13, 13, 7]


def test_minimums_that_cannot_fit_are_refused_and_empty_phases_stay_empty() -> None:
    assert scale_minutes([5, 5, 20, 20, 10], 4) is None
    assert scale_minutes([1, 2, 4, 5], 4) == [1, 1, 1, 1]
    assert scale_minutes([5, 0, 5], 3) == [2, 0, 1]


weights = st.lists(st.integers(min_value=0, max_value=120), min_size=1, max_size=8)


@settings(max_examples=200)  # CI runs 200 examples (pure arithmetic: well under a second)
@given(weights=weights, total=st.integers(min_value=0, max_value=600))
def test_scaled_minutes_sum_exactly_and_keep_minimums_and_proportions(
    weights: list[int], total: int
) -> None:
    minutes = scale_minutes(weights, total)
    if sum(weights) == 0 or total < minimum_total(weights):
        assert minutes is None or (total == 0 and sum(weights) == 0)
        return
    assert minutes is not None
    assert sum(minutes) == total
    for weight, given_minutes in zip(weights, minutes, strict=True):
        if weight == 0:
            assert given_minutes == 0
        else:
            assert given_minutes >= MINIMUM_MINUTES
            # Never more than one minute above its share of the whole.
            assert given_minutes <= max(MINIMUM_MINUTES, Fraction(total * weight, sum(weights)) + 1)
