"""Which of the lines outside the programme and objectives are the note's context.

A note's header — its kind (``NOTE D'INFORMATION``), its title, the date line the session
was read from — would read oddly in the minutes' context. When the note has a context
heading (``Contexte``), the context is what follows it; without one, it is everything
outside but those header lines. Each paragraph left out of a context is named in a
notice, so nothing is lost silently.
"""

from __future__ import annotations

from collections.abc import Sequence

from forum_desktop.agenda.programme_sections import (
    Line,
    heading_text,
    is_background_heading,
    is_document_kind,
)
from forum_desktop.agenda.programme_tree import quote
from forum_desktop.notices import Notice, NoticeKind

KIND_LEFT_OUT = NoticeKind(
    "programme.kind_left_out",
    "line {line}: {text} names the kind of document; it is not taken as context",
)
TITLE_LEFT_OUT = NoticeKind(
    "programme.title_left_out",
    "line {line}: {text} is the note's title; it is not taken as context",
)
BEFORE_HEADING_LEFT_OUT = NoticeKind(
    "programme.before_context_left_out",
    "line {line}: {text} comes before the context heading {heading}; it is not taken as context",
)


def choose_context(
    outside: Sequence[Line], *, title: Line | None, title_used: bool, date_line: int | None
) -> tuple[list[Line], list[tuple[int, Notice]]]:
    """The context's lines among ``outside`` (in text order) and, by line number, a
    notice for each paragraph left out. ``title`` is the note's title line, left out
    before a context heading or when ``title_used`` (it names the one session: a
    multi-day note's title stays the context's first line); ``date_line`` the number of
    the line the session's date was read from."""
    heading = next((line for line in outside if is_background_heading(line.text)), None)
    if heading is not None:
        before = [line for line in outside if line.number < heading.number]
        after = [line for line in outside if line.number > heading.number]
        return after, _left_out(before, title, date_line, heading)
    if not title_used:
        title = None
    left = [line for line in outside if _is_header(line, title, date_line)]
    kept = [line for line in outside if line not in left]
    if all(line.blank for line in kept):
        return [], []  # no context to take: nothing is left out of it
    return kept, _left_out(left, title, date_line, None)


def _is_header(line: Line, title: Line | None, date_line: int | None) -> bool:
    return line.number == date_line or _header_kind(line, title) is not None


def _header_kind(line: Line, title: Line | None) -> NoticeKind | None:
    if line.blank:
        return None
    if is_document_kind(line.text):
        return KIND_LEFT_OUT
    if title is not None and line.number == title.number:
        return TITLE_LEFT_OUT
    return None


def _left_out(
    lines: Sequence[Line], title: Line | None, date_line: int | None, heading: Line | None
) -> list[tuple[int, Notice]]:
    """One notice per paragraph of ``lines`` (blank lines apart) and per header line, but
    the date line (which has its own)."""
    notices: list[tuple[int, Notice]] = []
    previous: int | None = None
    for line in lines:
        if line.blank:
            previous = None
            continue
        if line.number == date_line:
            previous = None
            continue  # "the programme's day is taken from" it says what it is used for
        kind = _header_kind(line, title)
        if kind is None and previous is not None and line.follows(previous):
            previous = line.number
            continue  # the rest of a paragraph already named
        previous = line.number
        text = quote(heading_text(line.text))
        if kind is not None:
            notices.append((line.number, kind(line=line.number, text=text)))
        elif heading is not None:
            named = quote(heading_text(heading.text))
            notices.append(
                (line.number, BEFORE_HEADING_LEFT_OUT(line=line.number, text=text, heading=named))
            )
    return notices
