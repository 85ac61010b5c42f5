"""User text made safe for reportlab's paragraph markup.

reportlab's Paragraph reads an XML-like markup: ``<b>``, ``<font>``, ``<a href>``,
``<img src>`` (which reads a file from disk) and entities. A note, a title or a name typed
by a user must print exactly as typed and never become markup, so every piece of user text
passes through ``escape`` (usually by way of ``fonts.markup``) before it reaches a
Paragraph. Markup written by the exporters themselves wraps the escaped text.
"""

from __future__ import annotations

import re
from typing import Final

_NEWLINES: Final = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")
# C0/C1 controls other than tab and the newlines above: invisible at best, and some make
# reportlab's parser or the PDF text stream fail.
_CONTROLS: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_UNPAIRED_SURROGATES: Final = re.compile(r"[\ud800-\udfff]")


TAB: Final = "\u00a0" * 4
"""What a tab prints as: four no-break spaces, which neither collapse into one (as plain
spaces do in a paragraph) nor start a code block in Markdown."""


def clean(text: str) -> str:
    """``text`` with newlines as ``\\n``, tabs as ``TAB``, and no control characters."""
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = _UNPAIRED_SURROGATES.sub("\ufffd", text)
    return text.replace("\t", TAB)


def escape(text: str) -> str:
    """``text`` as paragraph markup that prints it exactly as typed.

    ``&``, ``<`` and ``>`` become entities, so no tag, entity or file reference typed by a
    user is ever interpreted; line breaks become ``<br/>``.
    """
    text = clean(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")
