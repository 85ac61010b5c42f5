"""A fully populated event for the minutes: the enriched demo with every outcome kind,
text in French, Spanish, English, Arabic and Korean, hostile markup, attendance, drafts
and approved entries, an anonymous quote and an event-level summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from uuid import UUID

from forum_desktop.export.loading import load_agenda
from forum_desktop.models import AttendanceStatus, ReviewState
from forum_desktop.services import capture
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import CheckIn
from forum_desktop.storage import Store
from tests.export.conftest import HOSTILE, enrich_demo

ARABIC = "التعلم بين الأقران أساس العمل المشترك بين المدن (الرباط)"
ARABIC_LONG = (
    "نريد أن نستمر في هذا المسار الطويل من التعاون والتبادل بين الحكومات المحلية "
    "والإقليمية، وأن نبني معا منهاجا مفتوحا للتعلم يخدم جميع الممارسين في المدن "
    "الصغيرة والكبيرة على حد سواء، من الرباط إلى دكار ومن القاهرة إلى تونس."
)
KOREAN = "대전 세계총회 준비: 학습 포럼의 결과를 공유합니다"
INCLUSIVE = "Former les praticien·ne·s des collectivités"
SPANISH = "Aprendizaje entre pares: Bogotá y Quito comparten su experiencia"
ENGLISH = "How do we keep the learning community alive between congresses?"
DRAFT_MARKER = "Idée encore en brouillon, non approuvée"
ANONYMOUS_QUOTE = "On apprend mieux quand on ose dire ce qui n'a pas marché"
SPEAKER = "Valentina Ríos Castaño"
ANONYMOUS_SPEAKER = "Awa Diop Ndiaye"
EVENT_SUMMARY = "Le Forum d'apprentissage prépare le Congrès de Daejeon"
DUE = dt.date(2022, 3, 15)


@dataclass
class MinutesEvent:
    event_id: UUID
    session_id: UUID
    item_ids: dict[str, UUID]
    people: dict[str, UUID]
    outcomes: dict[str, UUID] = field(default_factory=dict)


def populate(store: Store) -> MinutesEvent:
    event_id = enrich_demo(store)
    _, sessions, participants = load_agenda(store, event_id)
    session, items = sessions[0]
    people = {person.name: person.id for person in participants}
    by_title = {item.title: item.id for item in items}
    intro = by_title["Introduction interactive : Qui est qui et qui êtes-vous ?"]
    made = MinutesEvent(event_id, session.id, by_title, people)

    def add(key: str, kind: str, text: str, *, item: UUID | None = intro, **extra: object) -> None:
        result = execute(
            store,
            capture.CaptureOutcome(
                event_id=event_id,
                session_id=session.id if item is not None or key != "event" else None,
                item_id=item,
                kind=kind,
                text=text,
                **extra,
            ),
        )
        made.outcomes[key] = result.value

    add("summary", "summary", "Tour de table : 15 villes, 4 continents.")
    add("decision", "decision", f"Adopter la feuille de route {HOSTILE}")
    add(
        "action",
        "action",
        "Envoyer le compte rendu aux mairies",
        fields={
            "owner_ids": [str(people["Núria Vilalta Puig"]), str(people["김서연"])],
            "owner_names": ["Jean Dupont"],
            "due": DUE.isoformat(),
            "status": "in_progress",
        },
    )
    add("insight", "insight", SPANISH)
    add("question", "question", ENGLISH)
    add("quote", "quote", ARABIC, fields={"speaker_id": str(people["سلمى بنعلي"])})
    add("quote_named", "quote", "Aprender juntos", fields={"speaker_id": str(people[SPEAKER])})
    add(
        "quote_anonymous",
        "quote",
        ANONYMOUS_QUOTE,
        anonymous=True,
        fields={"speaker_id": str(people[ANONYMOUS_SPEAKER])},
    )
    add("recommendation", "recommendation", INCLUSIVE)
    add("risk", "risk", "Risque : perdre le lien entre deux congrès & <i>oublier</i>")
    add("note", "note", KOREAN)
    add("arabic_note", "note", ARABIC_LONG)
    add("draft", "insight", DRAFT_MARKER)
    add("event", "summary", EVENT_SUMMARY, item=None, fields={"scope": "event"})
    approved = [outcome for key, outcome in made.outcomes.items() if key != "draft"]
    execute(store, capture.SetReview(outcome_ids=approved, state=ReviewState.APPROVED))
    for name, status in (
        ("Núria Vilalta Puig", AttendanceStatus.PRESENT),
        ("김서연", AttendanceStatus.PRESENT),
        ("سلمى بنعلي", AttendanceStatus.LATE),
        ("Sipho Ndlovu", AttendanceStatus.ABSENT),
    ):
        execute(store, CheckIn(participant_ids=(people[name],), status=status))
    return made
