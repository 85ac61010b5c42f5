"""The command line's runners for whole-event documents: ``export-json``,
``import-json``, ``export-agenda``, ``export-actions`` and ``export-minutes`` (imported
when one of them runs; see ``cli.py``). Each writer is imported by the command and format
that use it: ``export-json`` loads no PDF code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from forum_desktop.cli_input import (
    ALL_LANGUAGES,
    EXIT_OK,
    EXIT_USAGE,
    MB,
    CommandError,
    InputRefusedError,
    read_input,
)
from forum_desktop.export.minutes_options import SECTIONS
from forum_desktop.files import write_atomically
from forum_desktop.models import AgendaItem, Event, Language, Participant, Session
from forum_desktop.progress_lines import PROGRESS_PREFIX
from forum_desktop.services.documents import DocumentError
from forum_desktop.storage import Store


def export_json(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.services.documents import document_to_json, export_document

    if store.get(Event, args.event_id) is None:
        raise CommandError(f"no event with id {args.event_id} (see: forum-desktop events)")
    text = document_to_json(export_document(store, args.event_id))
    write_atomically(args.output, text.encode("utf-8"))
    print(f"wrote {args.output}")
    return EXIT_OK


def import_json(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.services.document_import import Imported, import_document
    from forum_desktop.services.documents import (
        MAX_DOCUMENT_BYTES,
        TOO_LARGE,
        parse_document,
    )

    def too_large(size: int) -> DocumentError:
        return DocumentError(TOO_LARGE, megabytes=size // MB, limit=MAX_DOCUMENT_BYTES // MB)

    try:
        document = parse_document(read_input(args.file, MAX_DOCUMENT_BYTES, too_large))
        result = import_document(store, document=document, as_copy=args.as_copy)
    except DocumentError as error:  # refused: nothing was written
        print(f"forum-desktop: {error}", file=sys.stderr)
        return EXIT_USAGE
    imported: Imported = result.value
    print(f"imported {document.event.title!r}: {len(result.changes)} changes")
    if imported.kept == 1:
        print("1 newer change here was kept")
    elif imported.kept:
        print(f"{imported.kept} newer changes here were kept")
    print(imported.event_id)
    return EXIT_OK


def export_agenda(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.export.loading import load_agenda, save_export

    if store.get(Event, args.event_id) is None:
        raise CommandError(f"no event with id {args.event_id} (see: forum-desktop events)")
    event, sessions, people = load_agenda(store, args.event_id)
    for language, path in _documents(args, event):
        save_export(path, _agenda_document(store, args, language, (event, sessions, people)))
        print(f"wrote {path}")
    return EXIT_OK


def _agenda_document(
    store: Store,
    args: argparse.Namespace,
    language: Language | None,
    agenda: tuple[Event, list[tuple[Session, list[AgendaItem]]], list[Participant]],
) -> bytes | str:
    """The run sheet, participants' agenda, sign-in sheet or calendar in ``language``."""
    from forum_desktop.export.loading import items_by_session
    from forum_desktop.export.localized import DocumentTexts
    from forum_desktop.services.logo import footer_logo

    event, sessions, people = agenda
    local = DocumentTexts.load(store, event.id, language or event.language)
    logo = footer_logo(store, event)
    event = local.event(event)
    sessions = [(local.session(session), local.items(items)) for session, items in sessions]
    if args.output.suffix.lower() == ".ics":
        from forum_desktop.export.ical import sessions_ical

        _refuse_an_empty_calendar([session for session, _ in sessions])
        return sessions_ical(
            event,
            [session for session, _ in sessions],
            items_by_session(sessions),
            language=language,
            now=store.clock.now(),
        )
    if args.sign_in:
        from forum_desktop.export.signin_pdf import signin_sheet_pdf

        return signin_sheet_pdf(
            event, people, language=language, page_size=args.page_size, footer_logo=logo
        )
    from forum_desktop.export.agenda_pdf import run_sheet_pdf

    return run_sheet_pdf(
        event,
        sessions,
        people,
        language=language,
        page_size=args.page_size,
        include_private=not args.participants,
        footer_logo=logo,
    )


