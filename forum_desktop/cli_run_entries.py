"""The command line's runners for captured entries: ``capture``, ``edit`` and
``entries`` (imported when one of them runs; see ``cli.py``)."""

from __future__ import annotations

import argparse
import json
import sys

from forum_desktop.cli_input import EXIT_OK, EXIT_USAGE
from forum_desktop.services.capture import FinalSessionError
from forum_desktop.services.commands import execute
from forum_desktop.services.entries import CaptureTyped, EditEntryText, EntryError, entry_rows
from forum_desktop.storage import Store


def capture(store: Store, args: argparse.Namespace) -> int:
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


def edit(store: Store, args: argparse.Namespace) -> int:
    try:
        execute(store, EditEntryText(outcome_id=args.entry_id, text=args.text))
    except (EntryError, FinalSessionError) as error:
        print(f"forum-desktop: {error}; nothing was changed.", file=sys.stderr)
        return EXIT_USAGE
    print(args.entry_id)
    return EXIT_OK


def entries(store: Store, args: argparse.Namespace) -> int:
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
