"""Method results on the populated minutes event: a round-robin, a fishbowl with its
speaker turns, a peer review with two cases, a tied dot vote, breakout reports and
1-2-4-All ideas — with hostile text, Arabic and Korean lines among them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from uuid import UUID

from forum_desktop.clock import FakeClock
from forum_desktop.methods.idea_acts import GroupIdeasIntoTheme
from forum_desktop.methods.peer_review_acts import AddCase
from forum_desktop.models import ReviewState
from forum_desktop.services import capture
from forum_desktop.services import run as run_ops
from forum_desktop.services.commands import execute
from forum_desktop.services.round_robin import MoveInOrder
from forum_desktop.storage import Store
from tests.export.conftest import HOSTILE, SCRIPTS_TITLE
from tests.export.minutes_event import ARABIC, KOREAN, MinutesEvent

ROUND_ROBIN_ITEM = "Introduction interactive : Qui est qui et qui êtes-vous ?"
FISHBOWL_ITEM = "Localisation et développement de MOOC"
REVIEW_ITEM = SCRIPTS_TITLE
VOTE_ITEM = "Apprentissage entre pairs et méthodologies"
BREAKOUT_ITEM = "Activités d'intérêt pour avoir un Forum actif"

ANSWERS = {
    "김서연": f"{KOREAN} — 대전에서 만나요",
    "Valentina Ríos Castaño": f"Compartir aprendizajes {HOSTILE}",
    "سلمى بنعلي": ARABIC,
}
"""Answers by person, in the round's order."""
ANSWER_THEME = "Se retrouver"
"""The theme the first two answers of the round are grouped into."""
CONTRIBUTIONS = (
    ("Les MOOC en langues locales", "Élodie Marchand", "Traduire les MOOC en wolof & en darija"),
    ("Les MOOC en langues locales", "Awa Diop Ndiaye", "대전 시민을 위한 온라인 강좌"),
    ("Financement", "Oriol Ferrer Solà", f"Mutualiser les coûts {HOSTILE}"),
)
TURNS = (  # (name, seconds)
    ("Élodie Marchand", 240),
    ("Awa Diop Ndiaye", 95),
    ("Élodie Marchand", 60),
    ("Oriol Ferrer Solà", 130),
)
CASE_TOPIC = "Budget participatif des quartiers"
CASE_CITY = "Bogotá"
CASE_ORGANISATION = "Alcaldía Mayor de Bogotá <i>&</i>"
SECOND_TOPIC = "학습 도시 네트워크"
FEEDBACK = {
    "strengths": "Une démarche ouverte à tous les quartiers",
    "challenges": "Garder l'élan après la première année",
    "recommendations": f"Publier les résultats {HOSTILE}",
    "transferable": "التعلم بين الأقران في الرباط",
}
RESPONSE = "Merci : nous publierons les résultats chaque trimestre."
SYNTHESIS = "Le cas montre qu'un budget participatif se transfère avec un accompagnement."
VOTE_QUESTION = "Quel format pour le prochain Forum ?"
VOTES = (
    ("Hybride", 7),
    ("En présentiel à Daejeon 대전", 7),
    (f"En ligne {HOSTILE}", 3),
    ("Aucun", 0),
)
REPORTS = (
    ("Groupe Afrique", "سلمى بنعلي", ("سلمى بنعلي", "Awa Diop Ndiaye"), f"Rapport {HOSTILE}"),
    ("Groupe Amériques", "Andrés Quishpe Tituaña", ("Lucía Fernández Ortega",), ARABIC),
)
IDEAS = (("Seul", "Une plateforme d'échange entre pairs"), ("Par quatre", KOREAN))
THEME = f"Échanger {HOSTILE}"
T0 = dt.datetime(2022, 2, 23, 9, 0, tzinfo=dt.UTC)


@dataclass
class MethodResults:
    items: dict[str, UUID]
    case_ids: list[UUID] = field(default_factory=list)
    draft_feedback: UUID | None = None


