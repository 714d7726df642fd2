"""Recipients the sentence or the one before names, left out (stop 43, targets5). The sentences
are our own.

- A summary noun set off after a clause ("..., a move that the AU criticised") restates that
  clause's act; a relative clause that judges the noun judges whoever did the act. A relative
  clause whose pronoun is the doer ("a move that angered ...") judges no one.
- A meeting whose modifier names a body ("an emergency cabinet meeting", "a NATO meeting") meets
  that body; a place or a day before "meeting" is no party.
- A bare noun the act is aimed at that points back ("that order", "this ban", "the move") stands
  for the act told before it: whoever gave the order or imposed the ban is the target. A noun
  with a phrase of its own, or an act only reported in speech, names no one this way.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


def _targets(nlp: Language, text: str, rule: str) -> list[str]:
    return [m.text for m in by_rule(code(nlp, text), rule).targets]


@pytest.mark.parametrize(
    ("text", "rule", "target"),
    [
        ("The junta dissolved the parliament, a move that the African Union criticised.", "accuse", "junta"),
        (
            "The Interior Ministry has closed three border crossings, a decision that the European Union "
            "has condemned as reckless.",
            "accuse.condemn",
            "Interior Ministry",
        ),
    ],
)
def test_a_summary_noun_judged_in_a_relative_clause_targets_the_doer(
    nlp: Language, text: str, rule: str, target: str
) -> None:
    assert target in _targets(nlp, text, rule)


def test_a_summary_noun_that_does_the_act_itself_targets_no_doer(nlp: Language) -> None:
    events = code(nlp, "The minister resigned on Friday, a move that surprised the opposition.")
    assert not [e for e in events if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The president called an emergency cabinet meeting to discuss the bombing.", "cabinet"),
        ("The prime minister chaired a cabinet meeting on Tuesday.", "cabinet"),
        ("The defence minister attended a NATO meeting in Brussels.", "NATO"),
    ],
)
def test_a_meeting_of_a_body_named_before_it_meets_the_body(nlp: Language, text: str, target: str) -> None:
    assert target in _targets(nlp, text, "consult.meeting")


@pytest.mark.parametrize(
    "text",
    [
        "The president attended a Tuesday meeting.",
        "The senator attended a Brussels meeting on Thursday.",
        "The foreign minister attended a Geneva meeting last week.",
    ],
)
def test_a_day_or_a_place_before_meeting_is_no_party(nlp: Language, text: str) -> None:
    assert _targets(nlp, text, "consult.meeting") == []


@pytest.mark.parametrize(
    ("text", "rule", "target"),
    [
        (
            "The parliament ordered the ministry to publish the report. The minister rejected that order.",
            "reject",
            "parliament",
        ),
        (
            "The junta dissolved parliament on Monday. The African Union condemned the move.",
            "accuse",
            "junta",
        ),
        (
            "The court banned the newspaper last week. Journalists protested against that ban.",
            "protest",
            "court",
        ),
        ("The court banned the newspaper, and journalists protested against that ban.", "protest", "court"),
    ],
)
def test_a_noun_pointing_back_at_an_act_targets_its_doer(
    nlp: Language, text: str, rule: str, target: str
) -> None:
    assert target in _targets(nlp, text, rule)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "The junta dissolved parliament on Monday. The African Union condemned the ban on protests.",
            "accuse",
        ),
        ("The minister said the army would withdraw. Rebels rejected the move.", "reject"),
    ],
)
def test_a_noun_with_its_own_phrase_or_a_reported_act_points_back_at_no_one(
    nlp: Language, text: str, rule: str
) -> None:
    assert _targets(nlp, text, rule) == []
