"""Applying a method to an agenda item: its steps become the item's timed phases.

``ApplyMethod`` is one command, so it applies whole or not at all. The item's ``method``
becomes the method's name in the event's language and each step one child item (a phase),
its name and instructions in the event's other working languages as translations.

- **Times.** By default the phases share the item's planned time in the library's
  proportions (``methods.phase_times``); when even their minimums do not fit, the command
  refuses and the user lengthens the item or takes the method's own times, which also
  become the item's planned time so the detail pane and the tree agree.
- **Sub-items already there.** Phases an earlier application made are replaced while
  untouched and not run; an edited or run phase makes it refuse. The user's own sub-items
  become the fishbowl's topics or the peer review's cases, or stay after the phases
  (their time taken out of the phases').
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from forum_desktop.methods.peer_review_acts import AddCase
from forum_desktop.methods.phase_times import minimum_total, scale_minutes
from forum_desktop.models import AgendaItem, Change, Event, ItemRun, Language, Outcome, Session
from forum_desktop.models.fishbowl import MAX_TOPIC_LENGTH, FishbowlTopic
from forum_desktop.models.method import MethodDefinition, MethodScreen, MethodStep
from forum_desktop.models.translation import TranslatedRecord
from forum_desktop.notices import NoticeKind
from forum_desktop.services.apply_choices import PhaseTimes as PhaseTimes
from forum_desktop.services.apply_choices import SubItems as SubItems
from forum_desktop.services.commands import Command
from forum_desktop.services.methods import (
    NO_SUCH_METHOD,
    MethodError,
    bears_a_step,
    find_method,
    methods_named,
    step_texts,
)
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.services.translations import SetTranslation
from forum_desktop.storage import Store

PHASES_IN_THE_WAY = NoticeKind(
    "method.in_the_way",
    "{item} has phases of its method that were edited or already run ({first}). Delete or "
    "move them in the Agenda tab first, then apply the method again.",
)
DOES_NOT_FIT = NoticeKind(
    "method.does_not_fit",
    "{item} leaves {minutes} min for the {phases} phases of {method}, which need at least "
    "{needed} min: lengthen the item or use the method's own times.",
)
NO_TOPICS = NoticeKind(
    "method.no_topics",
    "{method} has no topics to make of the sub-items: keep them under the phases instead.",
)
NO_CASES = NoticeKind(
    "method.no_cases",
    "{method} has no cases to make of the sub-items: keep them under the phases instead.",
)
SUB_ITEM_IN_USE = NoticeKind(
    "method.sub_item_in_use",
    "{first} has sub-items, a run or entries of its own, so it cannot become a topic or a "
    "case: keep the sub-items under the phases instead.",
)


SCREEN_SUB_ITEMS = {
    MethodScreen.FISHBOWL: SubItems.TOPICS,
    MethodScreen.PEER_REVIEW: SubItems.CASES,
}


def _untouched(child: AgendaItem) -> bool:
    return (
        not child.notes
        and not child.guiding_question
        and not child.materials
        and not child.method
        and child.locked_start is None
        and not (child.facilitator_ids or child.rapporteur_ids or child.speaker_ids)
    )


def _in_use(store: Store, child: AgendaItem) -> bool:
    return (
        bool(store.select(AgendaItem, {"parent_id": child.id}))
        or bool(store.select(ItemRun, {"item_id": child.id}, order_by="id"))
        or bool(store.select(Outcome, {"item_id": child.id}, order_by="id"))
    )


@dataclass(frozen=True)
class MethodFit:
    """What applying ``method`` to ``item`` would meet: the choices the dialog offers."""

    item: AgendaItem
    method: MethodDefinition
    old_phases: list[AgendaItem]
    """Phases an earlier application made, untouched: they are replaced."""
    own: list[AgendaItem]
    """The user's sub-items."""

    @property
    def sub_item_choices(self) -> list[SubItems]:
        """What the user's sub-items may become, the method's own use first."""
        fitting = SCREEN_SUB_ITEMS.get(self.method.screen) if self.method.screen else None
        return [fitting, SubItems.KEEP] if fitting else [SubItems.KEEP]

    def available(self, sub_items: SubItems) -> int:
        """The minutes the phases may share (0: the item has no planned time)."""
        kept = sum(c.planned_minutes for c in self.own) if sub_items is SubItems.KEEP else 0
        return max(0, self.item.planned_minutes - kept)

    @property
    def needed(self) -> int:
        return minimum_total([step.minutes for step in self.method.steps])

    def minutes(self, times: PhaseTimes, sub_items: SubItems) -> list[int] | None:
        """Each phase's minutes; None when the scaled phases do not fit."""
        weights = [step.minutes for step in self.method.steps]
        if times is PhaseTimes.METHOD or self.item.planned_minutes == 0:
            return weights
        return scale_minutes(weights, self.available(sub_items))


