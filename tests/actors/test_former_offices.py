"""A former office named as a description is the person of the knowledge base who had left it by
the article's date and was named before (issue 11; `actors/former_offices.py`): "Hillary
Clinton ... the former secretary of state said" names her though the text never gave her that
office. One still in office is no "former" holder, and an undated story says no one had left
an office. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from wirewatch.model import Article, Mention
from wirewatch.pipeline import code_docs

TEXT = (
    "Hillary Clinton spoke to supporters in Ohio on Monday. "
    "The former secretary of state accused Donald Trump of lying about his taxes."
)


def _described(nlp: Language, text: str, published: dt.date | None) -> list[Mention]:
    coded = code_docs(nlp, [Article(article_id="former", text=text, published=published)])
    return [m for c in coded for m in c.mentions if m.rule == "description"]


def test_a_former_office_names_the_earlier_person_who_left_it(nlp: Language) -> None:
    (found,) = _described(nlp, TEXT, dt.date(2016, 9, 20))
    assert found.text.startswith("The former secretary")
    assert found.name == "Hillary Clinton"


def test_no_one_in_office_then_and_no_undated_story_makes_a_former_holder(nlp: Language) -> None:
    assert not _described(nlp, TEXT, dt.date(2010, 5, 1))  # she held the office then
    assert not _described(nlp, TEXT, None)
