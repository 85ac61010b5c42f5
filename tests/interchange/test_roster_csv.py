"""CSV roster import and export, with rosters as people really have them."""

from __future__ import annotations

import csv
import io
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forum_desktop.interchange.roster_csv import (
    IMPORT_FIELDS,
    MAX_BYTES,
    CsvFormatError,
    RawTable,
    export_roster,
    guess_mapping,
    preview,
    read_file,
    read_table,
)
from forum_desktop.models import AttendanceMode, AttendanceStatus, Language, Participant, Role
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import ImportParticipants, roster
from forum_desktop.storage import Store

EVENT = UUID(int=1)
EDITABLE = ("name", "organisation", "city", "country", "role", "email", "language", "mode", "notes")


def people_of(data: bytes) -> list[dict[str, Any]]:
    """Import ``data`` with the guessed mapping, insisting that no row has a problem."""
    table = read_table(data)
    result = preview(table, guess_mapping(table.headers))
    assert result.problems == []
    return [person for _, person in result.people]


def with_defaults(**fields: Any) -> dict[str, Any]:
    return {
        "name": "",
        "organisation": "",
        "city": "",
        "country": "",
        "role": Role.PARTICIPANT,
        "email": "",
        "language": None,
        "mode": AttendanceMode.ONSITE,
        "notes": "",
        **fields,
    }


def fields_of(person: Participant) -> dict[str, Any]:
    return {name: getattr(person, name) for name in EDITABLE}


def new_event(store: Store) -> UUID:
    event_id = execute(store, CreateEvent(title="Atelier")).value
    assert isinstance(event_id, UUID)
    return event_id


def exported_cells(data: bytes, delimiter: str = ",") -> list[list[str]]:
    text = io.StringIO(data.decode("utf-8-sig"), newline="")
    return list(csv.reader(text, delimiter=delimiter))


# --- delimiters and encodings -------------------------------------------------------------


def test_raw_table_shape_and_line_numbers() -> None:
    table = read_table(b"Name\n\nAda\n")

    assert table == RawTable(headers=["Name"], rows=[(3, ["Ada"])], encoding="utf-8", delimiter=",")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_detects_the_delimiter(delimiter: str) -> None:
    text = delimiter.join(["Name", "City", "Notes"]) + "\r\n"
    text += delimiter.join(["Ada", "London", "likes tea"]) + "\r\n"
    text += delimiter.join(["Jean", "Lyon", "aime le café"]) + "\r\n"

    table = read_table(text.encode())

    assert table.delimiter == delimiter
    assert table.headers == ["Name", "City", "Notes"]
    assert table.rows == [
        (2, ["Ada", "London", "likes tea"]),
        (3, ["Jean", "Lyon", "aime le café"]),
    ]


def test_semicolons_win_over_commas_inside_cells() -> None:
    data = "Nom;Organisation;Remarques\nDupont, Jean;ACME, SA;vient, repart\nMarie;ONU;oui\n"

    table = read_table(data.encode())

    assert table.delimiter == ";"
    assert table.rows[0] == (2, ["Dupont, Jean", "ACME, SA", "vient, repart"])


def test_single_column_file_reads_with_comma() -> None:
    table = read_table(b"Name\nAda\nGrace\n")

    assert (table.delimiter, table.headers) == (",", ["Name"])
    assert [cells for _, cells in table.rows] == [["Ada"], ["Grace"]]


def test_utf8_without_bom() -> None:
    table = read_table("Name,City\nJosé,Bogotá\n".encode())

    assert table.encoding == "utf-8"
    assert table.rows == [(2, ["José", "Bogotá"])]


def test_utf8_with_bom_leaves_no_bom_in_the_first_header() -> None:
    table = read_table("Name,City\nJosé,Bogotá\n".encode("utf-8-sig"))

    assert table.encoding == "utf-8-sig"
    assert table.headers == ["Name", "City"]
    assert people_of("Name,City\nJosé,Bogotá\n".encode("utf-8-sig"))[0]["name"] == "José"


def test_windows_1252() -> None:
    data = "Nom;Organisme;Ville\nJosé Núñez;Société Générale;Bogotá\n".encode("cp1252")
    assert b"\xe9" in data  # really single-byte accents, not UTF-8

    table = read_table(data)

    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.rows == [(2, ["José Núñez", "Société Générale", "Bogotá"])]
    assert people_of(data)[0]["organisation"] == "Société Générale"


