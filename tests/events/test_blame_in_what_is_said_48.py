"""Blame told only in what a speaker says, stop 48 (blame48; the largest class of misses on one half
of fresh real news): after a neutral "said", the reported clause judges another actor's conduct, which
PLOVER 2.0 codes as ACCUSE (disapprove, CAMEO 111; 112 when a wrong is laid) by the speaker on the one
judged.

- Not doing enough, not keeping or honouring one's word, breaking it (codebook `do-enough`,
  `keep-word`, `honour-word`, `break-word`): blame; done or kept, praise (SUPPORT 051).
- A wrong laid by the copula's infinitive ("is to blame", "are more to blame"): the charge 112, as
  "blamed" lays it; denied ("is not to blame"), on the speaker's own side, or on no actor: nothing.
- A verdict said to fall short ("did not sufficiently protect") is denied, not left a negated praise.

The sentences are our own, about real kinds of events, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        (
            "The Japanese government says North Korea has not done enough to account for the abductees.",
            "111",
            "JPN",
            "PRK",
        ),
        (
            "The Indian foreign ministry said Pakistan did not do enough to stop the militants.",
            "111",
            "IND",
            "PAK",
        ),
        (
            "The Philippine president said China has broken its pledge to stay out of the shoal.",
            "111",
            "PHL",
            "CHN",
        ),
        (
            "The Ukrainian foreign minister said Russia had not kept its word on the grain corridor.",
            "111",
            "UKR",
            "RUS",
        ),
        ("The Greek prime minister said Turkey did not honour its commitment.", "111", "GRC", "TUR"),
        (
            "The Colombian president said the Venezuelan army is to blame for the border shooting.",
            "112",
            "COL",
            "VEN",
        ),
        (
            "The Ethiopian government says Eritrea is more to blame than Sudan for the clashes.",
            "112",
            "ETH",
            "ERI",
        ),
        (
            "The Lebanese prime minister said Israel was responsible for the deaths of the shepherds.",
            "112",
            "LBN",
            "ISR",
        ),
        (
            "The Irish minister said the British police did not adequately protect the marchers.",
            "111",
            "IRL",
            "GBR",
        ),
    ],
)
def test_blame_in_what_a_speaker_says_is_an_accusation(
    nlp: Language, text: str, cameo: str, source: str, target: str
) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == cameo and event.polarity == "affirmed" and event.modality == "actual", event
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The American envoy said Pakistan had done enough to curb the militants.", "USA", "PAK"),
        ("The Polish president said Germany has kept its promise on the tanks.", "POL", "DEU"),
    ],
)
def test_enough_done_or_a_word_kept_is_praise(nlp: Language, text: str, source: str, target: str) -> None:
    event = find(code(nlp, text), "SUPPORT")
    assert event.cameo == "051" and event.polarity == "affirmed", event
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        "The Colombian president said the Venezuelan army is not to blame for the shooting.",  # denied
        "The Colombian president said we are to blame for the shooting.",  # on the speaker's side
        "Officials said the storm was to blame for the blackout.",  # on no actor
        "The Colombian president is to visit Caracas next week.",  # a plan, no verdict
        "The coach said the team had not done enough to win the match.",  # no actor
        "The nurse said he had not done enough to help his mother.",  # on himself
        "The Kenyan farmers said the long rains had failed.",  # nature
        "The sprinter said she had broken the national record.",  # no word broken
        "The Chilean minister said he failed to reach the governor by phone.",  # no duty
    ],
)
def test_no_blame_denied_on_oneself_on_no_actor_or_no_conduct(nlp: Language, text: str) -> None:
    accusations = [e for e in code(nlp, text) if e.plover == "ACCUSE"]
    assert not accusations, accusations


def test_blame_told_by_the_verb_stays_the_clauses_own_charge(nlp: Language) -> None:
    events = code(nlp, "The Colombian president said Venezuela blamed the rebels for the shooting.")
    event = find(events, "ACCUSE")
    assert event.rule == "accuse.blame" and {a.country for a in event.sources} == {"VEN"}, event
