"""Story clustering on ECB+ (`wirewatch eval stories`): B-cubed against sub-topics and topics.

Every document goes through the product's own path: `ingest.prepare` cleans it
and `SqliteStore.save_coded(..., Linker)` links it, one at a time in file order,
into a fresh store, exactly as `wirewatch code` links an article on ingest (the
spaCy stages are left out: story placement reads the cleaned text, so coding
the events would change nothing here but the running time). A document's
story is scored against its ECB+ `cluster` (the sub-topic: one seminal event)
and its story's thread (related stories) against its `topic`.

In the same run: the anchor (TF-IDF cosine, average-link agglomerative
clustering cut at distance 0.8, batch) and a k-fold cross-validation over
topics: for each fold, the thresholds are chosen on the other folds' topics
(join and split, then merge and lead agreement, then thread, each stage by
grid search given the ones before) and the fold is scored with them in a
fresh store of its own documents, so the held-out figures are not fitted.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirewatch.ingest.prepare import prepare
from wirewatch.ingest.readers import RawRecord
from wirewatch.model import Article, CodedArticle
from wirewatch.settings import Settings
from wirewatch.store.sqlite import SqliteStore
from wirewatch.stories import cluster
from wirewatch.stories.link import Linker

ANCHOR_DISTANCE = 0.8
JOIN_GRID = (0.1, 0.15, 0.2)
SPLIT_GRID = (0.22, 0.25, 0.28)
THREAD_GRID = (0.14, 0.16, 0.18)
MERGE_GRID = (0.15, 0.2)
LEAD_GRID = (0.4, 0.5, 0.6)
FOLDS = 5


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def bcubed(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> BCubed:
    """B-cubed precision, recall and F1 of a clustering (Bagga & Baldwin 1998)."""
    by_pred: dict[Hashable, set[int]] = defaultdict(set)
    by_gold: dict[Hashable, set[int]] = defaultdict(set)
    for i, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_pred[p].add(i)
        by_gold[g].add(i)
    if not predicted:
        return BCubed(0.0, 0.0, 0.0)
    precision = recall = 0.0
    for p, g in zip(predicted, gold, strict=True):
        shared = len(by_pred[p] & by_gold[g])
        precision += shared / len(by_pred[p])
        recall += shared / len(by_gold[g])
    precision /= len(predicted)
    recall /= len(predicted)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BCubed(precision, recall, f1)


def read_records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _article(record: dict[str, Any], settings: Settings) -> Article | None:
    raw = RawRecord(
        origin=f"ecbplus:{record['id']}",
        body=record["text"],
        kind="text",
        record_id=record["id"],
        # A one-sentence document is its own headline: as a title it would be cleaned away.
        title=record.get("title") if record.get("title") != record["text"] else None,
        url=None,
        source=None,
    )
    prepared = prepare(raw, settings)
    return prepared if isinstance(prepared, Article) else None


def prepare_records(
    records: Sequence[dict[str, Any]], settings: Settings | None = None
) -> list[Article | None]:
    """Each record cleaned as `wirewatch code` cleans a JSONL record (None: the product rejects it)."""
    settings = settings or Settings()
    return [_article(r, settings) for r in records]


def cluster_records(
    records: Sequence[dict[str, Any]], linker: Linker, articles: Sequence[Article | None] | None = None
) -> tuple[list[str], list[str]]:
    """Each record's story and thread, linked one by one into a fresh store as on ingest."""
    prepared = list(articles) if articles is not None else prepare_records(records)
    # The product's SQLite store, in memory: the same schema, queries and transactions.
    with SqliteStore.open(":memory:") as store:
        for article in prepared:
            if article is not None:
                store.save_coded(CodedArticle(article=article), linker)
        placed = {
            r[0]: (r[1], r[2])
            for r in store.conn.execute(
                "SELECT sa.article_id, sa.story_id, s.thread_id FROM story_articles sa"
                " JOIN stories s ON s.story_id = sa.story_id"
            )
        }
    # A record the product rejects (nothing left after cleaning) is a story of its own.
    stories = [placed[r["id"]][0] if r["id"] in placed else f"rejected:{r['id']}" for r in records]
    threads = [placed[r["id"]][1] if r["id"] in placed else f"rejected:{r['id']}" for r in records]
    return stories, threads


def _score(
    records: Sequence[dict[str, Any]], linker: Linker, articles: Sequence[Article | None] | None = None
) -> dict[str, Any]:
    stories, threads = cluster_records(records, linker, articles)
    return {
        "subtopic": bcubed(stories, [r["cluster"] for r in records]).as_dict(),
        "topic": bcubed(threads, [r["topic"] for r in records]).as_dict(),
        "stories": len(set(stories)),
        "threads": len(set(threads)),
    }


