"""The event JSON document: round trip, idempotent import, clear refusals."""

from __future__ import annotations

import json
from pathlib import Path
from uuid import uuid4

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.models import AgendaItem, Event, Participant, Session
from forum_desktop.services.check import run_checks
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.document_import import import_document
from forum_desktop.services.documents import (
    DocumentError,
    document_to_json,
    export_document,
    parse_document,
)
from forum_desktop.storage import Store, open_database


def fresh_store(path: Path, clock: FakeClock) -> Store:
    return Store(open_database(path, clock), clock)


def demo_json(store: Store) -> str:
    event_id = execute(store, CreateDemoEvent()).value
    return document_to_json(export_document(store, event_id))


def test_round_trip_into_an_empty_database(store: Store, clock: FakeClock, tmp_path: Path) -> None:
    text = demo_json(store)
    other = fresh_store(tmp_path / "other.sqlite3", clock)
    document = parse_document(text.encode())
    import_document(other, document=document)
    assert document_to_json(export_document(other, document.event.id)) == text
    assert run_checks(other) == []


def test_importing_twice_changes_nothing(store: Store, clock: FakeClock, tmp_path: Path) -> None:
    document = parse_document(demo_json(store).encode())
    other = fresh_store(tmp_path / "other.sqlite3", clock)
    first = import_document(other, document=document)
    second = import_document(other, document=document)
    assert len(first.changes) == 1 + 15 + 1 + 10
    assert second.changes == ()
    assert len(other.select(Participant)) == 15
    assert len(other.select(AgendaItem)) == 10


def test_import_updates_what_differs_only(store: Store) -> None:
    raw = json.loads(demo_json(store))
    raw["participants"][0]["city"] = "Saint-Louis"
    result = import_document(store, document=parse_document(json.dumps(raw).encode()))
    assert [(c.record_type, set(c.fields)) for c in result.changes] == [("participant", {"city"})]
    person = store.require(Participant, raw["participants"][0]["id"])
    assert person.city == "Saint-Louis"


def test_children_listed_before_parents_still_import(store: Store, tmp_path: Path) -> None:
    raw = json.loads(demo_json(store))
    raw["agenda_items"].reverse()
    other = fresh_store(tmp_path / "other.sqlite3", store.clock)  # type: ignore[arg-type]
    import_document(other, document=parse_document(json.dumps(raw).encode()))
    assert len(other.select(AgendaItem)) == 10


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["event"].pop("title"), "event.title: Field required"),
        (lambda d: d["participants"][2].update(email="nobody"), "participants[2].email"),
        (lambda d: d["event"].update(timezone="Mars/Olympus"), "event.timezone"),
        (lambda d: d.update(format_version=99), "format_version"),
        (lambda d: d["participants"][0].update(event_id=str(uuid4())), "participants[0].event_id"),
        (lambda d: d["agenda_items"][0].update(session_id=str(uuid4())), "agenda_items[0]"),
        (lambda d: d["event"].update(surprise=1), "event.surprise"),
    ],
)
def test_bad_documents_name_the_first_bad_field(
    store: Store, mutate: object, expected: str
) -> None:
    raw = json.loads(demo_json(store))
    mutate(raw)  # type: ignore[operator]
    with pytest.raises(DocumentError) as caught:
        parse_document(json.dumps(raw).encode())
    assert expected in str(caught.value)


def test_parent_cycle_is_refused(store: Store) -> None:
    raw = json.loads(demo_json(store))
    items = raw["agenda_items"]
    items[0]["parent_id"], items[1]["parent_id"] = items[1]["id"], items[0]["id"]
    with pytest.raises(DocumentError, match="cycle"):
        parse_document(json.dumps(raw).encode())


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"{not json", "not valid JSON (line 1"),
        (b"[1, 2, 3]", "not a Forum Desktop event document"),
        (b'{"format": "something-else"}', "not a Forum Desktop event document"),
    ],
)
def test_files_that_are_not_documents(data: bytes, expected: str) -> None:
    with pytest.raises(DocumentError, match=expected.replace("(", r"\(")):
        parse_document(data)


def test_hostile_text_survives_exactly(store: Store, tmp_path: Path) -> None:
    hostile = '<b>bold</b> & <img src="/etc/passwd"> "quotes" \u202eRTL emoji 🎉 سلام 대전'
    raw = json.loads(demo_json(store))
    raw["event"]["context"] = hostile
    other = fresh_store(tmp_path / "other.sqlite3", store.clock)  # type: ignore[arg-type]
    import_document(other, document=parse_document(json.dumps(raw).encode()))
    assert other.require(Event, raw["event"]["id"]).context == hostile
    assert len(other.select(Session)) == 1