def test_excel_sep_line_names_the_delimiter() -> None:
    table = read_table(b"sep=;\r\nName;City\r\nAda;London, UK\r\n")

    assert table.delimiter == ";"
    assert table.headers == ["Name", "City"]
    assert table.rows == [(3, ["Ada", "London, UK"])]


def test_title_rows_above_the_column_names_are_skipped() -> None:
    data = "Liste des participants;;\n;;\nPrénom;Nom;Ville\nJean;Dupont;Lyon\n".encode()

    table = read_table(data)

    assert table.headers == ["Prénom", "Nom", "Ville"]
    assert table.rows == [(4, ["Jean", "Dupont", "Lyon"])]


# --- errors about the whole file ----------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"\xef\xbb\xbf \r\n\r\n", "empty"),
        (b",,,\n,,\n", "empty"),
        (b"Name,City\r\n \x1a,\r\n", "nobody below"),
        (b"Name,Email\r\n", "nobody below"),
        (b"Name,Email\r\n\r\n,\r\n", "nobody below"),
        (b"ada@example.org,Ada\ngrace@example.org,Grace\n", "column names"),
        (b'Name,Notes\nAda,"never closed\nGrace,ok\n', "never closed"),
        (b"PK\x03\x04\x14\x00\x06\x00", "workbook"),
        ("Name\nAda\n".encode("utf-16"), "UTF-16"),
    ],
)
def test_unusable_files_raise_a_clear_message(data: bytes, words: str) -> None:
    with pytest.raises(CsvFormatError, match=words):
        read_table(data)


def test_binary_garbage_is_not_text() -> None:
    garbage = random.Random(7).randbytes(4096)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + garbage

    controls = bytes(range(1, 32)) * 4  # valid UTF-8, yet no text
    for data in (garbage, png, garbage.replace(b"\x00", b"\x01"), controls):
        with pytest.raises(CsvFormatError) as raised:
            read_table(data)
        assert "not a CSV file" in str(raised.value)
        assert "CSV UTF-8" in str(raised.value)  # says what to do


def test_file_over_20_mb_is_refused() -> None:
    with pytest.raises(CsvFormatError, match="larger than 20 MB"):
        read_table(b"Name\n" + b"a" * MAX_BYTES)


def test_read_file_refuses_a_huge_file_before_reading_it(tmp_path: Path) -> None:
    small, huge = tmp_path / "roster.csv", tmp_path / "huge.csv"
    small.write_bytes("Nom;Ville\r\nJosé;Bogotá\r\n".encode("cp1252"))
    with huge.open("wb") as sparse:
        sparse.truncate(MAX_BYTES + 1)

    assert read_file(small).rows == [(2, ["José", "Bogotá"])]
    with pytest.raises(CsvFormatError, match="larger than 20 MB"):
        read_file(huge)


def test_unclosed_quote_reports_the_line_where_it_opens() -> None:
    data = b'Name,Notes\nAda,fine\n\nGrace,"oops\nHedy,ok\nAlan,ok\n'

    with pytest.raises(CsvFormatError, match="Line 4 opens a quoted cell"):
        read_table(data)


# --- column mapping -----------------------------------------------------------------------


def test_import_fields_in_display_order() -> None:
    assert IMPORT_FIELDS == (
        "name", "first_name", "last_name", "organisation", "city", "country",
        "role", "email", "language", "mode", "notes",
    )  # fmt: skip


def test_english_headers_ignore_case_spaces_and_punctuation() -> None:
    headers = ["FULL NAME", "Org.", "  town ", "Country:", "Function", "E-Mail",
               "Preferred language", "Onsite/Online", "Comments", "Badge number"]  # fmt: skip

    assert guess_mapping(headers) == [
        "name", "organisation", "city", "country", "role", "email", "language", "mode",
        "notes", None,
    ]  # fmt: skip


def test_french_headers() -> None:
    headers = ["Prénom", "Nom", "Organisme", "Ville", "Pays", "Rôle", "Courriel", "Langue",
               "Modalité", "Commentaires"]  # fmt: skip

    assert guess_mapping(headers) == [
        "first_name", "last_name", "organisation", "city", "country", "role", "email",
        "language", "mode", "notes",
    ]  # fmt: skip


