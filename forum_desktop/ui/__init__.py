"""The Qt user interface: the only package that imports PySide6.

The Qt-free core the window opens with is imported here, before any module of this
package imports PySide6. Once loaded, PySide6 wraps ``import``: every module imported
after it has its source read to look for ``PySide6`` (its ``__feature__`` switch). That
costs start-up some 20-30 ms over the core's modules, and it breaks pydantic's lazy
imports when pydantic is only half imported (a circular ``ImportError`` from
``pydantic._internal._validators``), so a UI module imported first in a process failed.
"""

# pydantic's plugin scan imports it (and some 30 modules with it) when it builds its first
# model's validator, which opening the window does.
import importlib.metadata  # noqa: F401

import forum_desktop.models
import forum_desktop.services.commands
import forum_desktop.storage  # noqa: F401 (one name, `forum_desktop`, for all three)
