"""Session templates: the built-in ones, the user's, and sessions made from them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from uuid import UUID

from forum_desktop.models import AgendaItem, Event, Session, SessionTemplate, TemplateItem
from forum_desktop.paths import resource
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

BUILTIN_DIR = resource("templates")


@cache
def builtin_templates() -> tuple[SessionTemplate, ...]:
    """The templates shipped with the app, by name; a broken file is a bug, so it raises."""
    found = [
        SessionTemplate.model_validate_json(path.read_bytes())
        for path in sorted(BUILTIN_DIR.glob("*.json"))
    ]
    return tuple(sorted(found, key=lambda t: t.name.casefold()))


def user_templates(store: Store) -> list[SessionTemplate]:
    return store.select(SessionTemplate, order_by="name")


def in_language_first(templates: Iterable[SessionTemplate], language: str) -> list[SessionTemplate]:
    """Templates in ``language`` (or in none stated) first, then the others by language.

    Each group keeps the order given. Every built-in template exists in each language:
    the one that matches the event's minutes comes before its translations.
    """

    def rank(template: SessionTemplate) -> tuple[bool, str]:
        other = template.language not in ("", language)
        return other, template.language if other else ""

    return sorted(templates, key=rank)


def template_from_session(store: Store, session_id: UUID, name: str) -> SessionTemplate:
    """What of a session carries over: the tree, durations, methods; not people or dates."""
    session = store.require(Session, session_id)
    event = store.require(Event, session.event_id)
    by_parent: dict[UUID | None, list[AgendaItem]] = {}
    for item in items_of(store, session_id):
        by_parent.setdefault(item.parent_id, []).append(item)

    def tree(parent: UUID | None) -> list[TemplateItem]:
        return [
            TemplateItem(
                title=item.title,
                description=item.description,
                planned_minutes=item.planned_minutes,
                kind=item.kind,
                method=item.method,
                guiding_question=item.guiding_question,
                min_minutes=item.min_minutes,
                priority=item.priority,
                materials=item.materials,
                notes=item.notes,
                children=tree(item.id),
            )
            for item in by_parent.get(parent, [])
        ]

    return SessionTemplate(
        name=name,
        language=event.language.value,
        start_time=session.start_time,
        end_time=session.end_time,
        items=tree(None),
    )


class SaveSessionAsTemplate(Command):
    """Save a session's agenda as a template of the user's; the value is the template's id."""

    session_id: UUID
    name: str
    description: str = ""

    def apply(self, store: Store) -> OpResult:
        template = template_from_session(store, self.session_id, self.name).model_copy(
            update={"description": self.description}
        )
        recorder = Recorder()
        recorder.add(store.insert(store.fresh(template)))
        return recorder.result(template.id)


class DeleteTemplate(Command):
    """Delete one of the user's templates."""

    template_id: UUID

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        recorder.add(store.delete(SessionTemplate, self.template_id))
        return recorder.result(self.template_id)


class AddSessionFromTemplate(Command):
    """Add a session at the end of the event's with the template's agenda; value: its id."""

    event_id: UUID
    template: SessionTemplate
    title: str
    date: dt.date | None = None

    def apply(self, store: Store) -> OpResult:
        store.require(Event, self.event_id)
        template = self.template
        session = Session(
            event_id=self.event_id,
            title=self.title,
            date=self.date,
            start_time=template.start_time,
            end_time=template.end_time,
            position=len(sessions_of(store, self.event_id)),
        )
        recorder = Recorder()
        recorder.add(store.insert(store.fresh(session)))

        def insert(items: list[TemplateItem], parent_id: UUID | None) -> None:
            for position, spec in enumerate(items):
                fields = spec.model_dump(exclude={"children"})
                item = AgendaItem(
                    session_id=session.id, parent_id=parent_id, position=position, **fields
                )
                recorder.add(store.insert(store.fresh(item)))
                insert(spec.children, item.id)

        insert(template.items, None)
        return recorder.result(session.id)


def template_minutes(template: SessionTemplate) -> int:
    """The template's planned length: its top-level items, each at least its children's sum."""

    def length(item: TemplateItem) -> int:
        return max(item.planned_minutes, sum(length(child) for child in item.children))

    return sum(length(item) for item in template.items)
