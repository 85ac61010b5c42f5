"""The quick-capture syntax: one line typed while people talk, read as an outcome.

``parse_capture`` runs on every keystroke (the live preview) and once more on Enter. It
never raises: what it does not understand stays in the text, and what looks meant but is
wrong (a due date that is not a date, an ``@`` that could be two people) is kept in the
text too and explained in ``warnings``.

- The kind: a leading ``!`` decision, ``>`` action, ``?`` question, ``"``/``“``/``«``
  quote (a matching closing quote at the end goes too), or a leading word and a colon
  (``risk:``, ``risque :``, ``idée:``, ``reco:``, ``résumé:``, ``note:`` … see
  ``KIND_WORDS``); otherwise a note.
- ``!!`` marks the entry key (the executive summary lists it): ``!!`` alone at the start is
  a key decision; after a kind (``> !!``, ``risk: !!``) it marks that kind key.
- ``@Name``: a person. The longest roster name the text after ``@`` starts with wins, else
  the one person with a first or last name starting with the word typed; else that word
  is a free name. ``@"Jean Dupont"`` quotes a name with spaces. An action's people are its
  owners; a quote's first person its speaker; anyone else on the roster is a mention.
  Free names that are neither owner nor speaker have nowhere to go, so they stay in the
  text as typed.
- ``#tag``: letters, digits, ``-`` and ``_`` in any script, with at least one letter (so
  "point #3" stays text).
- ``due:`` on actions: ``2022-03-15``, ``15/03/2022``, ``15/03``, ``friday``/``vendredi``/
  ``viernes`` (the next one, today excluded), ``tomorrow``/``demain``/``mañana``,
  ``today``, ``+3d``, ``+2w``.

A token counts only at the start of the text or after whitespace ("fatou@example.org"
and "C#" are text). Understood tokens are removed from the text, and the whitespace
around each becomes one space (a line break if it held one; nothing before closing
punctuation the token touched; a lone comma between two tokens goes with them).
Everything else is kept exactly as typed, apart from leading and trailing whitespace.
Past ``MAX_TOKENS`` tokens the rest is text, so a pasted megabyte stays fast.

``Span`` roles say what the preview highlights: ``kind``, ``person``, ``tag`` and ``due``
spans are removed from the text; ``error`` spans stay in it, with a warning.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain
from typing import Any
from uuid import UUID

from forum_desktop.models import OutcomeKind, Participant
from forum_desktop.notices import Notice, NoticeKind

TOO_MANY_TOKENS = NoticeKind(
    "capture.too_many_tokens",
    "Only the first {count} people, tags and due dates are read; the rest is kept as text",
)
DUE_NOT_ACTION = NoticeKind(
    "capture.due_not_action", "{typed} is kept in the text: only actions (>) have a due date"
)
DUE_EMPTY = NoticeKind(
    "capture.due_empty", "due: needs a date: use 2022-03-15, 15/03/2022, friday or +3d"
)
NOT_A_DATE = NoticeKind(
    "capture.not_a_date", "{typed} is not a date: use 2022-03-15, 15/03/2022, friday or +3d"
)
SECOND_DUE = NoticeKind(
    "capture.second_due", "{typed} is a second due date: the first, {first}, is kept"
)
NO_CLOSING_QUOTE = NoticeKind("capture.no_closing_quote", "{typed} needs a closing quote")
SAME_NAME = NoticeKind(
    "capture.same_name", "{typed}: {count} people on the roster are called {name}"
)
AMBIGUOUS = NoticeKind(
    "capture.ambiguous", "{typed} could be {names} or {last}: type more of the name"
)
AMBIGUOUS_MANY = NoticeKind(
    "capture.ambiguous_many", "{typed} could be {names} or others: type more of the name"
)
MAX_TOKENS = 500
"""How many people, tags and due dates one entry may hold; more is kept as text."""


@dataclass(frozen=True)
class RosterName:
    id: UUID
    name: str


@dataclass(frozen=True)
class Span:
    """Characters ``start:end`` of the typed text and what they were read as."""

    start: int
    end: int
    role: str  # "kind", "person", "tag", "due" or "error"


@dataclass(frozen=True)
class ParsedCapture:
    kind: OutcomeKind
    text: str
    person_ids: list[UUID]
    """Roster people: an action's owners; a quote's speaker (if first) then mentions."""
    free_names: list[str]
    """Names not on the roster: an action's owners, or a quote's speaker."""
    tags: list[str]
    due: date | None
    spans: list[Span]
    notices: list[Notice]
    """What was not understood and kept as text, and why."""
    key: bool = False
    """Marked key with ``!!``."""

    @property
    def warnings(self) -> list[str]:
        """The notices in English."""
        return [str(notice) for notice in self.notices]

    def outcome_fields(self) -> dict[str, Any]:
        """Fields of a ``services.capture.CaptureOutcome`` besides the event, session, item."""
        fields: dict[str, Any] = {}
        mentions = list(self.person_ids)
        if self.kind is OutcomeKind.ACTION:
            fields = {"owner_ids": mentions, "owner_names": list(self.free_names), "due": self.due}
            mentions = []
        elif self.kind is OutcomeKind.QUOTE:
            # A quote holds at most one free name, and only when the speaker is not on the
            # roster; otherwise the first roster person is the speaker.
            if self.free_names:
                fields = {"speaker_id": None, "speaker_name": self.free_names[0]}
            elif mentions:
                fields = {"speaker_id": mentions.pop(0), "speaker_name": ""}
            else:
                fields = {"speaker_id": None, "speaker_name": ""}
        return {
            "kind": self.kind.value,
            "text": self.text,
            "tags": list(self.tags),
            "mentions": mentions,
            "fields": fields,
            **({"key": True} if self.key else {}),
        }


def roster_of(participants: Iterable[Participant]) -> list[RosterName]:
    """The roster ``parse_capture`` and ``complete_name`` match against."""
    return [RosterName(p.id, p.name) for p in participants]


# --- Words -------------------------------------------------------------------------------

MARKERS: dict[str, OutcomeKind] = {
    "!": OutcomeKind.DECISION,
    ">": OutcomeKind.ACTION,
    "?": OutcomeKind.QUESTION,
    '"': OutcomeKind.QUOTE,
    "“": OutcomeKind.QUOTE,
    "«": OutcomeKind.QUOTE,
}

_CLOSERS = {'"': '"”', "“": '”"', "«": "»"}

KIND_WORDS: dict[str, OutcomeKind] = {
    word: kind
    for kind, words in {
        OutcomeKind.NOTE: "note nota",
        OutcomeKind.DECISION: "decision",
        OutcomeKind.ACTION: "action accion",
        OutcomeKind.QUESTION: "question pregunta",
        OutcomeKind.QUOTE: "quote citation",
        OutcomeKind.INSIGHT: "insight idea idee",
        OutcomeKind.RISK: "risk risque riesgo",
        OutcomeKind.RECOMMENDATION: "reco recommendation recommandation recomendacion",
        OutcomeKind.SUMMARY: "summary resume resumen",
    }.items()
    for word in words.split()
}
"""Leading words (folded: no accents, lowercase) that set the kind when a colon follows."""

_WEEKDAYS: dict[str, int] = {
    word: day
    for day, words in enumerate(
        [
            "monday mon lundi lun lunes",
            "tuesday tue tues mardi mar martes",
            "wednesday wed mercredi mer miercoles mie",
            "thursday thu thur thurs jeudi jeu jueves jue",
            "friday fri vendredi ven viernes vie",
            "saturday sat samedi sam sabado sab",
            "sunday sun dimanche dim domingo dom",
        ]
    )
    for word in words.split()
}
_DAYS_FROM_TODAY = {
    word: days
    for days, words in ((0, "today aujourdhui auj hoy"), (1, "tomorrow tmrw demain manana"))
    for word in words.split()
}
_UNIT_DAYS = {
    word: days
    for days, words in (
        (1, "d day days j jour jours dia dias"),
        (7, "w wk wks week weeks s sem semaine semaines semana semanas"),
    )
    for word in words.split()
}

# --- Characters --------------------------------------------------------------------------

_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_CLOSING_PUNCT = frozenset(",.;:!?)]}…")
_OPEN_QUOTES = frozenset(_CLOSERS)
_MAX_WORD = 100
"""A tag, name or due date longer than this is pasted text, not a token; the cap also
bounds the work one token costs."""
_MAX_KIND_WORD = 20

# The look-aheads skip "@," and "#3" without a trip through Python: pasted text full of
# them must not stall the preview. "due:" is spelled out so no Unicode case folding
# lets a look-alike in.
_TOKEN_HERE = re.compile(r"@(?=[\w\"“«])|#(?=[\w-]*[^\W\d_])|[dD][uU][eE]:")
_TOKEN = re.compile(rf"(?<!\S)(?:{_TOKEN_HERE.pattern})")
_WORD_RUN = re.compile(r"[\w-]*")  # tag characters, except combining marks (handled apart)
_LETTER = re.compile(r"[^\W\d_]")
_NON_SPACE = re.compile(r"\S*")
_LIST_SEPARATOR = re.compile(r"[,;]")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", re.ASCII)
_DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?", re.ASCII)
_RELATIVE = re.compile(r"\+(\d{1,4})([a-z]+)", re.ASCII)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _is_name_char(ch: str) -> bool:
    return ch.isalnum() or _is_mark(ch)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """``ch`` lowercased without accents ("É" -> "e", "ß" -> "ss", a combining mark -> "")."""
    if ch.isascii():
        return ch.lower()
    # NFKD twice: casefolding can produce characters that decompose further.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", ch).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Text as names are compared: folded characters, whitespace runs as one space."""
    return " ".join("".join(_fold_char(ch) for ch in text).split())


