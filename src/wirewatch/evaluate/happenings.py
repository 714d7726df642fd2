"""Happenings on the team's case file (`wirewatch eval happenings --cases FILE`): pairwise P/R.

Each line of the case file (tests/fixtures/happening_cases.jsonl, written by the
team about real events in its own words) is one coded report: the article and
outlet it came from, its sentence and the event as the coder would give it
(type, CAMEO code, source and target countries, date and precision, place),
and the gold `happening` it reports. Reports of one `case` are near-misses of
each other: the same kind of event between the same countries on another day
or in another city. Articles are linked into a fresh store in order of
publication, through `SqliteStore.save_coded(..., Linker)` as on ingest, and
every pair of events is scored: together in one happening or apart.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wirewatch.model import ActorRef, Article, CodedArticle, Event, Location, Span
from wirewatch.store.sqlite import SqliteStore
from wirewatch.stories.link import Linker


def read_cases(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _event(i: int, case: dict[str, Any]) -> Event:
    place = case.get("place")
    location = None
    if place:
        location = Location(place["name"], place["country"], place.get("lat"), place.get("lon"))
    return Event(
        event_id=f"case{i:04d}",
        article_id=case["article"],
        plover=case["plover"],
        mode=None,
        cameo=case.get("cameo"),
        quad_class=None,
        goldstein=None,
        polarity="affirmed",
        modality="actual",
        sources=tuple(ActorRef(c, None, None, c, None, None) for c in case["sources"]),
        targets=tuple(ActorRef(c, None, None, c, None, None) for c in case["targets"]),
        sentence=case["text"],
        sentence_start=0,
        trigger=Span(0, 0, ""),
        confidence=float(case.get("confidence", 0.7)),
        rule="case",
        date=case.get("date"),
        date_precision=case.get("date_precision"),
        location=location,
    )


def link_cases(cases: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Each case event's happening id, linked article by article in order of publication."""
    by_article: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for i, case in enumerate(cases):
        by_article.setdefault(case["article"], []).append((i, case))
    order = sorted(by_article, key=lambda a: (by_article[a][0][1]["published"], a))
    with SqliteStore.open(":memory:") as store:
        linker = Linker()
        for article_id in order:
            items = by_article[article_id]
            first = items[0][1]
            article = Article(
                article_id=article_id,
                text=" ".join(c["text"] for _, c in items),
                source=first["outlet"],
                published=dt.date.fromisoformat(first["published"]),
            )
            store.save_coded(
                CodedArticle(article=article, events=tuple(_event(i, c) for i, c in items)), linker
            )
        return {r[0]: r[1] for r in store.conn.execute("SELECT event_id, happening_id FROM happening_events")}


def evaluate_happening_cases(path: Path) -> dict[str, Any]:
    """Pairwise precision and recall of merged events against the gold happenings."""
    cases = read_cases(path)
    predicted = link_cases(cases)
    ids = [f"case{i:04d}" for i in range(len(cases))]
    true_pairs = predicted_pairs = both = 0
    errors = []
    for (i, a), (j, b) in itertools.combinations(enumerate(cases), 2):
        gold = a["happening"] == b["happening"]
        merged = predicted.get(ids[i]) is not None and predicted.get(ids[i]) == predicted.get(ids[j])
        true_pairs += gold
        predicted_pairs += merged
        both += gold and merged
        if gold != merged and a["case"] == b["case"]:
            errors.append({"case": a["case"], "merged": merged, "a": a["text"], "b": b["text"]})
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    return {
        "reports": len(cases),
        "happenings": len({c["happening"] for c in cases}),
        "predicted_happenings": len(set(predicted.values())),
        "gold_pairs": true_pairs,
        "predicted_pairs": predicted_pairs,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "errors": errors,
    }
