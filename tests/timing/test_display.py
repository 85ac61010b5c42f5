from __future__ import annotations

import pytest

from forum_desktop.timing.display import countdown, signed_minutes


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (754, "12:34"),
        (753.2, "12:34"),
        (0.4, "0:01"),
        (0, "0:00"),
        (-0.5, "+0:00"),
        (-192, "+3:12"),
        (3723, "1:02:03"),
        (-3723, "+1:02:03"),
    ],
)
def test_countdown(seconds: float, shown: str) -> None:
    assert countdown(seconds) == shown


@pytest.mark.parametrize(
    ("seconds", "shown"), [(480, "+8 min"), (-170, "−3 min"), (20, "±0 min"), (0, "±0 min")]
)
def test_signed_minutes(seconds: float, shown: str) -> None:
    assert signed_minutes(seconds) == shown
