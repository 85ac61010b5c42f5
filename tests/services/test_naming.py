"""The one rule for naming people beside what they said, wherever others see it."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

from forum_desktop.models import Participant, Session
from forum_desktop.services.naming import chatham_house, may_name, names_shown

EVENT = uuid4()
OPEN = Session(event_id=EVENT, title="Open", date=date(2022, 2, 23))
CLOSED = Session(event_id=EVENT, title="Closed", date=date(2022, 2, 23), chatham_house=True)
AWA = Participant(event_id=EVENT, name="Awa Diop")
LUCIA = Participant(event_id=EVENT, name="Lucía Gómez", no_name=True)


def test_the_chatham_house_sessions_are_those_marked() -> None:
    assert chatham_house(OPEN, CLOSED, None) == {CLOSED.id}
    assert chatham_house() == frozenset()


def test_nobody_is_named_under_the_chatham_house_rule_or_when_anonymous() -> None:
    rule = chatham_house(OPEN, CLOSED)
    assert names_shown(OPEN.id, rule)
    assert names_shown(None, rule)  # outside any session
    assert not names_shown(CLOSED.id, rule)
    assert not names_shown(OPEN.id, rule, anonymous=True)
    assert not may_name(AWA, CLOSED.id, rule)
    assert not may_name(None, CLOSED.id, rule)  # a name typed as text
    assert not may_name(AWA, OPEN.id, rule, anonymous=True)


def test_a_person_who_asked_not_to_be_named_is_named_nowhere() -> None:
    rule = chatham_house(OPEN, CLOSED)
    assert may_name(AWA) and may_name(AWA, OPEN.id, rule)
    assert may_name(None, OPEN.id, rule)
    assert not may_name(LUCIA) and not may_name(LUCIA, OPEN.id, rule)
