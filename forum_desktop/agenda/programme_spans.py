"""A day whose span is known but whose items give no times: the span shared equally.

The seed's note says ``10h00-11h30`` and lists three items with sub-items, none timed.
Each top-level item gets an equal share in whole minutes (the first ones one minute more
until the shares sum exactly), and each parent's share is shared between its sub-items
the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from forum_desktop.agenda.programme_model import ParsedDay, ParsedItem
from forum_desktop.agenda.programme_times import format_time, minutes_between
from forum_desktop.notices import Notice, NoticeKind

SHARED = NoticeKind(
    "programme.shared",
    "line {line}: the {minutes} min from {start} to {end} are shared equally between "
    "{count} items; adjust them before importing",
)


def equal_shares(total: int, count: int) -> list[int]:
    """``count`` whole numbers summing to ``total``, the larger ones first."""
    base, extra = divmod(total, count)
    return [base + 1 if index < extra else base for index in range(count)]


def share_spans(days: Sequence[ParsedDay]) -> list[tuple[int, Notice]]:
    """Share each untimed day's span between its items; a notice for each day shared."""
    notices: list[tuple[int, Notice]] = []
    for day in days:
        if day.start is None or day.end is None or not day.items:
            continue
        if any(_timed(item) for item in day.walk()):
            continue
        total = minutes_between(day.start, day.end)
        if total < len(day.items):
            continue
        _share(day.items, total)
        line = day.line or day.items[0].line
        notice = SHARED(
            line=line,
            minutes=total,
            start=format_time(day.start),
            end=format_time(day.end),
            count=len(day.items),
        )
        notices.append((line, notice))
    return notices


def _timed(item: ParsedItem) -> bool:
    return item.minutes is not None or item.start is not None or item.time_to_confirm


def _share(items: Sequence[ParsedItem], total: int) -> None:
    for item, minutes in zip(items, equal_shares(total, len(items)), strict=True):
        item.minutes = minutes
        if item.children and minutes >= len(item.children):
            _share(item.children, minutes)
