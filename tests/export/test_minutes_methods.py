"""Method results in the minutes, in their own shapes, in PDF, Markdown and DOCX: the
round-robin's answers by person, the fishbowl's contributions by topic and its
speaking-time fairness, peer review case by case, the vote as a chart, breakout reports
and 1-2-4-All ideas."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from io import BytesIO

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.export.labels import labels
from forum_desktop.export.minutes_blocks import Heading, Table, VoteChart
from forum_desktop.export.minutes_chart import VOTES
from forum_desktop.export.minutes_data import MinutesData, load_minutes
from forum_desktop.export.minutes_docx import minutes_docx
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.export.minutes_sections import section_blocks
from forum_desktop.export.pdf import MIN_FONT_SIZE
from forum_desktop.storage import Store, open_database
from tests.export.conftest import HOSTILE
from tests.export.minutes_event import ARABIC, KOREAN, populate
from tests.export.minutes_methods_event import (
    ANSWER_THEME,
    ANSWERS,
    CASE_CITY,
    CASE_ORGANISATION,
    CASE_TOPIC,
    CONTRIBUTIONS,
    FEEDBACK,
    IDEAS,
    REPORTS,
    RESPONSE,
    SECOND_TOPIC,
    SYNTHESIS,
    THEME,
    VOTE_QUESTION,
    MethodResults,
    add_method_results,
)
from tests.export.minutes_methods_event import (
    VOTES as VOTED,
)
from tests.export.pdf_reading import all_text, reader, text_sizes

NAMES_IN_METHODS = (
    "Sipho Ndlovu",
    "Élodie Marchand",
    "Oriol Ferrer Solà",
    "Andrés Quishpe Tituaña",
)
"""People the method results name (reviewer, fishbowl speakers, a rapporteur)."""


@dataclass
class Built:
    store: Store
    event_id: object
    results: MethodResults

    def data(self, **options: object) -> MinutesData:
        return load_minutes(self.store, self.event_id, MinutesOptions(**options))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    clock = FakeClock()
    conn = open_database(tmp_path_factory.mktemp("methods") / "forum.sqlite3", clock)
    try:
        store = Store(conn, clock)
        made = populate(store)
        yield Built(store, made.event_id, add_method_results(store, made))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def french(built: Built) -> bytes:
    return minutes_pdf(built.data())


def flat(text: str) -> str:
    """NFKC (Arabic presentation forms back to letters), no-break spaces as spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u00a0", " ").split())


def has_arabic(printed: str, text: str) -> bool:
    """Every Arabic word of ``text`` is there, in logical order or reversed."""
    words = re.findall(r"[\u0621-\u064a]+", text)
    return all(word in printed or word[::-1] in printed for word in words)


def captured_texts() -> list[str]:
    """Every non-Arabic text the method screens captured."""
    texts = [text for text in ANSWERS.values() if text != ARABIC]
    texts += [text for _, _, text in CONTRIBUTIONS]
    texts += [FEEDBACK["strengths"], FEEDBACK["challenges"], FEEDBACK["recommendations"]]
    texts += [RESPONSE, SYNTHESIS, VOTE_QUESTION, *(option for option, _ in VOTED)]
    texts += [text for _, text in IDEAS] + [REPORTS[0][3]]
    return texts


def test_every_captured_method_text_is_in_the_pdf(french: bytes) -> None:
    printed = flat(all_text(french))
    for text in captured_texts():
        assert flat(text) in printed, text
    assert HOSTILE in all_text(french)  # markup prints as typed
    assert has_arabic(printed, ARABIC)
    assert has_arabic(printed, FEEDBACK["transferable"])
    assert KOREAN in printed and SECOND_TOPIC in printed
    assert min(text_sizes(french)) >= MIN_FONT_SIZE


def test_each_method_prints_in_its_own_shape(french: bytes) -> None:
    printed = flat(all_text(french))
    # Round-robin: a table of who answered what, in the round's order.
    assert "Personne Réponse 김서연" in printed
    assert printed.index("김서연 대전") < printed.index("Valentina Ríos Castaño Compartir")
    # … and the theme two answers were grouped into, with them, after the table.
    grouped = printed.split(f"Thèmes {ANSWER_THEME} — ", 1)[1]
    assert grouped.startswith(f"{flat(ANSWERS['김서연'])}; Compartir aprendizajes")
    assert printed.index("Personne Réponse") < printed.index(f"Thèmes {ANSWER_THEME}")
    # Fishbowl: contributions under their topic, then the fairness tables.
    topic, speaker, text = CONTRIBUTIONS[0]
    assert f"{topic} • {flat(text)} {speaker}" in printed
    for heading in ("Temps de parole", "Par personne", "Par organisation", "Prises de parole"):
        assert heading in printed, heading
    assert "Élodie Marchand Métropole de Lyon 2 5:00 57 %" in printed
    assert "Núria Vilalta Puig" in printed.split("Par personne", 1)[1].split("Par organisation")[0]
    # Peer review, case by case.
    assert f"Cas 1 : {CASE_TOPIC}" in printed
    assert f"Présenté par Valentina Ríos Castaño · {CASE_ORGANISATION} · {CASE_CITY}" in printed
    assert "Retour de Sipho Ndlovu" in printed
    for label in ("Points forts", "Défis", "Recommandations", "Enseignements transférables"):
        assert label in printed, label
    assert "Note — 4/5" in printed
    assert f"Réponse de la personne présentatrice — {RESPONSE}" in printed
    assert f"Synthèse — {SYNTHESIS}" in printed
    assert f"Cas 2 : {SECOND_TOPIC}" in printed and "Retour 1 (brouillon)" in printed
    # The vote: a tie is a tie.
    assert "À égalité en tête : Hybride, En présentiel à Daejeon 대전 (7 chacune)" in printed
    assert "Votant·e·s : 17" in printed
    # Breakouts: group, rapporteur, members, report.
    assert "Groupe Amériques Rapporteur·rice : Andrés Quishpe Tituaña" in printed
    assert "Membres : Lucía Fernández Ortega" in printed
    # 1-2-4-All: a list, each idea with its round.
    assert "• Une plateforme d'échange entre pairs Seul" in printed
    # … and the theme they were grouped into, with its ideas.
    assert f"Thèmes {flat(THEME)} — Une plateforme d'échange entre pairs; {KOREAN}" in printed


