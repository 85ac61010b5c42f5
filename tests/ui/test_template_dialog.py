"""Choosing a template: the event's language first, the others marked with theirs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from forum_desktop.models import Event, Language
from forum_desktop.services.events import CreateEvent
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.template_dialog import TemplateDialog


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    install("en")


def open_dialog(context: AppContext, qtbot: QtBot, language: Language) -> TemplateDialog:
    event_id = context.execute(CreateEvent(title="Taller", language=language), "new").value
    dialog = TemplateDialog(context, context.store.require(Event, event_id))
    qtbot.addWidget(dialog)
    return dialog


def rows(dialog: TemplateDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def test_a_spanish_event_offers_the_spanish_templates_first(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot, Language.ES)
    assert rows(dialog) == [
        "Foro de aprendizaje — sesión de 90 minutos (built-in) — 1 h 30",
        "Taller de aprendizaje entre pares — media jornada (built-in) — 3 h 15",
        "Half-day peer-learning workshop (built-in, English) — 3 h 15",
        "Learning forum — 90-minute session (built-in, English) — 1 h 30",
        "Atelier d'apprentissage entre pairs — demi-journée (built-in, French) — 3 h 15",
        "Forum d'apprentissage — session de 90 minutes (built-in, French) — 1 h 30",
    ]
    # The first one is chosen, its Spanish agenda previewed and its name proposed.
    chosen = dialog.chosen()
    assert chosen is not None and chosen.language == "es"
    assert dialog.title_edit.text() == "Foro de aprendizaje — sesión de 90 minutos"
    top = [dialog.preview.topLevelItem(i).text(0) for i in range(3)]
    assert top == [
        "Bienvenida",
        "Evaluación entre pares del proceso de aprendizaje",
        "El camino a seguir: Hacia un Foro de Aprendizaje útil y práctico",
    ]
    assert dialog.preview.topLevelItem(1).text(2) == "Pecera (fishbowl)"
    assert not dialog.delete_button.isEnabled()  # built-in


def test_language_marks_follow_the_interface_language(context: AppContext, qtbot: QtBot) -> None:
    install("fr")
    dialog = open_dialog(context, qtbot, Language.EN)
    assert rows(dialog)[:3] == [
        "Half-day peer-learning workshop (intégré) — 3 h 15",
        "Learning forum — 90-minute session (intégré) — 1 h 30",
        "Foro de aprendizaje — sesión de 90 minutos (intégré, Espagnol) — 1 h 30",
    ]
    assert dialog.title_edit.text() == "Half-day peer-learning workshop"