def test_outcomes_travel_with_the_event(store: Store, clock: FakeClock, tmp_path: Path) -> None:
    from forum_desktop.models import Outcome
    from forum_desktop.services.capture import CaptureOutcome

    event_id = execute(store, CreateDemoEvent()).value
    execute(
        store,
        CaptureOutcome(
            event_id=event_id,
            kind="action",
            text="Partager la fiche <b>MOOC</b>",
            fields={"owner_names": ["Jean Dupont"], "due": "2022-03-15"},
        ),
    )
    text = document_to_json(export_document(store, event_id))
    assert '"format_version": 5' in text
    other = fresh_store(tmp_path / "other.sqlite3", clock)
    import_document(other, document=parse_document(text.encode()))
    [outcome] = other.select(Outcome, order_by="captured_at")
    assert outcome.text == "Partager la fiche <b>MOOC</b>"
    assert document_to_json(export_document(other, event_id)) == text


def test_version_1_documents_still_import(store: Store, clock: FakeClock, tmp_path: Path) -> None:
    raw = json.loads(demo_json(store))
    raw["format_version"] = 1
    del raw["outcomes"]
    other = fresh_store(tmp_path / "other.sqlite3", clock)
    import_document(other, document=parse_document(json.dumps(raw).encode()))
    assert len(other.select(Participant)) == 15


