"""`make bench`: wirewatch end to end against bare spaCy on the same texts, in the same run.

Figures, not a timed test: the machine is shared and noisy, so the number
that matters is the ratio of the two throughputs measured back to back.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
import re
import resource
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

from wirewatch.ingest.prepare import prepare
from wirewatch.ingest.readers import RawRecord
from wirewatch.model import Article, CodedArticle
from wirewatch.nlp import build_baseline
from wirewatch.pipeline import FORK, code_articles
from wirewatch.settings import Settings
from wirewatch.store.sqlite import SqliteStore
from wirewatch.stories.link import Linker, LinkResult

log = logging.getLogger(__name__)

# Eval files whose records carry whole articles in a `text` field.
EVAL_TEXT_FILES = (
    "stories/ecbplus.jsonl",
    "quotes/polnear.jsonl",
    "geo/trnews.jsonl",
    "geo/geovirus.jsonl",
    "dates/gum_news.jsonl",
)


def sample_records() -> list[dict[str, Any]]:
    text = (
        resources.files("wirewatch").joinpath("data", "sample", "articles.jsonl").read_text(encoding="utf-8")
    )
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _eval_texts(eval_dir: Path | None) -> Iterator[str]:
    if eval_dir is None:
        return
    for name in EVAL_TEXT_FILES:
        path = eval_dir / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                text = json.loads(line).get("text")
                if text:
                    yield text


def bench_corpus(repeat: int, eval_dir: Path | None) -> list[RawRecord]:
    """The fixed corpus: the sample corpus `repeat` times, plus the eval texts if present."""
    bodies = [(r.get("id"), r["text"], r.get("date")) for r in sample_records()] * repeat
    bodies += [(None, t, None) for t in _eval_texts(eval_dir)]
    return [
        RawRecord(origin=f"bench:{n}", body=text, kind="text", record_id=f"{rid}-{n}", date=date)
        for n, (rid, text, date) in enumerate(bodies)
    ]


def _prepare_all(settings: Settings, raws: list[RawRecord]) -> list[Article]:
    prepared = (prepare(raw, settings) for raw in raws)
    return [a for a in prepared if isinstance(a, Article)]


def _baseline_worker(args: tuple[str, list[str]]) -> int:
    model, texts = args
    nlp = build_baseline(model)
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the pool's workers, once
    the pool is shut down): on a shared machine it moves less than wall time with the neighbours'
    load, so the ratio of CPU times is the steadier companion of the throughput ratio."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _run_baseline(settings: Settings, texts: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of bare spaCy over `texts`."""
    chunk = 16
    chunks = [texts[i : i + chunk] for i in range(0, len(texts), chunk)]
    build_baseline(settings.model)  # loaded before forking, as the pipeline does (pipeline.warm_up)
    started, cpu = time.perf_counter(), _cpu_seconds()
    if settings.processes > 1:
        with ProcessPoolExecutor(max_workers=settings.processes, mp_context=FORK) as pool:
            list(pool.map(_baseline_worker, [(settings.model, c) for c in chunks]))
    else:
        _baseline_worker((settings.model, texts))
    return time.perf_counter() - started, _cpu_seconds() - cpu


def _run_wirewatch(settings: Settings, raws: list[RawRecord]) -> tuple[float, float, int]:
    """End to end: cleaning and checks, parsing, actors, events. (wall seconds, CPU seconds,
    events coded)."""
    started, cpu = time.perf_counter(), _cpu_seconds()
    articles = _prepare_all(settings, raws)
    coded = list(code_articles(articles, settings))
    _last_coded[:] = coded
    return time.perf_counter() - started, _cpu_seconds() - cpu, sum(len(c.events) for c in coded)


_last_coded: list[CodedArticle] = []  # the last round's coded articles, stored by _run_store


class _TimedLinker(Linker):
    """The product's linker, with the time spent in it summed."""

    seconds: float = 0.0

    def unlink(self, conn: sqlite3.Connection, article_id: str) -> None:
        started = time.perf_counter()
        super().unlink(conn, article_id)
        self.seconds += time.perf_counter() - started

    def link(self, conn: sqlite3.Connection, coded: CodedArticle) -> LinkResult:
        started = time.perf_counter()
        result = super().link(conn, coded)
        self.seconds += time.perf_counter() - started
        return result


def _run_store(coded: list[CodedArticle]) -> dict[str, float]:
    """Store the coded articles as `wirewatch code` does; the time spent linking them to copies,
    stories and happenings (issue 13) against the whole store step."""
    linker = _TimedLinker()
    with tempfile.TemporaryDirectory() as folder, SqliteStore.open(Path(folder) / "bench.db") as store:
        started = time.perf_counter()
        for c in coded:
            store.save_coded(c, linker)
        seconds = time.perf_counter() - started
    return {"store_seconds": seconds, "link_seconds": linker.seconds}


