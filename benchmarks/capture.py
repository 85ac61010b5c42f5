"""Capture: Enter-to-committed latency of an entry, and full-text search latency.

- ``capture_p50``/``capture_p99``: ``CaptureOutcome`` on a file database opened by the
  app (WAL, ``synchronous=FULL``: every entry is fsynced), against a bare sqlite3
  ``INSERT`` + ``COMMIT`` of a row with the same columns into a plain table of another
  file with the same pragmas; interleaved entry by entry so disk drift hits both alike.
- ``search_p50``/``search_p95``: ``search()`` over a database of many entries, for a set
  of 1–3 word prefix queries as typed, against the raw FTS5 query returning the same
  ranked rowids (``MATCH`` … ``ORDER BY rank LIMIT``) on the same table; interleaved.

Prints one JSON line per figure (seconds).

    python benchmarks/capture.py [--entries N] [--corpus N] [--rounds N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from figures import figure

from forum_desktop.services.commands import execute

# What a rapporteur types, roughly: French workshop words (common ones far more often),
# some Spanish and English, place and people names in other scripts, and rarer words.
COMMON = "de la le les des et en à un une pour du dans sur avec que qui est pas plus par au"
CONTENT = (
    "apprentissage pairs méthodologie forum ville villes municipalité collectivités "
    "territoriales locale locales gouvernance participation citoyenne budget participatif "
    "école formation MOOC localisation développement durable objectifs ODD agenda "
    "coopération décentralisée réseau échange expérience pratiques bonnes recommandation "
    "décision action suivi évaluation indicateurs données plateforme numérique en ligne "
    "atelier session aquarium fishbowl question directrice synthèse rapport congrès "
    "Daejeon Bogotá Quito Durban Dakar Rabat Lyon Montréal Barcelone Kazan Mexico "
    "CGLU Metropolis secrétariat mondial académie partenaires financement ressources "
    "humaines élus techniciens femmes jeunes inclusion genre logement mobilité transport "
    "climat résilience risques santé culture patrimoine migration accueil quartier "
    "communication outils guide boîte manuel traduction espagnol anglais français "
    "calendrier prochaine étape proposition consensus désaccord priorité urgent "
    "aprendizaje ciudades gobiernos locales learning peer exchange cities "
    "대전 김서연 서울 학습 سلمى بنعلي الرباط التعلم"
)
SYLLABLES = "ba be bi bo da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro"
TAGS = "mooc pairs budget climat genre jeunes numérique suivi formation gouvernance"

QUERIES = (
    "app",
    "apprent",
    "apprentissage pairs",
    "mooc",
    "mooc loc",
    "eco",
    "école form",
    "budget part",
    "daej",
    "대전",
    "ville dak",
    "gouvernance loc",
    "recomm",
    "action suiv",
    "coop déc",
    "plateforme num",
    "bogo",
    "climat rés",
    "forum app pra",
    "jeunes femmes incl",
    # The first keystrokes: one- and two-letter prefixes, alone and after a word.
    "a",
    "d",
    "m",
    "ap",
    "de",
    "ville d",
    "mooc l",
)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p99 of 500 is the 495th smallest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


class Writer:
    """Deterministic entry texts of realistic length and vocabulary."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        syllables = SYLLABLES.split()
        rare = {
            "".join(self.random.choices(syllables, k=3))
            + self.random.choice(("n", "l", "s", "ta", "que", "ment"))
            for _ in range(20_000)
        }
        self.common = COMMON.split()
        self.tag_words = TAGS.split()
        self.words = [*CONTENT.split(), *sorted(rare)]
        weights = (1.0 / (rank + 1) ** 0.8 for rank in range(len(self.words)))  # Zipf-like
        self.cumulative = list(itertools.accumulate(weights))

    def text(self) -> str:
        out: list[str] = []
        for _ in range(self.random.randint(6, 40)):
            if self.random.random() < 0.4:
                out.append(self.random.choice(self.common))
            else:
                out.append(self.random.choices(self.words, cum_weights=self.cumulative)[0])
        return " ".join(out).capitalize() + "."

    def tags(self) -> list[str]:
        return self.random.sample(self.tag_words, self.random.choice((0, 0, 1, 1, 2)))


def open_app_database(path: Path) -> Any:
    """A ``Store`` on ``path`` as the app opens it, with a profile and the demo event."""
    from forum_desktop.clock import SystemClock
    from forum_desktop.services.commands import execute
    from forum_desktop.services.demo import CreateDemoEvent
    from forum_desktop.storage import Store, open_database

    clock = SystemClock()
    store = Store(open_database(path, clock), clock)
    store.set_profile(name="Benchmark")
    execute(store, CreateDemoEvent())
    return store


# --- (a) Enter-to-committed ------------------------------------------------------------

PLAIN_TABLE = """
    CREATE TABLE outcome (
        id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL, session_id TEXT, item_id TEXT, phase TEXT NOT NULL,
        kind TEXT NOT NULL, text TEXT NOT NULL, captured_at TEXT NOT NULL,
        item_offset_seconds INTEGER, author TEXT NOT NULL, mentions TEXT NOT NULL,
        tags TEXT NOT NULL, anonymous INTEGER NOT NULL, review TEXT NOT NULL,
        fields TEXT NOT NULL
    )
"""


