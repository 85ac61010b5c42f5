"""How a long command reports its progress to the app that runs it ("progress 42" on stderr).

A module of its own so that the app's export runner can read the lines without importing
the command line (which loads every command, the participants' server and aiohttp).
"""

from __future__ import annotations

PROGRESS_PREFIX = "progress "
"""How ``--progress`` lines start on stderr: the app's export runner reads them."""
