"""Breakout groups: splitting the people present into groups, at random or balanced.

Every way of making groups deals people out one by one to the groups in turn, so group
sizes differ by at most one. Balancing by organisation (or country) deals each
organisation's people out one after the other: a run of consecutive deals reaches every
group either ⌊n/g⌋ or ⌈n/g⌉ times, so no group gets two people of an organisation while
another group has none of it, unless the organisation has more people than there are
groups — and then each group gets its fair share, give or take one.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from uuid import UUID

from forum_desktop.models.screens.breakouts import Grouping


@dataclass(frozen=True)
class Person:
    """What grouping needs to know about someone present."""

    id: UUID
    organisation: str = ""
    country: str = ""


def same_label(text: str) -> str:
    """One spelling per organisation or country: "Ville de  Dakar " is "ville de dakar"."""
    return " ".join(text.split()).casefold()


def _label_of(how: Grouping) -> Callable[[Person], str]:
    if how is Grouping.COUNTRY:
        return lambda person: same_label(person.country)
    return lambda person: same_label(person.organisation)


def count_for_size(people: int, size: int) -> int:
    """How many groups hold ``people`` with no group over ``size`` (at least one group)."""
    if size < 1:
        raise ValueError("a group holds at least one person")
    return max(1, math.ceil(people / size))


def make_groups(
    people: Sequence[Person], count: int, how: Grouping, seed: int | None = None
) -> list[list[UUID]]:
    """``count`` groups of the people's ids; the same ``seed`` makes the same groups."""
    if count < 1:
        raise ValueError("there must be at least one group")
    if how is Grouping.BY_HAND:
        return [[] for _ in range(count)]
    rng = random.Random(seed)
    if how is Grouping.RANDOM:
        dealt = list(people)
        rng.shuffle(dealt)
    else:
        label = _label_of(how)
        by_label: dict[str, list[Person]] = {}
        for person in people:
            by_label.setdefault(label(person), []).append(person)
        runs = list(by_label.values())
        rng.shuffle(runs)
        for run in runs:
            rng.shuffle(run)
        dealt = [person for run in runs for person in run]
    groups: list[list[UUID]] = [[] for _ in range(count)]
    for index, person in enumerate(dealt):
        groups[index % count].append(person.id)
    rng.shuffle(groups)  # so the larger groups are not always the first ones
    return groups


def unevenly_spread(
    groups: Sequence[Sequence[UUID]], labels: Mapping[UUID, str]
) -> dict[str, list[int]]:
    """The labels (organisations or countries, as people typed them) whose counts across
    the groups differ by more than one, with their count in each group. Blank labels are
    left out: "no organisation given" is not an organisation to spread."""
    counts: dict[str, list[int]] = {}
    shown: dict[str, str] = {}
    for index, group in enumerate(groups):
        for person_id in group:
            text = labels.get(person_id, "")
            key = same_label(text)
            if not key:
                continue
            shown.setdefault(key, " ".join(text.split()))
            counts.setdefault(key, [0] * len(groups))[index] += 1
    return {shown[key]: row for key, row in counts.items() if max(row) - min(row) > 1}
