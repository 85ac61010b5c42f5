"""Reading programmes as people write them, and writing an agenda as text that reads back."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from forum_desktop.agenda.programme_clean import strip_emphasis
from forum_desktop.agenda.programme_lines import read_marker
from forum_desktop.agenda.programme_text import (
    ParsedDay,
    ParsedItem,
    ParsedProgramme,
    parse_programme,
)
from forum_desktop.agenda.programme_zones import WrittenZone
from forum_desktop.models import ItemKind

DATA = Path(__file__).parent / "data"
SEED = "learning-forum-session-note.fr.txt"

BRK, DIS, GRP, OTH, PRE = (
    ItemKind.BREAK,
    ItemKind.DISCUSSION,
    ItemKind.GROUP_METHOD,
    ItemKind.OTHER,
    ItemKind.PRESENTATION,
)
Row = tuple[int, str, int | None, str | None, ItemKind, str]


def warned(programme: ParsedProgramme) -> list[str]:
    """The warnings as the command line prints them (English)."""
    return [str(warning) for warning in programme.warnings]


def read(name: str) -> str:
    """A data file's text with its line endings untouched."""
    return (DATA / name).read_bytes().decode("utf-8")


def outline(day: ParsedDay) -> list[Row]:
    """(depth, title, minutes, start, kind, description) of each item, parents first."""
    rows: list[Row] = []

    def visit(items: list[ParsedItem], depth: int) -> None:
        for item in items:
            start = item.start.strftime("%H:%M") if item.start else None
            rows.append((depth, item.title, item.minutes, start, item.kind, item.description))
            visit(item.children, depth + 1)

    visit(day.items, 0)
    return rows


def everything_kept(programme: ParsedProgramme) -> str:
    """All the text the result holds, to look a source line up in."""
    parts = [programme.context, *warned(programme)]
    parts += [f"{heading}\n{text}" for heading, text in programme.objectives]
    parts += [day.heading for day in programme.days]
    parts += [f"{item.title}\n{item.description}" for item in programme.items()]
    parts += [f"{item.guiding_question}" for item in programme.items()]
    return "\n".join(parts)


def line_words(line: str) -> str:
    """A line without its list marker: what the result must keep of it."""
    marker = read_marker(line)
    return marker.text.strip() if marker else line.strip()


# --- the seed concept note -------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> ParsedProgramme:
    return parse_programme(read(SEED))


def test_seed_programme_is_found_with_its_three_items_and_their_sub_items(
    seed: ParsedProgramme,
) -> None:
    assert seed.programme_found
    [day] = seed.days
    assert [item.title for item in day.items] == [
        "Bienvenue",
        "Évaluation par les pairs du processus d'apprentissage",
        "La voie à suivre : Vers un Forum d'apprentissage utile et pratique",
    ]
    assert [len(item.children) for item in day.items] == [2, 2, 3]
    # 10:00–11:30 shared: 30 min each, then each parent's share between its sub-items.
    assert outline(day) == [
        (0, "Bienvenue", 30, None, PRE, ""),
        (
            1,
            "Aperçu de l'approche globale d'apprentissage de CGLU",
            15,
            None,
            OTH,
            "Récit et derniers développements",
        ),
        (
            1,
            "Introduction interactive : Qui est qui et qui êtes-vous ?",
            15,
            None,
            GRP,
            "Méthodologie de groupe avec question directrice",
        ),
        (
            0,
            "Évaluation par les pairs du processus d'apprentissage",
            30,
            None,
            GRP,
            "Méthodologie de l'aquarium pour un échange ludique entre les participant·e·s",
        ),
        (1, "Localisation et développement de MOOC", 15, None, OTH, ""),
        (1, "Apprentissage entre pairs et méthodologies", 15, None, OTH, ""),
        (
            0,
            "La voie à suivre : Vers un Forum d'apprentissage utile et pratique",
            30,
            None,
            OTH,
            "",
        ),
        (1, "Activités d'intérêt pour avoir un Forum actif", 10, None, OTH, ""),
        (1, "Programme et méthodes de travail prévus pour 2022", 10, None, OTH, ""),
        (1, "Suggestions pour le Congrès de CGLU à Daejeon", 10, None, OTH, ""),
    ]
    assert [item.guiding_question for item in day.walk()][2] == (
        "Que fais-je pour soutenir l'apprentissage dans les municipalités ?"
    )
    assert [item.guiding_question for item in day.walk() if item.guiding_question] == [
        "Que fais-je pour soutenir l'apprentissage dans les municipalités ?"
    ]
    assert seed.title == "En route vers le Forum d'apprentissage"
    # The page footer no longer splits the numbered list of the context.
    assert "2. Des acteurs et actrices engagé·e·s dans la localisation et les ODD\n3. Des" in (
        seed.context
    )
    assert "#UCLGMEETS" not in seed.context


