"""The sound of a cue, behind a small interface tests replace.

QtMultimedia is not part of PySide6-Essentials: where it is installed, a short tone
(``resources/sounds/cue.wav``) plays; otherwise the system beep. One sound at the warning,
two when time is up, so they are told apart without looking.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from forum_desktop.paths import resource
from forum_desktop.timing.cues import Cue


class CueSound(Protocol):
    muted: bool

    def play(self, cue: Cue) -> None: ...


def _player() -> Callable[[], None]:
    try:
        multimedia = importlib.import_module("PySide6.QtMultimedia")
    except ImportError:
        return QApplication.beep
    effect = multimedia.QSoundEffect(QApplication.instance())
    effect.setSource(QUrl.fromLocalFile(str(resource("sounds", "cue.wav"))))
    return effect.play  # type: ignore[no-any-return]


class SystemCueSound:
    def __init__(self) -> None:
        self.muted = False
        self._play = _player()

    def play(self, cue: Cue) -> None:
        if self.muted:
            return
        for _ in range(2 if cue is Cue.TIME_UP else 1):
            self._play()
