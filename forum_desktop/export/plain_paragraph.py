# mypy: disable-error-code="import-untyped"
"""Paragraphs of plain user text made without reportlab's markup parser.

Most of the minutes' paragraphs (27,000 in a large event's) are user text in the base
font on one line: no tag, no line break, one run of one font. reportlab parses every
paragraph's markup with an HTML parser, a fifth of building the minutes; for such a text
the parse gives one fragment, the style's own carrying the text. That fragment is made
here from one parsed once per style. So are the two of a labelled line ("**Label** —
text", about 3,600 of the large event's paragraphs): the bold label's and the text's.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from forum_desktop.export.fonts import BASE_FAMILY, runs
from forum_desktop.export.markup import clean, escape

_TEMPLATES: WeakKeyDictionary[Any, tuple[Any, Any, Any]] = WeakKeyDictionary()
"""The fragments reportlab's parser makes of plain and labelled texts, by paragraph style."""


def plain_paragraph(text: str, style: Any, *, bullet: str | None = None) -> Any | None:
    """The Paragraph ``para(markup(text), style, bullet=bullet)`` makes, or None when
    ``text`` needs markup (another script's font, a line break) or is blank."""
    from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

    from forum_desktop.export.wrap_once import paragraph_class

    plain = _plain(text)
    if plain is None:
        return None
    words = cleanBlockQuotedText(plain)  # what reportlab does to the markup first
    if not words:
        return None
    frags = [_templates(style)[0].clone(text=words)]
    textTransformFrags(frags, style)
    return paragraph_class()(escape(words), style, bulletText=bullet, frags=frags)


def labelled_paragraph(label: str, text: str, style: Any) -> Any | None:
    """The Paragraph ``para(f"<b>{escape(label)}</b> — {markup(text)}", style)`` makes,
    or None when ``label`` or ``text`` needs markup (another script, a line break)."""
    from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

    from forum_desktop.export.wrap_once import paragraph_class

    plain_label, plain = _plain(label), _plain(text)
    if not plain_label or plain is None:
        return None
    # reportlab cleans the whole markup at once (a run of spaces becomes one, the end is
    # stripped); the markers, which clean() leaves in no text, keep the label's edges.
    cleaned = cleanBlockQuotedText(f"\x02{plain_label}\x01 — {plain}")
    bold, words = cleaned.removeprefix("\x02").split("\x01")
    label_frag, text_frag = _templates(style)[1:]
    frags = [label_frag.clone(text=bold), text_frag.clone(text=words)]
    textTransformFrags(frags, style)
    line = f"<b>{escape(bold)}</b>{escape(words)}"
    return paragraph_class()(line, style, frags=frags)


def _plain(text: str) -> str | None:
    """``text`` cleaned when it is one line in the base font alone."""
    found = runs(clean(text))
    if len(found) != 1 or found[0][0] != BASE_FAMILY or "\n" in found[0][1]:
        return None
    return found[0][1]


def _templates(style: Any) -> tuple[Any, Any, Any]:
    """The fragments reportlab's parser makes, in ``style``, of a plain text and of a bold
    label before a plain text."""
    from reportlab.platypus.paraparser import ParaParser

    frags = _TEMPLATES.get(style)
    if frags is None:
        _, [plain], _ = ParaParser().parse("x", style)
        _, [label, text], _ = ParaParser().parse("<b>x</b> y", style)
        frags = _TEMPLATES[style] = (plain, label, text)
    return frags
