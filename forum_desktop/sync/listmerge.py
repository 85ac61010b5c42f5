"""Three-way merge of a list whose elements each carry their own ``id`` (an event's
objectives), for concurrent versions of it.

An element added on either side stays, after the element it followed there. One removed
on one side goes unless the other side changed it meanwhile (an edit concurrent with a
delete keeps it, as for records). One changed on one side only takes that change; one
changed differently on both keeps both: ours in its place, theirs right after it as an
element of its own, whose id is derived from the element's and ``salt`` (the other
laptop's id) so that every laptop makes the same, and so that that laptop's later edits
of its element update the same copy rather than leave a stale one behind.
"""

from __future__ import annotations

from uuid import UUID, uuid5

from forum_desktop.models.journal import JsonValue

Element = dict[str, JsonValue]


def _by_id(elements: list[JsonValue]) -> dict[str, Element] | None:
    """The elements by id, in order; None when one is not an object with an id."""
    found: dict[str, Element] = {}
    for element in elements:
        if not isinstance(element, dict) or not isinstance(element.get("id"), str):
            return None
        found[str(element["id"])] = element
    return found


def merge_elements(
    base: list[JsonValue], ours: list[JsonValue], theirs: list[JsonValue], salt: str
) -> list[JsonValue] | None:
    """``ours`` and ``theirs`` merged against ``base``; None when an element has no id."""
    base_by, ours_by, theirs_by = _by_id(base), _by_id(ours), _by_id(theirs)
    if base_by is None or ours_by is None or theirs_by is None:
        return None
    copy_of = {
        key: _copy_id(key, salt, theirs_by)
        for key, mine in ours_by.items()
        if _changed_on_both(base_by.get(key), mine, theirs_by.get(key))
    }
    """Where the other laptop's version goes, for each element changed on both sides."""
    merged: list[JsonValue] = []
    for key, mine in ours_by.items():
        before = base_by.get(key)
        if key in copy_of.values() and key not in theirs_by:
            continue  # an older copy of theirs' version: the newer goes after its element
        if key not in theirs_by:
            if before is None or mine != before:  # ours added it, or changed it meanwhile
                merged.append(mine)
            continue
        other = theirs_by[key]
        if mine in (before, other):
            merged.append(other)
        elif other == before:
            merged.append(mine)
        else:  # changed on both sides (``_changed_on_both``): both versions stay
            merged.extend([mine, {**other, "id": copy_of[key]}])
    anchor = -1  # where the last of theirs already placed sits in ``merged``
    for key, other in theirs_by.items():
        placed = next((i for i, e in enumerate(merged) if _key(e) == key), None)
        if placed is not None:
            anchor = placed
            continue
        if base_by.get(key) == other:
            continue  # ours removed it, and theirs did not change it
        anchor += 1
        merged.insert(anchor, other)
    return merged


def _changed_on_both(before: Element | None, mine: Element, other: Element | None) -> bool:
    return other is not None and mine not in (before, other) and other != before


def _copy_id(key: str, salt: str, theirs: dict[str, Element]) -> str:
    """The id of the other laptop's version of element ``key``: the same on every laptop
    and for each of that laptop's edits, unless that laptop already holds an element of
    that id (then it is no stale copy: the next id in the same chain)."""
    copy = str(uuid5(UUID(key), salt))
    while copy in theirs:
        copy = str(uuid5(UUID(copy), salt))
    return copy


def _key(element: JsonValue) -> str | None:
    return str(element["id"]) if isinstance(element, dict) else None
