"""Saying, once a joined event's first merge is done, that it arrived.

File ▸ Join shared events starts a merge per event; the status line said "Bringing in…"
and nothing after. This watches those merges: the first that brings an event in names it,
opens it when no event is open, and points to its open conflicts. Events joined in an
earlier window and still awaited are watched the same way, and said to be on their way
when the window opens. An event deleted here that another laptop's edit brought back
is said to be back, once per merge that brings it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QObject

from forum_desktop.models import Event
from forum_desktop.ui.messages import short_path, shortened

if TYPE_CHECKING:
    from forum_desktop.ui.main_window import MainWindow


class JoinAnnouncer(QObject):
    """The events a join is bringing in, until each has arrived (a failed merge says why
    and leaves it awaited) or the user stopped waiting for it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        still = window.sync.awaited
        self._awaited: dict[UUID, bool] = dict.fromkeys(still, True)
        """Event id → whether "not arrived yet" was said (once is enough)."""
        self._failures: dict[UUID, str] = {}
        """Event id → the merge error last said: a failing merge repeats it at each try."""
        window.sync.status_changed.connect(self._merged)
        if still:
            window.status_line.say(self._on_their_way(list(still.values())))

    def expect(self, event_ids: list[UUID]) -> None:
        self._awaited.update(dict.fromkeys(event_ids, False))

    def forget(self, event_ids: list[UUID]) -> None:
        """No longer awaited: the user stopped waiting for them."""
        for event_id in event_ids:
            self._awaited.pop(event_id, None)
            self._failures.pop(event_id, None)

    def _on_their_way(self, folders: list[Path]) -> str:
        """How many shared events are still awaited, from which folders (one per event)."""
        there = [folder for folder in folders if folder.is_dir()]
        missing = [folder for folder in folders if not folder.is_dir()]
        sentences = []
        if there:
            sentences.append(
                self.tr(
                    "%n shared event(s) still on their way from %1: it comes in when another "
                    "laptop's changes reach that folder.",
                    "",
                    len(there),
                ).replace("%1", _names(there))
            )
        if missing:
            sentences.append(
                self.tr(
                    "%n shared event(s) still on their way from %1, not connected now (a USB "
                    "stick?): it comes in once the folder is back.",
                    "",
                    len(missing),
                ).replace("%1", _names(missing))
            )
        return " ".join(sentences)

    def _merged(self, event_id: UUID) -> None:
        window = self._window
        report = window.sync.reports.get(event_id)
        if report is not None and report.brought_back and event_id not in window.sync.errors:
            self._brought_back(event_id)
        if event_id not in self._awaited:
            return
        error = window.sync.errors.get(event_id)
        if error is not None:  # perhaps a stick pulled mid-merge: a later merge brings it
            if self._failures.get(event_id) != error:
                self._failures[event_id] = error
                window.status_line.say(
                    self.tr(
                        "Could not bring in the shared event yet (%1): it is still awaited "
                        "and comes in once a merge succeeds."
                    ).replace("%1", error)
                )
            return
        event = window.context.store.get(Event, event_id)
        if event is None:  # no laptop's changes in the folder yet: a later merge brings them
            if not self._awaited[event_id]:
                self._awaited[event_id] = True
                window.status_line.say(
                    self.tr(
                        "The shared event has not arrived yet: it comes in as soon as the "
                        "other laptop's changes reach the folder."
                    )
                )
            return
        del self._awaited[event_id]
        self._failures.pop(event_id, None)
        title = shortened(event.title, 60)
        if window.current_event_id() is None:
            window.open_event(event_id)
            message = self.tr("“%1” arrived from the shared folder and is open.")
        else:
            message = self.tr("“%1” arrived from the shared folder: it is in the events list.")
        message = message.replace("%1", title)
        conflicts = window.sync.reports[event_id].conflicts
        if conflicts:
            message += " " + self.tr(
                "%n unresolved conflict(s): File ▸ Share event ▸ Conflicts…", "", conflicts
            )
        window.status_line.say(message)

    def _brought_back(self, event_id: UUID) -> None:
        event = self._window.context.store.get(Event, event_id)
        if event is None:  # deleted again since the merge
            return
        self._window.status_line.say(
            self.tr("“%1” is back: another laptop edited it after it was deleted here.").replace(
                "%1", shortened(event.title, 60)
            )
        )


def _names(folders: list[Path]) -> str:
    return ", ".join(short_path(folder) for folder in sorted(set(folders)))
