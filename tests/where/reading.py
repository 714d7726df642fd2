"""Reading places in tests: a text parsed by the pipeline and its toponyms resolved against the
packaged gazetteer, as `wirewatch_where` resolves them."""

from __future__ import annotations

from spacy.language import Language

from wirewatch.where.gazetteer import load_places
from wirewatch.where.resolve import Toponym, resolve_toponyms


def toponyms(nlp: Language, text: str) -> list[Toponym]:
    """The toponyms of `text`, in text order."""
    doc = nlp(text)
    return resolve_toponyms(doc, doc._.mentions or [], load_places())


def by_text(nlp: Language, text: str) -> dict[str, Toponym]:
    """The toponyms of `text` by their words (a name read twice keeps its last reading)."""
    return {t.text: t for t in toponyms(nlp, text)}
