"""Guessing an item's kind from the words of a programme, and the ``[kind]`` tag that
states it when the words would not say it.
"""

from __future__ import annotations

import re

from forum_desktop.models.agenda import ItemKind

_BREAK_WORDS = (
    r"coffee[\s-]break|tea[\s-]break|lunch[\s-]break|lunch|break"
    r"|pause[\s-]caf[ée]|pause[\s-]d[ée]jeuner|pause|d[ée]jeuner"
    r"|pausa[\s-]caf[ée]|pausa|almuerzo|comida|refrigerio"
)
# A break is said first or last ("Coffee break and networking", "Networking lunch"), not
# somewhere in a sentence ("how to break silos"); "Break-out groups" are no break.
_BREAK = re.compile(
    rf"^(?:{_BREAK_WORDS})(?![\w-])|(?<![\w-])(?:{_BREAK_WORDS})[\s.!]*$", re.IGNORECASE
)
_KIND_WORDS = (
    (
        ItemKind.PRESENTATION,
        r"presentations?|présentations?|presentaci[oó]n(?:es)?|keynotes?"
        r"|welcome|bienvenue|bienvenida",
    ),
    (ItemKind.DISCUSSION, r"discussions?|débats?|debates?|q\s?&\s?a"),
    (
        ItemKind.GROUP_METHOD,
        r"méthodologie|methodology|método|fishbowl|aquarium|world[\s-]caf[ée]|1-2-4-all"
        r"|tour de table|round",
    ),
)
_KIND_PATTERNS = tuple(
    (kind, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)) for kind, words in _KIND_WORDS
)
_TAG = re.compile(r"\s*\[(?P<tag>[a-z][a-z _-]{1,20})\]\s*$", re.IGNORECASE)
_TAGGED_KINDS = {kind.value.replace("_", " "): kind for kind in ItemKind}


def is_break(title: str) -> bool:
    return _BREAK.search(title) is not None


def guess_kind(title: str, description: str = "") -> ItemKind:
    """Break words in the title; else presentation, discussion or method words in the
    title, then in the description (where a method is often named); else OTHER."""
    if is_break(title):
        return ItemKind.BREAK
    for text in (title, description):
        for kind, pattern in _KIND_PATTERNS:
            if pattern.search(text):
                return kind
    return ItemKind.OTHER


def kind_tag(kind: ItemKind) -> str:
    """The tag that states ``kind`` at the end of an item's line: ``[group method]``."""
    return f"[{kind.value.replace('_', ' ')}]"


def split_kind_tag(text: str) -> tuple[ItemKind | None, str]:
    """The kind a trailing ``[kind]`` tag states, and the text without it."""
    match = _TAG.search(text[-40:])
    if match is None:
        return None, text
    kind = _TAGGED_KINDS.get(re.sub(r"[\s_-]+", " ", match["tag"].lower()))
    if kind is None:
        return None, text
    return kind, text[: len(text) - len(text[-40:]) + match.start()]
