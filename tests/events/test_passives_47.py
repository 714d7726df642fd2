"""Acts told in the passive (stop 47, passive47). Our own sentences about real kinds of events.

- A relative clause in the passive ("the activists, who were detained by police") fell on the noun
  the clause hangs on, with its "by" agent or without: the relative pronoun is no actor, and the
  act found no one it fell on and was dropped.
- An envoy summoned or expelled with no agent named is the host state's, named by the place the
  act is told in, never the envoy's own country; "summoned to the foreign ministry" names the
  summoner. No place, no country known: no event.
- An agentless act of the police or the courts whose sentence names the police or a court of one
  country, and no place, is theirs ("Turkish police said two men were detained").
- An attack with no attacker and no place named is by attackers of no known country when the
  sentence names the attack ("killed in an ambush") or the act is one someone meant ("was shot
  dead", "were abducted"); a bare harm ("were killed", "were wounded") may be an accident's.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_code, code

from wirewatch.model import Inference

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Two Georgian students, who were detained by police in Tbilisi, were freed.", "173", "GEO", "GEO"),
        ("Rights groups mourned Palestinian farmers who were shot by Israeli soldiers.", "193", "ISR", "PSE"),
        ("Ukrainian prisoners, who were released by Russia in June, flew home.", "084", "RUS", "UKR"),
        ("The Venezuelan opposition leader, who was criticised by Brazil, left.", "111", "BRA", "VEN"),
        # agentless: the authorities of the place the clause names (`implied_authority`)
        ("Two Belarusian reporters, who were arrested in Minsk in 2021, were freed.", "173", "BLR", "BLR"),
        ("The Chinese diplomats, who were expelled from Canada in 2023, flew home.", "161", "CAN", "CHN"),
    ],
)
def test_a_relative_clause_in_the_passive_falls_on_the_noun_it_hangs_on(
    nlp: Language, text: str, cameo: str, source: str, target: str
) -> None:
    event = by_code(nlp, text, cameo)
    assert {s.country for s in event.sources} == {source}
    assert target in {t.country for t in event.targets}
    assert (Inference.IMPLIED in event.inferences) == (" by " not in text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The Iranian ambassador in London was summoned over the executions.", "GBR"),
        ("The Dutch ambassador was summoned in Ankara in March 2017.", "TUR"),
        ("Two Russian diplomats were expelled from Oslo in 2023.", "NOR"),
    ],
)
def test_an_envoy_summoned_or_expelled_with_no_agent_is_the_host_states(
    nlp: Language, text: str, host: str
) -> None:
    acts = [e for e in code(nlp, text) if e.cameo in ("111", "161")]
    assert acts, [(e.plover, e.cameo, e.rule) for e in code(nlp, text)]
    assert [(s.country, s.sector) for s in acts[0].sources] == [(host, "GOV")]
    assert Inference.IMPLIED in acts[0].inferences


def test_an_envoy_summoned_to_a_ministry_is_summoned_by_it(nlp: Language) -> None:
    event = by_code(nlp, "The German ambassador was summoned to the Russian foreign ministry.", "111")
    assert [(s.country, s.sector) for s in event.sources] == [("RUS", "GOV")]
    assert {t.country for t in event.targets} == {"DEU"}


@pytest.mark.parametrize(
    "text",
    ["The Swedish ambassador was summoned on Tuesday.", "Two Russian diplomats were expelled last week."],
)
def test_an_envoy_summoned_where_no_place_says_is_by_no_country_of_its_own(nlp: Language, text: str) -> None:
    # an envoy's own state does not summon or expel it: with no host named, no event
    events = code(nlp, text)
    assert not any(s.country in ("SWE", "RUS") for e in events for s in e.sources)


def test_an_agentless_police_act_is_by_the_police_its_sentence_names(nlp: Language) -> None:
    event = by_code(nlp, "Turkish police said two Syrian men were detained on Friday.", "173")
    assert [(s.country, s.sector) for s in event.sources] == [("TUR", "COP")]
    assert {t.country for t in event.targets} == {"SYR"}
    released = code(nlp, "Polish police released a Reuters photographer, who was detained for two days.")
    detained = [e for e in released if e.cameo == "173"]
    assert detained and [(s.country, s.sector) for s in detained[0].sources] == [("POL", "COP")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Four Malian soldiers were killed in an ambush on Sunday.", "MLI"),
        ("The Honduran environmental activist was shot dead on Thursday.", "HND"),
        ("Two Nigerian aid workers were abducted on Sunday.", "NGA"),
    ],
)
def test_an_attack_with_no_attacker_and_no_place_is_by_attackers_of_no_known_country(
    nlp: Language, text: str, target: str
) -> None:
    assaults = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert assaults, [(e.plover, e.cameo, e.rule) for e in code(nlp, text)]
    assert [(s.country, s.sector) for s in assaults[0].sources] == [(None, "UAF")]
    assert target in {t.country for t in assaults[0].targets}
    assert Inference.UNATTRIBUTED in assaults[0].inferences


@pytest.mark.parametrize(
    "text",
    [
        "Three Somali soldiers were wounded on Friday.",
        "Five Kenyan villagers were killed in the fire on Monday.",
        "Two Chilean tourists were killed on Saturday.",
    ],
)
def test_a_bare_harm_with_no_place_has_no_attacker(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters who are detained in Tehran often face long prison terms.",
        "Foreign workers who are expelled from Kuwait may not return for five years.",
    ],
)
def test_a_relative_clause_in_the_present_passive_names_a_class_not_an_act(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo in ("173", "174")]
