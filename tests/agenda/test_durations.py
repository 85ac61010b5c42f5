"""Reading durations as facilitators type them, and writing them back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forum_desktop.agenda.durations import (
    MAX_MINUTES,
    DurationError,
    format_duration,
    parse_duration,
)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("15", 15),
        ("15m", 15),
        ("15 min", 15),
        ("15 mins", 15),
        ("15 minutes", 15),
        ("15'", 15),
        ("15’", 15),  # the apostrophe word processors type
        ("90'", 90),
        ("1h", 60),
        ("1 h", 60),
        ("1h30", 90),
        ("1h 30", 90),
        ("1 h 30 min", 90),
        ("1h30m", 90),
        ("1:30", 90),
        ("01:30", 90),
        ("1.5h", 90),
        ("1,5 h", 90),
        (".5h", 30),
        ("0.33h", 20),  # nearest minute
        ("2 heures", 120),
        ("1 heure 15", 75),
        ("1 hora", 60),
        ("2 horas", 120),
        ("45 minutos", 45),
        ("1 hr 15", 75),
        ("2 hours", 120),
        ("  1H30  ", 90),
        ("15 MIN", 15),
        ("1\u00a0h\u00a030", 90),  # no-break spaces, as French keyboards type
        ("１５", 15),  # full-width digits  # noqa: RUF001
        ("0", 0),
        ("0 min", 0),
        ("-0", 0),
        ("24h", MAX_MINUTES),
        ("24:00", MAX_MINUTES),
        ("1440", MAX_MINUTES),
    ],
)
def test_reads_what_facilitators_type(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no duration given: type minutes (15), 1h30 or 1:30"),
        ("   ", "no duration given: type minutes (15), 1h30 or 1:30"),
        ("abc", '"abc" is not a duration: type minutes (15), 1h30 or 1:30'),
        ("-15", '"-15" is negative: a duration is 0 minutes or more'),
        ("\u221215", "is negative"),
        ("- 1h", "is negative"),
        ("25h", '"25h" is longer than 24 hours'),
        ("24:01", "is longer than 24 hours"),
        ("1441", "is longer than 24 hours"),
        ("1h75", "is not a duration"),
        ("1:75", "is not a duration"),
        ("1:5", "is not a duration"),
        ("1:30:00", "is not a duration"),
        ("1.5", "is not a duration"),  # hours or minutes? refuse rather than guess
        ("1.5h 30", "is not a duration"),
        ("1 30", "is not a duration"),
        ("h", "is not a duration"),
        ("min", "is not a duration"),
        ("15 days", "is not a duration"),
        ("1h-30", "is not a duration"),
    ],
)
def test_refuses_what_is_not_a_duration(text: str, message: str) -> None:
    with pytest.raises(DurationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_duration(text)


def test_duration_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration("soon")


def test_long_garbage_is_refused_and_shortened_in_the_message() -> None:
    with pytest.raises(DurationError) as caught:
        parse_duration("9" * 5000)
    assert len(str(caught.value)) < 100


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (0, "0 min"),
        (5, "5 min"),
        (59, "59 min"),
        (60, "1 h"),
        (65, "1 h 05"),
        (90, "1 h 30"),
        (120, "2 h"),
        (MAX_MINUTES, "24 h"),
    ],
)
def test_formats_compactly(minutes: int, text: str) -> None:
    assert format_duration(minutes) == text


def test_format_refuses_negative_minutes() -> None:
    with pytest.raises(ValueError, match="0 minutes or more"):
        format_duration(-1)


@given(st.integers(min_value=0, max_value=MAX_MINUTES))
def test_format_then_parse_is_the_identity(minutes: int) -> None:
    assert parse_duration(format_duration(minutes)) == minutes


@given(
    st.integers(min_value=0, max_value=MAX_MINUTES),
    st.sampled_from(["{}", " {} ", "{} min", "{}'", "{} MINUTES"]),
)
def test_minutes_read_back_in_any_spelling(minutes: int, template: str) -> None:
    assert parse_duration(template.format(minutes)) == minutes


@given(st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=59))
def test_clock_and_hour_forms_agree(hours: int, minutes: int) -> None:
    expected = hours * 60 + minutes
    assert parse_duration(f"{hours}:{minutes:02d}") == expected
    assert parse_duration(f"{hours}h{minutes}") == expected
    assert parse_duration(f"{hours} h {minutes} min") == expected
