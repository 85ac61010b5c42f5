"""Every refusal a phone can get, from every form the page posts, is one sentence in the
phone's language: empty, blank, over-long or malformed input never shows the validator's
English, and nothing is stored."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from aiohttp.test_utils import TestClient

from forum_desktop.models import Language
from forum_desktop.participants.room import MAX_TEXT
from forum_desktop.participants.server import ParticipantApp
from forum_desktop.participants.texts import TEXTS
from forum_desktop.services.commands import execute
from forum_desktop.services.evaluation import SetEvaluationOpen
from forum_desktop.storage import DatabaseBusyError, DiskFullError, Store
from tests.participants.conftest import drive, opening
from tests.participants.examples import Room, run_method
from tests.participants.test_api import joined

LONG = "a" * (MAX_TEXT + 1)
BLANKS = ("", "   ", "\n\t ")
HEADERS = {Language.FR: "fr-FR,fr;q=0.9", Language.ES: "es-ES,es;q=0.9"}
RAW = re.compile(r"validation|should|Input|Field required|^\w+(\.\w+)*: ", re.IGNORECASE)


def page_sentences(language: Language) -> dict[str, str]:
    """The page's sentences, placeholders filled as the server fills them."""
    return {key: text.replace("{limit}", str(MAX_TEXT)) for key, text in TEXTS[language].items()}


def text_cases(path: str, field: str, extra: dict[str, Any]) -> list[tuple[str, dict, str]]:
    """A typed field sent empty, blank, too long and missing: the reason for each."""
    cases = [(path, {**extra, field: blank}, "empty") for blank in BLANKS]
    cases.append((path, {**extra, field: LONG}, "too_long"))
    return cases


async def refused(
    client: TestClient,
    app: ParticipantApp,
    language: Language,
    path: str,
    body: object,
    status: range = range(400, 500),
) -> str:
    response = await client.post(
        f"/{app.token}/{path}", json=body, headers={"Accept-Language": HEADERS[language]}
    )
    assert response.status in status, (path, body, response.status)
    message = (await response.json())["error"]
    assert isinstance(message, str) and message.strip(), (path, body)
    assert not RAW.search(message), (path, body, message)
    return message


@pytest.mark.parametrize("language", [Language.FR, Language.ES])
def test_blank_and_over_long_answers_and_questions_get_the_phones_sentence(
    store: Store, server_store: Store, room: Room, db_path: Path, language: Language
) -> None:
    run_method(store, room, "round-robin")
    app = ParticipantApp(opening(db_path, room), server_store)
    words = page_sentences(language)
    cases = text_cases("api/answer", "text", {}) + text_cases("api/question", "text", {})
    cases += [("api/answer", {}, "empty"), ("api/question", {"text": None}, "refused")]

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "Awa Diop", room)
        mark = store.journal_mark()
        for path, body, reason in cases:
            assert await refused(client, app, language, path, body) == words[reason], body
        assert store.journal_mark() == mark  # nothing stored

    drive(app, scenario)


