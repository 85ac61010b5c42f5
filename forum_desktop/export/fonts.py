# mypy: disable-error-code="import-untyped"
"""The fonts the PDFs embed, chosen by script, registered with reportlab on first use.

Noto Sans (``resources/fonts/``, SIL OFL 1.1) covers Latin with every European diacritic,
Greek and Cyrillic: the base family of every document. Arabic is set in Noto Sans Arabic
and Korean Hangul in NanumGothic (both SIL OFL 1.1; reportlab needs TrueType outlines,
which the Noto CJK fonts do not have). ``markup`` wraps each run of text in the family of
its script; right-to-left text is shaped and ordered by ``export.bidi``.

reportlab is imported inside the functions that need it, never when this module is
imported, so the app starts without it.
"""

from __future__ import annotations

import errno
import threading
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any, Final

from forum_desktop.export.markup import clean, escape
from forum_desktop.paths import resource


class Script(StrEnum):
    """Writing systems that need a font family of their own."""

    BASE = "base"
    """Latin, Greek, Cyrillic, digits and punctuation: Noto Sans."""
    ARABIC = "arabic"
    HANGUL = "hangul"
    HAN = "han"


@dataclass(frozen=True)
class FontFamily:
    """Four TrueType files under ``resources/fonts/`` and the names reportlab knows them by."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str

    @property
    def bold_name(self) -> str:
        return f"{self.name}-Bold"

    @property
    def italic_name(self) -> str:
        return f"{self.name}-Italic"

    @property
    def bold_italic_name(self) -> str:
        return f"{self.name}-BoldItalic"

    def files(self) -> dict[str, str]:
        """reportlab font name → file name."""
        return {
            self.name: self.regular,
            self.bold_name: self.bold,
            self.italic_name: self.italic,
            self.bold_italic_name: self.bold_italic,
        }


NOTO_SANS: Final = FontFamily(
    name="NotoSans",
    regular="NotoSans-Regular.ttf",
    bold="NotoSans-Bold.ttf",
    italic="NotoSans-Italic.ttf",
    bold_italic="NotoSans-BoldItalic.ttf",
)

NOTO_SANS_ARABIC: Final = FontFamily(
    # No italic Arabic face exists: slanting Arabic is not a convention of the script.
    name="NotoSansArabic",
    regular="NotoSansArabic-Regular.ttf",
    bold="NotoSansArabic-Bold.ttf",
    italic="NotoSansArabic-Regular.ttf",
    bold_italic="NotoSansArabic-Bold.ttf",
)

NANUM_GOTHIC: Final = FontFamily(
    name="NanumGothic",
    regular="NanumGothic.ttf",
    bold="NanumGothicBold.ttf",
    italic="NanumGothic.ttf",
    bold_italic="NanumGothicBold.ttf",
)

FAMILIES: Final[dict[Script, FontFamily]] = {
    Script.BASE: NOTO_SANS,
    Script.ARABIC: NOTO_SANS_ARABIC,
    Script.HANGUL: NANUM_GOTHIC,
}
"""The family of each script that has its own font; a missing script (Han) uses BASE,
whose missing glyphs print as ``MISSING_GLYPH``."""

BASE_FAMILY: Final = FAMILIES[Script.BASE]

_RANGES: Final[tuple[tuple[int, int, Script], ...]] = (
    (0x0600, 0x06FF, Script.ARABIC),
    (0x0750, 0x077F, Script.ARABIC),
    (0x0870, 0x08FF, Script.ARABIC),
    (0xFB50, 0xFDFF, Script.ARABIC),
    (0xFE70, 0xFEFF, Script.ARABIC),
    (0x1100, 0x11FF, Script.HANGUL),
    (0x3130, 0x318F, Script.HANGUL),
    (0xA960, 0xA97F, Script.HANGUL),
    (0xAC00, 0xD7FF, Script.HANGUL),
    (0x3400, 0x4DBF, Script.HAN),
    (0x4E00, 0x9FFF, Script.HAN),
    (0xF900, 0xFAFF, Script.HAN),
)


def script_of(char: str) -> Script:
    """The script of one character; spaces, digits and punctuation count as BASE."""
    code = ord(char)
    for low, high, script in _RANGES:
        if low <= code <= high:
            return script
    return Script.BASE


def family_for_script(script: Script) -> FontFamily:
    return FAMILIES.get(script, BASE_FAMILY)


def font_for(text: str) -> FontFamily:
    """The family to set ``text`` in: that of its first letter outside BASE with a
    font of its own, else the base family."""
    for char in text:
        script = script_of(char)
        if script is not Script.BASE and script in FAMILIES:
            return FAMILIES[script]
    return BASE_FAMILY


MISSING_GLYPH: Final = "\ufffd"
"""Stands in for a character no shipped font can draw, so a name in a script whose font
has not shipped (Chinese, Japanese) prints as "���" (visibly there) instead of nothing."""


def runs(text: str) -> list[tuple[FontFamily, str]]:
    """``text`` cut where the family changes, each character its script's family.

    Spaces, digits and punctuation stay in the run they are in when its font has them,
    so "김서연 (Daejeon)" is two runs, not four. A character the chosen family has no
    glyph for becomes ``MISSING_GLYPH``. Registers the fonts (to read their character maps).
    """
    if _base_covers(text):
        return [(BASE_FAMILY, text)] if text else []
    found: list[tuple[FontFamily, str]] = []
    for char in text:
        script = script_of(char)
        family = family_for_script(script)
        if not char.isspace() and ord(char) not in _character_map(family.name):
            char, family, neutral = MISSING_GLYPH, BASE_FAMILY, False
        else:
            neutral = script is Script.BASE and not unicodedata.category(char).startswith("L")
        if found and found[-1][0] != family and neutral:
            # A space or a digit stays in the run it is in, if that run's font has it.
            previous = found[-1][0]
            if char.isspace() or ord(char) in _character_map(previous.name):
                family = previous
        if found and found[-1][0] == family:
            found[-1] = (found[-1][0], found[-1][1] + char)
        else:
            found.append((family, char))
    return found


def markup(text: str, *, bold: bool = False, italic: bool = False) -> str:
    """User text as paragraph markup that prints exactly as typed, each run in the font of
    its script. Every piece of user text reaches a reportlab Paragraph through here (or
    through ``markup.escape`` for text known to be in the base family).

    ``bold``/``italic`` say the paragraph's style is: a ``<font face>`` tag resets both,
    so runs in another family get them back inside the tag.
    """
    parts = []
    for family, run in runs(clean(text)):
        escaped = escape(run)
        if family == BASE_FAMILY:
            parts.append(escaped)
            continue
        if bold:
            escaped = f"<b>{escaped}</b>"
        if italic:
            escaped = f"<i>{escaped}</i>"
        # The face name is ours, never the user's: safe inside the tag.
        parts.append(f'<font face="{family.name}">{escaped}</font>')
    return "".join(parts)


def style_faces(style: Any) -> tuple[bool, bool]:
    """Whether a paragraph style's font is bold, and italic (for ``markup``)."""
    from reportlab.lib.fonts import ps2tt

    _, bold, italic = ps2tt(style.fontName)
    return bool(bold), bool(italic)


