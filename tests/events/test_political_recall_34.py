"""Kinds of event miscoded in political news, stop 34 (issue 10: recall on political articles).

Found while reading the real-news events a new actor class added. The sentences are our own, on
other subjects, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Chile's ruling party withdrew its endorsement of the Peruvian president on Monday.", "SANCTION"),
        ("Canada lifted its sanctions on Peru on Monday.", "CONCEDE"),
    ],
)
def test_a_noun_a_verb_of_another_type_undoes_is_no_act_of_its_own(
    nlp: Language, text: str, plover: str
) -> None:
    """ "withdrew its endorsement" is a SANCTION (CAMEO 160), not also an endorsement (051);
    "lifted its sanctions" a CONCEDE (085), not also sanctions imposed: the verb's rule names the
    noun among its objects, and its event is the act."""
    events = code(nlp, text)
    find(events, plover)
    assert [e.plover for e in events] == [plover], events


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        (
            "Governor Gavin Newsom clashed with President Donald Trump during a briefing on the wildfires.",
            "ACCUSE",
            "111",
        ),
        (
            "Prime Minister Keir Starmer clashed with the opposition leader in parliament on Wednesday.",
            "ACCUSE",
            "111",
        ),
        ("Government troops clashed with rebels near the border on Friday.", "ASSAULT", "190"),
    ],
)
def test_office_holders_who_clash_argue_and_armed_men_who_clash_fight(
    nlp: Language, text: str, plover: str, cameo: str
) -> None:
    """ "clashed with" is a war of words between politicians and office holders (CAMEO 111, as
    the noun "clash" already reads for them) and a fight between troops, police or rebels (190)."""
    event = find(code(nlp, text), plover)
    assert event.cameo == cameo


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The senator attacked the president, saying he had insulted veterans.", "ACCUSE"),
        ("Opposition lawmakers attacked the prime minister over the budget on Tuesday.", "ACCUSE"),
        ("Rebels attacked the mayor in his home on Sunday.", "ASSAULT"),
    ],
)
def test_a_politician_who_attacks_an_office_holder_criticises(nlp: Language, text: str, plover: str) -> None:
    """ "attacked the president" by a legislator, party or government is criticism (CAMEO 111), as
    it is of a rival or a candidate; by rebels or gunmen it is still an attack."""
    find(code(nlp, text), plover)
