"""Who may be named beside what was said, wherever it is shown to people other than the
rapporteur: the minutes, the action exports, the phones. One rule for all of them.

What was said is always kept; only the name goes. Nobody is named in a session held under
the Chatham House rule, for an anonymous entry or in anonymised minutes, and a person who
asked not to be named on the roster (``Participant.no_name``) is named nowhere.
"""

from __future__ import annotations

from collections.abc import Collection
from uuid import UUID

from forum_desktop.models import Participant, Session


def names_shown(
    session_id: UUID | None, chatham_house: Collection[UUID], *, anonymous: bool = False
) -> bool:
    """Whether what was said in ``session_id`` (``None``: outside any session) may name
    people: not when ``anonymous`` (the entry or the whole document), nor in one of the
    ``chatham_house`` sessions."""
    return not anonymous and session_id not in chatham_house


def may_name(
    person: Participant | None,
    session_id: UUID | None = None,
    chatham_house: Collection[UUID] = frozenset(),
    *,
    anonymous: bool = False,
) -> bool:
    """Whether ``person`` may be named there: as ``names_shown``, and only if they did not
    ask not to be named (``None``: a name typed as text, not on the roster)."""
    if not names_shown(session_id, chatham_house, anonymous=anonymous):
        return False
    return person is None or not person.no_name


def chatham_house(*sessions: Session | None) -> frozenset[UUID]:
    """Those of ``sessions`` held under the Chatham House rule, by id."""
    return frozenset(s.id for s in sessions if s is not None and s.chatham_house)