def _base_covers(text: str) -> bool:
    """Whether the base family draws every character of ``text`` (the usual case: one
    set operation instead of a look-up per character). The base font has no letter of a
    script with its own family, so such text is one run."""
    return _character_map(BASE_FAMILY.name).issuperset(map(ord, text))


@cache
def _character_map(font_name: str) -> frozenset[int]:
    """The code points ``font_name`` (a registered regular face) has glyphs for."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


_lock = threading.Lock()


@cache
def _registered() -> frozenset[str]:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names: set[str] = set()
    for family in set(FAMILIES.values()):
        for name, file_name in family.files().items():
            path = resource("fonts", file_name)
            if not path.is_file():
                raise FileNotFoundError(errno.ENOENT, "Font missing from the installation", path)
            pdfmetrics.registerFont(TTFont(name, str(path)))
            names.add(name)
        # <b> and <i> in markup, and bold table headers, pick the right file.
        addMapping(family.name, 0, 0, family.name)
        addMapping(family.name, 1, 0, family.bold_name)
        addMapping(family.name, 0, 1, family.italic_name)
        addMapping(family.name, 1, 1, family.bold_italic_name)
    return frozenset(names)


def register_fonts() -> FontFamily:
    """Register every family with reportlab (once; later calls are free); the base family.

    Raises FileNotFoundError when a font file is missing from ``resources/fonts/``.
    """
    with _lock:
        _registered()
    return BASE_FAMILY
