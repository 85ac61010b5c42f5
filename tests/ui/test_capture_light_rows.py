"""The capture tab, over light rows, shows what the full ``Outcome`` records say: every
column of every kind of entry, the bands, the filter choices and what each filter keeps;
an edit from the tab writes the full record."""

from __future__ import annotations

from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox

from forum_desktop.models import (
    ActionFields,
    ActionStatus,
    Event,
    Language,
    Outcome,
    OutcomeKind,
    Participant,
    QuoteFields,
    ReviewState,
)
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.ui.capture_page import CapturePage
from forum_desktop.ui.item_bands import BAND_ROLE
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.outcome_dialog import OutcomeDialog
from forum_desktop.ui.outcome_model import Col, kind_labels, status_labels
from tests.storage.entry_examples import ENTRIES, EVERY_SHAPE, make_place, store_entries

from .test_capture_page import select_rows

ZONE = "America/Sao_Paulo"
LABELS = {0: "1 A", 1: "2 B", 2: "3 C"}


@pytest.fixture
def page(window: MainWindow) -> CapturePage:
    window.capture_action.trigger()
    return window.page.capture


def people(outcome: Outcome, names: dict[UUID, str]) -> list[str]:
    """Owners or speaker, then mentions, by name, from the kind's own fields model."""
    if outcome.anonymous:
        return []
    fields = outcome.kind_fields()
    ids, typed = list(outcome.mentions), []
    if isinstance(fields, ActionFields):
        ids, typed = [*fields.owner_ids, *ids], list(fields.owner_names)
    elif isinstance(fields, QuoteFields):
        ids = [fields.speaker_id, *ids] if fields.speaker_id else ids
        typed = [fields.speaker_name] if fields.speaker_name else []
    return [*(names.get(i, "?") for i in dict.fromkeys(ids)), *typed]


def action_of(outcome: Outcome) -> ActionFields | None:
    fields = outcome.kind_fields()
    return fields if isinstance(fields, ActionFields) else None


def shown(
    outcome: Outcome,
    names: dict[UUID, str],
    items: dict[UUID, str],
    conflict: bool,
    main_language: Language,
) -> list[str]:
    """The cells of an entry's row, from its full record and the event's main language."""
    action = action_of(outcome)
    first = outcome.text.split("\n", 1)[0]
    first = first if len(first) <= 300 else first[:300] + "…"
    if outcome.language not in (None, main_language):
        first = f"[{outcome.language}] {first}"
    local = outcome.captured_at.astimezone(ZoneInfo(ZONE)).time()
    due = action.due if action else None
    return [
        QLocale().toString(local, QLocale.FormatType.ShortFormat),
        items.get(outcome.item_id, "") if outcome.item_id else "",
        kind_labels()[outcome.kind],
        f"⚠ In conflict: {first}" if conflict else first,
        ", ".join(people(outcome, names)),
        " ".join(f"#{tag}" for tag in outcome.tags),
        QLocale().toString(due, QLocale.FormatType.ShortFormat) if due else "",
        status_labels()[action.status] if action else "",
        outcome.author,
        "Approved" if outcome.review is ReviewState.APPROVED else "Draft",
    ]


def table(page: CapturePage) -> list[Any]:
    """What the table shows: a band's label, or an entry's id and cells."""
    bands = page.bands
    rows: list[Any] = []
    for row in range(bands.rowCount()):
        if bands.index(row, 0).data(BAND_ROLE):
            rows.append(bands.index(row, 0).data())
            continue
        source = page.proxy.mapToSource(bands.mapToSource(bands.index(row, 0))).row()
        cells = [bands.index(row, c).data() for c in range(Col.COUNT)]
        rows.append((page.model.outcome(source).id, cells))
    return rows


def choices(combo: QComboBox) -> list[str]:
    return [combo.itemData(i) for i in range(1, combo.count())]


def kept_by(page: CapturePage, combo: QComboBox, index: int) -> set[UUID]:
    combo.setCurrentIndex(index)
    kept = {row[0] for row in table(page) if isinstance(row, tuple)}
    combo.setCurrentIndex(0)
    return kept


