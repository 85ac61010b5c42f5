"""The core's refusals in the event's language, for the phones' page.

The page is no Qt window, so it cannot use Qt's translator; but the translations of the
core's notices are already in the interface's .ts files (context "Notices", written for
``ui/notice_texts.py``). They are read here as the XML they are, once per language.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache

from forum_desktop.notices import Notice
from forum_desktop.paths import resource


@cache
def _templates(language: str) -> dict[str, str]:
    """English template → finished translation, for the notices of ``language``."""
    path = resource("translations", f"forum_desktop_{language}.ts")
    if language == "en" or not path.is_file():
        return {}
    found: dict[str, str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") != "Notices":
            continue
        for message in context.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished or obsolete: the English stands
            if source.text and translation.text:
                found[source.text] = translation.text
    return found


def refusal(notice: Notice, language: str) -> str:
    """``notice`` in ``language`` (English when it has no translation)."""
    template = _templates(language).get(notice.kind.english, notice.kind.english)
    return notice.fill(template)
