"""The method library's French texts (the app's own words: phases, instructions on the
projector) keep ":", ";", "!", "?" and "»" on the line of the word before them: a no-break
space, as French print does, so a projected line never starts with the sign (new-user
review: "conseils / : la facilitation"). The demo and templates keep the seed note's
titles as its facilitators typed them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

RESOURCES = Path(__file__).parent.parent / "resources"
SHIPPED = sorted(RESOURCES.glob("methods/*.json"))
DETACHED = re.compile(r" [:;!?»]|« ")


def french_texts(node: object, french: bool) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from french_texts(value, french or key == "fr")
    elif isinstance(node, list):
        for value in node:
            yield from french_texts(value, french)
    elif french and isinstance(node, str):
        yield node


@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.name)
def test_shipped_french_keeps_its_signs_attached(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = list(french_texts(data, path.name.endswith(".fr.json")))
    assert [text for text in texts if DETACHED.search(text)] == []
