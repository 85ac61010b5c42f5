"""The command line's runners for ``import-roster`` and ``import-method`` (their parsers,
and what they accept and refuse, are in ``cli_imports``)."""

from __future__ import annotations

import argparse
import sys

from forum_desktop.cli_input import EXIT_OK, InputRefusedError, read_input
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


def import_roster(store: Store, args: argparse.Namespace) -> int:
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


def import_method(store: Store, args: argparse.Namespace) -> int:
    def too_large(size: int) -> library.MethodFileError:
        return library.MethodFileError(library.TOO_LARGE, kilobytes=library.MAX_FILE_BYTES // 1024)

    definition = library.parse_method(read_input(args.file, library.MAX_FILE_BYTES, too_large))
    method_id = execute(store, CreateMethod(definition=definition)).value
    print(f"added the method {definition.id!r} to the library")
    print(method_id)
    return EXIT_OK
