"""Session templates: built-in ones load, a session saved as a template comes back whole."""

from __future__ import annotations

from datetime import date, time

from forum_desktop.agenda.schedule import compute_schedule
from forum_desktop.models import Event, Session, SessionTemplate
from forum_desktop.services import templates
from forum_desktop.services.agenda import items_of
from forum_desktop.services.demo import create_demo_event
from forum_desktop.storage import Store


def tree(store: Store, session_id: object) -> list[tuple[int, str, int, str]]:
    items = items_of(store, session_id)  # type: ignore[arg-type]
    depth: dict[object, int] = {}
    rows = []
    for item in items:
        depth[item.id] = 0 if item.parent_id is None else depth[item.parent_id] + 1
        rows.append((depth[item.id], item.title, item.planned_minutes, item.method))
    return rows


def test_builtin_templates_load_and_fit_their_times() -> None:
    found = templates.builtin_templates()
    assert [t.name for t in found] == [
        "Forum d'apprentissage — session de 90 minutes",
        "Half-day peer-learning workshop",
    ]
    forum, half_day = found
    assert templates.template_minutes(forum) == 90
    assert (forum.start_time, forum.end_time) == (time(10, 0), time(11, 30))
    assert templates.template_minutes(half_day) == 195
    assert half_day.items[2].children[0].title == "Case presentation"


def test_session_from_builtin_template_has_its_schedule(store: Store) -> None:
    event_id = create_demo_event(store).value
    forum = templates.builtin_templates()[0]
    session_id = templates.add_session_from_template(
        store, event_id=event_id, template=forum, title="Reprise", date=date(2022, 3, 2)
    ).value
    session = store.require(Session, session_id)
    assert (session.position, session.date, session.start_time) == (1, date(2022, 3, 2), time(10))
    schedule = compute_schedule(session, items_of(store, session_id), "Europe/Paris")
    assert schedule.projected_end == schedule.planned_end
    guiding = [s.item.guiding_question for s in schedule.items if s.item.guiding_question]
    assert guiding == ["Que fais-je pour soutenir l'apprentissage dans les municipalités ?"]


def test_save_as_template_then_start_a_session_from_it(store: Store) -> None:
    event_id = create_demo_event(store).value
    [demo_session] = store.select(Session, {"event_id": event_id})
    saved = templates.save_session_as_template(
        store, session_id=demo_session.id, name="Notre session type"
    ).value
    template = store.require(SessionTemplate, saved)
    assert template.language == "fr"
    assert [t.name for t in templates.user_templates(store)] == ["Notre session type"]

    other = store.require(Event, event_id).model_copy()
    new_session = templates.add_session_from_template(
        store, event_id=other.id, template=template, title="Copie"
    ).value
    assert tree(store, new_session) == tree(store, demo_session.id)
    templates.delete_template(store, template_id=saved)
    assert templates.user_templates(store) == []
