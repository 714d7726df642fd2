"""The quality gate: scores on ../shared/eval must stay at or above their pinned floors.

Each gate has a baseline file `baselines/<name>.json`:
    {"note": "...",
     "fingerprints": {"<set>": {"records": N, "sha256": "..."}},   # the data it was pinned on
     "measured": {"score": figure, ...},                          # what was measured when pinned
     "n": {"score": items, ...},                                  # how many items each share is over
     "floors": {"score": floor, ...}}
Every evaluation set runs through `wirewatch.evaluate.registry` (`GATES` below names the sets
of each gate and the prefix their scores carry: the events gate reads `plover` and `cameo`,
`cameo_root_accuracy` being cameo's `root_accuracy`).

**Fingerprints.** A gate first compares each set's record count and sha256 with the pinned
ones and fails, naming both, when the data differs: figures measured on other data say
nothing about a regression. Re-pin deliberately.

**Floors** sit at the measured figure less a tolerance that fits the number of items the
figure is a share of (`n`):

    tolerance(n) = max(0.005, 1.5 / n);  floor = measured - tolerance(n), rounded down to 3 places

The pipeline is deterministic, so a floor guards against regressions, not noise: 1.5 / n
lets one item (a sentence, an actor, a toponym) flip and keeps half an item more so that the
rounding of the measured figure never turns that one flip red; two flips on a small set fail.
On large sets a figure may still move by half a point (0.005) without failing, so that
a change elsewhere in the pipeline that moves a few of a thousand items is no emergency.
Averaged figures (extraction F1 over pages) take their page count as n; F1 figures take the
gold items. Lowering a floor by hand is a deliberate commit that says why.

**The data** is read from `$WIREWATCH_EVAL_DIR`, else `../shared/eval` beside the working
copy. When it is missing the gates FAIL (they never skip: a green run without the data would
prove nothing).

**Re-pinning** is one command from the repository root; it runs the gate's evaluations and
rewrites the baseline's measured figures, n, floors and fingerprints (the note is kept: edit
it to say what changed):

    .venv/bin/python -m tests.gate.pin penta            # one gate
    .venv/bin/python -m tests.gate.pin events penta     # several
    .venv/bin/python -m tests.gate.pin --all
    .venv/bin/python -m tests.gate.pin --keep-measured geo   # keep the pinned figures; re-derive
                                                              # floors (from the lower of pinned
                                                              # and today's), n and fingerprints
    .venv/bin/python -m tests.gate.pin --dry-run penta  # print what would be written

A new baseline floors the gate's `floored` scores (default: its sets' headline,
`registry.REGISTRY[...].headline`) and records `extra_recorded` beside them; re-pinning an
existing baseline keeps the keys it has.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirewatch.evaluate.registry import EVAL_DIR_ENV, REGISTRY, EvalResult, Fingerprint, run_eval

if TYPE_CHECKING:
    from spacy.language import Language

BASELINES = Path(__file__).resolve().parent / "baselines"
REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "tests" / "fixtures" / "actor_cases.tsv"
MIN_TOLERANCE = 0.005
ITEMS_OF_SLACK = 1.5


@dataclass(frozen=True)
class Gate:
    """A gate: the evaluation sets it reads, each with the prefix of its scores, and options."""

    name: str
    parts: tuple[tuple[str, str], ...]
    options: Mapping[str, Any] = field(default_factory=dict)
    floored: tuple[str, ...] | None = None  # floored in a new baseline (default: the sets' headline)
    extra_recorded: tuple[str, ...] = ()  # recorded, not floored, in a new baseline


GATES: dict[str, Gate] = {
    g.name: g
    for g in (
        Gate("extraction", (("extraction", ""),)),
        # The rules alone: the learned stage's packaged model was fitted on these sentences, so
        # its figures here would be in-sample; the `learned` gate pins its k-fold ones.
        Gate("events", (("plover", ""), ("cameo", "cameo_")), options={"learned": False}),
        Gate(
            "penta",
            (("penta", ""),),
            options={"learned": False},
            # accuracy_coded is recorded, not floored: coding more sentences may lower it while
            # accuracy rises, and that is no regression.
            floored=(
                "accuracy",
                "accuracy_events_only",
                "coded_share",
                "coded_share_with_statements",
                "macro_f1",
                "source_match",
            ),
            extra_recorded=tuple(
                ["accuracy_coded"]
                + [f"per_class.{c}.{k}" for c in range(5) for k in ("precision", "recall", "f1")]
                + [f"origin.{o}.{k}" for o in ("train", "test") for k in ("accuracy", "accuracy_events_only")]
                + ["statement_precision", "source_match_on_events"]
            ),
        ),
        Gate(
            "learned",
            (("learned", ""),),
            # The fusion's figures by 5-fold cross-validation: what the packaged model's own
            # figures on these sentences would flatter (it was fitted on all of them).
            floored=(
                "penta.fused.accuracy",
                "penta.fused.coded_share",
                "penta.classifier_accuracy",
                "plover_gsr.fused.type_accuracy",
                "plover_gsr.fused.full_event_f1",
            ),
            extra_recorded=(
                "penta.fused.accuracy_events_only",
                "penta.fused.coded_share_with_statements",
                "penta.rules.accuracy",
                "plover_gsr.rules.type_accuracy",
                "cameo_news.fused.root_accuracy",
                "classifier_accuracy",
            ),
        ),
        Gate("dates", (("dates", ""),)),
        Gate("geo", (("trnews", "trnews_"), ("geovirus", "geovirus_"))),
        Gate("quotes", (("quotes", ""),)),
        Gate("actors", (("actors", ""),), options={"cases": CASES}),
        # The product's own thresholds, linked as on ingest; the k-fold run (wirewatch eval stories)
        # takes minutes and is quoted in the README, not re-run by the gate.
        Gate(
            "stories",
            (("stories", ""),),
            options={"folds": 0},
            floored=("subtopic.f1", "topic.f1", "subtopic.precision", "subtopic.recall"),
            extra_recorded=("anchor.subtopic.f1", "anchor.topic.f1", "topic.precision", "topic.recall"),
        ),
    )
}


class EvalDataMissing(Exception):
    """../shared/eval (or $WIREWATCH_EVAL_DIR) is not there."""


def eval_dir() -> Path:
    """`$WIREWATCH_EVAL_DIR`, else `../shared/eval` beside the repository."""
    configured = os.environ.get(EVAL_DIR_ENV)
    return Path(configured) if configured else REPO.parent / "shared" / "eval"


def require_eval_dir() -> Path:
    path = eval_dir()
    if not path.is_dir():
        raise EvalDataMissing(
            f"evaluation data not found at {path}: the quality gates need the shared evaluation sets "
            f"(expected at ../shared/eval beside the repository, or where {EVAL_DIR_ENV} points)"
        )
    return path


def tolerance(n: int) -> float:
    """How far under its measured figure a score's floor sits: max(0.005, 1.5 / n)."""
    return max(MIN_TOLERANCE, ITEMS_OF_SLACK / n) if n > 0 else 1.0


