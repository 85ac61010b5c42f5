"""The method library in use: built-in and user methods, and methods applied to agenda items.

Applying a method gives an agenda item one timed sub-item per step (its phases); the run
console steps through sub-items like any other items. Re-applying replaces those phases
only while they are still exactly as the method made them: a phase someone edited, a
sub-item added by hand or a phase already run is never deleted behind the user's back —
the operation refuses and says what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from forum_desktop.methods.library import builtin_library
from forum_desktop.models import AgendaItem, ItemRun
from forum_desktop.models.method import (
    METHOD_LANGUAGES,
    LocalName,
    MethodDefinition,
    MethodStep,
    UserMethod,
)
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.operations import OpResult, Recorder, operation
from forum_desktop.storage import Store

COPY_SUFFIX = {"en": " (copy)", "fr": " (copie)", "es": " (copia)"}


NO_SUCH_METHOD = NoticeKind("method.missing", "There is no method {method} in the library.")
PHASES_IN_THE_WAY = NoticeKind(
    "method.in_the_way",
    "{item} has sub-items that were not made by its method, were edited or were already run "
    "({first}). Delete or move them in the Agenda tab first, then apply the method again.",
)


class MethodError(NoticeError):
    """A method operation that cannot be done; the message says why and what to do."""


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
    label = label.strip()
    if not label:
        return []
    return [
        e
        for e in all_methods(store)
        if label == e.definition.id
        or label in {getattr(e.definition.name, lang) for lang in METHOD_LANGUAGES}
    ]


def _free_key(store: Store, wanted: str, *, keep: UUID | None = None) -> str:
    """``wanted`` if no other method uses it, else ``wanted-2``, ``wanted-3``…"""
    taken = {
        e.definition.id for e in all_methods(store) if e.record_id is None or e.record_id != keep
    }
    if wanted not in taken:
        return wanted
    base = wanted[:70]
    return next(f"{base}-{n}" for n in range(2, 10_000) if f"{base}-{n}" not in taken)


@operation("create_method")
def create_method(store: Store, /, *, definition: MethodDefinition) -> OpResult:
    """Store a new user method; its id is made unique if taken. Value: the record id."""
    definition = definition.model_copy(update={"id": _free_key(store, definition.id)})
    record = UserMethod(definition=definition)
    recorder = Recorder()
    recorder.add(store.insert(store.fresh(record)))
    return recorder.result(record.id)


@operation("update_method")
def update_method(store: Store, /, *, method_id: UUID, definition: MethodDefinition) -> OpResult:
    """Replace a user method's content; its id (what agenda items refer to) stays."""
    current = store.require(UserMethod, method_id)
    kept = definition.model_copy(update={"id": current.definition.id})
    recorder = Recorder()
    recorder.add(store.update(UserMethod, method_id, definition=kept))
    return recorder.result(method_id)


@operation("delete_method")
def delete_method(store: Store, /, *, method_id: UUID) -> OpResult:
    """Agenda items keep their phases; only the method leaves the library."""
    recorder = Recorder()
    recorder.add(store.delete(UserMethod, method_id))
    return recorder.result(method_id)


@operation("duplicate_method")
def duplicate_method(store: Store, /, *, method_id: str) -> OpResult:
    """An editable copy of any method, named "… (copy)". Value: the new record id."""
    entry = find_method(store, method_id)
    if entry is None:
        raise MethodError(NO_SUCH_METHOD, method=repr(method_id))
    original = entry.definition
    name = LocalName(
        **{
            lang: (text + COPY_SUFFIX[lang])[:500] if (text := getattr(original.name, lang)) else ""
            for lang in METHOD_LANGUAGES
        }
    )
    copy = original.model_copy(update={"id": f"{original.id[:70]}-copy", "name": name})
    return create_method(store, definition=copy)


# --- applying a method to an agenda item ----------------------------------------------


def _made_by(child: AgendaItem, steps: list[MethodStep]) -> bool:
    """Whether ``child`` is a phase exactly as one of ``steps`` made it, in any language."""
    untouched = (
        not child.notes
        and not child.guiding_question
        and not child.materials
        and not child.method
        and child.locked_start is None
        and not (child.facilitator_ids or child.rapporteur_ids or child.speaker_ids)
    )
    return untouched and any(
        child.planned_minutes == step.minutes
        and child.title in {step.name.text(lang) for lang in METHOD_LANGUAGES}
        and child.description in {step.instructions.text(lang) for lang in METHOD_LANGUAGES}
        for step in steps
    )


def _phases_to_replace(store: Store, item: AgendaItem) -> list[AgendaItem]:
    children = store.select(AgendaItem, {"parent_id": item.id}, order_by="position")
    if not children:
        return []
    steps = [step for entry in methods_named(store, item.method) for step in entry.definition.steps]
    kept = [
        child
        for child in children
        if not _made_by(child, steps)
        or bool(store.select(AgendaItem, {"parent_id": child.id}))
        or bool(store.select(ItemRun, {"item_id": child.id}, order_by="id"))
    ]
    if kept:
        raise MethodError(PHASES_IN_THE_WAY, item=f"“{item.title}”", first=f"“{kept[0].title}”")
    return children


@operation("apply_method")
def apply_method(store: Store, /, *, item_id: UUID, method_id: str, language: str) -> OpResult:
    """Give the item the method and its steps as timed sub-items, in ``language``.

    The item's ``method`` is the method's name (it prints in the agenda and the minutes).

    Phases an earlier application made, untouched since, are replaced; anything else
    under the item makes it refuse (see the module's docstring).
    """
    item = store.require(AgendaItem, item_id)
    entry = find_method(store, method_id)
    if entry is None:
        raise MethodError(NO_SUCH_METHOD, method=repr(method_id))
    method = entry.definition
    recorder = Recorder()
    for child in _phases_to_replace(store, item):
        recorder.add(store.delete(AgendaItem, child.id))
    recorder.add(store.update(AgendaItem, item.id, method=method.name.text(language)))
    for position, step in enumerate(method.steps):
        phase = AgendaItem(
            session_id=item.session_id,
            parent_id=item.id,
            position=position,
            title=step.name.text(language),
            description=step.instructions.text(language),
            planned_minutes=step.minutes,
            kind=item.kind,
        )
        recorder.add(store.insert(store.fresh(phase)))
    return recorder.result(item.id)
