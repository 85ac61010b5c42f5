"""Working languages travel between laptops (issue 25): translations of different fields
add up, and two laptops translating the same title differently keep both versions open,
as any text does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.models import AgendaItem
from forum_desktop.models.event import Language
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.translations import EventTexts, SetTranslation, SetWorkingLanguages
from forum_desktop.sync.engine import conflict_rows, sync_event
from tests.sync.laptops import Laptop, open_laptop

EN = Language.EN


class Pair:
    def __init__(self, tmp_path: Path) -> None:
        self.laptops = (
            open_laptop(tmp_path / "f", "Facilitator"),
            open_laptop(tmp_path / "r", "Rapporteur"),
        )
        self.folder = tmp_path / "shared"
        self.folder.mkdir()
        store = self.laptops[0].store
        self.event_id: UUID = execute(store, CreateEvent(title="Forum", language=Language.FR)).value
        execute(store, SetWorkingLanguages(event_id=self.event_id, languages=(Language.FR, EN)))
        session_id = execute(store, AddSession(event_id=self.event_id, title="Matinée")).value
        self.item_id: UUID = execute(store, AddItem(session_id=session_id, title="Revue")).value
        self.sync()

    def sync(self) -> None:
        for _ in range(2):
            for laptop in self.laptops:
                sync_event(laptop.store, self.event_id, self.folder)

    def translate(self, laptop: Laptop, field: TranslatedField, text: str) -> None:
        laptop.clock.advance(5)
        act = SetTranslation(
            target_type=TranslatedRecord.AGENDA_ITEM,
            target_id=self.item_id,
            field=field,
            language=EN,
            text=text,
        )
        execute(laptop.store, act)

    def english(self, laptop: Laptop, field: TranslatedField) -> str:
        texts = EventTexts.load(laptop.store, self.event_id)
        return texts.text(laptop.store.require(AgendaItem, self.item_id), field, EN).text


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = Pair(tmp_path)
    yield made
    for laptop in made.laptops:
        laptop.close()


def test_the_second_laptop_knows_the_working_languages(pair: Pair) -> None:
    texts = EventTexts.load(pair.laptops[1].store, pair.event_id)
    assert texts.languages == (Language.FR, EN)


def test_translations_of_different_fields_add_up(pair: Pair) -> None:
    f, r = pair.laptops
    pair.translate(f, TranslatedField.TITLE, "Review")
    pair.translate(r, TranslatedField.GUIDING_QUESTION, "What would you change?")
    pair.sync()
    for laptop in pair.laptops:
        assert pair.english(laptop, TranslatedField.TITLE) == "Review"
        assert pair.english(laptop, TranslatedField.GUIDING_QUESTION) == "What would you change?"


def test_two_translations_of_one_title_stay_open_as_a_conflict(pair: Pair) -> None:
    f, r = pair.laptops
    pair.translate(f, TranslatedField.TITLE, "Review")
    pair.translate(r, TranslatedField.TITLE, "Peer review")
    pair.sync()
    shown = {pair.english(laptop, TranslatedField.TITLE) for laptop in pair.laptops}
    assert len(shown) == 1
    for laptop in pair.laptops:
        versions = {str(row["kept"]) for row in conflict_rows(laptop.store, pair.event_id)}
        assert versions | shown == {"Review", "Peer review"}
