"""The export runner: progress lines move the bar, a notice line says a failure in the
interface's language, other stderr explains a failure the command could not name."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.storage import DatabaseBusyError
from forum_desktop.ui.export_runner import ExportRunner
from forum_desktop.ui.language import install
from forum_desktop.ui.messages import describe
from tests.ui.conftest import Prompts

FAKE_EXPORT = (
    "import sys\n"
    "for share in (10, 55, 99):\n"
    "    print(f'progress {share}', file=sys.stderr, flush=True)\n"
    'print(\'notice {"code": "file.no_space", "values": {"path": "/media/key/m.pdf"}}\','
    " file=sys.stderr)\n"
    "print('forum-desktop: Could not write /media/key/m.pdf: the disk is full', file=sys.stderr)\n"
    "sys.exit(1)\n"
)
FULL = "Could not write /media/key/m.pdf: the disk is full; free some space or choose another disk."


def test_progress_lines_move_the_bar_and_the_rest_is_the_error(
    qtbot: QtBot, answers: Prompts
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = ExportRunner(parent, "Exporting minutes.pdf")
    seen: list[int] = []
    runner.progress.setRange(0, 0)
    runner.progress.setValue(0)
    runner.progress.canceled.disconnect()  # reset() at the end must not kill anything
    runner.process.setArguments(["-c", FAKE_EXPORT])
    original = runner.progress.setValue

    def record(value: int) -> None:
        seen.append(value)
        original(value)

    runner.progress.setValue = record  # type: ignore[method-assign]
    with qtbot.waitSignal(runner.finished, timeout=30_000) as done:
        runner.process.start()
    assert done.args == [False, FULL]
    # the bar moves to the reported shares; the process may end while the first one is
    # shown (a modal dialog processes events), and then the rest are not shown
    moved = [value for value in seen if value]
    assert moved and moved == [10, 55, 99][: len(moved)]
    assert answers.errors[-1][1] == FULL


def test_a_failure_without_a_notice_is_shown_with_its_reason(
    qtbot: QtBot, answers: Prompts
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = ExportRunner(parent, "Exporting minutes.pdf")
    runner.progress.canceled.disconnect()
    script = "import sys; print('forum-desktop: unexpected error', file=sys.stderr); sys.exit(1)"
    runner.process.setArguments(["-c", script])
    with qtbot.waitSignal(runner.finished, timeout=30_000) as done:
        runner.process.start()
    assert done.args[0] is False and "(unexpected error)." in done.args[1]
    assert not done.args[1].startswith("Could not write")  # it did not say why
    assert answers.errors[-1][1] == done.args[1]


def test_a_busy_database_is_said_in_the_interface_s_words_not_as_a_write_failure(
    qtbot: QtBot, answers: Prompts
) -> None:
    install("fr")
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = ExportRunner(parent, "Export de compte rendu.pdf")
    runner.progress.canceled.disconnect()
    script = (
        "import sys; print('forum-desktop: the database is busy (another program is "
        "writing to it); try again', file=sys.stderr); sys.exit(75)"
    )
    runner.process.setArguments(["-c", script])
    with qtbot.waitSignal(runner.finished, timeout=30_000) as done:
        runner.process.start()
    assert done.args == [False, describe(DatabaseBusyError())]
    assert "Impossible" not in done.args[1] and "busy" not in done.args[1]
