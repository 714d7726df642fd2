"""Every custom `Doc` attribute wirewatch sets, declared in one place."""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, object] = {
    "article_id": None,  # str: the Article this Doc was made from
    "title": None,  # str | None: the article's headline, evidence for the actor steps (actors/headline.py)
    "published": None,  # datetime.date | None: publication date, for resolving relative dates
    "mentions": None,  # list[Mention]: actors found by wirewatch_actors
    "actor_kb": None,  # ActorKB | None: the knowledge base a front end hands the pipeline
    "events": None,  # list[Event]: events coded by wirewatch_events
    "quotes": None,  # list[Quote]: quotes and reported speech found by wirewatch_quotes
}


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory and every worker."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
