"""Full-text search as the user types, over the outcomes, agenda items and people of all events.

The index (``search`` and ``search_doc``, schema 5) is kept in step by triggers, so
edits, deletes and undo are visible to the very next search. A captured entry's text
is indexed after its capture (``storage/search_index.py``): a search indexes the entries
still waiting first, so it finds what was captured a moment ago.

What the user types is never handed to FTS5 as syntax: ``build_query`` keeps only the
words (runs of letters and digits) and quotes each one as an FTS5 string, so quotes,
``*``, ``^``, ``:``, parentheses, ``-`` and the ``AND``/``OR``/``NOT``/``NEAR`` keywords
are either dropped or searched for as plain words, and can neither fail nor widen a query.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from forum_desktop.storage.search_index import index_pending_if_free, index_queue_apart

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
"""Markers around matched words in ``SearchHit.title`` and ``.snippet``; control
characters, so they cannot clash with anything a user types and survive HTML escaping."""

RECORD_TYPES = ("outcome", "agenda_item", "participant")
"""What the index holds (``search_doc.record_type``)."""

TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0
"""bm25 column weights: a word in a name, an item's title or a tag outranks the same word
in passing in a text, a description or an organisation."""

RANKED_CANDIDATES = 3000
"""At most this many matches are ranked, the most recently written: ranking all 70,000
matches of ``de`` among 100,000 entries takes ~80 ms, too slow to keep up with typing
(see docs/performance.md). A further letter or word soon brings matches under it."""

SNIPPET_TOKENS = 16
ELLIPSIS = "…"


@dataclass(frozen=True)
class SearchHit:
    record_type: str
    """One of ``RECORD_TYPES``."""
    record_id: UUID
    event_id: UUID
    title: str
    """A person's name, an item's title, an outcome's tags as ``#tag #tag`` (as indexed;
    may be empty)."""
    snippet: str
    """A few words of the body around the best match (its start if only the title matched)."""
    rank: float
    """FTS5's weighted bm25: lower (more negative) is better; hits come sorted by it."""


def _starts_word(char: str) -> bool:
    # The token characters of SQLite's unicode61 tokenizer: letters, digits, private use.
    # Python knows newer letters than SQLite; a word of only those is an empty phrase to
    # FTS5, which matches nothing but is no error.
    category = unicodedata.category(char)
    return category[0] in "LN" or category == "Co"


def _continues_word(char: str) -> bool:
    # Combining marks stay attached so the tokenizer treats them as it did when indexing
    # (Latin accents folded away, others splitting the word): query and index then agree.
    return _starts_word(char) or unicodedata.category(char)[0] == "M"


