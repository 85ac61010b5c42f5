"""The command line's imports of the files the app takes in dialogs: a roster CSV into an
event (``import-roster``, as Roster ▸ Import) and a method file into the method library
(``import-method``, as the library's Import).

Each reads at most its reader's limit. A file that cannot be used is refused with one
sentence on stderr and exit 2, nothing changed; rows a roster import leaves out are
named on stderr, one line each, as the import dialog lists them; a file none of whose
rows can be imported is refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from forum_desktop.cli_input import InputRefusedError, event_id_argument, read_input
from forum_desktop.interchange.roster_csv import (
    MAX_BYTES,
    TOO_LARGE,
    CsvFormatError,
    guess_mapping,
    preview,
    read_table,
)
from forum_desktop.methods import library
from forum_desktop.models import Event
from forum_desktop.services.commands import execute
from forum_desktop.services.methods import CreateMethod
from forum_desktop.services.participants import ImportParticipants
from forum_desktop.storage import Store

EXIT_OK = 0


def add_import_commands(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    roster = commands.add_parser(
        "import-roster",
        parents=[common],
        help="add the people of a roster CSV file to an event, as Roster ▸ Import does "
        "(columns recognised by their names)",
    )
    roster.add_argument("file", type=Path, metavar="FILE")
    roster.add_argument("--event", required=True, type=event_id_argument, metavar="EVENT_ID")
    roster.add_argument(
        "--dry-run", action="store_true", help="say who would be imported; change nothing"
    )
    roster.set_defaults(run=_import_roster)
    method = commands.add_parser(
        "import-method",
        parents=[common],
        help="add a method file (.json) to the method library and print its id last",
    )
    method.add_argument("file", type=Path, metavar="FILE")
    method.set_defaults(run=_import_method)


def _import_roster(store: Store, args: argparse.Namespace) -> int:
    if store.get(Event, args.event) is None:
        raise InputRefusedError(f"no event with id {args.event} (see: forum-desktop events)")

    def too_large(size: int) -> CsvFormatError:
        return CsvFormatError(TOO_LARGE, megabytes=MAX_BYTES // (1024 * 1024))

    table = read_table(read_input(args.file, MAX_BYTES, too_large))
    found = preview(table, guess_mapping(table.headers))
    if not found.people:
        first = f" ({found.problems[0]})" if found.problems else ""
        raise InputRefusedError(
            f"no row of the file can be imported{first}; correct the file and import it again"
        )
    for problem in found.problems:
        print(f"left out: {problem}", file=sys.stderr)
    people = [person for _, person in found.people]
    if args.dry_run:
        print(f"would import {len(people)} people")
        return EXIT_OK
    execute(store, ImportParticipants(event_id=args.event, people=tuple(people)))
    print(f"imported {len(people)} people")
    return EXIT_OK


def _import_method(store: Store, args: argparse.Namespace) -> int:
    def too_large(size: int) -> library.MethodFileError:
        return library.MethodFileError(library.TOO_LARGE, kilobytes=library.MAX_FILE_BYTES // 1024)

    definition = library.parse_method(read_input(args.file, library.MAX_FILE_BYTES, too_large))
    method_id = execute(store, CreateMethod(definition=definition)).value
    print(f"added the method {definition.id!r} to the library")
    print(method_id)
    return EXIT_OK
