"""Texts in sync conflict in the minutes: a phone question's noted answer prints every
version, marked, as an entry's text does; any other text in conflict (a title, a name)
prints one version, and the cover says how many are not settled yet."""

from __future__ import annotations

from pathlib import Path

from forum_desktop.export.labels import NBSP, Labels
from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.models import Language, RoomQuestion
from forum_desktop.services.agenda import AddItem, AddSession, UpdateItem
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import AddParticipant, UpdateParticipant
from forum_desktop.services.room_questions import AnswerQuestion, AskQuestion
from tests.export.pdf_reading import all_text
from tests.sync.laptops import everything_travels, open_laptop, share_event


def test_answers_print_every_version_and_the_cover_counts_the_other_texts(
    tmp_path: Path,
) -> None:
    a, b = open_laptop(tmp_path / "a", "Awa"), open_laptop(tmp_path / "b", "Bruno")
    folders = [tmp_path / "fa", tmp_path / "fb"]
    try:
        event = execute(a.store, CreateEvent(title="Forum", language="fr")).value
        session = execute(a.store, AddSession(event_id=event, title="Matinée")).value
        item = execute(a.store, AddItem(session_id=session, title="Débat")).value
        question = execute(
            a.store, AskQuestion(session_id=session, item_id=item, text="Qui paie ?")
        ).value
        person = execute(a.store, AddParticipant(event_id=event, name="Awa Diop")).value
        share_event([a, b], event, folders)
        for laptop, answer, title in ((a, "La région", "Débat ouvert"), (b, "L'État", "Débat")):
            execute(laptop.store, AnswerQuestion(question_id=question, answer=answer))
            execute(laptop.store, UpdateItem(item_id=item, title=f"{title} ({laptop.name})"))
            execute(laptop.store, UpdateParticipant(participant_id=person, notes=laptop.name))
        execute(a.store, UpdateParticipant(participant_id=person, name="Awa Diop Ndiaye"))
        execute(b.store, UpdateParticipant(participant_id=person, name="Awa D."))
        everything_travels([a, b], event, folders)

        data = load_minutes(b.store, event, MinutesOptions())
        markdown = minutes_markdown(data)
        [line] = [line for line in markdown.splitlines() if "Réponse" in line]
        shown = b.store.require(RoomQuestion, question).answer
        [kept] = {"La région", "L'État"} - {shown}
        french = Labels(Language.FR)
        assert f"{french.label_value('room_answer', shown)} {french['conflict_entry']}" in line
        assert french.get("conflict_kept", text=kept) in line
        # The item's title and the person's name; not the person's notes, never printed.
        note = f"pas encore départagés{NBSP}: 2. Ce document montre une seule version de chacun."
        assert note in markdown
        anonymous = minutes_markdown(load_minutes(b.store, event, MinutesOptions(anonymous=True)))
        assert f"départagés{NBSP}: 1." in anonymous  # names are not printed there
        pdf = all_text(minutes_pdf(data))
        assert "non résolu" in pdf and "départagés" in pdf
    finally:
        a.close()
        b.close()


def test_minutes_with_nothing_in_conflict_have_no_such_note(tmp_path: Path) -> None:
    a = open_laptop(tmp_path / "a", "Awa")
    try:
        event = execute(a.store, CreateEvent(title="Forum", language="fr")).value
        markdown = minutes_markdown(load_minutes(a.store, event, MinutesOptions()))
        assert "départagés" not in markdown and "non résolu" not in markdown
    finally:
        a.close()
