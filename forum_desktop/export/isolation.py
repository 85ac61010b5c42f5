"""User text kept apart from the document's own text in the bidirectional algorithm.

A name typed with a RIGHT-TO-LEFT OVERRIDE (U+202E) and never closed would reverse every
label printed after it on the line ("2202 sram 51 idram : ecnaéhcÉ"). So every piece of
user text set beside a label is first ``balanced`` (each embedding, override or isolate
it opens is closed at its end; stray closers dropped) and then wrapped in FIRST STRONG
ISOLATE … POP DIRECTIONAL ISOLATE, which the Unicode bidirectional algorithm treats as one
neutral character from outside. Plain left-to-right text without controls cannot leak and
is left as it is, so ordinary documents carry no invisible characters.

``lift_isolates`` takes the isolates out of a line for python-bidi's reordering, which
knows embeddings and overrides but refuses isolates: ``export.bidi`` orders each isolate's
text on its own and puts it back where it stood, as a block.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
OBJECT = "\ufffc"

_EMBEDDINGS: Final = frozenset((LRE, RLE, LRO, RLO))
_ISOLATES: Final = frozenset((LRI, RLI, FSI))
CONTROLS: Final = frozenset((*_EMBEDDINGS, *_ISOLATES, PDF, PDI, "\u200e", "\u200f", "\u061c"))
"""Every explicit bidirectional formatting character and mark: invisible, never drawn."""

_NEEDS_ISOLATION: Final = re.compile(
    "[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufb1d-\ufdff\ufe70-\ufeff"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
"""Right-to-left letters and the bidi controls: what can reorder text around it."""


def balance(text: str) -> str:
    """``text`` with every embedding, override and isolate it opens closed (at the end of
    its line), a PDI closing what was opened inside its isolate, and stray closers removed."""
    out: list[str] = []
    stack: list[str] = []  # "e" an embedding or override, "i" an isolate

    def close(until_isolate: bool) -> None:
        while stack and not (until_isolate and stack[-1] == "i"):
            out.append(PDI if stack.pop() == "i" else PDF)

    for char in text:
        if char in _EMBEDDINGS:
            stack.append("e")
        elif char in _ISOLATES:
            stack.append("i")
        elif char == PDF:
            if not stack or stack[-1] != "e":
                continue  # a PDF never closes an isolate, nor anything outside the text
            stack.pop()
        elif char == PDI:
            if "i" not in stack:
                continue
            close(until_isolate=True)
            stack.pop()
        elif char == "\n":
            close(until_isolate=False)  # a new line is a new bidi paragraph
        out.append(char)
    close(until_isolate=False)
    return "".join(out)


def isolate(text: str) -> str:
    """``text`` as a bidi isolate of its own when it holds anything that could reorder the
    text around it; each line on its own (a new line is a new bidi paragraph)."""
    if _NEEDS_ISOLATION.search(text) is None:
        return text
    return "\n".join(
        f"{FSI}{line}{PDI}" if _NEEDS_ISOLATION.search(line) else line
        for line in balance(text).split("\n")
    )


def strip_controls(text: str) -> str:
    """``text`` without its bidi controls: for drawing after reordering, and for
    comparing what a reader extracts with what was typed."""
    return "".join(char for char in text if char not in CONTROLS)


def first_strong_is_rtl(text: str) -> bool:
    """Whether the first strong letter outside any isolate is right to left (rule P2 of
    the bidirectional algorithm): a paragraph's direction, or an FSI's."""
    depth = 0
    for char in text:
        if char in _ISOLATES:
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return False
            if kind in ("R", "AL"):
                return True
    return False


def lift_isolates(text: str) -> tuple[str, dict[int, tuple[str, bool]]]:
    """Balanced ``text`` with each outermost isolate replaced by one OBJECT REPLACEMENT
    CHARACTER (a neutral, as an isolate is from outside), and what each stood for by its
    position: the text inside and whether it reads right to left (RLI, or an FSI whose
    first strong letter is right to left)."""
    text = balance(text)
    outer: list[str] = []
    lifted: dict[int, tuple[str, bool]] = {}
    depth = start = 0
    for position, char in enumerate(text):
        if char in _ISOLATES:
            if depth == 0:
                start = position + 1
            depth += 1
        elif char == PDI:  # balanced: every PDI closes an isolate
            depth -= 1
            if depth == 0:
                inner = text[start:position]
                opener = text[start - 1]
                rtl = opener == RLI or (opener == FSI and first_strong_is_rtl(inner))
                lifted[len(outer)] = (inner, rtl)
                outer.append(OBJECT)
        elif depth == 0:
            outer.append(char)
    return "".join(outer), lifted


def carry(lines: list[str]) -> list[str]:
    """One line's text broken into ``lines``, each balanced on its own: what a line leaves
    open (an override spanning the break) is opened again at the start of the next."""
    carried: list[str] = []
    still_open = ""
    for line in lines:
        line = still_open + line
        still_open = _still_open(line)
        carried.append(balance(line))
    return carried


def _still_open(text: str) -> str:
    """The openers (embeddings, overrides, isolates) left unclosed at the end of ``text``."""
    stack: list[str] = []
    for char in text:
        if char in _EMBEDDINGS or char in _ISOLATES:
            stack.append(char)
        elif char == PDF and stack and stack[-1] in _EMBEDDINGS:
            stack.pop()
        elif char == PDI and any(opener in _ISOLATES for opener in stack):
            while stack.pop() not in _ISOLATES:
                pass
    return "".join(stack)
