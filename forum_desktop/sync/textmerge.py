"""Three-way, line-by-line merge of two edits of the same text."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import NamedTuple


class Edit(NamedTuple):
    """Lines ``start:end`` of the base replaced by ``lines``."""

    start: int
    end: int
    lines: tuple[str, ...]


def _edits(base: list[str], other: list[str]) -> list[Edit]:
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    return [
        Edit(i1, i2, tuple(other[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _overlap(a: Edit, b: Edit) -> bool:
    """Edits touching the same base lines, or inserting at the same place, overlap."""
    if a.start == a.end or b.start == b.end:  # an insertion
        return a.start == b.start or (a.start < b.start < a.end) or (b.start < a.start < b.end)
    return a.start < b.end and b.start < a.end


def merge3(base: str, ours: str, theirs: str) -> str | None:
    """Both sides' changes to ``base``, or None when they change the same lines differently."""
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    lines = base.splitlines(keepends=True)
    ours_edits = _edits(lines, ours.splitlines(keepends=True))
    theirs_edits = _edits(lines, theirs.splitlines(keepends=True))
    kept: list[Edit] = list(ours_edits)
    for edit in theirs_edits:
        clashing = [mine for mine in ours_edits if _overlap(mine, edit)]
        if any(mine != edit for mine in clashing):
            return None
        if not clashing:
            kept.append(edit)
    result: list[str] = []
    position = 0
    for edit in sorted(kept, key=lambda e: (e.start, e.end)):
        result.extend(lines[position : edit.start])
        result.extend(edit.lines)
        position = edit.end
    result.extend(lines[position:])
    return "".join(result)
