"""Examples of the core services' commands (entries, evaluation, moderation, room
questions, translations, methods applied, documents and programme notes imported) for the
undo/redo test: each prepares a store where the command changes several
records when it can."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID, uuid4

from forum_desktop.agenda.programme_text import parse_programme
from forum_desktop.methods.idea_acts import AddIdea
from forum_desktop.models import AgendaItem, Language
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.document_import import ImportDocument
from forum_desktop.services.documents import export_document
from forum_desktop.services.entries import (
    CaptureTyped,
    EditEntryText,
    MoveEntries,
    SetEntryLanguage,
)
from forum_desktop.services.evaluation import AnswerEvaluation, SetEvaluationOpen
from forum_desktop.services.method_apply import ApplyMethod, SubItems
from forum_desktop.services.moderation import (
    Approve,
    ApproveAll,
    EditShown,
    Hide,
    SendFromPhone,
)
from forum_desktop.services.operations import undo
from forum_desktop.services.programme_translation import ImportTranslation, match_event
from forum_desktop.services.room_questions import (
    AnswerQuestion,
    AskQuestion,
    DismissQuestion,
    Upvote,
)
from forum_desktop.services.round_robin import RecordAnswer
from forum_desktop.services.translations import SetTranslation, SetWorkingLanguages
from forum_desktop.storage import Store
from tests.participants.examples import Room, build_room, run_method
from tests.services.helpers import T0, Built, build_event
from tests.services.test_programme_translation import DATA, _seed_event

FR, EN, ES = Language.FR, Language.EN, Language.ES


# --- entries ----------------------------------------------------------------------------


def _captured(store: Store, built: Built, *typed: str, item: int | None = 0) -> list[UUID]:
    item_id = None if item is None else built.item_ids[item]
    return [
        execute(store, CaptureTyped(event_id=built.event_id, typed=line, item_id=item_id)).value
        for line in typed
    ]


def _fishbowl(built: Built, sub_items: SubItems | None = None) -> ApplyMethod:
    """A fishbowl on the event's second top-level item, given the time it needs."""
    return ApplyMethod(
        item_id=built.item_ids[3],
        method_id="fishbowl",
        language="fr",
        sub_items=sub_items,
        lengthen_to=90,
        at=T0,
    )


def example_capture_typed(store: Store) -> Command:
    built = build_event(store)
    _captured(store, built, "! Une rencontre par trimestre")
    return CaptureTyped(
        event_id=built.event_id,
        typed="> Envoyer le compte rendu @Fatou @João due:2022-03-01 #suivi",
        session_id=built.session_id,
        item_id=built.item_ids[3],
        language=FR,
    )


def example_edit_entry_text(store: Store) -> Command:
    built = build_event(store)
    first, _ = _captured(store, built, "Le réseau compte 40 villes", "? Qui anime")
    return EditEntryText(outcome_id=first, text="Le réseau compte 42 villes membres")


def example_move_entries(store: Store) -> Command:
    """Entries of an item and of the event alone filed under a method's phase."""
    built = build_event(store)
    execute(store, _fishbowl(built, SubItems.KEEP))
    phase = store.select(AgendaItem, {"parent_id": built.item_ids[3]}, order_by="position")[1]
    moved = _captured(store, built, "Idée A", "! Décision B")
    moved += _captured(store, built, "Note de séance", item=None)
    return MoveEntries(outcome_ids=tuple(moved), item_id=phase.id)


def example_set_entry_language(store: Store) -> Command:
    """Entries said in English, captured as French."""
    built = build_event(store)
    execute(store, SetWorkingLanguages(event_id=built.event_id, languages=(FR, EN)))
    said = [
        execute(store, CaptureTyped(event_id=built.event_id, typed=typed, language=FR)).value
        for typed in ("We agreed on a budget", "Next meeting in May", "Déjà en anglais")
    ]
    return SetEntryLanguage(outcome_ids=tuple(said), language=EN)


# --- evaluation -------------------------------------------------------------------------


def example_set_evaluation_open(store: Store) -> Command:
    built = build_event(store)
    return SetEvaluationOpen(session_id=built.session_id, open=True)


