"""The command line's runner for ``serve`` (its parser is in ``cli_participants``)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from forum_desktop.cli_input import EXIT_OK, EXIT_REFUSED
from forum_desktop.models import Event, Session
from forum_desktop.participants.server import Opening, ParticipantServer
from forum_desktop.storage import Store
from forum_desktop.storage.database import conn_path


def serve(store: Store, args: argparse.Namespace) -> int:
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
