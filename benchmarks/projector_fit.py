"""What fitting a method's view to the projector costs the UI thread each time its texts
change (a fishbowl's speaker line changes every second).

- ``projector_fit``: the fishbowl's view at 1024×768 beside the phones' code, five long
  names in its chairs (the case that steps furthest down: several sizes and chairs per
  row tried), its speaker line changed and the view fitted again — against a baseline
  that changes the line and lays the view out at the window's scale, as the projector did
  before it fitted anything. Interleaved change by change.
- ``vote_chart_repaint``: a revealed vote of five long options at 1024×768 repainted with
  nothing changed (as on each of the timer's snapshots), its type kept from the first
  paint — against the same repaint searching its type again (the chart before searched
  once or twice per paint, and once more for its line limit). Interleaved.

Prints one JSON line per figure (seconds).

    python benchmarks/projector_fit.py [--changes N]
"""

from __future__ import annotations

import argparse
import json
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from forum_desktop.export.isolation import isolate
from forum_desktop.methods.voting import Standing
from forum_desktop.ui.method_screens.fishbowl_public import FishbowlPublic
from forum_desktop.ui.method_screens.vote_chart import ChartRow, VoteChart
from forum_desktop.ui.projected_text import fit_view
from forum_desktop.ui.projector import METHOD_TEXT_SHARE, ProjectorWindow
from forum_desktop.ui.projector_join import room_address

NAMES = [
    "Núria Vilalta Puig de Montcada",
    "Tomás Aguirre Villalba Echeverría",
    "سلمى بنعلي عبد الرحمن الحسيني",
    "Françoise Lefèvre-Desjardins",
    "Ömer Demirtaş Karaosmanoğlu",
]
URL = "http://127.0.0.1:33297/pp-Y05O9vowpABcIbuBmg1KN3oFu-I80ADQUpw_DRMc/"


def projector(app: QApplication, view: FishbowlPublic) -> ProjectorWindow:
    window = ProjectorWindow("Forum")
    window.title_label.setText("Localisation et développement de MOOC")
    window.countdown_label.setText("14:29")
    window.resize(1024, 768)
    window.show()
    window.set_method_view(view)
    app.processEvents()
    return window


def fishbowl() -> FishbowlPublic:
    view = FishbowlPublic()
    chairs = [(f"{number}. {isolate(name)}", number == 2) for number, name in enumerate(NAMES, 1)]
    view.show_circle("Localisation de MOOC", chairs, ["Valentina Ríos Castaño", "Moussa Sy"])
    return view


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=200)
    changes = parser.parse_args().changes
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    room_address().set_url(URL)
    ours_view = fishbowl()
    ours_window = projector(app, ours_view)
    base_view = fishbowl()
    base_window = projector(app, base_view)
    base_view.removeEventFilter(base_window)  # not fitted again: as the projector was before
    scale = int(ours_window.height() * METHOD_TEXT_SHARE)
    ours: list[float] = []
    baseline: list[float] = []
    for change in range(changes):
        line = f"{NAMES[1]} a la parole : reste {change // 60}:{change % 60:02d}"
        start = time.perf_counter()
        ours_view.show_speaker(line)
        fit_view(ours_window.method_view or ours_view, scale)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        base_view.show_speaker(line)
        base_view.layout().activate()
        baseline.append(time.perf_counter() - start)
        app.processEvents()
    _print("projector_fit", ours, baseline)
    _print("vote_chart_repaint", *_vote_repaints(changes))


def _vote_repaints(repaints: int) -> tuple[list[float], list[float]]:
    chart = VoteChart()
    chart.resize(700, 420)
    options = [f"{name} propose un réseau d'échanges entre municipalités" for name in NAMES]
    chart.show_rows(
        [
            ChartRow(text, Standing(votes=7 - n, rank=n + 1, tied=False))
            for n, text in enumerate(options)
        ]
    )
    chart.grab()  # the first paint searches
    ours: list[float] = []
    baseline: list[float] = []
    for _ in range(repaints):
        start = time.perf_counter()
        chart.grab()
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        chart._chosen = None  # searched again, as every paint did
        chart.grab()
        baseline.append(time.perf_counter() - start)
    return ours, baseline


def _print(bench: str, ours: list[float], baseline: list[float]) -> None:
    for name, pick in ((f"{bench}_p50", 0.5), (f"{bench}_p95", 0.95)):
        ours_value = _quantile(ours, pick)
        base_value = _quantile(baseline, pick)
        print(
            json.dumps(
                {
                    "bench": name,
                    "ours": round(ours_value, 6),
                    "baseline": round(base_value, 6),
                    "ratio": round(ours_value / base_value, 2),
                }
            )
        )


def _quantile(values: list[float], pick: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(pick * len(ordered)))]


if __name__ == "__main__":
    main()
