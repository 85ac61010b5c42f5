"""The method library in use: built-in and user methods, and methods applied to agenda items.

Applying a method to an agenda item is ``services.method_apply.ApplyMethod``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from uuid import UUID

from forum_desktop.methods.library import builtin_library
from forum_desktop.models import AgendaItem, Language
from forum_desktop.models.method import (
    METHOD_LANGUAGES,
    LocalName,
    MethodDefinition,
    MethodStep,
    UserMethod,
)
from forum_desktop.models.translation import TranslatedField
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

COPY_SUFFIX = {"en": " (copy)", "fr": " (copie)", "es": " (copia)"}


NO_SUCH_METHOD = NoticeKind("method.missing", "There is no method {method} in the library.")


class MethodError(NoticeError):
    """A method act that cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class MethodEntry:
    definition: MethodDefinition
    record_id: UUID | None = None
    """The ``UserMethod`` holding it; None for a built-in method (read-only)."""

    @property
    def builtin(self) -> bool:
        return self.record_id is None


def user_methods(store: Store) -> list[UserMethod]:
    return store.select(UserMethod, order_by="created_at")


def all_methods(store: Store) -> list[MethodEntry]:
    """Built-in and user methods, by English name."""
    entries = [MethodEntry(m) for m in builtin_library().methods]
    entries += [MethodEntry(u.definition, u.id) for u in user_methods(store)]
    return sorted(entries, key=lambda e: (e.definition.name.en.casefold(), e.definition.id))


def find_method(store: Store, method_id: str) -> MethodEntry | None:
    return next((e for e in all_methods(store) if e.definition.id == method_id), None)


def methods_named(store: Store, label: str) -> list[MethodEntry]:
    """The methods an item's ``method`` text may stand for: by id or by a name in any language."""
    return [e for e in all_methods(store) if stands_for(label, e.definition)]


def stands_for(label: str, definition: MethodDefinition) -> bool:
    """Whether an item's ``method`` text names ``definition`` (its id or a name in any
    language)."""
    label = label.strip()
    return bool(label) and (
        label == definition.id
        or label in {getattr(definition.name, lang) for lang in METHOD_LANGUAGES}
    )


def _free_key(store: Store, wanted: str, *, keep: UUID | None = None) -> str:
    """``wanted`` if no other method uses it, else ``wanted-2``, ``wanted-3``…"""
    taken = {
        e.definition.id for e in all_methods(store) if e.record_id is None or e.record_id != keep
    }
    if wanted not in taken:
        return wanted
    base = wanted[:70]
    return next(f"{base}-{n}" for n in range(2, 10_000) if f"{base}-{n}" not in taken)


class CreateMethod(Command):
    """Store a new user method; its id is made unique if taken. Value: the record id."""

    definition: MethodDefinition

    def apply(self, store: Store) -> OpResult:
        definition = self.definition.model_copy(update={"id": _free_key(store, self.definition.id)})
        record = UserMethod(definition=definition)
        recorder = Recorder()
        recorder.add(store.insert(store.fresh(record)))
        return recorder.result(record.id)


class UpdateMethod(Command):
    """Replace a user method's content; its id (what agenda items refer to) stays."""

    record_id: UUID
    definition: MethodDefinition

    def apply(self, store: Store) -> OpResult:
        current = store.require(UserMethod, self.record_id)
        kept = self.definition.model_copy(update={"id": current.definition.id})
        recorder = Recorder()
        recorder.add(store.update(UserMethod, self.record_id, definition=kept))
        return recorder.result(self.record_id)


class DeleteMethod(Command):
    """Remove a user method from the library; agenda items keep their phases."""

    record_id: UUID

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        recorder.add(store.delete(UserMethod, self.record_id))
        return recorder.result(self.record_id)


class DuplicateMethod(Command):
    """Make an editable copy of any method, named "… (copy)". Value: the new record id."""

    method_id: str
    """The library id of the method copied (a built-in one or a user's)."""

    def apply(self, store: Store) -> OpResult:
        entry = find_method(store, self.method_id)
        if entry is None:
            raise MethodError(NO_SUCH_METHOD, method=repr(self.method_id))
        original = entry.definition
        name = LocalName(
            **{
                lang: (text + COPY_SUFFIX[lang])[:500]
                if (text := getattr(original.name, lang))
                else ""
                for lang in METHOD_LANGUAGES
            }
        )
        copy = original.model_copy(update={"id": f"{original.id[:70]}-copy", "name": name})
        return CreateMethod(definition=copy).apply(store)


# --- phases: the sub-items a method made ------------------------------------------------


def bears_a_step(child: AgendaItem, definitions: Sequence[MethodDefinition]) -> bool:
    """Whether ``child`` bears a step's title and instructions, in any language."""
    return step_borne(child, definitions) is not None


def step_borne(child: AgendaItem, definitions: Sequence[MethodDefinition]) -> MethodStep | None:
    """The step whose title and instructions (in any language) ``child`` bears, if any."""
    return next(
        (
            step
            for definition in definitions
            for step in definition.steps
            if child.title in {step.name.text(lang) for lang in METHOD_LANGUAGES}
            and child.description in {step.instructions.text(lang) for lang in METHOD_LANGUAGES}
        ),
        None,
    )


def method_item_of(store: Store, item: AgendaItem) -> AgendaItem | None:
    """The method's item when ``item`` is one of its phases (a sub-item bearing a step of
    its parent's method); None for any other item, the user's own sub-items included."""
    if item.parent_id is None:
        return None
    parent = store.get(AgendaItem, item.parent_id)
    if parent is None or not parent.method:
        return None
    definitions = [entry.definition for entry in methods_named(store, parent.method)]
    return parent if bears_a_step(item, definitions) else None


def step_texts(
    step: MethodStep, languages: Sequence[Language]
) -> Iterator[tuple[TranslatedField, Language, str]]:
    """A step's own name (a phase's title) and instructions (its description) in each of
    ``languages`` where the library has them: what a phase's translations hold."""
    for language in languages:
        for field in (TranslatedField.TITLE, TranslatedField.DESCRIPTION):
            text = step_own_text(step, field, language)
            if text:
                yield field, language, text


def step_own_text(step: MethodStep, field: TranslatedField, language: Language) -> str:
    """A step's own text in ``language`` for a phase's ``field`` (its name for the title,
    its instructions for the description): empty where the library has none, never the
    English standing in for it."""
    if field is TranslatedField.TITLE:
        return str(getattr(step.name, language.value))
    if field is TranslatedField.DESCRIPTION:
        return str(getattr(step.instructions, language.value))
    return ""
