"""Cheap access to a parsed Doc's sentences.

spaCy rebuilds `Doc.sents` on every access and `Token.sent` / `Span.sent`
walk it again, so a stage that asks per entity pays for the whole document
each time (it was a third of our components' time). The sentence spans are
built once per Doc here and found by bisection.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import IDX, IS_TITLE, LENGTH, LOWER, ORTH, SPACY
from spacy.tokens import Doc, Span, Token

# A clause's subject, active or passive: the dependency labels every stage reads as "the subject".
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

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


_ENTS_KEY = "wirewatch.entities"


def entities(doc: Doc) -> tuple[Span, ...]:
    """The Doc's named entities, built once and kept in its user data: `Doc.ents` builds a Span
    per entity from every token's IOB tag on each access, and the actor steps asked for them per
    word. Entities are fixed once the recogniser has run; no step of ours sets them."""
    cached = doc.user_data.get(_ENTS_KEY)
    if isinstance(cached, tuple):
        return cached
    built = tuple(doc.ents)
    if doc.has_annotation("ENT_IOB"):
        doc.user_data[_ENTS_KEY] = built
    return built


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


def span_text(span: Span) -> str:
    """The span's text (`Span.text`), cut from the Doc's kept text: `Span.text` makes a Token
    per word and joins their texts, and the coder asks for each sentence it codes an event in."""
    return doc_text(span.doc)[span.start_char : span.end_char]


# Attributes a token keeps once tokenised: their array is read once per Doc and kept, with its
# distinct values and the answers already given.
_FIXED_ATTRS = frozenset({ORTH, LOWER})
_ARRAY_KEY = "wirewatch.array."


def token_indices(doc: Doc, attr: int, values: frozenset[int]) -> list[int]:
    """Indices of the tokens whose attribute `attr` (a `spacy.attrs` id: LOWER, DEP) has one of
    `values` (string ids), in text order: found in the Doc's array, not by a Token object per
    word, which is what a scan of every token for a few words costs in Python. For the words
    themselves (ORTH, LOWER), which never change, the array and each answer are kept: steps ask
    for one word at a time, dozens of times per article, often the same word."""
    if attr not in _FIXED_ATTRS:
        return _indices(in_values(np.asarray(doc.to_array(attr), dtype=np.uint64), values))
    words = _words(doc, attr)
    if values not in words.answers:
        if len(values) == 1:
            words.answers[values] = _indices(words.array == next(iter(values)))
        else:
            words.answers[values] = _indices(_wanted(words.distinct, words.listed, values)[words.inverse])
    return list(words.answers[values])


def indices_within(indices: Sequence[int], start: int, end: int) -> Sequence[int]:
    """The members of the ascending `indices` in [start, end): a sentence's share of the words
    `token_indices` found in the whole Doc, in text order."""
    return indices[bisect_left(indices, start) : bisect_left(indices, end)]


def capitalised_indices(doc: Doc) -> list[int]:
    """Indices of the tokens whose text starts with an upper-case character (`str.isupper` of its
    first one), in text order: each distinct word of the Doc's array is read once per Doc, not a
    Token object per word (the actor steps ask four times per article)."""
    words = _words(doc, ORTH)
    if words.capitalised is None:  # the same set each time: its indices are kept with the answers
        strings = doc.vocab.strings
        words.capitalised = frozenset(v for v in words.listed if strings[v][:1].isupper())
    return token_indices(doc, ORTH, words.capitalised)


def title_indices(doc: Doc) -> list[int]:
    """Indices of the title-case tokens (`Token.is_title`), in text order, from the Doc's array."""
    return [int(i) for i in np.flatnonzero(doc.to_array(IS_TITLE))]


def distinct_lowers(doc: Doc) -> set[str]:
    """The Doc's distinct lower-case words (`Token.lower_`), read from its array."""
    strings = doc.vocab.strings
    return {strings[v] for v in _words(doc, LOWER).listed}


def in_values(array: NDArray[np.uint64], values: frozenset[int]) -> NDArray[np.bool_]:
    """Whether each entry of `array` (string ids, one per token) is one of `values`, looked up for
    each distinct entry once. `np.isin` sorts all of `values` on every call: against a lexicon's
    thousands of words (the codebook's trigger forms, the sector terms' words) that took 1-3 ms
    an article and word list, this some 30 µs."""
    if len(values) == 1:
        return np.asarray(array == next(iter(values)))
    distinct, inverse = np.unique(array, return_inverse=True)
    return np.asarray(_wanted(distinct, distinct.tolist(), values)[inverse])


def _wanted(distinct: NDArray[np.uint64], listed: list[int], values: frozenset[int]) -> NDArray[np.bool_]:
    """Which of the ascending `distinct` values (`listed` as Python ints) are in `values`."""
    present = values.intersection(listed)
    wanted = np.zeros(len(distinct), dtype=bool)
    if present:
        wanted[np.searchsorted(distinct, np.fromiter(present, dtype=np.uint64, count=len(present)))] = True
    return wanted


def _indices(mask: NDArray[np.bool_]) -> list[int]:
    found: list[int] = np.flatnonzero(mask).tolist()
    return found


