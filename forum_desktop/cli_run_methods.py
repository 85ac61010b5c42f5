"""The command line's runners for the method commands (``apply-method``,
``vote-options``, ``vote``, ``vote-results``; their parsers are in ``cli_methods``).

Each runs the same typed core command the screens run. A refusal (a ballot over the
limits, a name not on the roster, an unknown option or method) prints its one sentence
on stderr and exits 2 with nothing changed; what a command made is printed last, alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from uuid import UUID

from forum_desktop.cli_input import EXIT_OK, EXIT_REFUSED
from forum_desktop.methods.dot_vote import vote_view
from forum_desktop.models import AgendaItem, Event, Session
from forum_desktop.notices import NoticeError
from forum_desktop.services.apply_choices import PhaseTimes, SubItems
from forum_desktop.services.commands import execute
from forum_desktop.services.method_apply import ApplyMethod
from forum_desktop.services.methods import (
    NO_SUCH_METHOD,
    MethodError,
    find_method,
    methods_named,
)
from forum_desktop.services.participants import roster
from forum_desktop.services.vote import (
    NOT_AN_OPTION,
    NOT_ON_ROSTER,
    AddOptions,
    CastBallot,
    NewOption,
    VoteError,
    vote_item,
)
from forum_desktop.storage import Store

Run = Callable[[Store, argparse.Namespace], int]


def _refusable(run: Run) -> Run:
    """``run``, with a refusal (a ``NoticeError``) on stderr and exit code 2."""

    def guarded(store: Store, args: argparse.Namespace) -> int:
        try:
            return run(store, args)
        except (NoticeError, NoItemError) as error:
            print(f"forum-desktop: {error}", file=sys.stderr)
            return EXIT_REFUSED

    return guarded


class NoItemError(Exception):
    """The command names an agenda item this database does not hold."""


def _require_item(store: Store, item_id: UUID) -> AgendaItem:
    item = store.get(AgendaItem, item_id)
    if item is None:
        raise NoItemError(f"there is no agenda item {item_id}: check the id")
    return item


@_refusable
def apply_method(store: Store, args: argparse.Namespace) -> int:
    item = _require_item(store, args.item_id)
    entry = find_method(store, args.method) or next(iter(methods_named(store, args.method)), None)
    if entry is None:
        raise MethodError(NO_SUCH_METHOD, method=repr(args.method))
    event = store.require(Event, store.require(Session, item.session_id).event_id)
    command = ApplyMethod(
        item_id=item.id,
        method_id=entry.definition.id,
        language=event.language.value,
        times=PhaseTimes(args.times),
        sub_items=SubItems(args.sub_items) if args.sub_items else None,
        at=store.clock.now(),
    )
    execute(store, command)
    print(f"applied {entry.definition.name.en!r} to {item.title!r}")
    print(item.id)
    return EXIT_OK


@_refusable
def vote_options(store: Store, args: argparse.Namespace) -> int:
    _require_item(store, args.item_id)
    command = AddOptions(
        item_id=args.item_id, options=tuple(NewOption(text=text) for text in args.options)
    )
    made: tuple[UUID, ...] = execute(store, command).value
    for option_id in made:
        print(option_id)
    return EXIT_OK


@_refusable
def vote(store: Store, args: argparse.Namespace) -> int:
    vote_item(store, _require_item(store, args.item_id).id)
    view = vote_view(store, args.item_id)
    by_text = {option.text.casefold(): option.id for option in view.options}
    dots: Counter[UUID] = Counter()
    for text in args.options:
        option_id = by_text.get(" ".join(text.split()).casefold())
        if option_id is None:
            raise VoteError(NOT_AN_OPTION, option=text)
        dots[option_id] += 1
    participant_id = None
    if not args.anonymous:
        event_id = view.settings.event_id
        wanted = " ".join(args.voter.split()).casefold()
        found = [p for p in roster(store, event_id) if p.name.casefold() == wanted]
        if not found:
            raise VoteError(NOT_ON_ROSTER, name=args.voter)
        participant_id = found[0].id
    command = CastBallot(item_id=args.item_id, participant_id=participant_id, dots=dict(dots))
    ballot_id = execute(store, command).value
    given = sum(dots.values())
    print(f"{given} dot cast" if given == 1 else f"{given} dots cast")
    print(ballot_id)
    return EXIT_OK


@_refusable
def vote_results(store: Store, args: argparse.Namespace) -> int:
    vote_item(store, _require_item(store, args.item_id).id)
    for tally in vote_view(store, args.item_id).tallies:
        if args.json:
            line = {"option": tally.option.text, "dots": tally.dots, "ballots": tally.ballots}
            print(json.dumps(line, ensure_ascii=False))
        else:
            print(f"{tally.option.text}: {tally.dots} dots on {tally.ballots} ballots")
    return EXIT_OK
