"""``apply-method`` with its choices: phases scaled to the item or the method's own times,
and what the item's sub-items become."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from forum_desktop.cli import EXIT_OK
from tests.test_cli import cli, private_home  # noqa: F401 - the autouse fixture

EXIT_REFUSED = 2


def _query(db: Path, sql: str, *params: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def peer_review_item(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    """The French demo's item 2, the two practices under it (40 min)."""
    cli(capsys, "demo", "--lang", "fr", "--db", db)
    ((item_id,),) = _query(db, "SELECT id FROM agenda_item WHERE title LIKE 'Évaluation%'")
    return str(item_id)


def under(db: Path, item_id: str) -> list[tuple[object, ...]]:
    return _query(
        db,
        "SELECT title, planned_minutes FROM agenda_item WHERE parent_id = ? ORDER BY position",
        item_id,
    )


def test_by_default_the_practices_become_topics_and_the_phases_fill_the_item(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    item_id = peer_review_item(capsys, db)
    done = cli(capsys, "apply-method", item_id, "fishbowl", "--db", db)
    assert done.code == EXIT_OK, done.err
    assert done.lines[-1] == item_id
    assert [minutes for _, minutes in under(db, item_id)] == [4, 3, 13, 13, 7]
    assert _query(db, "SELECT text FROM fishbowl_topic ORDER BY added_at") == [
        ("Localisation et développement de MOOC",),
        ("Apprentissage entre pairs et méthodologies",),
    ]


def test_the_methods_times_with_the_sub_items_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    item_id = peer_review_item(capsys, db)
    args = ["--times", "method", "--sub-items", "keep", "--db", db]
    done = cli(capsys, "apply-method", item_id, "round-robin", *args)
    assert done.code == EXIT_OK, done.err
    assert [minutes for _, minutes in under(db, item_id)] == [2, 20, 5, 20, 20]
    assert _query(db, "SELECT planned_minutes FROM agenda_item WHERE id = ?", item_id) == [(67,)]


def test_a_choice_the_method_cannot_take_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    item_id = peer_review_item(capsys, db)
    before = under(db, item_id)
    done = cli(capsys, "apply-method", item_id, "round-robin", "--sub-items", "topics", "--db", db)
    assert done.code == EXIT_REFUSED
    assert "has no topics to make of the sub-items" in done.err
    assert under(db, item_id) == before


def test_a_capture_on_a_phase_is_filed_under_the_methods_item(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    item_id = peer_review_item(capsys, db)
    cli(capsys, "apply-method", item_id, "fishbowl", "--db", db)
    ((event_id,),) = _query(db, "SELECT id FROM event")
    ((phase_id,),) = _query(
        db, "SELECT id FROM agenda_item WHERE parent_id = ? AND position = 0", item_id
    )
    done = cli(
        capsys, "capture", str(event_id), "! Un MOOC en 2022", "--item", phase_id, "--db", db
    )
    assert done.code == EXIT_OK, done.err
    assert _query(db, "SELECT item_id, phase FROM outcome WHERE id = ?", done.lines[-1]) == [
        (item_id, "Installation et règles")
    ]