# Articles clustered for the scale figure (issue 13: "the time to cluster 10,000 articles").
CLUSTER_ARTICLES = 10_000


def cluster_corpus(eval_dir: Path | None, n: int = CLUSTER_ARTICLES, seed: int = 13) -> list[Article]:
    """n articles of 8-30 consecutive real sentences (the sample corpus and the eval texts), over
    about a month: mostly stories of their own, the worst case for the story index."""
    texts = [r["text"] for r in sample_records()] + list(_eval_texts(eval_dir))
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if len(s.split()) > 5]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        k = rng.randint(8, 30)
        start = rng.randrange(max(1, len(sentences) - k))
        day = dt.date(2024, 1, 1) + dt.timedelta(days=i * 30 // n)
        body = " ".join(sentences[start : start + k])
        out.append(Article(article_id=f"c{i}", text=body, title=sentences[start][:80], published=day))
    return out


def run_cluster_scale(eval_dir: Path | None, n: int = CLUSTER_ARTICLES) -> dict[str, Any]:
    """Seconds to link n articles one by one into a new store (sketch, copies, stories)."""
    articles = cluster_corpus(eval_dir, n)
    linker = _TimedLinker()
    with tempfile.TemporaryDirectory() as folder, SqliteStore.open(Path(folder) / "cluster.db") as store:
        started = time.perf_counter()
        for a in articles:
            store.save_coded(CodedArticle(article=a), linker)
        seconds = time.perf_counter() - started
        stories = store.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
    return {
        "articles": n,
        "seconds": round(seconds, 1),
        "link_seconds": round(linker.seconds, 1),
        "ms_per_article": round(1000 * seconds / n, 2),
        "stories": stories,
    }


def run_benchmark(
    settings: Settings,
    *,
    repeat: int = 8,
    eval_dir: Path | None = None,
    rounds: int = 2,
    cluster_articles: int = CLUSTER_ARTICLES,
) -> dict[str, Any]:
    """Code the fixed corpus with wirewatch and with bare spaCy; report both and their ratio."""
    settings = replace(settings, parallel_min_articles=1)
    raws = bench_corpus(repeat, eval_dir)
    articles = _prepare_all(settings, raws)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    # Warm both (imports, model files in the page cache) so neither pays first-run costs.
    _run_baseline(replace(settings, processes=1), texts[:4])
    _run_wirewatch(replace(settings, processes=1), raws[:4])
    # Interleaved rounds, best of each: a neighbour's load on a shared machine
    # slows whichever run it overlaps, and the minimum is the least disturbed.
    base_times, ww_times, base_cpu, ww_cpu = [], [], [], []
    events = 0
    for _ in range(rounds):
        base_seconds, base_cpu_seconds = _run_baseline(settings, texts)
        base_times.append(base_seconds)
        base_cpu.append(base_cpu_seconds)
        ww_seconds, ww_cpu_seconds, events = _run_wirewatch(settings, raws)
        ww_times.append(ww_seconds)
        ww_cpu.append(ww_cpu_seconds)
    base_seconds, ww_seconds = min(base_times), min(ww_times)
    stored = _run_store(_last_coded)
    pipeline_seconds = ww_seconds + stored["store_seconds"]
    cluster = run_cluster_scale(eval_dir, cluster_articles) if cluster_articles else None
    peak_kb = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    return {
        "articles": len(articles),
        "words": words,
        "processes": settings.processes,
        "events": events,
        "spacy_seconds": round(base_seconds, 2),
        "spacy_words_per_s": round(words / base_seconds),
        "wirewatch_seconds": round(ww_seconds, 2),
        "wirewatch_articles_per_s": round(len(articles) / ww_seconds, 1),
        "wirewatch_words_per_s": round(words / ww_seconds),
        "ratio_to_spacy": round(base_seconds / ww_seconds, 3),
        "spacy_cpu_seconds": round(min(base_cpu), 2),
        "wirewatch_cpu_seconds": round(min(ww_cpu), 2),
        "cpu_ratio_to_spacy": round(min(base_cpu) / min(ww_cpu), 3),
        "rounds": rounds,
        "spacy_seconds_all": [round(t, 2) for t in base_times],
        "wirewatch_seconds_all": [round(t, 2) for t in ww_times],
        "peak_rss_mb": round(peak_kb / 1024, 1),
        # issue 13: copies, stories and happenings linked on storing, against coding + storing
        "store_seconds": round(stored["store_seconds"], 2),
        "link_seconds": round(stored["link_seconds"], 2),
        "link_share_of_pipeline": round(stored["link_seconds"] / pipeline_seconds, 3),
        "cluster": cluster,
    }
