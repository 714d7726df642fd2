"""A rule's PLOVER type and CAMEO code say one thing (stop 42, types4).

PLOVER's CAMEO table gives each CAMEO code its PLOVER type (cameo.tsv): plain agreement and an
accepted offer are intent to cooperate (CAMEO 030, AGREE), not a signed agreement (057, SUPPORT);
a resignation stays RETREAT, as PLOVER 2.0's modes and its GSR gold have it (an allowed difference:
tests/test_codebook.py PLOVER_DIFFERS); an indictment is ACCUSE with CAMEO 173 (charge with legal
action), another allowed difference, while an arrest is COERCE 173. The sentences are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia agreed with Peru on a joint patrol of the lake.",
        "The Malian junta accepted the regional bloc's proposal for a transition.",
        "The Guatemalan government took up Mexico's offer of talks on migration.",
    ],
)
def test_agreeing_is_intent_to_cooperate(nlp: Language, text: str) -> None:
    agreement = find(code(nlp, text), "AGREE")
    assert agreement.cameo.startswith("03")


def test_a_signed_agreement_stays_a_formal_agreement(nlp: Language) -> None:
    deal = find(code(nlp, "Bolivia signed an agreement with Peru on a joint patrol of the lake."), "SUPPORT")
    assert deal.cameo == "057"


@pytest.mark.parametrize(
    "text",
    [
        "Malawi's finance minister resigned on Thursday.",
        "The Latvian prime minister stepped down after the vote.",
        "The Slovak interior minister announced his resignation on Monday.",
    ],
)
def test_a_resignation_is_a_retreat_from_office(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    resignation = find(events, "RETREAT")
    assert (resignation.cameo, resignation.mode) == ("083", "resign")
    assert not [e for e in events if e.plover == "CONCEDE"]


def test_a_release_is_still_a_retreat(nlp: Language) -> None:
    release = find(code(nlp, "Chad released three detained Nigerien journalists on Thursday."), "RETREAT")
    assert release.mode == "release"


def test_an_indictment_is_an_accusation_with_cameos_charge(nlp: Language) -> None:
    events = code(nlp, "A Bolivian court indicted the former mayor of La Paz on Tuesday.")
    indictment = find(events, "ACCUSE")
    assert indictment.cameo == "173"


def test_an_arrest_is_still_coercion(nlp: Language) -> None:
    arrest = find(code(nlp, "Bolivian police arrested the former mayor of La Paz on Tuesday."), "COERCE")
    assert arrest.cameo == "173"
