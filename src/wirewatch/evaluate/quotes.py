"""Evaluation of quote and attribution extraction against PolNeAR (``shared/eval/quotes/polnear.jsonl``).

Each gold attribution has a content span (quoted or paraphrased, possibly in
several fragments), a cue and a source span. Predicted quotes that share one
cue are one predicted attribution (a quote and its continuation after "he
said"); a partial quote nested inside another predicted content is part of
that attribution, not one of its own.

Scores, per split and over all records:

- **matching**: a predicted and a gold attribution match when their content
  characters overlap; pairs are taken one-to-one, largest overlap first.
  ``precision``/``recall``/``f1`` are the share of predicted / gold
  attributions matched (span-level detection with overlap matching).
- **content_f1** (the issue's content F1): token-overlap F1 between matched
  predicted and gold content, micro-averaged over the matched pairs (word
  tokens, ``\\w+``, by position). It measures how well the content's extent is found
  once an attribution is found.
- **token_f1**: the same token overlap over the whole corpus without matching
  (every predicted content token against every gold content token): detection
  and extent together, the strictest figure.
- **speaker_accuracy**: over matched pairs whose gold source is given, the
  share whose predicted speaker words overlap the gold source span (for "he
  said" both are the pronoun; resolving it to a person is checked by the tests).
- **cue_accuracy**: over matched pairs, the share whose predicted cue lies in
  the gold cue span.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from wirewatch.model import Quote

DATA_FILE_NAME = "polnear.jsonl"
QUOTES_COMPONENT = "wirewatch_quotes"
_WORD = re.compile(r"\w+")

Fragments = list[tuple[int, int]]


@dataclass(frozen=True)
class Predicted:
    content: Fragments
    speaker: tuple[int, int] | None
    cue: int | None


@dataclass(frozen=True)
class Gold:
    content: Fragments
    source: Fragments | None
    cue: Fragments | None


@dataclass
class Tally:
    """Counts for one split; `scores` turns them into figures."""

    articles: int = 0
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    matched_overlap: int = 0
    matched_pred_tokens: int = 0
    matched_gold_tokens: int = 0
    corpus_overlap: int = 0
    corpus_pred_tokens: int = 0
    corpus_gold_tokens: int = 0
    with_source: int = 0
    speaker_right: int = 0
    cue_right: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float | int]:
        precision = _ratio(self.matched, self.predicted)
        recall = _ratio(self.matched, self.gold)
        content_p = _ratio(self.matched_overlap, self.matched_pred_tokens)
        content_r = _ratio(self.matched_overlap, self.matched_gold_tokens)
        token_p = _ratio(self.corpus_overlap, self.corpus_pred_tokens)
        token_r = _ratio(self.corpus_overlap, self.corpus_gold_tokens)
        return {
            "articles": self.articles,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
            "content_precision": content_p,
            "content_recall": content_r,
            "content_f1": _f1(content_p, content_r),
            "token_precision": token_p,
            "token_recall": token_r,
            "token_f1": _f1(token_p, token_r),
            "speaker_accuracy": _ratio(self.speaker_right, self.with_source),
            "speaker_scored": self.with_source,
            "cue_accuracy": _ratio(self.cue_right, self.matched),
        }


@dataclass
class QuotesReport:
    splits: dict[str, Tally] = field(default_factory=dict)

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        """Scores per split and over everything ("all")."""
        total = Tally()
        for tally in self.splits.values():
            total.add(tally)
        out = {name: tally.scores() for name, tally in sorted(self.splits.items())}
        out["all"] = total.scores()
        return out


def evaluate_quotes(data: Path, nlp: Language) -> QuotesReport:
    """Run `nlp` (the wirewatch pipeline) over every record of `data` and score its quotes."""
    report = QuotesReport()
    records = list(_records(data))
    names = nlp.pipe_names
    # The components after wirewatch_quotes (events, dates, places) do not change quotes.
    needed = names[: names.index(QUOTES_COMPONENT) + 1]
    with nlp.select_pipes(enable=needed):
        docs = list(nlp.pipe((r["text"] for r in records), batch_size=8))
    for record, doc in zip(records, docs, strict=True):
        tally = score_article(record["text"], list(doc._.quotes or ()), gold_attributions(record))
        report.splits.setdefault(str(record.get("split", "all")), Tally()).add(tally)
    return report


def gold_attributions(record: dict[str, Any]) -> list[Gold]:
    out = []
    for a in record.get("attributions", []):
        if not a.get("content"):
            continue
        out.append(Gold(_fragments(a["content"]), _optional(a.get("source")), _optional(a.get("cue"))))
    return out


def predicted_attributions(quotes: Iterable[Quote]) -> list[Predicted]:
    """Quotes grouped by cue into attributions; nested partial quotes dropped."""
    quotes = list(quotes)
    outer = [q for q in quotes if not (q.kind == "partial" and _nested(q, quotes))]
    groups: dict[object, list[Quote]] = {}
    for q in outer:
        key: object = ("cue", q.cue_start) if q.cue_start is not None else ("quote", q.start)
        groups.setdefault(key, []).append(q)
    out = []
    for members in groups.values():
        first = members[0]
        speaker = None
        if first.speaker_start is not None and first.speaker_end is not None:
            speaker = (first.speaker_start, first.speaker_end)
        out.append(Predicted(sorted((q.start, q.end) for q in members), speaker, first.cue_start))
    return out


def score_article(text: str, quotes: list[Quote], gold: list[Gold]) -> Tally:
    """Counts for one article's predicted quotes against its gold attributions."""
    predicted = predicted_attributions(quotes)
    tally = Tally(articles=1, predicted=len(predicted), gold=len(gold))
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    for p, g in _match(predicted, gold):
        p_tokens, g_tokens = _tokens(words, p.content), _tokens(words, g.content)
        tally.matched += 1
        tally.matched_overlap += len(p_tokens & g_tokens)
        tally.matched_pred_tokens += len(p_tokens)
        tally.matched_gold_tokens += len(g_tokens)
        tally.cue_right += bool(p.cue is not None and g.cue and _inside(p.cue, g.cue))
        if g.source:
            tally.with_source += 1
            tally.speaker_right += bool(p.speaker and _overlap([p.speaker], g.source))
    all_pred = set().union(*(_tokens(words, p.content) for p in predicted)) if predicted else set()
    all_gold = set().union(*(_tokens(words, g.content) for g in gold)) if gold else set()
    tally.corpus_overlap = len(all_pred & all_gold)
    tally.corpus_pred_tokens = len(all_pred)
    tally.corpus_gold_tokens = len(all_gold)
    return tally


