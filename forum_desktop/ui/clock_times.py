"""Clock times as the interface's language writes them, with two-digit hours on a 24-hour
clock: Qt's Spanish short format is "H:mm" ("9:00", "5:58") where French writes "09:00",
and the programme's notices and the minutes write "09:00" in every language; a screen
showing both looked inconsistent. A 12-hour clock ("9:00 AM") is left as the locale has it.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QLocale

from forum_desktop.ui.qt_dates import qtime

_ONE_DIGIT_HOURS = re.compile(r"(?<!H)H(?!H)")


def two_digit_hours(written: str) -> str:
    """A Qt date or time format with its 24-hour "H" made "HH" ("h", 12-hour, is kept)."""
    return _ONE_DIGIT_HOURS.sub("HH", written)


def clock_format() -> str:
    """The interface locale's short time format, hours on two digits on a 24-hour clock
    (also for time fields, so that what is typed looks like what is shown)."""
    return two_digit_hours(QLocale().timeFormat(QLocale.FormatType.ShortFormat))


def hour_minute(moment: dt.time) -> str:
    """ "09:00" in French and Spanish alike, "9:00 AM" in American English."""
    return QLocale().toString(qtime(moment), clock_format())
