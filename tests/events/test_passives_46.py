"""Acts told in the passive (stop 46 recall, passives46). Our own sentences about real kinds of events.

- An act only an authority does (codebook `authority`), told in the agentless passive, is an
  authority's, marked IMPLIED, as an agentless arrest or deportation already was. Sanctions,
  embargoes, tariffs and trade bans (CAMEO 163) and their easing (085) are one state's on another:
  the authorities are of no country the sentence names (never the target's), unless the article
  told a state imposing sanctions on the same party before (marked ANTECEDENT). A law repealed or
  abolished (0832) is its own country's act.
- Verbs of the authorities' acts that had no rule: evicting, exiling and banishing people (174),
  proscribing a group (172), revoking a holder's citizenship, passport or accreditation (172),
  abolishing a law or a tax (0832). A landlord's eviction, a monarchy abolished, an official
  dismissed are none of them.
- Anything dismissed as a falsehood ("as a fake", "as fabricated") is a claim rejected (REJECT
  120), active or in the passive with its "by" agent; the same verb firing an official stays
  COERCE.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_code, code

from wirewatch.model import Inference

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        ("Tariffs were imposed on Chinese electric vehicles in 2024.", "163", "CHN"),
        ("An embargo was imposed on Cuba in 1962.", "163", "CUB"),
        ("Imports of Russian oil were banned in 2022.", "163", "RUS"),
        ("Iranian banks were blacklisted in 2019.", "163", "IRN"),
        ("The Venezuelan state oil company was sanctioned in 2019.", "163", "VEN"),
        ("Sanctions on Sudan were lifted in 2017.", "085", "SDN"),
    ],
)
def test_an_agentless_sanction_is_by_authorities_of_no_country_named(
    nlp: Language, text: str, cameo: str, target: str
) -> None:
    event = by_code(nlp, text, cameo)
    assert [(s.country, s.sector) for s in event.sources] == [(None, "GOV")]
    assert target in {t.country for t in event.targets}
    assert Inference.IMPLIED in event.inferences


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        (
            "The United States imposed tariffs on Chinese solar panels in 2018. "
            "More tariffs were imposed on Chinese steel in 2019.",
            "163",
        ),
        (
            "The United States imposed sanctions on Sudan in 1997. "
            "The sanctions on Sudan were lifted in 2017.",
            "085",
        ),
    ],
)
def test_the_story_names_who_imposed_an_agentless_sanction(nlp: Language, text: str, cameo: str) -> None:
    event = by_code(nlp, text, cameo)
    assert [s.country for s in event.sources] == ["USA"]
    assert Inference.ANTECEDENT in event.inferences


def test_a_sanction_by_the_target_itself_names_no_one_later(nlp: Language) -> None:
    text = (
        "China imposed tariffs on American soybeans in 2018. Tariffs were imposed on Chinese steel in 2019."
    )
    event = by_code(nlp, text, "163")
    assert {t.country for t in event.targets} == {"CHN"}
    assert [s.country for s in event.sources] == [None]


def test_duties_suspended_are_no_sanctions_eased(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The Chilean envoy's duties were suspended.") if e.cameo == "085"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("India's controversial farm laws were repealed in 2021.", "IND"),
        ("Kazakhstan's death penalty was abolished in 2021.", "KAZ"),
    ],
)
def test_a_law_repealed_with_no_doer_is_its_countrys(nlp: Language, text: str, country: str) -> None:
    event = by_code(nlp, text, "0832")
    assert [(s.country, s.sector) for s in event.sources] == [(country, "GOV")]
    assert Inference.IMPLIED in event.inferences


def test_abolishing_a_law_is_a_change_of_policy(nlp: Language) -> None:
    event = by_code(nlp, "Kazakhstan's parliament abolished the death penalty in 2021.", "0832")
    assert event.plover == "CONCEDE"
    assert [s.sector for s in event.sources] == ["LEG"]


def test_a_monarchy_abolished_is_no_policy_conceded(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The Italian monarchy was abolished in 1946.") if e.plover == "CONCEDE"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Israeli police evicted Palestinian families from their homes in Sheikh Jarrah.",
            ("ISR", "COP"),
            "Palestinian families",
        ),
        (
            "Hundreds of Kenyan squatters were evicted from the Mau forest in 2020.",
            ("KEN", "GOV"),
            "Kenyan squatters",
        ),
        (
            "Nicaragua's government exiled 222 political prisoners to the United States in 2023.",
            ("NIC", "GOV"),
            "political prisoners",
        ),
        (
            "222 Nicaraguan political prisoners were exiled in 2023.",
            ("NIC", "GOV"),
            "Nicaraguan political prisoners",
        ),
        ("Saudi Arabia banished the dissident cleric.", ("SAU", None), "dissident cleric"),
    ],
)
def test_people_put_out_by_the_authorities_are_expelled(
    nlp: Language, text: str, source: tuple[str, str | None], target: str
) -> None:
    event = by_code(nlp, text, "174")
    assert event.plover == "COERCE"
    assert [(s.country, s.sector) for s in event.sources] == [source]
    assert [t.text for t in event.targets] == [target]


def test_a_landlords_eviction_is_no_coercion(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The landlord evicted two tenants in Brooklyn.") if e.plover == "COERCE"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Britain proscribed Hamas as a terrorist organisation in 2021.", "GBR", "Hamas"),
        ("The Muslim Brotherhood was proscribed in Egypt in 2013.", "EGY", "Muslim Brotherhood"),
        ("Nicaragua revoked the citizenship of 94 critics in 2023.", "NIC", "critics"),
        ("The Russian journalist's accreditation was revoked.", "RUS", "Russian journalist"),
    ],
)
def test_a_group_proscribed_or_a_right_revoked_is_an_administrative_sanction(
    nlp: Language, text: str, source: str, target: str
) -> None:
    event = by_code(nlp, text, "172")
    assert [s.country for s in event.sources] == [source]
    assert [t.text for t in event.targets] == [target]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Kremlin dismissed the leaked documents as forgeries.", "RUS"),
        ("The photograph was dismissed by the Saudi government as a fabrication.", "SAU"),
        ("The Israeli army dismissed the video as doctored.", "ISR"),
    ],
)
def test_a_thing_dismissed_as_false_is_a_claim_rejected(nlp: Language, text: str, source: str) -> None:
    event = by_code(nlp, text, "120")
    assert event.plover == "REJECT"
    assert [s.country for s in event.sources] == [source]


def test_a_claim_dismissed_as_false_targets_its_owner(nlp: Language) -> None:
    event = by_code(nlp, "The opposition's video was dismissed by the Kenyan government as a fake.", "120")
    assert [t.text for t in event.targets] == ["opposition"]


def test_an_official_dismissed_as_anything_is_fired(nlp: Language) -> None:
    events = code(nlp, "The Kenyan president dismissed the finance minister as a liar.")
    assert [e.plover for e in events] == ["COERCE"]


def test_a_lawsuit_dismissed_is_no_falsehood_rejected(nlp: Language) -> None:
    events = code(nlp, "The judge dismissed the bogus lawsuit against the governor.")
    assert not [e for e in events if e.rule.startswith("reject.dismiss-as-false")]
