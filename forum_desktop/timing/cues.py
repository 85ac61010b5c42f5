"""When to cue the room: once when an item enters its warning, once when its time is up.

The UI feeds every snapshot it shows; a cue fires on the first snapshot past the line,
however late or bunched the ticks, and never twice for the same item — unless the item
was given more time and crosses the line again.
"""

from __future__ import annotations

from enum import StrEnum
from uuid import UUID

from forum_desktop.timing.snapshot import Phase, Snapshot


class Cue(StrEnum):
    WARNING = "warning"
    TIME_UP = "time_up"


class CueTracker:
    def __init__(self) -> None:
        self._fired: dict[UUID, set[Cue]] = {}

    def update(self, snapshot: Snapshot) -> Cue | None:
        """The cue to give for ``snapshot``, if any."""
        if snapshot.current is None or snapshot.phase in (Phase.PAUSED, Phase.FINISHED):
            return None
        fired = self._fired.setdefault(snapshot.current.item_id, set())
        if snapshot.phase is Phase.RUNNING:
            fired.clear()  # extended back above the line: it may cue again
            return None
        if snapshot.phase is Phase.WARNING:
            fired.discard(Cue.TIME_UP)
        cue = Cue.TIME_UP if snapshot.phase is Phase.OVERTIME else Cue.WARNING
        if cue in fired:
            return None
        fired.add(cue)
        if cue is Cue.TIME_UP:
            fired.add(Cue.WARNING)  # straight to time-up: the warning is moot
        return cue
