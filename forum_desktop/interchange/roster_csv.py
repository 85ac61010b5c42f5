"""CSV rosters in and out, as people really have them.

Import is three steps so the UI can show a preview in between: ``read_table`` decodes and
splits the file, ``guess_mapping`` proposes which participant field each column holds (the
user may change it), ``preview`` turns rows into participant fields and row problems.
``export_roster`` writes a roster that Excel opens and that imports back unchanged.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

from pydantic import ValidationError

from forum_desktop.interchange.roster_words import (
    AMBIGUOUS_NAMES,
    EXPORT_ATTENDANCE,
    EXPORT_HEADERS,
    EXPORT_LANGUAGES,
    EXPORT_MODES,
    EXPORT_ROLES,
    HEADER_SYNONYMS,
    LANGUAGE_WORDS,
    MODE_WORDS,
    NOT_CONTAINED,
    ROLE_WORDS,
    fold,
)
from forum_desktop.models import AttendanceMode, Language, Participant, Role
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.notices import Notice, NoticeError, NoticeKind

E = TypeVar("E", bound=Enum)

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
"""People in one import: a congress's roster is a few thousand; a bigger file is split."""
"""Largest file accepted: far beyond any roster, small enough to parse in a moment."""

IMPORT_FIELDS: tuple[str, ...] = (
    "name",
    "first_name",
    "last_name",
    "organisation",
    "city",
    "country",
    "role",
    "email",
    "language",
    "mode",
    "notes",
)
"""Fields a column can map to, in display order; first/last name are joined into name."""

DELIMITERS: dict[str, str] = {",": "comma", ";": "semicolon", "\t": "tab"}

_SAVE_AS_CSV = (
    "Save the roster from your spreadsheet as \u201cCSV UTF-8\u201d and import that file."
)

# Why a file cannot be read as a roster.
TOO_LARGE = NoticeKind(
    "csv.too_large",
    "The file is larger than {megabytes} MB, far more than a roster. "
    "Check that you chose the right file, or split it into smaller files.",
)
TOO_MANY_ROWS = NoticeKind(
    "csv.too_many_rows",
    "The file has {count} rows; at most {limit} people are imported at once. "
    "Split it into smaller files.",
)
EMPTY = NoticeKind(
    "csv.empty",
    "The file is empty. Choose a CSV file with a row of column names and one person per row.",
)
NOBODY = NoticeKind(
    "csv.nobody",
    "The file has column names but nobody below them. Add one person per row under "
    "the column names.",
)
UTF16 = NoticeKind(
    "csv.utf16",
    "The file is saved as UTF-16 (\u201cUnicode text\u201d), which is not supported. "
    + _SAVE_AS_CSV,
)
WORKBOOK = NoticeKind(
    "csv.workbook", "This is a spreadsheet workbook, not a CSV file. " + _SAVE_AS_CSV
)
NOT_TEXT = NoticeKind(
    "csv.not_text", "This file does not contain text, so it is not a CSV file. " + _SAVE_AS_CSV
)
UNREADABLE_LINE = NoticeKind(
    "csv.unreadable_line",
    'Line {line} cannot be read ({error}). Check that every quote (") that '
    "opens a cell also closes it.",
)
UNCLOSED_QUOTE = NoticeKind(
    "csv.unclosed_quote",
    'Line {line} opens a quoted cell (") that is never closed, so the rest of '
    "the file would be read as one cell. Close or remove that quote.",
)
HEADER_IS_PERSON = NoticeKind(
    "csv.header_is_person",
    "The first row (line {line}) looks like a person, not column names. Add a row "
    "of column names (such as Name, Organisation, Email) at the top of the file.",
)

