"""Long exports run as a separate `forum-desktop` process, so the window never stalls.

reportlab holds the interpreter while it lays out pages; in another process it cannot
freeze the timer or the capture bar. A progress dialog shows it is working and can
cancel it; a command run with ``--progress`` (the minutes) reports "progress N" lines on
stderr, and the dialog then shows the percentage. Every command runs with
``--notice-lines``: a failure it can name (a missing folder, a full disk...) comes as a
notice, said in the interface's language and naming the file the person chose.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from forum_desktop.notices import Notice
from forum_desktop.progress_lines import EXIT_BUSY, PROGRESS_PREFIX, read_notice_line
from forum_desktop.storage import DatabaseBusyError
from forum_desktop.ui import prompts
from forum_desktop.ui.messages import describe, fill
from forum_desktop.ui.notice_texts import notice_text

# In the standalone app the executable is the `forum-desktop` command itself; otherwise it
# is Python, told to run our package.
SELF_ARGUMENTS: tuple[str, ...] = () if getattr(sys, "frozen", False) else ("-m", "forum_desktop")
WROTE = "wrote "
"""How an export command's stdout names each file it wrote."""


class ExportRunner(QObject):
    """Runs ``forum-desktop ARGS`` (this program again) and reports how it ended."""

    finished = Signal(bool, str)
    """(succeeded, message: the files written on success, the error otherwise)."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self._title = title
        self._target = Path()
        self.process = QProcess(self)
        self.process.setProgram(sys.executable)
        self.process.finished.connect(self._on_finished)
        self.process.readyReadStandardError.connect(self._on_stderr)
        self._errors = ""
        self._notice: Notice | None = None
        self._partial = ""
        self._ended = False
        self.process.errorOccurred.connect(self._on_error)
        self.progress = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # quick exports never flash a dialog
        self.progress.canceled.connect(self.process.kill)
        self.progress.reset()

    def start(self, database: Path, arguments: list[str], target: Path) -> None:
        self._target = target
        self.process.setArguments(
            [
                *SELF_ARGUMENTS,
                "--notice-lines",
                *arguments,
                "-o",
                str(target),
                "--db",
                str(database),
            ]
        )
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.setValue(0)
        self.process.start()

    def _on_stderr(self, final: bool = False) -> None:
        """Progress lines move the bar; anything else is kept for the error message."""
        text = self._partial + bytes(self.process.readAllStandardError().data()).decode(
            errors="replace"
        )
        lines = text.split("\n")
        self._partial = "" if final else lines.pop()
        shares: list[int] = []
        for line in lines:
            report = line.strip().removeprefix(PROGRESS_PREFIX)
            notice = read_notice_line(line)
            if line.startswith(PROGRESS_PREFIX) and report.isdigit():
                shares.append(int(report))
            elif notice is not None:
                self._notice = notice
            elif line.strip():
                self._errors += line + "\n"
        # A modal dialog's setValue() processes events, so the process's end can be
        # handled in the middle of it: every error line is kept before the bar moves.
        for share in shares:
            if self._ended:
                break
            if self.progress.maximum() != 100:
                self.progress.setRange(0, 100)
            self.progress.setValue(min(99, share))

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._ended = True
        self.progress.reset()
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self.finished.emit(True, ", ".join(self._written()) or str(self._target))
            return
        self._on_stderr(final=True)
        message = self._failure(code if status == QProcess.ExitStatus.NormalExit else None)
        prompts.error(self._parent, self._title, message)
        self.finished.emit(False, message)

    def _failure(self, code: int | None) -> str:
        """Why the export failed, in the interface's language when the command said it as a
        notice or its exit code says it (the database busy); otherwise (a bug, reported in
        English) naming the file with the command's reason, without claiming a write failed."""
        if self._notice is not None:
            return notice_text(self._notice)
        if code == EXIT_BUSY:
            return describe(DatabaseBusyError())
        reason = self._errors.strip().removeprefix("forum-desktop: ")
        if not reason:
            return self.tr("The export stopped.")
        return fill(self.tr("The export of %1 stopped (%2)."), str(self._target), reason)

    def _written(self) -> list[str]:
        """The files the command says it wrote ("wrote PATH" lines): one per language when
        the minutes were asked for in several."""
        out = bytes(self.process.readAllStandardOutput().data()).decode(errors="replace")
        return [line[len(WROTE) :] for line in out.splitlines() if line.startswith(WROTE)]

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.progress.reset()
            message = self.tr("Could not start the export: %1").replace(
                "%1", self.process.errorString()
            )
            prompts.error(self._parent, self._title, message)
            self.finished.emit(False, message)
