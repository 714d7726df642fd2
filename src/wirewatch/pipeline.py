"""Articles in, coded articles out. Pure: it reads no files and writes no database.

The same `code_articles` runs in the CLI, the API and (later) a Ray task. On
large batches it spreads articles over a process pool, one model per worker.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.actors.kb import ActorKB
from wirewatch.doctools import remember_text
from wirewatch.events.fuse import LearnedComponent
from wirewatch.lifeline import die_with_parent
from wirewatch.model import Article, CodedArticle, KnownActor
from wirewatch.nlp import build_nlp
from wirewatch.settings import Settings

log = logging.getLogger(__name__)

# Fork, not spawn: workers inherit the parent's loaded pipeline (see warm_up).
FORK = multiprocessing.get_context("fork")
WARM_UP_TEXT = (
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday, "
    '"We agreed on trade," Ruto said.'
)

# Articles per task sent to a worker: large enough to amortise pickling,
# small enough that progress moves and a crash loses little.
CHUNK_SIZE = 16


def code_docs(
    nlp: Language,
    articles: Sequence[Article],
    batch_size: int = 32,
    known_actors: Sequence[KnownActor] = (),
) -> list[CodedArticle]:
    """Run the pipeline over `articles` in this process, with the actors a front end knows."""
    kb = ActorKB(known_actors) if known_actors else None
    docs = [_make_doc(nlp, a, kb) for a in articles]
    return [_coded(doc, a) for doc, a in zip(nlp.pipe(docs, batch_size=batch_size), articles, strict=True)]


def _make_doc(nlp: Language, article: Article, kb: ActorKB | None = None) -> Doc:
    doc = nlp.make_doc(article.text)
    remember_text(doc, article.text)
    doc._.actor_kb = kb
    doc._.article_id = article.article_id
    doc._.published = article.published
    doc._.title = article.title  # evidence of who and where, never coded (actors/headline.py)
    return doc


def _coded(doc: Doc, article: Article) -> CodedArticle:
    return CodedArticle(
        article=article,
        mentions=tuple(doc._.mentions or ()),
        events=tuple(doc._.events or ()),
        quotes=tuple(doc._.quotes or ()),
    )


def code_articles(
    articles: Iterable[Article], settings: Settings, known_actors: Sequence[KnownActor] = ()
) -> Iterator[CodedArticle]:
    """Code every article; yields in input order. Uses a process pool for large batches.

    `known_actors` is the actor knowledge base the front end loaded (see store/actors.py).
    """
    batch = list(articles)
    known = tuple(known_actors)
    if settings.processes > 1 and len(batch) >= settings.parallel_min_articles:
        yield from _code_parallel(batch, settings, known)
        return
    nlp = build_nlp(settings.model)
    for start in range(0, len(batch), settings.batch_size):
        chunk = batch[start : start + settings.batch_size]
        yield from code_docs(nlp, chunk, settings.batch_size, known)


def partition(batch: Sequence[Article], workers: int, largest: int = CHUNK_SIZE) -> list[list[Article]]:
    """The batch in input order, in chunks of at most `largest` articles that shrink towards the
    end: a chunk holds at most a 2*`workers`-th share of the articles left, so the workers finish
    at about the same time instead of one coding a last full chunk while the others wait (with
    `wirewatch code`'s rounds of 256 articles that wait came once a round). An article's events
    do not depend on its chunk (`events.learned.Embedder`)."""
    chunks: list[list[Article]] = []
    start, share = 0, 2 * max(1, workers)
    while start < len(batch):
        size = max(1, min(largest, -(-(len(batch) - start) // share)))
        chunks.append(list(batch[start : start + size]))
        start += size
    return chunks


def warm_up(nlp: Language) -> None:
    """Load everything the components load lazily (gazetteers, tables) in this process.

    Workers are forked from here, so they start with the loaded pipeline instead
    of each paying for it again (about 2 s a worker on this machine). The sentence embedder
    is loaded too: the warm-up text reaches no classifier, and each worker loaded it on its
    first article (about 0.8 s).
    """
    nlp(WARM_UP_TEXT)
    for _, component in nlp.pipeline:
        if isinstance(component, LearnedComponent):
            component.warm_up()


def _worker(args: tuple[str, list[Article], int, tuple[KnownActor, ...]]) -> list[CodedArticle]:
    model, chunk, batch_size, known_actors = args
    return code_docs(build_nlp(model), chunk, batch_size, known_actors)


def _code_parallel(
    batch: list[Article], settings: Settings, known: tuple[KnownActor, ...]
) -> Iterator[CodedArticle]:
    chunks = partition(batch, settings.processes)
    warm_up(build_nlp(settings.model))
    with ProcessPoolExecutor(
        max_workers=settings.processes,
        mp_context=FORK,
        initializer=die_with_parent,  # no orphans after a kill -9 (issue 12)
        initargs=(os.getpid(),),
    ) as pool:
        tasks = ((settings.model, chunk, settings.batch_size, known) for chunk in chunks)
        for coded in pool.map(_worker, tasks):
            yield from coded