# Why a row is left out (one notice per reason).
EXTRA_CELLS = {
    delimiter: NoticeKind(
        f"csv.extra_cells.{word}",
        "{cells} cells but only {width} column names (a cell may contain a "
        f"{word} without quotes around it)",
    )
    for delimiter, word in DELIMITERS.items()
}
NO_NAME = NoticeKind("csv.no_name", "no name")
NAME_TOO_LONG = NoticeKind("csv.name_too_long", "the name is longer than {limit} characters")
NOT_A_ROLE = NoticeKind("csv.not_a_role", "role {typed} is not one of {allowed}")
NOT_A_MODE = NoticeKind("csv.not_a_mode", "mode {typed} is not one of {allowed}")
NOT_A_LANGUAGE = NoticeKind("csv.not_a_language", "language {typed} is not one of {allowed}")
NOT_AN_EMAIL = NoticeKind("csv.not_an_email", "email {typed} is not an e-mail address")
REFUSED_FIELD = NoticeKind("csv.refused_field", "{field}: {message}")
"""The participant model refused a value; ``message`` is pydantic's (English)."""
_SAMPLE_RECORDS = 50
_SAMPLE_CHARS = 64 * 1024
_MAX_TITLE_ROWS = 5
# Excel's optional first line naming the delimiter.
_SEP_LINE = re.compile(r"sep=([,;\t])[ ]*(?:\r\n|\r|\n|$)", re.IGNORECASE)
# Cells starting with these run as formulas in spreadsheets (CSV injection).
_FORMULA_START = "[" + re.escape("=+-@\t\r") + "]"
# Export prefixes "'" to a value starting with any number of "'" then a formula character,
# so that import, which removes one "'" before such a start, gives back exactly the value.
_GUARDED = re.compile("'*" + _FORMULA_START)
_GUARD = re.compile("'+" + _FORMULA_START)
_NEWLINE = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # controls that text files lack
_LANGUAGE_TAG = re.compile(r"([a-z]{2})[-_][a-z]{2}", re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PLACEHOLDER_EVENT = UUID(int=0)


class CsvFormatError(NoticeError):
    """The file cannot be read as a roster; ``str()`` tells the user what to do."""


@dataclass(frozen=True)
class RawTable:
    """A decoded CSV file: header cells, then rows as read (not yet cleaned)."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    """(line in the file where the row starts, counting from 1; its cells)."""
    encoding: str
    """"utf-8-sig", "utf-8" or "cp1252"."""
    delimiter: str
    """",", ";" or "\\t"."""


@dataclass(frozen=True)
class RowProblem:
    line: int
    notices: tuple[Notice, ...]
    """Every reason the row is left out, in column-chooser order."""

    @property
    def reason(self) -> str:
        """The reasons in English."""
        return "; ".join(str(notice) for notice in self.notices)

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class ImportPreview:
    people: list[tuple[int, dict[str, Any]]]
    """(line, participant fields) ready for ``services.participants.ImportParticipants``."""
    problems: list[RowProblem]


# --- reading ----------------------------------------------------------------------------


def read_file(path: Path) -> RawTable:
    """``read_table`` on a file, refusing one too large before reading it."""
    if path.stat().st_size > MAX_BYTES:
        raise CsvFormatError(TOO_LARGE, megabytes=MAX_BYTES // (1024 * 1024))
    return read_table(path.read_bytes())


def read_table(data: bytes) -> RawTable:
    """Decode ``data``, detect its delimiter and split it into a header and rows.

    Blank lines (and rows of empty cells) are skipped; line numbers are those of the file.
    A few title rows above the column names (one filled cell each) are skipped too.
    """
    if len(data) > MAX_BYTES:
        raise CsvFormatError(TOO_LARGE, megabytes=MAX_BYTES // (1024 * 1024))
    text, encoding = decode(data)
    if not text.strip():
        raise _empty()
    declared = _SEP_LINE.match(text)
    delimiter = declared.group(1) if declared else detect_delimiter(text)
    records = _records(text, delimiter)
    if declared:
        records = records[1:]
    if not records:
        raise _empty()
    start = _header_index(records)
    (header_line, header), rows = records[start], records[start + 1 :]
    if not rows:
        raise CsvFormatError(NOBODY)
    if len(rows) > MAX_ROWS:
        raise CsvFormatError(TOO_MANY_ROWS, count=len(rows), limit=MAX_ROWS)
    headers = [clean_cell(cell) for cell in header]
    _check_header(header_line, headers)
    return RawTable(headers=headers, rows=rows, encoding=encoding, delimiter=delimiter)


def decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: BOM -> utf-8-sig, valid UTF-8 -> utf-8, else cp1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CsvFormatError(UTF16)
    if data.startswith(b"PK\x03\x04"):
        raise CsvFormatError(WORKBOOK)
    if b"\x00" in data:
        raise _not_text()
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _decode_as(data, "utf-8-sig"), "utf-8-sig"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_as(data, "cp1252"), "cp1252"
    # Real text has at most a stray control character; binary data is full of them.
    if len(_BINARY.findall(text)) * 10 > len(text):
        raise _not_text()
    return text, encoding


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _not_text() from None


def detect_delimiter(text: str) -> str:
    """The delimiter splitting the first rows most consistently into the most columns."""
    sample = text[:_SAMPLE_CHARS]
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        rows = [row for _, row in _records(sample, delimiter, limit=_SAMPLE_RECORDS, check=False)]
        if len(sample) < len(text) and len(rows) > 1:
            rows.pop()  # the sample may end inside it
        widths = Counter(len(row) for row in rows)
        # The usual width, not the first row's: a title row may have fewer cells.
        width, count = widths.most_common(1)[0] if widths else (0, 0)
        score = (count / len(rows), width) if width > 1 else (0.0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _records(
    text: str, delimiter: str, *, limit: int | None = None, check: bool = True
) -> list[tuple[int, list[str]]]:
    """Non-blank records with the line each starts on (csv's ``line_num`` counts lines)."""
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.reader(lines, delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            if any(cell.strip() and clean_cell(cell) for cell in row):  # e.g. a DOS ^Z line
                records.append((start, row))
                if limit is not None and len(records) >= limit:
                    break
            start = reader.line_num + 1
    except csv.Error as error:
        if not check:
            return records
        raise CsvFormatError(UNREADABLE_LINE, line=start, error=error) from None
    if check and records:
        _check_closed(lines[records[-1][0] - 1 :], records[-1][0], delimiter)
    return records


def _check_closed(lines: list[str], line: int, delimiter: str) -> None:
    """Refuse a last record whose quote never closes: it swallowed the rest of the file."""
    try:
        for _ in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            raise CsvFormatError(UNCLOSED_QUOTE, line=line) from None


def _header_index(records: list[tuple[int, list[str]]]) -> int:
    """Where the column names are: the first row naming a field, past title rows."""
    for index, (_, row) in enumerate(records[: _MAX_TITLE_ROWS + 1]):
        if any(guess_mapping(row)):
            return index
        if sum(bool(cell.strip()) for cell in row) > 1:
            break  # not a title: never skip a row that may be a person
    return 0


def _check_header(line: int, headers: Sequence[str]) -> None:
    """Refuse a first row that is a person: their details would become column names."""
    if any(_EMAIL.fullmatch(cell) for cell in headers):
        raise CsvFormatError(HEADER_IS_PERSON, line=line)


def _empty() -> CsvFormatError:
    return CsvFormatError(EMPTY)


def _not_text() -> CsvFormatError:
    return CsvFormatError(NOT_TEXT)


# --- cells --------------------------------------------------------------------------------


def clean_cell(raw: str) -> str:
    """A cell as the user meant it: formula guard and stray control characters removed,
    line breaks as "\\n", surrounding whitespace trimmed."""
    if _GUARD.match(raw):
        raw = raw[1:]
    text = _CONTROL.sub("", _NEWLINE.sub("\n", raw))
    return text.strip()


def neutralise(value: str) -> str:
    """``value`` made safe for a spreadsheet: a formula-like start gets a leading "'"."""
    return "'" + value if _GUARDED.match(value) else value


# --- mapping ------------------------------------------------------------------------------


def guess_mapping(headers: Sequence[str]) -> list[str | None]:
    """For each column, the field it most likely holds (``None``: ignore the column).

    Exact synonyms win over synonyms found inside a longer header; the leftmost column
    wins when several hold the same field.
    """
    folded = [fold(header) for header in headers]
    mapping: list[str | None] = [None] * len(headers)
    for matcher in (HEADER_SYNONYMS.get, _contained_synonym):
        for index, key in enumerate(folded):
            field = matcher(key) if mapping[index] is None and key else None
            if field is not None and field not in mapping:
                mapping[index] = field
    return _split_ambiguous_name(folded, mapping)


def _contained_synonym(key: str) -> str | None:
    """The field of the longest synonym inside ``key`` ("emailaddresswork" -> email)."""
    found = [
        word
        for word in HEADER_SYNONYMS
        if len(word) >= 4 and word not in NOT_CONTAINED and word in key
    ]
    return HEADER_SYNONYMS[max(found, key=len)] if found else None


def _split_ambiguous_name(folded: list[str], mapping: list[str | None]) -> list[str | None]:
    """ "Nom" next to "Prénom" is the last name; "Nombre" next to "Apellidos" the first."""
    has_first, has_last = "first_name" in mapping, "last_name" in mapping
    if has_first == has_last:
        return mapping
    other_half = "last_name" if has_first else "first_name"
    for index, key in enumerate(folded):
        if mapping[index] == "name" and key in AMBIGUOUS_NAMES:
            mapping[index] = other_half
    return mapping


# --- preview ------------------------------------------------------------------------------


def preview(table: RawTable, mapping: Sequence[str | None]) -> ImportPreview:
    """Participant fields for every good row and a problem for every bad one.

    ``mapping`` gives each column's field (from ``IMPORT_FIELDS``) or ``None``; a field may
    be mapped once only. ``ValueError`` if the mapping does not fit the table.
    """
    columns = _columns(table.headers, mapping)
    people: list[tuple[int, dict[str, Any]]] = []
    problems: list[RowProblem] = []
    for line, cells in table.rows:
        person = _person(cells, columns, len(table.headers), table.delimiter)
        if isinstance(person, list):
            problems.append(RowProblem(line, tuple(person)))
        else:
            people.append((line, person))
    return ImportPreview(people=people, problems=problems)


def _columns(headers: Sequence[str], mapping: Sequence[str | None]) -> dict[str, int]:
    """{field: column index}, checking that ``mapping`` is usable."""
    if len(mapping) != len(headers):
        raise ValueError(f"{len(mapping)} mapped columns for {len(headers)} headers")
    columns: dict[str, int] = {}
    for index, field in enumerate(mapping):
        if field is None:
            continue
        if field not in IMPORT_FIELDS:
            raise ValueError(f"cannot import a column into {field!r}")
        if field in columns:
            raise ValueError(f"two columns are mapped to {field!r}")
        columns[field] = index
    return columns


def _person(
    cells: list[str], columns: dict[str, int], width: int, delimiter: str
) -> dict[str, Any] | list[Notice]:
    """Participant fields from one row, or the reasons the row cannot be imported."""
    if any(cell.strip() for cell in cells[width:]):
        return [EXTRA_CELLS[delimiter](cells=len(cells), width=width)]
    values = {field: clean_cell(cells[i]) if i < len(cells) else "" for field, i in columns.items()}
    reasons: list[Notice] = []
    name = values.get("name") or " ".join(
        part for part in (values.get("first_name"), values.get("last_name")) if part
    )
    if not name:
        reasons.append(NO_NAME())
    elif len(name) > TITLE_MAX_LENGTH:
        reasons.append(NAME_TOO_LONG(limit=TITLE_MAX_LENGTH))
    # Built in IMPORT_FIELDS order so that reasons come in column-chooser order.
    person: dict[str, Any] = {
        "name": name,
        **{field: values.get(field, "") for field in ("organisation", "city", "country")},
        "role": _parse(NOT_A_ROLE, values.get("role", ""), ROLE_WORDS, Role.PARTICIPANT, reasons),
        "email": _email(values.get("email", ""), reasons),
        "language": _parse_language(values.get("language", ""), reasons),
        "mode": _parse(
            NOT_A_MODE, values.get("mode", ""), MODE_WORDS, AttendanceMode.ONSITE, reasons
        ),
        "notes": values.get("notes", ""),
    }
    return reasons or _validated(person)


def _parse(
    refusal: NoticeKind, text: str, words: dict[str, E], blank: E, reasons: list[Notice]
) -> E | None:
    """The enum member ``text`` names (``blank`` if empty); else ``refusal`` is added."""
    if not text:
        return blank
    found = words.get(fold(text))
    if found is None:
        allowed = ", ".join(member.value for member in type(blank))
        reasons.append(refusal(typed=_quoted(text), allowed=allowed))
    return found


def _email(text: str, reasons: list[Notice]) -> str:
    if text and not _EMAIL.fullmatch(text):
        reasons.append(NOT_AN_EMAIL(typed=_quoted(text)))
    return text


def _parse_language(text: str, reasons: list[Notice]) -> Language | None:
    if not text:
        return None
    tag = _LANGUAGE_TAG.fullmatch(text)  # "fr-CA" is French
    found = LANGUAGE_WORDS.get(fold(tag.group(1) if tag else text))
    if found is None:
        allowed = ", ".join(language.value for language in Language)
        reasons.append(NOT_A_LANGUAGE(typed=_quoted(text), allowed=allowed))
    return found


def _validated(person: dict[str, Any]) -> dict[str, Any] | list[Notice]:
    """``person`` if the model accepts it (so the import cannot fail), else why not."""
    try:
        Participant(event_id=_PLACEHOLDER_EVENT, **person)
    except ValidationError as error:
        return [
            REFUSED_FIELD(
                field=".".join(str(part) for part in detail["loc"]), message=detail["msg"]
            )
            for detail in error.errors()
        ]
    return person


def _quoted(value: str, limit: int = 60) -> str:
    shown = value if len(value) <= limit else value[: limit - 1] + "\u2026"
    return f'"{shown}"'


# --- export -------------------------------------------------------------------------------


def export_roster(
    participants: Sequence[Participant],
    language: Language = Language.EN,
    *,
    delimiter: str = ",",
) -> bytes:
    """The roster as CSV: UTF-8 with a BOM, headers and values in ``language``, every
    formula-like cell neutralised. ``delimiter`` may be ";" for spreadsheets set up for
    French or Spanish, which expect it."""
    rows = (_export_row(person, language) for person in participants)
    return spreadsheet_csv(EXPORT_HEADERS[language], rows, delimiter=delimiter)


def spreadsheet_csv(
    header: Sequence[str], rows: Iterable[Sequence[str]], *, delimiter: str = ","
) -> bytes:
    """A table as CSV that spreadsheets open safely: UTF-8 with a BOM, CRLF line endings,
    every formula-like cell neutralised (``clean_cell`` undoes it on import)."""
    if delimiter not in DELIMITERS:
        raise ValueError(f"unsupported delimiter {delimiter!r}")
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise(cell) for cell in header])
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def _export_row(person: Participant, language: Language) -> Sequence[str]:
    checked_in = person.checked_in_at
    return (
        person.name,
        person.organisation,
        person.city,
        person.country,
        EXPORT_ROLES[language][person.role],
        person.email,
        EXPORT_LANGUAGES[language][person.language] if person.language else "",
        EXPORT_MODES[language][person.mode],
        EXPORT_ATTENDANCE[language][person.attendance],
        checked_in.isoformat(sep=" ", timespec="seconds") if checked_in else "",
        person.notes,
    )