def test_seed_day_comes_from_the_date_line_above_the_programme(seed: ParsedProgramme) -> None:
    [day] = seed.days
    assert (day.date, day.start, day.end, day.heading) == (
        date(2022, 2, 23),
        time(10, 0),
        time(11, 30),
        "",
    )
    assert (
        "line 9: the programme's day is taken from “Mercredi 23 février 2022, 10h00-11h30 "
        "(CET)”" in warned(seed)
    )
    assert seed.zone == WrittenZone("CET", 60)  # "(CET)" after the times: UTC+1


def test_seed_header_is_not_context_and_says_so(seed: ParsedProgramme) -> None:
    # The note has a "Contexte" heading: its context is what follows it; the kind, the
    # title and the date line above are the session's, each named where it went.
    assert seed.context.startswith("L'apprentissage continu est essentiel")
    for header in ("NOTE D'INFORMATION", "En route vers", "Mercredi 23 février", "Contexte\n"):
        assert header not in seed.context
    assert warned(seed)[:3] == [
        "line 5: “NOTE D'INFORMATION” names the kind of document; it is not taken as context",
        "line 7: “En route vers le Forum d'apprentissage” is the note's title; it is not "
        "taken as context",
        "line 9: the programme's day is taken from “Mercredi 23 février 2022, 10h00-11h30 (CET)”",
    ]


def test_seed_span_is_shared_between_items_without_times(seed: ParsedProgramme) -> None:
    assert [w for w in warned(seed) if "no duration" in w] == []
    assert [w for w in warned(seed) if "shared" in w] == [
        "line 71: the 90 min from 10:00 to 11:30 are shared equally between 3 items; "
        "adjust them before importing"
    ]


def test_seed_context_and_objectives_are_offered(seed: ParsedProgramme) -> None:
    assert seed.context.startswith("L'apprentissage continu est essentiel")
    assert "Proposition et attentes pour la session" in seed.context
    assert "Objectifs" not in seed.context
    lead_in = (
        "En vue du Congrès de CGLU à Daejeon, le Séminaire offre l'opportunité au Forum "
        "d'apprentissage de se renforcer avec des praticien·ne·s de CGLU plus actifs, afin de :"
    )
    assert (lead_in, "Mesurer le progrès") in seed.objectives
    assert len(seed.objectives) == 11
    assert [heading for heading, _ in seed.objectives].count(lead_in) == 6
    assert seed.objectives[0][0].startswith("Dans ce contexte, CGLU Apprentissage veut écouter")


def test_seed_loses_no_line(seed: ParsedProgramme) -> None:
    kept = everything_kept(seed)
    # The section headings are the structure itself: programme_found, objectives, and the
    # context's own field.
    headings = {"Programme", "Objectifs", "Contexte"}
    lines = [strip_emphasis(line) for line in read(SEED).splitlines() if line.strip()]
    lost = [line for line in lines if line.strip() not in headings and line_words(line) not in kept]
    # The page furniture is dropped; the guiding question left its line for its field.
    assert lost == [
        "21-25 FEB 2022",
        "#UCLGMEETS",
        "21-25 FEB 2022",
        "#UCLGMEETS",
        "Méthodologie de groupe avec question directrice : "
        "Que fais-je pour soutenir l'apprentissage dans les municipalités ?",
    ]


# --- programmes as people write them ---------------------------------------------------


