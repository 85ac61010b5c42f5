"""The entry language detector (issue 25): sample sentences as rapporteurs type them."""

from __future__ import annotations

import pytest

from forum_desktop.capture.language import detect_language
from forum_desktop.models import Language

FR, EN, ES = Language.FR, Language.EN, Language.ES
ALL = (FR, EN, ES)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We need a shared workshop with the other cities before the congress.", EN),
        ("The mayors will present their results at the next meeting.", EN),
        ("How do we keep the learning community alive between congresses?", EN),
        ("Nous voulons un atelier commun avec les autres villes avant le congrès.", FR),
        ("Il faut que l'équipe prépare les documents pour la réunion.", FR),
        ("Les maires présenteront leurs résultats à la prochaine réunion.", FR),
        ("Queremos un taller común con las otras ciudades antes del congreso.", ES),
        ("Los alcaldes van a presentar sus resultados en la próxima reunión.", ES),
        ("¿Cómo mantenemos viva la comunidad de aprendizaje entre congresos?", ES),
    ],
)
def test_a_clear_sentence_gets_its_language(text: str, language: Language) -> None:
    assert detect_language(text, ALL) == language


@pytest.mark.parametrize(
    "text",
    [
        "Budget 2027",  # too short
        "OK merci",
        "Dakar, Rabat, Bogotá",  # names only
        "Voir le document",  # three words
        "Le meeting of the mayors est planned",  # mixed: neither wins clearly
        "",
    ],
)
def test_a_short_or_ambiguous_text_gets_none(text: str) -> None:
    assert detect_language(text, ALL) is None


def test_only_the_event_s_working_languages_are_answered() -> None:
    spanish = "Queremos un taller común con las otras ciudades antes del congreso."
    assert detect_language(spanish, (FR, EN)) is None  # not taken for French
    assert detect_language(spanish, (ES, EN)) == ES