def anchor(records: Sequence[dict[str, Any]], distance: float = ANCHOR_DISTANCE) -> dict[str, Any]:
    """TF-IDF cosine, average-link agglomerative clustering cut at `distance` (batch)."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [r["text"] for r in records]
    )
    labels = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=distance
    ).fit_predict(matrix.toarray())
    return {
        "distance": distance,
        "subtopic": bcubed(list(labels), [r["cluster"] for r in records]).as_dict(),
        "topic": bcubed(list(labels), [r["topic"] for r in records]).as_dict(),
    }


def _fold_of(records: Sequence[dict[str, Any]], k: int) -> dict[str, int]:
    topics = sorted({r["topic"] for r in records}, key=lambda t: (len(t), t))
    return {t: i % k for i, t in enumerate(topics)}


def cross_validate(
    records: Sequence[dict[str, Any]], k: int = FOLDS, articles: Sequence[Article | None] | None = None
) -> dict[str, Any]:
    """Thresholds chosen on k-1 folds of topics, scored on the held-out fold; pooled figures."""
    fold_of = _fold_of(records, k)
    prepared = dict(zip([r["id"] for r in records], articles or prepare_records(records), strict=True))
    folds = []
    held_stories: list[str] = []
    held_threads: list[str] = []
    held_records: list[dict[str, Any]] = []
    for fold in range(k):
        train = [r for r in records if fold_of[r["topic"]] != fold]
        test = [r for r in records if fold_of[r["topic"]] == fold]
        if not train or not test:
            continue
        train_articles = [prepared[r["id"]] for r in train]
        # Stories first (join and split thresholds by sub-topic F1), then threads (by topic F1).
        # (Merging is off while join and split are chosen: each stage on the one before.)
        join, split = max(
            ((j, s) for j in JOIN_GRID for s in SPLIT_GRID),
            key=lambda js: _score(train, Linker(join=js[0], split=js[1], merge=2.0), train_articles)[
                "subtopic"
            ]["f1"],
        )
        # Then merging (merge and lead thresholds, by sub-topic F1), then threads (by topic F1).
        merge, lead = max(
            ((m, ld) for m in MERGE_GRID for ld in LEAD_GRID),
            key=lambda ml: _score(
                train, Linker(join=join, split=split, merge=ml[0], lead=ml[1]), train_articles
            )["subtopic"]["f1"],
        )
        thread = max(
            THREAD_GRID,
            key=lambda t: _score(
                train, Linker(join=join, split=split, merge=merge, lead=lead, thread=t), train_articles
            )["topic"]["f1"],
        )
        linker = Linker(join=join, split=split, merge=merge, lead=lead, thread=thread)
        stories, threads = cluster_records(test, linker, [prepared[r["id"]] for r in test])
        held_stories += [f"{fold}:{s}" for s in stories]
        held_threads += [f"{fold}:{t}" for t in threads]
        held_records += list(test)
        folds.append(
            {
                "fold": fold,
                "topics": sorted({r["topic"] for r in test}, key=lambda t: (len(t), t)),
                "join": join,
                "split": split,
                "merge": merge,
                "lead": lead,
                "thread": thread,
                "subtopic": bcubed(stories, [r["cluster"] for r in test]).as_dict(),
                "topic": bcubed(threads, [r["topic"] for r in test]).as_dict(),
            }
        )
    return {
        "folds": folds,
        "subtopic": bcubed(held_stories, [r["cluster"] for r in held_records]).as_dict(),
        "topic": bcubed(held_threads, [r["topic"] for r in held_records]).as_dict(),
    }


def evaluate_stories(path: Path, *, folds: int = FOLDS) -> dict[str, Any]:
    """The product's figures (its own thresholds), the anchor, and k-fold held-out figures."""
    records = read_records(path)
    articles = prepare_records(records)
    product = _score(records, Linker(), articles)
    report: dict[str, Any] = {
        "documents": len(records),
        "clusters": len({r["cluster"] for r in records}),
        "topics": len({r["topic"] for r in records}),
        "join_threshold": cluster.JOIN_THRESHOLD,
        "split_threshold": cluster.SPLIT_THRESHOLD,
        "thread_threshold": cluster.THREAD_THRESHOLD,
        "merge_threshold": cluster.MERGE_THRESHOLD,
        "lead_agreement": cluster.LEAD_AGREEMENT,
        **product,
        "anchor": anchor(records),
    }
    if folds > 1:
        report["kfold"] = cross_validate(records, folds, articles)
    return report
