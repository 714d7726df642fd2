"""What a quote says under a plain "said", stop 43 (issue 10: recall on political articles).

Criticism and threats told only by the words a speaker is quoted or reported saying, under a
neutral speech verb: a verdict in a "which" clause on what the speaker just told ("they sent us a
diktat, which is insulting"), a verdict noun of letdown or affront ("the offer is an affront"), and
a condition laid on another with what will follow if it is unmet ("unless they withdraw, we will
act": PLOVER THREATEN). "Must stop or face sanctions" stays a demand, as the PLOVER GSR codes it.
The sentences are our own, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            '"Madrid sent our fishermen an eviction order, which is frankly insulting," the Portuguese '
            "fisheries minister said.",
            "PRT",
            "ESP",
        ),
        (
            '"Warsaw has closed the border crossings to our lorries, which is outrageous," the '
            "Lithuanian transport minister said.",
            "LTU",
            "POL",
        ),
        (
            '"We were handed a list of demands by Ankara, which is totally insulting," the Greek '
            "foreign minister said.",
            "GRC",
            "TUR",
        ),
        (
            "The Chilean foreign minister said Lima had expelled two consuls, which was unacceptable.",
            "CHL",
            "PER",
        ),
    ],
)
def test_a_which_clause_verdict_judges_the_doer_of_what_was_told(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 111: the verdict of a "which" clause judges the subject of the clause it hangs on."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111" and dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ('"The Danish quota offer is a real letdown for us," the Norwegian premier said.', "NOR", "DNK"),
        ('"The Hungarian veto is an affront to every member," the Austrian chancellor said.', "AUT", "HUN"),
        ('"Frankly, the Serbian proposal was a disappointment," the Croatian premier said.', "HRV", "SRB"),
    ],
)
def test_a_quoted_noun_of_letdown_or_affront_is_a_verdict(
    nlp: Language, text: str, source: str, target: str
) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111" and dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own act judged in the which clause
        '"We have closed the border crossings to Polish lorries, which is outrageous," the Lithuanian '
        "transport minister said.",
        # praise, not a verdict of wrong
        '"Madrid sent our fishermen a new offer, which is a real step forward," the Portuguese premier said.',
        # a denied verdict
        '"The Hungarian veto is not an affront to anyone," the Austrian chancellor said.',
        '"The Serbian proposal was no disappointment," the Croatian foreign minister said.',
        # the noun of feeling as an object, no verdict: left to its own rules
        "The Croatian premier hid her disappointment after the match against Serbia.",
    ],
)
def test_no_verdict_on_own_acts_praise_or_denied_verdicts(nlp: Language, text: str) -> None:
    accused = [e for e in code(nlp, text) if e.plover == "ACCUSE" and e.polarity == "affirmed"]
    assert not accused, accused


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            '"Unless Belgrade pulls its police out of the north, we will act," the Kosovar premier said.',
            "XKX",
            "SRB",
        ),
        (
            '"If Minsk does not release the crew, there will be consequences," the Lithuanian foreign '
            "minister said.",
            "LTU",
            "BLR",
        ),
        (
            "The Thai defence minister warned that unless Cambodia withdrew its troops from the temple, "
            "Thailand would respond.",
            "THA",
            "KHM",
        ),
    ],
)
def test_a_condition_with_what_will_follow_is_a_threat(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 130: the speaker threatens the one the unmet condition is laid on; the threat is made
    as it is said."""
    event = find(code(nlp, text), "THREATEN")
    assert event.cameo == "130" and event.modality == "actual", event
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        # a condition met, not unmet: an offer, no threat
        '"If Minsk releases the crew, we will reopen the consulate," the Lithuanian foreign minister said.',
        # what follows is another's act, not the speaker's
        '"Unless Belgrade pulls its police out, Albania will act," the Kosovar prime minister said.',
        # what follows is no consequence laid on anyone
        '"Unless Belgrade objects, there will be elections in June," the Kosovar prime minister said.',
        # the condition is the speaker's own
        '"Unless we get more funding, we will close the clinics," the Lithuanian health minister said.',
        # a fear, no one's words; and a forecast of another's lot
        "Thai officials fear Cambodia will lose the temple unless it wins the court case.",
        '"If the Cambodian army does not win, the opposition will pay a high price," a Thai professor said.',
    ],
)
def test_no_threat_without_an_unmet_condition_and_the_speakers_own_consequence(
    nlp: Language, text: str
) -> None:
    threats = [e for e in code(nlp, text) if e.rule.startswith(("threaten.unless", "threaten.if-not"))]
    assert not threats, threats


def test_must_or_face_stays_a_demand(nlp: Language) -> None:
    """The PLOVER GSR codes "must X or face Y" as a demand (REQUEST), not a threat."""
    events = code(nlp, "The Thai defence minister said Cambodia must withdraw its troops or face sanctions.")
    event = find(events, "REQUEST")
    assert dyad(event) == ({"THA"}, {"KHM"}), event
    assert not [e for e in events if e.rule.startswith("threaten.")], events
