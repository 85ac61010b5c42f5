"""The ``forum-desktop`` command: opens the app, or runs one command on the database.

Errors go to stderr as one sentence with a non-zero exit code, never a traceback.
The UI is imported only when the window is opened, so commands start fast without Qt.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from uuid import UUID

from forum_desktop import __version__
from forum_desktop.cli_imports import add_import_commands
from forum_desktop.cli_input import (
    ALL_LANGUAGES,
    CommandError,
    InputRefusedError,
    document_languages,
    event_id_argument,
    language_list,
    read_input,
)
from forum_desktop.cli_methods import add_method_commands
from forum_desktop.cli_participants import add_serve_command
from forum_desktop.clock import SystemClock
from forum_desktop.export.minutes_options import SECTIONS
from forum_desktop.files import WriteError, write_atomically
from forum_desktop.logs import setup_logging
from forum_desktop.models import AgendaItem, Event, Language, Participant, Session
from forum_desktop.notices import Notice, NoticeError
from forum_desktop.paths import default_database_path
from forum_desktop.progress_lines import EXIT_BUSY, PROGRESS_PREFIX, notice_line
from forum_desktop.services.documents import DocumentError
from forum_desktop.services.method_upgrade import upgrade_legacy_method_runs
from forum_desktop.storage import DatabaseBusyError, StorageError, Store, open_database
from forum_desktop.storage.errors import is_busy

if TYPE_CHECKING:
    from forum_desktop.agenda.programme_model import ParsedProgramme
    from forum_desktop.sync.engine import SyncReport

log = logging.getLogger(__name__)

MB = 1024 * 1024
EXIT_OK = 0
EXIT_ERROR = 1
"""Any other failure (a file that cannot be written, a damaged database, a bug)."""
EXIT_REFUSED = 2
"""The input was refused, and nothing was changed."""
EXIT_USAGE = EXIT_REFUSED
"""A malformed command line (argparse's own exit code) is refused input too."""
EXIT_PROBLEMS = 3
"""``check`` found problems."""


class _Parser(argparse.ArgumentParser):
    """A refused command line is one line on stderr too (argparse prints its usage first)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_REFUSED, f"{self.prog}: {message} (see: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help=f"the database file (default: {default_database_path()})",
    )
    parser = _Parser(
        prog="forum-desktop",
        description="Plan, run and record workshops offline, and publish their minutes. "
        "Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # For benchmarks/startup.py --bundle: print "shown" when the window is up, then quit.
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    # For the app's export runner: a refusal's notice goes to stderr too, to be translated.
    parser.add_argument("--notice-lines", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--lang", choices=["en", "fr", "es"], help="the interface language (default: the system's)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[common], help="(re)create the demo event and print its id last"
    )
    demo.add_argument(
        "--lang",
        dest="demo_lang",
        choices=["en", "fr", "es"],
        default="fr",
        help="the demo's language (default: fr, the language of the original session note)",
    )
    demo.set_defaults(run=_demo)

    events = commands.add_parser("events", parents=[common], help="list events: id, date, title")
    events.set_defaults(run=_events)
    _add_new_event(commands, common)

    export = commands.add_parser(
        "export-json", parents=[common], help="write a whole event as a JSON document"
    )
    export.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.set_defaults(run=_export_json)

    imp = commands.add_parser(
        "import-json", parents=[common], help="read an event JSON document (again: no duplicates)"
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--as-copy",
        action="store_true",
        help="import it as a new event with fresh ids (next year's edition); prints its id last",
    )
    imp.set_defaults(run=_import_json)

    agenda = commands.add_parser(
        "export-agenda",
        parents=[common],
        help="the facilitator's run-sheet as PDF (or the participants' agenda, a sign-in "
        "sheet, or the sessions as a calendar when FILE ends in .ics)",
    )
    agenda.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    agenda.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    which = agenda.add_mutually_exclusive_group()
    which.add_argument(
        "--participants", action="store_true", help="the agenda for participants: nothing private"
    )
    which.add_argument("--sign-in", action="store_true", help="a printable sign-in sheet")
    _add_document_languages(agenda)
    agenda.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    agenda.set_defaults(run=_export_agenda)

    agenda_in = commands.add_parser(
        "import-agenda",
        parents=[common],
        help="read a programme from a text or Markdown file into an event's sessions",
    )
    agenda_in.add_argument("file", type=Path, metavar="FILE")
    agenda_in.add_argument("--event", type=event_id_argument, required=True, metavar="EVENT_ID")
    agenda_in.add_argument(
        "--session", type=event_id_argument, metavar="SESSION_ID", help="append to this session"
    )
    agenda_in.add_argument(
        "--year",
        type=_year,
        metavar="YYYY",
        help="the year of day headings that state none (default: the event's)",
    )
    agenda_in.add_argument(
        "--dry-run",
        action="store_true",
        help="print what would be created (date, time, duration, kind, title) and the "
        "notices; change nothing",
    )
    agenda_in.add_argument(
        "--lang",
        dest="note_language",
        choices=["en", "fr", "es"],
        help="the note's language (default: the event's main one): another working language "
        "reads it as the translation of the agenda the event has, paired by date, time and "
        "order (with --dry-run: the pairs and what is left unpaired)",
    )
    agenda_in.set_defaults(run=_import_agenda)

    actions = commands.add_parser(
        "export-actions", parents=[common], help="an event's actions as CSV or iCalendar (.ics)"
    )
    actions.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    actions.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    actions.add_argument(
        "--lang",
        dest="document_language",
        choices=["en", "fr", "es"],
        help="the document's language (default: the event's)",
    )
    actions.set_defaults(run=_export_actions)

    minutes = commands.add_parser(
        "export-minutes",
        parents=[common],
        help="an event's minutes as PDF, or Markdown (.md) or Word (.docx) by FILE's ending",
    )
    minutes.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    minutes.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    minutes.add_argument(
        "--session",
        type=event_id_argument,
        metavar="SESSION_ID",
        help="only this session's minutes",
    )
    _add_document_languages(minutes)
    minutes.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    minutes.add_argument("--anonymous", action="store_true", help="leave every person's name out")
    minutes.add_argument(
        "--approved-only", action="store_true", help="leave out entries not yet approved"
    )
    minutes.add_argument(
        "--sections",
        metavar="NAMES",
        help="comma-separated sections to print (default: all): " + ", ".join(SECTIONS),
    )
    minutes.add_argument(
        "--progress",
        action="store_true",
        help="report progress on stderr as 'progress N' lines (on a terminal it is shown anyway)",
    )
    minutes.set_defaults(run=_export_minutes)

    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="merge an event with the other laptops' changes in a shared folder and write "
        "this laptop's (brings the whole event in if this laptop does not have it)",
    )
    sync.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    sync.add_argument(
        "--folder", type=Path, required=True, metavar="DIR", help="the shared folder (or USB stick)"
    )
    sync.set_defaults(run=_sync)

    conflicts = commands.add_parser(
        "conflicts", parents=[common], help="list an event's unresolved sync conflicts"
    )
    conflicts.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    conflicts.set_defaults(run=_conflicts)

    bundle_out = commands.add_parser(
        "export-bundle",
        parents=[common],
        help="write an event as one bundle file for e-mail or USB (every change, photos)",
    )
    bundle_out.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    bundle_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    bundle_out.set_defaults(run=_export_bundle)

    bundle_in = commands.add_parser(
        "import-bundle",
        parents=[common],
        help="merge a bundle file into this laptop's copy of its event (again: no duplicates)",
    )
    bundle_in.add_argument("file", type=Path, metavar="FILE")
    bundle_in.set_defaults(run=_import_bundle)

    check = commands.add_parser(
        "check", parents=[common], help="check the database's integrity and consistency"
    )
    check.set_defaults(run=_check)
    add_import_commands(commands, common)
    add_method_commands(commands, common)
    add_serve_command(commands, common)
    _add_entry_commands(commands, common)
    return parser


def _add_entry_commands(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    capture = commands.add_parser(
        "capture",
        parents=[common],
        help="capture an entry with the capture bar's syntax (!, >, ?, \", @name, #tag, due:) "
        "and print its id last",
    )
    capture.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    capture.add_argument("text", metavar="TEXT")
    capture.add_argument("--session", type=_any_uuid, metavar="ID", help="the session")
    capture.add_argument("--item", type=_any_uuid, metavar="ID", help="the agenda item")
    capture.add_argument(
        "--lang",
        dest="said_in",
        choices=[language.value for language in Language],
        help="the language the entry was said in (default: detected when the event has "
        "several working languages)",
    )
    capture.set_defaults(run=_capture)

    edit = commands.add_parser(
        "edit", parents=[common], help="replace an entry's text, as the capture tab's edit does"
    )
    edit.add_argument("entry_id", type=_any_uuid, metavar="ENTRY_ID")
    edit.add_argument("text", metavar="TEXT")
    edit.set_defaults(run=_edit)

    entries = commands.add_parser(
        "entries",
        parents=[common],
        help="list an event's entries (with --json: one JSON object per line)",
    )
    entries.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    entries.add_argument("--json", action="store_true", help="one JSON object per entry and line")
    entries.set_defaults(run=_entries)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db: Path = getattr(args, "db", None) or default_database_path()
    setup_logging()
    if args.command is None:
        from forum_desktop.ui.app import run_app  # Qt only when a window is wanted

        exit_code: int = run_app(db, language=args.lang, quit_when_shown=args.quit_when_shown)
        return exit_code
    try:
        command: Callable[[Store, argparse.Namespace], int] = args.run
        clock = SystemClock()
        conn = open_database(db, clock)
        try:
            store = Store(conn, clock)
            upgrade_legacy_method_runs(store)  # after migrating (and its backup)
            status: int = command(store, args)
            return status
        finally:
            conn.close()
    except DatabaseBusyError as error:
        print(f"forum-desktop: {error}", file=sys.stderr)
        return EXIT_BUSY
    except sqlite3.OperationalError as error:
        if not is_busy(error):
            return _unexpected(args.command, error)
        print(f"forum-desktop: {DatabaseBusyError()}", file=sys.stderr)
        return EXIT_BUSY
    except WriteError as error:  # a failure, not a refusal: the command line was right
        _tell(error.notice, args.notice_lines)
        return EXIT_ERROR
    except NoticeError as error:
        _tell(error.notice, args.notice_lines)
        return EXIT_REFUSED
    except CommandError as error:
        print(f"forum-desktop: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_REFUSED
    except StorageError as error:
        print(f"forum-desktop: {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        print(f"forum-desktop: {error.strerror or error}: {error.filename or ''}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:
        return _unexpected(args.command, error)


def _tell(notice: Notice, as_a_line: bool) -> None:
    """The notice's English on stderr, after its ``notice`` line when the app asked."""
    if as_a_line:
        print(notice_line(notice), file=sys.stderr)
    print(f"forum-desktop: {_one_line(str(notice))}", file=sys.stderr)


def _unexpected(command: str, error: Exception) -> int:
    """A bug: the details go to the log, not to the terminal."""
    log.exception("command %s failed", command)
    print(
        f"forum-desktop: unexpected error ({type(error).__name__}: {_one_line(str(error))}); "
        "details are in the log file.",
        file=sys.stderr,
    )
    return EXIT_ERROR


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (YYYY)")
    return int(text)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _add_document_languages(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        dest="document_languages",
        type=document_languages,
        metavar="LANGS",
        help="the document's language: en, fr or es (default: the event's); several "
        "comma-separated, or all (the event's working languages), write one file each, "
        "named FILE with the language before its extension (minutes.fr.pdf)",
    )


def _add_new_event(commands: Any, common: argparse.ArgumentParser) -> None:
    new_event = commands.add_parser(
        "new-event", parents=[common], help="create an event and print its id last"
    )
    new_event.add_argument("title", metavar="TITLE")
    new_event.add_argument("--start", type=_date, required=True, metavar="YYYY-MM-DD")
    new_event.add_argument("--end", type=_date, metavar="YYYY-MM-DD", help="default: --start")
    new_event.add_argument(
        "--lang",
        dest="event_language",
        type=language_list,
        default=("en",),
        metavar="LANGS",
        help="the event's working languages, comma-separated, the main one first: en, fr, "
        "es (default: en)",
    )
    new_event.add_argument(
        "--timezone", default="UTC", metavar="ZONE", help="e.g. Europe/Paris (default: UTC)"
    )
    new_event.add_argument("--place", default="", metavar="TEXT")
    new_event.set_defaults(run=_new_event)


def _new_event(store: Store, args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from forum_desktop.services.commands import execute
    from forum_desktop.services.events import CreateEvent, EventError

    try:
        command = CreateEvent(
            title=args.title,
            start_date=args.start,
            end_date=args.end or args.start,
            language=Language(args.event_language[0]),
            other_languages=tuple(Language(code) for code in args.event_language[1:]),
            timezone=args.timezone,
            place=args.place,
        )
        result = execute(store, command)
    except ValidationError as error:
        raise InputRefusedError(_first_problem(error)) from None
    except EventError as error:
        raise InputRefusedError(str(error)) from None
    print(f"created {args.title.strip()!r}")
    print(result.value)
    return EXIT_OK


def _first_problem(error: Any) -> str:
    """pydantic's first complaint as one sentence naming the option."""
    problem = error.errors()[0]
    where = ".".join(str(part) for part in problem["loc"]) or "the event"
    options = {"title": "TITLE", "timezone": "--timezone", "place": "--place"}
    return f"{options.get(where, where)}: {problem['msg']}; nothing was created"


def _any_uuid(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id") from None


def _demo(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.services.commands import execute
    from forum_desktop.services.demo import CreateDemoEvent

    result = execute(store, CreateDemoEvent(language=Language(args.demo_lang)))
    print(result.value)
    return EXIT_OK


def _events(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.services.events import list_events

    for event in list_events(store):
        day = event.start_date.isoformat() if event.start_date else "-"
        print(f"{event.id}\t{day}\t{event.title}")
    return EXIT_OK


def _export_json(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.services.documents import document_to_json, export_document

    if store.get(Event, args.event_id) is None:
        raise CommandError(f"no event with id {args.event_id} (see: forum-desktop events)")
    text = document_to_json(export_document(store, args.event_id))
    write_atomically(args.output, text.encode("utf-8"))
    print(f"wrote {args.output}")
    return EXIT_OK


def _import_json(store: Store, args: argparse.Namespace) -> int:
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


def _export_agenda(store: Store, args: argparse.Namespace) -> int:
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


def _import_agenda(store: Store, args: argparse.Namespace) -> int:
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
    programme = _read_programme(text, event, args.year)
    check_item_count(programme)
    if args.note_language is not None and args.note_language != event.language:
        return _import_translation(store, args, event, programme)
    if args.dry_run:
        _print_dry_run(programme)
        return EXIT_OK
    for warning in programme.warnings:
        print(f"warning: {warning}", file=sys.stderr)
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


def _read_programme(text: str, event: Event, year: int | None) -> ParsedProgramme:
    """The programme; day headings without a year take ``year``, else the event's."""
    from forum_desktop.agenda.programme_text import parse_programme
    from forum_desktop.services.agenda_import import recognise_methods

    if year is None and event.start_date is not None:
        year = event.start_date.year
    return recognise_methods(parse_programme(text, year=year), language=event.language)


def _print_dry_run(programme: ParsedProgramme) -> None:
    """Per line: date, time, duration, kind and title; then the notices."""
    from forum_desktop.services.agenda_import import dry_run_lines

    for line in dry_run_lines(programme):
        print(line)
    for warning in programme.warnings:
        print(f"notice: {warning}")


def _export_actions(store: Store, args: argparse.Namespace) -> int:
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


def _export_minutes(store: Store, args: argparse.Namespace) -> int:
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


def _sync(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.sync.engine import sync_event

    if not args.folder.is_dir():
        raise CommandError(
            f"no folder {args.folder}: give the shared folder (or the USB stick) to sync through"
        )
    report = sync_event(store, args.event_id, args.folder)
    event = store.get(Event, args.event_id)
    # An event deleted here still syncs: its delete goes out, and an edit another laptop
    # made meanwhile brings it back.
    deleted = event is None and bool(store.record_changes(Event.record_type, args.event_id))
    if event is None and not deleted:
        raise CommandError(
            f"no event with id {args.event_id} here or in {args.folder} "
            "(see: forum-desktop events, on the laptop that has it)"
        )
    _print_report(report)
    print(f"laptops seen: {len(report.devices)}")
    if report.conflicts:
        print(
            f"unresolved conflicts: {report.conflicts} "
            f"(see: forum-desktop conflicts {args.event_id})"
        )
    if report.reidentified is not None:
        print(
            "this laptop's profile was copied to another laptop: "
            f"it now has its own device id {report.reidentified}"
        )
    print("synced the event's deletion" if event is None else f"synced {event.title!r}")
    return EXIT_OK


def _print_report(report: SyncReport) -> None:
    print(f"changes in: {report.received}, out: {report.sent}")
    if report.held:
        print(f"waiting for records not arrived yet: {report.held}")
    if report.incomplete_files:
        print(f"files still arriving: {report.incomplete_files} (their last line waits)")
    for warning in report.clock_warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for problem in report.problems:
        print(f"skipped: {problem}", file=sys.stderr)


def _conflicts(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.sync.engine import conflict_rows

    if store.get(Event, args.event_id) is None:
        raise CommandError(f"no event with id {args.event_id} (see: forum-desktop events)")
    rows = conflict_rows(store, args.event_id)
    for row in rows:
        print(
            f"{row['record_type']} {row['record_id']} {row['field']}: shown {row['shown']!r}; "
            f"also kept, by {row['author']} at {row['at']}: {row['kept']!r}"
        )
    print(f"{len(rows)} unresolved conflict(s)")
    return EXIT_OK


def _export_bundle(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.sync.bundle import export_bundle

    if store.get(Event, args.event_id) is None:
        raise CommandError(f"no event with id {args.event_id} (see: forum-desktop events)")
    write_atomically(args.output, export_bundle(store, args.event_id))
    print(f"wrote {args.output}")
    return EXIT_OK


def _import_bundle(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.sync.bundle import MAX_BUNDLE_BYTES, TOO_LARGE, BundleError, import_bundle

    def too_large(size: int) -> BundleError:
        return BundleError(TOO_LARGE, megabytes=size // MB, limit=MAX_BUNDLE_BYTES // MB)

    try:
        data = read_input(args.file, MAX_BUNDLE_BYTES, too_large)
        event_id, report = import_bundle(store, data)
    except BundleError as error:
        raise CommandError(f"{args.file}: {error}") from None
    _print_report(report)
    event = store.get(Event, event_id)
    print(f"imported {event.title if event else 'an event still incomplete'!r}")
    print(event_id)
    return EXIT_OK


def _check(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.services.check import run_checks

    problems = run_checks(store)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    print("ok")
    return EXIT_OK


def _capture(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.services.commands import execute
    from forum_desktop.services.entries import CaptureTyped, EntryError

    command = CaptureTyped(
        event_id=args.event_id,
        typed=args.text,
        session_id=args.session,
        item_id=args.item,
        language=args.said_in,
    )
    try:
        result = execute(store, command)
    except EntryError as error:
        print(f"forum-desktop: {error}; nothing was captured.", file=sys.stderr)
        return EXIT_USAGE
    print(result.value)
    return EXIT_OK


def _edit(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.services.capture import FinalSessionError
    from forum_desktop.services.commands import execute
    from forum_desktop.services.entries import EditEntryText, EntryError

    try:
        execute(store, EditEntryText(outcome_id=args.entry_id, text=args.text))
    except (EntryError, FinalSessionError) as error:
        print(f"forum-desktop: {error}; nothing was changed.", file=sys.stderr)
        return EXIT_USAGE
    print(args.entry_id)
    return EXIT_OK


def _entries(store: Store, args: argparse.Namespace) -> int:
    import json

    from forum_desktop.services.entries import EntryError, entry_rows

    try:
        rows = entry_rows(store, args.event_id)
    except EntryError as error:
        print(f"forum-desktop: {error}", file=sys.stderr)
        return EXIT_USAGE
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False, sort_keys=True))
        else:
            conflicts = f" (also in conflict: {len(row['conflicts'])})" if row["conflicts"] else ""
            print(f"{row['id']} {row['kind']}: {row['text']}{conflicts}")
    return EXIT_OK
