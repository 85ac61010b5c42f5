"""The label catalogue: the same keys in every language, dates and times written per
language without the operating system's locale."""

from __future__ import annotations

import datetime as dt
from string import Formatter
from zoneinfo import ZoneInfo

import pytest

from forum_desktop.agenda.schedule import Flag, FlagKind
from forum_desktop.export.labels import CATALOGUES, NBSP, labels
from forum_desktop.models import ItemKind, Language, Role, SessionMode

WEDNESDAY = dt.date(2022, 2, 23)


def fields_of(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


def test_every_language_has_a_catalogue_with_the_same_keys() -> None:
    assert set(CATALOGUES) == set(Language)
    english = CATALOGUES[Language.EN]
    for language, catalogue in CATALOGUES.items():
        assert set(catalogue) == set(english), language


def test_no_label_is_empty_and_each_has_the_same_fields_in_every_language() -> None:
    english = CATALOGUES[Language.EN]
    for language, catalogue in CATALOGUES.items():
        for key, text in catalogue.items():
            assert text.strip(), f"{language}: {key} is empty"
            assert fields_of(text) == fields_of(english[key]), f"{language}: {key}"


def test_every_enumeration_the_documents_print_has_a_label() -> None:
    for language in Language:
        lab = labels(language)
        for kind in ItemKind:
            assert lab.kind(kind)
        for mode in SessionMode:
            assert lab.mode(mode)
        for role in Role:
            assert lab.role(role)
        for flag_kind in FlagKind:
            assert "10" in lab.flag(Flag(flag_kind, 10))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Wednesday 23 February 2022"),
        ("fr", "mercredi 23 février 2022"),
        ("es", "miércoles, 23 de febrero de 2022"),
    ],
)
def test_long_dates(language: str, expected: str) -> None:
    assert labels(language).date(WEDNESDAY) == expected


def test_the_first_of_the_month_in_french() -> None:
    assert labels("fr").date(dt.date(2022, 3, 1)) == "mardi 1er mars 2022"
    assert labels("en").date(dt.date(2022, 3, 1)) == "Tuesday 1 March 2022"


def test_every_month_and_weekday_has_a_name() -> None:
    for language in Language:
        names = {labels(language).date(dt.date(2024, month, 1)) for month in range(1, 13)}
        assert len(names) == 12
        week = {labels(language).date(dt.date(2024, 1, day)) for day in range(1, 8)}
        assert len(week) == 7


def test_times() -> None:
    paris = dt.datetime(2022, 2, 23, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert labels("en").time(paris) == "10:00"
    assert labels("es").time(paris) == "10:00"
    assert labels("fr").time(paris) == f"10{NBSP}h{NBSP}00"
    assert labels("fr").time(dt.time(9, 5)) == f"9{NBSP}h{NBSP}05"
    assert labels("en").time(dt.time(9, 5)) == "09:05"
    assert labels("en").time_range(dt.time(10), dt.time(10, 25)) == "10:00–10:25"


def test_pages_and_labelled_values() -> None:
    assert labels("en").page_of(1, 3) == "Page 1 of 3"
    assert labels("fr").page_of(1, 3) == "Page 1 sur 3"
    assert labels("es").page_of(1, 3) == "Página 1 de 3"
    assert labels("fr").label_value("place", "Lyon") == f"Lieu{NBSP}: Lyon"
    assert labels("en").label_value("place", "Lyon") == "Place: Lyon"


def test_an_unknown_language_or_key_fails_loudly() -> None:
    with pytest.raises(ValueError, match="use one of en, fr, es"):
        labels("de")
    with pytest.raises(KeyError):
        labels("en")["no_such_label"]


@pytest.mark.parametrize(
    ("language", "zero", "share", "average"),
    [
        ("en", "0%", "54%", "12.35"),
        ("fr", f"0{NBSP}%", f"54{NBSP}%", "12,35"),
        ("es", f"0{NBSP}%", f"54{NBSP}%", "12,35"),
    ],
)
def test_numbers_follow_the_documents_language(
    language: str, zero: str, share: str, average: str
) -> None:
    """A zero share is written as any other: "0 %" beside "54 %" in French."""
    lab = labels(language)
    assert (lab.get("percent", value=0), lab.get("percent", value=54)) == (zero, share)
    assert lab.decimal(12.349, 2) == average
