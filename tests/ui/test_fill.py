"""Placeholders in translated messages are filled in one pass."""

from __future__ import annotations

from forum_desktop.ui.messages import fill


def test_a_value_s_own_placeholder_stays_as_typed() -> None:
    assert fill("Translate “%1” into %2", "Budget %2 %1", "English") == (
        "Translate “Budget %2 %1” into English"
    )


def test_placeholders_may_come_in_any_order_as_translations_put_them() -> None:
    assert fill("%2 : « %1 »", "Bienvenue", "Titre") == "Titre : « Bienvenue »"


def test_a_value_that_ends_a_sentence_takes_no_second_full_stop() -> None:
    assert fill("Entrée enregistrée dans %1.", "Qui êtes-vous ?") == (
        "Entrée enregistrée dans Qui êtes-vous ?"
    )
    assert fill("Saved to %1.", "Welcome") == "Saved to Welcome."
    assert fill("%1. %2.", "Vamos…", "Listo") == "Vamos… Listo."
