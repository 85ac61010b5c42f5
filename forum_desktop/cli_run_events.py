"""The command line's runners for events and the database: ``demo``, ``events``,
``new-event`` and ``check`` (imported when one of them runs; see ``cli.py``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pydantic import ValidationError

from forum_desktop.cli_input import EXIT_OK, EXIT_PROBLEMS, InputRefusedError
from forum_desktop.models import Language
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.events import CreateEvent, EventError, list_events
from forum_desktop.storage import Store


def new_event(store: Store, args: argparse.Namespace) -> int:
    if args.end is not None and args.start is None:
        raise InputRefusedError(
            "--end needs --start: give the event's first day too (or neither, for an undated "
            "event); nothing was created"
        )
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


def demo(store: Store, args: argparse.Namespace) -> int:
    result = execute(store, CreateDemoEvent(language=Language(args.demo_lang)))
    print(result.value)
    return EXIT_OK


def events(store: Store, args: argparse.Namespace) -> int:
    for event in list_events(store):
        day = event.start_date.isoformat() if event.start_date else "-"
        print(f"{event.id}\t{day}\t{event.title}")
    return EXIT_OK


def check(store: Store, args: argparse.Namespace) -> int:
    from forum_desktop.services.check import run_checks

    problems = run_checks(store)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    print("ok")
    return EXIT_OK
