"""``forum-desktop serve``: the participants' server without the window (tests, a second
laptop). Prints ``url: http://HOST:PORT/<token>/`` on a line of its own and serves until
interrupted (SIGINT or SIGTERM: a clean exit 0).

Its parser; the runner is in ``cli_run_serve``, imported (with the server and aiohttp)
when it runs."""

from __future__ import annotations

import argparse
from typing import Any
from uuid import UUID


def add_serve_command(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    serve = commands.add_parser(
        "serve",
        parents=[common],
        help="open the event to participants' phones; prints its address and serves until "
        "interrupted",
    )
    serve.add_argument("event_id", type=_uuid, metavar="EVENT_ID")
    serve.add_argument("--session", type=_uuid, metavar="ID", help="this session only")
    serve.add_argument(
        "--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)"
    )
    serve.add_argument("--port", type=_port, default=0, help="the port (default: 0, any free one)")
    serve.add_argument(
        "--allow-anonymous",
        action="store_true",
        help="phones may take part without claiming a name",
    )
    serve.set_defaults(run="forum_desktop.cli_run_serve:serve")


def _uuid(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id") from None


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0 to 65535)")
    return int(text)
