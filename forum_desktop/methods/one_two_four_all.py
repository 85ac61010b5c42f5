"""1-2-4-All: which round the room is in, from the method's running phase."""

from __future__ import annotations

from enum import StrEnum


class Round(StrEnum):
    ALONE = "alone"
    PAIRS = "pairs"
    FOURSOMES = "foursomes"
    ALL = "all"


_BEFORE_ALL = (Round.ALONE, Round.PAIRS, Round.FOURSOMES)


def round_of(phase: int | None, phases: int) -> Round:
    """The round of phase number ``phase`` (from 0) of ``phases``; None: the method's item
    runs without phases, which is the harvest. The last phase is always "All", so a
    facilitator's own version with fewer or more steps still ends with the harvest."""
    if phase is None or phase >= phases - 1:
        return Round.ALL
    return _BEFORE_ALL[min(phase, len(_BEFORE_ALL) - 1)]