def example_answer_evaluation(store: Store) -> Command:
    """A phone answering again: its earlier answer is replaced."""
    built = build_event(store)
    execute(store, SetEvaluationOpen(session_id=built.session_id, open=True))
    phone, other = uuid4(), uuid4()
    execute(store, AnswerEvaluation(session_id=built.session_id, voter=other, useful=5))
    execute(store, AnswerEvaluation(session_id=built.session_id, voter=phone, useful=2))
    return AnswerEvaluation(
        session_id=built.session_id,
        voter=phone,
        useful=4,
        keep="Les groupes",
        change="Plus de pauses",
    )


# --- moderation -------------------------------------------------------------------------


def _sent(store: Store, room: Room, *texts: str) -> list[UUID]:
    """Phones' ideas in 1-2-4-All, held for approval."""
    run_method(store, room, "one-two-four-all")
    item_id = room.items["one-two-four-all"]
    return [
        execute(store, SendFromPhone(act=AddIdea(item_id=item_id, text=text))).value
        for text in texts
    ]


def example_send_from_phone(store: Store) -> Command:
    room = build_room(store)
    run_method(store, room, "round-robin")
    answer = RecordAnswer(
        item_id=room.items["round-robin"],
        participant_id=room.people["Lucía Gómez"],
        text="Shared transport",
        session_id=room.session_id,
        phase="Round",
    )
    return SendFromPhone(act=answer)


def example_approve(store: Store) -> Command:
    room = build_room(store)
    good, _, better = _sent(store, room, "Share the wells", "Rude words", "Night buses")
    return Approve(outcome_ids=(good, better))


def example_approve_all(store: Store) -> Command:
    room = build_room(store)
    first, *_ = _sent(store, room, "Share the wells", "Night buses", "Rainwater tanks")
    execute(store, Hide(outcome_id=first))
    return ApproveAll(event_id=room.event_id)


def example_hide(store: Store) -> Command:
    room = build_room(store)
    rude, _ = _sent(store, room, "Call the mayor an idiot", "Night buses")
    execute(store, Approve(outcome_ids=(rude,)))
    return Hide(outcome_id=rude)


def example_edit_shown(store: Store) -> Command:
    room = build_room(store)
    _, buses = _sent(store, room, "Share the wells", "Night buses")
    return EditShown(outcome_id=buses, text="Night buses to the outskirts")


# --- room questions ---------------------------------------------------------------------


def _asked(store: Store, built: Built, text: str) -> UUID:
    ask = AskQuestion(session_id=built.session_id, item_id=built.item_ids[0], text=text)
    question: UUID = execute(store, ask).value
    return question


def example_ask_question(store: Store) -> Command:
    built = build_event(store)
    _asked(store, built, "Quand commence la pause ?")
    return AskQuestion(
        session_id=built.session_id,
        item_id=built.item_ids[3],
        text="  Les groupes sont-ils mixtes ?  ",
        asked_by=uuid4(),
    )


def example_upvote(store: Store) -> Command:
    built = build_event(store)
    question = _asked(store, built, "Qui paie le transport ?")
    execute(store, Upvote(question_id=question, voter=uuid4()))
    return Upvote(question_id=question, voter=uuid4())


def example_answer_question(store: Store) -> Command:
    built = build_event(store)
    question = _asked(store, built, "Qui paie le transport ?")
    execute(store, Upvote(question_id=question, voter=uuid4()))
    return AnswerQuestion(question_id=question, answer="  Le réseau, sur justificatif.  ")


def example_dismiss_question(store: Store) -> Command:
    built = build_event(store)
    _asked(store, built, "Qui paie le transport ?")
    return DismissQuestion(question_id=_asked(store, built, "Hors sujet"))


# --- translations and methods -----------------------------------------------------------


def _title(
    language: Language,
    item_id: UUID,
    text: str,
    target_type: TranslatedRecord = TranslatedRecord.AGENDA_ITEM,
) -> SetTranslation:
    return SetTranslation(
        target_type=target_type,
        target_id=item_id,
        field=TranslatedField.TITLE,
        language=language,
        text=text,
    )


