"""The sound of a cue, behind a small interface tests replace.

One tone at the warning (``resources/sounds/cue.wav``), two when time is up
(``time-up.wav``), so they are told apart without looking. QtMultimedia is not part of
PySide6-Essentials (PySide6-Addons would double the app's size), so the sound goes to the
player of the system's own sound server — PipeWire's ``pw-play``, PulseAudio's
``paplay`` or ALSA's ``aplay``, whichever is installed; ``afplay`` on macOS, the
``winsound`` module on Windows — started detached, so the UI thread never waits on it.
Without any of them: the system beep.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from forum_desktop.paths import resource
from forum_desktop.timing.cues import Cue

PLAYERS: tuple[tuple[str, ...], ...] = (
    ("pw-play",),
    ("paplay",),
    ("aplay", "-q"),
    ("afplay",),
)
"""Command lines that play a WAV file given last, in order of preference."""


class CueSound(Protocol):
    muted: bool

    def play(self, cue: Cue) -> None: ...


def sound_file(cue: Cue) -> Path:
    return resource("sounds", "time-up.wav" if cue is Cue.TIME_UP else "cue.wav")


def find_player(players: Sequence[Sequence[str]] = PLAYERS) -> list[str] | None:
    """The first of ``players`` whose program is installed, with its full path."""
    for program, *options in players:
        found = shutil.which(program)
        if found is not None:
            return [found, *options]
    return None


class SystemCueSound:
    def __init__(self, player: Sequence[str] | None = None) -> None:
        self.muted = False
        self._player = list(player) if player is not None else find_player()

    def play(self, cue: Cue) -> None:
        if self.muted:
            return
        path = str(sound_file(cue))
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(path, winsound.SND_FILENAME | winsound.SND_ASYNC)
            return
        started = False
        if self._player is not None:
            program, *options = self._player
            started, _ = QProcess.startDetached(program, [*options, path])
        if not started:
            QApplication.beep()
