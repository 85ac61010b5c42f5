"""Typed core commands: each user intention as an object that owns its rules.

A ``Command`` is a frozen pydantic model whose fields are what the user chose (ids,
texts, counts) and whose ``apply`` checks the rules and writes through the store. It
runs in one transaction (``execute``) and is one undo step: undo and redo replay the
journal entries it made (``services.operations``), so no command writes an inverse.

The UI hands the command object itself to ``AppContext.execute``; the command line and
the tests call ``execute`` directly. Nothing is looked up by a string name, so mypy
checks every call and a trace names the command that ran. Refusals raise a
``NoticeError`` (one translated sentence in the UI, one English line on the command
line) before anything is written.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from pydantic import BaseModel, ConfigDict

from forum_desktop.services.operations import OpResult
from forum_desktop.storage import Store


class Command(BaseModel, ABC):
    """One user act: validated on construction, applied in one transaction."""

    # Built on first use: a module defining many commands imports without building each.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    @abstractmethod
    def apply(self, store: Store) -> OpResult:
        """Check the rules and write the changes; called inside a transaction."""


def execute(store: Store, command: Command) -> OpResult:
    """Apply ``command`` in one transaction: all its changes are written, or none."""
    with store.transaction():
        return command.apply(store)
