"""Phones in their language: the page follows the browser's Accept-Language among
English, French and Spanish, else the event's, and declares it in ``<html lang>``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from forum_desktop.models import Language
from forum_desktop.participants.server import ParticipantApp
from forum_desktop.participants.texts import TEXTS, phone_language
from forum_desktop.storage import Store
from tests.participants.conftest import drive, opening
from tests.participants.examples import Room, build_room, run_method

UNCHANGED: frozenset[str] = frozenset()
"""Words the same in a translation (none yet)."""


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fr-CH, fr;q=0.9, en;q=0.8", Language.FR),
        ("de-DE, es;q=0.5, en;q=0.4", Language.ES),
        ("en;q=0.2, es-MX;q=0.7", Language.ES),
        ("ES", Language.ES),
        ("de-DE, it", Language.EN),  # none of the page's: the event's
        ("fr;q=0, de", Language.EN),  # refused outright
        ("", Language.EN),
        (None, Language.EN),
        ("fr;q=oops, es;q=0.1", Language.ES),  # a broken weight counts for nothing
    ],
)
def test_the_phones_preferred_language_among_the_pages(
    header: str | None, expected: Language
) -> None:
    assert phone_language(header, Language.EN) is expected


def test_a_french_phone_gets_the_page_in_french_at_an_english_event(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "round-robin")
    app = ParticipantApp(opening(db_path, room), server_store)
    french = {"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"}

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        page = await client.get(f"/{app.token}/", headers=french)
        assert '<html lang="fr">' in await page.text()
        state = await (await client.get(f"/{app.token}/api/state", headers=french)).json()
        assert state["language"] == "fr"
        assert state["texts"]["send"] == "Envoyer"
        sent = await client.post(f"/{app.token}/api/answer", json={"text": "x"}, headers=french)
        assert (await sent.json())["error"] == "Choisissez votre nom pour participer."

    drive(app, scenario)


def test_a_phone_in_another_language_gets_the_events(
    store: Store, server_store: Store, db_path: Path
) -> None:
    room = build_room(store, language="es")
    app = ParticipantApp(opening(db_path, room), server_store)
    german = {"Accept-Language": "de-DE,de;q=0.9"}

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        page = await client.get(f"/{app.token}/", headers=german)
        assert '<html lang="es">' in await page.text()
        state = await (await client.get(f"/{app.token}/api/state", headers=german)).json()
        assert state["texts"]["send"] == "Enviar"

    drive(app, scenario)


def test_the_page_has_every_word_in_every_language_with_its_placeholders() -> None:
    english = TEXTS[Language.EN]
    for language in (Language.FR, Language.ES):
        texts = TEXTS[language]
        assert set(texts) == set(english), language
        for key, text in english.items():
            assert re.findall(r"\{\w+\}", texts[key]) == re.findall(r"\{\w+\}", text), key
            assert texts[key] != text or key in UNCHANGED, (language, key)