def add_method_results(store: Store, made: MinutesEvent) -> MethodResults:
    people = made.people
    items = {
        key: made.item_ids[title]
        for key, title in (
            ("round_robin", ROUND_ROBIN_ITEM),
            ("fishbowl", FISHBOWL_ITEM),
            ("review", REVIEW_ITEM),
            ("vote", VOTE_ITEM),
            ("breakout", BREAKOUT_ITEM),
        )
    }
    results = MethodResults(items)
    clock = store.clock
    assert isinstance(clock, FakeClock)
    ids: list[UUID] = []

    def add(item: str, kind: str, text: str, **extra: object) -> None:
        clock.advance(1)  # one after the other, so capture order is print order
        ids.append(
            execute(
                store,
                capture.CaptureOutcome(
                    event_id=made.event_id,
                    session_id=made.session_id,
                    item_id=items[item],
                    kind=kind,
                    text=text,
                    **extra,
                ),
            ).value
        )

    # Round-robin: captured in another order than the round's.
    order = [people[name] for name in ANSWERS]
    for place, person in enumerate(order):
        move = MoveInOrder(item_id=items["round_robin"], at=T0, participant_id=person, to=place)
        execute(store, move)
    for name in reversed(ANSWERS):
        add("round_robin", "answer", ANSWERS[name], fields={"speaker_id": str(people[name])})
    first_two = (ids[-1], ids[-2])
    grouping = GroupIdeasIntoTheme(
        item_id=items["round_robin"], idea_ids=first_two, name=ANSWER_THEME
    )
    execute(store, grouping)

    for topic, name, text in CONTRIBUTIONS:
        add(
            "fishbowl",
            "contribution",
            text,
            fields={"topic": topic, "speaker_id": str(people[name])},
        )
    at = T0
    for name, seconds in TURNS:
        turn = execute(
            store,
            run_ops.StartSpeaker(
                session_id=made.session_id,
                item_id=items["fishbowl"],
                at=at,
                participant_id=people[name],
            ),
        ).value
        at += dt.timedelta(seconds=seconds)
        execute(store, run_ops.StopSpeaker(turn_id=turn, at=at))

    cases = (
        AddCase(
            item_id=items["review"],
            presenter_id=people["Valentina Ríos Castaño"],
            organisation=CASE_ORGANISATION,
            city=CASE_CITY,
            topic=CASE_TOPIC,
        ),
        AddCase(
            item_id=items["review"], presenter_name="김서연", city="Daejeon", topic=SECOND_TOPIC
        ),
    )
    results.case_ids = [execute(store, case).value for case in cases]
    first = str(results.case_ids[0])
    reviewer = str(people["Sipho Ndlovu"])
    add(
        "review",
        "feedback",
        "",
        fields={"case_id": first, "speaker_id": reviewer, "rating": 4, **FEEDBACK},
    )
    add(
        "review",
        "response",
        RESPONSE,
        fields={"case_id": first, "speaker_id": str(people["Valentina Ríos Castaño"])},
    )
    add("review", "synthesis", SYNTHESIS, fields={"case_id": first})
    add(
        "review",
        "feedback",
        "",
        fields={"case_id": str(results.case_ids[1]), "strengths": KOREAN},
    )
    results.draft_feedback = ids[-1]

    add(
        "vote",
        "vote_result",
        VOTE_QUESTION,
        fields={"counts": [{"option": o, "votes": v} for o, v in VOTES], "voters": 17},
    )
    for phase, text in IDEAS:
        add("vote", "idea", text, phase=phase)
    idea_ids = tuple(ids[-len(IDEAS) :])
    execute(store, GroupIdeasIntoTheme(item_id=items["vote"], idea_ids=idea_ids, name=THEME))

    for group, rapporteur, members, text in REPORTS:
        add(
            "breakout",
            "report",
            text,
            fields={
                "group": group,
                "speaker_id": str(people[rapporteur]),
                "member_ids": [str(people[m]) for m in members],
            },
        )
    # The second case's feedback stays a draft.
    approved = [outcome for outcome in ids if outcome != results.draft_feedback]
    execute(store, capture.SetReview(outcome_ids=approved, state=ReviewState.APPROVED))
    return results
