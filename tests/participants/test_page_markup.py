"""The phone page's markup and style, read as files: the rules that keep what people type
inside a phone's width and in its own direction hold without a browser (the real-browser
check at 390 px is ``test_browser_phone_page.py``)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from forum_desktop.paths import resource

PAGE = resource("participants")


class _Fields(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.typed: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "textarea":
            self.typed[found.get("id") or ""] = found.get("dir")


def test_every_field_people_type_in_takes_the_direction_of_its_text() -> None:
    fields = _Fields()
    fields.feed((PAGE / "index.html").read_text(encoding="utf-8"))
    assert len(fields.typed) >= 8  # answer, question, evaluation, feedback
    assert set(fields.typed.values()) == {"auto"}, fields.typed


def test_long_words_and_links_wrap_instead_of_widening_the_page() -> None:
    css = (PAGE / "app.css").read_text(encoding="utf-8")
    body = re.search(r"(?m)^body \{([^}]*)\}", css)
    assert body is not None and "overflow-wrap: anywhere" in body.group(1)
    # A list row's text may shrink below its longest word, so its button stays on screen.
    assert re.search(r"#questions li span\.text \{[^}]*min-width: 0", css)
