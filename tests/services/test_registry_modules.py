"""The UI runs operations by name: every module that defines one must be loaded."""

from __future__ import annotations

from pathlib import Path

from forum_desktop.services import registry

SERVICES = Path(registry.__file__).parent


def test_every_module_with_operations_is_loaded_by_the_registry() -> None:
    defining = {
        path.stem for path in SERVICES.glob("*.py") if "@operation(" in path.read_text("utf-8")
    }
    # While operations become typed commands a loaded module may no longer define any.
    assert defining <= {module.__name__.rsplit(".", 1)[1] for module in registry.MODULES}
