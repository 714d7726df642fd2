"""What an article's words say about which story it belongs to: weighted term vectors.

An article becomes a sparse vector of terms (lower-cased words that are not
function words, numbers, years and capitalised names); the weight of a term is
its sublinear count times an inverse document frequency read from the store's
running counts, so the vector improves as the store grows. Names (a capitalised
word inside a sentence) and years weigh more: two stories about the same kind
of happening differ mostly by who, where and when.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

Vector = dict[str, float]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"[.!?:\n\"“”]")
_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "according", "reported", "news"}

# Weight multipliers, chosen by 5-fold cross-validation over ECB+ topics (evaluate/stories.py):
# a name or a year says more about which happening is meant than a common word.
NAME_WEIGHT = 2.0
YEAR_WEIGHT = 2.0
# The headline's (or first sentence's) names and numbers are counted again as lead terms ("^"):
# who and how many the report is about. Weight 1: a lead term counts as much as any word.
LEAD_WEIGHT = 1.0
_LEAD_END = re.compile(r"[.!?](?=\s)|\n")


def _stem(word: str) -> str:
    """A light plural strip, so that "pirates" and "pirate" count as one term."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def article_terms(title: str | None, text: str) -> Counter[str]:
    """Term counts of an article: words, numbers and, marked with a leading capital, names."""
    counts: Counter[str] = Counter()
    body = text if not title or text.startswith(title) else f"{title}\n\n{text}"
    previous_end = 0
    end = _LEAD_END.search(body)
    lead_end = end.start() if end else len(body)
    for match in _TOKEN.finditer(body):
        word = match.group()
        gap = body[previous_end : match.start()]
        sentence_start = previous_end == 0 or (gap != " " and bool(_SENTENCE_END.search(gap)))
        previous_end = match.end()
        lower = word.lower().replace("’", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
        if lower in STOP_WORDS or len(lower) < 2:
            continue
        in_lead = match.start() < lead_end
        if word[0].isdigit():
            counts[f"#{lower}" if _YEAR.match(lower) else lower] += 1
            if in_lead:
                counts[f"^{lower}"] += 1
            continue
        term = _stem(lower)
        counts[term] += 1
        if in_lead and word[0].isupper():
            counts[f"^{term}"] += 1
        if word[0].isupper() and not word.isupper() and not sentence_start:
            counts[f"@{term}"] += 1
    return counts


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency (as scikit-learn's `smooth_idf`)."""
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def weigh(terms: Mapping[str, int], df: Mapping[str, int], n_docs: int) -> Vector:
    """The unit-length weighted vector of an article's term counts."""
    vector: Vector = {}
    for term, count in terms.items():
        weight = (1.0 + math.log(count)) * idf(df.get(term, 0), n_docs)
        if term[0] == "@":
            weight *= NAME_WEIGHT
        elif term[0] == "#":
            weight *= YEAR_WEIGHT
        elif term[0] == "^":
            weight *= LEAD_WEIGHT
        vector[term] = weight
    return normalise(vector)


def normalise(vector: Mapping[str, float]) -> Vector:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else {}


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def top_terms(vector: Mapping[str, float], k: int) -> list[str]:
    """The k heaviest terms (ties by name, so the choice is stable)."""
    return [t for t, _ in sorted(vector.items(), key=lambda tw: (-tw[1], tw[0]))[:k]]


def lead(vector: Mapping[str, float]) -> Vector:
    """The names and numbers of the headline or first sentence, at unit length: who and how many
    the seminal report is about."""
    return normalise({t: w for t, w in vector.items() if t[0] == "^"})
