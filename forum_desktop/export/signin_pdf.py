# mypy: disable-error-code="import-untyped"
"""A printable sign-in sheet from the roster, with blank rows for walk-ins."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from typing import Any

from forum_desktop.export.agenda_pdf import event_lines
from forum_desktop.export.bidi import user_paragraph
from forum_desktop.export.labels import labels
from forum_desktop.export.markup import escape
from forum_desktop.export.pdf import (
    DocumentSetup,
    PageSize,
    build_pdf,
    column_widths,
    data_table,
    frame_size,
    para,
    styles,
)
from forum_desktop.models import Event, Language, Participant

ROW_HEIGHT = 28.0
"""Points per row: room for a signature."""

WALK_IN_ROWS = 10


def signin_sheet_pdf(
    event: Event,
    participants: Sequence[Participant],
    *,
    language: Language | str | None = None,
    page_size: PageSize = "A4",
    walk_in_rows: int = WALK_IN_ROWS,
    day: dt.date | None = None,
    footer_logo: bytes | None = None,
) -> bytes:
    """The sign-in sheet of ``event`` as PDF bytes: one numbered row per participant in
    alphabetical order (name, organisation, country, an empty signature box), then
    ``walk_in_rows`` blank rows. The header row repeats on every page.

    ``day`` prints that date under the title (say for one day of a longer event); without
    it the event's dates are printed. ``footer_logo`` is drawn small in every page's
    footer. ``language`` defaults to the event's.
    """
    if walk_in_rows < 0:
        raise ValueError(f"walk_in_rows must be 0 or more, not {walk_in_rows}")
    lab = labels(language if language is not None else event.language)
    st = styles()
    document_name = lab["signin_sheet"]
    story: list[Any] = [
        user_paragraph(event.title, st.title),
        para(escape(document_name), st.subtitle),
    ]
    story += [para(line, st.body) for line in event_lines(event, lab, day=day)]
    story.append(_spacer(6))

    people = sorted(participants, key=_sort_key)
    rows: list[list[Any]] = []
    for number, person in enumerate(people, start=1):
        rows.append(
            [
                para(escape(str(number)), st.cell_muted),
                user_paragraph(person.name, st.cell_bold),
                user_paragraph(person.organisation, st.cell),
                user_paragraph(person.country, st.cell),
                None,
            ]
        )
    for number in range(len(people) + 1, len(people) + walk_in_rows + 1):
        rows.append([para(escape(str(number)), st.cell_muted), None, None, None, None])
    header = [
        lab["col_number"],
        lab["col_name"],
        lab["col_organisation"],
        lab["col_country"],
        lab["col_signature"],
    ]
    width, height = frame_size(page_size)
    widths = column_widths([6, 27, 30, 14, 23], width)
    story.append(data_table(header, rows, widths, frame_height=height, min_row_height=ROW_HEIGHT))
    setup = DocumentSetup(
        header=event.title,
        document_name=document_name,
        labels=lab,
        page_size=page_size,
        author=event.organisers,
        footer=event.footer,
        footer_logo=footer_logo,
    )
    return build_pdf(story, setup)


def _sort_key(person: Participant) -> tuple[str, str]:
    """Alphabetical regardless of case and accents ("Élodie" among the E)."""
    folded = unicodedata.normalize("NFKD", person.name.casefold())
    bare = "".join(char for char in folded if not unicodedata.combining(char))
    return (bare, person.name)


def _spacer(height: float) -> Any:
    from reportlab.platypus import Spacer

    return Spacer(0, height)
