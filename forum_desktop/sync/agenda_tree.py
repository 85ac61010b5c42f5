"""After a merge, no agenda item is hidden in a loop of parents.

Two laptops can each drag an item under the other before either has seen the other's
move; each move was allowed where it was made, but merged field by field the two items
are each other's parent, and a walk of the tree from the session's top level reaches
neither of them nor anything under them: they vanish from the agenda, the documents and
the schedule, and walking down from one never ends. So after every merge, in each session
an item was merged into, the item of such a loop whose parent was set last (in the
merge's order of changes) moves to the top level of its session, as a change of this
laptop made on top of the moves that crossed: it travels like any move, so the stored
rows stay what the merge of the journal gives. Two laptops untangling the same loop make
the same move, so their changes agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from forum_desktop.models import AgendaItem
from forum_desktop.storage import Store
from forum_desktop.sync.merge import change_order, shown_change


def untangle_agendas(store: Store, item_ids: Iterable[UUID]) -> None:
    """Untangle the sessions holding any of ``item_ids`` (the items a merge rebuilt)."""
    sessions: set[str] = set()
    for item_id in item_ids:
        row = store.conn.execute(
            "SELECT session_id FROM agenda_item WHERE id = ?", (str(item_id),)
        ).fetchone()
        if row is not None:
            sessions.add(row[0])
    for session_id in sorted(sessions):
        parents = {
            UUID(item_id): UUID(parent_id) if parent_id is not None else None
            for item_id, parent_id in store.conn.execute(
                "SELECT id, parent_id FROM agenda_item WHERE session_id = ?", (session_id,)
            )
        }
        for loop in _loops(parents):
            store.update(
                AgendaItem, max(loop, key=lambda i: _parent_set_at(store, i)), parent_id=None
            )


def _parent_set_at(store: Store, item_id: UUID) -> tuple[int, str, str]:
    change = shown_change(store.record_changes("agenda_item", item_id), "parent_id")
    return (-1, "", "") if change is None else change_order(change)


def _loops(parents: dict[UUID, UUID | None]) -> list[list[UUID]]:
    """Every loop of parents among the items, each once."""
    loops: list[list[UUID]] = []
    done: set[UUID] = set()
    for start in parents:
        path: list[UUID] = []
        on_path: set[UUID] = set()
        node: UUID | None = start
        while node is not None and node in parents and node not in done:
            if node in on_path:
                loops.append(path[path.index(node) :])
                break
            path.append(node)
            on_path.add(node)
            node = parents[node]
        done |= on_path
    return loops
