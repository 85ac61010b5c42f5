"""Reading user files within a limit; writing one, or saying in one sentence why not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forum_desktop.files import WriteError, read_at_most, write_atomically


def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "small.json"
    path.write_bytes(b"{}\n")
    assert read_at_most(path, 3) == b"{}\n"
    assert read_at_most(path, 2) == b"{}\n"  # one byte over: enough to refuse it


@pytest.mark.skipif(not Path(os.devnull).with_name("zero").exists(), reason="no zero device")
def test_a_device_that_never_ends_is_read_only_up_to_the_limit() -> None:
    assert read_at_most(Path(os.devnull).with_name("zero"), 1000) == bytes(1001)


def test_a_file_is_written_whole_with_nothing_left_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "minutes.pdf"
    write_atomically(target, b"%PDF")
    assert target.read_bytes() == b"%PDF"
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.pdf"]


def _refusal(target: Path) -> WriteError:
    with pytest.raises(WriteError) as caught:
        write_atomically(target, b"%PDF")
    return caught.value


def test_a_missing_folder_names_the_chosen_file_and_its_folder(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "compte rendu.pdf"
    error = _refusal(target)
    assert error.notice.kind.code == "file.no_folder"
    assert str(error) == (
        f"Could not write {target}: the folder {target.parent} does not exist; "
        "choose another folder."
    )
    assert isinstance(error, OSError) and error.filename == str(target)


def test_a_folder_chosen_as_the_file_is_said_so(tmp_path: Path) -> None:
    error = _refusal(tmp_path)
    assert str(error) == f"Could not write {tmp_path}: it is a folder; choose a file name."
    assert [p.name for p in tmp_path.iterdir()] == []


@pytest.mark.skipif(not Path("/proc/version").exists(), reason="no /proc")
def test_a_folder_that_takes_no_new_file_never_shows_the_temporary_name() -> None:
    target = Path("/proc") / "version.pdf"  # the temporary "version.pdf.partial" fails
    error = _refusal(target)
    assert str(error) == (
        f"Could not write {target}: that folder does not accept new files; choose another folder."
    )
    assert ".partial" not in str(error) and error.filename == str(target)
