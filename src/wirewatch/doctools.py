"""Cheap access to a parsed Doc's sentences.

spaCy rebuilds `Doc.sents` on every access and `Token.sent` / `Span.sent`
walk it again, so a stage that asks per entity pays for the whole document
each time (it was a third of our components' time). The sentence spans are
built once per Doc here and found by bisection.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np
from spacy.attrs import IDX
from spacy.tokens import Doc, Span

_KEY = "wirewatch.sentences"


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, built once and kept in its user data."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, list) and (not cached or cached[-1].end == len(doc)):
        return cached
    built = list(doc.sents)
    doc.user_data[_KEY] = built
    return built


def sentence_of(doc: Doc, token_index: int) -> Span:
    """The sentence holding token `token_index`."""
    sents = sentences(doc)
    starts = [s.start for s in sents]
    return sents[max(0, bisect_right(starts, token_index) - 1)]


_TEXT_KEY = "wirewatch.text"


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text the Doc was made from, so stages need not rebuild it."""
    doc.user_data[_TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """The Doc's text. `Doc.text` joins every token on each access (about 3 ms for a
    news article), so it is read once and kept in the Doc's user data."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def token_indices(doc: Doc, attr: int, values: frozenset[int]) -> list[int]:
    """Indices of the tokens whose attribute `attr` (a `spacy.attrs` id: LOWER, DEP) has one of
    `values` (string ids): one pass in C instead of a Token object per word, which is what a
    scan of every token for a few words costs in Python."""
    return [i for i, value in enumerate(doc.to_array(attr).tolist()) if value in values]


def token_at_or_after(doc: Doc, char: int) -> int | None:
    """Index of the first token starting at or after character `char`; None past the last."""
    starts = doc.to_array(IDX)
    i = int(np.searchsorted(starts, char, side="left")) if len(starts) else 0
    return i if i < len(doc) else None
