"""Kinds of event missed in political news, stop 36 (issue 10: recall on political articles).

Classes found among the dev-set misses of the PolNeAR articles with no rule at all. The sentences
are our own, on other subjects, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target", "cameo"),
    [
        ("Norway pushed Sweden to share the fishing quota.", "NOR", "SWE", "100"),
        ("Washington prodded Seoul to resume talks with Tokyo.", "USA", "KOR", "020"),
        ("France nudged Mali's junta to hold elections by next year.", "FRA", "MLI", "020"),
        ("The State Department leaned on Islamabad to close the militant camps.", "USA", "PAK", "100"),
        ("Peruvian miners lobbied the Chilean government to lower the export duty.", "PER", "CHL", "020"),
    ],
)
def test_pushing_someone_to_act_is_a_request(
    nlp: Language, text: str, source: str, target: str, cameo: str
) -> None:
    """ "pushed X to", "prodded X to", "nudged X to", "leaned on X to", "lobbied X to": asking X to
    act (CAMEO 020, 100 where it presses)."""
    event = find(code(nlp, text), "REQUEST")
    assert event.cameo == cameo
    assert dyad(event) == ({source}, {target})


def test_the_act_pushed_for_is_the_one_asked(nlp: Language) -> None:
    """ "Norway pushed Sweden to accept the quota": the parse makes "to accept" a purpose clause, as
    if Norway accepted; it is Sweden's acceptance asked for, not done: Norway's request to Sweden,
    and no acceptance by anyone (stop 48)."""
    events = code(nlp, "Norway pushed Sweden to accept the new fishing quota.")
    assert dyad(find(events, "REQUEST")) == ({"NOR"}, {"SWE"})
    assert not [e for e in events if e.plover == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing pushed the price of rare earths to a record.",
        "The Kenyan senator pushed the bill through the committee.",
        "Russia's invasion pushed Finland to join NATO.",
        "Members of the Bolivian opposition could push to replace the electoral judge.",
    ],
)
def test_pushing_no_one_to_act_is_no_request(nlp: Language, text: str) -> None:
    """A price or a bill pushed, a cause that pushes, a push with no one asked: no request."""
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "source", "target", "cameo"),
    [
        (
            "Ecuador's foreign minister disputed the Colombian army's account of the raid.",
            "ECU",
            "COL",
            "016",
        ),
        (
            "The Nigerian presidency rebutted the opposition party's claims of vote buying.",
            "NGA",
            "NGA",
            "016",
        ),
        ("Vietnam countered China's allegations about the fishing boats.", "VNM", "CHN", "016"),
        ("The Kremlin pushed back against the Estonian prime minister's remarks.", "RUS", "EST", "120"),
    ],
)
def test_disputing_a_claim_rejects_its_author(
    nlp: Language, text: str, source: str, target: str, cameo: str
) -> None:
    """ "disputed X's account", "rebutted X's claims", "countered X's allegations": denying what
    X claims (CAMEO 016, as "refuted"); "pushed back against X's remarks" resists X (120)."""
    event = find(code(nlp, text), "REJECT")
    assert event.cameo == cameo
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian senator pushed back the vote to next week.",
        "Peru and Ecuador disputed the border for decades.",
        "The Kenyan army countered the attack with artillery fire.",
    ],
)
def test_disputing_no_claim_is_no_rejection(nlp: Language, text: str) -> None:
    """A vote pushed back, a border disputed, an attack countered: no claim denied."""
    assert not [e for e in code(nlp, text) if e.plover == "REJECT"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Farmers booed the Polish agriculture minister during his speech in Warsaw.", "POL", "POL"),
        ("The Kenyan president was booed by opposition supporters at the stadium.", "KEN", "KEN"),
        ("Opposition deputies shouted down the Georgian speaker.", "GEO", "GEO"),
        ("Dutch opposition leaders skewered the Dutch finance minister over the budget.", "NLD", "NLD"),
    ],
)
def test_booing_and_skewering_are_disapproval(nlp: Language, text: str, source: str, target: str) -> None:
    """ "booed", "was booed by", "shouted down", "skewered": disapproval of an actor (CAMEO 111), as
    "jeered" and "heckled" already are."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111"
    assert dyad(event) == ({source}, {target})


