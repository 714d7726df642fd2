"""Scope classes of stop 45, on sentences written by the team: an act put off is not done (and no one
refused it), and a relative clause told in a past tense of its own is real under a condition."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


# 1. Postponement: "delayed lifting the ban" lifts nothing, and refuses nothing either.


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian cabinet has delayed lifting its embargo on Togolese poultry.",
        "The Ghanaian cabinet postponed lifting its embargo on Togolese poultry.",
    ],
)
def test_a_lifting_put_off_is_no_concession(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "CONCEDE" and e.polarity == "affirmed"]
    assert not [e for e in events if e.plover == "REJECT"]


def test_an_easing_put_off_is_no_refusal(nlp: Language) -> None:
    events = code(nlp, "The Ghanaian authorities postponed easing the curfew in Accra.")
    assert not [e for e in events if e.polarity == "affirmed" and e.plover in ("CONCEDE", "REJECT")]


def test_talks_postponed_were_not_held(nlp: Language) -> None:
    talks = find(code(nlp, "Ghana and Togo postponed their border talks until April."), "CONSULT")
    assert talks.polarity == "negated"


def test_a_lifting_after_a_delay_is_a_concession(nlp: Language) -> None:
    lifting = find(
        code(nlp, "After months of delay the Ghanaian cabinet lifted its embargo on Togolese poultry."),
        "CONCEDE",
    )
    assert lifting.polarity == "affirmed"


# 2. A condition does not reach into a relative clause with a past tense of its own.


def test_the_urging_by_those_not_heeded_happened(nlp: Language) -> None:
    text = (
        "The truce might have lasted if the militia had listened to the Ghanaian envoys who urged restraint."
    )
    urging = find(code(nlp, text), "REQUEST")
    assert urging.modality == "actual"


def test_a_relative_clause_with_a_modal_stays_under_the_condition(nlp: Language) -> None:
    text = "The truce would last if the militia heeded the Ghanaian envoys who would urge restraint."
    assert find(code(nlp, text), "REQUEST").modality == "hypothetical"


def test_the_conditional_act_itself_stays_hypothetical(nlp: Language) -> None:
    text = "If the militia attacks the Ghanaian soldiers who guarded the border, the army will respond."
    assert find(code(nlp, text), "ASSAULT").modality == "hypothetical"
