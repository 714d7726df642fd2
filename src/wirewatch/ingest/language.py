"""Is this text English? A function-word test: no model, no download, microseconds."""

from __future__ import annotations

import re

# The most frequent English function words. They are rare as whole words in
# other languages written in Latin script (a few collide: "a", "in", "of"-like
# words are kept out for that reason).
ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "and",
        "to",
        "that",
        "is",
        "was",
        "for",
        "with",
        "on",
        "as",
        "are",
        "by",
        "at",
        "from",
        "this",
        "be",
        "have",
        "has",
        "had",
        "his",
        "her",
        "their",
        "its",
        "it",
        "not",
        "but",
        "or",
        "which",
        "who",
        "will",
        "would",
        "been",
        "were",
        "they",
        "he",
        "she",
        "we",
        "said",
        "after",
        "about",
        "more",
        "than",
        "into",
        "over",
        "also",
        "an",
    ]
)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Fewer words than this and the ratio says nothing: such texts pass.
MIN_WORDS_FOR_TEST = 20
SAMPLE_WORDS = 2000


def english_ratio(text: str) -> tuple[float, int]:
    """Share of the first words that are English function words, and how many words were read."""
    words = [w.lower() for w in _WORD.findall(text[: SAMPLE_WORDS * 8])][:SAMPLE_WORDS]
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    return hits / len(words), len(words)


def looks_english(text: str, *, min_ratio: float) -> bool:
    ratio, n = english_ratio(text)
    return n < MIN_WORDS_FOR_TEST or ratio >= min_ratio
