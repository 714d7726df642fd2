"""The learned classifier and its fusion with the rules, scored by k-fold cross-validation.

Every labelled sentence we have is pooled: the CAMEO penta set (five classes),
the PLOVER gold records (type → class), the CAMEO news sentences (root → class)
and the events our own sample corpus expects. The pool is cut into k folds,
stratified by set and class; for each fold the classifier is fitted on the
other folds only and the fold's sentences are coded by the rules, by the
classifier alone and by the fusion of both (`events/fuse.py`). Each set is then
scored by its own scorer on predictions that never saw their sentence in
training. This is the figure to quote for anything learned: the packaged model
was fitted on all of these sentences, so `wirewatch eval events` and
`wirewatch eval penta` on them flatter it.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.evaluate.events import (
    EVAL_BATCH_SIZE,
    EVENT_COMPONENTS,
    cameo_scores,
    plover_scores,
    prediction_of,
    read_records,
)
from wirewatch.evaluate.penta import penta_scores
from wirewatch.events.fuse import (
    CandidateCoder,
    FusionPolicy,
    Opinion,
    fuse_doc,
    opinions_of,
    sentences_to_read,
)
from wirewatch.events.learned import (
    PENTA_NAMES,
    PLOVER_CLASS,
    Embedder,
    LinearModel,
    Models,
    penta_class,
)
from wirewatch.events.main import sentence_event, statement_root
from wirewatch.model import Event
from wirewatch.nlp import EventsComponent

PENTA = "penta"
PLOVER = "plover_gsr"
CAMEO = "cameo_news"
SAMPLE = "sample"
SET_FILES = {
    PENTA: "events/cameo_penta.jsonl",
    PLOVER: "events/plover_gsr.jsonl",
    CAMEO: "events/cameo_news.jsonl",
}
DEFAULT_C = 16.0
DEFAULT_FOLDS = 5
SEED = 0


@dataclass(frozen=True)
class Labelled:
    """One sentence with its class, the set it came from and its gold record."""

    text: str
    label: int
    set_name: str
    record: dict[str, Any]


def labelled_sentences(eval_dir: Path) -> list[Labelled]:
    """Every labelled sentence: the eval sets' development halves and the sample corpus."""
    out: list[Labelled] = []
    for record in read_records(eval_dir / SET_FILES[PENTA]):
        out.append(Labelled(record["text"], int(record["penta"]), PENTA, record))
    for record in read_records(eval_dir / SET_FILES[PLOVER]):
        out.append(Labelled(record["text"], PLOVER_CLASS[record["events"][0]["plover"]], PLOVER, record))
    for record in read_records(eval_dir / SET_FILES[CAMEO]):
        label = penta_class(str(record["cameo_root"]))
        if label is not None:
            out.append(Labelled(record["text"], label, CAMEO, record))
    out.extend(sample_sentences())
    return out


def sample_sentences() -> list[Labelled]:
    """Our own sample corpus: each expected event's sentence with its type's class."""
    text = (
        resources.files("wirewatch").joinpath("data", "sample", "expected.jsonl").read_text(encoding="utf-8")
    )
    out: list[Labelled] = []
    seen: set[str] = set()
    for line in text.splitlines():
        if not line.strip():
            continue
        for event in json.loads(line).get("events", []):
            sentence, plover = event.get("sentence"), event.get("plover")
            if sentence and plover in PLOVER_CLASS and sentence not in seen:
                seen.add(sentence)
                out.append(Labelled(sentence, PLOVER_CLASS[plover], SAMPLE, event))
    return out


@dataclass
class Coded:
    """One sentence through the rules: its Doc, rule events and candidates."""

    doc: Doc
    events: list[Event]
    candidates: list[Event]


def candidate_coder(nlp: Language) -> CandidateCoder:
    """A candidate coder over the codebook the pipeline's event coder reads."""
    component = nlp.get_pipe("wirewatch_events")
    return CandidateCoder(cast(EventsComponent, component).coder.codebook)


def code_by_rules(nlp: Language, texts: Sequence[str]) -> list[Coded]:
    """The rules' events and the candidates of each text, the classifier switched off."""
    later = [name for name in nlp.pipe_names if name not in EVENT_COMPONENTS]
    coder = candidate_coder(nlp)
    with nlp.select_pipes(disable=later):
        docs = list(nlp.pipe(texts, batch_size=EVAL_BATCH_SIZE))
    return [Coded(d, list(d._.events or []), coder.candidates(d, d._.mentions or [], "")) for d in docs]


def fused_events(coded: Coded, opinion: Opinion, policy: FusionPolicy, coder: CandidateCoder) -> list[Event]:
    """The fusion of one eval text, its whole text's opinion standing for each of its sentences."""
    coder.candidates(coded.doc, coded.doc._.mentions or [], "")  # the coder's state for this Doc
    # As in the pipeline: only the sentences the classifier reads get an opinion.
    starts = sentences_to_read(coded.doc, coded.events, coded.candidates, policy).keys()
    return fuse_doc(
        coded.doc,
        coded.events,
        coded.candidates,
        dict.fromkeys(starts, opinion),
        policy,
        functools.partial(coder.settle, coder.lifted),
    )


def folds(items: Sequence[Labelled], k: int) -> list[int]:
    """Fold of each item, stratified by set and class, fixed seed."""
    rng = np.random.default_rng(SEED)
    fold_of = [0] * len(items)
    groups: dict[tuple[str, int], list[int]] = {}
    for i, item in enumerate(items):
        groups.setdefault((item.set_name, item.label), []).append(i)
    offset = 0
    for key in sorted(groups):
        members = groups[key]
        rng.shuffle(members)
        for j, i in enumerate(members):
            fold_of[i] = (j + offset) % k
        offset += len(members)
    return fold_of


