"""The facilitator's moderation of what phones type (issue 22): an answer or an idea a
phone sends is held (a ``Moderation`` record, pending) until the facilitator approves,
edits or hides it; the projector shows only approved text, as edited. What the laptop's
own screens capture is the facilitator's already and needs no approval.
"""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from forum_desktop.methods.idea_acts import AddIdea
from forum_desktop.models import AgendaItem, Moderation, ModerationState, Outcome
from forum_desktop.models.room import TEXT_MAX, moderation_id
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.services.round_robin import RecordAnswer
from forum_desktop.storage import Store

NOT_HELD = NoticeKind(
    "moderation.not_held", "That text did not come from a phone: there is nothing to approve."
)
EMPTY_EDIT = NoticeKind(
    "moderation.empty_edit", "The shown text cannot be empty: hide the text instead."
)


class ModerationError(NoticeError):
    """A moderation act that cannot be done; the message says why and what to do."""


class HeldText(BaseModel):
    """One phone's text as the moderation list shows it."""

    model_config = ConfigDict(frozen=True)

    outcome: Outcome
    state: ModerationState
    shown: str
    """What the projector shows once approved: the facilitator's edit, else as typed."""


class SendFromPhone(Command):
    """A phone's answer or idea, saved as the laptop's screens save it and held for the
    facilitator's approval. Value: the outcome's id."""

    act: RecordAnswer | AddIdea

    def apply(self, store: Store) -> OpResult:
        saved = self.act.apply(store)
        outcome = store.require(Outcome, saved.value)
        item = store.require(AgendaItem, self.act.item_id)
        held = Moderation(
            id=moderation_id(outcome.id),
            event_id=outcome.event_id,
            session_id=outcome.session_id or item.session_id,
            item_id=self.act.item_id,
            outcome_id=outcome.id,
        )
        recorder = Recorder(list(saved.changes))
        recorder.add(store.insert(store.fresh(held)))
        return recorder.result(outcome.id)


def _held(store: Store, outcome_id: UUID) -> Moderation:
    held = store.get(Moderation, moderation_id(outcome_id))
    if held is None:
        raise ModerationError(NOT_HELD)
    return held


class Approve(Command):
    """Show these phones' texts on the projector."""

    outcome_ids: tuple[UUID, ...]

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        for outcome_id in self.outcome_ids:
            held = _held(store, outcome_id)
            recorder.add(store.update(Moderation, held.id, state=ModerationState.APPROVED))
        return recorder.result()


class ApproveAll(Command):
    """A trusted room: every text still waiting in the event is shown."""

    event_id: UUID

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        waiting = {"event_id": self.event_id, "state": ModerationState.PENDING}
        for held in store.select(Moderation, waiting, order_by="created_at"):
            recorder.add(store.update(Moderation, held.id, state=ModerationState.APPROVED))
        return recorder.result()


class Hide(Command):
    """Keep a text off the projector; it stays in its entry, marked hidden."""

    outcome_id: UUID

    def apply(self, store: Store) -> OpResult:
        held = _held(store, self.outcome_id)
        recorder = Recorder()
        recorder.add(store.update(Moderation, held.id, state=ModerationState.HIDDEN))
        return recorder.result()


class EditShown(Command):
    """Show a text as the facilitator rewrote it (a name removed, a typo fixed); the
    phone's own words stay in the entry. Approves it."""

    outcome_id: UUID
    text: str = Field(max_length=TEXT_MAX)

    def apply(self, store: Store) -> OpResult:
        held = _held(store, self.outcome_id)
        text = self.text.strip()
        if not text:
            raise ModerationError(EMPTY_EDIT)
        outcome = store.require(Outcome, self.outcome_id)
        shown = "" if text == outcome.text else text
        recorder = Recorder()
        recorder.add(store.update(Moderation, held.id, text=shown, state=ModerationState.APPROVED))
        return recorder.result()


def held_texts(store: Store, event_id: UUID) -> list[HeldText]:
    """Every phone's text of the event, oldest first, with its state."""
    rows: list[HeldText] = []
    for held in store.select(Moderation, {"event_id": event_id}, order_by="created_at"):
        outcome = store.get(Outcome, held.outcome_id)
        if outcome is not None:
            rows.append(
                HeldText(outcome=outcome, state=held.state, shown=held.text or outcome.text)
            )
    return sorted(rows, key=lambda row: (row.outcome.captured_at, str(row.outcome.id)))


def shown_texts(store: Store, outcomes: list[Outcome]) -> list[str]:
    """What the room may see of ``outcomes``: the laptop's own as they are, a phone's only
    once approved and as edited."""
    shown: list[str] = []
    for outcome in outcomes:
        held = store.get(Moderation, moderation_id(outcome.id))
        if held is None:
            shown.append(outcome.text)
        elif held.state is ModerationState.APPROVED:
            shown.append(held.text or outcome.text)
    return shown


def edited_texts(store: Store, event_id: UUID) -> dict[UUID, str]:
    """The entries the facilitator showed as rewritten (a name taken out, a typo fixed):
    the words published, which the minutes print too; the phone's own stay in the entry."""
    where = {"event_id": event_id, "state": ModerationState.APPROVED}
    return {
        held.outcome_id: held.text
        for held in store.select(Moderation, where, order_by="id")
        if held.text
    }


def hidden_texts(store: Store, event_id: UUID) -> set[UUID]:
    """The entries the facilitator hid: kept in the record, left out of the minutes."""
    where = {"event_id": event_id, "state": ModerationState.HIDDEN}
    return {held.outcome_id for held in store.select(Moderation, where, order_by="id")}
