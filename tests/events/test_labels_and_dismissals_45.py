"""Verbal conflict told without an accuse verb (stop-45 recall readings r13/r14, labels13). Our own
sentences.

- Referring to someone as one of the names the codebook already treats as insults (`names_called`,
  `described_as`, `belittling`) is name-calling (CAMEO 111); a neutral name is none.
- The names that belittle a person pass the same verdict in a reported clause or a quote.
- Disagreeing with an actor is disapproval (CAMEO 110, ACCUSE); with a thing, or with no one named,
  nothing.
- Waving off or aside, downplaying, or not buying another's words, claims or reports dismisses
  them (CAMEO 120, REJECT); the same verbs with other objects dismiss nothing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


def _coded(nlp: Language, text: str, plover: str) -> list:
    return [e for e in code(nlp, text) if e.plover == plover]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan senator referred to the finance minister as a charlatan.",
        'The Kenyan senator referred to the finance minister as "a spineless weakling".',
    ],
)
def test_referring_to_someone_by_an_insult_is_criticism(nlp: Language, text: str) -> None:
    accuse = _coded(nlp, text, "ACCUSE")
    assert accuse, [(e.plover, e.rule) for e in code(nlp, text)]
    assert accuse[0].cameo == "111"
    assert {a.text for a in accuse[0].sources} == {"Kenyan senator"}
    assert {a.text for a in accuse[0].targets} == {"finance minister"}


def test_referring_to_someone_by_a_neutral_name_is_none(nlp: Language) -> None:
    text = "The Kenyan senator referred to the finance minister as the architect of the deal."
    assert not _coded(nlp, text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International said the Brazilian governor is a coward.",
        '"The Brazilian governor is a demagogue," Amnesty International said.',
    ],
)
def test_a_belittling_name_said_of_an_actor_is_a_verdict(nlp: Language, text: str) -> None:
    accuse = _coded(nlp, text, "ACCUSE")
    assert accuse, [(e.plover, e.rule) for e in code(nlp, text)]
    assert {a.text for a in accuse[0].sources} == {"Amnesty International"}
    assert {a.text for a in accuse[0].targets} == {"Brazilian governor"}


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International said the storm was a monster.",
        "Amnesty International said the Brazilian governor is a friend.",
    ],
)
def test_no_insult_or_no_actor_is_no_verdict(nlp: Language, text: str) -> None:
    assert not _coded(nlp, text, "ACCUSE")


def test_disagreeing_with_an_actor_is_disapproval(nlp: Language) -> None:
    accuse = _coded(nlp, "The Democratic senator disagrees with the president on the trade bill.", "ACCUSE")
    assert accuse and accuse[0].cameo == "110"
    assert {a.text for a in accuse[0].targets} == {"president"}


@pytest.mark.parametrize(
    "text",
    [
        "The Democratic senator disagreed with the report's findings.",
        "The Kenyan and Ugandan ministers disagreed on the tariffs.",
    ],
)
def test_disagreeing_with_no_actor_named_is_none(nlp: Language, text: str) -> None:
    assert not _coded(nlp, text, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Opposition leaders in Kenya aren't buying the government's explanation.", "Opposition leaders"),
        ("The Kenyan president waved aside the allegations of the opposition.", "Kenyan president"),
        ("The Nigerian government downplayed the report by Amnesty International.", "Nigerian government"),
    ],
)
def test_words_waved_off_downplayed_or_not_bought_are_rejected(nlp: Language, text: str, source: str) -> None:
    reject = _coded(nlp, text, "REJECT")
    assert reject, [(e.plover, e.rule) for e in code(nlp, text)]
    assert reject[0].cameo == "120"
    assert {a.text for a in reject[0].sources} == {source}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan army bought weapons from Israel.",
        "The Nigerian government downplayed the risk of floods.",
        "The Kenyan police officer waved off the lorries at the border.",
    ],
)
def test_the_same_verbs_with_no_words_to_dismiss_reject_nothing(nlp: Language, text: str) -> None:
    assert not _coded(nlp, text, "REJECT")