def floor_for(measured: float, n: int) -> float:
    """The floor of a figure measured on n items, rounded down to 3 places (never below 0)."""
    return max(0.0, math.floor(round((measured - tolerance(n)) * 1000, 6)) / 1000)


# --- measuring ---------------------------------------------------------------------


@dataclass(frozen=True)
class Measured:
    """A gate's figures today: the scores and their n (prefixed), and each set's fingerprint."""

    scores: dict[str, float | int]
    n: dict[str, int]
    fingerprints: dict[str, Fingerprint]
    results: dict[str, EvalResult]


def measure(name: str, data_dir: Path | None = None, nlp: Language | None = None) -> Measured:
    """Run every set of gate `name` through the registry."""
    gate = GATES[name]
    where = data_dir or require_eval_dir()
    scores: dict[str, float | int] = {}
    n: dict[str, int] = {}
    fingerprints: dict[str, Fingerprint] = {}
    results: dict[str, EvalResult] = {}
    for set_name, prefix in gate.parts:
        result = run_eval(set_name, nlp=nlp, eval_dir=where, **gate.options)
        scores.update({f"{prefix}{k}": v for k, v in result.scores.items()})
        n.update({f"{prefix}{k}": v for k, v in result.n.items()})
        fingerprints[set_name] = result.fingerprint
        results[set_name] = result
    return Measured(scores, n, fingerprints, results)