def test_spanish_headers() -> None:
    headers = ["Nombre completo", "Institución", "Municipio", "País", "Función",
               "Correo electrónico", "Idioma", "Modalidad", "Observaciones"]  # fmt: skip

    assert guess_mapping(headers) == [
        "name", "organisation", "city", "country", "role", "email", "language", "mode", "notes",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Nom", "Ville"], ["name", "city"]),  # alone, "Nom" is the whole name
        (["Nom", "Prénom"], ["last_name", "first_name"]),
        (["Nombre", "Ciudad"], ["name", "city"]),
        (["Nombre", "Apellidos"], ["first_name", "last_name"]),
        (["Name", "Surname"], ["first_name", "last_name"]),
        (["Nombre de pila", "Apellido"], ["first_name", "last_name"]),
        (["First name", "Last name", "Name"], ["first_name", "last_name", "name"]),
    ],
)
def test_name_or_its_halves(headers: list[str], expected: list[str | None]) -> None:
    assert guess_mapping(headers) == expected


def test_each_field_is_mapped_once_and_exact_headers_win() -> None:
    headers = ["Email", "Courriel", "Organisation type", "Organisation", "Payment mode", "Nom"]

    assert guess_mapping(headers) == ["email", None, None, "organisation", None, "name"]


def test_longer_headers_containing_a_synonym() -> None:
    headers = ["Participant ID", "Participant name", "E-mail address (work)", "Pays de résidence"]

    assert guess_mapping(headers) == [None, "name", "email", "country"]


# --- rows ---------------------------------------------------------------------------------


def test_first_and_last_name_are_joined() -> None:
    data = "Prénom;Nom;Organisme\nJean;Dupont;ONU\n;Martin;ONU\nAna;;ONU\n".encode()

    names = [person["name"] for person in people_of(data)]

    assert names == ["Jean Dupont", "Martin", "Ana"]


def test_full_name_column_is_used_when_mapped() -> None:
    table = read_table(b"Full name,First name,Last name\nAda King,Ada,Lovelace\n,Grace,Hopper\n")
    result = preview(table, ["name", "first_name", "last_name"])

    assert [person["name"] for _, person in result.people] == ["Ada King", "Grace Hopper"]


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("Animatrice", Role.FACILITATOR),
        ("facilitador(a)", Role.FACILITATOR),
        ("Moderador", Role.FACILITATOR),
        ("Rapporteuse", Role.RAPPORTEUR),
        ("Relatora", Role.RAPPORTEUR),
        ("PARTICIPANTE", Role.PARTICIPANT),
        ("", Role.PARTICIPANT),
        ("Intervenant(e)", Role.SPEAKER),
        ("Ponente", Role.SPEAKER),
        ("Orador(a)", Role.SPEAKER),
        ("Hôte", Role.HOST),
        ("Anfitrión", Role.HOST),
        ("Organisateur", Role.HOST),
    ],
)
def test_role_words(cell: str, role: Role) -> None:
    assert people_of(f"Name,Role\nAda,{cell}\n".encode())[0]["role"] is role


@pytest.mark.parametrize(
    ("cell", "mode"),
    [
        ("On-site", AttendanceMode.ONSITE),
        ("in person", AttendanceMode.ONSITE),
        ("Présentiel", AttendanceMode.ONSITE),
        ("sur place", AttendanceMode.ONSITE),
        ("Presencial", AttendanceMode.ONSITE),
        ("", AttendanceMode.ONSITE),
        ("Remote", AttendanceMode.ONLINE),
        ("En ligne", AttendanceMode.ONLINE),
        ("à distance", AttendanceMode.ONLINE),
        ("distanciel", AttendanceMode.ONLINE),
        ("En línea", AttendanceMode.ONLINE),
        ("remoto", AttendanceMode.ONLINE),
    ],
)
def test_mode_words(cell: str, mode: AttendanceMode) -> None:
    assert people_of(f"Name,Mode\nAda,{cell}\n".encode())[0]["mode"] is mode


