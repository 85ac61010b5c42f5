"""Legacy method state (one ``MethodRun`` blob) turned into records of their own: from
the version-13 fixture, the same records on every laptop that converts the same run, and
where the app and the command line open a database."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from forum_desktop.cli import main
from forum_desktop.clock import FakeClock
from forum_desktop.methods.dot_vote import vote_view
from forum_desktop.models import ChangeKind, MethodRun, MethodScreen
from forum_desktop.models.vote import EntryMode
from forum_desktop.services.commands import execute
from forum_desktop.services.method_upgrade import LEGACY_UPGRADES, upgrade_legacy_method_runs
from forum_desktop.storage import Store, open_database
from tests.storage.fixtures import make_fixtures
from tests.sync.laptops import snapshot
from tests.test_cli import private_home  # noqa: F401 - logs under tmp_path

CLOCK = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
DOT_VOTE_RUN = UUID("6e000000-0000-4000-8000-000000000001")


def open_v13(tmp_path: Path, name: str = "v13.sqlite3") -> Store:
    target = tmp_path / name
    shutil.copyfile(make_fixtures.fixture_path(13), target)
    return Store(open_database(target, CLOCK), CLOCK)


def test_the_legacy_dot_vote_becomes_options_ballots_and_settings(tmp_path: Path) -> None:
    store = open_v13(tmp_path)
    runs = store.select(MethodRun, order_by="created_at")
    assert {run.screen for run in runs} == set(MethodScreen) - {MethodScreen.ONE_TWO_FOUR_ALL}
    converted = [run for run in runs if run.screen in LEGACY_UPGRADES]
    assert MethodScreen.DOT_VOTING in {run.screen for run in converted}
    assert upgrade_legacy_method_runs(store) == len(converted)
    view = vote_view(store, UUID(make_fixtures.WELCOME_ID))
    assert [(o.text, o.hands) for o in view.options] == [
        ("Budgets participatifs", 7),
        ("Transports", 0),
    ]
    assert [(t.dots, t.ballots) for t in view.tallies] == [(2, 1), (3, 2)]
    assert {b.participant_id for b in view.ballots} == {
        UUID(make_fixtures.FATOU),
        UUID(make_fixtures.JOAO),
    }
    settings = view.settings
    assert (settings.dots_per_person, settings.max_per_option) == (3, 2)
    assert settings.mode is EntryMode.BALLOTS and settings.revealed
    # The run is gone, journaled; the screens not converted yet keep theirs.
    assert store.get(MethodRun, DOT_VOTE_RUN) is None
    assert store.journal(DOT_VOTE_RUN)[-1].kind is ChangeKind.DELETE
    assert len(store.select(MethodRun, order_by="created_at")) == len(runs) - len(converted)
    assert upgrade_legacy_method_runs(store) == 0  # nothing left to convert


def test_two_laptops_converting_the_same_run_make_the_same_records(tmp_path: Path) -> None:
    first, second = open_v13(tmp_path, "a.sqlite3"), open_v13(tmp_path, "b.sqlite3")
    for store in (first, second):
        upgrade_legacy_method_runs(store)
    event_id = UUID(make_fixtures.EVENT_ID)
    mine, theirs = snapshot(first, event_id), snapshot(second, event_id)
    for table in ("dot_vote_settings", "dot_vote_option", "dot_vote_ballot"):
        assert mine[table] and mine[table] == theirs[table]


def test_the_command_line_converts_legacy_runs_when_it_opens_the_database(
    tmp_path: Path,
) -> None:
    target = tmp_path / "v13.sqlite3"
    shutil.copyfile(make_fixtures.fixture_path(13), target)
    assert main(["events", "--db", str(target)]) == 0
    store = Store(open_database(target, CLOCK), CLOCK)
    assert store.get(MethodRun, DOT_VOTE_RUN) is None
    assert len(vote_view(store, UUID(make_fixtures.WELCOME_ID)).ballots) == 2


def test_laptops_that_converted_the_same_run_agree_after_a_sync(tmp_path: Path) -> None:
    """Both laptops had the legacy run; each converts it; syncing finds nothing to disagree
    on: the same records, no conflict, nothing held, the run deleted on both."""
    from forum_desktop.models.screens import Ballot, DotVotingState, VoteOption
    from forum_desktop.services.agenda import AddItem, AddSession
    from forum_desktop.services.events import CreateEvent
    from forum_desktop.services.participants import AddParticipant
    from forum_desktop.sync.engine import sync_event
    from tests.services.helpers import legacy_method_run
    from tests.services.method_examples import apply_method
    from tests.sync.laptops import open_laptop

    folder = tmp_path / "shared"
    first, second = (open_laptop(tmp_path / name, name) for name in ("A", "B"))
    try:
        store = first.store
        event_id: UUID = execute(store, CreateEvent(title="Atelier")).value
        person = execute(store, AddParticipant(event_id=event_id, name="Awa Sarr")).value
        session_id = execute(store, AddSession(event_id=event_id, title="Matinée")).value
        item_id: UUID = execute(store, AddItem(session_id=session_id, title="Vote")).value
        apply_method(store, item_id=item_id, method_id="dot-voting", language="fr")
        option = VoteOption(text="Eau")
        state = DotVotingState(
            options=(option,), ballots=(Ballot(participant_id=person, dots={option.id: 2}),)
        )
        legacy_method_run(store, item_id=item_id, screen=MethodScreen.DOT_VOTING, state=state)
        for laptop in (first, second, first, second):
            sync_event(laptop.store, event_id, folder)
        for laptop in (first, second):
            assert upgrade_legacy_method_runs(laptop.store) == 1
        reports = [sync_event(laptop.store, event_id, folder) for laptop in (first, second)]
        reports += [sync_event(laptop.store, event_id, folder) for laptop in (first, second)]
        assert all(r.problems == [] and r.conflicts == 0 and r.held == 0 for r in reports)
        assert snapshot(first.store, event_id) == snapshot(second.store, event_id)
        for laptop in (first, second):
            assert laptop.store.select(MethodRun, order_by="created_at") == []
            view = vote_view(laptop.store, item_id)
            assert [(t.option.text, t.dots) for t in view.tallies] == [("Eau", 2)]
    finally:
        first.close()
        second.close()
