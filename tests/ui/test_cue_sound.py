"""Cues are heard: the tone goes to the system's sound player (here ALSA's aplay writing
to a file behind its null device, so CI has a sink without a sound card)."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from forum_desktop.timing.cues import Cue
from forum_desktop.ui.cue_sound import SystemCueSound, find_player, sound_file
from tests.e2e.conftest import require_tool


def frames(path: Path) -> bytes:
    with wave.open(str(path)) as sound:
        return sound.readframes(sound.getnframes())


@pytest.mark.parametrize("cue", [Cue.WARNING, Cue.TIME_UP])
def test_a_cue_plays_its_tone_through_the_system_player(
    cue: Cue, qtbot: QtBot, tmp_path: Path
) -> None:
    aplay = require_tool("aplay")
    sink = tmp_path / "played.raw"
    sound = SystemCueSound([aplay, "-q", "-D", f"file:'{sink}',raw"])
    sound.play(cue)
    expected = frames(sound_file(cue))
    qtbot.waitUntil(lambda: sink.exists() and sink.stat().st_size >= len(expected), timeout=15_000)
    assert sink.read_bytes()[: len(expected)] == expected


def test_time_up_is_two_tones_and_the_warning_one() -> None:
    one = frames(sound_file(Cue.WARNING))
    two = frames(sound_file(Cue.TIME_UP))
    assert two.startswith(one) and two.endswith(one) and len(two) > 2 * len(one)


def test_the_first_installed_player_is_chosen() -> None:
    aplay = require_tool("aplay")
    assert find_player([("no-such-player-here",), ("aplay", "-q")]) == [aplay, "-q"]
    assert find_player([("no-such-player-here",)]) is None


def test_without_a_player_the_system_beeps(monkeypatch: pytest.MonkeyPatch) -> None:
    beeps: list[None] = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(None))
    sound = SystemCueSound([str(Path("no-such-player-here").absolute())])
    sound.play(Cue.WARNING)
    sound.muted = True
    sound.play(Cue.TIME_UP)
    assert len(beeps) == 1
