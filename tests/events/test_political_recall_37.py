"""Kinds of event missed in political news, stop 37 (issue 10: recall on political articles).

Classes found among the dev-set misses of the PolNeAR articles. The sentences are our own, on
other subjects, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Peruvian senator said the Peruvian finance minister was clueless about mining.", "PER", "PER"),
        ("Ghana's opposition leader said the Ghanaian president is weak.", "GHA", "GHA"),
        ("The Polish president said the German chancellor was naive about Moscow.", "POL", "DEU"),
        ("Kenya's chief justice said the Kenyan parliament's inquiry was a waste of money.", "KEN", "KEN"),
        ("The Nepali opposition said the Nepali government's budget is a joke.", "NPL", "NPL"),
        ("The Georgian opposition said the Georgian broadcaster was a shill for Moscow.", "GEO", "GEO"),
        ("The Serbian senator said the Serbian election board is a pawn of the ruling party.", "SRB", "SRB"),
    ],
)
def test_a_verdict_of_unfitness_disparages_the_actor(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "said the minister was clueless", "said the president is weak", "said the inquiry was a
    waste of money", "said the broadcaster was a shill for Moscow": the speaker disparages the actor
    judged, or the doer of the act (CAMEO 111)."""
    verdicts = [e for e in code(nlp, text) if e.rule.startswith("accuse.verdict")]
    assert verdicts
    assert dyad(verdicts[0]) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian senator said the signal from the mine was weak.",
        "The Kenyan minister said the harvest was a waste of good land.",
        "The Ghanaian minister said the Ghanaian president is not weak.",
    ],
)
def test_a_verdict_on_no_actor_or_denied_codes_nothing(nlp: Language, text: str) -> None:
    """A weak signal, a wasted harvest, a denied verdict: no charge."""
    assert not [e for e in code(nlp, text) if e.rule.startswith("accuse.verdict")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Bolivian president railed against the new mining royalties.", "BOL"),
        ("The Austrian chancellor inveighed against the tariffs on steel.", "AUT"),
        ("Ecuador's opposition leader fulminated against the oil contracts.", "ECU"),
    ],
)
def test_railing_against_a_policy_is_criticism(nlp: Language, text: str, source: str) -> None:
    """ "railed against the royalties": criticism (CAMEO 111) even when what is railed against
    names no actor, as "decried the royalties" is."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111"
    assert dyad(event)[0] == {source}