@pytest.mark.parametrize(
    ("cell", "language"),
    [
        ("EN", Language.EN),
        ("Anglais", Language.EN),
        ("inglés", Language.EN),
        ("français", Language.FR),
        ("fr-CA", Language.FR),
        ("Francés", Language.FR),
        ("castellano", Language.ES),
        ("Espagnol", Language.ES),
        ("", None),
    ],
)
def test_language_words(cell: str, language: Language | None) -> None:
    assert people_of(f"Name,Language\nAda,{cell}\n".encode())[0]["language"] is language


def test_a_person_is_exactly_what_import_participants_takes(store: Store) -> None:
    data = "Name,Organisation,Role,Email,Language,Mode\nAda,ACME,speaker,ada@x.org,fr,online\n"

    people = people_of(data.encode())
    event_id = new_event(store)
    execute(store, ImportParticipants(event_id=event_id, people=people))

    assert people == [
        {
            "name": "Ada",
            "organisation": "ACME",
            "city": "",
            "country": "",
            "role": Role.SPEAKER,
            "email": "ada@x.org",
            "language": Language.FR,
            "mode": AttendanceMode.ONLINE,
            "notes": "",
        }
    ]
    assert [fields_of(p) for p in roster(store, event_id)] == people


def test_bad_rows_are_reported_by_the_line_they_start_on() -> None:
    data = (
        b"Name,Role,Email,Mode,Language,Notes\r\n"  # 1
        b"Ada,speaker,ada@example.org,online,en,ok\r\n"  # 2
        b'Grace,host,,onsite,,"three\r\nline\r\nnote"\r\n'  # 3-5
        b"Boss Man,boss,,,,\r\n"  # 6
        b"\r\n"  # 7
        b",speaker,,,,nameless\r\n"  # 8
        b"Hedy,,not-an-address,,,\r\n"  # 9
        b"Alan,,,,,too,many\r\n"  # 10
        b'Edsger,,,hybrid,"de",\r\n'  # 11
        b'Barbara,participant,b@l.org,,,"a\nb"\r\n'  # 12-13
        b"Ken,rapporteur,,,klingon,\r\n"  # 14
        b",,,,,\r\n"  # 15: blank, skipped
    )

    table = read_table(data)
    result = preview(table, guess_mapping(table.headers))

    assert [line for line, _ in result.people] == [2, 3, 12]
    assert result.people[1][1]["notes"] == "three\nline\nnote"
    assert [(p.line, p.reason) for p in result.problems] == [
        (
            6,
            'role "boss" is not one of facilitator, rapporteur, participant, speaker, host',
        ),
        (8, "no name"),
        (9, 'email "not-an-address" is not an e-mail address'),
        (
            10,
            "7 cells but only 6 column names (a cell may contain a comma without quotes around it)",
        ),
        (
            11,
            'language "de" is not one of en, fr, es; mode "hybrid" is not one of onsite, online',
        ),
        (14, 'language "klingon" is not one of en, fr, es'),
    ]
    assert str(result.problems[0]) == (
        'line 6: role "boss" is not one of facilitator, rapporteur, participant, speaker, host'
    )
    assert [n.kind.code for n in result.problems[4].notices] == [
        "csv.not_a_language",
        "csv.not_a_mode",
    ]


def test_lone_cr_line_endings_count_as_lines() -> None:
    table = read_table(b'Name,Notes\rAda,"x\ry"\rGrace,boss\r')

    assert table.rows == [(2, ["Ada", "x\ry"]), (4, ["Grace", "boss"])]
    assert preview(table, ["name", "notes"]).people[0][1]["notes"] == "x\ny"


def test_an_overlong_name_is_a_problem_not_a_crash() -> None:
    limit = TITLE_MAX_LENGTH
    table = read_table(f"Name\n{'x' * (limit + 1)}\n{'y' * limit}\n".encode())
    result = preview(table, ["name"])

    assert [(p.line, p.reason) for p in result.problems] == [
        (2, f"the name is longer than {limit} characters")
    ]
    assert [line for line, _ in result.people] == [3]


def test_trailing_empty_cells_are_not_extra_cells() -> None:
    table = read_table(b"Name,City\nAda,London,,\n")

    expected = with_defaults(name="Ada", city="London")
    assert preview(table, ["name", "city"]).people == [(2, expected)]


