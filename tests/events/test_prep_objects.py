"""The objects of a word's prepositional phrases that may name a party (events/roles.py
prep_objects), read once per word and Doc: the same as reading the word's children each time.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Set

from spacy.language import Language
from spacy.tokens import Token

from wirewatch.events.roles import names_no_party, prep_objects

SENTENCES = (
    "Together with Canada, Mexico sued the company over its sales of arms to Cuba and Iran.",
    "The envoy spoke with the rebels about a truce near the border with Turkey.",
    "Troops were deployed to the border with Niger, and the army granted asylum to two officers.",
)
PREPS = ({"to"}, {"about", "over", "against"}, {"with"}, {"of", "in", "to", "with"}, set())


def _scanned(token: Token, preps: Set[str]) -> list[int]:
    return [
        g.i
        for c in token.children
        if c.dep_ in ("prep", "dative") and c.lower_ in preps and not names_no_party(c)
        for g in c.children
        if g.dep_ == "pobj"
    ]


def test_prep_objects_read_once_are_those_of_the_words_children(nlp: Language) -> None:
    for doc in nlp.pipe(SENTENCES):
        for token in doc:
            for preps in PREPS:
                for _ in range(2):  # the second time from what the Doc keeps
                    assert [t.i for t in prep_objects(token, preps)] == _scanned(token, preps)