def _documents(args: argparse.Namespace, event: Event) -> list[tuple[Language | None, Path]]:
    """Each document to write: its language (None: the event's) and its file. One language
    asked for writes FILE as named; several, or all, write FILE with each code before its
    extension."""
    asked: tuple[str, ...] | None = args.document_languages
    if asked is None:
        return [(None, args.output)]
    if asked != (ALL_LANGUAGES,) and len(asked) == 1:
        return [(Language(asked[0]), args.output)]
    languages = event.working_languages if asked == (ALL_LANGUAGES,) else map(Language, asked)
    output: Path = args.output
    return [
        (language, output.with_name(f"{output.stem}.{language.value}{output.suffix}"))
        for language in languages
    ]


def _refuse_an_empty_calendar(sessions: Sequence[Session]) -> None:
    if not any(session.date is not None for session in sessions):
        raise InputRefusedError(
            "no session of this event has a date, so the calendar would be empty; "
            "give the sessions their dates (import-agenda --year, or the agenda screen) "
            "and export again"
        )


def export_actions(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.export.actions import action_rows, actions_csv, actions_ical
    from forum_desktop.export.loading import save_export

    event = store.get(Event, args.event_id)
    if event is None:
        raise CommandError(f"no event with id {args.event_id} (see: forum-desktop events)")
    now = store.clock.now()
    rows = action_rows(store, event_id=event.id, today=now.date())
    language = args.document_language or event.language
    data: bytes | str
    if args.output.suffix.lower() == ".ics":
        data = actions_ical(rows, language=language, now=now)
    else:
        data = actions_csv(rows, language=language)
    save_export(args.output, data)
    print(f"wrote {len(rows)} actions to {args.output}")
    return EXIT_OK


def export_minutes(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.export.loading import save_export
    from forum_desktop.export.minutes_data import load_minutes
    from forum_desktop.export.minutes_options import MinutesOptions

    event = store.get(Event, args.event_id)
    if event is None:
        raise CommandError(f"no event with id {args.event_id} (see: forum-desktop events)")
    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".md", ".docx"):
        raise CommandError(
            f"cannot write minutes as {suffix or 'a file without extension'}: "
            "name the output FILE.pdf, FILE.md or FILE.docx"
        )
    sections = SECTIONS
    if args.sections is not None:
        sections = tuple(name.strip() for name in args.sections.split(",") if name.strip())
    documents = _documents(args, event)
    try:
        options = [
            MinutesOptions(
                language=language,
                page_size=args.page_size,
                sections=sections,
                anonymous=args.anonymous,
                approved_only=args.approved_only,
                session_id=args.session,
            )
            for language, _ in documents
        ]
    except ValueError as error:
        raise CommandError(str(error)) from None
    images = None  # scaled for the first language, the same photos for the others
    for each, (_, path) in zip(options, documents, strict=True):
        data = load_minutes(store, args.event_id, each, images)
        images = data.images
        if suffix == ".md":
            from forum_desktop.export.minutes_md import minutes_markdown

            save_export(path, minutes_markdown(data))
        elif suffix == ".docx":
            from forum_desktop.export.minutes_docx import minutes_docx

            save_export(path, minutes_docx(data))
        else:
            from forum_desktop.export.minutes_pdf import minutes_pdf

            save_export(path, minutes_pdf(data, _progress_reporter(args.progress)))
        print(f"wrote {path}")
    return EXIT_OK


def _progress_reporter(asked: bool) -> Callable[[float], None] | None:
    """Progress on stderr: a percentage rewritten in place on a terminal, lines for the app
    when ``asked``, nothing otherwise (a script's stderr stays for errors)."""
    if sys.stderr.isatty():

        def on_terminal(share: float) -> None:
            end = "\n" if share >= 0.99 else ""
            print(f"\rlaying out the minutes: {round(share * 100)}%", end=end, file=sys.stderr)
            sys.stderr.flush()

        return on_terminal
    if asked:

        def for_the_app(share: float) -> None:
            print(f"{PROGRESS_PREFIX}{round(share * 100)}", file=sys.stderr, flush=True)

        return for_the_app
    return None
