"""Clock times with two-digit hours on a 24-hour clock: Qt's Spanish alone writes "9:05"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from forum_desktop.storage import Backup, BackupReason
from forum_desktop.ui.clock_times import hour_minute
from forum_desktop.ui.language import install
from forum_desktop.ui.restore_dialog import RestoreDialog


@pytest.mark.parametrize("language", ["fr", "es"])
def test_french_and_spanish_write_two_digit_hours(language: str) -> None:
    install(language)
    assert hour_minute(dt.time(5, 58)) == "05:58"
    assert hour_minute(dt.time(17, 5)) == "17:05"


def test_a_12_hour_clock_keeps_its_own_way() -> None:
    QLocale.setDefault(QLocale("en_US"))  # the autouse fixture installs English again after
    assert hour_minute(dt.time(5, 58)).startswith("5:58")


def test_the_spanish_backups_list_writes_two_digit_hours(qtbot: QtBot, tmp_path: Path) -> None:
    install("es")
    five = dt.datetime(2026, 3, 1, 5, 4).astimezone()  # 05:04 on this laptop's clock
    backup = Backup(tmp_path / "backup.sqlite3", five, BackupReason.START)
    dialog = RestoreDialog([backup], str(tmp_path))
    qtbot.addWidget(dialog)
    assert "2026 05:04:00" in dialog.list.item(0).text()
