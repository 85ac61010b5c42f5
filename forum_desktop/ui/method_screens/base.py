"""What every live method screen shares: its method item, its stored state, its captures
and the public view the projector shows."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

from forum_desktop.models import AgendaItem, MethodScreen, Participant, Session
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.participants import roster
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.run_controller import RunController


class MethodScreenWidget(QWidget):
    """One group method's live screen in the run console, for one method item.

    A screen hands each act to the core as a typed command (``context.execute``: one undo
    step, records of the method's own), stores what it captures through ``capture``
    (outcomes of the method kinds, linked to the item, the running phase and the people),
    and fills
    ``public`` — shown in the projector window — with things the room may see only.
    ``reload`` runs after every change, including undo and a merge from another laptop,
    so a screen shows what is stored, never what it remembers.
    """

    kind: ClassVar[MethodScreen]
    """Which live screen this is (the host replaces a screen of another kind)."""

    def __init__(
        self,
        context: AppContext,
        controller: RunController,
        item: AgendaItem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = controller
        self.item = item
        self.event_id: UUID = context.store.require(Session, item.session_id).event_id
        self.public = QWidget()
        """The projector's part; the projector window holds it while it is open."""
        self.public.setObjectName("method_public")
        self.public_layout = QVBoxLayout(self.public)
        self.public_layout.setContentsMargins(0, 0, 0, 0)
        self.run_keys: list[QAction] = []
        """The screen's acts whose keys work from anywhere in the Run tab (like F5–F9),
        not only from inside the screen; ``build`` fills it."""
        self.build()

    def capture(
        self,
        kind: str,
        text: str,
        label: str,
        *,
        mentions: list[UUID] | None = None,
        **fields: Any,
    ) -> UUID | None:
        """Store an outcome of ``kind`` on the method item, in the running phase; its id."""
        snapshot = self.controller.snapshot
        current = snapshot.current if snapshot else None
        phase = current.entry.item.title if current and current.item_id != self.item.id else ""
        session = self.controller.session_id or self.item.session_id
        command = CaptureOutcome(
            event_id=self.event_id,
            session_id=session,
            item_id=self.item.id,
            item_offset_seconds=int(current.elapsed_seconds) if current else None,
            kind=kind,
            text=text,
            phase=phase,
            mentions=tuple(mentions or ()),
            fields=fields,
        )
        result = self.context.execute(command, label)
        return None if result is None else result.value

    def people(self) -> list[Participant]:
        """The event's roster, in roster order."""
        return roster(self.context.store, self.event_id)

    # --- what subclasses add -----------------------------------------------------------

    def build(self) -> None:
        """Make the screen's controls and its public view (``context``, ``controller``,
        ``item`` and ``public`` are set); ``reload`` fills them afterwards."""

    def reload(self) -> None:
        """Show the stored state again (after an edit, an undo or a merge)."""

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        """Each timer tick: screens with their own timers update them here."""
