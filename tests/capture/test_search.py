"""Search as you type: prefixes, accents, scripts, highlights, filters, ranking, the index
following every edit, and hostile input that must neither fail nor widen a query."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forum_desktop.capture import search as search_module
from forum_desktop.capture.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SearchHit,
    build_query,
    search,
)
from forum_desktop.clock import FakeClock
from forum_desktop.models import Participant
from forum_desktop.services import agenda, participants
from forum_desktop.services.capture import (
    CaptureOutcome,
    DeleteOutcomes,
    UpdateOutcome,
)
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID, CreateDemoEvent
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.operations import undo
from forum_desktop.storage import Store, open_database

S, E = HIGHLIGHT_START, HIGHLIGHT_END


def ids(hits: list[SearchHit]) -> set[UUID]:
    return {hit.record_id for hit in hits}


def plain(text: str) -> str:
    return text.replace(S, "").replace(E, "")


def person(store: Store, name: str) -> Participant:
    return next(p for p in participants.roster(store, DEMO_EVENT_ID) if p.name == name)


@pytest.fixture
def demo(store: Store) -> Store:
    execute(store, CreateDemoEvent())
    return store


def note(store: Store, text: str, event_id: UUID = DEMO_EVENT_ID, **fields: Any) -> UUID:
    outcome_id: UUID = execute(store, CaptureOutcome(event_id=event_id, text=text, **fields)).value
    return outcome_id


# --- build_query --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("eco", '"eco"*'),
        ("  budget   partic ", '"budget"* AND "partic"*'),
        ("l'éco", '"l éco"*'),
        ("Jean-Pi", '"Jean Pi"*'),
        ("대전", '"대전"*'),
        ("a a a", '"a"*'),
        ('"NEAR(a b)"', '"NEAR a"* AND "b"*'),
        ("x OR y", '"x"* AND "OR"* AND "y"*'),
        ("e\u0301cole", '"école"*'),  # decomposed input, composed as the text usually is
    ],
)
def test_each_word_becomes_a_quoted_prefix_term(typed: str, query: str) -> None:
    assert build_query(typed) == query


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "\t\n", '"', "*", ")", "(", "^", ":", "-", "'\"*^:()-", "🎉", "\x00", "\ud800"],
)
def test_nothing_to_search_for_is_none(typed: str) -> None:
    assert build_query(typed) is None


@given(st.text(max_size=300))
def test_a_built_query_is_only_quoted_words(typed: str) -> None:
    query = build_query(typed)
    if query is not None:
        assert re.fullmatch(r'"[^"]+"\*( AND "[^"]+"\*)*', query)
        for term in re.findall(r'"([^"]+)"', query):
            assert all(
                unicodedata.category(c)[0] in "LNM" or c == " " or unicodedata.category(c) == "Co"
                for c in term
            )


# --- what is found ------------------------------------------------------------------------


def test_prefixes_match_and_accents_are_ignored_both_ways(demo: Store) -> None:
    ecole = note(demo, "Une École d'été pour les élus")
    sans_accent = note(demo, "Projet ecole numerique")
    conn = demo.conn
    for typed in ("eco", "ecole", "École", "ÉCOLE", "e\u0301cole"):
        assert ids(search(conn, typed)) == {ecole, sans_accent}, typed
    assert ids(search(conn, "numériq")) == {sans_accent}
    assert ids(search(conn, "elus")) == {ecole}
    assert ids(search(conn, "ecoles")) == set()  # a prefix of the query is not enough


def test_korean_and_arabic_words_are_found(demo: Store) -> None:
    conn = demo.conn
    korean = note(demo, "대전에서 열리는 세계총회 준비")
    assert ids(search(conn, "대전")) == {korean}
    assert ids(search(conn, "세계")) == {korean}
    kim = person(demo, "김서연")
    hits = search(conn, "김서")
    assert [(h.record_id, h.title) for h in hits] == [(kim.id, f"{S}김서연{E}")]
    salma = person(demo, "سلمى بنعلي")
    for typed in ("سلمى", "بنع", "سلمى بنعلي"):
        assert ids(search(conn, typed)) == {salma.id}, typed
    assert search(conn, "بنع")[0].title == f"سلمى {S}بنعلي{E}"


def test_matched_words_are_highlighted_in_title_and_snippet(demo: Store) -> None:
    conn = demo.conn
    elodie = person(demo, "Élodie Marchand")
    (hit,) = search(conn, "march", record_types=["participant"])
    assert (hit.record_id, hit.title, hit.snippet) == (
        elodie.id,
        f"Élodie {S}Marchand{E}",
        "Métropole de Lyon Lyon France",
    )
    outcome = note(demo, "Réseau <b>MOOC</b> & école\nen ligne", tags=["mooc", "formation"])
    (hit,) = search(conn, "mooc", record_types=["outcome"])
    assert hit.record_id == outcome
    assert hit.title == f"#{S}mooc{E} #formation"  # tags, as the capture syntax writes them
    # Only the markers are added: nothing is escaped (the UI does), lines are joined.
    assert hit.snippet == f"Réseau <b>{S}MOOC{E}</b> & école en ligne"
    (hit,) = search(conn, "ligne mooc", record_types=["outcome"])
    assert hit.snippet == f"Réseau <b>{S}MOOC{E}</b> & école en {S}ligne{E}"


def test_a_long_text_is_cut_around_the_match(demo: Store) -> None:
    words = [f"mot{n}" for n in range(200)]
    words[120] = "aquarium"
    note(demo, " ".join(words))
    (hit,) = search(demo.conn, "aquar", record_types=["outcome"])
    assert f"{S}aquarium{E}" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet.split()) <= search_module.SNIPPET_TOKENS


def test_what_each_record_type_is_found_by(demo: Store) -> None:
    conn = demo.conn
    kim = person(demo, "김서연")
    # A participant by name, organisation, city and country.
    for typed in ("Daejeon", "métropolitaine", "République Corée"):
        assert kim.id in ids(search(conn, typed, record_types=["participant"])), typed
    # An agenda item by title, description, guiding question and method.
    found = {
        typed: {h.title for h in search(conn, typed, record_types=["agenda_item"])}
        for typed in ("Localisation MOOC", "ludique", "soutenir municipalités", "Tour table")
    }
    assert found == {
        "Localisation MOOC": {f"{S}Localisation{E} et développement de {S}MOOC{E}"},
        "ludique": {"Évaluation par les pairs du processus d'apprentissage"},
        "soutenir municipalités": {"Introduction interactive : Qui est qui et qui êtes-vous ?"},
        "Tour table": {"Introduction interactive : Qui est qui et qui êtes-vous ?"},
    }
    # An outcome by text, tags, an action's free-text owners and a quote's speaker.
    action = note(demo, "Envoyer la fiche", kind="action", fields={"owner_names": ["Jean Dupont"]})
    quote = note(demo, "Apprendre ensemble", kind="quote", fields={"speaker_name": "Ama Owusu"})
    tagged = note(demo, "Rien à voir", tags=["gouvernance"])
    assert ids(search(conn, "dupont")) == {action}
    assert ids(search(conn, "owusu")) == {quote}
    assert ids(search(conn, "gouvern")) == {tagged}
    assert {h.record_type for h in search(conn, "daejeon")} == {"participant", "agenda_item"}


# --- filters and ranking --------------------------------------------------------------------


def test_results_can_be_limited_to_an_event_and_to_record_types(demo: Store) -> None:
    other = execute(demo, CreateEvent(title="Atelier de Quito", language="es")).value
    here = note(demo, "Budget participatif à Lyon")
    there = note(demo, "Presupuesto: budget participatif", event_id=other)
    execute(demo, participants.AddParticipant(event_id=other, name="Budgeta Partida"))
    conn = demo.conn
    assert ids(search(conn, "budget part", record_types=["outcome"])) == {here, there}
    assert ids(search(conn, "budget part", event_id=DEMO_EVENT_ID)) == {here}
    hits = search(conn, "budget part", event_id=other)
    assert {(h.record_type, h.event_id) for h in hits} == {
        ("outcome", other),
        ("participant", other),
    }
    assert [h.record_type for h in search(conn, "budget", record_types=["participant"])] == [
        "participant"
    ]
    assert search(conn, "budget", record_types=[]) == []
    assert len(search(conn, "budget", limit=1)) == 1
    assert search(conn, "budget", limit=0) == []
    with pytest.raises(ValueError, match="session"):
        search(conn, "budget", record_types=["session"])


def test_a_title_match_ranks_above_a_passing_mention(demo: Store) -> None:
    conn = demo.conn
    awa = person(demo, "Awa Diop Ndiaye")
    mentions = [
        note(demo, "Awa a présenté la synthèse"),
        note(demo, "Merci à Awa pour la synthèse de la session, très complète et claire."),
    ]
    hits = search(conn, "awa")
    assert hits[0].record_id == awa.id
    assert set(ids(hits[1:])) == set(mentions)
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    # The same for an agenda item's title against items that use the word in their method.
    session_id = agenda.sessions_of(demo, DEMO_EVENT_ID)[0].id
    titled = execute(demo, agenda.AddItem(session_id=session_id, title="Aquarium de clôture")).value
    hits = search(conn, "aquarium", record_types=["agenda_item"])
    assert len(hits) > 1
    assert hits[0].record_id == titled


def test_only_the_newest_matches_are_ranked_after_the_filters(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_event = execute(store, CreateEvent(title="Ancien")).value
    new_event = execute(store, CreateEvent(title="Récent")).value
    old = [note(store, f"zèbre ancien {n}", event_id=old_event) for n in range(3)]
    new = [note(store, f"zèbre récent {n}", event_id=new_event) for n in range(5)]
    monkeypatch.setattr(search_module, "RANKED_CANDIDATES", 3)
    assert ids(search(store.conn, "zebre")) == set(new[-3:])
    # The filter applies before the cap: an older event's matches are all found.
    assert ids(search(store.conn, "zebre", event_id=old_event)) == set(old)


# --- the index follows every change -------------------------------------------------------


def test_edits_deletes_and_undo_are_followed(demo: Store) -> None:
    conn = demo.conn
    outcome = note(demo, "Proposer un atelier sur le logement")
    assert ids(search(conn, "logement")) == {outcome}
    execute(demo, UpdateOutcome(outcome_id=outcome, text="Proposer un atelier sur la mobilité"))
    assert search(conn, "logement") == []
    assert ids(search(conn, "mobil")) == {outcome}
    execute(demo, UpdateOutcome(outcome_id=outcome, tags=["transport"]))
    assert ids(search(conn, "transport")) == {outcome}
    deleted = execute(demo, DeleteOutcomes(outcome_ids=[outcome]))
    assert search(conn, "mobil") == []
    undo(demo, deleted)
    (hit,) = search(conn, "mobil")
    assert (hit.record_id, hit.title) == (outcome, "#transport")


def test_agenda_items_and_participants_are_followed(demo: Store) -> None:
    conn = demo.conn
    session_id = agenda.sessions_of(demo, DEMO_EVENT_ID)[0].id
    item = execute(demo, agenda.AddItem(session_id=session_id, title="Visite de terrain")).value
    assert ids(search(conn, "terrain")) == {item}
    execute(
        demo, agenda.UpdateItem(item_id=item, title="Visite du port", method="Marche exploratoire")
    )
    assert search(conn, "terrain") == []
    assert ids(search(conn, "port explor")) == {item}
    deleted = execute(demo, agenda.DeleteItems(item_ids=[item]))
    assert search(conn, "port") == []
    undo(demo, deleted)
    assert ids(search(conn, "port")) == {item}

    added = execute(
        demo, participants.AddParticipant(event_id=DEMO_EVENT_ID, name="Ngozi Okafor", city="Lagos")
    ).value
    assert ids(search(conn, "lagos")) == {added}
    execute(demo, participants.UpdateParticipant(participant_id=added, city="Abuja"))
    assert search(conn, "lagos") == []
    assert ids(search(conn, "ngozi abuja")) == {added}
    gone = execute(demo, participants.DeleteParticipants(participant_ids=[added]))
    assert search(conn, "ngozi") == []
    undo(demo, gone)
    assert ids(search(conn, "ngozi")) == {added}


# --- hostile input ------------------------------------------------------------------------

CORPUS = {
    "alpha": ("alpha seulement", []),
    "orange": ("alpha orange", []),
    "near": ("near the station", []),
    "nearby": ("nearby café", []),
    "xray": ("x-ray machine", []),
    "title": ("title of the talk", []),
    "tagged": ("sans rapport", ["mooc"]),
    "sql": ("please drop table outcome now", []),
    "quoted": ('he said "bonjour" *twice*', []),
    "keywords": ("AND OR NOT NEAR", []),
    "eco": ("Éco-école", []),
}


def fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).lower()


def tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def chunk_matches(words: list[str], column: list[str]) -> bool:
    """``words`` in a row in ``column``, the last one as a prefix."""
    *exact, last = words
    for start in range(len(column) - len(words) + 1):
        here = column[start : start + len(words)]
        if here[:-1] == exact and here[-1].startswith(last):
            return True
    return False


def expected(typed: str) -> set[str]:
    """What the query must find, restated independently of the implementation."""
    chunks = [words for chunk in typed.split() if (words := tokens(chunk))]
    if not chunks:
        return set()
    return {
        key
        for key, (text, tags) in CORPUS.items()
        if all(
            chunk_matches(words, tokens(text)) or chunk_matches(words, tokens(" ".join(tags)))
            for words in chunks
        )
    }


@pytest.fixture(scope="module")
def corpus(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[sqlite3.Connection, dict[UUID, str]]]:
    clock = FakeClock()
    conn = open_database(Path(tmp_path_factory.mktemp("search")) / "forum.sqlite3", clock)
    store = Store(conn, clock)
    event_id = execute(store, CreateEvent(title="Hostile")).value
    keys = {
        note(store, text, event_id=event_id, tags=tags): key for key, (text, tags) in CORPUS.items()
    }
    yield conn, keys
    conn.close()


HOSTILE = [
    '"',
    '""',
    '"unbalanced',
    "*",
    "alp*",
    "^alpha",
    ":",
    "(",
    ")",
    "NEAR(",
    "NEAR(alpha orange, 2)",
    "NEAR",
    "a OR",
    "alpha OR near",
    "alpha AND",
    "NOT",
    "alpha NOT orange",
    "-x",
    "- alpha",
    "title:",
    "title: mooc",
    "title:mooc",
    "{title}: mooc",
    "body:alpha",
    "'; DROP TABLE outcome; --",
    "drop table outcome",
    "x" * 1000,
    "alpha " * 170,
    "a" + "'\"*^:()-" * 125,
    "🎉",
    "alpha 🎉",
    "\x00alpha",
    "al\ud800pha",
    "Éco",
    "\\",
    "%",
    "_",
]


@pytest.mark.parametrize("typed", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_never_fail_nor_widen(
    corpus: tuple[sqlite3.Connection, dict[UUID, str]], typed: str
) -> None:
    conn, keys = corpus
    found = {keys[hit.record_id] for hit in search(conn, typed)}
    assert found == expected(typed)
    assert conn.execute("SELECT count(*) FROM outcome").fetchone() == (len(CORPUS),)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("*", set()),
        ('"', set()),
        ("a OR", {"orange", "keywords"}),  # both words, never "a" alone or an OR
        ("alpha OR near", set()),
        ("-x", {"xray"}),  # not a negation
        ("title: mooc", set()),  # not a column filter
        ("title:", {"title"}),
        ("NEAR(", {"near", "nearby", "keywords"}),
        ("'; DROP TABLE outcome; --", {"sql"}),
        ("alpha " * 170, {"alpha", "orange"}),
        ("alpha 🎉", {"alpha", "orange"}),
        ("Éco", {"eco"}),
    ],
)
def test_hostile_queries_mean_their_words(
    corpus: tuple[sqlite3.Connection, dict[UUID, str]], typed: str, found: set[str]
) -> None:
    conn, keys = corpus
    assert {keys[hit.record_id] for hit in search(conn, typed)} == found


WORDS = st.sampled_from(
    [
        "alpha",
        "al",
        "orange",
        "near",
        "NEAR",
        "AND",
        "OR",
        "NOT",
        "title",
        "mooc",
        "x",
        "ray",
        "éco",
        "ÉCOLE",
        "drop",
        "the",
        '"',
        "*",
        "^",
        ":",
        "(",
        ")",
        "-",
        "+",
        "{",
        "}",
        ",",
        "'",
        ";",
        "🎉",
        "\x00",
    ]
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(WORDS, st.sampled_from(["", " ", "  "])), max_size=8))
def test_any_mix_of_words_and_syntax_means_its_words(
    corpus: tuple[sqlite3.Connection, dict[UUID, str]], parts: list[tuple[str, str]]
) -> None:
    typed = "".join(word + gap for word, gap in parts)
    conn, keys = corpus
    assert {keys[hit.record_id] for hit in search(conn, typed)} == expected(typed)


# --- what the method screens capture ------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "fields", "typed"),
    [
        ("contribution", {"speaker_name": "Awa", "topic": "Gouvernance locale"}, "gouvern"),
        ("feedback", {"strengths": "Clear baseline", "challenges": "Staff turnover"}, "turnover"),
        ("feedback", {"recommendations": "Pair cities", "transferable": "Budget ritual"}, "ritual"),
        ("report", {"group": "Groupe Sahel", "speaker_name": "Karim"}, "sahel"),
        ("vote_result", {"counts": [{"option": "Mobilité douce", "votes": 4}]}, "mobilite"),
    ],
)
def test_method_outcomes_are_found_by_their_structured_words(
    demo: Store, kind: str, fields: dict[str, Any], typed: str
) -> None:
    found = note(demo, "Entry", kind=kind, fields=fields)
    assert found in ids(search(demo.conn, typed))
    execute(demo, UpdateOutcome(outcome_id=found, fields={}))
    assert found not in ids(search(demo.conn, typed))  # the index follows an edit
