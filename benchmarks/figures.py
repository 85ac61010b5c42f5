"""The one line a benchmark prints per figure: ``{"bench", "ours", "baseline", "ratio"}``."""

from __future__ import annotations

import json


def figure(name: str, ours: float, baseline: float) -> str:
    """The JSON line of one figure (measurements to the microsecond or byte fraction)."""
    return json.dumps(
        {
            "bench": name,
            "ours": round(ours, 6),
            "baseline": round(baseline, 6),
            "ratio": round(ours / baseline, 2),
        }
    )
