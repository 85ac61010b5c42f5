"""The minutes of methods applied to items: the round-robin's fairness table, turns taken
on a phase counted for the method's item, and empty phases left out."""

from __future__ import annotations

import datetime as dt

from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.models import AgendaItem, Outcome, Session, SpeakerTurn
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.round_robin import NextPerson
from forum_desktop.storage import Store
from tests.services.helpers import T0, build_day
from tests.services.method_examples import apply_method


def test_a_round_robin_and_a_fishbowl_print_their_fairness_and_no_empty_phase(
    store: Store,
) -> None:
    session_id, (round_id, bowl_id) = build_day(store, [15, 40])
    event_id = store.require(Session, session_id).event_id
    people = [
        execute(store, AddParticipant(event_id=event_id, name=name, organisation=org)).value
        for name, org in (("Awa Diop", "Dakar"), ("Jun Park", "Séoul"), ("Ana Ruiz", "Lima"))
    ]
    for item_id, method in ((round_id, "round-robin"), (bowl_id, "fishbowl")):
        apply_method(store, item_id=item_id, method_id=method, language="fr", times="scaled")
    for minute in range(3):  # three turns, timed as the session runs
        at = T0 + dt.timedelta(minutes=2 * minute)
        execute(store, NextPerson(item_id=round_id, at=at, timed=True, session_id=session_id))
    execute(store, NextPerson(item_id=round_id, at=T0 + dt.timedelta(minutes=6), timed=True))
    # A fishbowl turn stored against its first phase, as before turns named the item.
    first_phase = store.select(AgendaItem, {"parent_id": bowl_id}, order_by="position")[0]
    store.insert(
        store.fresh(
            SpeakerTurn(
                session_id=session_id,
                item_id=first_phase.id,
                participant_id=people[1],
                started_at=T0 + dt.timedelta(minutes=20),
                ended_at=T0 + dt.timedelta(minutes=23),
            )
        )
    )
    decision = execute(
        store,
        CaptureOutcome(
            event_id=event_id,
            session_id=session_id,
            item_id=first_phase.id,
            kind="decision",
            text="Un MOOC",
        ),
    ).value
    printed = minutes_markdown(load_minutes(store, event_id, MinutesOptions()))
    assert printed.count("##### Temps de parole") == 2  # the round-robin's and the fishbowl's
    assert "Rien de consigné" not in printed  # the phases held nothing of their own
    item_two = printed.split("#### 2\\. Point 2")[1]
    assert "Un MOOC" in item_two and "Jun Park | Séoul | 1 | 3:00" in item_two
    assert store.require(Outcome, decision).phase == "Installation et règles"
