# mypy: disable-error-code="import-untyped"
"""User text never becomes reportlab markup, and every run gets a font that can draw it."""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib import utils as rl_utils
from reportlab.platypus import Paragraph

from forum_desktop.export import fonts
from forum_desktop.export.fonts import (
    BASE_FAMILY,
    PLACEHOLDER,
    SYMBOLA,
    FontFamily,
    Script,
    font_for,
    markup,
    runs,
    script_of,
)
from forum_desktop.export.markup import clean, escape
from forum_desktop.export.pdf import styles
from tests.export.conftest import HOSTILE


def printed(markup_text: str, width: float = 10_000) -> list[str]:
    """The lines a Paragraph of ``markup_text`` prints."""
    paragraph = Paragraph(markup_text, styles().body)
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    words = []
    for line in lines:
        if hasattr(line, "words"):  # lines of fragments (markup with tags or fonts)
            words.append("".join(fragment.text for fragment in line.words))
        else:
            words.append(" ".join(line[1]))
    return words


class FileSpy:
    """Records every path opened through ``open`` or reportlab's ``open_for_read``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[str] = []
        real_open = builtins.open
        real_open_for_read = rl_utils.open_for_read

        def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
            self.paths.append(str(file))
            return real_open(file, *args, **kwargs)

        def spy_open_for_read(name: Any, *args: Any, **kwargs: Any) -> Any:
            self.paths.append(str(name))
            return real_open_for_read(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", spy_open)
        monkeypatch.setattr(rl_utils, "open_for_read", spy_open_for_read)


@pytest.mark.parametrize(
    "text",
    [
        HOSTILE,
        "a < b && c > d",
        "&amp; &lt; &#60; &nbsp; &unknown;",
        '<font name="Courier" size="40">big</font>',
        '<a href="file:///etc/passwd">link</a>',
        "<para><br/></para>",
        "<![CDATA[x]]> <!-- comment --> <?xml?>",
    ],
)
def test_escaped_text_prints_exactly_as_typed(text: str) -> None:
    assert printed(escape(text)) == [text]
    assert printed(markup(text)) == [text]


def test_an_img_tag_in_user_text_reads_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = FileSpy(monkeypatch)
    assert printed(markup(HOSTILE)) == [HOSTILE]
    assert not [path for path in spy.paths if "passwd" in path]


def test_the_file_spy_would_see_an_unescaped_img(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The previous test means something: raw markup does try to read the file."""
    spy = FileSpy(monkeypatch)
    target = tmp_path / "passwd.png"
    with pytest.raises(Exception):  # noqa: B017 - whichever error reportlab raises
        printed(f'<img src="{target}" width="10" height="10"/>')
    assert str(target) in spy.paths


def test_newlines_become_line_breaks() -> None:
    assert printed(markup("first\nsecond\r\nthird\rfourth")) == [
        "first",
        "second",
        "third",
        "fourth",
    ]
    assert escape("a\nb") == "a<br/>b"


def test_control_characters_are_dropped_and_tabs_become_spaces() -> None:
    # A tab keeps its width: four no-break spaces, which a paragraph does not collapse.
    assert clean("a\x00b\x07c\td\x1b") == "abc\u00a0\u00a0\u00a0\u00a0d"
    assert printed(markup("bell\x07 and\x00 nul")) == ["bell and nul"]


def test_greek_cyrillic_and_european_letters_stay_in_the_base_font() -> None:
    text = "Ελληνικά Кириллица participant·e·s Łódź Ærøskøbing Şişli Vũng Tàu"
    assert runs(text) == [(BASE_FAMILY, text)]
    assert markup(text) == text
    assert font_for(text) == BASE_FAMILY


def test_a_character_no_font_has_prints_as_a_placeholder_that_keeps_the_character() -> None:
    """Han characters NanumGothic has are drawn from it; Devanagari, which no shipped
    font has, from the placeholder font, whose text layer keeps the characters."""
    assert script_of("北") is Script.HAN
    assert markup("北京 (Beijing)") == '<font face="NanumGothic">北京 </font>(Beijing)'
    assert runs("नमस्ते (Delhi)") == [(PLACEHOLDER, "नमस्ते "), (BASE_FAMILY, "(Delhi)")]


def test_emoji_come_from_symbola_and_invisible_characters_are_not_drawn() -> None:
    assert runs("👩🏽\u200d🏫🤝🌍\ufe0f ok") == [(SYMBOLA, "👩🏽🏫🤝🌍 "), (BASE_FAMILY, "ok")]
    assert runs("a\u2067b\u2069\u202ec") == [(BASE_FAMILY, "abc")]


def test_korean_and_arabic_are_set_in_their_own_fonts() -> None:
    assert script_of("김") is Script.HANGUL
    assert script_of("س") is Script.ARABIC
    # Punctuation comes from the base font, so « and » match around Korean.
    assert markup("김서연 (Daejeon)") == '<font face="NanumGothic">김서연 </font>(Daejeon)'
    assert markup("«김서연»") == '«<font face="NanumGothic">김서연</font>»'
    # Noto Sans Arabic has no parentheses: they leave the Arabic run for the base font.
    assert markup("سلمى (الرباط)") == (
        '<font face="NotoSansArabic">سلمى </font>(<font face="NotoSansArabic">الرباط</font>)'
    )


@pytest.fixture
def fresh_families() -> Iterator[None]:
    """Each character's family is remembered: asked again with other families."""
    fonts._family_of.cache_clear()
    yield
    fonts._family_of.cache_clear()


@pytest.mark.usefixtures("fresh_families")
def test_a_script_with_its_own_family_gets_a_font_tag(monkeypatch: pytest.MonkeyPatch) -> None:
    hangul = FontFamily("TestHangul", "a.ttf", "b.ttf", "c.ttf", "d.ttf")
    monkeypatch.setitem(fonts.FAMILIES, Script.HANGUL, hangul)
    real_map = fonts._character_map
    monkeypatch.setattr(
        fonts,
        "_character_map",
        lambda name: frozenset(range(0xAC00, 0xD7A4)) if name == "TestHangul" else real_map(name),
    )
    assert font_for("Kim 김서연") == hangul
    # Punctuation the family has no glyph for goes to the base family.
    assert runs("김서연 (Daejeon) <b>") == [(hangul, "김서연 "), (BASE_FAMILY, "(Daejeon) <b>")]
    assert markup("김서연 & co") == '<font face="TestHangul">김서연 </font>&amp; co'
