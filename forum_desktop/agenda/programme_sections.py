"""Splitting a text into its programme, its objectives and the rest (the context).

The programme section starts at a heading such as ``Programme``, ``Agenda``, ``Ordre du
jour`` or ``Orden del día`` and runs to the end of the text, or to the next objectives or
context heading, or to a Markdown heading as high as its own. Objectives sections start
at ``Objectives``, ``Objectifs``, ``Objetivos``, ``Goals``, ``Aims`` … and end at the
next heading once their list has begun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from forum_desktop.agenda.programme_dates import parse_day_heading
from forum_desktop.agenda.programme_lines import read_marker
from forum_desktop.agenda.programme_times import leading_slot, trailing_duration

MAX_HEADING_LENGTH = 80
MAX_HEADING_WORDS = 10
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MARKDOWN_HEADING = re.compile(r"(#{1,6})\s")
_PROGRAMME_HEADING = re.compile(
    r"(?:(?:draft|proposed|provisional|tentative|detailed|final)\s+)?"
    r"(?:programme|program|agenda|ordre\s+du\s+jour|programa|orden\s+del\s+d[ií]a)"
    r"(?:\s+(?:provisoire|provisional|préliminaire|preliminar|indicatif|détaillé|detallado"
    r"|\((?:draft|provisoire|provisional|borrador)\)))?",
    re.IGNORECASE,
)
_OBJECTIVE_WORDS = frozenset(
    {"objectives", "objective", "objectifs", "objectif", "objetivos", "objetivo"}
    | {"goals", "goal", "aims", "aim", "buts", "metas", "finalités"}
)
_CONTEXT_HEADING = re.compile(
    r"context|contexte|contexto|background|antecedentes|practical\s+information"
    r"|informations?\s+pratiques?|informaci[oó]n\s+pr[aá]ctica|logistics|logistique"
    r"|log[ií]stica|contacts?|contactos?|annex(?:es)?|anexos?",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(r"context|contexte|contexto|background|antecedentes", re.IGNORECASE)
_HEADING_END = ".:;,!?…"
_DOCUMENT_KIND = re.compile(
    r"(?:concept|information|background|briefing)\s+note|note\s+(?:d['’]information"
    r"|conceptuelle|de\s+cadrage|d['’]orientation|d['’]information)|nota\s+(?:conceptual"
    r"|informativa|de\s+concepto)|terms?\s+of\s+reference|termes\s+de\s+r[ée]f[ée]rence"
    r"|t[ée]rminos\s+de\s+referencia",
    re.IGNORECASE,
)
_TITLE_SCAN_LINES = 12


@dataclass(frozen=True)
class Line:
    number: int
    """1-based."""
    text: str
    joins: int = 0
    """How many lines just before this one were dropped (``programme_clean``): it still
    follows the line before them."""

    def follows(self, previous: int) -> bool:
        """Whether this line comes right after line ``previous`` (dropped lines aside)."""
        return self.number - self.joins == previous + 1

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    """The text's lines, numbered from 1, for any of \\n, \\r\\n or \\r endings."""
    return [
        Line(number, line)
        for number, line in enumerate(_LINE_BREAK.split(text.removeprefix("\ufeff")), start=1)
    ]


def heading_text(text: str) -> str:
    """A heading's words: Markdown hashes, emphasis and a final colon dropped."""
    words = text.strip()
    hashes = _MARKDOWN_HEADING.match(words)
    if hashes is not None:
        words = words[hashes.end() :].strip().rstrip("#").strip()
    for emphasis in ("**", "__", "*", "_"):
        if len(words) > 2 * len(emphasis) and words.startswith(emphasis):
            words = words.removeprefix(emphasis).removesuffix(emphasis).strip()
    return words.rstrip(":\uff1a").strip()


