"""Building realistic events for the service tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from uuid import UUID

from forum_desktop.models import (
    AgendaItem,
    AttendanceStatus,
    ItemKind,
    MethodRun,
    MethodScreen,
    Objective,
    Role,
    Session,
)
from forum_desktop.models.screens import ScreenState
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.storage import Store


@dataclass(frozen=True)
class Built:
    """The ids of an event built by ``build_event``."""

    event_id: UUID
    participant_ids: list[UUID]
    session_id: UUID
    item_ids: list[UUID]
    """Two top-level items, the first with two sub-items: [top1, sub1, sub2, top2]."""


def build_event(store: Store, title: str = "Séminaire du Forum d'apprentissage") -> Built:
    """An event with three participants (one checked in) and a session with nested items."""
    event_id: UUID = execute(
        store,
        CreateEvent(
            title=title,
            language="fr",
            timezone="Africa/Dakar",
            start_date=date(2022, 2, 23),
            end_date=date(2022, 2, 24),
            place="Dakar",
            objectives=[Objective(text="Partager des pratiques", heading="Objectifs")],
        ),
    ).value
    people = [
        execute(
            store,
            AddParticipant(
                event_id=event_id, name="Fatou Ndiaye", role=Role.FACILITATOR, city="Dakar"
            ),
        ).value,
        execute(
            store, AddParticipant(event_id=event_id, name="João Pereira", email="joao@example.org")
        ).value,
        execute(store, AddParticipant(event_id=event_id, name="Lucía Gómez", country="ES")).value,
    ]
    execute(store, CheckIn(participant_ids=(people[0],), status=AttendanceStatus.PRESENT))

    session = store.fresh(
        Session(
            event_id=event_id,
            title="Matinée",
            date=date(2022, 2, 23),
            start_time=time(9, 0),
            end_time=time(12, 30),
        )
    )
    store.insert(session)
    top1 = store.fresh(
        AgendaItem(session_id=session.id, title="Ouverture", position=0, planned_minutes=30)
    )
    store.insert(top1)
    subs = [
        store.fresh(AgendaItem(session_id=session.id, parent_id=top1.id, title=title, position=n))
        for n, title in enumerate(["Mot d'accueil", "Tour de table"])
    ]
    for sub in subs:
        store.insert(sub)
    top2 = store.fresh(
        AgendaItem(
            session_id=session.id,
            title="Travail en groupes",
            position=1,
            kind=ItemKind.GROUP_METHOD,
            guiding_question="Que fais-je pour soutenir l'apprentissage ?",
        )
    )
    store.insert(top2)
    return Built(event_id, people, session.id, [top1.id, subs[0].id, subs[1].id, top2.id])


T0 = datetime(2022, 2, 23, 9, 0, tzinfo=UTC)  # 09:00 in Dakar (UTC+0)


def build_day(
    store: Store, minutes: list[int], **session_fields: object
) -> tuple[UUID, list[UUID]]:
    """A session at 09:00 on 2022-02-23 in Dakar with one top-level item per duration."""
    event_id = execute(
        store, CreateEvent(title="Forum", language="fr", timezone="Africa/Dakar")
    ).value
    session = store.fresh(
        Session(
            event_id=event_id,
            title="Journée",
            date=T0.date(),
            start_time=time(9, 0),
            end_time=time(17, 0),
            **session_fields,  # type: ignore[arg-type]
        )
    )
    store.insert(session)
    ids = []
    for position, length in enumerate(minutes):
        item = store.fresh(
            AgendaItem(
                session_id=session.id,
                title=f"Point {position + 1}",
                position=position,
                planned_minutes=length,
            )
        )
        store.insert(item)
        ids.append(item.id)
    return session.id, ids


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def legacy_method_run(
    store: Store, *, item_id: UUID, screen: MethodScreen, state: ScreenState | dict[str, Any]
) -> MethodRun:
    """A method item's live state as one blob, as versions before 14 saved it (the upgrade
    to records reads these)."""
    item = store.require(AgendaItem, item_id)
    session = store.require(Session, item.session_id)
    values = state.model_dump(mode="json") if isinstance(state, ScreenState) else state
    run = MethodRun(
        event_id=session.event_id,
        session_id=session.id,
        item_id=item_id,
        screen=screen,
        state=values,
    )
    store.insert(store.fresh(run))
    return run
