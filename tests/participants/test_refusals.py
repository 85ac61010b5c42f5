"""The notices' translations the phones' page reads from the shipped .qm files are the
translators' (the .ts files, their source)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest

from forum_desktop.participants.refusals import MAGIC, QmError, read_notices
from forum_desktop.paths import resource


def _from_ts(language: str) -> dict[str, str]:
    root = ElementTree.parse(resource("translations", f"forum_desktop_{language}.ts")).getroot()
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") == "Notices":
            for message in context.iter("message"):
                source, translation = message.findtext("source"), message.find("translation")
                if source and translation is not None and translation.text:
                    found[source] = translation.text
    return found


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_notice_translation_is_read_from_the_qm_file(language: str) -> None:
    expected = _from_ts(language)
    assert len(expected) > 100
    assert read_notices(resource("translations", f"forum_desktop_{language}.qm").read_bytes()) == (
        expected
    )


def test_a_file_that_is_not_qm_is_refused() -> None:
    with pytest.raises(QmError):
        read_notices(b"<TS>not compiled</TS>")
    with pytest.raises(QmError):
        read_notices(MAGIC + b"\x69\x00\x00")