def method_fit(store: Store, item_id: UUID, method_id: str) -> MethodFit:
    """Read what is under the item; refuses an unknown method or an edited or run phase."""
    item = store.require(AgendaItem, item_id)
    entry = find_method(store, method_id)
    if entry is None:
        raise MethodError(NO_SUCH_METHOD, method=repr(method_id))
    definitions = [e.definition for e in methods_named(store, item.method)]
    old: list[AgendaItem] = []
    own: list[AgendaItem] = []
    for child in store.select(AgendaItem, {"parent_id": item.id}, order_by="position"):
        if not bears_a_step(child, definitions):
            own.append(child)
        elif _untouched(child) and not _in_use(store, child):
            old.append(child)
        else:
            raise MethodError(PHASES_IN_THE_WAY, item=f"“{item.title}”", first=f"“{child.title}”")
    return MethodFit(item, entry.definition, old, own)


class ApplyMethod(Command):
    """Give the item the method and its steps as phases, in ``language``. Value: the item's
    id. ``sub_items`` None: what the method makes of them (topics, cases), else kept."""

    item_id: UUID
    method_id: str
    language: str
    times: PhaseTimes = PhaseTimes.SCALED
    sub_items: SubItems | None = None
    lengthen_to: int | None = None
    """The item's new planned time, set first (the user's answer to "does not fit")."""
    at: dt.datetime
    """Now: when the topics are added (a fishbowl's topics are ordered by it)."""

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        if self.lengthen_to is not None:
            recorder.add(store.update(AgendaItem, self.item_id, planned_minutes=self.lengthen_to))
        fit = method_fit(store, self.item_id, self.method_id)
        item, method = fit.item, fit.method
        sub_items = self.sub_items or fit.sub_item_choices[0]
        name = method.name.text(self.language)
        self._check_sub_items(store, fit, sub_items, name)
        minutes = fit.minutes(self.times, sub_items)
        if minutes is None:
            raise MethodError(
                DOES_NOT_FIT,
                item=f"“{item.title}”",
                minutes=str(fit.available(sub_items)),
                phases=str(len(method.steps)),
                method=f"“{name}”",
                needed=str(fit.needed),
            )
        for child in fit.old_phases:
            recorder.add(store.delete(AgendaItem, child.id))
        changed: dict[str, object] = {"method": name}
        if self.times is PhaseTimes.METHOD:
            kept = sum(c.planned_minutes for c in fit.own) if sub_items is SubItems.KEEP else 0
            changed["planned_minutes"] = sum(minutes) + kept
        recorder.add(store.update(AgendaItem, item.id, **changed))
        event = store.require(Event, store.require(Session, item.session_id).event_id)
        others = [
            language
            for language in event.working_languages
            if language not in (event.language, self.language)
        ]
        for position, (step, length) in enumerate(zip(method.steps, minutes, strict=True)):
            phase = AgendaItem(
                session_id=item.session_id,
                parent_id=item.id,
                position=position,
                title=step.name.text(self.language),
                description=step.instructions.text(self.language),
                planned_minutes=length,
                kind=item.kind,
            )
            recorder.add(store.insert(store.fresh(phase)))
            for change in _phase_translations(store, phase, step, others):
                recorder.add(change)
        self._place_sub_items(store, recorder, fit, sub_items)
        return recorder.result(item.id)

    def _check_sub_items(
        self, store: Store, fit: MethodFit, sub_items: SubItems, name: str
    ) -> None:
        if not fit.own or sub_items is SubItems.KEEP:
            return
        if sub_items not in fit.sub_item_choices:
            kind = NO_TOPICS if sub_items is SubItems.TOPICS else NO_CASES
            raise MethodError(kind, method=f"“{name}”")
        busy = next((c for c in fit.own if _in_use(store, c)), None)
        if busy is not None:
            raise MethodError(SUB_ITEM_IN_USE, first=f"“{busy.title}”")

    def _place_sub_items(
        self, store: Store, recorder: Recorder, fit: MethodFit, sub_items: SubItems
    ) -> None:
        after = len(fit.method.steps)
        for offset, child in enumerate(fit.own):
            if sub_items is SubItems.KEEP:
                recorder.add(store.update(AgendaItem, child.id, position=after + offset))
                continue
            if sub_items is SubItems.TOPICS:
                event_id = store.require(Session, child.session_id).event_id
                topic = FishbowlTopic(
                    event_id=event_id,
                    session_id=child.session_id,
                    item_id=fit.item.id,
                    text=child.title[:MAX_TOPIC_LENGTH],
                    # One microsecond apart: the topics keep the agenda's order.
                    added_at=self.at + dt.timedelta(microseconds=offset),
                )
                recorder.add(store.insert(store.fresh(topic)))
            else:
                presenter = child.speaker_ids[0] if child.speaker_ids else None
                case = AddCase(item_id=fit.item.id, topic=child.title, presenter_id=presenter)
                for change in case.apply(store).changes:
                    recorder.add(change)
            recorder.add(store.delete(AgendaItem, child.id))


def _phase_translations(
    store: Store, phase: AgendaItem, step: MethodStep, languages: Sequence[Language]
) -> list[Change]:
    """The phase's name and instructions in ``languages`` (the event's other working
    languages), from the method library where it has them (a language it lacks falls back
    to the main text, marked, as any untranslated text)."""
    changes: list[Change] = []
    for field, language, text in step_texts(step, languages):
        translate = SetTranslation(
            target_type=TranslatedRecord.AGENDA_ITEM,
            target_id=phase.id,
            field=field,
            language=language,
            text=text,
        )
        changes.extend(translate.apply(store).changes)
    return changes
