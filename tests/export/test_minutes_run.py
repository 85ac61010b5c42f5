"""Minutes of a session run with the timer: planned against actual times, and the chart."""

from __future__ import annotations

from datetime import timedelta

from forum_desktop.export.labels import Labels
from forum_desktop.export.minutes_blocks import Timeline
from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.export.minutes_run import planned_vs_actual
from forum_desktop.export.pdf import MIN_FONT_SIZE
from forum_desktop.models import Language
from forum_desktop.services import run as run_ops
from forum_desktop.services.commands import execute
from forum_desktop.storage import Store
from tests.export.pdf_reading import all_text, text_sizes
from tests.services.helpers import T0, build_day


def run_a_morning(store: Store) -> tuple[object, list[object]]:
    session_id, ids = build_day(store, [10, 20, 15])
    execute(store, run_ops.StartRun(session_id=session_id, at=T0))
    execute(store, run_ops.NextItem(session_id=session_id, at=T0 + timedelta(minutes=12)))
    execute(
        store,
        run_ops.SkipItem(session_id=session_id, item_id=ids[2], at=T0 + timedelta(minutes=13)),
    )
    execute(store, run_ops.FinishRun(session_id=session_id, at=T0 + timedelta(minutes=30)))
    return run_ops.load_run(store, session_id).session.event_id, ids


def test_the_agenda_shows_planned_against_actual_and_a_chart(store: Store) -> None:
    event_id, _ = run_a_morning(store)
    data = load_minutes(store, event_id, MinutesOptions(language=Language.EN))  # type: ignore[arg-type]
    pdf = minutes_pdf(data)
    text = all_text(pdf).replace("\xa0", " ")
    lab = Labels(Language.EN)
    assert "Actual" in text and "Took" in text
    plus = lab.duration(2).replace("\xa0", " ")
    assert lab.time_range(T0, T0 + timedelta(minutes=12)) in text
    assert f"12 min (+{plus})" in text
    assert f"18 min (-{plus})" in text  # 09:12–09:30 for a 20-minute item
    assert "skipped" in text
    assert "Planned (light) and actual (dark) times" in text
    assert min(text_sizes(pdf)) >= MIN_FONT_SIZE
    markdown = minutes_markdown(data).replace("\xa0", " ")
    assert f"12 min (+{plus})" in markdown
    assert "Planned (light)" not in markdown  # the chart is PDF only; its table says the same


def test_a_session_never_run_keeps_the_planned_agenda(store: Store) -> None:
    session_id, _ = build_day(store, [10])
    event_id = run_ops.load_run(store, session_id).session.event_id
    text = all_text(minutes_pdf(load_minutes(store, event_id, MinutesOptions())))
    assert "Réel" not in text and "Durée" in text


def test_a_session_run_on_another_day_compares_with_that_day(store: Store) -> None:
    session_id, _ = build_day(store, [10, 20])
    rehearsal = T0 + timedelta(days=2)
    execute(store, run_ops.StartRun(session_id=session_id, at=rehearsal))
    execute(store, run_ops.FinishRun(session_id=session_id, at=rehearsal + timedelta(minutes=12)))
    event_id = run_ops.load_run(store, session_id).session.event_id
    data = load_minutes(store, event_id, MinutesOptions(language=Language.EN))  # type: ignore[arg-type]
    [minutes] = data.sessions
    [chart] = [
        b for b in planned_vs_actual(minutes, Labels(Language.EN)) if isinstance(b, Timeline)
    ]
    assert chart.bars[0].actual == (0.0, 12.0)  # minutes from the planned start on that day
