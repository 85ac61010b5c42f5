"""The models package: the records every window shows load with it, the rest on first use."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest

import forum_desktop.models as models
from forum_desktop.models import RECORD_TYPES, Record

LOADED_LATER = ("outcome", "method", "method_run", "document", "template", "vote", "room")


def test_every_exported_name_is_found_and_is_what_its_module_defines() -> None:
    later = models._LATER
    assert set(later) <= set(models.__all__)
    for name in models.__all__:
        value = getattr(models, name)
        if name in later:
            module = importlib.import_module(f"forum_desktop.models.{later[name]}")
            assert getattr(module, name) is value


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="Outcomes"):
        models.Outcomes  # noqa: B018


def test_record_types_name_every_stored_record_class_by_its_journal_name() -> None:
    for module in pkgutil.walk_packages(models.__path__, "forum_desktop.models."):
        importlib.import_module(module.name)
    defined = {cls for cls in _subclasses(Record) if "record_type" in vars(cls)}
    assert set(RECORD_TYPES.values()) == defined
    assert all(RECORD_TYPES[name].record_type == name for name in RECORD_TYPES)
    assert "outcome" in RECORD_TYPES and "outcomes" not in RECORD_TYPES


def test_importing_the_package_leaves_the_methods_and_entries_models_for_first_use() -> None:
    code = (
        "import sys, forum_desktop.models as m; "
        "assert 'method_run' in m.RECORD_TYPES and len(m.RECORD_TYPES) > 30; "
        "print('\\n'.join(sorted(sys.modules)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    assert "forum_desktop.models.agenda" in loaded  # the check sees what was imported
    assert [
        f"forum_desktop.models.{name}"
        for name in LOADED_LATER
        if f"forum_desktop.models.{name}" in loaded
    ] == []


def _subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found
