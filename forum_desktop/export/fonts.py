# mypy: disable-error-code="import-untyped"
"""The fonts the PDFs embed, chosen by script, registered with reportlab on first use.

Noto Sans (``resources/fonts/``, SIL OFL 1.1) covers Latin with every European diacritic,
Greek and Cyrillic: the base family of every document. Arabic is set in Noto Sans Arabic
and Korean Hangul in NanumGothic (both SIL OFL 1.1; reportlab needs TrueType outlines,
which the Noto CJK fonts do not have); emoji and symbols in Symbola (free for any use).
``markup`` wraps each run of text in the family of its script, falling back character by
character to any shipped font that has the glyph; right-to-left text is shaped and
ordered by ``export.bidi``. A character no shipped font has is drawn as a visible box
whose text layer still says what it is (``PLACEHOLDER``).

reportlab is imported inside the functions that need it, never when this module is
imported, so the app starts without it.
"""

from __future__ import annotations

import errno
import re
import threading
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any, Final

from forum_desktop.export.isolation import CONTROLS
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
        return self._face_name(self.bold)

    @property
    def italic_name(self) -> str:
        return self._face_name(self.italic)

    @property
    def bold_italic_name(self) -> str:
        return self._face_name(self.bold_italic)

    def _named_files(self) -> list[tuple[str, str]]:
        return [
            (self.name, self.regular),
            (f"{self.name}-Bold", self.bold),
            (f"{self.name}-Italic", self.italic),
            (f"{self.name}-BoldItalic", self.bold_italic),
        ]

    def _face_name(self, file_name: str) -> str:
        """The name of the first face set in ``file_name``: a file that stands for several
        faces (no italic Arabic) is registered, and parsed, once."""
        return next(name for name, file in self._named_files() if file == file_name)

    def files(self) -> dict[str, str]:
        """reportlab font name → file name, each file once."""
        return {self._face_name(file): file for _, file in self._named_files()}


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

SYMBOLA: Final = FontFamily(
    # Emoji and symbols, one face (drawn in outline, not in colour).
    name="Symbola",
    regular="Symbola.ttf",
    bold="Symbola.ttf",
    italic="Symbola.ttf",
    bold_italic="Symbola.ttf",
)

FAMILIES: Final[dict[Script, FontFamily]] = {
    Script.BASE: NOTO_SANS,
    Script.ARABIC: NOTO_SANS_ARABIC,
    Script.HANGUL: NANUM_GOTHIC,
}
"""The family of each script that has its own font; a missing script (Han) uses BASE."""

BASE_FAMILY: Final = FAMILIES[Script.BASE]

FALLBACKS: Final = (NOTO_SANS, NOTO_SANS_ARABIC, NANUM_GOTHIC, SYMBOLA)
"""Where a character its script's family lacks is looked for, in this order."""

PLACEHOLDER: Final = FontFamily(
    # Noto Sans read a second time, its character map extended as characters turn up.
    name="Placeholder",
    regular="NotoSans-Regular.ttf",
    bold="NotoSans-Regular.ttf",
    italic="NotoSans-Regular.ttf",
    bold_italic="NotoSans-Regular.ttf",
)
"""Draws every character no shipped font has with one visible glyph (Noto Sans's "�"),
while the PDF's text layer maps it back to the character itself, so copying and search
get what was typed."""

_PLACEHOLDER_GLYPH: Final = 0xFFFD
"""REPLACEMENT CHARACTER: the glyph a missing character is drawn with."""

_INVISIBLE: Final = frozenset((*CONTROLS, "​", "‌", "‍", "⁠", "﻿", *map(chr, range(0xFE00, 0xFE10))))
"""Characters that draw nothing (bidi controls, joiners, variation selectors): not drawn,
never a placeholder. An emoji ZWJ sequence prints as its parts."""

_NOT_DRAWN: Final = dict.fromkeys(map(ord, _INVISIBLE))

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


def runs(text: str) -> list[tuple[FontFamily, str]]:
    """``text`` cut where the family changes, each character its script's family.

    A space stays in the run it is in, so "김서연 (Daejeon)" is two runs, not four;
    punctuation and digits are set in the base family when it has them, so « and » match
    around Korean. A character its family lacks comes from the first of ``FALLBACKS``
    that has it, else from ``PLACEHOLDER``; bidi controls, joiners and variation
    selectors are left out. Registers the fonts (to read their character maps).
    """
    if not _INVISIBLE.isdisjoint(text):
        text = text.translate(_NOT_DRAWN)
    if _base_covers(text):
        return [(BASE_FAMILY, text)] if text else []
    found: list[tuple[FontFamily, str]] = []
    for char in text:
        family = _family_of(char)
        if found and found[-1][0] != family and char.isspace():
            family = found[-1][0]  # every shipped font has a space
        if found and found[-1][0] == family:
            found[-1] = (found[-1][0], found[-1][1] + char)
        else:
            found.append((family, char))
    return found


@cache  # a large event's minutes ask 115,000 times, for a few hundred characters
def _family_of(char: str) -> FontFamily:
    script = script_of(char)
    code = ord(char)
    family = family_for_script(script)
    neutral = script is Script.BASE and not unicodedata.category(char).startswith("L")
    if char.isspace() or (code in _character_map(family.name) and not neutral):
        return family
    for fallback in FALLBACKS:
        if code in _character_map(fallback.name):
            return fallback
    _placeholder_covers(code)
    return PLACEHOLDER


def _placeholder_covers(code: int) -> None:
    """Map ``code`` to the placeholder's box glyph (and its width), once."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    with _lock:
        face = pdfmetrics.getFont(PLACEHOLDER.name).face
        if code not in face.charToGlyph:
            face.charToGlyph[code] = face.charToGlyph[_PLACEHOLDER_GLYPH]
            face.charWidths[code] = face.charWidths[_PLACEHOLDER_GLYPH]


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

_ASTRAL_ENTRY: Final = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")


def _utf16_entries(cmap: str) -> str:
    """A ToUnicode CMap whose entries beyond U+FFFF are UTF-16 surrogate pairs, as PDF
    requires: reportlab writes "<1F469>", which readers refuse, so an emoji's text would
    be lost on copying."""

    def pair(match: re.Match[str]) -> str:
        utf16 = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
        return f"<{match.group(1)}> <{utf16}>"

    return _ASTRAL_ENTRY.sub(pair, cmap)


def _patch_to_unicode() -> None:
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    ttfonts.makeToUnicodeCMap = lambda name, subset: _utf16_entries(original(name, subset))


@cache
def _registered() -> frozenset[str]:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _patch_to_unicode()
    names: set[str] = set()
    for family in (*FALLBACKS, PLACEHOLDER):
        for name, file_name in family.files().items():
            path = resource("fonts", file_name)
            if not path.is_file():
                raise FileNotFoundError(errno.ENOENT, "Font missing from the installation", path)
            pdfmetrics.registerFont(TTFont(name, str(path)))
            names.add(name)
        # <b> and <i> in markup, and bold table headers, pick the right file; the regular
        # face last, so a name shared by several faces reads back as regular.
        addMapping(family.name, 1, 1, family.bold_italic_name)
        addMapping(family.name, 0, 1, family.italic_name)
        addMapping(family.name, 1, 0, family.bold_name)
        addMapping(family.name, 0, 0, family.name)
    return frozenset(names)


def register_fonts() -> FontFamily:
    """Register every family with reportlab (once; later calls are free); the base family.

    Raises FileNotFoundError when a font file is missing from ``resources/fonts/``.
    """
    with _lock:
        _registered()
    return BASE_FAMILY
