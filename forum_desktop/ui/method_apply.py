"""Applying a method from the item editor or the library, asking only where there is a
choice: what the item's own sub-items become, and how the phases are timed when the
item's planned time and the method's differ."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from forum_desktop.services.method_apply import (
    ApplyMethod,
    MethodFit,
    PhaseTimes,
    SubItems,
    method_fit,
)
from forum_desktop.services.methods import MethodError
from forum_desktop.services.operations import OpResult
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.messages import fill
from forum_desktop.ui.notice_texts import notice_text

translate = QCoreApplication.translate


def _sub_item_label(choice: SubItems) -> str:
    if choice is SubItems.TOPICS:
        return translate("MethodApply", "Make them the fishbowl's topics")
    if choice is SubItems.CASES:
        return translate("MethodApply", "Make them the peer review's cases")
    return translate("MethodApply", "Keep them under the phases")


def _ask_sub_items(parent: QWidget, fit: MethodFit) -> SubItems | None:
    choices = fit.sub_item_choices
    text = translate(
        "MethodApply", "“%1” already has sub-items of its own. What should they become?"
    ).replace("%1", fit.item.title)
    index = prompts.choose(
        parent, translate("MethodApply", "Method"), text, [_sub_item_label(c) for c in choices]
    )
    return None if index is None else choices[index]


def _ask_times(
    parent: QWidget, fit: MethodFit, sub_items: SubItems
) -> tuple[PhaseTimes, int | None] | None:
    """How to time the phases, and the item's new planned time if it is lengthened;
    ``(SCALED, None)`` without asking when the method's times already fit the item."""
    own = fit.method.total_minutes
    planned = fit.item.planned_minutes
    if not planned or fit.minutes(PhaseTimes.SCALED, sub_items) == fit.minutes(
        PhaseTimes.METHOD, sub_items
    ):
        return PhaseTimes.SCALED, None
    use_own = translate("MethodApply", "Use the method's own times (%1 min)").replace(
        "%1", str(own)
    )
    title = translate("MethodApply", "Method")
    if fit.minutes(PhaseTimes.SCALED, sub_items) is None:
        longer = planned - fit.available(sub_items) + fit.needed
        text = fill(
            translate(
                "MethodApply",
                "“%1” is planned for %2 min: too short for the method's phases, which need "
                "at least %3 min.",
            ),
            fit.item.title,
            str(planned),
            str(fit.needed),
        )
        lengthen = translate("MethodApply", "Lengthen it to %1 min").replace("%1", str(longer))
        index = prompts.choose(parent, title, text, [lengthen, use_own])
        if index is None:
            return None
        return (PhaseTimes.SCALED, longer) if index == 0 else (PhaseTimes.METHOD, None)
    text = fill(
        translate("MethodApply", "“%1” is planned for %2 min; the method's phases take %3 min."),
        fit.item.title,
        str(planned),
        str(own),
    )
    fit_in = translate("MethodApply", "Fit the phases into %1 min").replace("%1", str(planned))
    index = prompts.choose(parent, title, text, [fit_in, use_own])
    if index is None:
        return None
    return (PhaseTimes.SCALED, None) if index == 0 else (PhaseTimes.METHOD, None)


def apply_method(
    parent: QWidget, context: AppContext, item_id: UUID, method_id: str, language: str
) -> OpResult | None:
    """Ask what there is to choose, then apply as one undo step; None if refused or
    cancelled (nothing changed)."""
    try:
        fit = method_fit(context.store, item_id, method_id)
        sub_items = fit.sub_item_choices[0]
        if fit.own:
            asked = _ask_sub_items(parent, fit)
            if asked is None:
                return None
            sub_items = asked
        timing = _ask_times(parent, fit, sub_items)
        if timing is None:
            return None
        command = ApplyMethod(
            item_id=item_id,
            method_id=method_id,
            language=language,
            times=timing[0],
            lengthen_to=timing[1],
            sub_items=sub_items,
            at=context.store.clock.now(),
        )
        label = translate("MethodApply", "Use a method for “%1”").replace("%1", fit.item.title)
        return context.execute(command, label, reraise=(MethodError,))
    except MethodError as error:
        prompts.error(parent, translate("MethodApply", "Method"), notice_text(error.notice))
        return None
