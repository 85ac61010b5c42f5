"""A hostile, multilingual corpus for the minutes: every bidi control (embeddings,
overrides, isolates, marks), emoji with skin tones and ZWJ, Arabic, Hebrew, Korean,
Devanagari, Greek, Cyrillic, markup and control characters, in names, titles and entries."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from dataclasses import dataclass
from uuid import UUID

from forum_desktop.export.isolation import CONTROLS
from forum_desktop.export.markup import clean
from forum_desktop.models import ReviewState
from forum_desktop.services import agenda, capture
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.participants import AddParticipant
from forum_desktop.storage import Store

LINES = (
    "Contrôles \u202aLRE\u202c \u202bRLE\u202c \u202dLRO\u202c \u202eRLO\u202c "
    "\u2066LRI\u2069 \u2067RLI\u2069 \u2068FSI\u2069 \u200eLRM \u200fRLM \u061cALM fin",
    "Stray closers \u202c\u2069\u202c and openers left open \u202a\u202b\u2066\u2067\u2068 end",
    "Override never closed \u202eXYZ 2022",
    "Emoji 👩🏽\u200d🏫🤝🌍 👍🏿 ❤\ufe0f 👨\u200d👩\u200d👧",
    "Arabic التعلم بين المدن (الرباط) ٢٠٢٢",
    "Hebrew שלום עולם [ירושלים]",
    "Korean «대전 세계총회» 준비",
    "Devanagari नमस्ते दुनिया",
    "Ελληνικά και Кириллица",
    '<b>markup</b> & <img src="/etc/passwd"> *star* _under_ | pipe # hash `tick`',
    "Controls \x00\x07\x1b\ttab\x7f\x85 nel",
)
RLO_OWNER = "\u202eMaría Ñúñez"
"""An owner whose name opens a right-to-left override and never closes it."""
RLI_NAME = "\u2067سلمى"
ARABIC_OWNER = "سلمى بنعلي"
DUE = dt.date(2022, 3, 15)


@dataclass(frozen=True)
class Hostile:
    event_id: UUID
    session_id: UUID


def visible(text: str) -> Counter[str]:
    """The characters a reader must find of ``text``: NFKC, without controls, the bidi
    controls, joiners and variation selectors (which draw nothing) and spaces."""
    text = unicodedata.normalize("NFKC", clean(text))
    return Counter(
        char
        for char in text
        if not char.isspace()
        and char not in CONTROLS
        and unicodedata.category(char) not in ("Cf", "Cc", "Mn")
    )


def contains(found: str, expected: str) -> bool:
    """Whether ``found`` holds every visible character of ``expected`` (as many times)."""
    return not visible(expected) - visible(found)


def populate_hostile(store: Store) -> Hostile:
    """The demo event in French with the corpus as entries, item titles and names."""
    event_id: UUID = execute(store, CreateDemoEvent()).value
    session = agenda.sessions_of(store, event_id)[0]
    items = agenda.items_of(store, session.id)
    for item, line in zip(items, LINES, strict=False):
        execute(store, agenda.UpdateItem(item_id=item.id, title=line))
    people = [
        execute(store, AddParticipant(event_id=event_id, name=name)).value
        for name in (RLO_OWNER, RLI_NAME, ARABIC_OWNER, LINES[3], LINES[7])
    ]
    outcomes = [
        execute(
            store,
            capture.CaptureOutcome(
                event_id=event_id,
                session_id=session.id,
                item_id=items[0].id,
                kind="decision",
                text=line,
            ),
        ).value
        for line in LINES
    ]
    outcomes.append(
        execute(
            store,
            capture.CaptureOutcome(
                event_id=event_id,
                session_id=session.id,
                item_id=items[0].id,
                kind="action",
                text="Envoyer le compte rendu",
                fields={
                    "owner_ids": [str(people[0]), str(people[3])],
                    "due": DUE.isoformat(),
                    "status": "open",
                },
            ),
        ).value
    )
    outcomes.append(
        execute(
            store,
            capture.CaptureOutcome(
                event_id=event_id,
                session_id=session.id,
                item_id=items[0].id,
                kind="action",
                text="Préparer la carte",
                fields={"owner_ids": [str(people[2]), str(people[1])], "status": "open"},
            ),
        ).value
    )
    execute(store, capture.SetReview(outcome_ids=outcomes, state=ReviewState.APPROVED))
    return Hostile(event_id, session.id)
