"""A participant's page reads what they said and what they own; anonymous entries name nobody."""

from __future__ import annotations

from uuid import UUID

from forum_desktop.capture.contributions import contributions
from forum_desktop.clock import FakeClock
from forum_desktop.models import Participant
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.storage import Store
from tests.services.helpers import build_event


def capture(store: Store, event_id: UUID, text: str, **kw: object) -> UUID:
    assert isinstance(store.clock, FakeClock)
    store.clock.advance(60)  # a minute apart: capture order is time order
    result = execute(store, CaptureOutcome(event_id=event_id, text=text, **kw))
    value: UUID = result.value
    return value


def test_said_and_owned_by_one_person(store: Store) -> None:
    built = build_event(store)
    event_id = built.event_id
    amina, other = (store.require(Participant, i) for i in built.participant_ids[:2])
    quote = capture(
        store, event_id, "Apprendre", kind="quote", fields={"speaker_id": str(amina.id)}
    )
    mention = capture(store, event_id, "Idée d'Amina", mentions=[amina.id])
    owned = capture(
        store, event_id, "Envoyer", kind="action", fields={"owner_ids": [str(amina.id)]}
    )
    typed = capture(
        store, event_id, "Traduire", kind="action", fields={"owner_names": [amina.name.upper()]}
    )
    capture(
        store,
        event_id,
        "Secret",
        kind="quote",
        anonymous=True,
        fields={"speaker_id": str(amina.id)},
    )
    capture(store, event_id, "Autre", kind="action", fields={"owner_ids": [str(other.id)]})
    capture(store, event_id, "Rien", kind="note")

    found = contributions(store, amina)
    assert [o.id for o in found.said] == [quote, mention]
    assert [o.id for o in found.owns] == [owned, typed]
    assert [o.text for o in contributions(store, other).owns] == ["Autre"]
