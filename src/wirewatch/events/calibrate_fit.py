"""Fitting the confidence calibration (`calibrate.py`) on the development sets, cross-validated.

Every event the pipeline codes in a development sentence is one sample,
labelled right or wrong:

- ``plover_gsr.jsonl``: right when it is the sentence's main event, its PLOVER
  type is a gold event's type and, when that gold event names sources, a
  source country matches (a reciprocal gold event: any participant);
- ``cameo_penta.jsonl``: right when it is the main event and its CAMEO root
  falls in the gold class (01-02 → 0, 03-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4; root 16,
  which the annotators put in verbal conflict, in either conflict class);
- ``cameo_news.jsonl``: right when it is the main event and its CAMEO root is the gold root.

Any other event of a sentence counts as wrong: the gold sets code one action
per sentence, so the probabilities are those of an event the gold would
confirm. The model is an L2-penalised logistic regression on the raw
confidence and the features of `calibrate.event_features`; its penalty is
chosen by cross-validation inside the training folds. The reliability table
is cross-validated: each fold's events are scored by a table fitted on the
other folds. Only numbers reach the table, never a sentence.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.errors import WirewatchError
from wirewatch.evaluate.learned import DEFAULT_C, labelled_pool
from wirewatch.events.calibrate import (
    CEILING,
    COLUMNS,
    FLOOR,
    INTERCEPT,
    RAW,
    RAW_CENTRE,
    Calibration,
    event_features,
)
from wirewatch.events.learned import Models, penta_classes
from wirewatch.events.main import main_event
from wirewatch.model import Event

log = logging.getLogger(__name__)

SETS = ("plover_gsr", "cameo_penta", "cameo_news")
# Components that do not change which events are coded or their raw confidence.
SKIPPED_COMPONENTS = frozenset({"wirewatch_confidence", "wirewatch_when", "wirewatch_where"})
# The learned classifier's component: coded with models refitted per fold (out_of_fold_classifiers).
LEARNED = "wirewatch_learned"
LEARNED_MODELS = "models"  # the component's attribute holding its classifiers
NO_CLASSIFIER = "none in the pipeline (or no trained model)"
OUT_OF_FOLD = "refitted per fold, so no sentence was coded by a model trained on it"
# Inverse L2 strengths tried; the one with the lowest log loss inside the training folds wins.
# At the first fit (rules only, 948 events) 5-fold log loss was 0.607 at C=0.03 (everything near
# the mean), 0.537 at 1, 0.529 at 3 and 0.532 at 10 (rare marks overfitted, the lowest bin too low).
C_GRID = (0.3, 1.0, 3.0)
INNER_FOLDS = 4
BIN_EDGES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
HIGH = 0.8
SEED = 0
BATCH_SIZE = 64


@dataclass(frozen=True)
class Sample:
    """One coded event of a development sentence: its raw confidence, features and label."""

    dataset: str
    sentence: int  # folds never split a sentence's events
    raw: float
    features: tuple[str, ...]
    right: bool


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    events: int
    right: int
    mean_confidence: float | None

    @property
    def precision(self) -> float | None:
        return self.right / self.events if self.events else None


@dataclass(frozen=True)
class Report:
    """What a refit measured: counts, the cross-validated reliability, the table written."""

    fitted_on: dict[str, dict[str, int]]
    folds: int
    bins: list[Bin]
    high_events: int
    high_right: int
    raw_mean_right: float
    raw_mean_wrong: float
    cv_mean_right: float
    cv_mean_wrong: float
    brier_raw: float
    brier_cv: float
    table: Path
    date: str
    classifier: str  # how the learned classifier's events were coded for the fit


# --- labelling -------------------------------------------------------------------


def _actor_codes(event: Event, reciprocal: bool) -> set[str]:
    from wirewatch.evaluate.events import actor_code

    actors = (*event.sources, *event.targets) if reciprocal else event.sources
    return {c for c in (actor_code(a) for a in actors) if c}


def _gold_codes(actors: list[dict[str, Any]]) -> set[str]:
    from wirewatch.evaluate.events import gold_code

    return {gold_code(a["code"]) for a in actors if a.get("code")}


def plover_right(record: dict[str, Any], event: Event) -> bool:
    """The main event of a plover_gsr sentence is right: type of a gold event, and a source of it."""
    for gold in record["events"]:
        if gold["plover"] != event.plover:
            continue
        reciprocal = bool(gold.get("reciprocal"))
        wanted = _gold_codes(gold["source"]) | (_gold_codes(gold["target"]) if reciprocal else set())
        if not wanted or wanted & _actor_codes(event, reciprocal):
            return True
    return False


def cameo_right(record: dict[str, Any], event: Event) -> bool:
    """The main event of a CAMEO sentence is right: its root is the gold root, or in the gold class
    (a root-16 event in verbal or material conflict, `learned.penta_classes`: the penta annotators
    put root 16 in verbal conflict, README "Figures"; the readings differ on the mapping, not on
    the event)."""
    if "penta" in record:
        return int(record["penta"]) in penta_classes(event.cameo)
    return (event.cameo or "")[:2] == str(record["cameo_root"])


def label_sets(eval_dir: Path, model: str | None = None) -> tuple[list[Sample], str]:
    """Every event the pipeline codes in the development sentences, labelled right or wrong,
    and how the learned classifier took part (NO_CLASSIFIER or OUT_OF_FOLD)."""
    from wirewatch.nlp import build_nlp
    from wirewatch.settings import Settings

    nlp = build_nlp(model or Settings().model)
    records = {name: _read(eval_dir / "events" / f"{name}.jsonl") for name in SETS}
    if not any(records.values()):
        raise WirewatchError(f"{eval_dir}/events: no development set found to fit the calibration on")
    classifiers = out_of_fold_classifiers(nlp, eval_dir)
    samples: list[Sample] = []
    sentence = 0
    for name in SETS:
        for record, (doc, events) in zip(records[name], _code(nlp, records[name], classifiers), strict=True):
            main = main_event(doc, events)
            for event in events:
                right = event is main and (
                    plover_right(record, event) if name == "plover_gsr" else cameo_right(record, event)
                )
                samples.append(Sample(name, sentence, event.confidence, event_features(event), right))
            sentence += 1
    if not samples:
        raise WirewatchError(f"{eval_dir}/events: the pipeline coded no event to fit the calibration on")
    return samples, NO_CLASSIFIER if classifiers is None else OUT_OF_FOLD


def _read(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        log.warning("%s: not found, left out of the fit", path)
        return []
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _code(
    nlp: Language, records: list[dict[str, Any]], classifiers: Classifiers | None
) -> list[tuple[Doc, list[Event]]]:
    """Each record's Doc and raw events (calibration off); the learned classifier never saw the record."""
    skipped = [name for name in nlp.pipe_names if name in SKIPPED_COMPONENTS]
    texts = [r["text"] for r in records]
    if classifiers is None:
        with nlp.select_pipes(disable=skipped):
            return [(doc, list(doc._.events or [])) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE)]
    component = nlp.get_pipe(LEARNED)
    packaged = getattr(component, LEARNED_MODELS)
    out: dict[int, tuple[Doc, list[Event]]] = {}
    try:
        for key, models in classifiers.models.items():
            rows = [i for i, t in enumerate(texts) if classifiers.folds.get(t, frozenset()) == key]
            setattr(component, LEARNED_MODELS, models)
            with nlp.select_pipes(disable=skipped):
                docs = nlp.pipe((texts[i] for i in rows), batch_size=BATCH_SIZE)
                out.update({i: (doc, list(doc._.events or [])) for i, doc in zip(rows, docs, strict=True)})
    finally:
        setattr(component, LEARNED_MODELS, packaged)
    return [out[i] for i in range(len(texts))]


