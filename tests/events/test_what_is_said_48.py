"""Verbal acts told only by what a speaker says, and plain verbs of commitment, stop 48 (issue 10:
recall on political articles).

A claim called false by a verb of naming ("called the reports baseless", "labelled the claims false")
or in an "as" phrase the parse makes a clause ("described the allegations as baseless"), or said to be
fiction, a fabrication, inaccurate, or to have no truth or basis ("there was no truth to the reports")
is denied (PLOVER 2.0 REJECT, CAMEO 016) by the speaker, aimed at the claim's author. Backing or
disapproval the speaker's own side says it must give ("'we must stand by Taiwan'") is given as it is
said. Committing oneself to an act or a plan is a promise (AGREE), not made when denied. The same words
on no claim, with "some" truth, told of another side, asked, or of a material act, are none of these.
The sentences are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Kremlin called the British allegations baseless.", "RUS", "GBR"),
        ("The Chinese foreign ministry labelled the American claims false.", "CHN", "USA"),
        ("The Kremlin described the British allegations as baseless.", "RUS", "GBR"),
        ("The Kremlin said the British report was pure fiction.", "RUS", "GBR"),
        ("The Iranian foreign ministry said the Israeli claims were a complete fabrication.", "IRN", "ISR"),
        ("A Kremlin spokesman said there was no truth to the British reports.", "RUS", "GBR"),
        (
            '"There is no basis for these Japanese accusations," the Chinese foreign ministry said.',
            "CHN",
            "JPN",
        ),
    ],
)
def test_a_claim_called_false_is_denied(nlp: Language, text: str, source: str, target: str) -> None:
    """CAMEO 016, deny responsibility: made as it is said, aimed at the claim's author."""
    event = find(code(nlp, text), "REJECT")
    assert event.cameo == "016" and event.polarity == "affirmed" and event.modality == "actual", event
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        # a ground the claim has
        "A Kremlin spokesman said there was some truth to the British reports.",
        # truth affirmed
        "The Russian foreign minister said the British report was the truth.",
        # no claim
        "The Russian foreign minister said there was no basis for a tax cut.",
        "The Russian foreign ministry said the weather forecast was inaccurate.",
        # the calling denied
        "The Kremlin did not describe the British allegations as baseless.",
    ],
)
def test_no_denial_without_a_claim_said_to_be_false(nlp: Language, text: str) -> None:
    denials = [e for e in code(nlp, text) if e.plover == "REJECT" and e.polarity == "affirmed"]
    assert not denials, denials


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ('"We should back Taiwan," the American envoy said.', "SUPPORT", "USA", "TWN"),
        ('"We need to support Ukraine," the French president said.', "SUPPORT", "FRA", "UKR"),
        ('"We must stand by Taiwan," the American envoy said.', "SUPPORT", "USA", "TWN"),
    ],
)
def test_backing_ones_own_side_says_it_must_give_is_given(
    nlp: Language, text: str, plover: str, source: str, target: str
) -> None:
    """The speaker's "we must back them" is verbal support (CAMEO 051), given as it is said."""
    event = find(code(nlp, text), plover)
    assert event.modality == "actual" and event.polarity == "affirmed", event
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # asked
        ('"Should we back Taiwan?" the American envoy asked.', "SUPPORT"),
        # on a condition
        ('"If we must back Taiwan, we will," the American envoy said.', "SUPPORT"),
        # another side's duty: a request to it, its act not done
        ('"Germany should support Ukraine," the French president said.', "SUPPORT"),
        # a material act the speaker's side must do is not done by saying so
        ('"We must send troops to Ukraine," the French president said.', "MOBILIZE"),
    ],
)
def test_no_act_given_when_asked_conditional_anothers_or_material(
    nlp: Language, text: str, plover: str
) -> None:
    done = [e for e in code(nlp, text) if e.plover == plover and e.modality == "actual"]
    assert not done, done


@pytest.mark.parametrize(
    ("text", "cameo", "polarity"),
    [
        ("Germany committed to deeper cuts in its emissions.", "030", "affirmed"),
        ("The German chancellor has not committed to any new sanctions on Russia.", "030", "negated"),
        # the act committed to, intended (CAMEO 0356, promise to withdraw), in the gerund or the infinitive
        ("Germany has committed to withdrawing its troops from Mali.", "0356", "affirmed"),
        ("Germany has committed to withdraw its troops from Mali.", "0356", "affirmed"),
    ],
)
def test_committing_oneself_to_an_act_is_a_promise(
    nlp: Language, text: str, cameo: str, polarity: str
) -> None:
    events = code(nlp, text)
    assert [(e.cameo, e.polarity) for e in events] == [(cameo, polarity)], events
    assert {a.country for a in events[0].sources} == {"DEU"}, events


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was committed to trial on Monday.",
        "The killer was committed to a psychiatric hospital.",
        "Canada is committed to the defence of Latvia.",
        "As a young woman she committed herself to the church and to the ministry of an evangelist.",
    ],
)
def test_no_promise_from_a_sending_or_a_stance(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "AGREE"], code(nlp, text)
