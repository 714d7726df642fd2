"""The Doc helpers every stage leans on: tokens by attribute, the token at a character."""

from __future__ import annotations

import numpy as np
import spacy
from spacy.attrs import LOWER
from spacy.strings import get_string_id

from wirewatch.doctools import (
    capitalised_indices,
    distinct_lowers,
    expanded_range,
    expanded_root,
    in_values,
    indices_within,
    per_word,
    sentences,
    span_text,
    title_indices,
    token_at_or_after,
    token_indices,
    words_text,
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
    assert capitalised_indices(doc) == [t.i for t in doc if t.text[:1].isupper()]  # from what is kept
    assert title_indices(doc) == [t.i for t in doc if t.is_title]
    assert capitalised_indices(spacy.blank("en")("")) == []


def test_distinct_lowers_are_the_words_lower_case() -> None:
    doc = spacy.blank("en")("Talks resumed; TALKS stalled, then talks ended.")
    assert distinct_lowers(doc) == {t.lower_ for t in doc}


def test_in_values_agrees_with_isin_for_few_and_many_values() -> None:
    rng = np.random.default_rng(7)
    ids = np.array([get_string_id(f"w{n}") for n in range(600)], dtype=np.uint64)
    words = rng.choice(ids, size=400)  # an article's word ids, repeats and all
    for size in (0, 1, 2, 5, 300, 600):
        values = frozenset(int(v) for v in rng.choice(ids, size=size, replace=False))
        wanted = np.isin(words, np.fromiter(values, dtype=np.uint64, count=len(values)))
        assert in_values(words, values).tolist() == wanted.tolist(), size
    assert in_values(np.array([], dtype=np.uint64), frozenset({1, 2})).tolist() == []


def test_token_indices_finds_any_of_thousands_of_words() -> None:
    doc = spacy.blank("en")("Rebels shelled the town; the army SHELLED back and talks stalled.")
    lexicon = frozenset(get_string_id(f"filler{n}") for n in range(5000)) | {get_string_id("shelled")}
    assert [doc[i].text for i in token_indices(doc, LOWER, lexicon)] == ["shelled", "SHELLED"]


def test_span_text_is_the_spans_text(nlp: spacy.language.Language) -> None:
    doc = nlp('The envoy arrived in Doha.  "We will not  go back," she said.\n\nTalks resume on Monday. ')
    spans = [*sentences(doc), doc[0:0], doc[3:9], doc[len(doc) - 2 :], doc[:]]
    assert [span_text(s) for s in spans] == [s.text for s in spans]


def test_indices_within_keeps_the_indices_of_a_range() -> None:
    indices = [2, 5, 5, 9, 14]
    assert list(indices_within(indices, 5, 14)) == [5, 5, 9]
    assert list(indices_within(indices, 0, 2)) == []
    assert list(indices_within(indices, 10, 99)) == [14]


def test_expanded_range_is_char_spans_at_every_pair_of_characters() -> None:
    for text in ('The envoy said: "We will not  go back."\n\n Then he left. ', "", " Kyiv", "x"):
        doc = spacy.blank("en")(text)
        for start in range(-1, len(text) + 2):
            for end in range(start, len(text) + 2):
                span = doc.char_span(start, end, alignment_mode="expand")
                words = expanded_range(doc, start, end)
                want = None if span is None else (span.start, span.end)
                assert (None if words is None else (words.start, words.stop)) == want, (text, start, end)


def test_expanded_root_is_the_char_spans_root(nlp: spacy.language.Language) -> None:
    text = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday."
    doc = nlp(text)
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            span = doc.char_span(start, end, alignment_mode="expand")
            want = span.root.i if span is not None and len(span) else None
            root = expanded_root(doc, start, end)
            assert (root.i if root is not None else None) == want, (start, end)


def test_words_text_is_the_slices_text() -> None:
    doc = spacy.blank("en")('The  asylum-seekers\' lawyers met "Unity State" officials.\n\nThey left. ')
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert words_text(doc, start, end) == doc[start:end].text, (start, end)


def test_per_word_answers_once_per_word_and_doc() -> None:
    asked: list[int] = []

    @per_word
    def longer_than_three(token: spacy.tokens.Token) -> bool:
        asked.append(token.i)
        return len(token) > 3

    nlp = spacy.blank("en")
    first, second = nlp("Envoys met in Doha"), nlp("Envoys met in Doha")
    answers = [longer_than_three(t) for doc in (first, second, first) for t in doc]
    assert answers == [True, False, False, True] * 3
    assert asked == [0, 1, 2, 3, 0, 1, 2, 3]  # each Doc's words once
