"""The interface language: which one is chosen, and loading its translations.

The choice comes from ``--lang``, else the saved preference, else the system's language.
Installing a language replaces the app's translators (ours and Qt's own, for standard
dialogs) and the default QLocale, so dates, times and numbers follow it too. Windows pick
the new language up when they are rebuilt (see ``MainWindow.switch_language``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from forum_desktop.models import Language
from forum_desktop.paths import resource

INTERFACE_LANGUAGES = ("en", "fr", "es")
SETTING = "interface_language"
"""Installation setting: one of INTERFACE_LANGUAGES, or absent / "" for the system's."""

AUTONYMS = {"en": "English", "fr": "Français", "es": "Español"}
"""Each language in itself, so people find theirs whatever the interface shows now."""

_installed: list[QTranslator] = []


def system_language() -> str:
    """The first of the system's preferred languages that the app speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return "en"


def chosen_language(command_line: str | None, saved: str | None) -> str:
    if command_line in INTERFACE_LANGUAGES:
        return command_line
    if saved in INTERFACE_LANGUAGES:
        return saved
    return system_language()


def locale_for(language: str) -> QLocale:
    """The system's locale when it is in ``language`` (keeps en_GB, es_MX, fr_CA...).

    An unconfigured system ("C") keeps its neutral formats in English.
    """
    system = QLocale.system()
    if system.name().split("_")[0] == language or (system.name() == "C" and language == "en"):
        return system
    return QLocale(language)


def interface_language() -> Language:
    """The interface's language as a document language: what a new event's documents
    default to (English under the neutral "C" locale)."""
    try:
        return Language(QLocale().name()[:2])
    except ValueError:
        return Language.EN


def install(language: str) -> None:
    """Make ``language`` the interface language of the running application."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(language)
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        ("qtbase", qt_folder),  # Qt's standard dialogs and buttons (OK, Cancel, ...)
        ("forum_desktop", str(resource("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
