"""The language the room is spoken to in: the open event's, whatever the interface's.

Everything the projector shows the room (its own words, a method's public view, the texts a
method screen hands that view) goes through ``room().translate(context, text)`` with
literal arguments, so ``pyside6-lupdate`` extracts them like any ``translate`` call, into
the projector's contexts (``ROOM_CONTEXTS``). The interface keeps its own language: the
console, the window's title and accessible names follow ``self.tr``.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from forum_desktop.paths import resource

FOLDER = resource("translations")
"""Where the ``.qm`` files are (a test puts its pseudo-locale there)."""

ROOM_CONTEXTS = (
    "ProjectorWindow",
    "FishbowlPublic",
    "RoundRobinPublic",
    "BreakoutsPublic",
    "PeerReviewPublic",
    "OneTwoFourAllPublic",
    "ThemesPublic",
    "JoinBadge",
)
"""The translation contexts of what the room sees (the tests check none shows English on an
event in another language)."""


class RoomLanguage:
    """Our translations in one language, loaded beside the interface's, never installed."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        self._translator.load(f"forum_desktop_{language}", str(FOLDER))

    def translate(self, context: str, source: str) -> str:
        """``source`` in the room's language (itself when not translated). No plurals:
        lupdate reads ``x.translate(context, text, "", n)`` as a plain text."""
        return self._translator.translate(context, source) or source


_room = RoomLanguage("en")


def room() -> RoomLanguage:
    return _room


def set_room_language(language: str) -> None:
    """Speak ``language`` to the room from now on (the Run tab sets it from its event)."""
    global _room
    if language != _room.language:
        _room = RoomLanguage(language)
