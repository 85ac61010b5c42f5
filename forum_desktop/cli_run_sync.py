"""The command line's runners for sync and bundles: ``sync``, ``conflicts``,
``export-bundle`` and ``import-bundle`` (imported when one of them runs; see ``cli.py``)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from forum_desktop.cli_input import EXIT_OK, MB, CommandError, read_input
from forum_desktop.files import write_atomically
from forum_desktop.models import Event
from forum_desktop.storage import Store

if TYPE_CHECKING:
    from forum_desktop.sync.engine import SyncReport


def sync(store: Store, args: argparse.Namespace) -> int:
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


def conflicts(store: Store, args: argparse.Namespace) -> int:
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


def export_bundle(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.sync.bundle import export_bundle

    if store.get(Event, args.event_id) is None:
        raise CommandError(f"no event with id {args.event_id} (see: forum-desktop events)")
    write_atomically(args.output, export_bundle(store, args.event_id))
    print(f"wrote {args.output}")
    return EXIT_OK


def import_bundle(store: Store, args: argparse.Namespace) -> int:
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
