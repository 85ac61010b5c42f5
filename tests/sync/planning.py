"""The agenda machine's laptops, for the machines whose act reaches the whole event (deleting
it, importing a programme, applying a template): they also retype the event's own texts,
and every undo is checked to remove exactly what its act added."""

from __future__ import annotations

from uuid import UUID

from hypothesis import strategies as st
from hypothesis.stateful import initialize, rule

from forum_desktop.models import ChangeKind, Event
from forum_desktop.models.base import Record
from forum_desktop.services.events import UpdateEvent
from forum_desktop.services.operations import OpResult
from tests.sync.laptops import PICK, Laptop, Tracked
from tests.sync.test_agenda_machine import TYPED, PlanningLaptops

EVENT_TYPED: dict[type[Record], tuple[str, ...]] = {
    Event: ("title", "place", "context"),
    **TYPED,
}
"""The agenda machine's typed texts and the event's own (the Details tab's)."""

COUNTED = ("event", "session", "agenda_item", "participant")
"""The records an undo is checked on."""

Key = tuple[str, UUID]


def record_keys(laptop: Laptop) -> set[Key]:
    """Every event, session, item and person the laptop holds."""
    return {
        (table, UUID(row[0]))
        for table in COUNTED
        for row in laptop.conn.execute(f"SELECT id FROM {table}")
    }


def made_and_deleted(result: OpResult) -> tuple[set[Key], set[Key]]:
    """The records an act inserted, and those it deleted."""

    def of(kind: ChangeKind) -> set[Key]:
        return {
            (c.record_type, c.record_id)
            for c in result.changes
            if c.kind is kind and c.record_type in COUNTED
        }

    return of(ChangeKind.INSERT), of(ChangeKind.DELETE)


class EventPlanningLaptops(PlanningLaptops):
    texts = EVENT_TYPED

    @initialize(count=st.integers(2, 4))
    def start(self, count: int) -> None:
        super().start(count)
        first = self.laptops[0]
        # The event's own texts are typed too: tracked from the creation's change on.
        self.record(first, {}, tuple(first.store.record_changes(Event.record_type, self.event_id)))

    def has_event(self, laptop: Laptop) -> bool:
        return laptop.store.get(Event, self.event_id) is not None

    @rule(who=PICK)
    def add_session(self, who: int) -> None:
        if self.has_event(self.laptop(who)[1]):  # none into an event deleted here
            super().add_session(who)

    @rule(who=PICK, organised=st.booleans())
    def add_participant(self, who: int, organised: bool) -> None:
        if self.has_event(self.laptop(who)[1]):
            super().add_participant(who, organised)

    def edit(self, index: int, record: Tracked, name: str) -> None:
        if record.cls is Event:
            text = self.new_text(self.laptops[index])
            self.act(index, UpdateEvent.model_validate({"event_id": record.id, name: text}))
            return
        super().edit(index, record, name)

    @rule(who=PICK)
    def undo_last(self, who: int) -> None:
        """Also: an undo removes exactly what its act added and brings back what it
        deleted (another laptop's additions meanwhile stay)."""
        index, laptop = self.laptop(who)
        step = self.steps.get(index)
        if step is None or step.undone is not None:
            return  # nothing to undo
        before = record_keys(laptop)
        super().undo_last(who)
        if self.steps.get(index) is not step:
            return  # refused: then nothing changed
        made, deleted = made_and_deleted(step.result)
        assert record_keys(laptop) == (before - made) | deleted