def _match(predicted: list[Predicted], gold: list[Gold]) -> Iterator[tuple[Predicted, Gold]]:
    pairs = [
        (_overlap(p.content, g.content), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if _overlap(p.content, g.content) > 0
    ]
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        yield predicted[i], gold[j]


def _overlap(a: Fragments, b: Fragments) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _inside(position: int, fragments: Fragments) -> bool:
    return any(s <= position < e for s, e in fragments)


def _tokens(words: list[tuple[int, int]], fragments: Fragments) -> set[int]:
    """Start offsets of the words that lie inside the fragments."""
    return {s for s, e in words if any(fs <= s and e <= fe for fs, fe in fragments)}


def _nested(q: Quote, quotes: list[Quote]) -> bool:
    return any(o is not q and o.kind != "partial" and o.start <= q.start and q.end <= o.end for o in quotes)


def _fragments(span: dict[str, Any]) -> Fragments:
    frags = span.get("fragments") or [[span["start"], span["end"]]]
    return [(int(s), int(e)) for s, e in frags]


def _optional(span: dict[str, Any] | None) -> Fragments | None:
    return _fragments(span) if span else None


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _records(data: Path) -> Iterator[dict[str, Any]]:
    path = data / DATA_FILE_NAME if data.is_dir() else data
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)
