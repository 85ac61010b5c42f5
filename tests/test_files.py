"""Reading user files within a limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forum_desktop.files import read_at_most


def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "small.json"
    path.write_bytes(b"{}\n")
    assert read_at_most(path, 3) == b"{}\n"
    assert read_at_most(path, 2) == b"{}\n"  # one byte over: enough to refuse it


@pytest.mark.skipif(not Path(os.devnull).with_name("zero").exists(), reason="no zero device")
def test_a_device_that_never_ends_is_read_only_up_to_the_limit() -> None:
    assert read_at_most(Path(os.devnull).with_name("zero"), 1000) == bytes(1001)