@dataclass(frozen=True)
class Classifiers:
    """The learned classifiers refitted per fold: each text's folds, and models fitted without them."""

    folds: dict[str, frozenset[int]]
    models: dict[frozenset[int], Models]


def out_of_fold_classifiers(nlp: Language, eval_dir: Path) -> Classifiers | None:
    """When the pipeline has the learned classifiers, models that never saw the sentence they code.

    The packaged models were fitted on every development sentence; coding those
    sentences with them would make their events look right. The pool, folds and
    fitting are `evaluate.learned.labelled_pool`'s, as `cross_validate` uses them;
    a text is coded by models fitted without every fold it occurs in. None when
    the pipeline has no learned component or no trained model.
    """
    if LEARNED not in nlp.pipe_names or getattr(nlp.get_pipe(LEARNED), LEARNED_MODELS, None) is None:
        return None
    pool = labelled_pool(nlp, eval_dir)
    folds: dict[str, set[int]] = {}
    for item, fold in zip(pool.items, pool.fold_of, strict=True):
        folds.setdefault(item.text, set()).add(int(fold))
    keys: set[frozenset[int]] = {frozenset(f) for f in folds.values()} | {frozenset()}
    models = {key: pool.fit(~np.isin(pool.fold_of, list(key)), DEFAULT_C) for key in keys}
    return Classifiers({t: frozenset(f) for t, f in folds.items()}, models)


# --- fitting -----------------------------------------------------------------------


