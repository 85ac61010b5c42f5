"""What start-up loads: the window's code, not every screen and export it may open later."""

from __future__ import annotations

import subprocess
import sys

DENIED = (
    "forum_desktop.ui.method_screens",  # live method screens: when a method first runs
    "forum_desktop.export",  # the minutes' label catalogue and the writers: when exporting
    "reportlab",
    "docx",
    "segno",  # the projector's QR code: when the event is first opened to phones
    # The event's tabs other than Details and Run: built when first shown or reached.
    "forum_desktop.ui.agenda_page",
    "forum_desktop.ui.item_editor",
    "forum_desktop.ui.method_apply",
    "forum_desktop.ui.roster_page",
    "forum_desktop.ui.roster_model",
    "forum_desktop.ui.participant_view",
    "forum_desktop.ui.capture_page",
    "forum_desktop.ui.capture_filters",
    "forum_desktop.ui.photo_panel",
    "forum_desktop.interchange",  # the roster's CSV files
    "forum_desktop.services.method_apply",
    # The Run tab: built right after the first paint (the window holds its menu's actions).
    "forum_desktop.ui.run_page",
    "forum_desktop.ui.run_controller",
    "forum_desktop.ui.run_items_model",
    "forum_desktop.ui.method_host",
    "forum_desktop.ui.projector",
    "forum_desktop.ui.projector_control",
    "forum_desktop.ui.speaker_panel",
    "forum_desktop.ui.capture_bar",
    "forum_desktop.ui.outcome_model",
    "forum_desktop.ui.cue_sound",
    "forum_desktop.methods",  # the method library
    "forum_desktop.timing.replan",
    "forum_desktop.services.run",  # the run's commands (start-up reads services.live_runs)
    "forum_desktop.timing.snapshot",
    # The merge and event bundles: loaded by the first sync or bundle job, on its worker.
    "forum_desktop.sync.engine",
    "forum_desktop.sync.bundle",
    # The models of methods, entries, templates and documents: imported on first use.
    "forum_desktop.models.outcome",
    "forum_desktop.models.method",
    "forum_desktop.models.method_run",
    "forum_desktop.models.screens",
    "forum_desktop.models.document",
    "forum_desktop.models.template",
)
"""Module prefixes that importing ``forum_desktop.ui.app`` must not load."""


def loaded_by_importing_the_app() -> list[str]:
    """The modules a fresh interpreter holds after ``import forum_desktop.ui.app``."""
    code = "import sys, forum_desktop.ui.app; print('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout.split()


def denied(module: str) -> bool:
    if any(module == prefix or module.startswith(prefix + ".") for prefix in DENIED):
        return True
    # Every dialog (and the photo viewer) loads when it is first opened.
    leaf = module.rsplit(".", 1)[-1]
    return module.startswith("forum_desktop.ui.") and (
        leaf.endswith("_dialog") or leaf == "photo_viewer"
    )


def test_importing_the_app_leaves_screens_dialogs_and_exports_for_later() -> None:
    loaded = loaded_by_importing_the_app()
    assert "forum_desktop.ui.main_window" in loaded  # the check sees what was imported
    assert [module for module in loaded if denied(module)] == []


def test_a_window_module_imported_first_in_a_process_loads() -> None:
    """Importing the main window before anything else failed: PySide6's import hook read
    pydantic's modules while pydantic was half imported (a circular ImportError)."""
    result = subprocess.run(
        [sys.executable, "-c", "import forum_desktop.ui.main_window"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_the_deny_list_recognises_what_it_keeps_out() -> None:
    assert denied("forum_desktop.ui.method_screens.fishbowl")
    assert denied("forum_desktop.ui.minutes_dialog")
    assert denied("forum_desktop.export.minutes_options")
    assert denied("reportlab.pdfgen")
    assert denied("forum_desktop.ui.capture_page")
    assert denied("forum_desktop.interchange.roster_csv")
    assert not denied("forum_desktop.ui.main_window")
    assert not denied("forum_desktop.ui.event_details")
    assert not denied("forum_desktop.ui.dialogs_helper_free_name")