class _Words:
    """A Doc's array of one attribute that never changes (ORTH, LOWER), its distinct values, and
    the answers `token_indices` gave from it."""

    def __init__(self, array: NDArray[np.uint64]) -> None:
        self.array = array
        self.distinct, self.inverse = np.unique(array, return_inverse=True)
        self.listed: list[int] = self.distinct.tolist()
        self.answers: dict[frozenset[int], list[int]] = {}
        self.capitalised: frozenset[int] | None = None  # of ORTH: `capitalised_indices`


def _words(doc: Doc, attr: int) -> _Words:
    key = f"{_ARRAY_KEY}{attr}"
    kept = doc.user_data.get(key)
    if not isinstance(kept, _Words):
        kept = _Words(np.asarray(doc.to_array(attr), dtype=np.uint64))
        doc.user_data[key] = kept
    return kept


_OFFSETS_KEY = "wirewatch.offsets"


def expanded_range(doc: Doc, start_char: int, end_char: int) -> range | None:
    """The tokens `doc.char_span(start_char, end_char, alignment_mode="expand")` spans (None
    where that gives None), for `start_char <= end_char`: found by bisection in the Doc's token
    offsets, kept in its user data, instead of by `char_span`, which makes up to five Tokens to
    find them; the coder asks it for every mention and quotation of an article, again and again."""
    starts, text_ends, ends = _offsets(doc)
    first = _token_by_char(starts, ends, start_char)
    last = _token_by_char(starts, ends, end_char - 1)
    if first < 0 or last < 0:
        return None
    if start_char == text_ends[first]:
        first += 1  # on the space after a word: the span starts at the next one
    return range(first, last + 1)


def words_text(doc: Doc, start: int, end: int) -> str:
    """The text of `doc[start:end]` (`Span.text`), cut from the Doc's kept text at its token
    offsets: a slice of the Doc makes a Span and three Tokens, and its text a Token per word, and
    the groups step tries each run of up to three words ending in a word a sector term may end in
    (`groups.sector_term_at`)."""
    if start >= end:
        return ""
    starts, text_ends, _ = _offsets(doc)
    return doc_text(doc)[starts[start] : text_ends[end - 1]]


def expanded_root(doc: Doc, start_char: int, end_char: int) -> Token | None:
    """The head word (`Span.root`) of the tokens `expanded_range` finds, None where it finds none:
    the word of an event's trigger or a quotation's cue, which are mostly one word."""
    words = expanded_range(doc, start_char, end_char)
    if not words:
        return None
    return doc[words.start] if len(words) == 1 else doc[words.start : words.stop].root


def _token_by_char(starts: list[int], ends: list[int], char: int) -> int:
    """The token whose text or trailing space holds character `char`, -1 if none (spaCy's own
    `token_by_char`)."""
    i = bisect_right(starts, char) - 1
    return i if i >= 0 and char < ends[i] else -1


def _offsets(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Each token's first character, the end of its text, and the end of its trailing space."""
    kept = doc.user_data.get(_OFFSETS_KEY)
    if isinstance(kept, tuple) and len(kept[0]) == len(doc):
        return kept
    array = np.asarray(doc.to_array([IDX, LENGTH, SPACY]), dtype=np.int64).reshape(-1, 3)
    text_ends = array[:, 0] + array[:, 1]
    built = (array[:, 0].tolist(), text_ends.tolist(), (text_ends + array[:, 2]).tolist())
    doc.user_data[_OFFSETS_KEY] = built
    return built


Answer = TypeVar("Answer")


def per_word(test: Callable[[Token], Answer]) -> Callable[[Token], Answer]:
    """`test`, a function of a word's parse alone, answered once per word of a Doc and kept in its
    user data: the event coder asks the same things of the same few words for every rule it tries
    at a trigger and again in the candidate pass (whether a verb is passive, its phrases), two to
    five times each. The answers must hold no Token: a Token in the Doc's own data would keep the
    Doc alive until the garbage collector's next full pass."""
    key = f"wirewatch.word.{test.__module__}.{test.__qualname__}"

    @functools.wraps(test)
    def answer(token: Token) -> Answer:
        kept: dict[int, Answer] | None = token.doc.user_data.get(key)
        if kept is None:
            kept = token.doc.user_data[key] = {}
        i = token.i
        if i not in kept:
            kept[i] = test(token)
        return kept[i]

    return answer


def doc_batches(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    """The Docs in lists of `size` (the last shorter), for a component's `pipe` that works a batch
    at a time."""
    batch: list[Doc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def token_at_or_after(doc: Doc, char: int) -> int | None:
    """Index of the first token starting at or after character `char`; None past the last."""
    starts = doc.to_array(IDX)
    i = int(np.searchsorted(starts, char, side="left")) if len(starts) else 0
    return i if i < len(doc) else None


def goes_on(token: Token) -> bool:
    """Does a noun go on with "and"/"or" to a conjunct ("the army and the navy")?"""
    return any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in token.children) and any(
        c.dep_ == "conj" for c in token.children
    )
