"""Calibrated event confidence: the probability that a coded event is right.

The codebook gives each rule a hand-set confidence and each inference a
penalty; on judged real news that number did not separate right events from
wrong ones (mean 0.70 right, 0.69 wrong). This module replaces it by the
probability of being right, read from a small table of log-odds weights
(`data/calibration.tsv`) fitted on the development sets in `../shared/eval`:

    confidence = clamp(sigmoid(intercept + raw × (raw confidence − RAW_CENTRE)
                               + Σ weight(feature) over the event's features))

The features are the rule family (PLOVER type), each inference of the event
(`Inference`; named by its mark in the rule: `mark=+implied`, `mark=+pair`, ...),
a learned classifier's event (`model`), a pronoun actor, a missing target, and
the modality and polarity. A feature the table does not know weighs 0. The raw weight is never
negative, so for one event a higher raw confidence never lowers the
calibrated one. The runtime needs plain Python; fitting (scikit-learn) lives in
`calibrate_fit.py`. Refit after the coder changes:

    python -m wirewatch.events.calibrate --eval-dir ../shared/eval [--folds 5]
"""

from __future__ import annotations

import argparse
import functools
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError, WirewatchError
from wirewatch.model import LEARNED, Event, Inference

TABLE = "calibration.tsv"
COLUMNS = ("feature", "weight", "events", "right")
# No calibrated confidence leaves [FLOOR, CEILING]: the development sets are small, so
# certainty either way would claim more than they can show.
FLOOR = 0.05
CEILING = 0.99
# The raw confidence enters centred on the codebook's usual rule value.
RAW_CENTRE = 0.7
# Decimals stored in the event: finer steps mean nothing on sets of a thousand events.
DECIMALS = 3
INTERCEPT = "intercept"
RAW = "raw"
# Actor words that are pronouns ("he", resolved to the earlier person, or a resumptive "they").
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "it", "we", "i"})


def event_features(event: Event) -> tuple[str, ...]:
    """The names of the calibration features an event has, e.g. ("family=ASSAULT", "mark=+implied")."""
    out = [f"family={event.plover}"]
    if event.inferences & LEARNED:
        out.append("model")
    # a date inferred from the story says nothing of whether the coding is right
    marks = [m for m in event.inferences if not m & (LEARNED | Inference.STORY_TIME | Inference.RETOLD)]
    out.extend(f"mark=+{mark}" for mark in sorted(m.mark for m in marks))
    if any(a.text.lower() in PRONOUNS for a in (*event.sources, *event.targets)):
        out.append("pronoun")
    if not event.targets:
        out.append("no-target")
    if event.modality != "actual":
        out.append(f"modality={event.modality}")
    if event.polarity != "affirmed":
        out.append(f"polarity={event.polarity}")
    return tuple(out)


@dataclass(frozen=True)
class Calibration:
    """Log-odds weights mapping an event's raw confidence and features to P(right)."""

    intercept: float
    raw: float
    weights: dict[str, float] = field(default_factory=dict)

    def probability(self, raw_confidence: float, features: Iterable[str]) -> float:
        score = self.intercept + self.raw * (raw_confidence - RAW_CENTRE)
        score += sum(self.weights.get(f, 0.0) for f in features)
        score = min(50.0, max(-50.0, score))  # far beyond the clamp either way; exp() cannot overflow
        return min(CEILING, max(FLOOR, 1.0 / (1.0 + math.exp(-score))))

    def calibrated(self, event: Event) -> Event:
        """The event with its confidence replaced by the calibrated probability of being right."""
        p = self.probability(event.confidence, event_features(event))
        return replace(event, confidence=round(p, DECIMALS))


def parse_table(lines: Sequence[str], label: str) -> Calibration:
    """The Calibration in a table's data lines (after the header); DataFileError names a bad line."""
    values: dict[str, float] = {}
    for line in lines:
        cells = line.split("\t")
        try:
            name, weight = cells[0].strip(), float(cells[1])
        except (IndexError, ValueError) as e:
            raise DataFileError(f"{label}: {line!r} is not feature<TAB>weight<TAB>events<TAB>right") from e
        if not math.isfinite(weight):
            raise DataFileError(f"{label}: {name} has weight {weight}; weights are finite numbers")
        values[name] = weight
    if INTERCEPT not in values or RAW not in values:
        raise DataFileError(f"{label}: the table needs an {INTERCEPT!r} and a {RAW!r} row")
    if values[RAW] < 0:
        raise DataFileError(f"{label}: the raw weight is negative; a higher raw confidence must not lower it")
    intercept, raw = values.pop(INTERCEPT), values.pop(RAW)
    return Calibration(intercept, raw, values)


def load_calibration(path: Path | None = None) -> Calibration:
    """The calibration table: `path`, else the packaged `wirewatch/data/calibration.tsv`."""
    if path is None:
        return _packaged()
    label, lines = table_lines(TABLE, path, COLUMNS)
    return parse_table(lines, label)


@functools.lru_cache(maxsize=1)
def _packaged() -> Calibration:
    label, lines = table_lines(TABLE, None, COLUMNS)
    return parse_table(lines, label)


def packaged_path() -> Path:
    """Where the packaged table lives in the source tree (the refit writes it there)."""
    return Path(str(resources.files("wirewatch").joinpath("data", TABLE)))


class ConfidenceComponent:
    """spaCy component `wirewatch_confidence`: every event's confidence becomes calibrated.

    The table is read on the first Doc, not when the pipeline is built, so the refit
    (which switches this component off) still runs when the table is missing or broken.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._calibration: Calibration | None = None

    @property
    def calibration(self) -> Calibration:
        if self._calibration is None:
            self._calibration = load_calibration(self.path)
        return self._calibration

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.events
        if events:
            doc._.events = [self.calibration.calibrated(e) for e in events]
        return doc


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m wirewatch.events.calibrate`: refit the table and print the reliability table."""
    parser = argparse.ArgumentParser(prog="python -m wirewatch.events.calibrate", description=__doc__)
    parser.add_argument("--eval-dir", type=Path, required=True, help="the shared/eval folder")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (default: 5)")
    parser.add_argument(
        "--output", type=Path, default=None, help="table to write (default: the packaged one)"
    )
    parser.add_argument("--model", default=None, help="spaCy model (default: the settings' model)")
    args = parser.parse_args(argv)
    from wirewatch.events.calibrate_fit import format_report, refit

    if args.folds < 2:
        parser.error("--folds: cross-validation needs at least 2 folds")
    try:
        report = refit(args.eval_dir, args.output or packaged_path(), folds=args.folds, model=args.model)
    except WirewatchError as e:
        sys.stderr.write(f"wirewatch: {e}\n")
        return 1
    sys.stdout.write(format_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
