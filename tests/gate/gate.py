"""The quality gate: scores on ../shared/eval must stay at or above their pinned floors.

Each evaluation has a baseline file `baselines/<name>.json`:
    {"measured": {...scores when pinned...}, "floors": {"score": floor, ...}, "note": "..."}
Floors sit a little under what was measured (noise from nothing: the
pipeline is deterministic, so floors are close). Lowering a floor is a
deliberate commit that says why.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

BASELINES = Path(__file__).resolve().parent / "baselines"


def floors(name: str) -> dict[str, float]:
    data = json.loads((BASELINES / f"{name}.json").read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data["floors"].items()}


def check(name: str, scores: Mapping[str, float | int]) -> None:
    """Assert every pinned score of `name` is at or above its floor; report all misses at once."""
    misses = [
        f"{key}: {scores.get(key)!r} < floor {floor}"
        for key, floor in floors(name).items()
        if key not in scores or float(scores[key]) < floor
    ]
    assert not misses, f"quality gate '{name}' failed: " + "; ".join(misses)
