# mypy: disable-error-code="import-untyped"
"""Paragraphs of plain user text made without reportlab's markup parser.

Most of the minutes' paragraphs (27,000 in a large event's) are user text in the base
font on one line: no tag, no line break, one run of one font. reportlab parses every
paragraph's markup with an HTML parser, a fifth of building the minutes; for such a text
the parse gives one fragment, the style's own carrying the text. That fragment is made
here from one parsed once per style.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from forum_desktop.export.fonts import BASE_FAMILY, runs
from forum_desktop.export.markup import clean, escape

_TEMPLATES: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
"""The fragment reportlab's parser makes of a plain text, by paragraph style."""


def plain_paragraph(text: str, style: Any, *, bullet: str | None = None) -> Any | None:
    """The Paragraph ``para(markup(text), style, bullet=bullet)`` makes, or None when
    ``text`` needs markup (another script's font, a line break) or is blank."""
    from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

    from forum_desktop.export.wrap_once import paragraph_class

    found = runs(clean(text))
    if len(found) != 1 or found[0][0] != BASE_FAMILY or "\n" in found[0][1]:
        return None
    words = cleanBlockQuotedText(found[0][1])  # what reportlab does to the markup first
    if not words:
        return None
    frags = [_template(style).clone(text=words)]
    textTransformFrags(frags, style)
    return paragraph_class()(escape(words), style, bulletText=bullet, frags=frags)


def _template(style: Any) -> Any:
    from reportlab.platypus.paraparser import ParaParser

    frag = _TEMPLATES.get(style)
    if frag is None:
        _, frags, _ = ParaParser().parse("x", style)
        frag = _TEMPLATES[style] = frags[0]
    return frag