# --- checking ----------------------------------------------------------------------


def load_baseline(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((BASELINES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def floors(name: str) -> dict[str, float]:
    return {k: float(v) for k, v in load_baseline(name)["floors"].items()}


def fingerprint_misses(
    name: str, pinned: Mapping[str, Mapping[str, Any]], reading: Mapping[str, Fingerprint]
) -> list[str]:
    """One message per set whose data differs from what the baseline was pinned on."""
    misses = []
    for set_name, found in reading.items():
        if set_name not in pinned:
            misses.append(
                f"{set_name}: the baseline records no fingerprint; reading {found}: "
                f"pin it deliberately (python -m tests.gate.pin {name})"
            )
            continue
        expected = Fingerprint.from_dict(pinned[set_name])
        if expected != found:
            misses.append(
                f"{set_name} ({REGISTRY[set_name].default_data}): pinned on {expected}, reading {found}: "
                f"re-pin deliberately (python -m tests.gate.pin {name})"
            )
    return misses


def check(name: str, scores: Mapping[str, float | int], fingerprints: Mapping[str, Fingerprint]) -> None:
    """Assert the data is what gate `name` was pinned on and every floored score is at or above its
    floor; report all misses at once."""
    baseline = load_baseline(name)
    data_misses = fingerprint_misses(name, baseline.get("fingerprints", {}), fingerprints)
    assert not data_misses, f"quality gate '{name}': the evaluation data differs: " + "; ".join(data_misses)
    misses = [
        f"{key}: {scores.get(key)!r} < floor {floor}"
        for key, floor in floors(name).items()
        if key not in scores or float(scores[key]) < floor
    ]
    assert not misses, f"quality gate '{name}' failed: " + "; ".join(misses)


def check_measured(name: str, measured: Measured) -> None:
    check(name, measured.scores, measured.fingerprints)


# --- pinning -------------------------------------------------------------------------


def pinned_baseline(
    name: str, measured: Measured, old: Mapping[str, Any] | None, *, keep_measured: bool = False
) -> dict[str, Any]:
    """The baseline file `pin` writes for gate `name` from today's figures (see the module docstring)."""
    gate = GATES[name]
    if old:
        floored = list(old.get("floors", {}))
        recorded = [k for k in old.get("measured", {}) if k not in floored]
    elif gate.floored is not None:
        floored, recorded = list(gate.floored), list(gate.extra_recorded)
    else:
        floored = [f"{prefix}{k}" for set_name, prefix in gate.parts for k in REGISTRY[set_name].headline]
        recorded = list(gate.extra_recorded)
    absent = [k for k in floored + recorded if k not in measured.scores]
    if absent:
        raise KeyError(f"gate {name}: the evaluation gives no {', '.join(absent)}")
    unsized = [k for k in floored if k not in measured.n]
    if unsized:
        raise KeyError(f"gate {name}: no item count (n) for {', '.join(unsized)}")
    today = {k: measured.scores[k] for k in floored + recorded}
    figures = dict(today)
    if keep_measured and old:
        figures = {k: old.get("measured", {}).get(k, v) for k, v in today.items()}
    floor_base = {k: min(float(figures[k]), float(today[k])) for k in floored}
    note = f"Quality gate '{name}' pinned by `python -m tests.gate.pin {name}`."
    return {
        "note": (old or {}).get("note", note),
        "fingerprints": {s: fp.as_dict() for s, fp in measured.fingerprints.items()},
        "measured": figures,
        "n": {k: measured.n[k] for k in figures if k in measured.n},
        "floors": {k: floor_for(floor_base[k], measured.n[k]) for k in floored},
    }


def write_baseline(name: str, baseline: Mapping[str, Any]) -> Path:
    path = BASELINES / f"{name}.json"
    path.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
