"""Who is using this laptop and in which language: asked at first start, then Preferences."""

from __future__ import annotations

import getpass
import sys

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from forum_desktop.models import Profile
from forum_desktop.ui.appearance import HIGH_CONTRAST, SYSTEM, TEXT_SIZES, parse_text_size
from forum_desktop.ui.language import AUTONYMS, INTERFACE_LANGUAGES, system_language
from forum_desktop.ui.numbers import percent as percent_text


def system_user_name() -> str:
    """The user's full name from the system where it is known, else the login name."""
    login = getpass.getuser()
    if sys.platform != "win32":
        import pwd

        try:
            full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
        except KeyError:
            full = ""
        if full:
            return full
    return login


class ProfileDialog(QDialog):
    def __init__(
        self,
        profile: Profile | None,
        parent: QWidget | None = None,
        language: str = "",
        theme: str = SYSTEM,
        text_size: str = "",
    ) -> None:
        """``language``: the saved interface language ("" follows the system); ``theme``
        and ``text_size``: the saved appearance."""
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Preferences") if profile else self.tr("Who is using this laptop?")
        )
        intro = QLabel(
            self.tr(
                "Forum Desktop records who made each change, so that notes from several "
                "laptops can be merged and credited. This is stored on this laptop only."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(profile.name if profile else system_user_name(), self)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.organisation_edit = QLineEdit(profile.organisation if profile else "", self)
        self.organisation_edit.setAccessibleName(self.tr("Your organisation"))
        self.role_combo = QComboBox(self)
        self.role_combo.setEditable(True)
        self.role_combo.setAccessibleName(self.tr("Your role"))
        self.role_combo.addItems(
            [
                self.tr("Facilitator"),
                self.tr("Rapporteur"),
                self.tr("Organiser"),
                self.tr("Participant"),
            ]
        )
        self.role_combo.setCurrentText(profile.role if profile else self.tr("Facilitator"))
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.language_combo.addItem(
            self.tr("System default (%1)").replace("%1", AUTONYMS[system_language()]), ""
        )
        for code in INTERFACE_LANGUAGES:
            self.language_combo.addItem(AUTONYMS[code], code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.theme_combo = QComboBox(self)
        self.theme_combo.setAccessibleName(self.tr("Colours"))
        self.theme_combo.addItem(self.tr("Follow the system (light or dark)"), SYSTEM)
        self.theme_combo.addItem(self.tr("High contrast"), HIGH_CONTRAST)
        self.theme_combo.setCurrentIndex(max(self.theme_combo.findData(theme), 0))
        self.text_size_combo = QComboBox(self)
        self.text_size_combo.setAccessibleName(self.tr("Text size"))
        for percent in TEXT_SIZES:
            self.text_size_combo.addItem(percent_text(percent), percent)
        self.text_size_combo.setCurrentIndex(
            max(self.text_size_combo.findData(parse_text_size(text_size)), 0)
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        if profile is not None:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._validate)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Interface language:"), self.language_combo)
        form.addRow(self.tr("&Colours:"), self.theme_combo)
        form.addRow(self.tr("&Text size:"), self.text_size_combo)
        form.addRow(self.buttons)
        self._validate()

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> dict[str, str]:
        return {
            "name": self.name_edit.text().strip(),
            "organisation": self.organisation_edit.text().strip(),
            "role": self.role_combo.currentText().strip(),
        }

    def appearance(self) -> tuple[str, str]:
        """The chosen theme and text size, as saved."""
        return str(self.theme_combo.currentData()), str(self.text_size_combo.currentData())

    def interface_language(self) -> str:
        """The chosen interface language, or "" to follow the system's."""
        return str(self.language_combo.currentData())
