"""Score temporal expression finding and normalisation on GUM news (`shared/eval/dates/gum_news.jsonl`).

Each document is parsed by the wirewatch pipeline and its expressions found and
resolved against the document's date (`doc_date`). A gold expression is *found*
when a predicted expression overlaps it; it is *exact* when the predicted value equals
the gold value. Gold values come from the TEI `when` attribute as written ("2003-07",
"2007"); a `from`/`to` range becomes the calendar unit it spans (seven or eight days:
the ISO week of its middle day; three months from March, June, September or December:
a season; ten years from a year ending in 0: a decade; a hundred years: a century; a
whole month or year: that month or year). Expressions with only `notBefore`/`notAfter`
(durations: "15 years", "twelve years") have no calendar value: a prediction for one
counts as found and wrong.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from wirewatch.errors import InputError
from wirewatch.when.find import Timex, find_timexes
from wirewatch.when.normalise import month_value, week_value, year_value

SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


@dataclass
class DatesReport:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    found: int = 0
    exact: int = 0
    predicted_matching_gold: int = 0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = asdict(self)
        out["recall"] = round(self.found / self.gold, 4) if self.gold else 0.0
        out["exact_on_found"] = round(self.exact / self.found, 4) if self.found else 0.0
        out["precision"] = round(self.predicted_matching_gold / self.predicted, 4) if self.predicted else 0.0
        return out


def gold_value(timex: dict[str, Any]) -> str | None:
    """The gold expression's value in our notation; None for durations and odd ranges."""
    if timex.get("when"):
        return str(timex["when"])
    if timex.get("from") and timex.get("to"):
        return range_value(dt.date.fromisoformat(timex["from"]), dt.date.fromisoformat(timex["to"]))
    return None


def range_value(first: dt.date, last: dt.date) -> str | None:
    """The calendar unit a from/to range spans (see the module docstring)."""
    days = (last - first).days + 1
    if days in (7, 8):
        return week_value(first + dt.timedelta(days=days // 2)).value
    if first.day == 1 and first.month == 1 and last.month == 12 and last.day == 31:
        return _years_value(first.year, last.year)
    if first.day == 1 and first.month in SEASONS and 89 <= days <= 92:
        return f"{first.year:04d}-{SEASONS[first.month]}"
    if first.day == 1 and (first.year, first.month) == (last.year, last.month):
        return month_value(first.year, first.month).value
    return None


def _years_value(first: int, last: int) -> str | None:
    span = last - first + 1
    if span == 1:
        return year_value(first).value
    if span == 10 and first % 10 == 0:
        return f"{first // 10}X"
    if span == 100 and first % 100 == 0:
        return f"{first // 100:02d}XX"
    return None


def _best_overlap(gold: dict[str, Any], predicted: list[Timex]) -> Timex | None:
    def overlap(t: Timex) -> int:
        return min(t.end, int(gold["end"])) - max(t.start, int(gold["start"]))

    best = max(predicted, key=overlap, default=None)
    return best if best is not None and overlap(best) > 0 else None


def score_document(record: dict[str, Any], predicted: list[Timex], report: DatesReport) -> None:
    golds = record["timex"]
    report.documents += 1
    report.gold += len(golds)
    report.predicted += len(predicted)
    for gold in golds:
        match = _best_overlap(gold, predicted)
        if match is None:
            continue
        report.found += 1
        report.exact += int(match.value.value == gold_value(gold))
    for t in predicted:
        report.predicted_matching_gold += int(any(t.start < g["end"] and g["start"] < t.end for g in golds))


def read_records(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, json.JSONDecodeError) as e:
        raise InputError(f"{path}: cannot read the evaluation file: {e}") from e


def evaluate_dates(path: Path, nlp: Language) -> DatesReport:
    """Find and normalise the expressions of every document; score them against the gold."""
    records = read_records(path)
    report = DatesReport()
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        anchor = dt.date.fromisoformat(record["doc_date"]) if record.get("doc_date") else None
        score_document(record, find_timexes(doc, anchor), report)
    return report
