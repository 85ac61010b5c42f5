"""An entry's ``fields`` are normalised to its kind's JSON form, also when none are given."""

from __future__ import annotations

import datetime as dt
from uuid import uuid4

import pytest
from pydantic import ValidationError

from forum_desktop.models import Outcome, OutcomeKind

WHEN = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)


def entry(kind: str, fields: dict[str, object]) -> Outcome:
    return Outcome(event_id=uuid4(), kind=kind, captured_at=WHEN, fields=fields)


def test_a_note_without_fields_keeps_none() -> None:
    assert entry(OutcomeKind.NOTE, {}).fields == {}


def test_an_action_without_fields_gets_its_defaults() -> None:
    """The quick path for empty fields must not skip kinds whose form shows defaults."""
    fields = entry(OutcomeKind.ACTION, {}).fields
    assert fields["status"] == "open"
    assert fields["owner_ids"] == []


def test_fields_that_do_not_fit_the_kind_are_refused() -> None:
    with pytest.raises(ValidationError):
        entry(OutcomeKind.NOTE, {"status": "open"})
