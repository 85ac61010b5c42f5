"""Which sessions are being run: what a restart after a crash resumes.

Read at start-up, before the window is shown; kept apart from ``services.run`` so that
the run's commands, schedule and timer load with the Run tab, after the first paint.
"""

from __future__ import annotations

from forum_desktop.models import RunStatus, SessionRun
from forum_desktop.storage import Store


def running_sessions(store: Store) -> list[SessionRun]:
    """Runs not finished — what a restart after a crash resumes."""
    return [
        run
        for status in (RunStatus.RUNNING, RunStatus.PAUSED)
        for run in store.select(SessionRun, {"status": status}, order_by="started_at")
    ]