def _design(samples: Sequence[Sample], vocabulary: Sequence[str], with_raw: bool) -> np.ndarray:
    index = {f: i for i, f in enumerate(vocabulary)}
    x = np.zeros((len(samples), len(vocabulary) + 1))
    for row, s in enumerate(samples):
        x[row, 0] = s.raw - RAW_CENTRE if with_raw else 0.0
        for f in s.features:
            x[row, index[f] + 1] = 1.0
    return x


def _logistic(samples: Sequence[Sample], c: float) -> Calibration:
    """An L2-penalised logistic regression; refitted without the raw confidence if it came out negative."""
    from sklearn.linear_model import LogisticRegression

    vocabulary = sorted({f for s in samples for f in s.features})
    y = np.array([s.right for s in samples], dtype=int)
    if y.min() == y.max():  # one class only: every event gets the observed rate
        rate = min(CEILING, max(FLOOR, float(y.mean())))
        return Calibration(math.log(rate / (1 - rate)), 0.0, {})
    for with_raw in (True, False):
        model = LogisticRegression(C=c, max_iter=1000)
        model.fit(_design(samples, vocabulary, with_raw), y)
        coef = model.coef_[0]
        if coef[0] >= 0 or not with_raw:
            break
    weights = {f: round(float(w), 4) for f, w in zip(vocabulary, coef[1:], strict=True)}
    return Calibration(round(float(model.intercept_[0]), 4), round(max(0.0, float(coef[0])), 4), weights)


def _folds(samples: Sequence[Sample], k: int, seed: int) -> list[int]:
    """A fold per sample: sentences shuffled and dealt round-robin, so no sentence is split."""
    sentences = sorted({s.sentence for s in samples})
    order = np.random.default_rng(seed).permutation(len(sentences))
    fold_of = {sentences[i]: n % k for n, i in enumerate(order)}
    return [fold_of[s.sentence] for s in samples]


def _log_loss(calibration: Calibration, samples: Sequence[Sample]) -> float:
    total = 0.0
    for s in samples:
        p = calibration.probability(s.raw, s.features)
        total -= math.log(p if s.right else 1 - p)
    return total / len(samples)


def fit(samples: Sequence[Sample], seed: int = SEED) -> Calibration:
    """The calibration fitted on `samples`, its penalty chosen by inner cross-validation."""
    folds = _folds(samples, INNER_FOLDS, seed)
    best_c, best_loss = C_GRID[0], math.inf
    for c in C_GRID:
        loss = 0.0
        for k in range(INNER_FOLDS):
            train = [s for s, f in zip(samples, folds, strict=True) if f != k]
            held = [s for s, f in zip(samples, folds, strict=True) if f == k]
            if train and held:
                loss += _log_loss(_logistic(train, c), held) * len(held)
        if loss < best_loss:
            best_c, best_loss = c, loss
    log.info("calibration: C=%s (inner log loss %.4f)", best_c, best_loss / len(samples))
    return _logistic(samples, best_c)


def cross_validated(samples: Sequence[Sample], k: int, seed: int = SEED) -> list[float]:
    """Each sample's calibrated confidence from a table fitted on the other k-1 folds."""
    folds = _folds(samples, k, seed)
    out = [0.0] * len(samples)
    for fold in range(k):
        train = [s for s, f in zip(samples, folds, strict=True) if f != fold]
        calibration = fit(train, seed)
        for i, (s, f) in enumerate(zip(samples, folds, strict=True)):
            if f == fold:
                out[i] = calibration.probability(s.raw, s.features)
    return out


def reliability(confidences: Sequence[float], rights: Sequence[bool]) -> list[Bin]:
    """Events binned by confidence (BIN_EDGES; the last bin includes 1.0) with observed precision."""
    bins = []
    for low, high in itertools.pairwise(BIN_EDGES):
        last = high == BIN_EDGES[-1]
        inside = [
            (c, r)
            for c, r in zip(confidences, rights, strict=True)
            if low <= c < high or (last and c == high)
        ]
        mean = round(sum(c for c, _ in inside) / len(inside), 3) if inside else None
        bins.append(Bin(low, high, len(inside), sum(r for _, r in inside), mean))
    return bins


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 3) if values else 0.0


def _brier(confidences: Sequence[float], rights: Sequence[bool]) -> float:
    return round(sum((c - r) ** 2 for c, r in zip(confidences, rights, strict=True)) / len(rights), 4)


# --- the refit command -----------------------------------------------------------------


