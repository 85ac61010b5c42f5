"""The command line's method commands: apply a method to an agenda item and run a dot
vote from scripts (``apply-method``, ``vote-options``, ``vote``, ``vote-results``).

Their parsers; the runners are in ``cli_run_methods``, imported when one of them runs.
"""

from __future__ import annotations

import argparse
from typing import Any
from uuid import UUID

from forum_desktop.services.apply_choices import PhaseTimes, SubItems


def add_method_commands(
    commands: argparse._SubParsersAction[Any],
    common: argparse.ArgumentParser,
) -> None:
    apply = commands.add_parser(
        "apply-method",
        parents=[common],
        help="apply a library method to an agenda item, as the Method field does",
    )
    apply.add_argument("item_id", type=_item_id, metavar="ITEM_ID")
    apply.add_argument(
        "method", metavar="METHOD", help="its file name without .json, or a name in EN/FR/ES"
    )
    apply.add_argument(
        "--times",
        choices=[t.value for t in PhaseTimes],
        default=PhaseTimes.SCALED.value,
        help="scaled: the phases share the item's planned time (default); "
        "method: the method's own times, which become the item's",
    )
    apply.add_argument(
        "--sub-items",
        choices=[s.value for s in SubItems],
        help="what the item's own sub-items become: the fishbowl's topics, the peer "
        "review's cases, or kept under the phases (default: as the method fits)",
    )
    apply.set_defaults(run="forum_desktop.cli_run_methods:apply_method")

    options = commands.add_parser(
        "vote-options", parents=[common], help="add options to the item's dot vote"
    )
    options.add_argument("item_id", type=_item_id, metavar="ITEM_ID")
    options.add_argument("options", nargs="+", metavar="OPTION")
    options.set_defaults(run="forum_desktop.cli_run_methods:vote_options")

    vote = commands.add_parser(
        "vote", parents=[common], help="cast one ballot: an option named twice gets two dots"
    )
    vote.add_argument("item_id", type=_item_id, metavar="ITEM_ID")
    voter = vote.add_mutually_exclusive_group(required=True)
    voter.add_argument("--voter", metavar="NAME", help="a name on the event's roster")
    voter.add_argument("--anonymous", action="store_true", help="a ballot with no name")
    vote.add_argument("options", nargs="+", metavar="OPTION")
    vote.set_defaults(run="forum_desktop.cli_run_methods:vote")

    results = commands.add_parser(
        "vote-results", parents=[common], help="the dot vote's totals, one line per option"
    )
    results.add_argument("item_id", type=_item_id, metavar="ITEM_ID")
    results.add_argument(
        "--json",
        action="store_true",
        help='one JSON object per option: {"option": …, "dots": …, "ballots": …}',
    )
    results.set_defaults(run="forum_desktop.cli_run_methods:vote_results")


def _item_id(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an agenda item id") from None