def example_set_translation(store: Store) -> Command:
    """Replace an item's English title typed before."""
    built = build_event(store)
    execute(store, SetWorkingLanguages(event_id=built.event_id, languages=(FR, EN)))
    execute(store, _title(EN, built.item_ids[0], "Opening"))
    return _title(EN, built.item_ids[0], "  Welcome and opening  ")


def example_set_working_languages(store: Store) -> Command:
    """English becomes the main language (the event's, the session's and items' English
    titles swap with the French ones) and Spanish is added (the fishbowl's phases get
    their Spanish texts from the library)."""
    built = build_event(store)
    execute(store, SetWorkingLanguages(event_id=built.event_id, languages=(FR, EN)))
    execute(store, _fishbowl(built))
    execute(store, _title(EN, built.item_ids[0], "Opening"))
    execute(store, _title(EN, built.item_ids[3], "Group work"))
    execute(store, _title(EN, built.event_id, "Learning Forum", TranslatedRecord.EVENT))
    execute(store, _title(EN, built.session_id, "Morning", TranslatedRecord.SESSION))
    return SetWorkingLanguages(event_id=built.event_id, languages=(EN, FR, ES))


def example_apply_method(store: Store) -> Command:
    """A fishbowl on an item with sub-items, which become its topics; the phases get
    their English texts too."""
    built = build_event(store)
    execute(store, SetWorkingLanguages(event_id=built.event_id, languages=(FR, EN)))
    return ApplyMethod(
        item_id=built.item_ids[0],
        method_id="fishbowl",
        language="fr",
        sub_items=SubItems.TOPICS,
        lengthen_to=90,
        at=T0,
    )


def example_import_translation(store: Store) -> Command:
    """The English note over a French agenda with one English title typed before."""
    event_id = _seed_event(store)
    first = store.select(AgendaItem, {}, order_by="created_at")[0]
    execute(store, _title(EN, first.id, "Typed before"))
    note = parse_programme((DATA / "learning-forum-programme.en.txt").read_text("utf-8"))
    return ImportTranslation.of(event_id, EN, match_event(store, event_id, note))


# --- documents --------------------------------------------------------------------------


def example_import_document(store: Store) -> Command:
    """A document with entries this laptop has lost since and an entry's text edited
    there later than here."""
    built = build_event(store)
    (kept,) = _captured(store, built, "Ancien texte")
    execute(store, EditEntryText(outcome_id=kept, text="Texte corrigé ici"))
    lost = [
        execute(store, CaptureTyped(event_id=built.event_id, typed=typed))
        for typed in ("Idée perdue", "! Décision perdue")
    ]
    document = export_document(store, built.event_id)
    for result in reversed(lost):
        undo(store, result)
    later = store.clock.now() + timedelta(hours=1)
    outcomes = [
        o.model_copy(update={"text": "Texte corrigé là-bas", "updated_at": later})
        if o.id == kept
        else o
        for o in document.outcomes
    ]
    return ImportDocument(document=document.model_copy(update={"outcomes": outcomes}))


CORE_COMMAND_EXAMPLES = {
    "CaptureTyped": example_capture_typed,
    "EditEntryText": example_edit_entry_text,
    "MoveEntries": example_move_entries,
    "SetEntryLanguage": example_set_entry_language,
    "SetEvaluationOpen": example_set_evaluation_open,
    "AnswerEvaluation": example_answer_evaluation,
    "SendFromPhone": example_send_from_phone,
    "Approve": example_approve,
    "ApproveAll": example_approve_all,
    "Hide": example_hide,
    "EditShown": example_edit_shown,
    "AskQuestion": example_ask_question,
    "Upvote": example_upvote,
    "AnswerQuestion": example_answer_question,
    "DismissQuestion": example_dismiss_question,
    "SetTranslation": example_set_translation,
    "SetWorkingLanguages": example_set_working_languages,
    "ApplyMethod": example_apply_method,
    "ImportTranslation": example_import_translation,
    "ImportDocument": example_import_document,
}
