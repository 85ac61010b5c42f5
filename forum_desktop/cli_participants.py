"""``forum-desktop serve``: the participants' server without the window (tests, a second
laptop). Prints ``url: http://HOST:PORT/<token>/`` on a line of its own and serves until
interrupted (SIGINT or SIGTERM: a clean exit 0)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any
from uuid import UUID

from forum_desktop.cli_methods import EXIT_OK, EXIT_REFUSED
from forum_desktop.models import Event, Session
from forum_desktop.participants.server import Opening, ParticipantServer
from forum_desktop.storage import Store
from forum_desktop.storage.database import conn_path


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
    serve.set_defaults(run=_serve)


def _uuid(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id") from None


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0 to 65535)")
    return int(text)


def _serve(store: Store, args: argparse.Namespace) -> int:
    if store.get(Event, args.event_id) is None:
        print(f"forum-desktop: there is no event {args.event_id}: check the id", file=sys.stderr)
        return EXIT_REFUSED
    if args.session is not None:
        session = store.get(Session, args.session)
        if session is None or session.event_id != args.event_id:
            print(
                f"forum-desktop: the event has no session {args.session}: check the id",
                file=sys.stderr,
            )
            return EXIT_REFUSED
    opening = Opening(
        database=Path(conn_path(store.conn)),
        event_id=args.event_id,
        session_id=args.session,
        host=args.host,
        port=args.port,
        allow_anonymous=args.allow_anonymous,
    )
    stop = threading.Event()

    def interrupted(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, interrupted) for sig in (signal.SIGINT, signal.SIGTERM)}
    server = ParticipantServer(opening, clock=store.clock)
    try:
        url = server.start()
        print(f"url: {url}", flush=True)
        stop.wait()
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return EXIT_OK
