"""The command line's runner for ``import-agenda``: a programme from a text or Markdown
file into an event's sessions, or into a working language's translations (imported when
it runs; see ``cli.py``)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from forum_desktop.cli_input import EXIT_OK, MB, CommandError, read_input
from forum_desktop.models import Event, Session
from forum_desktop.notices import Notice
from forum_desktop.storage import Store

if TYPE_CHECKING:
    from forum_desktop.agenda.programme_model import ParsedProgramme


def import_agenda(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.agenda.programme_file import (
        MAX_BYTES,
        TOO_LARGE,
        ProgrammeFileError,
        check_item_count,
        decode_programme,
    )
    from forum_desktop.services.agenda_import import ImportAgenda
    from forum_desktop.services.commands import execute

    event = store.get(Event, args.event)
    if event is None:
        raise CommandError(f"no event with id {args.event} (see: forum-desktop events)")

    def too_large(size: int) -> ProgrammeFileError:
        return ProgrammeFileError(TOO_LARGE, megabytes=MAX_BYTES // MB)

    text = decode_programme(read_input(args.file, MAX_BYTES, too_large))
    programme = _read_programme(text, event, args.year, new_sessions=args.session is None)
    check_item_count(programme)
    if args.note_language is not None and args.note_language != event.language:
        return _import_translation(store, args, event, programme)
    if args.dry_run:
        _print_dry_run(programme, args.lang)
        return EXIT_OK
    for warning in programme.warnings:
        print(f"warning: {_said(warning, args.lang)}", file=sys.stderr)
    result = execute(
        store, ImportAgenda(event_id=args.event, programme=programme, session_id=args.session)
    )
    items = sum(1 for change in result.changes if change.record_type == "agenda_item")
    if not items and any(day.items for day in programme.days):
        print(
            "warning: this programme's items are already in the agenda (imported before): "
            "not added again",
            file=sys.stderr,
        )
    print(f"imported {items} agenda items")
    return EXIT_OK


def _import_translation(
    store: Store, args: argparse.Namespace, event: Event, programme: ParsedProgramme
) -> int:
    """The note read into a second working language: its texts become the translations
    of the sessions and items they pair with (``--session``: of that session's only)."""
    from forum_desktop.models.event import Language
    from forum_desktop.services.commands import execute
    from forum_desktop.services.programme_match import pair_lines, unmatched_lines
    from forum_desktop.services.programme_translation import (
        NOTHING_MATCHED,
        ImportTranslation,
        match_event,
    )
    from forum_desktop.services.translations import TranslationError, check_translation_language

    language = Language(args.note_language)
    check_translation_language(event, language)
    session = None if args.session is None else store.get(Session, args.session)
    if args.session is not None and (session is None or session.event_id != event.id):
        raise CommandError(f"no session with id {args.session} in event {event.id}")
    match = match_event(store, event.id, programme, session_id=args.session)
    command = ImportTranslation.of(event.id, language, match)
    if args.dry_run:
        for line in [*pair_lines(match), *unmatched_lines(match)]:
            print(line)
        if not command.texts:  # refused as the import would be, after showing why
            raise TranslationError(NOTHING_MATCHED)
        return EXIT_OK
    result = execute(store, command)
    for line in unmatched_lines(match):
        print(line)
    items = len(match.items())
    sessions = len(match.pairs) - items
    print(
        f"paired {sessions} session{'' if sessions == 1 else 's'} and {items} agenda "
        f"item{'' if items == 1 else 's'}; {len(match.unmatched)} left unpaired"
    )
    written = sum(1 for change in result.changes if change.record_type == "translation")
    print(f"imported {written} translations into {language.value}")
    return EXIT_OK


def _read_programme(
    text: str, event: Event, year: int | None, *, new_sessions: bool
) -> ParsedProgramme:
    """The programme; day headings without a year take ``year``, else the event's; its
    times in the event's zone."""
    from forum_desktop.agenda.programme_text import parse_programme
    from forum_desktop.services.agenda_import import recognise_methods
    from forum_desktop.services.programme_event import for_event

    if year is None and event.start_date is not None:
        year = event.start_date.year
    programme = recognise_methods(parse_programme(text, year=year), language=event.language)
    return for_event(programme, event, new_sessions=new_sessions)


def _print_dry_run(programme: ParsedProgramme, language: str | None) -> None:
    """Per line: date, time, duration, kind and title; then the notices."""
    from forum_desktop.services.agenda_import import dry_run_lines

    for line in dry_run_lines(programme):
        print(line)
    for warning in programme.warnings:
        print(f"notice: {_said(warning, language)}")


def _said(notice: Notice, language: str | None) -> str:
    """A programme's notice in the interface language ``--lang`` names, from the window's
    own translations (English without ``--lang``: scripts read these lines). The line's
    "warning:"/"notice:" stays English, for scripts to find it."""
    if language is None:
        return str(notice)
    from forum_desktop.participants.refusals import refusal  # the .qm reader, Qt-free

    return refusal(notice, language)