@pytest.mark.parametrize("language", [Language.FR, Language.ES])
def test_every_other_form_refuses_in_one_sentence_of_the_phones_language(
    store: Store, server_store: Store, room: Room, db_path: Path, language: Language
) -> None:
    execute(store, SetEvaluationOpen(session_id=room.session_id, open=True))
    app = ParticipantApp(opening(db_path, room, burst=100.0), server_store)  # many at once
    words = page_sentences(language)
    case = str(room.case_id)
    option = str(room.options[0])
    per_method: dict[str, list[tuple[str, object, str]]] = {
        "peer-review": [
            ("api/feedback", {"case_id": case, "strengths": LONG}, "too_long"),
            *[("api/feedback", {"case_id": case, "strengths": b}, "no_feedback") for b in BLANKS],
            ("api/feedback", {"case_id": case, "rating": 9}, "refused"),
            ("api/feedback", {"case_id": ""}, "refused"),
        ],
        "dot-voting": [
            ("api/vote", {"dots": {option: 101}}, "refused"),
            ("api/vote", {"dots": {option: -1}}, "refused"),
            ("api/vote", {"dots": ""}, "refused"),
            ("api/vote", {"dots": {"": 1}}, "refused"),
        ],
        "fishbowl": [
            ("api/queue", {}, "refused"),
            ("api/queue", {"join": ""}, "refused"),
        ],
        "round-robin": [
            ("api/evaluation", {"useful": 3, "keep": LONG}, "too_long"),
            ("api/evaluation", {"useful": 6}, "refused"),
            ("api/upvote", {"question_id": ""}, "refused"),
            ("api/upvote", {}, "refused"),
            ("api/join", {"participant_id": ""}, "pick_name"),
            ("api/join", {"participant_id": str(uuid4())}, "name_gone"),  # removed since
            ("api/consent", {"appearance": ""}, "refused"),
            ("api/answer", "not an object", "refused"),
            # Refused by the core rather than the input's shape: still the phone's words.
            ("api/evaluation", {"keep": " ", "change": ""}, "nothing_answered"),
            ("api/vote", {"dots": {option: 1}}, "not_here"),
        ],
    }
    # Blank feedback or evaluation is refused by the core (a notice), in the phone's words.
    words.update(
        {
            Language.FR: {
                "nothing_answered": "Répondez à au moins une des questions avant d’envoyer.",
                "no_feedback": (
                    "Écrivez au moins un des points forts, défis, recommandations ou ce que "
                    "d'autres pourraient transférer."
                ),
            },
            Language.ES: {
                "nothing_answered": "Responda al menos una de las preguntas antes de enviar.",
                "no_feedback": (
                    "Escriba al menos una de las fortalezas, desafíos, recomendaciones o lo "
                    "que otros podrían transferir."
                ),
            },
        }[language]
    )

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "Awa Diop", room)
        mark = store.journal_mark()
        for method, cases in per_method.items():
            run_method(store, room, method)
            mark = store.journal_mark()
            for path, body, reason in cases:
                message = await refused(client, app, language, path, body)
                assert message == words[reason], (method, path, body)
            assert store.journal_mark() == mark  # nothing stored

    drive(app, scenario)


@pytest.mark.parametrize("language", [Language.FR, Language.ES])
def test_an_oversized_body_and_a_lost_session_are_refused_in_the_phones_language(
    server_store: Store, room: Room, db_path: Path, language: Language
) -> None:
    app = ParticipantApp(opening(db_path, room), server_store)
    header = {"Accept-Language": HEADERS[language]}

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        # No cookie yet: the phone's session is not known here.
        lost = await client.post(f"/{app.token}/api/answer", json={"text": "a"}, headers=header)
        assert lost.status == 401
        assert (await lost.json())["error"] == TEXTS[language]["reopen"]
        await joined(client, app, "Awa Diop", room)
        huge = {"text": "é" * 20_000}
        too_big = await client.post(f"/{app.token}/api/answer", json=huge, headers=header)
        assert too_big.status == 413
        assert (await too_big.json())["error"] == TEXTS[language]["too_big"]

    drive(app, scenario)


@pytest.mark.parametrize(
    ("failure", "reason"), [(DatabaseBusyError(), "busy"), (DiskFullError(), "not_saved")]
)
def test_a_laptop_that_cannot_save_says_so_in_the_phones_language(
    store: Store,
    server_store: Store,
    room: Room,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: Exception,
    reason: str,
) -> None:
    run_method(store, room, "round-robin")
    app = ParticipantApp(opening(db_path, room), server_store)

    def cannot_save(*_: object) -> None:
        raise failure

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "Awa Diop", room)
        monkeypatch.setattr(app.room, "answer", cannot_save)  # the laptop holds the lock
        busy = range(503, 504)  # the server is up but cannot take it now
        message = await refused(client, app, Language.ES, "api/answer", {"text": "Agua"}, busy)
        assert message == TEXTS[Language.ES][reason]

    drive(app, scenario)
