"""What the API's coding workers call: code text without storing it, ingest articles into the store.

These run in the worker processes of `api.workers`, never on a request thread.
Coding holds one lock: the spaCy pipeline is not shared between threads, and
SQLite has one writer at a time anyway.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from spacy.language import Language

from wirewatch.ingest.prepare import prepare
from wirewatch.ingest.readers import RawRecord
from wirewatch.model import Article, CodedArticle, KnownActor, Rejection
from wirewatch.settings import Settings
from wirewatch.store.base import Store
from wirewatch.store.queries import event_dict
from wirewatch.usecases import knowledge_base, store_coded

log = logging.getLogger(__name__)

# Attempts at a write that finds the database locked past the busy timeout (another process
# held the write lock for 30 s: a `wirewatch code --force` run, a backup): the save is
# idempotent, so trying again is safe.
WRITE_ATTEMPTS = 3


@dataclass(frozen=True)
class ArticleInput:
    """One article as a client sends it."""

    text: str
    id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    html: bool = False  # the text is an HTML page: extract its main text first


@dataclass
class Coder:
    """The pipeline, loaded on first use, and the lock that serialises coding and writing."""

    settings: Settings
    lock: threading.Lock = field(default_factory=threading.Lock)
    _nlp: Language | None = None

    @contextmanager
    def pipeline(self) -> Iterator[Language]:
        with self.lock:
            if self._nlp is None:
                from wirewatch.nlp import build_nlp

                self._nlp = build_nlp(self.settings.model)
            yield self._nlp


def prepare_input(item: ArticleInput, settings: Settings, origin: str) -> Article | Rejection:
    raw = RawRecord(
        origin=origin,
        body=item.text,
        kind="html" if item.html else "text",
        record_id=item.id,
        title=item.title,
        date=item.date,
        url=item.url,
        source=item.source,
    )
    return prepare(raw, settings)


def code_one(item: ArticleInput, coder: Coder, store: Store | None = None) -> CodedArticle | Rejection:
    """Code one article without storing it (POST /v1/code), with the actor knowledge base of
    `store` as `wirewatch code` would (`usecases.knowledge_base`)."""
    from wirewatch.pipeline import code_docs

    prepared = prepare_input(item, coder.settings, origin="request")
    if isinstance(prepared, Rejection):
        return prepared
    known = knowledge_base(store) if store is not None else ()
    with coder.pipeline() as nlp:
        return code_docs(nlp, [prepared], coder.settings.batch_size, known)[0]


def coded_dict(coded: CodedArticle) -> dict[str, Any]:
    a = coded.article
    return {
        "article": {
            "article_id": a.article_id,
            "title": a.title,
            "url": a.url,
            "source": a.source,
            "published": a.published.isoformat() if a.published else None,
            "text": a.text,
        },
        "mentions": [
            {k: getattr(m, k) for k in ("start", "end", "text", "kind", "country", "sector", "name", "role")}
            | {"actor_id": m.actor_id}
            for m in coded.mentions
        ],
        "events": [event_dict(e) for e in coded.events],
        "quotes": [q.to_dict() for q in coded.quotes],
        "removed": [{"line": line, "reason": reason} for line, reason in a.removed],
    }


def ingest(items: list[ArticleInput], store: Store, coder: Coder) -> dict[str, Any]:
    """Store each article once (idempotent): coded, already there, or rejected with the reason.

    Returns how many of each, and one result per article in input order.

    Each result is written before the response is sent, in its own
    transaction, so an acknowledged article is in the database.
    """
    from wirewatch.pipeline import code_docs

    results: list[dict[str, Any]] = []
    known: list[KnownActor] | None = None  # loaded once per request, when an article needs coding
    for i, item in enumerate(items):
        prepared = prepare_input(item, coder.settings, origin=f"request[{i}]")
        with coder.pipeline() as nlp:
            if isinstance(prepared, Rejection):
                _retrying(store.save_rejection, prepared)
                results.append(
                    {
                        "article_id": prepared.article_id,
                        "status": "rejected",
                        "reason": prepared.reason,
                        "message": prepared.message,
                        "n_events": 0,
                    }
                )
                continue
            existing = store.article(prepared.article_id)
            if existing is not None and existing["status"] == "coded":
                results.append(
                    {"article_id": prepared.article_id, "status": "exists", "n_events": existing["n_events"]}
                )
                continue
            if known is None:
                known = knowledge_base(store)  # the actors `wirewatch code` codes with
            coded = code_docs(nlp, [prepared], coder.settings.batch_size, known)[0]
            # copies, stories and happenings are linked in the article's own transaction
            _retrying(partial(store_coded, store), coded)
        results.append({"article_id": prepared.article_id, "status": "coded", "n_events": len(coded.events)})
    counts = {s: sum(r["status"] == s for r in results) for s in ("coded", "exists", "rejected")}
    return {**counts, "results": results}


def _retrying(write: Callable[[Any], None], record: Any) -> None:
    """`write(record)`, again when SQLite says the database is locked or busy (up to WRITE_ATTEMPTS)."""
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            write(record)
            return
        except sqlite3.OperationalError as e:
            if attempt == WRITE_ATTEMPTS or not any(w in str(e) for w in ("locked", "busy")):
                raise
            log.warning("write failed (%s); attempt %d of %d", e, attempt + 1, WRITE_ATTEMPTS)
            time.sleep(0.5 * attempt)
