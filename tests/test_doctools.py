"""The Doc helpers every stage leans on: tokens by attribute, the token at a character."""

from __future__ import annotations

import spacy
from spacy.attrs import LOWER
from spacy.strings import get_string_id

from wirewatch.doctools import token_at_or_after, token_indices


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