def test_crediting_an_actor_with_a_result_is_praise(nlp: Language) -> None:
    """ "credited Nigeria's mediators with the truce": praise (CAMEO 051) of the actor credited."""
    event = find(code(nlp, "The Ghanaian president credited Nigeria's mediators with the truce."), "SUPPORT")
    assert dyad(event) == ({"GHA"}, {"NGA"})


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The crowd booed loudly.", "ACCUSE"),
        ("The bank credited the account with the refund.", "SUPPORT"),
    ],
)
def test_booing_or_crediting_no_actor_codes_nothing(nlp: Language, text: str, plover: str) -> None:
    """Booing with no one booed, an account credited: no actor is the target."""
    assert not [e for e in code(nlp, text) if e.plover == plover]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Dutch prime minister launched a blistering attack on the Freedom Party leader.", "NLD", None),
        ("The Kenyan opposition leader continued his verbal attacks on the Kenyan president.", "KEN", "KEN"),
        ("The Republican senator stepped up his attacks on Obama.", None, "USA"),
    ],
)
def test_attacks_in_words_are_accusations(
    nlp: Language, text: str, source: str | None, target: str | None
) -> None:
    """An attack told as words ("blistering", "verbal") or one by a legislator or a party on an
    actor: disapproval (CAMEO 111), no use of force."""
    events = code(nlp, text)
    event = find(events, "ACCUSE")
    assert event.cameo == "111"
    assert dyad(event) == ({source}, {target})
    assert not [e for e in events if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fighters launched an attack on the Israeli patrol.",
        "Government forces continued their attacks on the rebel-held town.",
    ],
)
def test_attacks_by_forces_stay_force(nlp: Language, text: str) -> None:
    """Fighters' and forces' attacks are force (CAMEO 190), not words."""
    events = code(nlp, text)
    assert find(events, "ASSAULT")
    assert not [e for e in events if e.plover == "ACCUSE"]


def test_a_feared_attack_is_no_legislators_words(nlp: Language) -> None:
    """ "to stop a nuclear attack on Japan" under a legislator's verb: force feared, no words of his."""
    events = code(
        nlp, "The Republican senator said he would back sanctions to stop a nuclear attack on Japan."
    )
    assert not [e for e in events if e.plover == "ACCUSE"]


