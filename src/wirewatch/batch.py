"""Code a batch of inputs into a store: the library function behind `wirewatch code`.

Rejections are saved as they are found; coded articles are saved one
transaction each as soon as their chunk is coded, so an interrupted run keeps
everything up to that point and a re-run codes only what is missing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from wirewatch.ingest.prepare import prepare
from wirewatch.ingest.readers import RawRecord, read_inputs
from wirewatch.model import Article, CodedArticle, KnownActor, Rejection
from wirewatch.pipeline import code_articles
from wirewatch.settings import Settings
from wirewatch.store.base import Store
from wirewatch.stories.link import Linker
from wirewatch.usecases import knowledge_base, seed_curated, store_coded

log = logging.getLogger(__name__)

# Articles read, cleaned and coded per round. Bounds memory on large inputs
# while leaving the process pool enough work to use every core.
ROUND_SIZE = 256

Progress = Callable[[int, int], None]  # (inputs done: coded, rejected or skipped; words coded)
# What codes a round: articles, settings and the known actors in, coded articles out in input
# order. `pipeline.code_articles` (a local process pool) unless an engine brings its own (Ray).
Coder = Callable[[Sequence[Article], Settings, Sequence[KnownActor]], Iterator[CodedArticle]]


@dataclass
class BatchSummary:
    read: int = 0
    coded: int = 0
    skipped: int = 0
    events: int = 0
    words: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    # Web-archive records that are not articles (requests, images, ...), by kind.
    not_articles: Counter[str] = field(default_factory=Counter)

    def rejection_reasons(self) -> Counter[str]:
        return Counter(r.reason for r in self.rejected)


def code_inputs(
    inputs: Iterable[str],
    store: Store,
    settings: Settings,
    *,
    default_date: dt.date | None = None,
    default_source: str | None = None,
    force: bool = False,
    progress: Progress | None = None,
    coder: Coder = code_articles,
) -> BatchSummary:
    """Read, clean, code and save everything under `inputs`; never stops on a bad record."""
    from wirewatch.ingest.warc import counting_skipped

    summary = BatchSummary()
    with counting_skipped(summary.not_articles):
        return code_records(
            read_inputs(inputs, max_chars=settings.max_chars),
            store,
            settings,
            default_date=default_date,
            default_source=default_source,
            force=force,
            progress=progress,
            coder=coder,
            summary=summary,
        )


def code_records(
    records: Iterable[RawRecord | Rejection],
    store: Store,
    settings: Settings,
    *,
    default_date: dt.date | None = None,
    default_source: str | None = None,
    force: bool = False,
    progress: Progress | None = None,
    coder: Coder = code_articles,
    summary: BatchSummary | None = None,
) -> BatchSummary:
    """Clean, code and save records already read (files, a watched folder, fetched pages)."""
    summary = BatchSummary() if summary is None else summary
    seed_curated(store)  # the curated actors, once per run (usecases.knowledge_base)
    done = set() if force else store.coded_ids()
    pending: list[Article] = []
    for item in records:
        summary.read += 1
        result = _prepare(item, settings, default_date, default_source)
        if isinstance(result, Rejection):
            log.info("rejected %s", result.message)
            store.save_rejection(result)
            summary.rejected.append(result)
        elif result.article_id in done:
            summary.skipped += 1
        else:
            done.add(result.article_id)
            pending.append(result)
            if len(pending) >= ROUND_SIZE:
                _code_round(pending, store, settings, summary, progress, coder)
                pending = []
    _code_round(pending, store, settings, summary, progress, coder)
    return summary


def _prepare(
    item: RawRecord | Rejection,
    settings: Settings,
    default_date: dt.date | None,
    default_source: str | None,
) -> Article | Rejection:
    if isinstance(item, Rejection):
        return item
    return prepare(item, settings, default_date=default_date, default_source=default_source)


def _code_round(
    articles: list[Article],
    store: Store,
    settings: Settings,
    summary: BatchSummary,
    progress: Progress | None,
    coder: Coder,
) -> None:
    # The knowledge base as it stands now: what earlier rounds learned counts for this one.
    linker = Linker()  # copies, stories and happenings, in each article's transaction
    for coded in coder(articles, settings, knowledge_base(store)):
        store_coded(store, coded, linker)
        summary.coded += 1
        summary.events += len(coded.events)
        summary.words += len(coded.article.text.split())
        if progress:
            progress(summary.coded + len(summary.rejected) + summary.skipped, summary.words)
