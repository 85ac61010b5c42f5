"""The ``forum-desktop`` command: opens the app, or runs one command on the database.

Errors go to stderr as one sentence with a non-zero exit code, never a traceback.
The UI is imported only when the window is opened, so commands start fast without Qt.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from forum_desktop import __version__
from forum_desktop.clock import SystemClock
from forum_desktop.export.minutes_options import SECTIONS
from forum_desktop.files import write_atomically
from forum_desktop.logs import setup_logging
from forum_desktop.models import Event
from forum_desktop.paths import default_database_path
from forum_desktop.services.documents import DocumentError
from forum_desktop.storage import StorageError, Store, open_database

if TYPE_CHECKING:
    from forum_desktop.sync.engine import SyncReport

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PROBLEMS = 3


class CommandError(Exception):
    """A user error in a command; ``str()`` is the message."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help=f"the database file (default: {default_database_path()})",
    )
    parser = argparse.ArgumentParser(
        prog="forum-desktop",
        description="Plan, run and record workshops offline, and publish their minutes. "
        "Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
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

    export = commands.add_parser(
        "export-json", parents=[common], help="write a whole event as a JSON document"
    )
    export.add_argument("event_id", type=_uuid, metavar="EVENT_ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.set_defaults(run=_export_json)

    imp = commands.add_parser(
        "import-json", parents=[common], help="read an event JSON document (again: no duplicates)"
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.set_defaults(run=_import_json)

    agenda = commands.add_parser(
        "export-agenda",
        parents=[common],
        help="the facilitator's run-sheet as PDF (or the participants' agenda, a sign-in "
        "sheet, or the sessions as a calendar when FILE ends in .ics)",
    )
    agenda.add_argument("event_id", type=_uuid, metavar="EVENT_ID")
    agenda.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    which = agenda.add_mutually_exclusive_group()
    which.add_argument(
        "--participants", action="store_true", help="the agenda for participants: nothing private"
    )
    which.add_argument("--sign-in", action="store_true", help="a printable sign-in sheet")
    agenda.add_argument(
        "--lang",
        dest="document_language",
        choices=["en", "fr", "es"],
        help="the document's language (default: the event's)",
    )
    agenda.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    agenda.set_defaults(run=_export_agenda)

    agenda_in = commands.add_parser(
        "import-agenda",
        parents=[common],
        help="read a programme from a text or Markdown file into an event's sessions",
    )
    agenda_in.add_argument("file", type=Path, metavar="FILE")
    agenda_in.add_argument("--event", type=_uuid, required=True, metavar="EVENT_ID")
    agenda_in.add_argument(
        "--session", type=_uuid, metavar="SESSION_ID", help="append to this session"
    )
    agenda_in.add_argument(
        "--dry-run", action="store_true", help="print what would be created; change nothing"
    )
    agenda_in.set_defaults(run=_import_agenda)

    actions = commands.add_parser(
        "export-actions", parents=[common], help="an event's actions as CSV or iCalendar (.ics)"
    )
    actions.add_argument("event_id", type=_uuid, metavar="EVENT_ID")
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
    minutes.add_argument("event_id", type=_uuid, metavar="EVENT_ID")
    minutes.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    minutes.add_argument(
        "--session", type=_uuid, metavar="SESSION_ID", help="only this session's minutes"
    )
    minutes.add_argument(
        "--lang",
        dest="document_language",
        choices=["en", "fr", "es"],
        help="the document's language (default: the event's)",
    )
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
    sync.add_argument("event_id", type=_uuid, metavar="EVENT_ID")
    sync.add_argument(
        "--folder", type=Path, required=True, metavar="DIR", help="the shared folder (or USB stick)"
    )
    sync.set_defaults(run=_sync)

    conflicts = commands.add_parser(
        "conflicts", parents=[common], help="list an event's unresolved sync conflicts"
    )
    conflicts.add_argument("event_id", type=_uuid, metavar="EVENT_ID")
    conflicts.set_defaults(run=_conflicts)

    bundle_out = commands.add_parser(
        "export-bundle",
        parents=[common],
        help="write an event as one bundle file for e-mail or USB (every change, photos)",
    )
    bundle_out.add_argument("event_id", type=_uuid, metavar="EVENT_ID")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db: Path = getattr(args, "db", None) or default_database_path()
    setup_logging()
    if args.command is None:
        from forum_desktop.ui.app import run_app  # Qt only when a window is wanted

        exit_code: int = run_app(db, language=args.lang)
        return exit_code
    try:
        command: Callable[[Store, argparse.Namespace], int] = args.run
        clock = SystemClock()
        conn = open_database(db, clock)
        try:
            status: int = command(Store(conn, clock), args)
            return status
        finally:
            conn.close()
    except (StorageError, DocumentError, CommandError) as error:
        print(f"forum-desktop: {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        print(f"forum-desktop: {error.strerror or error}: {error.filename or ''}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # a bug: keep the details in the log, not on the terminal
        log.exception("command %s failed", args.command)
        print(
            f"forum-desktop: unexpected error ({type(error).__name__}: {error}); "
            "details are in the log file.",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _uuid(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an event id") from None


def _demo(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.models import Language
    from forum_desktop.services.demo import create_demo_event

    result = create_demo_event(store, language=Language(args.demo_lang))
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
    from forum_desktop.services.documents import import_document, parse_document

    document = parse_document(args.file.read_bytes())
    result = import_document(store, document=document)
    print(f"imported {document.event.title!r}: {len(result.changes)} changes")
    print(document.event.id)
    return EXIT_OK


def _export_agenda(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.export.loading import items_by_session, load_agenda, save_export

    if store.get(Event, args.event_id) is None:
        raise CommandError(f"no event with id {args.event_id} (see: forum-desktop events)")
    event, sessions, people = load_agenda(store, args.event_id)
    data: bytes | str
    if args.output.suffix.lower() == ".ics":
        from forum_desktop.export.ical import sessions_ical

        data = sessions_ical(
            event,
            [session for session, _ in sessions],
            items_by_session(sessions),
            language=args.document_language,
            now=store.clock.now(),
        )
    elif args.sign_in:
        from forum_desktop.export.signin_pdf import signin_sheet_pdf

        data = signin_sheet_pdf(
            event, people, language=args.document_language, page_size=args.page_size
        )
    else:
        from forum_desktop.export.agenda_pdf import run_sheet_pdf

        data = run_sheet_pdf(
            event,
            sessions,
            people,
            language=args.document_language,
            page_size=args.page_size,
            include_private=not args.participants,
        )
    save_export(args.output, data)
    print(f"wrote {args.output}")
    return EXIT_OK


def _import_agenda(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.agenda.programme_text import parse_programme
    from forum_desktop.services.agenda_import import dry_run_lines, import_agenda

    if store.get(Event, args.event) is None:
        raise CommandError(f"no event with id {args.event} (see: forum-desktop events)")
    data = args.file.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    programme = parse_programme(text)
    for warning in programme.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.dry_run:
        for line in dry_run_lines(programme):
            print(line)
        return EXIT_OK
    result = import_agenda(store, event_id=args.event, programme=programme, session_id=args.session)
    items = sum(1 for change in result.changes if change.record_type == "agenda_item")
    print(f"imported {items} agenda items")
    return EXIT_OK


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

    if store.get(Event, args.event_id) is None:
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
    try:
        options = MinutesOptions(
            language=args.document_language,
            page_size=args.page_size,
            sections=sections,
            anonymous=args.anonymous,
            approved_only=args.approved_only,
            session_id=args.session,
        )
    except ValueError as error:
        raise CommandError(str(error)) from None
    data = load_minutes(store, args.event_id, options)
    if suffix == ".md":
        from forum_desktop.export.minutes_md import minutes_markdown

        save_export(args.output, minutes_markdown(data))
    elif suffix == ".docx":
        from forum_desktop.export.minutes_docx import minutes_docx

        save_export(args.output, minutes_docx(data))
    else:
        from forum_desktop.export.minutes_pdf import minutes_pdf

        save_export(args.output, minutes_pdf(data, _progress_reporter(args.progress)))
    print(f"wrote {args.output}")
    return EXIT_OK


PROGRESS_PREFIX = "progress "
"""How ``--progress`` lines start on stderr ("progress 42"): the app's export runner reads
them."""


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
    if event is None:
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
    print(f"synced {event.title!r}")
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
    from forum_desktop.sync.bundle import BundleError, import_bundle

    try:
        event_id, report = import_bundle(store, args.file.read_bytes())
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
