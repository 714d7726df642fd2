"""The jobs every front end shares, over any `store.base.Store` (SQLite or PostgreSQL).

The CLI (`wirewatch code`, `batch.code_inputs`), the API's coding workers (`api.service`) and
the cluster runner (`engines.rayengine`, through `batch.code_inputs`) code and store articles
through these, so an article is coded with the same actor knowledge base and stored with the same
links whichever way it came in. The read jobs are `store.queries` (events, actors, dyads),
`store.stories` (happenings, stories) and `store.actors` (the knowledge base), which run on
either engine.

- `knowledge_base(store)`: the actors the pipeline codes with: the curated starter table (seeded
  into the store once, never over an analyst's edit) and everything the store has learned.
- `store_coded(store, coded)`: one article in one transaction, linked to earlier articles
  (copies, stories, happenings).
"""

from __future__ import annotations

import threading

from wirewatch.model import CodedArticle, KnownActor
from wirewatch.store.actors import load_known_actors, seed_actors
from wirewatch.store.base import Store
from wirewatch.store.sqlite import ArticleLinker

# The databases this process has seeded the curated actors into (by path or URL): seeding reads
# every curated actor under the write lock, so it is done once per process and database.
_seeded: set[str] = set()
_seeding = threading.Lock()


def seed_curated(store: Store) -> int:
    """Add the curated starter actors the store lacks (idempotent); how many were added."""
    from wirewatch.actors.kb import load_curated

    added = seed_actors(store, load_curated())
    with _seeding:
        _seeded.add(str(store.path))
    return added


def knowledge_base(store: Store) -> list[KnownActor]:
    """The actor knowledge base to code with, as it stands in `store` now."""
    seeded = str(store.path) in _seeded and str(store.path) != ":memory:"
    # (a database made again under the same name holds no actor: seeded again)
    if not seeded or store.conn.execute("SELECT 1 FROM actors LIMIT 1").fetchone() is None:
        seed_curated(store)
    return load_known_actors(store)


def store_coded(store: Store, coded: CodedArticle, linker: ArticleLinker | None = None) -> None:
    """Save one coded article in its own transaction, linked to the articles before it."""
    if linker is None:
        from wirewatch.stories.link import Linker

        linker = Linker()
    store.save_coded(coded, linker)


__all__ = ["Store", "knowledge_base", "seed_curated", "store_coded"]
