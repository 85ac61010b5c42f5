"""The running item on a phone in its language when that is one of the event's working
languages, else in the main one (issue 25), over HTTP as a phone asks."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID

from aiohttp.test_utils import TestClient

from forum_desktop.models import Language
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.participants.server import ParticipantApp
from forum_desktop.services.commands import execute
from forum_desktop.services.translations import SetTranslation, SetWorkingLanguages
from forum_desktop.storage import Store
from tests.participants.conftest import drive, opening
from tests.participants.examples import Room, build_room, run_method


def translate(
    store: Store, kind: TranslatedRecord, target: UUID, field: TranslatedField, text: str
) -> None:
    command = SetTranslation(
        target_type=kind, target_id=target, field=field, language=Language.EN, text=text
    )
    execute(store, command)


def french_room_with_english(store: Store) -> Room:
    """A French event with English; the round-robin's title and the event's title have
    their English, the round-robin's question not."""
    room = build_room(store, language="fr")
    execute(
        store, SetWorkingLanguages(event_id=room.event_id, languages=(Language.FR, Language.EN))
    )
    item = room.items["round-robin"]
    translate(store, TranslatedRecord.AGENDA_ITEM, item, TranslatedField.TITLE, "Round of answers")
    translate(store, TranslatedRecord.EVENT, room.event_id, TranslatedField.TITLE, "Forum (EN)")
    run_method(store, room, "round-robin")
    return room


async def state(client: TestClient, app: ParticipantApp, accept: str) -> dict[str, Any]:
    headers = {"Accept-Language": accept}
    await client.get(f"/{app.token}/", headers=headers)  # the cookie
    answer = await client.get(f"/{app.token}/api/state", headers=headers)
    assert answer.status == 200
    shown: dict[str, Any] = await answer.json()
    return shown


def test_the_item_in_the_phones_working_language(
    store: Store, server_store: Store, db_path: Path
) -> None:
    room = french_room_with_english(store)
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        english = await state(client, app, "en-GB,en;q=0.9")
        assert english["language"] == "en"
        assert english["event"] == "Forum (EN)"
        assert english["item"]["title"] == "Round of answers"
        # Not translated: the French question, not nothing.
        assert english["item"]["question"] == "What matters for round-robin?"

        french = await state(client, app, "fr-FR,fr;q=0.9,en;q=0.5")
        assert french["language"] == "fr"
        assert (french["event"], french["item"]["title"]) == ("Learning Forum", "Item round-robin")

        # Spanish is not a working language: the page's words in Spanish, the item in the
        # main language, unless the phone also reads English.
        spanish = await state(client, app, "es-ES")
        assert spanish["texts"]["send"] == "Enviar"
        assert spanish["item"]["title"] == "Item round-robin"
        also_english = await state(client, app, "es-ES,en;q=0.5")
        assert also_english["texts"]["send"] == "Enviar"
        assert also_english["item"]["title"] == "Round of answers"

    drive(app, scenario)


def test_a_language_added_while_open_reaches_the_phones(
    store: Store, server_store: Store, db_path: Path
) -> None:
    room = build_room(store, language="fr")
    run_method(store, room, "round-robin")
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        before = await state(client, app, "en")
        assert before["item"]["title"] == "Item round-robin"
        french_english = (Language.FR, Language.EN)
        execute(store, SetWorkingLanguages(event_id=room.event_id, languages=french_english))
        item = room.items["round-robin"]
        translate(store, TranslatedRecord.AGENDA_ITEM, item, TranslatedField.TITLE, "Round")
        after = await state(client, app, "en")
        assert after["item"]["title"] == "Round"

    drive(app, scenario)
