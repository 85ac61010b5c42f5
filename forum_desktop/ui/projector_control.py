"""The projector window as the console drives it: on which display, shown or not, on hold,
its flashes, and a warning when it shares the console's display (mirrored displays would
show the room the facilitator's notes)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from forum_desktop.timing.cues import Cue
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui.messages import fill
from forum_desktop.ui.notice_area import OneLineLabel
from forum_desktop.ui.projector import ProjectorWindow, SecondLanguage
from forum_desktop.ui.working_languages import language_names


class ProjectorControl(QObject):
    second_language_shown = Signal(bool)
    """The facilitator turned the second language's lines on or off (to remember it)."""
    mirror_changed = Signal()
    """The warning about the console's display came up or went (the console shows it)."""

    def __init__(self, console: QWidget) -> None:
        super().__init__(console)
        self._console = console
        self.window: ProjectorWindow | None = None
        self.event_title = ""
        self.session_title = ""
        self.zone = ZoneInfo("UTC")
        self.hold = False
        self.snapshot: Snapshot | None = None
        self.method_view: QWidget | None = None
        self._second: SecondLanguage | None = None
        """The event's second working language, whether shown or not."""
        self.second_box = QCheckBox(console)
        self.second_box.setAccessibleName(self.tr("Projector in a second language"))
        self.second_box.setToolTip(
            self.tr(
                "Show the item's title and guiding question in the event's second working "
                "language too, smaller, under the main language's."
            )
        )
        self.second_box.hide()
        self.second_box.toggled.connect(self._second_toggled)
        self.screen_combo = QComboBox(console)
        self.screen_combo.setAccessibleName(self.tr("Display for the projector window"))
        self.screen_combo.currentIndexChanged.connect(self._place)
        self.mirror_label = OneLineLabel(console)
        self._fill_screens()

    def set_event(self, title: str, zone: ZoneInfo) -> None:
        self.event_title, self.zone = title, zone
        if self.window is not None:
            self.window.event_title, self.window.zone = title, zone

    def set_session(self, title: str) -> None:
        """The shown session's title, for the projector's end-of-session slide."""
        self.session_title = title
        if self.window is not None:
            self.window.session_title = title

    def set_second_language(self, second: SecondLanguage | None, shown: bool) -> None:
        """The event's second working language (None: it has one language) and whether
        the projector shows it."""
        self._second = second
        self.second_box.setVisible(second is not None)
        if second is not None:
            name = language_names()[second.language]
            self.second_box.setText(self.tr("Also in %1").replace("%1", name))
        self.second_box.blockSignals(True)
        self.second_box.setChecked(shown)
        self.second_box.blockSignals(False)
        self._show_second()

    def _second_toggled(self, shown: bool) -> None:
        self._show_second()
        self.second_language_shown.emit(shown)

    def _show_second(self) -> None:
        if self.window is not None:
            self.window.second = self._shown_second()
            self.window.show_snapshot(self.snapshot)

    def _shown_second(self) -> SecondLanguage | None:
        return self._second if self.second_box.isChecked() else None

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        self.snapshot = snapshot
        if self.window is not None:
            self.window.show_snapshot(snapshot)

    def set_method_view(self, view: QWidget | None) -> None:
        """The running method's public view (None: no method screen)."""
        self.method_view = view
        if self.window is not None:
            self.window.set_method_view(view)

    def flash(self, cue: Cue) -> None:
        if self.window is not None:
            self.window.flash(cue)

    def set_hold(self, hold: bool) -> None:
        self.hold = hold
        if self.window is not None:
            self.window.set_hold(hold)
            self.window.show_snapshot(self.snapshot)

    def toggle(self) -> bool:
        """Show the projector window, or close it if shown; whether it is shown now."""
        if self.window is not None and self.window.isVisible():
            self.window.close()
            return False
        if self.window is None:
            self.window = ProjectorWindow(self.event_title)
            self.window.zone = self.zone
            self.window.session_title = self.session_title
            self.window.set_hold(self.hold)
            self.window.second = self._shown_second()
            self.window.set_method_view(self.method_view)
        self._place()
        self.window.show()
        self.window.show_snapshot(self.snapshot)
        return True

    def close(self) -> None:
        if self.window is not None:
            self.window.set_method_view(None)  # the view belongs to its method screen
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def _fill_screens(self) -> None:
        self.screen_combo.blockSignals(True)
        self.screen_combo.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            self.screen_combo.addItem(
                fill(
                    self.tr("Display %1 (%2×%3)"),
                    str(number),
                    str(size.width()),
                    str(size.height()),
                ),
                number - 1,
            )
        # The last display is most often the projector (the laptop's own screen comes first).
        self.screen_combo.setCurrentIndex(self.screen_combo.count() - 1)
        self.screen_combo.blockSignals(False)

    def _place(self, *_: object) -> None:
        screens = QGuiApplication.screens()
        index = self.screen_combo.currentData()
        if self.window is None or index is None or index >= len(screens):
            return
        target = screens[index]
        self.window.setScreen(target)
        self.window.move(target.geometry().topLeft())
        console_screen = self._console.window().screen()
        same = console_screen is target or console_screen.geometry() == target.geometry()
        self.mirror_label.setText(
            self.tr(
                "The projector window is on the same display as this console. If the "
                "displays are mirrored, the room sees your notes and this console: choose "
                "another display, or set the displays to extend."
            )
            if same
            else ""
        )
        self.mirror_changed.emit()