def test_english_multi_day_workshop_with_time_slots() -> None:
    programme = parse_programme(read("en_multiday_workshop.txt"), year=2026)
    assert programme.programme_found
    monday, tuesday = programme.days
    assert (monday.date, monday.heading, monday.line) == (date(2026, 6, 15), "Monday, June 15", 16)
    assert (tuesday.date, tuesday.heading) == (date(2026, 6, 16), "Tuesday, June 16")
    assert outline(monday) == [
        (0, "Registration", 30, "09:00", OTH, ""),
        (
            0,
            "Opening keynote: Cities on the front line",
            45,
            "09:30",
            PRE,
            "Dr. Amina Diallo, UN-Habitat",
        ),
        (0, "Coffee break", 15, "10:15", BRK, ""),
        (0, "Fishbowl: what worked in the pilots?", 90, "10:30", GRP, ""),
        (0, "Lunch", 60, "12:00", BRK, ""),
        (0, "Site visit preparation", 90, "13:00", OTH, ""),
        (1, "Safety briefing", 15, None, OTH, ""),
        (1, "Groups and transport", 15, None, OTH, ""),
    ]
    assert outline(tuesday) == [
        (0, "Panel discussion: financing adaptation", 90, "09:00", DIS, ""),
        (0, "Break", 15, "10:30", BRK, ""),
        (0, "Joint monitoring framework", 90, "10:45", OTH, ""),
        (0, "Closing and next steps", 15, "12:15", OTH, ""),
    ]
    assert monday.items[0].end == time(9, 30)
    assert warned(programme) == [
        "line 1: “Regional Learning Exchange on Climate Resilience” is the note's title; it is "
        "not taken as context"
    ]
    assert programme.objectives == [
        ("By the end of the workshop, participants will:", "Share lessons from the pilots"),
        ("By the end of the workshop, participants will:", "Agree on a joint monitoring framework"),
    ]
    assert programme.context == (  # what the "Background" heading holds
        "Cities in the region have been piloting nature-based solutions since 2023.\n"
        "This exchange brings their teams together."
    )


def test_spanish_programa_with_lettered_sub_items() -> None:
    programme = parse_programme(read("es_programa.txt"))
    [day] = programme.days
    assert (day.date, day.heading) == (date(2026, 6, 16), "Martes 16 de junio de 2026")
    assert outline(day) == [
        (0, "Bienvenida y presentación de los participantes", 90, "10:00", PRE, ""),
        (1, "Palabras de bienvenida", 10, None, PRE, ""),
        (1, "Ronda de presentaciones", 20, None, PRE, ""),
        (1, "Presentación de la metodología", 15, None, PRE, ""),
        (0, "Pausa café", 30, "11:30", BRK, ""),
        (0, "Trabajo en grupos: World café", 90, "12:00", GRP, ""),
        (1, "Primera ronda", 40, None, OTH, ""),
        (1, "Segunda ronda", 40, None, OTH, ""),
        (0, "Almuerzo", 60, "13:30", BRK, ""),
        (0, "Debate en plenaria", 45, "14:30", DIS, ""),
    ]
    assert warned(programme) == []
    assert programme.objectives == [
        ("Objetivos", "Compartir experiencias de presupuestos participativos"),
        ("Objetivos", "Identificar retos comunes"),
    ]
    assert programme.context == "Taller sobre participación ciudadana"


def test_markdown_agenda_with_heading_items_and_durations() -> None:
    programme = parse_programme(read("md_agenda.md"))
    [day] = programme.days
    assert (day.date, day.heading) == (None, "")
    assert outline(day) == [
        (0, "Welcome and introductions", 15, None, PRE, "Facilitator: Maria Lopez"),
        (0, "Presentation of the toolkit", 30, None, PRE, ""),
        (1, "Structure and principles", 10, None, OTH, ""),
        (1, "Case studies", 20, None, OTH, ""),
        (0, "Q&A", 15, None, DIS, ""),
        (0, "Coffee break", 15, None, BRK, ""),
        (0, "1-2-4-All: what would you change?", 45, None, GRP, ""),
    ]
    assert programme.objectives == [
        ("Objectives", "Review the draft toolkit"),
        ("Objectives", "Plan the pilot"),
    ]
    # The section after the agenda is context again: Markdown headings kept, emphasis not;
    # the title names the session.
    assert programme.context == (
        "Some intro paragraph with bold text & an ampersand.\n\n"
        "## Practical information\n\nVenue: Room 3, City Hall."
    )
    assert warned(programme) == [
        "line 1: “Peer review seminar” is the note's title; it is not taken as context"
    ]