def bench_capture(folder: Path, entries: int, warmup: int) -> tuple[list[float], list[float]]:
    from forum_desktop.services.agenda import sessions_of
    from forum_desktop.services.capture import CaptureOutcome
    from forum_desktop.services.demo import DEMO_EVENT_ID

    store = open_app_database(folder / "capture.sqlite3")
    session_id = sessions_of(store, DEMO_EVENT_ID)[0].id
    plain = sqlite3.connect(folder / "plain.sqlite3", isolation_level=None)
    plain.execute("PRAGMA journal_mode = WAL")
    plain.execute("PRAGMA synchronous = FULL")
    plain.execute(PLAIN_TABLE)
    writer = Writer(seed=1)

    def ours(text: str) -> None:
        execute(
            store,
            CaptureOutcome(event_id=DEMO_EVENT_ID, session_id=session_id, text=text, kind="note"),
        )

    def baseline(text: str) -> None:
        now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        plain.execute("BEGIN IMMEDIATE")
        plain.execute(
            "INSERT INTO outcome VALUES (?, ?, ?, ?, ?, NULL, '', 'note', ?, ?, NULL,"
            " 'Benchmark', '[]', '[]', 0, 'draft', '{}')",
            (str(uuid.uuid4()), now, now, str(DEMO_EVENT_ID), str(session_id), text, now),
        )
        plain.execute("COMMIT")

    kinds: dict[str, Callable[[str], None]] = {"ours": ours, "baseline": baseline}
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    try:
        for index in range(warmup + entries):
            text = writer.text()
            order = list(kinds) if index % 2 == 0 else list(reversed(kinds))
            for kind in order:
                started = time.perf_counter()
                kinds[kind](text)
                elapsed = time.perf_counter() - started
                if index >= warmup:
                    times[kind].append(elapsed)
    finally:
        plain.close()
        store.conn.close()
    return times["ours"], times["baseline"]


# --- (b) search -------------------------------------------------------------------------


def fill(store: Any, count: int) -> None:
    """``count`` entries by plain inserts into ``outcome``, indexed as the app would at
    the next pause in typing (its trigger queues them)."""
    from forum_desktop.services.agenda import sessions_of
    from forum_desktop.services.demo import DEMO_EVENT_ID

    sessions = [str(s.id) for s in sessions_of(store, DEMO_EVENT_ID)]
    writer = Writer(seed=2)
    kinds = ("note", "note", "note", "decision", "action", "question", "insight")
    now = "2022-03-15T10:00:00+00:00"

    def rows() -> Any:
        for _ in range(count):
            tags = json.dumps(writer.tags(), ensure_ascii=False)
            yield (
                str(uuid.uuid4()),
                now,
                now,
                str(DEMO_EVENT_ID),
                writer.random.choice(sessions),
                writer.random.choice(kinds),
                writer.text(),
                now,
                tags,
            )

    with store.transaction():
        store.conn.executemany(
            "INSERT INTO outcome (id, created_at, updated_at, event_id, session_id, phase,"
            " kind, text, captured_at, author, mentions, tags, anonymous, review, fields)"
            " VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, 'Benchmark', '[]', ?, 0, 'draft', '{}')",
            rows(),
        )
    store.index_search()


def bench_search(folder: Path, corpus: int, rounds: int) -> tuple[list[float], list[float]]:
    from forum_desktop.capture.search import build_query, search

    store = open_app_database(folder / "search.sqlite3")
    fill(store, corpus)
    conn = store.conn
    limit = 50

    def ours(typed: str) -> None:
        search(conn, typed, limit=limit)

    def baseline(typed: str) -> None:
        conn.execute(
            "SELECT rowid, rank FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?",
            (build_query(typed), limit),
        ).fetchall()

    kinds: dict[str, Callable[[str], None]] = {"ours": ours, "baseline": baseline}
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    try:
        for index in range(1 + rounds):  # the first round warms the page cache
            for number, typed in enumerate(QUERIES):
                order = list(kinds) if (index + number) % 2 == 0 else list(reversed(kinds))
                for kind in order:
                    started = time.perf_counter()
                    kinds[kind](typed)
                    elapsed = time.perf_counter() - started
                    if index:
                        times[kind].append(elapsed)
    finally:
        conn.close()
    return times["ours"], times["baseline"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=500, help="entries captured (500)")
    parser.add_argument("--warmup", type=int, default=20, help="unmeasured entries first (20)")
    parser.add_argument("--corpus", type=int, default=100_000, help="entries searched (100000)")
    parser.add_argument("--rounds", type=int, default=10, help="measured rounds of queries (10)")
    args = parser.parse_args(argv)
    if args.entries < 1 or args.warmup < 0 or args.corpus < 1 or args.rounds < 1:
        parser.error("--entries, --corpus and --rounds must be at least 1, --warmup at least 0")

    with tempfile.TemporaryDirectory(prefix="forum-capture-") as temp:
        ours, baseline = bench_capture(Path(temp), args.entries, args.warmup)
        print(figure("capture_p50", percentile(ours, 0.50), percentile(baseline, 0.50)))
        print(figure("capture_p99", percentile(ours, 0.99), percentile(baseline, 0.99)))
        ours, baseline = bench_search(Path(temp), args.corpus, args.rounds)
        print(figure("search_p50", percentile(ours, 0.50), percentile(baseline, 0.50)))
        print(figure("search_p95", percentile(ours, 0.95), percentile(baseline, 0.95)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
