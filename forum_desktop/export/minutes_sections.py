"""The minutes' sections in print order, and the cover.

Each section is a ``SectionBuilder`` under the name a reader chooses it by. A later
section (planned against actual times, method results) is one builder added here and
its name added to ``minutes_data.SECTIONS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from forum_desktop.capture.image_bytes import ImageError, image_size, sniff_mime
from forum_desktop.export.agenda_pdf import utc_offset
from forum_desktop.export.labels import Labels
from forum_desktop.export.minutes_blocks import Block, SectionBuilder
from forum_desktop.export.minutes_data import MinutesData
from forum_desktop.export.minutes_options import SECTIONS
from forum_desktop.export.minutes_overview import (
    agenda_section,
    attendance_section,
    context_section,
)
from forum_desktop.export.minutes_proceedings import (
    actions_section,
    proceedings_section,
    questions_section,
)
from forum_desktop.export.minutes_summary import summary_section
from forum_desktop.models import ReviewState

SECTION_BUILDERS: Final[dict[str, SectionBuilder]] = {
    "context": context_section,
    "summary": summary_section,
    "attendance": attendance_section,
    "agenda": agenda_section,
    "proceedings": proceedings_section,
    "actions": actions_section,
    "questions": questions_section,
}
assert tuple(SECTION_BUILDERS) == SECTIONS, "every section the options name has a builder"


def section_blocks(data: MinutesData, lab: Labels) -> list[Block]:
    """The blocks of every section the options choose, in print order."""
    chosen = set(data.options.sections)
    blocks: list[Block] = []
    for name, build in SECTION_BUILDERS.items():
        if name in chosen:
            blocks += build(data, lab)
    return blocks


@dataclass(frozen=True)
class Cover:
    title: str
    document_name: str
    lines: list[tuple[str, str]]
    """(label, value): dates, times, time zone, place, organisers, status."""
    notes: list[str]
    """What the options left out (drafts, names), and texts in sync conflict."""
    logo: Logo | None = None


@dataclass(frozen=True)
class Logo:
    """The event's logo (PNG or JPEG bytes) and its size in pixels."""

    data: bytes
    width: int
    height: int

    def fitted(self, max_width: float, max_height: float) -> tuple[float, float]:
        """Its size scaled to fit ``max_width`` × ``max_height``, keeping its shape."""
        scale = min(max_width / self.width, max_height / self.height)
        return self.width * scale, self.height * scale


def cover(data: MinutesData, lab: Labels) -> Cover:
    event = data.event
    lines: list[tuple[str, str]] = []
    if event.start_date is not None:
        end = max(event.end_date or event.start_date, event.start_date)
        lines.append((lab["dates"], lab.date_range(event.start_date, end)))
    elif days := sorted(m.session.date for m in data.sessions if m.session.date is not None):
        # An undated event whose sessions have days (a programme imported): theirs.
        lines.append((lab["dates"], lab.date_range(days[0], days[-1])))
    span = data.span()
    if span is not None:
        start, end = span
        lines.append((lab["times"], lab.time_range(start, end)))
        lines.append((lab["time_zone"], f"{data.timezone()} ({utc_offset(start)})"))
    if event.place.strip():
        lines.append((lab["place"], event.place.strip()))
    if event.organisers.strip():
        lines.append((lab["organised_by"], event.organisers.strip()))
    lines.append((lab["status"], lab["status_final" if data.final else "status_draft"]))
    notes = []
    if data.options.approved_only:
        notes.append(lab["note_approved_only"])
    elif any(outcome.review is not ReviewState.APPROVED for outcome in data.outcomes):
        notes.append(lab["note_drafts"])
    if data.options.anonymous:
        notes.append(lab["note_anonymous"])
    if data.unsettled:
        notes.append(lab.get("note_unsettled", count=data.unsettled))
    return Cover(event.title, lab["minutes"], lines, notes, _logo(data.logo))


def _logo(data: bytes | None) -> Logo | None:
    mime = sniff_mime(data) if data else None
    if data is None or mime is None:
        return None
    try:
        width, height = image_size(data, mime)
    except ImageError:  # checked when it was set; a damaged database prints no logo
        return None
    return Logo(data, width, height)