def note_title_line(lines: Sequence[Line]) -> Line | None:
    """The line of the note's title: its first short line with no end stop, before any
    section heading, that names neither the kind of document (``Concept note``) nor a
    day; None when there is none."""
    for line in [line for line in lines if not line.blank][:_TITLE_SCAN_LINES]:
        if any(
            is_section(line.text)
            for is_section in (is_programme_heading, is_objectives_heading, is_context_heading)
        ):
            return None
        text = heading_text(line.text)
        marker = read_marker(line.text)
        if (
            len(text) <= MAX_HEADING_LENGTH
            and not text.endswith(tuple(_HEADING_END))
            and not _DOCUMENT_KIND.fullmatch(text)
            and parse_day_heading(text) is None
            and (marker is None or marker.heading)
            and not _says_a_time(text)
        ):
            return line
    return None


def is_document_kind(text: str) -> bool:
    """``NOTE D'INFORMATION``, ``Concept note``, ``Nota informativa`` …"""
    return bool(_DOCUMENT_KIND.fullmatch(heading_text(text)))


def _says_a_time(text: str) -> bool:
    """An item line (``09:00 Welcome``, ``Welcome (10 min)``) is no title."""
    return leading_slot(text) is not None or trailing_duration(text) is not None


def markdown_level(text: str) -> int | None:
    found = _MARKDOWN_HEADING.match(text.strip())
    return None if found is None else len(found[1])


def is_programme_heading(text: str) -> bool:
    return len(text) <= MAX_HEADING_LENGTH and bool(
        _PROGRAMME_HEADING.fullmatch(heading_text(text))
    )


def is_context_heading(text: str) -> bool:
    return len(text) <= MAX_HEADING_LENGTH and bool(_CONTEXT_HEADING.fullmatch(heading_text(text)))


def is_background_heading(text: str) -> bool:
    """The heading a note's context starts under (``Contexte``), not ``Logistics`` and the
    like, which are context sections too but come later."""
    return len(text) <= MAX_HEADING_LENGTH and bool(_BACKGROUND.fullmatch(heading_text(text)))


def is_objectives_heading(text: str) -> bool:
    """``Objectives``, ``Objectifs de l'atelier``, ``Specific objectives:`` …, not an item."""
    if len(text) > MAX_HEADING_LENGTH or text.rstrip().endswith("."):
        return False
    words = heading_text(text)
    lowered = [word.strip("*_:,").lower() for word in words.split()]
    if not 0 < len(lowered) <= 6 or not _OBJECTIVE_WORDS.intersection(lowered[:2]):
        return False
    marker = read_marker(text)
    if marker is not None and not marker.heading:
        return False
    return leading_slot(words) is None and trailing_duration(words) is None


def is_plain_heading(lines: Sequence[Line], index: int) -> bool:
    """A short line on its own between blank lines, with no list marker or end stop."""
    line = lines[index]
    text = line.text.strip()
    if not text or len(text) > MAX_HEADING_LENGTH or text.endswith(tuple(_HEADING_END)):
        return False
    if len(text.split()) > MAX_HEADING_WORDS or read_marker(line.text) is not None:
        return False
    alone_before = index == 0 or lines[index - 1].blank
    alone_after = index + 1 == len(lines) or lines[index + 1].blank
    return alone_before and alone_after and any(char.isalpha() for char in text)


@dataclass(frozen=True)
class ObjectivesSection:
    heading: Line
    lines: list[Line]


@dataclass(frozen=True)
class Sections:
    programme_heading: Line | None
    programme: list[Line]
    """The lines to read items from: the section under the heading, or without one the
    whole text except its objectives sections."""
    objectives: list[ObjectivesSection]
    outside: list[Line]
    """Lines in neither (the context), blank ones included."""


def programme_headings(lines: Sequence[Line], *, limit: int = 5) -> list[int]:
    """Indexes of the first ``limit`` lines that are programme headings."""
    found: list[int] = []
    for index, line in enumerate(lines):
        if is_programme_heading(line.text):
            found.append(index)
            if len(found) == limit:
                break
    return found


