"""The gate's own rules: tolerance by set size, floors, fingerprints, pinning (no model needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.gate import gate
from tests.gate.gate import (
    GATES,
    EvalDataMissing,
    Measured,
    check,
    fingerprint_misses,
    floor_for,
    pinned_baseline,
    require_eval_dir,
    tolerance,
)
from wirewatch.evaluate.registry import REGISTRY, Fingerprint

PINNED = Fingerprint(863, "a" * 64)
OTHER = Fingerprint(900, "b" * 64)


def test_tolerance_fits_the_set_size() -> None:
    assert tolerance(38) == pytest.approx(1.5 / 38)
    assert tolerance(300) == 0.005 and tolerance(10_000) == 0.005
    assert tolerance(0) == 1.0


def test_a_floor_lets_one_item_flip_but_not_two() -> None:
    for n in (13, 38, 92, 175, 368, 863):
        for right in (n // 2, (2 * n) // 3, n - 3):
            measured = round(right / n, 4)
            floor = floor_for(measured, n)
            assert floor <= measured
            assert round((right - 1) / n, 4) >= floor, (n, right)
            if 1.5 / n > 0.005:
                assert round((right - 2) / n, 4) < floor, (n, right)


def test_floor_is_rounded_down_to_three_places() -> None:
    assert floor_for(0.6316, 38) == 0.592
    assert floor_for(0.88, 175) == 0.871
    assert floor_for(0.962, 368) == 0.957
    assert floor_for(0.001, 10) == 0.0


def test_fingerprint_mismatch_says_both_and_how_to_re_pin() -> None:
    misses = fingerprint_misses("penta", {"penta": PINNED.as_dict()}, {"penta": OTHER})
    assert len(misses) == 1
    assert f"pinned on 863 records sha256 {'a' * 64}, reading 900 records sha256 {'b' * 64}" in misses[0]
    assert "re-pin deliberately (python -m tests.gate.pin penta)" in misses[0]
    assert fingerprint_misses("penta", {"penta": PINNED.as_dict()}, {"penta": PINNED}) == []
    assert "records no fingerprint" in fingerprint_misses("penta", {}, {"penta": PINNED})[0]


def _baseline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: dict[str, Any]) -> None:
    import json

    monkeypatch.setattr(gate, "BASELINES", tmp_path)
    (tmp_path / "g.json").write_text(json.dumps(data))


def test_check_fails_on_other_data_before_looking_at_floors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pinned = {"fingerprints": {"penta": PINNED.as_dict()}, "floors": {"accuracy": 0.5}}
    _baseline(tmp_path, monkeypatch, pinned)
    with pytest.raises(AssertionError, match=r"evaluation data differs.*reading 900 records"):
        check("g", {"accuracy": 0.9}, {"penta": OTHER})
    with pytest.raises(AssertionError, match=r"accuracy: 0.4 < floor 0.5"):
        check("g", {"accuracy": 0.4}, {"penta": PINNED})
    check("g", {"accuracy": 0.5}, {"penta": PINNED})


def test_missing_eval_data_is_an_error_naming_where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREWATCH_EVAL_DIR", str(tmp_path / "absent"))
    with pytest.raises(EvalDataMissing, match=r"absent.*WIREWATCH_EVAL_DIR"):
        require_eval_dir()


def _measured(accuracy: float) -> Measured:
    return Measured(
        scores={"accuracy": accuracy, "macro_f1": 0.6, "records": 863},
        n={"accuracy": 863, "macro_f1": 863},
        fingerprints={"penta": PINNED},
        results={},
    )


def test_pinning_rewrites_figures_floors_n_and_fingerprints() -> None:
    old = {"note": "kept", "measured": {"accuracy": 0.7, "macro_f1": 0.6}, "floors": {"accuracy": 0.69}}
    new = pinned_baseline("penta", _measured(0.65), old)
    assert new["note"] == "kept" and new["fingerprints"] == {"penta": PINNED.as_dict()}
    assert new["measured"] == {"accuracy": 0.65, "macro_f1": 0.6}
    assert new["floors"] == {"accuracy": 0.645} and new["n"] == {"accuracy": 863, "macro_f1": 863}
    kept = pinned_baseline("penta", _measured(0.65), old, keep_measured=True)
    assert kept["measured"]["accuracy"] == 0.7 and kept["floors"] == {"accuracy": 0.645}  # the lower
    assert pinned_baseline("penta", _measured(0.8), old, keep_measured=True)["floors"]["accuracy"] == 0.695


def test_a_new_baseline_floors_the_gates_scores_or_the_headline() -> None:
    scores = {k: 0.5 for k in REGISTRY["penta"].headline} | {k: 0.5 for k in GATES["penta"].extra_recorded}
    measured = Measured(scores, dict.fromkeys(scores, 100), {"penta": PINNED}, {})
    new = pinned_baseline("penta", measured, None)
    assert set(new["floors"]) == set(GATES["penta"].floored or ()) and "accuracy_coded" not in new["floors"]
    assert set(new["measured"]) == set(scores) and new["floors"]["accuracy"] == 0.485
    dates = {k: 0.9 for k in REGISTRY["dates"].headline}
    new = pinned_baseline("dates", Measured(dates, dict.fromkeys(dates, 124), {"dates": PINNED}, {}), None)
    assert set(new["floors"]) == set(REGISTRY["dates"].headline)


def test_every_gate_reads_registered_sets() -> None:
    for g in GATES.values():
        assert all(name in REGISTRY for name, _ in g.parts)