MESSY_OUTLINE: list[Row] = [
    (0, "Opening of the day", 10, None, OTH, ""),
    (1, "Word from the host", 5, None, OTH, ""),
    (1, "Agenda review", 5, None, OTH, ""),
    (0, "Working groups", 90, None, OTH, ""),
    (1, "Group A: mobility", None, None, OTH, ""),
    (1, "Group B: housing", None, None, OTH, "notes taken by the rapporteurs"),
    (0, "Lunch break", None, None, BRK, ""),
    (0, "Plenary", 45, None, OTH, ""),
]


@pytest.mark.parametrize("ending", ["\r\n", "\n", "\r"])
def test_messy_spacing_tabs_blank_lines_and_mixed_bullets(ending: str) -> None:
    text = read("messy_spacing.txt")
    assert "\t" in text  # the endings are set below, whatever git did to the file
    programme = parse_programme(text.replace("\r\n", "\n").replace("\n", ending))
    assert programme.programme_found
    [day] = programme.days
    assert outline(day) == MESSY_OUTLINE
    assert [item.line for item in programme.items()] == [3, 4, 5, 8, 9, 10, 12, 14]
    assert warned(programme) == [
        "line 9: no duration for “Group A: mobility”",
        "line 10: no duration for “Group B: housing”",
        "line 12: no duration for “Lunch break”",
    ]
    assert programme.context == ""


def test_speaker_names_on_their_own_lines_describe_their_item() -> None:
    programme = parse_programme(read("speakers.txt"))
    [day] = programme.days
    assert outline(day) == [
        (0, "Opening remarks", 10, None, OTH, "Hon. Carlos Mendes\nMayor of Maputo"),
        (0, "Keynote: Learning cities", 20, None, PRE, "Prof. Jane Smith, University of Cape Town"),
        (0, "Panel discussion", 40, None, DIS, "Moderator: Aïcha Touré"),
        (1, "Lindiwe Dlamini, eThekwini", 10, None, OTH, ""),
        (1, "Kim Min-jun, Seoul", 10, None, OTH, ""),
        # "M." is no list marker: a French "Monsieur" stays a speaker.
        (0, "Closing", 5, None, OTH, ""),
    ]
    assert [item.speakers for item in day.walk()] == [[], [], [], [], [], ["M. Jean Dupont"]]
    assert warned(programme) == []


def test_french_ordre_du_jour_with_hours_and_day_headings() -> None:
    programme = parse_programme(read("fr_ordre_du_jour.txt"), year=2026)
    mardi, mercredi = programme.days
    assert (mardi.date, mardi.heading) == (date(2026, 6, 16), "Mardi 16 juin")
    assert (mercredi.date, mercredi.heading) == (date(2026, 6, 17), "Mercredi 17 juin")
    assert outline(mardi) == [
        # A start alone lasts until the next item's start.
        (0, "Accueil des participant·e·s", 30, "14:00", OTH, ""),
        (0, "Tour de table & attentes", 30, "14:30", GRP, ""),
        (0, "Débat : <b>quelles priorités</b> pour 2027 ?", 60, "15:00", DIS, ""),
        (0, "Pause café", 15, "16:00", BRK, ""),
        (0, "Synthèse", 45, "16:15", OTH, ""),
    ]
    assert outline(mercredi) == [
        (0, "Bienvenue et rappel de la veille", 15, "09:30", PRE, ""),
        (0, "Méthodologie de l'aquarium", 75, "09:45", GRP, ""),
        (0, "Pause", 15, "11:00", BRK, ""),
        (0, "Clôture", None, "11:15", OTH, ""),
    ]
    assert warned(programme) == ["line 18: no duration for “Clôture”"]
    assert programme.context == "Atelier régional sur l'apprentissage entre pairs"