def fit_models(vectors: NDArray[np.float32], labels: NDArray[np.int64], c: float, **meta: Any) -> Models:
    """The classifier of a sentence's class, fitted on the rows given."""
    return Models(LinearModel.fit(PENTA_NAMES, vectors, labels, c, **meta))


@dataclass
class Pool:
    """Every labelled sentence embedded, with the rules' coding (all but the sample corpus's),
    its class label and its fold: what the classifier is fitted and scored on."""

    items: list[Labelled]
    vectors: NDArray[np.float32]
    labels: NDArray[np.int64]
    fold_of: NDArray[np.int64]
    coded: dict[int, Coded]

    def fit(self, rows: NDArray[np.bool_], c: float, **meta: Any) -> Models:
        """The classifier fitted on the rows selected."""
        return fit_models(self.vectors[rows], self.labels[rows], c, **meta)

    def out_of_fold(self, c: float) -> list[Opinion]:
        """Each sentence's opinion from classifiers fitted on the other folds."""
        opinions: list[Opinion | None] = [None] * len(self.items)
        for fold in sorted({int(f) for f in self.fold_of}):
            test = self.fold_of == fold
            for row, opinion in zip(
                np.flatnonzero(test), opinions_of(self.fit(~test, c), self.vectors[test]), strict=True
            ):
                opinions[int(row)] = opinion
        missing = [i for i, o in enumerate(opinions) if o is None]
        if missing:
            raise AssertionError(f"sentences in no fold: {missing[:5]}")
        return [o for o in opinions if o is not None]


def labelled_pool(nlp: Language, eval_dir: Path, k: int = DEFAULT_FOLDS) -> Pool:
    """Read, embed and code by the rules every labelled sentence (`labelled_sentences`)."""
    items = labelled_sentences(eval_dir)
    vectors = Embedder.load()([i.text for i in items])
    labels = np.array([i.label for i in items], dtype=np.int64)
    scored = [i for i, item in enumerate(items) if item.set_name != SAMPLE]
    coded = dict(zip(scored, code_by_rules(nlp, [items[i].text for i in scored]), strict=True))
    return Pool(items, vectors, labels, np.array(folds(items, k), dtype=np.int64), coded)


def cross_validate(
    nlp: Language,
    eval_dir: Path,
    k: int = DEFAULT_FOLDS,
    c: float = DEFAULT_C,
    policy: FusionPolicy | None = None,
) -> dict[str, Any]:
    """k-fold figures for the classifier alone, the rules alone and their fusion, per set."""
    policy = policy or FusionPolicy()
    pool = labelled_pool(nlp, eval_dir, k)
    items, labels, coded = pool.items, pool.labels, pool.coded
    opinions = pool.out_of_fold(c)
    coder = candidate_coder(nlp)
    rules_pred: dict[int, Event | None] = {}
    fused_pred: dict[int, Event | None] = {}
    for i, one in coded.items():
        rules_pred[i] = sentence_event(one.doc, one.events)
        fused_pred[i] = sentence_event(one.doc, fused_events(one, opinions[i], policy, coder))
    classes = np.array([int(np.argmax(o.penta)) for o in opinions])
    out: dict[str, Any] = {
        "folds": k,
        "c": c,
        "policy": {"veto": policy.veto, "keep": policy.keep, "add": policy.add},
        "sentences": dict(Counter(i.set_name for i in items)),
        "classifier_accuracy": _accuracy(labels, classes),
    }
    for set_name in (PENTA, PLOVER, CAMEO):
        members = [i for i in coded if items[i].set_name == set_name]
        out[set_name] = {
            "classifier_accuracy": _accuracy(labels[members], classes[members]),
            "rules": _set_scores(set_name, items, members, rules_pred, coded),
            "fused": _set_scores(set_name, items, members, fused_pred, coded),
        }
    return out


def _accuracy(gold: NDArray[np.int64], pred: NDArray[np.int64]) -> float:
    return round(float((gold == pred).mean()), 4) if len(gold) else 0.0


def _set_scores(
    set_name: str,
    items: Sequence[Labelled],
    members: Sequence[int],
    predicted: dict[int, Event | None],
    coded: dict[int, Coded],
) -> dict[str, Any]:
    records = [items[i].record for i in members]
    if set_name == PLOVER:
        scores = plover_scores(records, [prediction_of(predicted[i]) for i in members])
        keys = ("type_accuracy", "full_event_f1", "source_f1", "target_f1", "uncoded_share")
        return {key: scores[key] for key in keys}
    # The main event's CAMEO root, else 01 when the main verb is a statement verb.
    preds = [prediction_of(predicted[i], _root(predicted[i], coded[i].doc)) for i in members]
    if set_name == CAMEO:
        scores = cameo_scores(records, preds)
        return {key: scores[key] for key in ("root_accuracy", "event_coded_share")}
    scores = penta_scores(records, preds)
    penta_keys = (
        "accuracy",
        "accuracy_events_only",
        "coded_share",
        "coded_share_with_statements",
        "accuracy_coded",
    )
    recall = {PENTA_NAMES[int(c)]: figures["recall"] for c, figures in scores["per_class"].items()}
    return {key: scores[key] for key in penta_keys} | {"recall": recall}


def _root(event: Event | None, doc: Doc) -> str | None:
    return event.cameo[:2] if event is not None and event.cameo else statement_root(doc)