# --- The roster, indexed -----------------------------------------------------------------


class _Node:
    __slots__ = ("children", "ids")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.ids: list[UUID] = []


@dataclass(frozen=True)
class _Index:
    names: dict[UUID, str]
    trie: _Node
    """Folded full names, character by character; a node's ids end their name there."""
    tails: list[tuple[str, int, UUID]]
    """(folded name from one of its word starts, which word, person), sorted: a bisect
    finds everyone with a word starting with what was typed."""


@lru_cache(maxsize=4)
def _index(roster: tuple[RosterName, ...]) -> _Index:
    # Cached: the roster rarely changes between keystrokes, the text always does.
    names: dict[UUID, str] = {}
    trie = _Node()
    tails: list[tuple[str, int, UUID]] = []
    for person in roster:
        folded = fold(person.name)
        if not folded or person.id in names:
            continue
        names[person.id] = person.name
        node = trie
        for ch in folded:
            node = node.children.setdefault(ch, _Node())
        node.ids.append(person.id)
        starts = [0, *(i + 1 for i, ch in enumerate(folded) if ch in " -")]
        tails.extend((folded[start:], n, person.id) for n, start in enumerate(starts))
    tails.sort()
    return _Index(names, trie, tails)


def _candidates(index: _Index, prefix: str) -> Iterable[tuple[str, int, UUID]]:
    """The tails starting with ``prefix``, in order."""
    for k in range(bisect_left(index.tails, (prefix,)), len(index.tails)):
        tail = index.tails[k]
        if not tail[0].startswith(prefix):
            return
        yield tail