def test_whitespace_trimmed_and_control_characters_removed() -> None:
    data = 'Name,City,Notes\n  Ada\x07 , \u00a0London\t,"line\x01 one\r\n\x1bline two\x7f"\n'

    (person,) = people_of(data.encode())

    assert (person["name"], person["city"], person["notes"]) == (
        "Ada",
        "London",
        "line one\nline two",
    )


def test_unmapped_name_gives_no_name_problems() -> None:
    table = read_table(b"Name,City\nAda,London\n")

    assert [str(p) for p in preview(table, [None, "city"]).problems] == ["line 2: no name"]


@pytest.mark.parametrize(
    "mapping",
    [["name"], ["name", "name"], ["name", "attendance"], ["name", "city", None]],
)
def test_preview_refuses_a_mapping_that_does_not_fit(mapping: list[str | None]) -> None:
    table = read_table(b"Name,City\nAda,London\n")

    with pytest.raises(ValueError, match=r"mapped|import"):
        preview(table, mapping)


# --- hostile cells ------------------------------------------------------------------------

HOSTILE = {
    "name": 'Ada "The Countess" Lovelace',
    "organisation": "=SUM(A1)",
    "city": "+1",
    "country": "-2",
    "notes": "@x\n<b>&amp;</b> & 🎉 مرحبا 안녕하세요\n'quoted'",
}


def test_hostile_cells_are_stored_exactly_and_exported_neutralised(store: Store) -> None:
    source = export_roster([Participant(event_id=EVENT, **HOSTILE)])
    cells = exported_cells(source)
    assert cells[1][:4] == ['Ada "The Countess" Lovelace', "'=SUM(A1)", "'+1", "'-2"]
    assert cells[1][10] == "'" + HOSTILE["notes"]

    event_id = new_event(store)
    execute(store, ImportParticipants(event_id=event_id, people=people_of(source)))
    (stored,) = roster(store, event_id)

    assert {name: getattr(stored, name) for name in HOSTILE} == HOSTILE
    again = exported_cells(export_roster([stored]))
    assert again == cells


def test_hostile_cells_typed_in_a_foreign_file_come_through() -> None:
    data = (
        "Name;Organisation;Notes\n"
        '"Ana ""la jefa"" Díaz";"<b>&amp;</b>";"=SUM(A1)\n+1"\n'
        "O'Brien;@x;-2\n"
    ).encode()

    people = people_of(data)

    assert [(p["name"], p["organisation"], p["notes"]) for p in people] == [
        ('Ana "la jefa" Díaz', "<b>&amp;</b>", "=SUM(A1)\n+1"),
        ("O'Brien", "@x", "-2"),
    ]


def test_import_strips_exactly_one_guard_quote() -> None:
    data = b"Name,Notes\nAda,'=1\nBob,''=2\nCy,'plain\nDi,'\tx\n"

    assert [p["notes"] for p in people_of(data)] == ["=1", "'=2", "'plain", "x"]


def test_tab_and_carriage_return_starts_are_neutralised() -> None:
    person = Participant(event_id=EVENT, name="Ada", notes="\tx", city="\ry")

    row = exported_cells(export_roster([person], delimiter=";"), ";")[1]

    assert (row[2], row[10]) == ("'\ry", "'\tx")


# --- export -------------------------------------------------------------------------------


def _everyone() -> list[Participant]:
    checked = datetime(2022, 2, 23, 9, 5, tzinfo=UTC)
    return [
        Participant(
            event_id=EVENT,
            name=f"Person {role.value}",
            organisation="Société Générale",
            city="Bogotá",
            country="Colombia",
            role=role,
            email=f"{role.value}@example.org",
            language=language,
            mode=mode,
            notes="",
            attendance=status,
            checked_in_at=None if status is AttendanceStatus.UNKNOWN else checked,
        )
        for role, language, mode, status in zip(
            Role,
            [Language.EN, Language.FR, Language.ES, None, Language.FR],
            [AttendanceMode.ONSITE, AttendanceMode.ONLINE] * 3,
            [*AttendanceStatus, AttendanceStatus.PRESENT],
            strict=False,
        )
    ]


