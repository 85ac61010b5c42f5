"""Examples of the core's and the methods' commands for the undo/redo test
(tests/services/test_command_undo.py).

Each example prepares the store and returns the command to run, keyed by the command's
class name.
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
