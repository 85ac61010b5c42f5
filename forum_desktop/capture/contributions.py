"""What one participant said and what they own, across an event's captured entries.

"Said": quotes they are the speaker of and entries that mention them. "Owns": actions
they are an owner of. Anonymous entries name nobody, so they count for no one. A name
typed as free text (before the person was on the roster) counts when it is the
person's name, ignoring case.
"""

from __future__ import annotations

from dataclasses import dataclass

from forum_desktop.models import ActionFields, Outcome, Participant, QuoteFields
from forum_desktop.services.capture import outcomes_of_event
from forum_desktop.storage import Store


@dataclass(frozen=True)
class Contributions:
    said: list[Outcome]
    """Quotes they spoke and entries mentioning them, in capture order."""
    owns: list[Outcome]
    """Actions they own, in capture order."""


def contributions(store: Store, person: Participant) -> Contributions:
    said: list[Outcome] = []
    owns: list[Outcome] = []
    name = person.name.strip().casefold()
    for outcome in outcomes_of_event(store, person.event_id):
        if outcome.anonymous:
            continue
        fields = outcome.kind_fields()
        if isinstance(fields, ActionFields) and (
            person.id in fields.owner_ids
            or (name and name in (n.strip().casefold() for n in fields.owner_names))
        ):
            owns.append(outcome)
        elif person.id in outcome.mentions or (
            isinstance(fields, QuoteFields)
            and (
                fields.speaker_id == person.id
                or (
                    name
                    and fields.speaker_id is None
                    and fields.speaker_name.strip().casefold() == name
                )
            )
        ):
            said.append(outcome)
    return Contributions(said=said, owns=owns)
