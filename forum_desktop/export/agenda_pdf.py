# mypy: disable-error-code="import-untyped"
"""The facilitator's run sheet and the participants' agenda, as PDF.

Both come from the same builder. The run sheet (``include_private=True``, landscape by
default) has a column for every field and the facilitator's private notes, and shows the
schedule's warnings in words. The participants' agenda (portrait by default) leaves out
everything private: the notes, the warnings, fixed starts and priorities.

Item times come from ``forum_desktop.agenda.schedule.compute_schedule``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from forum_desktop.agenda.schedule import Schedule, ScheduledItem, compute_schedule
from forum_desktop.export.bidi import user_paragraph
from forum_desktop.export.fonts import markup
from forum_desktop.export.labels import Labels, labels
from forum_desktop.export.markup import escape
from forum_desktop.export.pdf import (
    BREAK_FILL,
    TINT,
    DocumentSetup,
    PageSize,
    Styles,
    build_pdf,
    data_table,
    fit_text_width,
    fitted_widths,
    frame_size,
    indented,
    para,
    styles,
)
from forum_desktop.models import AgendaItem, Event, ItemKind, Language, Participant, Session

SessionAgenda = tuple[Session, Sequence[AgendaItem]]
"""A session and all its agenda items (any order: the schedule sorts them)."""

INDENT_PER_LEVEL = 10.0
"""Points a sub-item's title is indented by, per level."""


def run_sheet_pdf(
    event: Event,
    sessions_with_items: Sequence[SessionAgenda],
    participants: Sequence[Participant],
    *,
    language: Language | str | None = None,
    page_size: PageSize = "A4",
    include_private: bool = True,
    landscape: bool | None = None,
    footer_logo: bytes | None = None,
) -> bytes:
    """The run sheet of ``event`` as PDF bytes.

    ``language`` defaults to the event's. ``landscape`` defaults to True for the run sheet
    and False for the participants' agenda (``include_private=False``), which leaves out
    private notes, schedule warnings, fixed starts and priorities. ``footer_logo`` is drawn
    small in every page's footer (``services.logo.footer_logo`` gives the event's logo
    when it asks for that).
    Raises ValueError for an unknown language, page size or time zone.
    """
    lab = labels(language if language is not None else event.language)
    landscape = include_private if landscape is None else landscape
    document_name = lab["run_sheet" if include_private else "participants_agenda"]
    builder = _Builder(
        event=event,
        lab=lab,
        st=styles(),
        names={person.id: person.name for person in participants},
        private=include_private,
        frame=frame_size(page_size, landscape=landscape),
    )
    story = builder.title_block(document_name)
    if not include_private:
        story += builder.objectives()
    for session, items in sessions_with_items:
        story += builder.session(session, compute_schedule(session, items, event.timezone))
    setup = DocumentSetup(
        header=event.title,
        document_name=document_name,
        labels=lab,
        page_size=page_size,
        landscape=landscape,
        author=event.organisers,
        footer=event.footer,
        footer_logo=footer_logo,
    )
    return build_pdf(story, setup)


def participants_agenda_pdf(
    event: Event,
    sessions_with_items: Sequence[SessionAgenda],
    participants: Sequence[Participant],
    *,
    language: Language | str | None = None,
    page_size: PageSize = "A4",
    landscape: bool | None = None,
    footer_logo: bytes | None = None,
) -> bytes:
    """The agenda to hand out: the run sheet without anything private."""
    return run_sheet_pdf(
        event,
        sessions_with_items,
        participants,
        language=language,
        page_size=page_size,
        include_private=False,
        landscape=landscape,
        footer_logo=footer_logo,
    )


def labelled(lab: Labels, label_key: str, value_markup: str, *, bold: bool = True) -> str:
    """Markup of "Label: value" in the document's language; ``value_markup`` is already
    markup (user text through ``fonts.markup``)."""
    label = escape(lab[label_key])
    if bold:
        label = f"<b>{label}</b>"
    return escape(lab["label_value"]).format(label=label, value=value_markup)


def event_lines(event: Event, lab: Labels, *, day: dt.date | None = None) -> list[str]:
    """Markup lines under a document's title: the event's dates (or ``day``), its place
    and organisers."""
    lines = []
    if day is not None:
        lines.append(escape(lab.date(day)))
    elif event.start_date is not None:
        end = event.end_date or event.start_date
        lines.append(escape(lab.date_range(event.start_date, max(end, event.start_date))))
    if event.place.strip():
        lines.append(labelled(lab, "place", markup(event.place)))
    if event.organisers.strip():
        lines.append(labelled(lab, "organised_by", markup(event.organisers)))
    return lines


@dataclass(frozen=True)
class _Column:
    label_key: str
    weight: float
    """Share of the width left after the fitted columns; 0 for a fitted column."""
    cell: Callable[[ScheduledItem], list[Any]]
    fit: Callable[[ScheduledItem], str] | None = None
    """For a fitted column: the text of each cell, whose widest sets the width."""
    cap: float | None = None
    """A fitted column's widest, in points; wider texts wrap."""


