"""An act that a blame predicate says someone did not do is no act of theirs (issue 10, scope:
"negation scope follows the parse"). Sentences written by the team about invented facts.

"X was responsible for the attack" codes the attack as X's (the predicate holds them to have done
it, as "guilty of" and "complicit in" do); with the copula negated, "X was not responsible for the
attack", the parse puts the "not" on "was", and the attack was coded as X's, affirmed. An
adjective predicate's negation is on its copula: it denies the act the predicate holds them to.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The militia was not responsible for the bombing of the market in Kismayo, the inquiry found.",
        "Investigators said the police unit was not guilty of torturing the detainees in Kano.",
        "Ethiopia said the army was never complicit in the massacre of villagers in Kilo.",
    ],
)
def test_a_denied_blame_denies_the_act(nlp: Language, text: str) -> None:
    acts = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert acts and all(e.polarity == "negated" for e in acts), [(e.rule, e.polarity) for e in acts]


@pytest.mark.parametrize(
    "text",
    [
        "The Ogaden rebels said they were not responsible for the attack on the Ethiopian army convoy.",
        "Ethiopia said the Ethiopian army was never complicit in the massacre of villagers in Kilo.",
    ],
)
def test_a_blame_its_doers_side_denies_is_a_denial(nlp: Language, text: str) -> None:
    # stop 39: said by the doers' own side, the denied act is their denial (CAMEO 016), no act
    events = code(nlp, text)
    assert find(events, "REJECT").cameo == "016"
    assert not [e for e in events if e.plover == "ASSAULT" and e.polarity == "affirmed"]


@pytest.mark.parametrize(
    "text",
    [
        "The Ogaden rebels said they were responsible for the attack on the Ethiopian army convoy.",
        "The inquiry found the police unit guilty of torturing the detainees in Kano.",
    ],
)
def test_a_blame_held_is_the_act(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "ASSAULT").polarity == "affirmed"


def test_a_negated_feeling_about_an_act_does_not_deny_it(nlp: Language) -> None:
    # the copula's "not" is the predicate's only where the predicate holds someone to the act
    text = "The governor was not happy with the airstrikes on the port of Hodeidah."
    events = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert all(e.polarity == "affirmed" for e in events), [(e.rule, e.polarity) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Ogaden rebels denied that they were responsible for the attack on the Ethiopian army convoy.",
        "Eritrea has denied that its army was complicit in the massacre of villagers in Kilo.",
    ],
)
def test_a_blame_denied_in_a_clause_is_no_act(nlp: Language, text: str) -> None:
    # the denial is the event; the act it denies is not asserted (as "denied attacking")
    events = code(nlp, text)
    assert find(events, "REJECT").cameo == "016"
    acts = [e for e in events if e.plover == "ASSAULT"]
    assert all(e.modality == "hypothetical" for e in acts), [(e.rule, e.modality) for e in acts]
