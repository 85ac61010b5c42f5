"""Decimals and percentages on screen follow the interface's language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.ui.language import install
from forum_desktop.ui.numbers import decimal, percent

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "average", "share"),
    [("en", "2.0", "54%"), ("fr", "2,0", f"54{NBSP}%"), ("es", "2,0", f"54{NBSP}%")],
)
def test_numbers_in_each_interface_language(
    qtbot: QtBot, language: str, average: str, share: str
) -> None:
    install(language)
    try:
        assert (decimal(2.0), percent(54), percent(0)) == (average, share, share.replace("54", "0"))
    finally:
        install("en")
