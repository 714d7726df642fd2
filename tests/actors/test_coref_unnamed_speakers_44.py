"""Coreference classes of stop 44 (coref8). Sentences written for these tests.

- Plural speakers named by a common noun that is no actor ("the study's authors say",
  "researchers said") are who a "they" after them goes on with: the "they" stays unresolved (or is
  the body named in the speakers' phrase), never a plural they spoke of or studied.
- A subject "it" of a verb of what a text holds ("describes", "documents", "recommends") after a
  text an actor took up ("rejected a report") is that text: no actor, unless its issuer is named.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

from wirewatch.actors.coref import Coreference

pytestmark = pytest.mark.slow


def _antecedents(nlp: Language, text: str, word: str) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    return [m.name or m.text for m in Coreference.of(doc, doc._.mentions or []).antecedents(head)]


def test_they_after_unnamed_authors_is_not_the_people_studied(nlp: Language) -> None:
    text = (
        "A study followed 2,400 pensioners in Lisbon for ten years.\n\n"
        "The study's authors say the results show a clear trend. "
        "They urge the government to raise the winter fuel allowance."
    )
    assert _antecedents(nlp, text, "They") == []
    urges = [e for e in code(nlp, text) if e.trigger.text == "urge"]
    assert all(s.text != "pensioners" for e in urges for s in e.sources)


def test_they_after_unnamed_researchers_is_the_body_they_work_for(nlp: Language) -> None:
    text = (
        "Researchers at the University of Nairobi said a survey of 600 farmers found crop losses. "
        "They called for drought insurance."
    )
    assert _antecedents(nlp, text, "They") == ["University"]  # the mention of the University of Nairobi


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (  # a plural speaker that is an actor keeps the "they"
            "Police detained 40 migrants near the border on Monday. Aid workers said conditions in "
            "the camp were poor. They asked the ministry for more tents.",
            ["Aid workers"],
        ),
        (  # no unnamed speaker: the actor named before
            "The rebels freed 12 hostages on Monday after talks with village elders. "
            "They said the release was a goodwill gesture.",
            ["rebels"],
        ),
    ],
)
def test_they_with_no_unnamed_speaker_is_unchanged(nlp: Language, text: str, meant: list[str]) -> None:
    assert _antecedents(nlp, text, "They") == meant


def test_it_that_describes_after_a_rejected_report_is_the_report(nlp: Language) -> None:
    text = "The army rejected a report on Tuesday. It describes beatings of detainees."
    assert _antecedents(nlp, text, "It") == []


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (  # it speaks of the report: the ministry
            "The interior ministry dismissed a report on Friday. It described the report as lies "
            "spread by the opposition.",
            ["interior ministry"],
        ),
        (  # no text between: the junta
            "The junta foiled a coup attempt on Friday. It described the plotters as traitors.",
            ["junta"],
        ),
        (  # "it said" goes on with the one who took the report up
            "The army rejected a report on Tuesday. It said the report was false.",
            ["army"],
        ),
        (  # a text whose issuer is named stands for its issuer
            "Human Rights Watch released a report on Monday. It documents 30 killings by police in Lagos.",
            ["Human Rights Watch"],
        ),
    ],
)
def test_it_that_is_no_text_keeps_its_actor(nlp: Language, text: str, meant: list[str]) -> None:
    assert _antecedents(nlp, text, "It") == meant