def refit(eval_dir: Path, output: Path, *, folds: int = 5, model: str | None = None) -> Report:
    """Label the development sets, cross-validate, fit on everything and write the table to `output`."""
    samples, classifier = label_sets(eval_dir, model)
    rights = [s.right for s in samples]
    cv = cross_validated(samples, folds)
    calibration = fit(samples)
    fitted_on = {
        name: {
            "coded_sentences": len({s.sentence for s in samples if s.dataset == name}),
            "events": sum(s.dataset == name for s in samples),
            "right": sum(s.right for s in samples if s.dataset == name),
        }
        for name in SETS
        if any(s.dataset == name for s in samples)
    }
    high = [r for c, r in zip(cv, rights, strict=True) if c >= HIGH]
    report = Report(
        fitted_on=fitted_on,
        folds=folds,
        bins=reliability(cv, rights),
        high_events=len(high),
        high_right=sum(high),
        raw_mean_right=_mean([s.raw for s in samples if s.right]),
        raw_mean_wrong=_mean([s.raw for s in samples if not s.right]),
        cv_mean_right=_mean([c for c, r in zip(cv, rights, strict=True) if r]),
        cv_mean_wrong=_mean([c for c, r in zip(cv, rights, strict=True) if not r]),
        brier_raw=_brier([s.raw for s in samples], rights),
        brier_cv=_brier(cv, rights),
        table=output,
        date=dt.date.today().isoformat(),
        classifier=classifier,
    )
    output.write_text(table_text(calibration, samples, report), encoding="utf-8")
    return report


def _counts(samples: Sequence[Sample], feature: str) -> tuple[int, int]:
    having = [s for s in samples if feature in s.features]
    return len(having), sum(s.right for s in having)


def table_text(calibration: Calibration, samples: Sequence[Sample], report: Report) -> str:
    """The TSV: a header saying what was fitted, when and how to refit; then one row per weight."""
    right = sum(s.right for s in samples)
    lines = [
        "# Event confidence calibration: P(event is right) =",
        f"#   clamp(sigmoid(intercept + raw * (raw confidence - {RAW_CENTRE})"
        f" + sum of the event's feature weights), {FLOOR}, {CEILING})",
        f"# Fitted on {report.date} on every event coded in ../shared/eval/events:",
        *(
            f"#   {name}: {c['events']} events in {c['coded_sentences']} sentences, {c['right']} right"
            for name, c in report.fitted_on.items()
        ),
        "# (right: the main event of its sentence, with the gold type / CAMEO class).",
        "# Only these numbers are kept here, never a sentence.",
        f"# Cross-validated ({report.folds} folds): events >= {HIGH} confidence {report.high_right}"
        f" of {report.high_events} right;",
        f"# Brier score {report.brier_cv} (raw confidence: {report.brier_raw}). Reliability by confidence:",
        *(
            f"#   {b.low:.1f}-{b.high:.1f}: {b.events} events, {b.right} right"
            + ("" if b.precision is None else f" (precision {b.precision:.3f})")
            for b in report.bins
        ),
        f"# Learned classifier: {report.classifier}.",
        "# Refit after the event coder changes:",
        "#   python -m wirewatch.events.calibrate --eval-dir ../shared/eval",
        "# weight: log-odds; events / right: fitting events with the feature, and how many were right.",
        "\t".join(COLUMNS),
        f"{INTERCEPT}\t{calibration.intercept}\t{len(samples)}\t{right}",
        f"{RAW}\t{calibration.raw}\t{len(samples)}\t{right}",
    ]
    for feature, weight in sorted(calibration.weights.items()):
        n, r = _counts(samples, feature)
        lines.append(f"{feature}\t{weight}\t{n}\t{r}")
    return "\n".join(lines) + "\n"


def format_report(report: Report) -> str:
    """The reliability table and the summary figures, as the refit command prints them."""
    lines = [
        f"cross-validated reliability ({report.folds} folds), measured {report.date}:",
        "confidence  events  right  precision  mean confidence",
    ]
    for b in report.bins:
        precision = "-" if b.precision is None else f"{b.precision:.3f}"
        mean = "-" if b.mean_confidence is None else f"{b.mean_confidence:.3f}"
        lines.append(f"{b.low:.1f}-{b.high:.1f}     {b.events:6}  {b.right:5}  {precision:>9}  {mean:>15}")
    high = f"{report.high_right / report.high_events:.3f}" if report.high_events else "-"
    lines += [
        f"confidence >= {HIGH}: {report.high_right} of {report.high_events} right (precision {high})",
        f"mean confidence of right / wrong events: raw {report.raw_mean_right} / {report.raw_mean_wrong},"
        f" calibrated {report.cv_mean_right} / {report.cv_mean_wrong}",
        f"Brier score: raw {report.brier_raw}, calibrated {report.brier_cv}",
        f"fitted on: {json.dumps(report.fitted_on)}",
        f"learned classifier: {report.classifier}",
        f"wrote {report.table}",
    ]
    return "\n".join(lines) + "\n"
