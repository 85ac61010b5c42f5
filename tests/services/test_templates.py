"""Session templates: built-in ones load, a session saved as a template comes back whole."""

from __future__ import annotations

from datetime import date, time

import pytest

from forum_desktop.agenda.schedule import compute_schedule
from forum_desktop.models import Event, Session, SessionTemplate, TemplateItem
from forum_desktop.services import templates
from forum_desktop.services.agenda import items_of
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.storage import Store


def tree(store: Store, session_id: object) -> list[tuple[int, str, int, str]]:
    items = items_of(store, session_id)  # type: ignore[arg-type]
    depth: dict[object, int] = {}
    rows = []
    for item in items:
        depth[item.id] = 0 if item.parent_id is None else depth[item.parent_id] + 1
        rows.append((depth[item.id], item.title, item.planned_minutes, item.method))
    return rows


def builtin(language: str, minutes: int) -> SessionTemplate:
    (found,) = [
        t
        for t in templates.builtin_templates()
        if t.language == language and templates.template_minutes(t) == minutes
    ]
    return found


def shape(items: list[TemplateItem]) -> list[object]:
    """What translating a template keeps: the tree, durations, kinds, priorities."""
    return [
        (i.planned_minutes, i.min_minutes, i.kind, i.priority, bool(i.method), shape(i.children))
        for i in items
    ]


def texts(items: list[TemplateItem]) -> list[str]:
    return [
        text
        for i in items
        for text in (i.title, i.description, i.method, i.guiding_question, *texts(i.children))
        if text
    ]


def test_builtin_templates_load_and_fit_their_times() -> None:
    found = templates.builtin_templates()
    assert [t.name for t in found] == [
        "Atelier d'apprentissage entre pairs — demi-journée",
        "Foro de aprendizaje — sesión de 90 minutos",
        "Forum d'apprentissage — session de 90 minutes",
        "Half-day peer-learning workshop",
        "Learning forum — 90-minute session",
        "Taller de aprendizaje entre pares — media jornada",
    ]
    assert len({t.id for t in found}) == len(found)
    for language in ("en", "fr", "es"):
        forum, half_day = builtin(language, 90), builtin(language, 195)
        assert (forum.start_time, forum.end_time) == (time(10, 0), time(11, 30))
        assert (half_day.start_time, half_day.end_time) == (time(9, 0), time(12, 30))
    assert builtin("en", 195).items[2].children[0].title == "Case presentation"
    assert builtin("fr", 195).items[2].children[0].title == "Présentation du cas"
    assert builtin("es", 195).items[2].children[0].title == "Presentación del caso"


@pytest.mark.parametrize(
    ("original", "minutes", "translations"), [("fr", 90, ("en", "es")), ("en", 195, ("fr", "es"))]
)
def test_builtin_translations_keep_the_agenda_and_translate_every_word(
    original: str, minutes: int, translations: tuple[str, str]
) -> None:
    source = builtin(original, minutes)
    for language in translations:
        translated = builtin(language, minutes)
        assert shape(translated.items) == shape(source.items)
        assert translated.name != source.name and translated.description != source.description
        pairs = zip(texts(translated.items), texts(source.items), strict=True)
        assert all(ours != theirs for ours, theirs in pairs)


def test_guiding_questions_in_each_language() -> None:
    def questions(template: SessionTemplate) -> list[str]:
        found: list[str] = []

        def walk(items: list[TemplateItem]) -> None:
            for item in items:
                found.extend([item.guiding_question] if item.guiding_question else [])
                walk(item.children)

        walk(template.items)
        return found

    assert questions(builtin("en", 90)) == ["What do I do to support learning in municipalities?"]
    assert questions(builtin("es", 195)) == [
        "¿Qué hago para apoyar el aprendizaje en mi municipio?",
        "¿Qué voy a probar en mi ciudad en los próximos tres meses?",
    ]


def test_templates_in_the_events_language_come_first() -> None:
    ordered = templates.in_language_first(templates.builtin_templates(), "es")
    assert [t.language for t in ordered] == ["es", "es", "en", "en", "fr", "fr"]
    assert ordered[0].name == "Foro de aprendizaje — sesión de 90 minutos"
    own = SessionTemplate(name="Sin idioma")  # a template of no stated language fits any
    assert templates.in_language_first([builtin("fr", 90), own], "en")[0] is own


def test_session_from_builtin_template_has_its_schedule(store: Store) -> None:
    event_id = execute(store, CreateDemoEvent()).value
    forum = builtin("fr", 90)
    session_id = execute(
        store,
        templates.AddSessionFromTemplate(
            event_id=event_id, template=forum, title="Reprise", date=date(2022, 3, 2)
        ),
    ).value
    session = store.require(Session, session_id)
    assert (session.position, session.date, session.start_time) == (1, date(2022, 3, 2), time(10))
    schedule = compute_schedule(session, items_of(store, session_id), "Europe/Paris")
    assert schedule.projected_end == schedule.planned_end
    guiding = [s.item.guiding_question for s in schedule.items if s.item.guiding_question]
    assert guiding == ["Que fais-je pour soutenir l'apprentissage dans les municipalités ?"]


def test_save_as_template_then_start_a_session_from_it(store: Store) -> None:
    event_id = execute(store, CreateDemoEvent()).value
    [demo_session] = store.select(Session, {"event_id": event_id})
    saved = execute(
        store,
        templates.SaveSessionAsTemplate(session_id=demo_session.id, name="Notre session type"),
    ).value
    template = store.require(SessionTemplate, saved)
    assert template.language == "fr"
    assert [t.name for t in templates.user_templates(store)] == ["Notre session type"]

    other = store.require(Event, event_id).model_copy()
    new_session = execute(
        store, templates.AddSessionFromTemplate(event_id=other.id, template=template, title="Copie")
    ).value
    assert tree(store, new_session) == tree(store, demo_session.id)
    execute(store, templates.DeleteTemplate(template_id=saved))
    assert templates.user_templates(store) == []