def _words(chunk: str) -> list[str]:
    """The runs of word characters in ``chunk``; nothing else survives, ``"`` included."""
    words: list[str] = []
    current: list[str] = []
    for char in chunk:
        if _starts_word(char) or (current and _continues_word(char)):
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def build_query(typed: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or ``None`` if it holds no word.

    Each whitespace-separated word becomes a prefix term (``eco`` → ``"eco"*``) and all
    must match. A word with punctuation inside (``l'éco``, ``Jean-Pi``) becomes a phrase
    whose last part is the prefix (``"l éco"*``), as the index split it the same way.
    Accents and case are folded by the index's tokenizer, on the query as on the text.
    """
    terms: dict[str, None] = {}  # ordered and without repeats: "a a a …" costs one term
    # NFC, so decomposed input (e.g. Hangul as jamo) spells words as the indexed text does.
    for chunk in unicodedata.normalize("NFC", typed).split():
        words = _words(chunk)
        if words:
            terms['"' + " ".join(words) + '"*'] = None
    return " AND ".join(terms) if terms else None


def search(
    conn: sqlite3.Connection,
    typed: str,
    *,
    event_id: UUID | None = None,
    record_types: Sequence[str] | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """The best ``limit`` hits for ``typed``, best first; ``[]`` when it holds no word.

    ``event_id`` keeps one event's hits, ``record_types`` some kinds of record (see
    ``RECORD_TYPES``). Never raises for anything typed. Hits are ranked by weighted bm25
    among the ``RANKED_CANDIDATES`` most recently written records that match, which is
    all of them unless a short prefix matches much of a large database. The entries
    captured since the last pause in typing are indexed first; while another program is
    writing, or in a read-only file, they are matched in an index of this connection's own
    (``index_queue_apart``), their ranks beside the others' approximate.
    """
    query = build_query(typed)
    if query is None or limit <= 0:
        return []
    queued = index_pending_if_free(conn) is None
    filters = ""
    filter_params: list[str] = []
    if event_id is not None:
        filters += " AND d.event_id = ?"
        filter_params.append(str(event_id))
    if record_types is not None:
        unknown = set(record_types) - set(RECORD_TYPES)
        if unknown:
            raise ValueError(f"not in the search index: {', '.join(sorted(unknown))}")
        if not record_types:
            return []
        filters += f" AND d.record_type IN ({', '.join('?' for _ in record_types)})"
        filter_params.extend(record_types)
    tables = ["search"]
    if queued:  # another program writes, or the file is read-only: match the queue apart
        apart = index_queue_apart(conn)
        tables += [apart] if apart else []
    found = [
        hit
        for table in tables
        for hit in _hits_in(conn, table, query, filters, filter_params, limit)
    ]
    found.sort(key=lambda ranked: (ranked[0], -ranked[1]))
    return [hit for _, _, hit in found[:limit]]


def _hits_in(
    conn: sqlite3.Connection,
    table: str,
    query: str,
    filters: str,
    filter_params: list[str],
    limit: int,
) -> list[tuple[float, int, SearchHit]]:
    """The best ``limit`` hits of one full-text index (``search``, or the queued entries'
    own), as (rank, rowid, hit)."""
    # Ranking costs about a microsecond per matching row and phrase, so only the newest
    # RANKED_CANDIDATES matches that pass the filters are ranked: FTS5 walks rowids
    # downwards and stops there, and bm25() runs for those rows only.
    ranked = conn.execute(
        "SELECT rowid, record_type, record_id, event_id, score FROM ("
        f" SELECT {table}.rowid AS rowid, d.record_type, d.record_id, d.event_id,"
        f" bm25({table}, ?, ?) AS score"
        f" FROM {table} CROSS JOIN search_doc AS d ON d.rowid = {table}.rowid"
        f" WHERE {table} MATCH ?{filters} ORDER BY {table}.rowid DESC LIMIT ?"
        ") ORDER BY score, rowid DESC LIMIT ?",
        [TITLE_WEIGHT, BODY_WEIGHT, query, *filter_params, RANKED_CANDIDATES, limit],
    ).fetchall()
    if not ranked:
        return []
    # highlight() and snippet() in the query above would run for every candidate; here
    # they run for the hits only. FTS5 gets the rowid range (cheap to walk); the IN list,
    # kept from FTS5 by the unary +, would make it re-run the query once per rowid.
    rowids = [row[0] for row in ranked]
    marked = {
        rowid: (title, snippet)
        for rowid, title, snippet in conn.execute(
            f"SELECT rowid, highlight({table}, 0, ?, ?), snippet({table}, 1, ?, ?, ?, ?)"
            f" FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ?"
            f" AND +rowid IN ({', '.join('?' for _ in rowids)})",
            [
                HIGHLIGHT_START,
                HIGHLIGHT_END,
                HIGHLIGHT_START,
                HIGHLIGHT_END,
                ELLIPSIS,
                SNIPPET_TOKENS,
                query,
                min(rowids),
                max(rowids),
                *rowids,
            ],
        )
    }
    hits: list[tuple[float, int, SearchHit]] = []
    for rowid, record_type, record_id, event, score in ranked:
        if rowid not in marked:  # deleted in between by another connection
            continue
        title, snippet = marked[rowid]
        hit = SearchHit(
            record_type=record_type,
            record_id=UUID(record_id),
            event_id=UUID(event),
            title=_one_line(title),
            snippet=_one_line(snippet),
            rank=score,
        )
        hits.append((score, rowid, hit))
    return hits


def _one_line(text: str) -> str:
    # Bodies are fields joined by spaces (often empty ones) and texts hold line breaks.
    return " ".join(text.split())