def test_french_day_headings_without_a_year_are_flagged_not_guessed() -> None:
    programme = parse_programme(read("fr_ordre_du_jour.txt"))
    assert [day.date for day in programme.days] == [None, None]
    assert [day.heading for day in programme.days] == ["Mardi 16 juin", "Mercredi 17 juin"]
    assert warned(programme)[:2] == [
        "line 5: “Mardi 16 juin” has no year; give the year of the programme "
        "(the Year field, or --year)",
        "line 13: “Mercredi 17 juin” has no year; give the year of the programme "
        "(the Year field, or --year)",
    ]


def test_text_without_programme_heading_is_read_whole() -> None:
    programme = parse_programme(read("no_heading.txt"))
    assert not programme.programme_found
    [day] = programme.days
    assert outline(day) == [
        (0, "Registration", 30, "09:00", OTH, ""),
        (0, "Welcome by the Mayor", 30, "09:30", PRE, "Hon. Carlos Mendes"),
        (0, "Fishbowl: what works?", 45, "10:00", GRP, ""),
        (0, "Coffee break", 15, "10:45", BRK, ""),
        (0, "Round of reflections", 45, "11:00", GRP, ""),
        (0, "Closing", None, "11:45", OTH, ""),
    ]
    assert programme.context == (
        "Learning exchange – Maputo\n\n"
        "The session brings together city officials from five municipalities."
    )
    assert warned(programme) == ["line 11: no duration for “Closing”"]


# --- the forms, one at a time ----------------------------------------------------------


@pytest.mark.parametrize(
    ("heading"),
    [
        "Programme",
        "PROGRAM:",
        "## Agenda",
        "# programme :",
        "Ordre du jour",
        "Ordre du jour :",
        "Programa",
        "Orden del día",
        "**Agenda**",
        "Draft agenda",
    ],
)
def test_programme_headings(heading: str) -> None:
    programme = parse_programme(f"Some context.\n\n{heading}\n\n1. Opening (10 min)\n")
    assert programme.programme_found
    assert [item.title for item in programme.items()] == ["Opening"]
    assert programme.context == "Some context."


@pytest.mark.parametrize(
    ("line", "start", "end", "minutes", "title"),
    [
        ("09.00 Opening", time(9), None, None, "Opening"),
        ("10:20 Opening", time(10, 20), None, None, "Opening"),
        ("10h00-11h30 Opening", time(10), time(11, 30), 90, "Opening"),
        ("10h-11h Opening", time(10), time(11), 60, "Opening"),
        ("9am Opening", time(9), None, None, "Opening"),
        ("9:30 am – Opening", time(9, 30), None, None, "Opening"),
        ("2pm Opening", time(14), None, None, "Opening"),
        ("14h Opening", time(14), None, None, "Opening"),
        ("14 h 30 Opening", time(14, 30), None, None, "Opening"),
        ("09.30 – 09.45 Opening", time(9, 30), time(9, 45), 15, "Opening"),
        ("10:00 to 10:45 Opening", time(10), time(10, 45), 45, "Opening"),
        ("10-11h Opening", time(10), time(11), 60, "Opening"),
        ("11-1pm Opening", time(11), time(13), 120, "Opening"),
        ("23:30-00:30 Night walk", time(23, 30), time(0, 30), 60, "Night walk"),
        ("Opening (09:00–09:20)", time(9), time(9, 20), 20, "Opening"),
        ("Opening – 09:00-09:20", time(9), time(9, 20), 20, "Opening"),
        ("1. 09:00 – Opening (15 min)", time(9), None, 15, "Opening"),
    ],
)
def test_time_slots(
    line: str, start: time, end: time | None, minutes: int | None, title: str
) -> None:
    [item] = parse_programme(f"Programme\n{line}\n").items()
    assert (item.start, item.end, item.minutes, item.title) == (start, end, minutes, title)


