"""A candidacy named as a description is the one candidate of the article who fits it (issue 10,
recall on political articles; `actors/candidates.py`): "several Republicans have withdrawn their
endorsement of the presidential nominee" left the nominee no actor, though the text had named him
"Republican presidential nominee Donald Trump". A party word on the description must be one the
text gave the candidate; two candidates that fit leave it unresolved. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from wirewatch.model import Article, Mention
from wirewatch.pipeline import code_docs

TWO = (
    "Democratic gubernatorial nominee Laura Kent toured the mill on Monday. "
    "Republican gubernatorial nominee Omar Pell spoke in Dayton. "
    "On Tuesday the farmers' union sharply criticized the {} nominee."
)


def _described(nlp: Language, text: str) -> list[Mention]:
    coded = code_docs(nlp, [Article(article_id="nominee", text=text, published=dt.date(2019, 5, 7))])
    return [m for c in coded for m in c.mentions if m.rule == "description"]


def test_the_nominee_is_the_candidate_the_text_called_so(nlp: Language) -> None:
    text = (
        "Republican gubernatorial nominee Omar Pell toured the mill on Monday. "
        "On Tuesday the farmers' union withdrew its endorsement of the gubernatorial nominee."
    )
    assert [m.name for m in _described(nlp, text)] == ["Omar Pell"]


def test_a_party_word_tells_which_of_two_nominees_is_meant(nlp: Language) -> None:
    assert [m.name for m in _described(nlp, TWO.format("Republican"))] == ["Omar Pell"]
    assert not _described(nlp, TWO.format("gubernatorial"))  # both fit: no one is chosen


def test_a_partys_own_nominee_is_its_candidate(nlp: Language) -> None:
    """ "their own nominee", "the party's candidate": a candidacy owned by its party is as definite
    as "the nominee"."""
    text = (
        "Republican gubernatorial nominee Omar Pell toured the mill on Monday. "
        "The recording led Republicans to rebuke their own gubernatorial nominee on Tuesday."
    )
    assert [m.name for m in _described(nlp, text)] == ["Omar Pell"]
