"""The session dialog's save: a session's fields and its texts in the other working
languages as one command, so a refused text writes nothing and one undo restores all."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from forum_desktop.models.event import Language
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.services.agenda import UpdateSession
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.services.translations import SetTranslation
from forum_desktop.storage import Store


class SessionText(BaseModel):
    """One field of the session typed in one of the event's other working languages."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    language: Language
    field: TranslatedField
    text: str


class EditSession(Command):
    """Save a session's fields and its translations together: all of them, or none."""

    session: UpdateSession
    texts: tuple[SessionText, ...] = ()

    def apply(self, store: Store) -> OpResult:
        session_id = self.session.session_id
        recorder = Recorder()
        recorder.changes.extend(self.session.apply(store).changes)
        for text in self.texts:
            translation = SetTranslation(
                target_type=TranslatedRecord.SESSION,
                target_id=session_id,
                field=text.field,
                language=text.language,
                text=text.text,
            )
            recorder.changes.extend(translation.apply(store).changes)
        return recorder.result(session_id)