@pytest.mark.parametrize(
    ("line", "minutes", "title"),
    [
        ("1. Opening (15 min)", 15, "Opening"),
        ("1. Opening 15'", 15, "Opening"),
        ("1. Opening 90'", 90, "Opening"),
        ("1. Opening – 20 minutes", 20, "Opening"),
        ("1. Opening - 20 min", 20, "Opening"),
        ("1. Opening (1h30)", 90, "Opening"),
        ("1. Opening (1 h 30)", 90, "Opening"),
        ("1. Opening, 45 minutos", 45, "Opening"),
        ("1. Opening [10 min]", 10, "Opening"),
        ("1. Opening: (10 min)", 10, "Opening"),
        ("1. Top 10 ideas", None, "Top 10 ideas"),
        ("1. Session – 2", None, "Session – 2"),
    ],
)
def test_durations(line: str, minutes: int | None, title: str) -> None:
    [item] = parse_programme(f"Programme\n{line}\n").items()
    assert (item.minutes, item.title) == (minutes, title)


def test_a_stated_duration_wins_over_a_slot_with_a_warning() -> None:
    [item] = parse_programme("Programme\n09:00-10:00 Opening (45 min)\n").items()
    assert (item.start, item.end, item.minutes) == (time(9), time(10), 45)
    assert warned(parse_programme("Programme\n09:00-10:00 Opening (45 min)\n")) == [
        "line 2: “Opening” says 45 min but its slot 09:00–10:00 lasts 60 min; 45 min kept"
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Coffee break",
        "Break",
        "Pause café",
        "Pause-café",
        "Pause",
        "Pausa café",
        "Pausa",
        "Lunch",
        "Lunch break",
        "Déjeuner",
        "Pause déjeuner",
        "Almuerzo",
        "Comida",
        "Networking lunch",
        "Coffee break and networking",
    ],
)
def test_breaks_in_three_languages(title: str) -> None:
    [item] = parse_programme(f"Programme\n1. {title} (15 min)\n").items()
    assert item.kind is ItemKind.BREAK


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Break-out groups", ItemKind.OTHER),
        ("How to break silos", ItemKind.OTHER),
        ("Keynote: resilient cities", ItemKind.PRESENTATION),
        ("Présentation du projet", ItemKind.PRESENTATION),
        ("Presentación del proyecto", ItemKind.PRESENTATION),
        ("Bienvenida", ItemKind.PRESENTATION),
        ("Open discussion", ItemKind.DISCUSSION),
        ("Débat", ItemKind.DISCUSSION),
        ("Debate", ItemKind.DISCUSSION),
        ("Q&A", ItemKind.DISCUSSION),
        ("World café on housing", ItemKind.GROUP_METHOD),
        ("Aquarium", ItemKind.GROUP_METHOD),
        ("Tour de table", ItemKind.GROUP_METHOD),
        ("Método de trabajo", ItemKind.GROUP_METHOD),
        ("1-2-4-all", ItemKind.GROUP_METHOD),
        ("Round of introductions", ItemKind.GROUP_METHOD),
        ("Methodology", ItemKind.GROUP_METHOD),
        ("Site visit", ItemKind.OTHER),
    ],
)
def test_kinds_are_guessed_from_the_words(title: str, kind: ItemKind) -> None:
    [item] = parse_programme(f"Programme\n1. {title} (15 min)\n").items()
    assert item.kind is kind


def test_a_kind_tag_states_what_the_words_do_not() -> None:
    [item] = parse_programme("Programme\n1. Tour de table (15 min) [discussion]\n").items()
    assert (item.title, item.kind, item.minutes) == ("Tour de table", ItemKind.DISCUSSION, 15)


