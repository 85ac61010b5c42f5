"""Examples of the typed core commands for the registry's undo/redo test.

Each example prepares the store and returns the command to run, keyed by the command's
class name. ``NOT_YET_COVERED`` lists the commands written before the test walked every
command class; it only shrinks: a new command without an example fails the test.
"""

from __future__ import annotations

from collections.abc import Callable

from forum_desktop.services.commands import Command
from forum_desktop.storage import Store
from tests.services.core_command_examples import CORE_COMMAND_EXAMPLES
from tests.services.method_command_examples import METHOD_COMMAND_EXAMPLES

CommandExample = Callable[[Store], Command]

COMMAND_EXAMPLES: dict[str, CommandExample] = {
    **CORE_COMMAND_EXAMPLES,
    **METHOD_COMMAND_EXAMPLES,
}

NOT_YET_COVERED: frozenset[str] = frozenset()