TIME_COLUMN_CAP = 64.0
"""Points: "10:00–10:25" fits on one line, "10 h 00 – 10 h 25" breaks after the dash."""


@dataclass
class _Builder:
    event: Event
    lab: Labels
    st: Styles
    names: dict[UUID, str]
    private: bool
    frame: tuple[float, float]
    """Width and height of the page's frame, in points."""

    # --- above the sessions -----------------------------------------------------------

    def title_block(self, document_name: str) -> list[Any]:
        story = [
            user_paragraph(self.event.title, self.st.title),
            para(escape(document_name), self.st.subtitle),
        ]
        story += [para(line, self.st.body) for line in event_lines(self.event, self.lab)]
        return story

    def objectives(self) -> list[Any]:
        if not self.event.objectives:
            return []
        story = [para(escape(self.lab["objectives"]), self.st.heading)]
        heading: str | None = None
        for objective in self.event.objectives:
            if objective.heading != heading:
                heading = objective.heading
                if heading.strip():
                    story.append(user_paragraph(heading, self.st.subheading))
            story.append(user_paragraph(objective.text, self.st.bullet, bullet="•"))
        return story

    # --- one session --------------------------------------------------------------------

    def session(self, session: Session, schedule: Schedule) -> list[Any]:
        from reportlab.platypus import CondPageBreak

        heading = user_paragraph(session.title, self.st.heading)
        heading.keepWithNext = True
        story: list[Any] = [CondPageBreak(120), heading]
        for line in self._session_lines(session, schedule):
            paragraph = para(line, self.st.body)
            paragraph.keepWithNext = True
            story.append(paragraph)
        if session.description.strip():
            story.append(user_paragraph(session.description, self.st.body))
        if self.private:
            story += self._schedule_summary(schedule)
        if not schedule.items:
            story.append(para(escape(self.lab["no_items"]), self.st.muted))
            return story
        story.append(_spacer(4))
        story.append(self._table(session, schedule))
        return story

    def _session_lines(self, session: Session, schedule: Schedule) -> list[str]:
        lab = self.lab
        when = [lab.date(session.date) if session.date else lab["date_to_confirm"]]
        if session.start_time is None:
            when.append(lab["time_to_confirm"])
        elif session.end_time is None:
            when.append(lab.time(session.start_time))
        else:
            when.append(lab.time_range(session.start_time, session.end_time))
        zone = schedule.timezone
        if schedule.start is not None:
            zone += f", {utc_offset(schedule.start)}"
        lines = [escape(" · ".join(when) + f" ({zone})"), escape(lab.mode(session.mode))]
        if session.place.strip():
            lines.append(labelled(lab, "place", markup(session.place)))
        if session.link.strip():
            lines.append(labelled(lab, "link", markup(session.link)))
        return lines

    def _schedule_summary(self, schedule: Schedule) -> list[Any]:
        lab = self.lab
        story = []
        if schedule.projected_end is not None:
            text = lab.get("agenda_ends", time=lab.time(schedule.projected_end))
        else:
            text = lab.get("agenda_total", duration=lab.duration(schedule.total_minutes))
        if schedule.items:
            story.append(para(escape(text), self.st.muted))
        overrun = schedule.overrun_minutes()
        if overrun:
            warning = lab.get("overrun", duration=lab.duration(overrun))
            story.append(para(escape(warning), self.st.warning))
        return story

    # --- the table ----------------------------------------------------------------------

    def _columns(self, session: Session) -> list[_Column]:
        """The run sheet in landscape has a column for every field; in portrait, and in the
        participants' agenda, the method and materials go under the item's title."""

        def time_text(entry: ScheduledItem) -> str:
            return self._time_text(session, entry)

        def duration_text(entry: ScheduledItem) -> str:
            return self.lab.duration(entry.minutes)

        def number_text(entry: ScheduledItem) -> str:
            return entry.number

        def time(entry: ScheduledItem) -> list[Any]:
            return [para(escape(time_text(entry)), self.st.cell)]

        def number(entry: ScheduledItem) -> list[Any]:
            style = self.st.cell_bold if entry.depth == 0 else self.st.cell
            return [para(escape(entry.number), style)]

        def duration(entry: ScheduledItem) -> list[Any]:
            return [para(escape(duration_text(entry)), self.st.cell)]

        columns = [
            _Column("col_time", 0, time, time_text, TIME_COLUMN_CAP),
            _Column("col_number", 0, number, number_text),
            _Column("col_item", 30, self._item_cell),
            _Column("col_duration", 0, duration, duration_text),
        ]
        if self.separate_columns:
            columns.append(_Column("col_method", 11, self._method_cell))
        columns.append(_Column("col_roles", 16, self._roles_cell))
        if self.separate_columns:
            columns.append(_Column("col_materials", 11, self._materials_cell))
        if self.private:
            columns.append(_Column("col_notes", 17, self._notes_cell))
        return columns

    @property
    def separate_columns(self) -> bool:
        """Whether method and materials get columns of their own (a wide run sheet)."""
        return self.private and self.frame[0] > 600

    def _table(self, session: Session, schedule: Schedule) -> Any:
        from reportlab.lib import colors

        columns = self._columns(session)
        rows = [[column.cell(entry) for column in columns] for entry in schedule.items]
        extra: list[tuple[Any, ...]] = []
        for row, entry in enumerate(schedule.items, start=1):
            if entry.item.kind is ItemKind.BREAK:
                extra.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor(BREAK_FILL)))
            elif entry.depth == 0 and entry.has_children:
                extra.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor(TINT)))
        headers = [self.lab[column.label_key] for column in columns]
        fixed = [
            None
            if column.fit is None
            else fit_text_width(
                [column.fit(entry) for entry in schedule.items], header=header, cap=column.cap
            )
            for column, header in zip(columns, headers, strict=True)
        ]
        return data_table(
            headers,
            rows,
            fitted_widths(fixed, [column.weight for column in columns], self.frame[0]),
            frame_height=self.frame[1],
            extra_style=extra,
        )

    def _time_text(self, session: Session, entry: ScheduledItem) -> str:
        lab = self.lab
        if entry.start is not None and entry.end is not None:
            return lab.time_range(entry.start, entry.end)
        if session.start_time is not None:
            # An undated session: the schedule gives offsets on a plain wall clock.
            origin = dt.datetime.combine(dt.date(2001, 1, 1), session.start_time)
            start = origin + dt.timedelta(minutes=entry.offset)
            return lab.time_range(start, start + dt.timedelta(minutes=entry.minutes))
        return lab.get("offset", duration=lab.duration(entry.offset))

    def _item_cell(self, entry: ScheduledItem) -> list[Any]:
        item, st, lab = entry.item, self.st, self.lab
        indent = INDENT_PER_LEVEL * entry.depth

        def line(text_markup: str, style: Any) -> Any:
            return para(text_markup, indented(style, indent))

        title_style = st.cell_bold if entry.depth == 0 else st.cell
        cells = [line(markup(item.title), title_style)]
        if item.description.strip():
            cells.append(line(markup(item.description), st.cell_muted))
        if item.guiding_question.strip():
            question = f"<i>{markup(item.guiding_question)}</i>"
            cells.append(line(labelled(lab, "guiding_question", question), st.cell))
        if not self.separate_columns:
            method = self._method_text(item)
            if method:
                cells.append(line(labelled(lab, "method", markup(method)), st.cell))
            if item.materials.strip():
                cells.append(line(labelled(lab, "materials", markup(item.materials)), st.cell))
        if not self.private:
            return cells
        if item.locked_start is not None:
            fixed = lab.get("locked_start", time=lab.time(item.locked_start))
            cells.append(line(escape(fixed), st.cell_italic))
        if item.priority.value != "flexible":
            cells.append(line(escape(lab[f"priority_{item.priority.value}"]), st.cell_italic))
        for flag in entry.flags:
            cells.append(line(escape(lab.flag(flag)), st.cell_warning))
        return cells

    def _method_text(self, item: AgendaItem) -> str:
        """The item's method, else its kind — not for a break, which the row already
        says is one ("Method: Break" told nobody anything)."""
        if item.method.strip():
            return item.method
        if item.kind not in (ItemKind.OTHER, ItemKind.BREAK):
            return self.lab.kind(item.kind)
        return ""

    def _method_cell(self, entry: ScheduledItem) -> list[Any]:
        method = self._method_text(entry.item)
        return [user_paragraph(method, self.st.cell)] if method else []

    def _roles_cell(self, entry: ScheduledItem) -> list[Any]:
        item = entry.item
        cells = []
        for key, ids in (
            ("role_facilitators", item.facilitator_ids),
            ("role_speakers", item.speaker_ids),
            ("role_rapporteurs", item.rapporteur_ids),
        ):
            people = [self.names[person] for person in ids if person in self.names]
            if people:
                value = markup(self.lab.join(people))
                cells.append(para(labelled(self.lab, key, value), self.st.cell))
        return cells

    def _materials_cell(self, entry: ScheduledItem) -> list[Any]:
        text = entry.item.materials
        return [user_paragraph(text, self.st.cell)] if text.strip() else []

    def _notes_cell(self, entry: ScheduledItem) -> list[Any]:
        text = entry.item.notes
        return [user_paragraph(text, self.st.cell)] if text.strip() else []


def utc_offset(moment: dt.datetime) -> str:
    """ "UTC+01:00", "UTC−03:30", "UTC"."""
    offset = moment.utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"  # Noto Sans has no U+2212 minus sign
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _spacer(height: float) -> Any:
    from reportlab.platypus import Spacer

    return Spacer(0, height)