def find_sections(lines: Sequence[Line], start: int | None) -> Sections:
    """The sections around the programme heading at ``start`` (None: there is none)."""
    if start is None:
        objectives = _objectives_sections(lines)
        return Sections(None, _without(lines, objectives), objectives, [])
    end = _programme_end(lines, start)
    before, after = lines[:start], lines[end:]
    objectives = _objectives_sections(before) + _objectives_sections(after)
    outside = _without(before, objectives) + _without(after, objectives)
    return Sections(lines[start], list(lines[start + 1 : end]), objectives, outside)


def _programme_end(lines: Sequence[Line], start: int) -> int:
    level = markdown_level(lines[start].text)
    for index in range(start + 1, len(lines)):
        if _ends_programme(lines[index].text, level):
            return index
    return len(lines)


def _ends_programme(text: str, level: int | None) -> bool:
    """An objectives or context heading, or a Markdown heading as high as the programme's
    (unless it names a day of the programme)."""
    if is_objectives_heading(text) or is_context_heading(text):
        return True
    other_level = markdown_level(text)
    if level is None or other_level is None or other_level > level:
        return False
    return not _is_day_heading(text)


def _is_day_heading(text: str) -> bool:
    return parse_day_heading(heading_text(text)) is not None


def _objectives_sections(lines: Sequence[Line]) -> list[ObjectivesSection]:
    sections: list[ObjectivesSection] = []
    index = 0
    while index < len(lines):
        if not is_objectives_heading(lines[index].text):
            index += 1
            continue
        end = _objectives_end(lines, index)
        sections.append(ObjectivesSection(lines[index], list(lines[index + 1 : end])))
        index = end
    return sections


def _objectives_end(lines: Sequence[Line], start: int) -> int:
    list_begun = False
    for index in range(start + 1, len(lines)):
        text = lines[index].text
        if (
            is_objectives_heading(text)
            or is_programme_heading(text)
            or is_context_heading(text)
            or markdown_level(text) is not None
            or (list_begun and is_plain_heading(lines, index))
        ):
            return index
        list_begun = list_begun or read_marker(text) is not None
    return len(lines)


def _without(lines: Sequence[Line], sections: Sequence[ObjectivesSection]) -> list[Line]:
    taken = {section.heading.number for section in sections}
    taken.update(line.number for section in sections for line in section.lines)
    return [line for line in lines if line.number not in taken]


def read_objectives(section: ObjectivesSection) -> list[tuple[str, str]]:
    """(heading, text) for each list entry, and for each paragraph that leads to no list.

    The paragraph just before a list is its lead-in and becomes the heading of its entries;
    without one, the section's heading is.
    """
    section_heading = heading_text(section.heading.text)
    heading = section_heading
    found: list[list[str]] = []
    lead: list[str] = []
    in_entry = after_blank = False
    for line in section.lines:
        if line.blank:
            in_entry, after_blank = False, True
            continue
        text = line.text.strip()
        marker = read_marker(line.text)
        if marker is not None and not marker.heading and marker.text.strip():
            if lead:
                heading, lead = " ".join(lead), []
            found.append([heading, marker.text.strip()])
            in_entry = True
        elif in_entry and not after_blank:
            found[-1][1] = f"{found[-1][1]} {text}"  # a long entry wrapped onto more lines
        else:
            if lead and after_blank:
                found.append([section_heading, " ".join(lead)])
                lead = []
            lead.append(text)
        after_blank = False
    if lead:
        found.append([section_heading, " ".join(lead)])
    return [(entry_heading, text) for entry_heading, text in found]


def context_text(lines: Sequence[Line]) -> str:
    """Non-blank lines as paragraphs: lines that follow each other stay together."""
    paragraphs: list[list[str]] = []
    previous = None
    for line in sorted(lines, key=lambda line: line.number):
        if line.blank:
            continue
        if previous is None or not line.follows(previous):
            paragraphs.append([])
        paragraphs[-1].append(line.text.strip())
        previous = line.number
    return "\n\n".join("\n".join(paragraph) for paragraph in paragraphs)
