"""Running late: the three ways to re-plan, each previewed, one applied (and undoable)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.timing.display import signed_minutes
from forum_desktop.timing.replan import Plan, Strategy, plan
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui.agenda_model import time_text
from forum_desktop.ui.messages import fill


class ReplanDialog(QDialog):
    def __init__(self, snapshot: Snapshot, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-plan the rest of the session"))
        self._zone = zone
        self._titles = {t.item_id: t.entry.item.title for t in snapshot.items}
        self.plans = {strategy: plan(snapshot, strategy) for strategy in Strategy}
        delta = snapshot.end_delta_seconds or 0.0
        intro = QLabel(
            self.tr("The session is projected to end %1 after its planned end.").replace(
                "%1", signed_minutes(delta).lstrip("+")
            ),
            self,
        )
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[Strategy, QRadioButton] = {}
        self.previews: dict[Strategy, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        names = {
            Strategy.SHRINK: self.tr("&Shorten the flexible items"),
            Strategy.DROP: self.tr("&Drop optional items"),
            Strategy.MOVE_END: self.tr("&Move the session's end"),
        }
        for strategy in Strategy:
            button = QRadioButton(names[strategy], self)
            preview = QLabel(self._describe(self.plans[strategy]), self)
            preview.setWordWrap(True)
            preview.setIndent(24)
            button.setAccessibleDescription(preview.text())
            button.setEnabled(self.plans[strategy].changes_anything)
            self.group.addButton(button)
            self.buttons[strategy] = button
            self.previews[strategy] = preview
            layout.addWidget(button)
            layout.addWidget(preview)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.box.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        first = next(
            (s for s in Strategy if self.plans[s].fits and self.buttons[s].isEnabled()), None
        )
        if first is not None:
            self.buttons[first].setChecked(True)
        self.group.buttonToggled.connect(self._update_apply)
        self._update_apply()

    def chosen(self) -> Plan | None:
        for strategy, button in self.buttons.items():
            if button.isChecked():
                return self.plans[strategy]
        return None

    def _update_apply(self, *_: object) -> None:
        self.box.button(QDialogButtonBox.StandardButton.Apply).setEnabled(self.chosen() is not None)

    def _describe(self, proposal: Plan) -> str:
        lines: list[str] = []
        for item_id, minutes in proposal.minutes.items():
            lines.append(fill(self.tr("%1 → %2 min"), self._titles[item_id], str(minutes)))
        for item_id in proposal.dropped:
            lines.append(self.tr("%1: dropped").replace("%1", self._titles[item_id]))
        if proposal.new_end is not None:
            lines.append(
                self.tr("Ends at %1").replace(
                    "%1", time_text(proposal.new_end.astimezone(self._zone))
                )
            )
        if not proposal.changes_anything:
            lines.append(self.tr("Nothing to change this way."))
        if proposal.late_locks:
            names = ", ".join(self._titles[i] for i in proposal.late_locks)
            lines.append(self.tr("Still late for its fixed start: %1").replace("%1", names))
        if proposal.overrun_seconds > 0:
            lines.append(
                self.tr("Does not fit: still %1 over.").replace(
                    "%1", signed_minutes(proposal.overrun_seconds).lstrip("+")
                )
            )
        elif proposal.fits and proposal.changes_anything:
            lines.append(self.tr("Fits."))
        return "\n".join(lines)