def complete_name(prefix: str, roster: Sequence[RosterName], limit: int = 8) -> list[RosterName]:
    """People for the ``@`` completion popup, best first.

    A name matches when one of its words starts with ``prefix`` (accents and case
    ignored). Best: the whole name typed, then names starting with the prefix, then those
    with a later word starting with it; alphabetical within each.
    """
    index = _index(tuple(roster))
    wanted = fold(prefix.lstrip("@").lstrip("".join(_OPEN_QUOTES)))
    best: dict[UUID, tuple[int, str]] = {}
    for tail, word, person_id in _candidates(index, wanted):
        rank = 0 if tail == wanted and word == 0 else 1 if word == 0 else 2
        key = (rank, tail if word == 0 else fold(index.names[person_id]))
        if person_id not in best or key < best[person_id]:
            best[person_id] = key
    ranked = sorted(best, key=lambda person_id: best[person_id])
    return [RosterName(person_id, index.names[person_id]) for person_id in ranked[:limit]]


# --- Due dates ---------------------------------------------------------------------------


def parse_due(value: str, today: date) -> date | None:
    """The date ``value`` (what follows ``due:``) stands for, or None."""
    normal = fold(unicodedata.normalize("NFKC", value)).replace("'", "").replace("’", "")
    try:
        if match := _ISO.fullmatch(normal):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DAY_FIRST.fullmatch(normal):
            day, month = int(match[1]), int(match[2])
            if match[3] is None:
                return _next_date(day, month, today)
            year = int(match[3])
            return date(year + 2000 if year < 100 else year, month, day)
        if match := _RELATIVE.fullmatch(normal):
            unit = _UNIT_DAYS.get(match[2])
            return None if unit is None else today + timedelta(days=int(match[1]) * unit)
    except (ValueError, OverflowError):  # 2022-02-30, year 0, past year 9999
        return None
    if normal in _DAYS_FROM_TODAY:
        return today + timedelta(days=_DAYS_FROM_TODAY[normal])
    if normal in _WEEKDAYS:
        return today + timedelta(days=(_WEEKDAYS[normal] - today.weekday() - 1) % 7 + 1)
    return None


