"""Verdicts on an actor's act, decision or policy told in reported speech, stop 39 (issue 10).

A speaker says another actor's act was unjustified, unfair or inappropriate (an evaluative adjective
of legitimacy, no accusing verb), or regrets another's decision: the speaker condemns (111) the
act's doer. The sentences are our own, with the near sentences that must code no verdict.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule", "source", "target"),
    [
        (
            "The Norwegian ministry said the Swedish tariff was unjustified.",
            "accuse.verdict-unjustified",
            "NOR",
            "SWE",
        ),
        (
            "The Kenyan minister said the Ugandan ban on imports was unfair.",
            "accuse.verdict-unfair",
            "KEN",
            "UGA",
        ),
        (
            "The Peruvian envoy said Bolivia's expulsion of the diplomats was inappropriate.",
            "accuse.verdict-inappropriate",
            "PER",
            "BOL",
        ),
        ("France regretted Washington's decision to quit the treaty.", "accuse.regret", "FRA", "USA"),
        (
            "The Danish government regrets the Icelandic decision to close the embassy.",
            "accuse.regret",
            "DNK",
            "ISL",
        ),
    ],
)
def test_a_verdict_on_anothers_act_accuses_its_doer(
    nlp: Language, text: str, rule: str, source: str, target: str
) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert (event.cameo, event.rule) == ("111", rule)
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        # denied
        "The Kenyan minister said the Ugandan ban on imports was not unfair.",
        # a question
        "The Kenyan minister asked whether the Ugandan ban on imports was unfair.",
        # a condition
        "If the Ugandan ban on imports is renewed, it would be unfair, the Kenyan minister said.",
        # no speaker
        "The Ugandan ban on imports was unfair.",
        # no actor behind the thing judged
        "The Kenyan minister said the weather was unfair.",
        "France regretted the loss of life.",
        # the speaker's own act
        "The Kenyan minister said Kenya's own ban on imports was unfair.",
        "France regretted its decision to quit the treaty.",
    ],
)
def test_no_verdict_on_an_act_denied_asked_unspoken_ownerless_or_own(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.plover == "ACCUSE"]
    assert not events, [(e.plover, e.rule, dyad(e)) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister asked whether the Ugandan ban on imports was illegal.",
        "The Kenyan minister said Kenya's own ban on imports was illegal.",
    ],
)
def test_a_verdict_asked_about_or_passed_on_the_speakers_own_act_is_none(nlp: Language, text: str) -> None:
    """A question ("asked whether ... was illegal") passes no verdict; nor does a speaker on the act
    of the state it speaks for: no accusation, not even one with no target."""
    events = [e for e in code(nlp, text) if e.plover == "ACCUSE"]
    assert not events, [(e.plover, e.rule, dyad(e)) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Russian foreign ministry viewed Washington's move as a provocation.", "RUS", "USA"),
        ("The Kenyan government sees the Ugandan ban as unfair.", "KEN", "UGA"),
        ("Ireland regards the Israeli settlements as illegal.", "IRL", "ISR"),
    ],
)
def test_a_view_of_anothers_act_as_a_wrong_accuses_its_doer(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "viewed Washington's move as a provocation": the one who holds the view condemns the doer."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111"
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "Ireland does not regard the Israeli settlements as illegal.",
        "Ireland regards the Israeli settlements as a housing project.",
        "The Kenyan government sees the rain as unfair.",
        "Ireland regards its own settlements policy as unfair.",
        "The Kenyan government sees Kenya's own ban on imports as unfair.",
    ],
)
def test_no_verdict_in_a_denied_neutral_ownerless_or_own_view(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.plover == "ACCUSE"]
    assert not events, [(e.plover, e.rule, dyad(e)) for e in events]
