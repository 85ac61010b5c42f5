"""Countdown text as the console and the projector show it."""

from __future__ import annotations

import math


def countdown(seconds: float) -> str:
    """Remaining time as "12:34" or "1:02:03"; over time as "+3:12".

    Remaining time rounds up (a timer never shows 0:00 while time is left), over time
    rounds down (it shows +0:01 only once a whole second is over).
    """
    over = seconds < 0
    whole = math.floor(-seconds) if over else math.ceil(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"+{text}" if over else text


def signed_minutes(seconds: float) -> str:
    """A lateness such as "+8 min", "−3 min" or "±0 min", rounded to the nearest minute."""
    minutes = round(seconds / 60)
    if minutes > 0:
        return f"+{minutes} min"
    if minutes < 0:
        return f"−{-minutes} min"
    return "±0 min"
