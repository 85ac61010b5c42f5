"""A paragraph that fits on one line is laid out at once, exactly as reportlab would."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.export.fonts import register_fonts
from forum_desktop.export.markup import escape
from forum_desktop.export.pdf import styles
from forum_desktop.export.wrap_once import paragraph_class


def _lines(paragraph: Any, width: float | list[float]) -> list[tuple[float, list[str]]]:
    """Each line's room left and its words (a line of several fragments: their texts)."""
    found = paragraph.breakLines(width)
    if found.kind == 1:
        return [
            (round(line.extraSpace, 6), [word.text for word in line.words]) for line in found.lines
        ]
    return [(round(extra, 6), list(words)) for extra, words in found.lines]


def _reportlab_lines(text: str, style: Any, bullet: str | None, width: float | list[float]) -> Any:
    from reportlab.platypus import Paragraph

    return _lines(Paragraph(text, style, bulletText=bullet), width)


def _ours(text: str, style: Any, bullet: str | None) -> Any:
    return paragraph_class()(text, style, bulletText=bullet)


@pytest.mark.parametrize(
    ("text", "width", "one_line"),
    [
        ("Budget 2027 agreed", 400.0, True),
        ("  several   spaces\tand a tab  ", 400.0, True),
        ("no\xa0break\xa0spaces stay words", 400.0, True),
        ("a sentence far too long for a narrow column of the actions table", 90.0, False),
        ("soft\xadhyphenated words are left to reportlab", 400.0, False),
        ("<b>bold</b> and plain", 400.0, False),  # two fragments
        ("first line narrower", [60.0, 400.0], False),
    ],
)
def test_the_lines_are_reportlab_s(text: str, width: float | list[float], one_line: bool) -> None:
    register_fonts()
    style = styles().body
    ours = _ours(text, style, None)
    assert (ours._one_line(width) is not None) == one_line
    assert _lines(ours, width) == _reportlab_lines(text, style, None, width)
    assert ours._width_max == pytest.approx(_measured_width(text, style, width))


def _measured_width(text: str, style: Any, width: float | list[float]) -> float:
    from reportlab.platypus import Paragraph

    paragraph = Paragraph(text, style)
    paragraph.breakLines(width)
    return float(paragraph._width_max)


def test_a_bullet_takes_its_room_from_the_first_line() -> None:
    register_fonts()
    style = styles().bullet
    text = "x " * 40  # fits the frame, not beside a wide bullet
    width = _measured_width(text, style, 1000.0) + 1
    ours = _ours(text, style, "WIDE BULLET —")
    assert _lines(ours, width) == _reportlab_lines(text, style, "WIDE BULLET —", width)
    assert len(_lines(ours, width)) == 2  # the bullet pushed a word to a second line


@settings(max_examples=60, deadline=None)  # CI runs these 60 examples
@given(
    text=st.text(st.sampled_from("aeiouzAZ0 éß-.,«»\xa0\t"), max_size=60),
    width=st.floats(min_value=20, max_value=500),
)
def test_any_text_breaks_as_reportlab_breaks_it(text: str, width: float) -> None:
    register_fonts()
    style = styles().body
    markup = escape(text)
    assert _lines(_ours(markup, style, None), width) == _reportlab_lines(markup, style, None, width)