@pytest.mark.parametrize(
    ("heading", "day", "label"),
    [
        ("Monday, June 15", date(2026, 6, 15), ""),
        ("Monday 15 June 2026", date(2026, 6, 15), ""),
        ("Mardi 16 juin", date(2026, 6, 16), ""),
        ("Martes 16 de junio", date(2026, 6, 16), ""),
        ("1er juin : visites", date(2026, 6, 1), "visites"),
        ("2026-06-15", date(2026, 6, 15), ""),
        ("15/06/2026", date(2026, 6, 15), ""),
        ("Day 1", None, ""),
        ("Jour 2 – Visites de terrain", None, "Visites de terrain"),
        ("Día 3", None, ""),
        ("## Day 1: Opening", None, "Opening"),
    ],
)
def test_day_headings(heading: str, day: date | None, label: str) -> None:
    text = f"Programme\n1. Before (5 min)\n{heading}\n1. After (5 min)\n"
    first, second = parse_programme(text, year=2026).days
    assert (first.date, first.heading) == (None, "")
    assert (second.date, second.label, second.line) == (day, label, 3)
    assert [item.title for item in second.items] == ["After"]


def test_day_heading_times_and_weekday_mismatch() -> None:
    programme = parse_programme("Agenda\nTuesday 15 June 2026 (09:00–17:00)\n1. Opening (5 min)\n")
    [day] = programme.days
    assert (day.date, day.start, day.end) == (date(2026, 6, 15), time(9), time(17))
    assert warned(programme) == [
        "line 2: “Tuesday 15 June 2026 (09:00–17:00)” says “Tuesday” but 2026-06-15 is a Monday"
    ]


def test_year_of_an_earlier_heading_serves_the_next_ones() -> None:
    text = "Programme\nMonday 15 June 2026\n1. A (5 min)\nTuesday 16 June\n1. B (5 min)\n"
    assert [day.date for day in parse_programme(text).days] == [
        date(2026, 6, 15),
        date(2026, 6, 16),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Programme\nI. Opening (5 min)\n  a) Word (5 min)\nII. Close (5 min)\n",
        "Programme\n1) Opening (5 min)\n  - a) Word (5 min)\n2) Close (5 min)\n",
        "Programme\n1. Opening (5 min)\n   a. Word (5 min)\n2. Close (5 min)\n",
        "Programme\n1 - Opening (5 min)\n   (a) Word (5 min)\n2 - Close (5 min)\n",
        "Programme\n1. Opening (5 min)\n1.1 Word (5 min)\n2. Close (5 min)\n",
        "Programme\n# Opening (5 min)\n## Word (5 min)\n# Close (5 min)\n",
        "Programme\n1. Opening (5 min)\n   1. Word (5 min)\n2. Close (5 min)\n",
        "Programme\n* Opening (5 min)\n    * Word (5 min)\n* Close (5 min)\n",
        "Programme\n• Opening (5 min)\n  – Word (5 min)\n• Close (5 min)\n",
    ],
)
def test_list_markers_and_nesting(text: str) -> None:
    [day] = parse_programme(text).days
    assert [(depth, title) for depth, title, *_ in outline(day)] == [
        (0, "Opening"),
        (1, "Word"),
        (0, "Close"),
    ]


def test_lines_under_an_item_describe_it_and_the_rest_is_context() -> None:
    text = (
        "Programme\n\nThe day is hosted by the city.\n\n1. Opening (5 min)\nby the mayor\n\n"
        "with music\n   - Words (5 min)\n   Speaker: Ana\nLess indented: the outer item's\n"
    )
    programme = parse_programme(text)
    assert programme.context == "The day is hosted by the city."
    [day] = programme.days
    assert outline(day) == [
        (0, "Opening", 5, None, OTH, "by the mayor\n\nwith music\nLess indented: the outer item's"),
        (1, "Words", 5, None, OTH, "Speaker: Ana"),
    ]


def test_a_slot_on_its_own_line_takes_the_next_line_as_title() -> None:
    text = "Agenda\n09:00 – 09:30\nRegistration\n09:30\n10:00\nOpening\n10:00\n"
    programme = parse_programme(text)
    [day] = programme.days
    assert outline(day) == [
        (0, "Registration", 30, "09:00", OTH, ""),
        (0, "Opening", 30, "09:30", OTH, "10:00"),  # a last slot with no title is kept
    ]


def test_a_duration_alone_on_its_line_is_the_item_above_s() -> None:
    [item] = parse_programme("Agenda\n1. Opening\n(15 min)\n").items()
    assert (item.title, item.minutes, item.description) == ("Opening", 15, "")


