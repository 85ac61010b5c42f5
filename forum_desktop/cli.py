"""The ``forum-desktop`` command: opens the app, or runs one command on the database.

Errors go to stderr as one sentence with a non-zero exit code, never a traceback.

Every script and each of the window's exports start a process here, so it imports only
what it uses. The parser is built from light modules (this one, ``cli_input`` and the
``cli_*`` parser modules: argparse and the standard library); each command names its
runner as ``"module:function"`` (a ``cli_run_*`` module), imported once the command line
is parsed, with the storage and the models. The UI is imported only to open the window.
"""

from __future__ import annotations

import argparse
import importlib
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
from forum_desktop.cli_input import EXIT_ERROR as EXIT_ERROR
from forum_desktop.cli_input import EXIT_OK as EXIT_OK
from forum_desktop.cli_input import EXIT_PROBLEMS as EXIT_PROBLEMS
from forum_desktop.cli_input import EXIT_REFUSED as EXIT_REFUSED
from forum_desktop.cli_input import EXIT_USAGE as EXIT_USAGE
from forum_desktop.cli_input import (
    LANGUAGE_CODES,
    CommandError,
    document_languages,
    event_id_argument,
    language_list,
)
from forum_desktop.cli_methods import add_method_commands
from forum_desktop.cli_participants import add_serve_command
from forum_desktop.clock import SystemClock
from forum_desktop.export.minutes_options import SECTIONS
from forum_desktop.files import WriteError
from forum_desktop.logs import setup_logging
from forum_desktop.notices import Notice, NoticeError
from forum_desktop.paths import default_database_path
from forum_desktop.progress_lines import EXIT_BUSY as EXIT_BUSY
from forum_desktop.progress_lines import notice_line

if TYPE_CHECKING:
    from forum_desktop.storage import Store

log = logging.getLogger(__name__)

Run = Callable[["Store", argparse.Namespace], int]
"""A command's runner: it acts on the open database and returns the exit code."""


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
    demo.set_defaults(run="forum_desktop.cli_run_events:demo")

    events = commands.add_parser("events", parents=[common], help="list events: id, date, title")
    events.set_defaults(run="forum_desktop.cli_run_events:events")
    _add_new_event(commands, common)

    export = commands.add_parser(
        "export-json", parents=[common], help="write a whole event as a JSON document"
    )
    export.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.set_defaults(run="forum_desktop.cli_run_documents:export_json")

    imp = commands.add_parser(
        "import-json", parents=[common], help="read an event JSON document (again: no duplicates)"
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--as-copy",
        action="store_true",
        help="import it as a new event with fresh ids (next year's edition); prints its id last",
    )
    imp.set_defaults(run="forum_desktop.cli_run_documents:import_json")

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
    agenda.set_defaults(run="forum_desktop.cli_run_documents:export_agenda")

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
    agenda_in.set_defaults(run="forum_desktop.cli_run_agenda:import_agenda")

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
    actions.set_defaults(run="forum_desktop.cli_run_documents:export_actions")

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
    minutes.set_defaults(run="forum_desktop.cli_run_documents:export_minutes")

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
    sync.set_defaults(run="forum_desktop.cli_run_sync:sync")

    conflicts = commands.add_parser(
        "conflicts", parents=[common], help="list an event's unresolved sync conflicts"
    )
    conflicts.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    conflicts.set_defaults(run="forum_desktop.cli_run_sync:conflicts")

    bundle_out = commands.add_parser(
        "export-bundle",
        parents=[common],
        help="write an event as one bundle file for e-mail or USB (every change, photos)",
    )
    bundle_out.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    bundle_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    bundle_out.set_defaults(run="forum_desktop.cli_run_sync:export_bundle")

    bundle_in = commands.add_parser(
        "import-bundle",
        parents=[common],
        help="merge a bundle file into this laptop's copy of its event (again: no duplicates)",
    )
    bundle_in.add_argument("file", type=Path, metavar="FILE")
    bundle_in.set_defaults(run="forum_desktop.cli_run_sync:import_bundle")

    check = commands.add_parser(
        "check", parents=[common], help="check the database's integrity and consistency"
    )
    check.set_defaults(run="forum_desktop.cli_run_events:check")
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
        choices=LANGUAGE_CODES,
        help="the language the entry was said in (default: detected when the event has "
        "several working languages)",
    )
    capture.set_defaults(run="forum_desktop.cli_run_entries:capture")

    edit = commands.add_parser(
        "edit", parents=[common], help="replace an entry's text, as the capture tab's edit does"
    )
    edit.add_argument("entry_id", type=_any_uuid, metavar="ENTRY_ID")
    edit.add_argument("text", metavar="TEXT")
    edit.set_defaults(run="forum_desktop.cli_run_entries:edit")

    entries = commands.add_parser(
        "entries",
        parents=[common],
        help="list an event's entries (with --json: one JSON object per line)",
    )
    entries.add_argument("event_id", type=event_id_argument, metavar="EVENT_ID")
    entries.add_argument("--json", action="store_true", help="one JSON object per entry and line")
    entries.set_defaults(run="forum_desktop.cli_run_entries:entries")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db: Path = getattr(args, "db", None) or default_database_path()
    setup_logging()
    if args.command is None:
        from forum_desktop.ui.app import run_app  # Qt only when a window is wanted

        exit_code: int = run_app(db, language=args.lang, quit_when_shown=args.quit_when_shown)
        return exit_code
    return _run_command(args, db)


def _run_command(args: argparse.Namespace, db: Path) -> int:
    """The command on the database; its exit code, and one sentence on stderr when it fails.
    The storage and the models are imported here, once the command line is parsed:
    ``--help`` and a refused command line load neither."""
    from forum_desktop.storage import DatabaseBusyError, StorageError, Store, open_database
    from forum_desktop.storage.errors import is_busy

    try:
        command = runner(args.run)
        clock = SystemClock()
        conn = open_database(db, clock)
        try:
            store = Store(conn, clock)
            if store.holds_any("method_run"):  # else the methods' models need not load
                from forum_desktop.services.method_upgrade import upgrade_legacy_method_runs

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


def runner(path: str) -> Run:
    """The runner a command names as ``"module:function"``, its module imported now."""
    module, _, name = path.partition(":")
    run: Run = getattr(importlib.import_module(module), name)
    return run


def command_runners() -> dict[str, str]:
    """Each command and its runner's ``"module:function"``: the standalone app's spec
    bundles these modules, which no import statement names (tools/bundle_contents.py)."""
    parser = build_parser()
    commands = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    return {name: command.get_default("run") for name, command in commands.choices.items()}


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
    new_event.add_argument(
        "--start", type=_date, metavar="YYYY-MM-DD", help="the first day (none: an undated event)"
    )
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
    new_event.set_defaults(run="forum_desktop.cli_run_events:new_event")


def _any_uuid(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id") from None