def _next_date(day: int, month: int, today: date) -> date | None:
    """15/03 without a year: this year's, unless it has passed."""
    for year in (today.year, today.year + 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= today:
            return found
    return None


# --- Parsing -----------------------------------------------------------------------------


def parse_capture(typed: str, roster: Sequence[RosterName], today: date) -> ParsedCapture:
    """Read one quick-capture line; never raises."""
    return _Parser(typed, roster, today).parse()


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def _ambiguity(shown: str, names: list[str]) -> Notice:
    if len(set(names)) == 1:
        return SAME_NAME(typed=shown, count=len(names), name=names[0])
    if len(names) > 3:
        return AMBIGUOUS_MANY(typed=shown, names=", ".join(names[:3]))
    return AMBIGUOUS(typed=shown, names=", ".join(names[:-1]), last=names[-1])


class _Parser:
    def __init__(self, typed: str, roster: Sequence[RosterName], today: date) -> None:
        self.typed = typed
        self.roster = roster
        self.today = today
        self.lo = len(typed) - len(typed.lstrip())
        self.hi = max(self.lo, len(typed.rstrip()))
        self.kind = OutcomeKind.NOTE
        self.body = self.lo
        self.cuts: list[tuple[int, int]] = []  # removed from the text; in order, disjoint
        self.spans: list[Span] = []
        self.warnings: list[Notice] = []
        self.person_ids: list[UUID] = []
        self.free_names: list[str] = []
        self.tags: list[str] = []
        self.folded_tags: set[str] = set()
        self.folded_names: set[str] = set()
        self.due: date | None = None
        self.key = False
        self.speaker_taken = False
        self.index: _Index | None = None

    def parse(self) -> ParsedCapture:
        if self.hi > self.lo:
            self._read_kind()
            self._read_tokens()
            if self.kind is OutcomeKind.QUOTE:
                self._drop_closing_quote()
        return ParsedCapture(
            kind=self.kind,
            text=self._text(),
            person_ids=self.person_ids,
            free_names=self.free_names,
            tags=self.tags,
            due=self.due,
            spans=sorted(self.spans, key=lambda span: span.start),
            notices=self.warnings,
            key=self.key,
        )

    def _remove(self, start: int, end: int, role: str) -> None:
        self.cuts.append((start, end))
        self.spans.append(Span(start, end, role))

    def _keep(self, start: int, end: int, warning: Notice) -> None:
        self.spans.append(Span(start, end, "error"))
        self.warnings.append(warning)

    # The kind

    def _read_kind(self) -> None:
        self._read_kind_marker()
        self._read_key()

    def _read_key(self) -> None:
        """``!!`` right after the kind ("!!" alone: the decision marker's second "!")."""
        typed, start = self.typed, self.body
        if (
            self.kind is OutcomeKind.DECISION
            and start == self.lo + 1
            and typed[start : start + 1] == "!"
        ):
            start -= 1  # "!!": the first "!" was read as the decision marker
        else:
            while start < self.hi and typed[start] in " \t\xa0":
                start += 1
        end = start + 2
        if typed[start:end] != "!!" or (end < self.hi and not typed[end].isspace()):
            return
        self.key = True
        if self.cuts and self.cuts[-1][1] > start:  # the marker's "!" becomes part of "!!"
            self.cuts.pop()
            self.spans.pop()
        self._remove(start, end, "kind")
        self.body = end

    def _read_kind_marker(self) -> None:
        typed, lo = self.typed, self.lo
        if typed[lo] in MARKERS:
            self.kind = MARKERS[typed[lo]]
            self._remove(lo, lo + 1, "kind")
            self.body = lo + 1
            return
        end = lo
        limit = min(self.hi, lo + _MAX_KIND_WORD)
        while end < limit and (typed[end].isalpha() or _is_mark(typed[end])):
            end += 1
        colon = end
        while colon < min(self.hi, end + 3) and typed[colon] in " \t\xa0\u202f":
            colon += 1  # French typing puts a (no-break) space before the colon
        if end > lo and colon < self.hi and typed[colon] == ":":
            kind = KIND_WORDS.get(fold(typed[lo:end]))
            if kind is not None:
                self.kind = kind
                self._remove(lo, colon + 1, "kind")
                self.body = colon + 1

    def _drop_closing_quote(self) -> None:
        """Remove the quote's closing mark: the last character kept, if it matches."""
        typed, pos, k = self.typed, self.hi, len(self.cuts) - 1
        while pos > self.body:
            while k >= 0 and self.cuts[k][0] >= pos:
                k -= 1
            if k >= 0 and self.cuts[k][1] >= pos:
                pos = self.cuts[k][0]
            elif typed[pos - 1].isspace():
                pos -= 1
            else:
                break
        if pos <= self.body or typed[pos - 1] not in _CLOSERS[typed[self.lo]]:
            return
        # '"see @"' ends in a kept, unclosed name: that mark is the name's, not the quote's.
        if not any(s.start < pos <= s.end for s in self.spans if s.role == "error"):
            self._remove(pos - 1, pos, "kind")

    # Tokens

    def _read_tokens(self) -> None:
        typed, consumed, read = self.typed, self.body, 0
        # Right after a marker ("@" in ">@Fatou") a token needs no whitespace before it.
        first = _TOKEN_HERE.match(typed, self.body, self.hi) if self.body > self.lo else None
        found = _TOKEN.finditer(typed, self.body, self.hi)
        for match in chain([first] if first else [], found):
            at = match.start()
            if at < consumed:
                continue
            if read == MAX_TOKENS:
                # A paste of thousands of #, @ and due: is not a capture; reading them all
                # would stall the preview, which runs on every keystroke.
                self.warnings.append(TOO_MANY_TOKENS(count=MAX_TOKENS))
                break
            token = match.group()
            if token == "@":
                end = self._person(at)
            elif token == "#":
                end = self._tag(at)
            else:
                end = self._due(at)
            if end > at:
                read += 1
                consumed = end

    def _tag(self, at: int) -> int:
        typed, end = self.typed, at + 1
        limit = min(self.hi, at + 2 + _MAX_WORD)
        while True:
            run = _WORD_RUN.match(typed, end, limit)
            end = run.end() if run else end
            if end < limit and _is_mark(typed[end]):
                end += 1  # vowel signs and viramas, so Indic tags stay whole
                continue
            break
        tag = typed[at + 1 : end]
        if len(tag) > _MAX_WORD or not _LETTER.search(tag):
            return at
        self._remove(at, end, "tag")
        if tag.casefold() not in self.folded_tags:
            self.folded_tags.add(tag.casefold())
            self.tags.append(tag)
        return end

    def _quoted(self, start: int) -> int | None:
        """The end of the quoted run at ``start`` (after its closing mark), or None."""
        closers = _CLOSERS[self.typed[start]]
        for pos in range(start + 1, min(self.hi, start + 2 + _MAX_WORD)):
            ch = self.typed[pos]
            if ch in closers:
                return pos + 1
            if ch in _LINE_BREAKS:
                return None
        return None

    def _due(self, at: int) -> int:
        typed, start = self.typed, at + 4
        end = self._quoted(start) if start < self.hi and typed[start] in _OPEN_QUOTES else None
        if end is not None:
            found = parse_due(typed[start + 1 : end - 1], self.today)
            value_end = end
        else:
            run = _NON_SPACE.match(typed, start, self.hi)
            end = value_end = run.end() if run else start
            while value_end > start and not typed[value_end - 1].isalnum():
                value_end -= 1  # "due:friday," ends at the comma
            value = typed[start:value_end]
            found = parse_due(value, self.today) if 0 < len(value) <= _MAX_WORD else None
        shown = _shown(typed[at:end])
        if self.kind is not OutcomeKind.ACTION:
            # Only actions have a due date; a real date gets a hint, other text is text.
            if found is not None:
                self._keep(at, value_end, DUE_NOT_ACTION(typed=shown))
            return end
        if found is None:
            if end == start:
                self._keep(at, end, DUE_EMPTY())
            else:
                self._keep(at, end, NOT_A_DATE(typed=shown))
        elif self.due is not None:
            self._keep(at, value_end, SECOND_DUE(typed=shown, first=self.due.isoformat()))
        else:
            self.due = found
            self._remove(at, value_end, "due")
        return end

    def _person(self, at: int) -> int:
        typed, start = self.typed, at + 1
        if start >= self.hi:
            return at
        if typed[start] in _OPEN_QUOTES:
            end = self._quoted(start)
            if end is None:
                self._keep(at, start + 1, NO_CLOSING_QUOTE(typed=_shown(typed[at : self.hi])))
                return start + 1
            name = " ".join(typed[start + 1 : end - 1].split())
            if not name:
                return at
            return self._found_person(at, end, self._exact(name), name)
        if not _is_name_char(typed[start]):
            return at
        index = self._roster_index()
        longest = _longest_name(typed, start, self.hi, index.trie)
        if longest is not None:
            end, ids = longest
            return self._found_person(at, end, ids, typed[start:end])
        run = _NON_SPACE.match(typed, start, min(self.hi, start + _MAX_WORD + 1))
        end = run.end() if run else start
        if end - start > _MAX_WORD:
            return at
        while not _is_name_char(typed[end - 1]):
            end -= 1  # "@Fatou," leaves the comma
        word = typed[start:end]
        return self._found_person(at, end, _by_word(index, fold(word)), word)

    def _roster_index(self) -> _Index:
        if self.index is None:
            self.index = _index(tuple(self.roster))
        return self.index

    def _exact(self, name: str) -> list[UUID]:
        node: _Node | None = self._roster_index().trie
        for ch in fold(name):
            node = node.children.get(ch) if node else None
        return list(node.ids) if node else []

    def _found_person(self, at: int, end: int, ids: list[UUID], typed_name: str) -> int:
        """Record the person ``typed[at:end]`` names: ``ids`` are the roster's candidates."""
        shown = _shown(self.typed[at:end])
        person_id = ids[0] if len(ids) == 1 else None
        owner_or_speaker = self.kind is OutcomeKind.ACTION or (
            self.kind is OutcomeKind.QUOTE and not self.speaker_taken
        )
        warning = None
        if len(ids) > 1:
            index = self._roster_index()
            warning = _ambiguity(shown, [index.names[i] for i in ids])
        if person_id is None and not owner_or_speaker:
            # A free name that is neither owner nor speaker has nowhere to go.
            if warning:
                self._keep(at, end, warning)
            return end
        if warning:
            self.warnings.append(warning)
        self.speaker_taken = True
        self._remove(at, end, "person")
        if person_id is not None:
            if person_id not in self.person_ids:
                self.person_ids.append(person_id)
        else:
            name = " ".join(typed_name.split())
            if name.casefold() not in self.folded_names:
                self.folded_names.add(name.casefold())
                self.free_names.append(name)
        return end

    # The text

    def _text(self) -> str:
        typed, lo, hi = self.typed, self.lo, self.hi
        pieces: list[str] = []
        pos = lo
        for start, end in self._merged_cuts():
            pieces.append(typed[pos:start])
            if start > lo and end < hi:
                gap = typed[start:end]
                if any(ch in _LINE_BREAKS for ch in gap):
                    pieces.append("\n")
                elif not (typed[end] in _CLOSING_PUNCT and not typed[end - 1].isspace()):
                    pieces.append(" ")
            pos = end
        pieces.append(typed[pos:hi])
        return "".join(pieces)

    def _merged_cuts(self) -> list[tuple[int, int]]:
        """The cuts widened over the whitespace around them, overlapping ones merged."""
        typed, lo, hi = self.typed, self.lo, self.hi
        merged: list[tuple[int, int]] = []
        for start, end in sorted(self.cuts):
            while start > lo and typed[start - 1].isspace():
                start -= 1
            while end < hi and typed[end].isspace():
                end += 1
            # A comma or semicolon between two tokens ("#finances, #rh") separated them.
            if merged and (
                start <= merged[-1][1] or _LIST_SEPARATOR.fullmatch(typed, merged[-1][1], start)
            ):
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


def _longest_name(typed: str, start: int, end: int, trie: _Node) -> tuple[int, list[UUID]] | None:
    """The longest roster name ``typed[start:]`` starts with, ending where a word ends."""
    node, pos, best = trie, start, None
    previous_space = False
    while True:
        if node.ids and (pos >= end or not _is_name_char(typed[pos])):
            best = (pos, node.ids)
        if pos >= end or typed[pos] in _LINE_BREAKS:
            return best
        ch = typed[pos]
        pos += 1
        if ch.isspace():
            if previous_space:
                continue  # "Fatou  Ndiaye" is "Fatou Ndiaye"
            previous_space, folded = True, " "
        else:
            previous_space, folded = False, _fold_char(ch)
        for part in folded:
            child = node.children.get(part)
            if child is None:
                return best
            node = child


def _by_word(index: _Index, word: str) -> list[UUID]:
    """Who ``word`` names: everyone with that exact first or last name, else everyone with a
    name word starting with it (a few are enough to tell one from several)."""
    exact: dict[UUID, None] = {}
    loose: dict[UUID, None] = {}
    size = len(word)
    if not size:
        return []
    for tail, _, person_id in _candidates(index, word):
        after = tail[size : size + 1]
        if after in ("", " "):
            exact[person_id] = None
        elif after > " " and (exact or len(loose) >= 4):
            break  # sorted: no whole-word match comes after a longer word
        loose[person_id] = None
        if len(exact) >= 4:
            break
    return list(exact or loose)
