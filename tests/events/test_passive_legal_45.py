"""Recall and precision of stop 45's legal acts (passive13). Our own sentences.

- A verdict that ends a prosecution told in the agentless passive ("was acquitted of sedition",
  "were exonerated", "was cleared of corruption charges") is the courts' (JUD, implied), as an
  agentless "was convicted" already is: CAMEO 081 to the one acquitted. "The road was cleared"
  and "cleared for landing" are no verdicts.
- What a bill, measure or deal would allow its subject-bearing infinitive to do ("a bill that
  would allow farmers to sue the government", "a measure that would enable police to arrest")
  is the provision's content, as "a bill that would impose sanctions" already is: hypothetical,
  nobody's intent (it was read as the farmers' future). Leave actually given ("the judge allowed
  the families to sue") stays a concession, and an act done outright ("the families sued")
  stays actual.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "country", "target"),
    [
        ("Two Ugandan journalists were acquitted of sedition in 2019.", "UGA", "Ugandan journalists"),
        ("The Peruvian former president was exonerated last year.", "PER", "Peruvian former president"),
        ("The Bolivian minister was cleared of corruption charges.", "BOL", "Bolivian minister"),
    ],
)
def test_an_agentless_acquittal_is_the_courts(nlp: Language, text: str, country: str, target: str) -> None:
    found = [e for e in code(nlp, text) if e.cameo == "081"]
    assert found, [(e.plover, e.rule) for e in code(nlp, text)]
    assert [(s.country, s.sector) for s in found[0].sources] == [(country, "JUD")]
    assert target in [t.text for t in found[0].targets]


@pytest.mark.parametrize(
    "text",
    [
        "The road to the Bolivian border was cleared.",
        "The Kenyan pilot was cleared for landing in Nairobi.",
    ],
)
def test_clearing_that_is_no_verdict_is_no_acquittal(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "081"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Parliament passed a bill that would allow Kenyan farmers to sue the Ugandan government.", "ACCUSE"),
        (
            "The senators backed a measure that would enable Egyptian police to arrest opposition leaders.",
            "COERCE",
        ),
    ],
)
def test_what_a_provision_would_allow_is_not_done(nlp: Language, text: str, plover: str) -> None:
    # a provision's content, not done nor intended by the one given leave: not actual or future
    found = [e for e in code(nlp, text) if e.plover == plover]
    assert found and {e.modality for e in found} == {"hypothetical"}


def test_leave_given_stays_a_concession(nlp: Language) -> None:
    events = code(nlp, "A US judge allowed American families to sue the Saudi government.")
    allowed = [e for e in events if e.cameo == "080"]
    assert allowed and allowed[0].modality == "actual"


def test_a_suit_filed_outright_is_actual(nlp: Language) -> None:
    events = code(nlp, "American families sued the Saudi government in a New York court.")
    assert [e for e in events if e.plover == "ACCUSE" and e.modality == "actual"]
