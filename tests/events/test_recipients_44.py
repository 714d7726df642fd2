"""Recipients at stop 44: the one an act's noun falls on, named by a compound on it when its doer
is named elsewhere ("reopened the Navalny fraud probe"), and the target of a denial, which answers
only a claim told in its own sentence or the one before, never an inquiry or an accuser met
paragraphs earlier. The sentences are our own, with near readings that must not change.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import actor_names, code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Senator Maria Lopez spoke on Monday. The Senate ethics committee reopened the Lopez"
            " bribery probe.",
            "Lopez",
        ),
        (
            "Alexei Navalny was jailed in 2021. Prosecutors reopened the Navalny fraud investigation"
            " on Monday.",
            "Navalny",
        ),
    ],
)
def test_a_person_named_as_the_compound_of_a_probe_is_its_target(
    nlp: Language, text: str, target: str
) -> None:
    """CAMEO 090: with the doer the governing verb's subject (or the noun's owner), a person named
    as a compound on the inquiry noun is the one investigated."""
    event = find(code(nlp, text), "ACCUSE")
    assert any(target in n for n in actor_names(event.targets)), actor_names(event.targets)


@pytest.mark.parametrize(
    "text",
    [
        # a state body as the compound is the inquiry's doer, not its target
        "The Senate committee reopened the Justice Department bribery investigation.",
        # no actor in the compounds
        "The Senate ethics committee reopened the bribery probe.",
    ],
)
def test_a_compound_that_names_a_doer_or_no_actor_is_no_target(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert not event.targets, actor_names(event.targets)


def test_an_inquiry_told_before_is_no_claim_a_denial_answers(nlp: Language) -> None:
    """CAMEO 016 answers a claim's author: the investigators of an inquiry opened earlier made no
    claim, so a denial of "the allegations" with no claimant named keeps no target."""
    text = (
        "Police opened an investigation into the senator in March. The senator spoke at a rally on"
        " Sunday. The senator has denied the allegations."
    )
    assert not find(code(nlp, text), "REJECT").targets


def test_an_accuser_met_paragraphs_before_is_no_denial_s_target(nlp: Language) -> None:
    text = (
        "The opposition accused the minister of fraud in the spring.\n\nReporters waited outside the"
        " ministry for hours. A court hearing was set for May.\n\nThe minister denied the claims."
    )
    assert not find(code(nlp, text), "REJECT").targets


@pytest.mark.parametrize(
    "text",
    [
        "The opposition accused the minister of fraud. The minister denied the claims.",
        "The opposition accused the minister of fraud, and the minister denied the claims.",
    ],
)
def test_a_denial_right_after_the_accusation_answers_its_accuser(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "REJECT")
    assert {a.sector for a in event.targets} == {"OPP"}, actor_names(event.targets)
