"""Starting an export loads nothing heavy in the window's process.

The runner once imported the command line for one constant, which loaded every command,
the participants' server and aiohttp (~0.3 s, the longest stall of the large-event
benchmark, on the UI thread when the first export started).
"""

from __future__ import annotations

import subprocess
import sys

KEPT_OUT = ("forum_desktop.cli", "forum_desktop.participants.server", "aiohttp")


def test_the_export_runner_does_not_load_the_command_line_or_the_server() -> None:
    code = (
        "import sys, forum_desktop.ui.app, forum_desktop.ui.export_runner\n"
        "print('\\n'.join(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = result.stdout.split()
    assert "forum_desktop.ui.export_runner" in loaded  # the check sees what was imported
    assert [module for module in loaded if module in KEPT_OUT] == []
