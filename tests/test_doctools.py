"""The Doc helpers every stage leans on: tokens by attribute, the token at a character."""

from __future__ import annotations

import spacy
from spacy.attrs import LOWER
from spacy.strings import get_string_id

from wirewatch.doctools import (
    capitalised_indices,
    distinct_lowers,
    title_indices,
    token_at_or_after,
    token_indices,
)


def test_token_at_or_after_agrees_with_a_scan_at_every_character() -> None:
    doc = spacy.blank("en")('The envoy said: "We will not  go back."  Then he left.')
    for char in range(len(doc.text) + 3):
        scanned = next((t.i for t in doc if t.idx >= char), None)
        assert token_at_or_after(doc, char) == scanned, char
    assert token_at_or_after(spacy.blank("en")(""), 0) is None


def test_token_indices_finds_words_case_blind() -> None:
    doc = spacy.blank("en")("Both sides and the mediators met; BOTH agreed, and talks resume.")
    wanted = frozenset(get_string_id(w) for w in ("both", "and"))
    assert [doc[i].text for i in token_indices(doc, LOWER, wanted)] == ["Both", "and", "BOTH", "and"]
    assert token_indices(doc, LOWER, frozenset()) == []


def test_capitalised_and_title_indices_agree_with_a_scan() -> None:
    text = "The UN envoy met McAllister and ÉLAN staff; 3 aides, iPhone users and Ølstad left."
    doc = spacy.blank("en")(text)
    assert capitalised_indices(doc) == [t.i for t in doc if t.text[:1].isupper()]
    assert title_indices(doc) == [t.i for t in doc if t.is_title]
    assert capitalised_indices(spacy.blank("en")("")) == []


def test_distinct_lowers_are_the_words_lower_case() -> None:
    doc = spacy.blank("en")("Talks resumed; TALKS stalled, then talks ended.")
    assert distinct_lowers(doc) == {t.lower_ for t in doc}
