"""A job off the window's thread: ``ended`` says the window has heard its end."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from forum_desktop.ui.jobs import Job, Progress


def test_ended_is_set_only_after_the_caller_s_own_slots_ran(qtbot: QtBot) -> None:
    """Tests wait on ``ended``: it was set before the window's slot had shown the result,
    so a test could look too early (a flaky import test)."""
    job = Job(lambda _progress: "result", ())
    seen_in_slot: list[bool] = []
    job.done.connect(lambda _value: seen_in_slot.append(job.ended))
    job.start(QThreadPool.globalInstance())
    qtbot.waitUntil(lambda: job.ended)
    assert seen_in_slot == [False]


def test_a_failure_ends_the_job_after_the_caller_heard_it(qtbot: QtBot) -> None:
    def work(_progress: Progress) -> object:
        raise OSError("disk gone")

    job = Job(work, (OSError,))
    heard: list[tuple[str, bool]] = []
    job.failed.connect(lambda error: heard.append((str(error), job.ended)))
    job.start(QThreadPool.globalInstance())
    qtbot.waitUntil(lambda: job.ended)
    assert heard == [("disk gone", False)]
