"""How single things print in the minutes: an outcome as an entry, a session's date
line, an item's times."""

from __future__ import annotations

from forum_desktop.agenda.schedule import ScheduledItem
from forum_desktop.export.isolation import isolate
from forum_desktop.export.labels import Labels
from forum_desktop.export.localized import fallback_tag
from forum_desktop.export.minutes_blocks import Entry
from forum_desktop.export.minutes_data import MinutesData, SessionMinutes
from forum_desktop.models import ActionFields, Outcome, OutcomeKind, ReviewState


def outcome_entry(data: MinutesData, lab: Labels, outcome: Outcome) -> Entry:
    """One outcome as a bulleted entry: its text, and what its kind adds."""
    text = outcome.text.strip()
    details: list[str] = []
    if outcome.kind == OutcomeKind.QUOTE:
        text = lab.get("quote", text=text)
        speaker = data.speaker(outcome)
        if speaker:
            details.append(lab.get("said_by", name=speaker))
    elif outcome.kind == OutcomeKind.ACTION:
        details += action_details(data, lab, outcome)
    elif speaker := data.speaker(outcome):
        details.append(isolate(speaker))
    text = said_in(text, outcome, lab)
    if outcome.review is not ReviewState.APPROVED:
        details.append(lab["draft_entry"])
    text, versions = in_conflict(text, data.conflicts.get(outcome.id, []), lab)
    details += versions
    return Entry(text, " · ".join(details))


def in_conflict(text: str, kept: list[str], lab: Labels) -> tuple[str, list[str]]:
    """``text`` marked while other versions of it are in sync conflict, and those versions
    as lines of its details: until someone resolves it, every version prints."""
    if not kept:
        return text, []
    versions = [lab.get("conflict_kept", text=version.strip()) for version in kept]
    return f"{text} {lab['conflict_entry']}", versions


def said_in(text: str, outcome: Outcome, lab: Labels) -> str:
    """``text`` tagged with the language it was said in when that is not the document's
    (the minutes print entries as typed, never translated)."""
    if outcome.language is None or outcome.language == lab.language:
        return text
    return f"{text} {fallback_tag(outcome.language)}"


def action_details(data: MinutesData, lab: Labels, outcome: Outcome) -> list[str]:
    fields = outcome.kind_fields()
    assert isinstance(fields, ActionFields)
    details = []
    owners = data.owners(outcome)
    if owners:
        details.append(lab.label_value("col_owners", lab.join(owners)))
    if fields.due is not None:
        details.append(lab.label_value("col_due", lab.date(fields.due)))
    details.append(lab.action_status(fields.status))
    return details


def session_line(minutes: SessionMinutes, lab: Labels) -> str:
    """ "mercredi 23 février 2022 · 10 h 00 – 11 h 30 (Europe/Paris) · En ligne · Compte
    rendu définitif"."""
    session = minutes.session
    parts = [lab.date(session.date) if session.date else lab["date_to_confirm"]]
    if session.start_time is not None and session.end_time is not None:
        parts.append(
            f"{lab.time_range(session.start_time, session.end_time)} ({minutes.schedule.timezone})"
        )
    parts.append(lab.mode(session.mode))
    parts.append(lab["session_final" if session.final_at else "session_draft"])
    return " · ".join(parts)


def time_text(entry: ScheduledItem, lab: Labels) -> str:
    if entry.start is not None and entry.end is not None:
        return lab.time_range(entry.start, entry.end)
    return lab.get("offset", duration=lab.duration(entry.offset))
