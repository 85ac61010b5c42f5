"""The event, its sessions and items as a document in one working language prints them.

Each translated field takes, in order: the text typed in that language (a ``Translation``),
for a method's phase the method library's text in that language, else the main language's
text followed by a fallback tag naming its language ("Opening [en]"), so a reader sees it
was not translated. A method's name prints in the document's language too. The records
are copies: nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar
from uuid import UUID

from forum_desktop.agenda.schedule import Schedule
from forum_desktop.models import AgendaItem, Event, Language, Session
from forum_desktop.models.method import MethodDefinition, MethodStep
from forum_desktop.models.translation import TRANSLATED_FIELDS, TranslatedField
from forum_desktop.services.methods import all_methods, stands_for, step_borne, step_own_text
from forum_desktop.services.translations import EventTexts, Translatable, target_type
from forum_desktop.storage import Store

T = TypeVar("T", Event, Session, AgendaItem)


def fallback_tag(language: Language) -> str:
    """The tag after a text printed in ``language`` in a document in another one: a text
    not translated, or an entry as it was said."""
    return f"[{language.value}]"


class DocumentTexts:
    """Localizes the records of one event for a document in ``language``."""

    def __init__(
        self,
        texts: EventTexts,
        language: Language,
        methods: Sequence[MethodDefinition],
        items: Sequence[AgendaItem] = (),
    ) -> None:
        self.texts = texts
        self.language = language
        self._methods = methods
        self._parents = {item.id: item for item in items}

    @classmethod
    def load(cls, store: Store, event_id: UUID, language: Language) -> DocumentTexts:
        from forum_desktop.services.agenda import items_of, sessions_of

        items = [
            item for session in sessions_of(store, event_id) for item in items_of(store, session.id)
        ]
        methods = [entry.definition for entry in all_methods(store)]
        return cls(EventTexts.load(store, event_id), language, methods, items)

    @property
    def main(self) -> Language:
        return self.texts.event.language

    def event(self, event: Event) -> Event:
        return self._localized(event)

    def session(self, session: Session) -> Session:
        return self._localized(session)

    def sessions(self, sessions: Sequence[Session]) -> list[Session]:
        return [self._localized(session) for session in sessions]

    def items(self, items: Sequence[AgendaItem]) -> list[AgendaItem]:
        return [self.item(item) for item in items]

    def item(self, item: AgendaItem) -> AgendaItem:
        localized = self._localized(item, self._step(item))
        method = self._method_name(item.method)
        return localized if method is None else localized.model_copy(update={"method": method})

    def schedule(self, schedule: Schedule) -> Schedule:
        return replace(
            schedule, items=[replace(entry, item=self.item(entry.item)) for entry in schedule.items]
        )

    # --- field by field -----------------------------------------------------------------

    def _localized(self, record: T, step: MethodStep | None = None) -> T:
        if self.language == self.main:
            return record
        update = {
            field.value: self._text(record, field, step)
            for field in TRANSLATED_FIELDS[target_type(record)]
        }
        return record.model_copy(update=update)

    def _text(self, record: Translatable, field: TranslatedField, step: MethodStep | None) -> str:
        local = self.texts.text(record, field, self.language)
        if not local.fallback:
            return local.text
        library = "" if step is None else step_own_text(step, field, self.language)
        if library:
            return library
        return f"{local.text} {fallback_tag(self.main)}"

    def _step(self, item: AgendaItem) -> MethodStep | None:
        """The library step a phase bears (its title and instructions in any language)."""
        parent = self._parents.get(item.parent_id) if item.parent_id is not None else None
        if parent is None:
            return None
        return step_borne(item, self._named(parent.method))

    def _named(self, label: str) -> list[MethodDefinition]:
        return [definition for definition in self._methods if stands_for(label, definition)]

    def _method_name(self, label: str) -> str | None:
        if self.language == self.main or not label.strip():
            return None
        for definition in self._named(label):
            name: str = getattr(definition.name, self.language.value)
            if name:
                return name
        return None
