"""A method's phase times fitted to the time an agenda item has.

The library's minutes are proportions: scaled to the item they become whole minutes that
add up exactly to it, the minutes left over by rounding down going to the largest
remainders first (the earlier phase on a tie). Every phase the library times keeps at
least ``MINIMUM_MINUTES``; a phase of 0 minutes stays at 0.
"""

from __future__ import annotations

from fractions import Fraction

MINIMUM_MINUTES = 1


def minimum_total(weights: list[int]) -> int:
    """The fewest minutes that give every timed phase its minimum."""
    return MINIMUM_MINUTES * sum(1 for weight in weights if weight > 0)


def scale_minutes(weights: list[int], total: int) -> list[int] | None:
    """``weights`` scaled to sum to ``total``; None when the minimums do not fit.

    Phases whose share falls below the minimum get the minimum and leave the pool; the
    rest share what remains, until every share reaches it (largest remainder method).
    """
    if sum(weights) == 0:
        return [0] * len(weights) if total == 0 else None
    if total < minimum_total(weights):
        return None
    fixed: set[int] = set()
    while True:
        pool = [i for i, weight in enumerate(weights) if weight > 0 and i not in fixed]
        left = total - MINIMUM_MINUTES * len(fixed)
        pool_weight = sum(weights[i] for i in pool)
        quotas = {i: Fraction(left * weights[i], pool_weight) for i in pool}
        short = {i for i, quota in quotas.items() if quota < MINIMUM_MINUTES}
        if not short:
            break
        fixed |= short
    minutes = [0] * len(weights)
    for i in fixed:
        minutes[i] = MINIMUM_MINUTES
    for i, quota in quotas.items():
        minutes[i] = int(quota)
    rest = left - sum(minutes[i] for i in pool)
    by_remainder = sorted(pool, key=lambda i: (-(quotas[i] - int(quotas[i])), i))
    for i in by_remainder[:rest]:
        minutes[i] += 1
    return minutes
