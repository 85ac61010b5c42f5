"""How a long command reports to the app that runs it: its progress ("progress 42" on stderr)
and, when it refuses, the refusal's notice (for the app to translate).

A module of its own so that the app's export runner can read the lines without importing
the command line (which loads every command, the participants' server and aiohttp).
"""

from __future__ import annotations

import json

from forum_desktop.notices import NOTICE_KINDS, Notice

PROGRESS_PREFIX = "progress "
"""How ``--progress`` lines start on stderr: the app's export runner reads them."""

EXIT_BUSY = 75
"""The database is busy: another program held its write lock too long (EX_TEMPFAIL)."""

NOTICE_PREFIX = "notice "
"""How a refusal's ``Notice`` is handed to the app on stderr (with ``--notice-lines``), just
before its English line, so the app can say it in the interface's language."""


def notice_line(notice: Notice) -> str:
    values = dict(notice.values)
    return NOTICE_PREFIX + json.dumps({"code": notice.kind.code, "values": values})


def read_notice_line(line: str) -> Notice | None:
    """The notice ``line`` carries; None for any other line, or a kind this program does
    not define (the app then shows the English line)."""
    if not line.startswith(NOTICE_PREFIX):
        return None
    try:
        fields = json.loads(line[len(NOTICE_PREFIX) :])
    except ValueError:
        return None
    if not isinstance(fields, dict) or not isinstance(fields.get("values"), dict):
        return None
    kind = NOTICE_KINDS.get(str(fields.get("code")))
    values = {str(name): str(value) for name, value in fields["values"].items()}
    if kind is None or not kind.fields <= values.keys():
        return None
    return kind(**values)
