"""The command line's imports of the files the app takes in dialogs: a roster CSV into an
event (``import-roster``, as Roster ▸ Import) and a method file into the method library
(``import-method``, as the library's Import).

Each reads at most its reader's limit. A file that cannot be used is refused with one
sentence on stderr and exit 2, nothing changed; rows a roster import leaves out are
named on stderr, one line each, as the import dialog lists them; a file none of whose
rows can be imported is refused.

Their parsers; the runners are in ``cli_run_imports``, imported when one of them runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from forum_desktop.cli_input import event_id_argument


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
    roster.set_defaults(run="forum_desktop.cli_run_imports:import_roster")
    method = commands.add_parser(
        "import-method",
        parents=[common],
        help="add a method file (.json) to the method library and print its id last",
    )
    method.add_argument("file", type=Path, metavar="FILE")
    method.set_defaults(run="forum_desktop.cli_run_imports:import_method")