def test_a_condemned_attack_with_no_doer_named_is_the_earlier_force(nlp: Language) -> None:
    """ "condemned the attack" reacts to the force coded before, not to words said since: "attacks"
    are words only by a party, a legislator or the media, which the condemned one names none of."""
    text = (
        "Rebels stormed a village in Mali on Monday, killing ten people. "
        "The Malian opposition party called the killings unacceptable. "
        "The African Union condemned the attack."
    )
    condemned = [e for e in code(nlp, text) if e.rule.startswith("accuse.condemn")]
    assert condemned and condemned[0].targets[0].sector == "REB"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Brazilian president took a dig at the Argentine president during the summit.", "BRA", "ARG"),
        ("The Philippine president launched a tirade against the United Nations.", "PHL", "UN"),
        ("The Italian interior minister delivered a sharp rebuke to the European Commission.", "ITA", "EC"),
        ("The Turkish president's rebuke of the Dutch government drew applause.", "TUR", "NLD"),
        ("The Venezuelan foreign minister lashed back at the Colombian president.", "VEN", "COL"),
    ],
)
def test_blows_of_words_aimed_at_an_actor_are_criticism(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "a dig at", "a tirade against", "a rebuke to/of", "lashed back at": criticism (CAMEO 111), as
    "a swipe at" and "took aim at" are."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111"
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "Nurses gave the jab at the clinic in Nairobi.",
        "Archaeologists began a dig at the Roman site near London.",
    ],
)
def test_a_jab_given_or_a_dig_begun_is_no_criticism(nlp: Language, text: str) -> None:
    """A vaccine jab, an excavation: no words aimed at anyone."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


def test_flattered_by_an_actors_offer_is_approval(nlp: Language) -> None:
    """ "flattered by Canada's offer": approval felt (CAMEO 051), as "pleased with"."""
    event = find(code(nlp, "Mexico's foreign minister said she was flattered by Canada's offer."), "SUPPORT")
    assert dyad(event) == ({"MEX"}, {"CAN"})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Peruvian lawmakers questioned how the Peruvian president could pardon the former leader.",
            "PER",
            "PER",
        ),
        ("Colombian lawmakers questioned why the Venezuelan government had closed the border.", "COL", "VEN"),
        (
            "Opposition senators in Chile questioned whether the Chilean defence minister could "
            "justify the purchase.",
            "CHL",
            "CHL",
        ),
    ],
)
def test_questioning_how_an_actor_could_act_is_criticism(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "questioned how X could", "questioned why X had", "questioned whether X could": doubt said
    against X's act (CAMEO 111), aimed at the clause's subject."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111"
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "Reporters questioned whether the Brazilian president would attend the summit.",
        "Kenyan police questioned the opposition leader for six hours.",
        "The Kenyan senator questioned the figures.",
    ],
)
def test_questioning_that_doubts_no_act_is_no_criticism(nlp: Language, text: str) -> None:
    """A question of what will happen, an interrogation, figures doubted: no criticism of an actor
    (an interrogation by the police is an inquiry, CAMEO 090: test_recall_44b)."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE" and e.cameo.startswith("11")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Kenyan senator knocked the Kenyan president over the budget cuts.", "KEN", "KEN"),
        (
            "The Philippine president called the Chinese ambassador out for the harassment of fishermen.",
            "PHL",
            "CHN",
        ),
        ("The German foreign minister laid into the Russian government over the poisoning.", "DEU", "RUS"),
        ("The Italian minister lit into the European Commission.", "ITA", "EC"),
        ("The Kenyan opposition leader ripped the Kenyan president for the budget cuts.", "KEN", "KEN"),
        ("The Mexican president trashed the American trade proposal.", "MEX", "USA"),
        ("Senators grilled the Pentagon chief over the failed raid.", None, "USA"),
    ],
)
def test_criticism_in_the_words_of_the_news(
    nlp: Language, text: str, source: str | None, target: str
) -> None:
    """ "knocked", "called out", "laid into", "lit into", "ripped", "trashed", "grilled": an office
    holder's criticism of an actor (CAMEO 111); "called out ... for" is no call for anything."""
    events = code(nlp, text)
    event = find(events, "ACCUSE")
    assert event.cameo == "111"
    assert dyad(event) == ({source}, {target})
    assert not [e for e in events if e.plover == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The Greek government ripped up the bailout deal.",
        "Volunteers for the Chilean senator knocked on doors in Santiago.",
        "The Argentine president grilled steaks for the visiting Uruguayan delegation.",
        "The Kenyan finance minister called out the names of the winners.",
    ],
)
def test_those_words_aimed_at_no_actor_are_no_criticism(nlp: Language, text: str) -> None:
    """A deal ripped up, doors knocked on, steaks grilled, names called out: no one criticised."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        (
            "The Kenyan opposition leader challenged the Kenyan president to release his tax records.",
            "REQUEST",
            "020",
            "KEN",
            "KEN",
        ),
        ("The Chilean senator dared the Chilean president to fire him.", "REQUEST", "020", "CHL", "CHL"),
        ("The Serbian president shot down the Kosovo government's proposal.", "REJECT", "120", "SRB", "XKX"),
        ("The Polish government nixed the German offer.", "REJECT", "120", "POL", "DEU"),
        (
            "The Mexican president portrayed the American candidate as a racist.",
            "ACCUSE",
            "111",
            "MEX",
            "USA",
        ),
        ("The Ugandan president turned his back on the opposition party.", "SANCTION", "160", "UGA", "UGA"),
    ],
)
def test_more_idioms_of_asking_refusing_and_disowning(
    nlp: Language, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    """ "challenged/dared X to" asks (020); "shot down X's proposal", "nixed X's offer" refuse (120);
    "portrayed X as a racist" insults (111); "turned his back on X" disowns X (160)."""
    event = find(code(nlp, text), plover)
    assert event.cameo == cameo
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Indian warship challenged the pirates ferrying the stolen boats.", "REQUEST"),
        ("The Syrian army shot down an Israeli drone.", "REJECT"),
        ("The Ugandan president turned his back on the deal.", "SANCTION"),
    ],
)
def test_the_same_words_in_their_other_senses(nlp: Language, text: str, plover: str) -> None:
    """A challenge at sea with a participle after the one challenged asks nothing; a drone shot down is
    force; a back turned on a deal disowns no actor."""
    assert not [e for e in code(nlp, text) if e.plover == plover]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Opposition senators in Brazil blocked the Brazilian president's nominee for the court.",
            "BRA",
            "BRA",
        ),
        ("Colombian lawmakers blocked the Colombian president's budget.", "COL", "COL"),
    ],
)
def test_blocking_an_actors_nominee_or_budget_refuses_it(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """A legislature's block of a nominee or a budget refuses its owner's measure (CAMEO 129), as the
    block of a bill or a resolution does."""
    event = find(code(nlp, text), "REJECT")
    assert event.cameo == "129"
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Romanian union said the Romanian government's plan discriminates against seasonal workers.",
            "ROU",
            "ROU",
        ),
        ("Turkey's main opposition party said the Turkish police persecuted its members.", "TUR", "TUR"),
        ("The Chilean senator said the Chilean interior ministry stonewalled the inquiry.", "CHL", "CHL"),
    ],
)
def test_a_reported_wrong_is_the_speakers_charge(nlp: Language, text: str, source: str, target: str) -> None:
    """ "said the plan discriminates against", "said the police persecuted", "said the ministry
    stonewalled": a charge laid by the speaker (CAMEO 111) against the actor said to do wrong."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.rule.startswith("accuse.verdict")
    assert dyad(event) == ({source}, {target})


def test_a_harassment_told_by_a_witness_stays_the_doers_act(nlp: Language) -> None:
    """ "she was harassed by the crowd, he said": the crowd's coercion (170), no charge by the teller."""
    events = code(nlp, '"The Kenyan reporter was harassed by police officers," the Kenyan senator said.')
    assert not [e for e in events if e.rule.startswith("accuse.verdict")]