def test_export_is_utf8_with_bom_and_crlf() -> None:
    data = export_roster(_everyone())

    assert data.startswith(b"\xef\xbb\xbfName,Organisation,City,Country,Role,Email,Language,")
    assert data.count(b"\r\n") == 6
    assert "Société Générale".encode() in data


@pytest.mark.parametrize(
    ("language", "header", "words"),
    [
        (Language.EN, "Name", ["facilitator", "English", "onsite", ""]),
        (Language.FR, "Nom", ["animateur", "anglais", "présentiel", ""]),
        (Language.ES, "Nombre", ["facilitador", "inglés", "presencial", ""]),
    ],
)
def test_export_words_are_in_the_language(
    language: Language, header: str, words: list[str]
) -> None:
    rows = exported_cells(export_roster(_everyone(), language))

    assert rows[0][0] == header
    assert len(rows[0]) == 11
    first = rows[1]
    assert [first[4], first[6], first[7], first[8]] == words
    assert rows[2][8] != "" and rows[2][9] == "2022-02-23 09:05:00+00:00"


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_export_then_import_gives_the_same_people(language: Language, delimiter: str) -> None:
    people = _everyone()

    data = export_roster(people, language, delimiter=delimiter)
    table = read_table(data)

    assert (table.encoding, table.delimiter) == ("utf-8-sig", delimiter)
    assert people_of(data) == [fields_of(person) for person in people]


def test_export_of_nobody_is_a_header_row() -> None:
    assert exported_cells(export_roster([], Language.FR)) == [
        ["Nom", "Organisation", "Ville", "Pays", "Rôle", "Courriel", "Langue", "Modalité",
         "Présence", "Heure d'arrivée", "Remarques"],
    ]  # fmt: skip


# Text as import leaves it: no control characters but newline and tab, nothing to trim.
_CHARACTERS = st.characters(exclude_categories=("Cc", "Cs")) | st.sampled_from("\n\t'\"=+-@,;")
_TEXT = st.text(_CHARACTERS, max_size=20).map(str.strip)
_EMAIL_PART = st.text(
    st.characters(exclude_categories=("Cc", "Cs", "Z"), exclude_characters="@"),
    min_size=1,
    max_size=6,
)
_EMAILS = st.just("") | st.builds("{}@{}.{}".format, _EMAIL_PART, _EMAIL_PART, _EMAIL_PART)


@st.composite
def participants(draw: st.DrawFn) -> Participant:
    return Participant(
        event_id=EVENT,
        name=draw(_TEXT.filter(bool)),
        organisation=draw(_TEXT),
        city=draw(_TEXT),
        country=draw(_TEXT),
        role=draw(st.sampled_from(Role)),
        email=draw(_EMAILS),
        language=draw(st.none() | st.sampled_from(Language)),
        mode=draw(st.sampled_from(AttendanceMode)),
        notes=draw(_TEXT),
    )


@given(
    people=st.lists(participants(), min_size=1, max_size=5),
    language=st.sampled_from(Language),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_round_trip_of_arbitrary_text(
    people: list[Participant], language: Language, delimiter: str
) -> None:
    data = export_roster(people, language, delimiter=delimiter)

    assert people_of(data) == [fields_of(person) for person in people]


# --- volume -------------------------------------------------------------------------------


@pytest.mark.slow
def test_ten_thousand_rows_import_into_the_store(store: Store) -> None:
    lines = ["Prénom;Nom;Organisme;Ville;Rôle;Courriel;Modalité"]
    lines += [
        f"Prénom{i};Nom{i};Org {i % 37};Ville {i % 11};animatrice;p{i}@example.org;en ligne"
        for i in range(10_000)
    ]
    table = read_table("\r\n".join(lines).encode("cp1252"))
    result = preview(table, guess_mapping(table.headers))
    assert result.problems == []
    assert result.people[-1][0] == 10_001

    event_id = new_event(store)
    imported = execute(
        store, ImportParticipants(event_id=event_id, people=[person for _, person in result.people])
    )

    assert imported.value == 10_000
    (count,) = store.conn.execute(
        "SELECT COUNT(*) FROM participant WHERE event_id = ?", (str(event_id),)
    ).fetchone()
    assert count == 10_000
    last = roster(store, event_id)[-1]
    assert (last.name, last.role, last.mode) == ("Prénom9999 Nom9999", Role.FACILITATOR, "online")
