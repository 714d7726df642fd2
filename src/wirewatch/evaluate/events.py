"""Evaluation of event coding on sentence-level gold sets.

Two sets in ``shared/eval/events``:

- ``plover_gsr.jsonl``: PLOVER type with source and target countries per
  sentence. Scores: type accuracy, macro-F1 over types with per-type figures,
  source and target F1 (country codes), full-event F1 (type and both actor
  sets right) and the share of sentences left uncoded.
- ``cameo_news.jsonl``: the CAMEO root of real news sentences. Score: root
  accuracy (and the share left uncoded).

Each sentence goes through the real pipeline on its own. A sentence with
several coded events is scored by ONE prediction, its main event
(`wirewatch.events.main.main_event`: the trigger highest in the parse tree,
then the highest confidence), because both gold sets code the sentence's
main action. For CAMEO, a sentence with no event whose main verb is a
statement verb is read as root 01 (`statement_root`).

Actor codes: the gold's PLOVER 0.5b1 quirks JAP, ITL, VTN are read as JPN,
ITA, VNM; a gold ``IGO`` matches any international organisation. A
reciprocal gold event lists all its actors as sources: it is compared with
the prediction's sources and targets together.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from wirewatch.actors.gazetteer import Gazetteer
from wirewatch.events.main import sentence_event, statement_root
from wirewatch.model import ActorRef, Event

__all__ = ["Prediction", "evaluate_events", "predict_sentences"]

GOLD_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
IGO = "IGO"
UNCODED = "(none)"
# What coding an event needs; the rest of the pipeline is left out of the run.
EVENT_COMPONENTS = frozenset(
    {
        "tok2vec",
        "wirewatch_paragraphs",
        "parser",
        "wirewatch_contractions",
        "ner",
        "wirewatch_actors",
        "wirewatch_quotes",
        "wirewatch_events",
    }
)
LEARNED_COMPONENT = "wirewatch_learned"
# Sentences per spaCy batch in evaluation: all fit in memory; larger changes nothing.
EVAL_BATCH_SIZE = 64


@dataclass(frozen=True)
class Prediction:
    """What wirewatch says about one sentence: its main event, or nothing."""

    plover: str | None
    cameo: str | None
    sources: frozenset[str]
    targets: frozenset[str]
    rule: str | None
    source_texts: tuple[str, ...] = ()  # the main event's source mentions as written

    @property
    def participants(self) -> frozenset[str]:
        return self.sources | self.targets


def actor_code(ref: ActorRef) -> str | None:
    """The code an actor is scored by: its country, or IGO for an international organisation,
    its bodies and its officers ("UN officials" carry the UN's code with sector GOV)."""
    if ref.sector == IGO or (ref.country is not None and ref.country in _igo_codes()):
        return IGO
    return ref.country


@functools.lru_cache(maxsize=1)
def _igo_codes() -> frozenset[str]:
    gazetteer = Gazetteer.load()
    return frozenset(c.code for c in gazetteer.entries() if c.kind == "igo")


def gold_code(code: str) -> str:
    return GOLD_CODE_FIXES.get(code, code)


def prediction_of(event: Event | None, root: str | None = None) -> Prediction:
    if event is None:
        return Prediction(None, root, frozenset(), frozenset(), None)
    codes = (actor_code(a) for a in event.sources)
    sources = frozenset(c for c in codes if c)
    targets = frozenset(c for c in (actor_code(a) for a in event.targets) if c)
    texts = tuple(a.text for a in event.sources)
    return Prediction(event.plover, event.cameo, sources, targets, event.rule_text(), texts)


def predict_sentences(nlp: Language, texts: Iterable[str], learned: bool = True) -> Iterator[Prediction]:
    """Run the pipeline on each text on its own and yield its main event.

    Components after the event coder (dates, places) do not change what is
    scored and are switched off for the run. With `learned`, the learned stage
    (events/fuse.py) runs as it does in production; without it, the rules alone.
    The packaged model was fitted on the development sets' sentences, so on those
    sets the learned figures are in-sample: `wirewatch eval learned` gives k-fold ones.
    """
    wanted = EVENT_COMPONENTS | ({LEARNED_COMPONENT} if learned else set())
    later = [name for name in nlp.pipe_names if name not in wanted]
    with nlp.select_pipes(disable=later):
        docs = list(nlp.pipe(texts, batch_size=EVAL_BATCH_SIZE))
    for doc in docs:
        events = list(doc._.events or [])
        event = sentence_event(doc, events)
        root = event.cameo[:2] if event is not None and event.cameo else statement_root(doc)
        yield prediction_of(event, root)


def read_records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def evaluate_events(data: Path, nlp: Language, learned: bool = True) -> dict[str, Any]:
    """Score the pipeline on a PLOVER or CAMEO gold file (the kind is read from its records)."""
    records = read_records(data)
    predictions = list(predict_sentences(nlp, (r["text"] for r in records), learned))
    if records and "cameo_root" in records[0]:
        return cameo_scores(records, predictions)
    return plover_scores(records, predictions)


# --- PLOVER ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Gold:
    plover: str
    sources: frozenset[str]
    targets: frozenset[str]
    reciprocal: bool


def _gold_events(record: dict[str, Any]) -> list[_Gold]:
    def codes(actors: list[dict[str, Any]]) -> frozenset[str]:
        return frozenset(gold_code(a["code"]) for a in actors if a.get("code"))

    return [
        _Gold(e["plover"], codes(e["source"]), codes(e["target"]), bool(e.get("reciprocal")))
        for e in record["events"]
    ]


def _matched(golds: list[_Gold], pred: Prediction) -> _Gold:
    """The gold event a prediction is compared with: the one of its type, else the first."""
    return next((g for g in golds if g.plover == pred.plover), golds[0])


def _slots(gold: _Gold, pred: Prediction) -> list[tuple[frozenset[str], frozenset[str], str]]:
    """(gold set, predicted set, slot) pairs; a reciprocal event has one slot of all actors."""
    if gold.reciprocal:
        return [(gold.sources | gold.targets, pred.participants, "source")]
    return [(gold.sources, pred.sources, "source"), (gold.targets, pred.targets, "target")]


def _set_counts(gold: frozenset[str], pred: frozenset[str]) -> tuple[int, int, int]:
    """(true positives, predicted, gold) with IGO in gold matching any organisation."""
    hits = len(gold & pred)
    return hits, len(pred), len(gold)


def _f1(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 4), round(recall, 4), round(f1, 4)


def _full_event_right(gold: _Gold, pred: Prediction) -> bool:
    return pred.plover == gold.plover and all(g == p for g, p, _ in _slots(gold, pred))


def plover_scores(records: list[dict[str, Any]], predictions: list[Prediction]) -> dict[str, Any]:
    gold_labels: list[str] = []
    pred_labels: list[str] = []
    actor_counts = {"source": Counter[str](), "target": Counter[str]()}
    full_right = n_gold_events = n_predicted = 0
    for record, pred in zip(records, predictions, strict=True):
        golds = _gold_events(record)
        n_gold_events += len(golds)
        gold = _matched(golds, pred)
        gold_labels.append(gold.plover)
        pred_labels.append(pred.plover or UNCODED)
        if pred.plover is None:
            for slot_gold, _, slot in _slots(gold, pred):
                actor_counts[slot]["gold"] += len(slot_gold)
            continue
        n_predicted += 1
        full_right += _full_event_right(gold, pred)
        for slot_gold, slot_pred, slot in _slots(gold, pred):
            tp, n_pred, n_gold = _set_counts(slot_gold, slot_pred)
            actor_counts[slot].update({"tp": tp, "pred": n_pred, "gold": n_gold})
    n = len(records)
    per_type = _per_type(gold_labels, pred_labels)
    source = _f1(*(actor_counts["source"][k] for k in ("tp", "pred", "gold")))
    target = _f1(*(actor_counts["target"][k] for k in ("tp", "pred", "gold")))
    correct = sum(g == p for g, p in zip(gold_labels, pred_labels, strict=True))
    return {
        "records": n,
        "gold_events": n_gold_events,
        "type_accuracy": round(correct / n, 4) if n else 0.0,
        "type_accuracy_coded": round(correct / n_predicted, 4) if n_predicted else 0.0,
        "macro_f1": round(sum(t["f1"] for t in per_type.values()) / len(per_type), 4) if per_type else 0.0,
        "source_f1": source[2],
        "target_f1": target[2],
        "full_event_precision": _f1(full_right, n_predicted, n_gold_events)[0],
        "full_event_recall": _f1(full_right, n_predicted, n_gold_events)[1],
        "full_event_f1": _f1(full_right, n_predicted, n_gold_events)[2],
        "uncoded_share": round((n - n_predicted) / n, 4) if n else 0.0,
        "per_type": per_type,
    }


def _per_type(gold_labels: list[str], pred_labels: list[str]) -> dict[str, dict[str, float | int]]:
    """Precision, recall and F1 per gold type (an uncoded sentence is a miss)."""
    out: dict[str, dict[str, float | int]] = {}
    pred_count = Counter(pred_labels)
    for label in sorted(set(gold_labels)):
        gold_n = gold_labels.count(label)
        tp = sum(g == p == label for g, p in zip(gold_labels, pred_labels, strict=True))
        precision, recall, f1 = _f1(tp, pred_count[label], gold_n)
        out[label] = {
            "gold": gold_n,
            "predicted": pred_count[label],
            "correct": tp,
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
    return out


# --- CAMEO -------------------------------------------------------------------------


def cameo_scores(records: list[dict[str, Any]], predictions: list[Prediction]) -> dict[str, Any]:
    n = len(records)
    roots = [
        (str(r["cameo_root"]), p.cameo[:2] if p.cameo else None)
        for r, p in zip(records, predictions, strict=True)
    ]
    correct = sum(g == p for g, p in roots)
    plover_roots = [(g, p) for g, p in roots if g not in ("01", "02")]
    by_root: dict[str, dict[str, int]] = {}
    for g, p in roots:
        entry = by_root.setdefault(g, {"gold": 0, "correct": 0})
        entry["gold"] += 1
        entry["correct"] += g == p
    return {
        "records": n,
        "root_accuracy": round(correct / n, 4) if n else 0.0,
        "root_accuracy_plover_roots": (
            round(sum(g == p for g, p in plover_roots) / len(plover_roots), 4) if plover_roots else 0.0
        ),
        "event_coded_share": round(sum(p.plover is not None for p in predictions) / n, 4) if n else 0.0,
        "uncoded_share": round(sum(p is None for _, p in roots) / n, 4) if n else 0.0,
        "per_root": dict(sorted(by_root.items())),
    }
