"""Criticism carried by what is said (stop-45 recall reading r14, class 1; content15). Our own sentences.

The speech verb is neutral (said, told, a quote); the criticism is the reported clause's predicate,
a closed class of verdicts on an actor (codebook `pos: verdict` rows):

- Failing those one serves ("failed the voters", "has failed its tenants") blames the failer (111);
  failing an exam, a test or a vote blames no one.
- Having no idea, no clue, no grasp of something is a verdict of unfitness as "clueless" is (111);
  having an idea, or no idea of a fact ("had no idea the road was closed"), is none.
- Saying an actor lied is an accusation (112), that it is corrupt one of corruption (1121).
- Nothing for a denied verdict, a question, one's own failing, or a verdict on no actor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


def _accusations(nlp: Language, text: str) -> list:
    return [e for e in code(nlp, text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "speaker", "judged"),
    [
        (
            "The Kenyan senator said the education ministry failed the pupils.",
            "Kenyan senator",
            "education ministry",
        ),
        ('"The city council has failed its tenants," the mayor said.', "mayor", "city council"),
        (
            "The opposition leader told reporters the cabinet had failed the country.",
            "opposition leader",
            "cabinet",
        ),
    ],
)
def test_failing_those_one_serves_is_blame(nlp: Language, text: str, speaker: str, judged: str) -> None:
    accuse = _accusations(nlp, text)
    assert accuse, [(e.plover, e.rule) for e in code(nlp, text)]
    assert accuse[0].cameo == "111"
    assert {a.text for a in accuse[0].sources} == {speaker}
    assert {a.text for a in accuse[0].targets} == {judged}


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union said the education minister failed the driving test.",
        "The teachers' union said the education ministry did not fail the pupils.",
        '"We failed the pupils," the education minister said.',
        '"Did the ministry fail the pupils?" the teachers\' union asked.',
    ],
)
def test_failing_a_test_a_denial_a_question_or_ones_own_is_no_blame(nlp: Language, text: str) -> None:
    assert not _accusations(nlp, text), [(e.plover, e.rule) for e in code(nlp, text)]


@pytest.mark.parametrize(
    ("text", "speaker", "judged"),
    [
        (
            "The opposition leader told a rally that the agriculture minister has no idea what growers face.",
            "opposition leader",
            "agriculture minister",
        ),
        (
            '"The finance minister has no clue about pensions," the opposition leader said.',
            "opposition leader",
            "finance minister",
        ),
        ("The Kenyan senator said the cabinet had no grasp of the drought.", "Kenyan senator", "cabinet"),
    ],
)
def test_having_no_idea_is_a_verdict_of_unfitness(
    nlp: Language, text: str, speaker: str, judged: str
) -> None:
    accuse = _accusations(nlp, text)
    assert accuse, [(e.plover, e.rule) for e in code(nlp, text)]
    assert accuse[0].cameo == "111"
    assert {a.text for a in accuse[0].sources} == {speaker}
    assert {a.text for a in accuse[0].targets} == {judged}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan senator said the cabinet has an idea for the drought fund.",
        "The Kenyan senator said the cabinet had no idea the bridge was closed.",
        '"I had no idea," the agriculture minister said.',
        '"Does the cabinet have any idea what growers face?" the Kenyan senator asked.',
    ],
)
def test_an_idea_unknown_facts_ones_own_and_questions_judge_no_one(nlp: Language, text: str) -> None:
    assert not _accusations(nlp, text), [(e.plover, e.rule) for e in code(nlp, text)]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Kenyan senator said the health minister lied about the hospital contracts.", "112"),
        ("The Kenyan senator wrote that the health minister is corrupt.", "1121"),
    ],
)
def test_lying_and_corruption_said_of_an_actor_are_accusations(nlp: Language, text: str, cameo: str) -> None:
    accuse = _accusations(nlp, text)
    assert accuse, [(e.plover, e.rule) for e in code(nlp, text)]
    assert accuse[0].cameo == cameo
    assert {a.text for a in accuse[0].targets} == {"health minister"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan senator said the health minister is not corrupt.",
        '"I was wrong," the health minister said.',
        "The health minister said the rainfall forecast was wrong.",
    ],
)
def test_a_denied_verdict_ones_own_error_and_a_thing_judged_accuse_no_one(nlp: Language, text: str) -> None:
    assert not _accusations(nlp, text), [(e.plover, e.rule) for e in code(nlp, text)]
