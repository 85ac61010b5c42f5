"""UI fixtures: a context over the test database, the main window, scripted prompts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from forum_desktop.storage import Store
from forum_desktop.ui import prompts
from forum_desktop.ui.backup_jobs import wait_for_backups
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.image_jobs import wait_for_jobs
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.room_language import set_room_language


@dataclass
class Prompts:
    """Scripted answers for ``forum_desktop.ui.prompts``; records what was asked."""

    confirm_answer: bool = True
    texts: list[str | None] = field(default_factory=list)
    open_paths: list[Path | None] = field(default_factory=list)
    open_path_lists: list[list[Path]] = field(default_factory=list)
    save_paths: list[Path | None] = field(default_factory=list)
    folders: list[Path | None] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    confirms: list[str] = field(default_factory=list)
    choices: list[int | None] = field(default_factory=list)
    """Answers to ``prompts.choose`` (the index of the option, None to cancel)."""
    asked: list[list[str]] = field(default_factory=list)
    """The options of each ``prompts.choose`` asked."""
    picks: list[int | None] = field(default_factory=list)
    """Answers to ``prompts.pick`` (the index of the item, None to cancel)."""
    listed: list[list[str]] = field(default_factory=list)
    """The items of each ``prompts.pick`` asked."""


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The interface in English with its plural forms ("1 person"), as the app starts
    when English is chosen; tests of other languages install theirs."""
    install("en")
    set_room_language("en")  # the Run tab sets the event's; no test inherits another's
    yield
    install("en")  # nor does a test outside tests/ui (one that installs French ends)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    script = Prompts()

    def confirm(parent: Any, title: str, text: str, *, action: str) -> bool:
        script.confirms.append(text)
        return script.confirm_answer

    def pop(queue: list[Any], what: str) -> Callable[..., Any]:
        def answer(*args: Any) -> Any:
            if not queue:
                raise AssertionError(f"unexpected {what} prompt: {args[1:]}")
            return queue.pop(0)

        return answer

    def choose(parent: Any, title: str, text: str, options: list[str]) -> int | None:
        script.asked.append(options)
        if not script.choices:
            raise AssertionError(f"unexpected choice prompt: {text}")
        return script.choices.pop(0)

    def pick(parent: Any, title: str, label: str, options: list[str]) -> int | None:
        script.listed.append(options)
        if not script.picks:
            raise AssertionError(f"unexpected pick prompt: {label}")
        return script.picks.pop(0)

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "choose", choose)
    monkeypatch.setattr(prompts, "pick", pick)
    monkeypatch.setattr(prompts, "ask_text", pop(script.texts, "text"))
    monkeypatch.setattr(prompts, "open_file", pop(script.open_paths, "open-file"))
    monkeypatch.setattr(prompts, "open_files", pop(script.open_path_lists, "open-files"))
    monkeypatch.setattr(prompts, "save_file", pop(script.save_paths, "save-file"))
    monkeypatch.setattr(prompts, "choose_folder", pop(script.folders, "folder"))
    monkeypatch.setattr(
        prompts,
        "error",
        lambda parent, title, text, details="": script.errors.append((title, text)),
    )
    monkeypatch.setattr(
        prompts, "info", lambda parent, title, text: script.infos.append((title, text))
    )
    return script


@pytest.fixture
def context(store: Store, db_path: Path, qtbot: QtBot) -> Iterator[AppContext]:
    store.set_profile(name="Test Rapporteur", organisation="CGLU")
    context = AppContext(store, db_path)
    yield context
    context.stop_indexing()  # no timer may fire on a closed database in a later test
    wait_for_jobs()  # an image job or a backup still running uses the test's files
    wait_for_backups()


@pytest.fixture
def window(context: AppContext, qtbot: QtBot, answers: Prompts) -> Iterator[MainWindow]:
    win = MainWindow(context)
    qtbot.addWidget(win)
    # The size the tests' layouts assume; the app fits the offscreen display's 800 px.
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    yield win