def test_planned_vs_actual_travels_with_the_event(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    from datetime import timedelta

    from forum_desktop.services import run as run_ops
    from forum_desktop.services.commands import execute
    from tests.services.helpers import T0, build_day

    session_id, ids = build_day(store, [10, 20])
    execute(store, run_ops.StartRun(session_id=session_id, at=T0))
    execute(store, run_ops.ExtendItem(session_id=session_id, seconds=120, at=T0))
    execute(store, run_ops.StartSpeaker(session_id=session_id, item_id=ids[0], name="Jun", at=T0))
    execute(store, run_ops.NextItem(session_id=session_id, at=T0 + timedelta(minutes=12)))
    event_id = run_ops.load_run(store, session_id).session.event_id
    text = document_to_json(export_document(store, event_id))
    other = fresh_store(tmp_path / "other.sqlite3", clock)
    import_document(other, document=parse_document(text.encode()))
    moved = run_ops.load_run(other, session_id).at(T0 + timedelta(minutes=15))
    assert moved.timing(ids[0]).end == T0 + timedelta(minutes=12)
    assert moved.timing(ids[0]).allotted_seconds == 12 * 60
    assert moved.remaining_seconds == 17 * 60
    assert [t.name for t in run_ops.speaker_turns(other, ids[0])] == ["Jun"]
    assert document_to_json(export_document(other, event_id)) == text


def test_a_run_of_a_session_not_in_the_document_is_refused(store: Store) -> None:
    from forum_desktop.services import run as run_ops
    from forum_desktop.services.commands import execute
    from tests.services.helpers import T0, build_day

    session_id, _ = build_day(store, [10])
    execute(store, run_ops.StartRun(session_id=session_id, at=T0))
    event_id = run_ops.load_run(store, session_id).session.event_id
    raw = json.loads(document_to_json(export_document(store, event_id)))
    raw["item_runs"][0]["item_id"] = str(uuid4())
    with pytest.raises(DocumentError, match=r"item_runs\[0\].item_id: no such item"):
        parse_document(json.dumps(raw).encode())
    raw = json.loads(document_to_json(export_document(store, event_id)))
    raw["session_runs"].append({**raw["session_runs"][0], "id": str(uuid4())})
    with pytest.raises(DocumentError, match=r"session_runs\[1\].session_id: a second run"):
        parse_document(json.dumps(raw).encode())


def test_a_methods_live_state_travels_with_the_event(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """A peer review's cases go with the feedback that names them (format 4)."""
    from forum_desktop.methods.peer_review_acts import peer_review_view
    from forum_desktop.models import MethodRun, MethodScreen
    from forum_desktop.models.screens import PeerReviewState, ReviewCase
    from forum_desktop.services.agenda import items_of, sessions_of
    from tests.services.helpers import legacy_method_run

    event_id = execute(store, CreateDemoEvent()).value
    item = items_of(store, sessions_of(store, event_id)[0].id)[0]
    case = ReviewCase(presenter_name="Ana", city="Montevideo", topic="Presupuesto")
    state = PeerReviewState(cases=(case,), current=case.id)
    legacy_method_run(store, item_id=item.id, screen=MethodScreen.PEER_REVIEW, state=state)
    text = document_to_json(export_document(store, event_id))
    other = fresh_store(tmp_path / "other.sqlite3", clock)
    import_document(other, document=parse_document(text.encode()))
    # The legacy run became the peer review's own records on import (format 5).
    assert other.select(MethodRun, order_by="created_at") == []
    review = peer_review_view(other, item.id)
    assert (review.cases, review.current) == (state.cases, case.id)
    raw = json.loads(text)
    raw["format_version"] = 3  # an older reader's promise: it must not carry method runs
    with pytest.raises(DocumentError, match="method runs and a logo need format_version 4"):
        parse_document(json.dumps(raw).encode())


def test_a_dot_vote_travels_as_records_and_a_format_4_vote_is_converted(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """Format 5 carries the vote's options and ballots; a format-4 document's dot-vote run
    becomes the same records on import, and undoing the import takes them away."""
    from forum_desktop.methods.dot_vote import vote_view
    from forum_desktop.models import MethodRun
    from forum_desktop.models.screens import Ballot, DotVotingState, VoteOption
    from forum_desktop.services.agenda import items_of, sessions_of
    from forum_desktop.services.operations import undo
    from forum_desktop.services.participants import roster
    from forum_desktop.services.vote import AddOption, CastBallot
    from tests.services.method_examples import apply_method

    event_id = execute(store, CreateDemoEvent()).value
    items = items_of(store, sessions_of(store, event_id)[0].id)
    item = next(i for i in items if not any(c.parent_id == i.id for c in items))
    apply_method(store, item_id=item.id, method_id="dot-voting", language="en")
    water = execute(store, AddOption(item_id=item.id, text="Water")).value
    person = roster(store, event_id)[0].id
    execute(store, CastBallot(item_id=item.id, participant_id=person, dots={water: 2}))
    text = document_to_json(export_document(store, event_id))
    other = fresh_store(tmp_path / "other.sqlite3", clock)
    import_document(other, document=parse_document(text.encode()))
    assert vote_view(other, item.id) == vote_view(store, item.id)

    raw = json.loads(text)
    option = VoteOption(text="Housing")
    state = DotVotingState(
        options=(option,), ballots=(Ballot(participant_id=person, dots={option.id: 3}),)
    )
    session_id = str(item.session_id)
    run = {"event_id": str(event_id), "session_id": session_id, "item_id": str(item.id)}
    raw.update(format_version=4, dot_vote_settings=[], dot_vote_options=[], dot_vote_ballots=[])
    raw["method_runs"] = [
        MethodRun(**run, screen="dot_voting", state=state.model_dump(mode="json")).model_dump(
            mode="json"
        )
    ]
    with pytest.raises(DocumentError, match="dot votes as records need format_version 5"):
        parse_document(json.dumps({**json.loads(text), "format_version": 4}).encode())
    third = fresh_store(tmp_path / "third.sqlite3", clock)
    imported = import_document(third, document=parse_document(json.dumps(raw).encode()))
    view = vote_view(third, item.id)
    assert [(t.option.text, t.dots) for t in view.tallies] == [("Housing", 3)]
    assert third.select(MethodRun, order_by="created_at") == []
    undo(third, imported)
    for table in ("dot_vote_settings", "dot_vote_option", "dot_vote_ballot", "method_run"):
        assert third.conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)


def test_cases_groups_and_themes_travel_with_the_event(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """Peer review cases and moves, breakout groups and memberships, 1-2-4-All themes and
    their ideas are records of the document; a record of another item is refused."""
    from forum_desktop.methods.breakout_acts import MakeGroups, breakouts_view
    from forum_desktop.methods.idea_acts import AddIdea, GroupIdeasIntoTheme, ideas_view
    from forum_desktop.methods.peer_review_acts import AddCase, peer_review_view
    from forum_desktop.services.agenda import items_of, sessions_of

    event_id = execute(store, CreateDemoEvent()).value
    item = items_of(store, sessions_of(store, event_id)[0].id)[0].id
    execute(store, AddCase(item_id=item, presenter_name="Ana", topic="Presupuesto"))
    execute(store, MakeGroups(item_id=item, count=2, seed=4, names=("A", "B")))
    idea = execute(store, AddIdea(item_id=item, text="Bicis")).value
    execute(store, GroupIdeasIntoTheme(item_id=item, idea_ids=(idea,), name="Movilidad"))
    text = document_to_json(export_document(store, event_id))
    other = fresh_store(tmp_path / "other.sqlite3", clock)
    import_document(other, document=parse_document(text.encode()))
    for view in (peer_review_view, breakouts_view, ideas_view):
        assert view(other, item) == view(store, item)
    assert breakouts_view(other, item).groups and ideas_view(other, item).themes
    raw = json.loads(text)
    raw["breakouts"][0]["item_id"] = str(uuid4())
    with pytest.raises(DocumentError, match=r"breakouts\[0\]\.item_id"):
        import_document(other, document=parse_document(json.dumps(raw).encode()))