def test_the_vote_is_a_bar_chart_in_the_pdf(french: bytes) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.rl_accel import fp_str

    colour = HexColor(VOTES)
    fill = f"{fp_str(colour.red, colour.green, colour.blue)} rg".encode()
    [page] = [p for p in reader(french).pages if VOTE_QUESTION in p.extract_text()]
    # One bar per option with votes (none for the option nobody chose).
    assert page.get_contents().get_data().count(fill) == len([v for _, v in VOTED if v])


def test_the_chart_and_the_tables_are_blocks_every_format_shares(built: Built) -> None:
    data = built.data(language="en")
    blocks = section_blocks(data, labels("en"))
    [chart] = [block for block in blocks if isinstance(block, VoteChart)]
    assert chart.ranks() == [1, 1, 3, 4]
    assert chart.as_table().rows[1] == ("1", VOTED[1][0], "7")
    headings = [block.text for block in blocks if isinstance(block, Heading)]
    for expected in ("Answers", "Contributions", "Speaking time", "Peer feedback", "Vote results"):
        assert expected in headings, expected
    assert "Group reports" in headings and "Ideas" in headings
    person_table = next(
        b
        for b in blocks
        if isinstance(b, Table) and b.header[0] == "Person" and "Turns" in b.header
    )
    assert person_table.rows[-1][2:4] == ("0", "0:00")  # present, never spoke


def test_markdown_and_docx_carry_the_same_content(built: Built) -> None:
    from docx import Document

    data = built.data()
    markdown = flat(minutes_markdown(data))
    document = Document(BytesIO(minutes_docx(data)))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    docx_text = flat("\n".join(paragraphs + cells))
    for text in [*captured_texts(), ARABIC, FEEDBACK["transferable"], "Cas 1 : " + CASE_TOPIC]:
        assert flat(text) in docx_text, text
    assert "| 1 | Hybride | 7 |" in markdown
    assert "| 1 | En présentiel à Daejeon 대전 | 7 |" in markdown
    assert "| Élodie Marchand | Métropole de Lyon | 2 | 5:00 | 57 % |" in markdown
    assert "Compartir aprendizajes \\<b\\>bold\\</b\\>" in markdown
    assert "Retour de Sipho Ndlovu" in markdown
    heading = next(
        p for p in document.paragraphs if p.text == f"Cas 1 : {CASE_TOPIC}".replace(" :", "\u00a0:")
    )
    assert heading.style.name == "Heading 5"
    vote_table = next(t for t in document.tables if t.rows[0].cells[1].text == "Option")
    assert [row.cells[2].text for row in vote_table.rows[1:]] == [str(v) for _, v in VOTED]


def test_anonymised_minutes_name_nobody_in_method_results(built: Built) -> None:
    data = built.data(anonymous=True)
    printed = flat(all_text(minutes_pdf(data)))
    for name in NAMES_IN_METHODS:
        assert name not in printed, name
    assert "Présenté par" not in printed and "Par personne" not in printed
    assert "Par organisation" in printed and "Retour 1" in printed
    assert "Membres : 2" in printed  # how many, not who
    assert flat(ANSWERS["Valentina Ríos Castaño"]) in printed
    assert "Métropole de Lyon 1 2 5:00 57 %" in printed


def test_a_chatham_house_session_counts_the_floor_by_organisation_only(built: Built) -> None:
    data = built.data()
    ruled = replace(data, chatham_house=frozenset(m.session.id for m in data.sessions))
    printed = flat(all_text(minutes_pdf(ruled)))
    assert "Par personne" not in printed and "Présenté par" not in printed
    assert "Métropole de Lyon 1 2 5:00 57 %" in printed


def test_approved_only_leaves_draft_feedback_and_its_case_out(built: Built) -> None:
    printed = flat(all_text(minutes_pdf(built.data(approved_only=True))))
    assert f"Cas 2 : {SECOND_TOPIC}" not in printed
    assert f"Cas 1 : {CASE_TOPIC}" in printed


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Speaking time", "By person", "Case 1:", "Strengths", "Tied for most votes"]),
        ("es", ["Tiempo de palabra", "Por persona", "Caso 1:", "Fortalezas", "Empate en cabeza"]),
    ],
)
def test_method_labels_follow_the_language(
    built: Built, language: str, expected: list[str]
) -> None:
    printed = flat(minutes_markdown(built.data(language=language)))
    for label in expected:
        assert label in printed, label
