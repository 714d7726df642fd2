"""Evaluation of event coding on CAMEO penta classes (`shared/eval/events/cameo_penta.jsonl`).

Each of the 863 news sentences carries one of five classes over CAMEO roots
(ConfliBERT's grouping): 0 statement or appeal (01-02), 1 verbal cooperation
(03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
conflict (14-20). Nobody tuned wirewatch on these sentences: they measure how
the coder generalises.

Each sentence goes through the real pipeline on its own
(`wirewatch.evaluate.events.predict_sentences`) and is read by ONE prediction:

- its **main event** (`events.main.main_event`): the class of its CAMEO root
  (an event without a CAMEO code falls back on its PLOVER type's root);
- else, when the main verb is a statement verb (`events.main.statement_root`,
  as the cameo_news eval reads it), the **statement reading**: class 0;
- else no reading: the sentence is uncoded and counts wrong.

The statement reading is a reading, not an event, so it is reported apart:
``coded_share`` counts sentences with an event, ``coded_share_with_statements``
adds the statement readings; ``accuracy`` scores every reading (no reading is
wrong), ``accuracy_events_only`` counts the statement readings wrong and
``accuracy_coded`` is accuracy on the sentences with a reading. Per class:
recall, precision and F1 (a statement reading predicts class 0); a 5x5
confusion table with an ``uncoded`` column; accuracy per ``origin`` (the
source's train and test files; nothing here was trained on either).

**Source match**: on the sentences with gold source spans, the share whose
main event has a source whose text shares a word with a gold source span
(``\\w+`` tokens, case-insensitive; articles, ``of``, ``and`` and possessive
``s`` do not count as shared words). A sentence with no event has no source
and counts as a miss; ``source_match_on_events`` is the same share on the
sentences with an event.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from wirewatch.evaluate.events import Prediction
from wirewatch.events.learned import penta_class

__all__ = [
    "CLASSES",
    "CLASS_NAMES",
    "PentaReading",
    "penta_class",
    "penta_scores",
    "read_prediction",
    "source_overlaps",
]

CLASSES = (0, 1, 2, 3, 4)
CLASS_NAMES = {
    0: "statement-appeal",
    1: "verbal-cooperation",
    2: "material-cooperation",
    3: "verbal-conflict",
    4: "material-conflict",
}
# A PLOVER type's CAMEO root (PLOVER 2.0 manual, CAMEO-to-PLOVER table), for an event without a code.
PLOVER_ROOTS = {
    "AGREE": "03",
    "CONSULT": "04",
    "SUPPORT": "05",
    "COOPERATE": "06",
    "AID": "07",
    "RETREAT": "08",
    "CONCEDE": "08",
    "ACCUSE": "11",
    "REQUEST": "10",
    "REJECT": "12",
    "THREATEN": "13",
    "PROTEST": "14",
    "MOBILIZE": "15",
    "SANCTION": "16",
    "COERCE": "17",
    "ASSAULT": "19",
}
UNCODED = "uncoded"
EVENT, STATEMENT, NONE = "event", "statement", "none"
_WORD = re.compile(r"\w+")
# Words two spans may share without naming the same actor.
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "s"})


@dataclass(frozen=True)
class PentaReading:
    """How one sentence is read: the predicted class (None: uncoded) and what it came from."""

    penta: int | None
    kind: str  # event | statement | none
    rule: str | None
    cameo: str | None
    sources: tuple[str, ...]


def read_prediction(pred: Prediction) -> PentaReading:
    """The penta reading of a main-event prediction (see the module docstring)."""
    if pred.plover is not None:
        code = pred.cameo or PLOVER_ROOTS.get(pred.plover)
        return PentaReading(penta_class(code), EVENT, pred.rule, pred.cameo, pred.source_texts)
    statement = penta_class(pred.cameo)
    if statement is not None:
        return PentaReading(statement, STATEMENT, None, pred.cameo, ())
    return PentaReading(None, NONE, None, None, ())


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _FUNCTION_WORDS}


def source_overlaps(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """Whether any predicted source text shares a word with any gold source span."""
    gold_words = set().union(*(_words(g) for g in gold))
    return any(_words(p) & gold_words for p in predicted)


def _ratio(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 0.0


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision, recall = _ratio(tp, predicted), _ratio(tp, gold)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return precision, recall, f1


def penta_scores(records: Sequence[dict[str, Any]], predictions: Sequence[Prediction]) -> dict[str, Any]:
    """Every figure of the penta eval (see the module docstring); ``misses`` lists the wrong sentences."""
    readings = [read_prediction(p) for p in predictions]
    golds = [int(r["penta"]) for r in records]
    if len(readings) != len(golds):
        raise ValueError(f"{len(golds)} records but {len(readings)} predictions")
    n = len(golds)
    kinds = Counter(r.kind for r in readings)
    right = [g == r.penta for g, r in zip(golds, readings, strict=True)]
    with_reading = n - kinds[NONE]
    correct = sum(right)
    correct_events = sum(ok for ok, r in zip(right, readings, strict=True) if r.kind == EVENT)
    per_class = _per_class(golds, readings)
    sourced = [(rec, rd) for rec, rd in zip(records, readings, strict=True) if rec.get("source")]
    source_hits = sum(source_overlaps(rd.sources, rec["source"]) for rec, rd in sourced)
    sourced_events = sum(rd.kind == EVENT for _, rd in sourced)
    return {
        "records": n,
        "events": kinds[EVENT],
        "statement_readings": kinds[STATEMENT],
        "uncoded": kinds[NONE],
        "coded_share": _ratio(kinds[EVENT], n),
        "coded_share_with_statements": _ratio(with_reading, n),
        "accuracy": _ratio(correct, n),
        "accuracy_events_only": _ratio(correct_events, n),
        "accuracy_coded": _ratio(correct, with_reading),
        "with_reading": with_reading,
        "statement_precision": _ratio(correct - correct_events, kinds[STATEMENT]),
        "macro_f1": round(sum(c["f1"] for c in per_class.values()) / len(CLASSES), 4),
        "source_scored": len(sourced),
        "source_match": _ratio(source_hits, len(sourced)),
        "source_scored_events": sourced_events,
        "source_match_on_events": _ratio(source_hits, sourced_events),
        "per_class": per_class,
        "confusion": _confusion(golds, readings),
        "origin": _by_origin(records, readings, right),
        "misses": [
            {
                "id": rec.get("id"),
                "text": rec["text"],
                "gold": g,
                "predicted": rd.penta,
                "reading": rd.kind,
                "cameo": rd.cameo,
                "rule": rd.rule,
            }
            for rec, g, rd, ok in zip(records, golds, readings, right, strict=True)
            if not ok
        ],
    }


def _per_class(golds: list[int], readings: list[PentaReading]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    predicted = Counter(r.penta for r in readings)
    for cls in CLASSES:
        gold_n = golds.count(cls)
        tp = sum(g == r.penta == cls for g, r in zip(golds, readings, strict=True))
        precision, recall, f1 = _prf(tp, predicted[cls], gold_n)
        out[str(cls)] = {
            "name": CLASS_NAMES[cls],
            "gold": gold_n,
            "predicted": predicted[cls],
            "correct": tp,
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
    return out


def _confusion(golds: list[int], readings: list[PentaReading]) -> dict[str, dict[str, int]]:
    """Gold class → predicted class (or ``uncoded``) → sentences."""
    table = {str(g): {**{str(p): 0 for p in CLASSES}, UNCODED: 0} for g in CLASSES}
    for g, r in zip(golds, readings, strict=True):
        table[str(g)][UNCODED if r.penta is None else str(r.penta)] += 1
    return table


def _by_origin(
    records: Sequence[dict[str, Any]], readings: list[PentaReading], right: list[bool]
) -> dict[str, dict[str, float | int]]:
    out: dict[str, dict[str, float | int]] = {}
    for origin in sorted({str(r.get("origin")) for r in records}):
        rows = [
            (ok, rd)
            for rec, rd, ok in zip(records, readings, right, strict=True)
            if str(rec.get("origin")) == origin
        ]
        events = [(ok, rd) for ok, rd in rows if rd.kind == EVENT]
        out[origin] = {
            "records": len(rows),
            "accuracy": _ratio(sum(ok for ok, _ in rows), len(rows)),
            "accuracy_events_only": _ratio(sum(ok for ok, _ in events), len(rows)),
            "coded_share": _ratio(len(events), len(rows)),
        }
    return out