# Every example stores its entries in an event of its own and shows that event: the page
# is shared, not its state.
@settings(
    max_examples=15,  # CI runs the same 15 examples
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(specs=ENTRIES)
@example(specs=EVERY_SHAPE)
def test_the_tab_shows_what_the_records_say(page: CapturePage, specs: list[dict[str, Any]]) -> None:
    store = page._context.store
    place = make_place(store, timezone=ZONE)
    ids = store_entries(store, place, specs)
    page.set_event(place.event_id)
    records = store.select(Outcome, {"event_id": place.event_id}, order_by="captured_at")
    conflicts = {i for i, spec in zip(ids, specs, strict=True) if spec["in_conflict"]}
    names = {p.id: p.name for p in store.select(Participant, {"event_id": place.event_id})}
    items = {item: LABELS[n] for n, item in enumerate(place.items)}
    main = store.require(Event, place.event_id).language

    expected: list[Any] = []
    above: Outcome | None = None
    for outcome in records:
        if above is None or above.item_id != outcome.item_id:
            label = items[outcome.item_id] if outcome.item_id else "No particular agenda item"
            expected.append(label)
        conflict = outcome.id in conflicts
        expected.append((outcome.id, shown(outcome, names, items, conflict, main)))
        above = outcome
    assert table(page) == expected
    for outcome in records:
        text = page.model.index(page.model.row_of(outcome.id), Col.TEXT)
        assert (text.data(Qt.ItemDataRole.FontRole) is not None) == (
            outcome.kind == OutcomeKind.DECISION
        )
        tip = text.data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(outcome.text[:2000])
        assert ("Other laptop's <i>version</i>" in tip) == (outcome.id in conflicts)

    # The filter choices list what the entries hold, and each keeps what it should.
    bar = page.filter_bar
    named = [o for o in records if not o.anonymous]
    tags = sorted({t for o in records for t in o.tags}, key=str.casefold)
    owners = {
        name
        for o in named
        if (action := action_of(o))
        for name in [
            *(names.get(i, "?") for i in action.owner_ids),
            *(n.strip() for n in action.owner_names),
        ]
        if name
    }
    authors = {o.author for o in named if o.author}
    assert choices(bar.tag_filter) == tags
    assert set(choices(bar.owner_filter)) == owners
    assert set(choices(bar.author_filter)) == authors
    for index, tag in enumerate(tags[:2], start=1):
        assert kept_by(page, bar.tag_filter, index) == {o.id for o in records if tag in o.tags}
    open_actions = {o.id for o in records if (a := action_of(o)) and a.status is ActionStatus.OPEN}
    status = bar.status_filter.findData(ActionStatus.OPEN.value)
    assert kept_by(page, bar.status_filter, status) == open_actions
    kind = bar.kind_filter.findData(records[0].kind)
    assert kept_by(page, bar.kind_filter, kind) == {
        o.id for o in records if o.kind == records[0].kind
    }


def test_an_edit_from_the_tab_writes_the_full_record(
    page: CapturePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = page._context.store
    place = make_place(store)
    nuria, ama = place.people[:2]
    entry = execute(
        store,
        CaptureOutcome(
            event_id=place.event_id,
            text="Partager la fiche",
            kind=OutcomeKind.ACTION,
            item_id=place.items[1],
            mentions=[ama],
            tags=["mooc"],
            key=True,
            language=Language.FR,
            fields=ActionFields(
                owner_ids=[nuria], owner_names=["Lucía"], due="2027-03-15"
            ).model_dump(mode="json"),
        ),
    ).value
    page.set_event(place.event_id)
    before = store.require(Outcome, entry)
    select_rows(page, page.model.row_of(entry))

    def finish(dialog: OutcomeDialog) -> int:
        dialog.text_edit.setPlainText("Partager la fiche en mars")
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
        return 1

    monkeypatch.setattr(OutcomeDialog, "exec", finish)
    page.edit_selected()
    after = store.require(Outcome, entry)
    assert after.text == "Partager la fiche en mars"
    assert after.kind_fields() == ActionFields(
        owner_ids=[nuria], owner_names=["Lucía"], due="2027-03-15", status="done"
    )
    unchanged = {"text", "fields", "updated_at"}
    assert after.model_dump(exclude=unchanged) == before.model_dump(exclude=unchanged)
    assert after.key and after.language is Language.FR and after.mentions == [ama]
    row = page.model.row_of(entry)
    tag = "" if store.require(Event, place.event_id).language is Language.FR else "[fr] "
    assert page.model.index(row, Col.TEXT).data() == f"{tag}Partager la fiche en mars"
    assert page.model.index(row, Col.STATUS).data() == "Done"
    assert page.model.index(row, Col.PEOPLE).data() == "Núria, Ama, Lucía"
