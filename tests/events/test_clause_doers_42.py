"""Who acts in a clause below another actor's act (stop 42, args4).

A present participle on a noun of people is theirs: "backs rebel groups fighting the army" is the
groups fighting, even when the actor stage named no actor for them, never the act of the one
backing. The object of a verb of forcing or persuading does its infinitive's act: "failed to force
the population to surrender" is no surrender by the one forcing. The sentences are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


def _sources(events: list, plover: str) -> set[str | None]:
    return {a.country for e in events if e.plover == plover for a in e.sources}


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        ("Turkey backs rebel groups fighting the Syrian army.", "TUR"),
        ("Qatar funds rebel factions battling the government of Libya.", "QAT"),
        ("Pakistan harbours insurgent groups attacking Afghan border posts.", "PAK"),
    ],
)
def test_a_participle_on_a_noun_of_people_is_theirs(nlp: Language, text: str, backer: str) -> None:
    assert backer not in _sources(code(nlp, text), "ASSAULT")


def test_a_participle_on_a_named_group_is_still_coded_as_theirs(nlp: Language) -> None:
    fight = find(code(nlp, "Iran supports militias fighting the Iraqi army."), "ASSAULT")
    assert [a.text for a in fight.sources] == ["militias"]


def test_a_participle_on_a_message_is_its_issuers(nlp: Language) -> None:
    condemnation = find(code(nlp, "Chile issued a statement condemning the attack on the embassy."), "ACCUSE")
    assert {a.country for a in condemnation.sources} == {"CHL"}


@pytest.mark.parametrize(
    ("text", "forcer"),
    [
        ("Egypt failed to force the population to surrender.", "Egypt"),
        ("Syria tried to compel the garrison to surrender.", "Syria"),
        ("The Saudi envoy persuaded the tribe to release the hostages.", "Saudi envoy"),
    ],
)
def test_the_one_forced_does_the_infinitives_act(nlp: Language, text: str, forcer: str) -> None:
    # the one forcing is never the doer (a garrison with no country of its own may take the story's)
    doers = [a.text for e in code(nlp, text) if e.plover == "RETREAT" for a in e.sources]
    assert not [d for d in doers if forcer.lower() in d.lower()]


def test_a_state_forced_to_act_is_the_doer(nlp: Language) -> None:
    withdrawal = find(code(nlp, "Russia forced Georgia to withdraw its troops."), "RETREAT")
    assert {a.country for a in withdrawal.sources} == {"GEO"}


def test_troops_sent_to_fight_fight_for_the_sender(nlp: Language) -> None:
    fight = find(code(nlp, "Sudan sent troops to fight the rebels."), "ASSAULT")
    assert {a.country for a in fight.sources} == {"SDN"}


def test_a_participle_on_a_bodys_vote_is_the_voters(nlp: Language) -> None:
    text = "The African Union held a Peace and Security Council vote condemning the coup in Niger."
    condemnation = find(code(nlp, text), "ACCUSE")
    assert condemnation.sources
