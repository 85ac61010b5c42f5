"""Python dates and times as Qt's: PySide6 converts them itself at run time, but its stubs
take only QDate/QTime/QDateTime, so the conversion is written out where mypy can see it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(moment: dt.time) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)


def qdatetime(moment: dt.datetime) -> QDateTime:
    """Local wall time, as PySide6 reads a datetime: its fields, whatever its tzinfo."""
    return QDateTime(qdate(moment.date()), qtime(moment.time()))


def pydate(day: QDate) -> dt.date:
    """What ``QDate.toPython()`` gives, typed (its stub says ``object``)."""
    return dt.date(day.year(), day.month(), day.day())
