"""The time zone a programme writes after its times, and what the parser makes of it."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from forum_desktop.agenda.programme_text import parse_programme
from forum_desktop.agenda.programme_zones import WrittenZone, without_zone, zone_after_times

_PARIS = ("Europe/Paris", None, "Europe/Paris")
_MONTREAL = ("America/Montreal", None, "America/Montreal")
SEED = Path(__file__).parent / "data" / "learning-forum-session-note.fr.txt"
# A note in local time: one item is a call from Montréal and says when it is there.
ONE_ITEM_ZONE = SEED.with_name("one-item-zone-note.fr.txt")


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Mercredi 23 février 2022, 10h00-11h30 (CET)", WrittenZone("CET", 60)),
        ("Day 1 (09:00–17:00 CEST)", WrittenZone("CEST", 120)),
        ("Opening 9:00 UTC+1", WrittenZone("UTC+1", 60)),
        ("Panel 14h GMT-3", WrittenZone("GMT-3", -180)),
        ("Call at 9:30 am EST", WrittenZone("EST", -300)),
        ("Atelier 10h00 (WAT)", WrittenZone("WAT", 60)),
        ("Webinar 15:00 UTC−5:30", WrittenZone("UTC−5:30", -330)),
        # A city's time is its zone, summer time included.
        ("Mercredi 23 février 2022, 10h00 (heure de Paris)", WrittenZone(*_PARIS)),
        ("Martes 10:00 (hora de Madrid)", WrittenZone("Europe/Madrid", None, "Europe/Madrid")),
        ("Day 1 (09:00–17:00 Dakar time)", WrittenZone("Africa/Dakar", None, "Africa/Dakar")),
        ("Lundi 9h (heure de Montréal)", WrittenZone(*_MONTREAL)),
    ],
)
def test_a_zone_after_times_is_read_as_its_offset(text: str, zone: WrittenZone) -> None:
    assert zone_after_times(text) == zone


@pytest.mark.parametrize(
    "text",
    [
        "Welcome to CET",  # no time before it
        "Session 10:00 IST",  # India or Ireland or Israel: not guessed
        "Session 10:00 CET+1",  # says nothing clear
        "Session 10:00 UTC+15",  # no such offset
        "Session 10:00 ESTONIA",  # a word, not the zone
        "Session 10:00",
        "Session 10:00 (heure de Nulle-Part)",  # no such zone
        "Welcome to Paris time",  # no time before it
    ],
)
def test_no_zone_or_an_ambiguous_one_is_none(text: str) -> None:
    assert zone_after_times(text) is None


def test_a_zone_inside_the_slots_parentheses_leaves_the_slot_readable() -> None:
    assert without_zone("Day 1 (09:00–17:00 CET)") == "Day 1 (09:00–17:00)"
    assert without_zone("Jour 1 (10h-12h heure de Paris)") == "Jour 1 (10h-12h)"
    programme = parse_programme("Programme\n\nMonday 15 June 2026 (09:00–10:00 CET)\n\n- Hi\n")
    [day] = programme.days
    assert (day.date, day.start, day.end, day.label) == (date(2026, 6, 15), time(9), time(10), "")
    assert programme.zone == WrittenZone("CET", 60)


def test_the_seed_note_gives_its_times_in_cet_and_without_it_in_no_zone() -> None:
    note = SEED.read_text(encoding="utf-8")
    assert parse_programme(note).zone == WrittenZone("CET", 60)
    assert parse_programme(note.replace(" (CET)", "")).zone is None


def test_two_zones_in_one_note_are_kept_as_written_with_a_notice() -> None:
    programme = parse_programme(
        "Programme\n\nMonday 15 June 2026 (09:00–10:00 CET)\n\n- Hi (60 min)\n\n"
        "Tuesday 16 June 2026 (09:00–10:00 GMT)\n\n- Bye (60 min)\n"
    )
    assert programme.zone is None
    assert [str(w) for w in programme.warnings] == [
        "The programme gives its times in several time zones (CET, GMT): they were kept as "
        "written; check them."
    ]


def test_a_zone_on_one_items_line_or_in_a_sentence_is_not_the_programmes() -> None:
    programme = parse_programme(ONE_ITEM_ZONE.read_text(encoding="utf-8"))
    assert programme.zone is None
    assert not [w for w in programme.warnings if "time zone" in str(w)]
    starts = [item.start for item in programme.items()]
    assert starts == [time(10), time(10, 30), time(11)]


def test_a_zone_after_most_of_the_timed_items_is_the_programmes() -> None:
    programme = parse_programme(
        "Programme\n\nMonday 15 June 2026\n\n"
        "09:00 Opening, 09:00 (CET)\n09:30 Panel, 09:30 (CET)\n12:00 Lunch (60 min)\n"
    )
    assert programme.zone == WrittenZone("CET", 60)


def test_the_seed_notes_zone_is_on_its_date_line_even_with_an_items_zone() -> None:
    note = SEED.read_text(encoding="utf-8").replace(
        "- Localisation et développement de MOOC",
        "- Localisation et développement de MOOC, témoignage de Montréal à 4:30 (EST)",
    )
    assert parse_programme(note).zone == WrittenZone("CET", 60)
