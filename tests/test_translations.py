"""The .ts files hold every string of the UI, each translated, and lupdate can see them all.

When a test here fails: run ``make translations``, translate what it lists (Qt Linguist,
``.venv/bin/pyside6-linguist``, or any editor), and run ``make test`` again.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tools import i18n
from tools.i18n import (
    LANGUAGES,
    PLURAL_ONLY,
    ROOT,
    all_ts_files,
    drift,
    problems,
    pseudo,
    source_files,
    ts_file,
)

TS_IDS = [path.name for path in all_ts_files()]


@pytest.mark.parametrize("ts", all_ts_files(), ids=TS_IDS)
def test_no_source_string_is_missing_from_the_ts_file(ts: Path) -> None:
    missing, stale = drift(ts)
    assert not missing, "strings not in the .ts yet (run: make translations):\n" + "\n".join(
        m.describe() for m in missing
    )
    assert not stale, "strings the sources no longer have (run: make translations):\n" + (
        "\n".join(m.describe() for m in stale)
    )


@pytest.mark.parametrize("ts", all_ts_files(), ids=TS_IDS)
def test_every_string_is_translated_with_its_placeholders(ts: Path) -> None:
    found = problems(ts)
    assert not found, "\n".join(found)


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_translate(func: ast.expr) -> bool:
    """``translate(…)`` or ``QCoreApplication.translate(…)`` — not ``painter.translate(…)``."""
    if isinstance(func, ast.Name):
        return func.id == "translate"
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in ("QCoreApplication", "QGuiApplication", "QApplication")
    )


def _unreadable_calls(path: Path) -> list[str]:
    """Calls lupdate cannot read: a computed text, or ``tr`` called as a plain function."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if name == "tr" and not isinstance(func, ast.Attribute):
            found.append(f"{where}: tr() as a plain function; use self.tr or translate(ctx, …)")
        elif name == "tr" and not (node.args and _literal(node.args[0])):
            found.append(f"{where}: tr() of a computed text; lupdate cannot extract it")
        elif _is_translate(func) and not (
            len(node.args) >= 2 and _literal(node.args[0]) and _literal(node.args[1])
        ):
            found.append(f"{where}: translate() needs a literal context and text")
    return found


def test_every_translation_call_is_readable_by_lupdate() -> None:
    found = [line for path in source_files() for line in _unreadable_calls(path)]
    assert not found, "\n".join(found)


def test_built_translations_load_and_translate(tmp_path: Path) -> None:
    """The .qm files `make` builds are found where the app looks and answer in French."""
    for language in (*LANGUAGES, *PLURAL_ONLY):
        qm = ts_file(language).with_suffix(".qm")
        assert qm.exists(), f"{qm.name} is not built: run make"
    translator = QTranslator()
    assert translator.load(str(ts_file("fr").with_suffix(".qm")))
    assert translator.translate("MainWindow", "&File") == "&Fichier"
    assert translator.translate("RosterPage", "%n people", "", 1) == "%n personne"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # not installed here


def test_pseudo_translation_keeps_placeholders_and_markup() -> None:
    assert pseudo("<b>Edit “%1”</b> of %n {name}") == "⟦<b>Édít “%1”</b> óf %n {name}⟧"


def test_todo_lists_what_is_left_and_apply_writes_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for ts in all_ts_files():
        shutil.copyfile(ts, tmp_path / ts.name)
    monkeypatch.setattr(i18n, "TS_DIR", tmp_path)
    french = ts_file("fr")
    text = french.read_text(encoding="utf-8")
    french.write_text(
        text.replace("<translation>&amp;Fichier</translation>", '<translation type="unfinished"/>'),
        encoding="utf-8",
    )
    assert i18n.todo() == {"fr": {"MainWindow|&File": ""}}
    assert problems(french) == ["not translated: MainWindow: '&File'"]

    assert i18n.apply({"fr": {"MainWindow|&File": "&Fichier"}}) == 1
    assert i18n.todo() == {}
    assert not problems(french)
    assert not any(drift(french))
