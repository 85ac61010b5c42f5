"""Line-by-line three-way merge of concurrent text edits."""

from __future__ import annotations

from forum_desktop.sync.textmerge import merge3

BASE = "un\ndeux\ntrois\n"


def test_edits_of_different_lines_both_stay() -> None:
    assert merge3(BASE, "UN\ndeux\ntrois\n", "un\ndeux\nTROIS\n") == "UN\ndeux\nTROIS\n"


def test_an_insertion_and_a_deletion_elsewhere_both_stay() -> None:
    assert merge3(BASE, "un\nun et demi\ndeux\ntrois\n", "un\ndeux\n") == "un\nun et demi\ndeux\n"


def test_different_edits_of_one_line_do_not_merge() -> None:
    assert merge3(BASE, "un\nDEUX\ntrois\n", "un\n2\ntrois\n") is None


def test_two_insertions_at_the_same_place_do_not_merge() -> None:
    assert merge3(BASE, "un\nA\ndeux\ntrois\n", "un\nB\ndeux\ntrois\n") is None


def test_the_same_edit_on_both_sides_is_taken_once() -> None:
    assert merge3(BASE, "un\nDEUX\ntrois\n", "un\nDEUX\ntrois\n") == "un\nDEUX\ntrois\n"
    assert merge3(BASE, "zéro\n" + BASE, BASE) == "zéro\n" + BASE
    assert merge3(BASE, BASE, "zéro\n" + BASE) == "zéro\n" + BASE