def test_a_programme_heading_over_plain_titles_reads_them_as_items() -> None:
    programme = parse_programme("Agenda\n\nWelcome\nKeynote\nGroup work\n\nObjectives\n- Learn\n")
    assert [item.title for item in programme.items()] == ["Welcome", "Keynote", "Group work"]
    assert programme.objectives == [("Objectives", "Learn")]


def test_a_title_agenda_over_no_items_gives_way_to_the_programme_further_down() -> None:
    text = "Agenda\n\nWorkshop on housing\n\nObjectives\n- Learn\n\nProgramme\n1. Opening (5 min)\n"
    programme = parse_programme(text)
    assert [item.title for item in programme.items()] == ["Opening"]
    assert programme.context == "Agenda\n\nWorkshop on housing"
    assert programme.objectives == [("Objectives", "Learn")]


def test_objectives_lead_ins_wrapped_entries_and_lone_paragraphs() -> None:
    text = (
        "Goals\n\nParticipants will:\n- share practice\n  across cities\n- plan\n\n"
        "Also build trust.\n\nProgramme\n1. A (5 min)\n"
    )
    assert parse_programme(text).objectives == [
        ("Participants will:", "share practice across cities"),
        ("Participants will:", "plan"),
        ("Goals", "Also build trust."),
    ]


def test_empty_and_blank_texts() -> None:
    for text in ("", "\n\n  \t\n"):
        programme = parse_programme(text)
        assert programme.days == [ParsedDay(None, "")]
        assert (programme.context, programme.objectives, warned(programme)) == ("", [], [])
        assert not programme.programme_found


# --- hostile text ----------------------------------------------------------------------

HOSTILE = (
    "Programme\n"
    "1. <b>Ouverture</b> & accueil 🎉 (10 min)\n"
    "   - مرحبا بكم في المنتدى (5 min)\n"
    "   - 환영합니다 여러분 (5 min)\n"
    "&amp; <script>alert('x')</script> · « guillemets » \u200b\n"
    "2. Débat \"quoted\" & 'single' <i>x</i> (20 min)\n"
)


def test_hostile_text_is_kept_exactly() -> None:
    programme = parse_programme(HOSTILE)
    assert [item.title for item in programme.items()] == [
        "<b>Ouverture</b> & accueil 🎉",
        "مرحبا بكم في المنتدى",
        "환영합니다 여러분",
        "Débat \"quoted\" & 'single' <i>x</i>",
    ]
    # Less indented than the sub-items: it describes the item they belong to.
    opening = programme.days[0].items[0]
    assert opening.description == "&amp; <script>alert('x')</script> · « guillemets » \u200b"


def test_a_megabyte_of_text_keeps_every_line() -> None:
    # The largest programme accepted (1 MB). No timing here: speed belongs to benchmarks,
    # and pytest-timeout catches a parse that would backtrack without end.
    block = HOSTILE.removeprefix("Programme\n")
    copies = 1_000_000 // len(block.encode()) + 1
    text = "Programme\n" + block * copies
    assert len(text.encode()) > 1_000_000
    programme = parse_programme(text)
    one = [(i.title, i.minutes, i.description) for i in parse_programme(HOSTILE).items()]
    assert [(i.title, i.minutes, i.description) for i in programme.items()] == one * copies
    assert len(programme.days[0].items) == 2 * copies


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,
        "Programme\n1. " + "é" * 1_000_000,
        "Agenda\n" + "09:00 " * 100_000,
        "Agenda\n" + ("(1h) [x] – 2h 3' " * 30 + "\n") * 2_000,
        "Programme\n" + "- " * 500_000,
        "\r" * 100_000 + "\n" * 100_000,
    ],
)
@pytest.mark.timeout(60)  # a parse that backtracks without end fails here; speed is benchmarked
def test_pathological_megabytes_parse_without_error(text: str) -> None:
    programme = parse_programme(text)
    longest = max(text.splitlines(), key=len).strip()
    if longest:
        assert line_words(longest)[:200] in everything_kept(programme)
