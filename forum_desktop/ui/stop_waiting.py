"""File ▸ Stop waiting for shared events: the way out of a join whose event never comes.

A joined event is awaited until another laptop's changes reach its folder, across
restarts. Nothing of the event is here to undo, so this asks first (which folder, from a
list, when several are awaited; then whether to go ahead), forgets the folder setting of
every event awaited from the folder chosen, and says so.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from forum_desktop.notices import NoticeError
from forum_desktop.sync.awaited import awaited_events, stop_waiting
from forum_desktop.ui import prompts
from forum_desktop.ui.messages import short_path
from forum_desktop.ui.notice_texts import notice_text

if TYPE_CHECKING:
    from forum_desktop.ui.main_window import MainWindow


class StopWaiting(QObject):
    """Asks which joined events to stop waiting for, and forgets them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def ask(self) -> None:
        window = self._window
        counts = Counter(awaited_events(window.context.store).values())
        folders = sorted(counts)
        names = dict(zip(folders, _names(folders), strict=True))
        title = self.tr("Stop waiting for shared events")
        if not folders:
            prompts.info(window, title, self.tr("No shared event is awaited on this laptop."))
            return
        if len(folders) == 1:
            (folder,) = folders
        else:  # a list, not a button per folder: long paths would not fit a message box
            index = prompts.pick(
                window,
                title,
                self.tr(
                    "Shared events are awaited from several folders: stop waiting for those "
                    "of which folder?"
                ),
                list(names.values()),
            )
            if index is None:
                return
            folder = folders[index]
        if self._refused_while_merging(folder):
            return
        question = self.tr(
            "Stop waiting for %n shared event(s) from %1? This laptop forgets that it "
            "joined them; File ▸ Join shared events… brings them in again.",
            "",
            counts[folder],
        ).replace("%1", names[folder])
        if not prompts.confirm(window, title, question, action=self.tr("Stop waiting")):
            return
        if self._refused_while_merging(folder):  # one may have started while asking
            return
        try:
            forgotten = stop_waiting(window.context.store, folder)
        except NoticeError as refused:
            prompts.error(window, title, notice_text(refused.notice))
            return
        window.sync.forget(folder, forgotten)
        window.joins.forget(forgotten)
        window.status_line.say(
            self.tr(
                "No longer waiting for %n shared event(s) from %1: to bring them in later, "
                "join that folder again (File ▸ Join shared events…).",
                "",
                len(forgotten),
            ).replace("%1", names[folder])
        )

    def _refused_while_merging(self, folder: Path) -> bool:
        """A running merge could bring an event awaited from ``folder`` in once its folder
        setting is gone: never synced again, and nothing would say so. Refuse until it
        ends (merges start and end on this thread: none starts between this and forgetting)."""
        store = self._window.context.store
        events = [event_id for event_id, path in awaited_events(store).items() if path == folder]
        if not self._window.sync.merging(events):
            return False
        prompts.error(
            self._window,
            self.tr("Stop waiting for shared events"),
            self.tr("A merge from that folder is running: try again in a moment."),
        )
        return True


def _names(folders: list[Path]) -> list[str]:
    """Each folder by its short name, or whole where two short names are the same."""
    short = [short_path(folder) for folder in folders]
    repeated = {name for name, count in Counter(short).items() if count > 1}
    return [str(f) if name in repeated else name for f, name in zip(folders, short, strict=True)]
