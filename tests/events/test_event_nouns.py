"""Event nouns carried by their support verbs, help and funding verbs, and state bodies named by
their own names (issue 10: coverage from the ontology and from a lexical resource).

Each sentence is ours, about a real kind of event; the last ones are readings the new words
must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

from wirewatch.cli_render import event_line

pytestmark = pytest.mark.slow

CASES = [
    # "cease-fire" is split at its hyphen: the noun "fire" with "cease" on it.
    ("The Colombian government announced a three-day cease-fire with the ELN.", "RETREAT", "087"),
    ("The Sudanese army declared a cessation of hostilities in Darfur.", "RETREAT", "0871"),
    ("The Kenyan president held discussions with his Tanzanian counterpart in Arusha.", "CONSULT", "040"),
    ("The Indian government made a donation of medical supplies to Nepal.", "AID", "070"),
    ("Norway announced a contribution of ten million dollars to the Palestinian Authority.", "AID", "070"),
    ("The World Bank approved a grant to Malawi for school meals.", "AID", "071"),
    ("The Colombian government ordered the expulsion of two Venezuelan diplomats.", "COERCE", "174"),
    ("Rebels claimed the kidnapping of three Chinese engineers in Niger.", "ASSAULT", "181"),
    ("Russia cast its veto on the Security Council resolution on Syria.", "REJECT", "129"),
    ("The French navy helped Lebanon after the port explosion.", "AID", "070"),
    ("American advisers assisted the Iraqi army in the assault on Mosul.", "AID", "070"),
    ("Germany funds the Ukrainian border guard.", "AID", "071"),
    ("Brazil granted recognition to the new government of Guinea-Bissau.", "SUPPORT", "054"),
    # An amount's "in" names what was given; money given is economic aid.
    ("The New Zealand government provided $3 million in assistance to Tonga.", "AID", "070"),
    ("Japan provided 50,000 tonnes in food aid to North Korea.", "AID", "070"),
    ("Canada gave $2 million to Haiti after the earthquake.", "AID", "071"),
    ("The European Union removed the sanctions on Belarus.", "CONCEDE", "085"),
    ("Pakistani investigators shared evidence with India.", "COOPERATE", "064"),
    ("Islamic State fighters held villagers as human shields in Mosul.", "ASSAULT", "184"),
    ("The Egyptian government refuted the allegations by Human Rights Watch.", "REJECT", "016"),
    ("The European Commission launched legal action against the Hungarian government.", "ACCUSE", "115"),
    ("Kenyan teachers went on hunger strike against the education ministry.", "PROTEST", "142"),
    ("Serbian protesters burned the Albanian flag in Mitrovica.", "PROTEST", "140"),
    ("Canada suspended the tariffs on Mexican steel.", "CONCEDE", "085"),
    ("Ghana is deploying 200 troops to the UN peacekeeping mission in Lebanon.", "AID", "074"),
    ("The navies of India and Japan held joint exercises in the Bay of Bengal.", "COOPERATE", "062"),
    ("Canada accepted 2,000 Syrian refugees in March.", "AID", "075"),
    ("Japan lifted the travel curbs on North Korea.", "CONCEDE", "081"),
    ("Sweden announced a suspension of aid to Nicaragua.", "SANCTION", "160"),
    # failing to reach an agreement is a rejection; a state of siege declared an emergency imposed
    ("Kenya and Uganda failed to reach agreement on the border dispute.", "REJECT", "120"),
    ("Peruvian authorities declared a state of siege in the southern province of Puno.", "COERCE", "1724"),
    # who is responsible for an act of violence, or engaged in it, did it
    ("Ugandan rebels were responsible for the killing of thirty Congolese villagers.", "ASSAULT", "190"),
    ("Serbian troops engaged in ethnic cleansing against Bosnian Muslims.", "ASSAULT", "203"),
    # the kind of a hyphenated noun is its last element
    ("A Zambian court freed two ex-ministers on bail.", "RETREAT", "084"),
    ("Putin defended Russia's involvement in the Syrian war.", "SUPPORT", "052"),
    ("Syrian authorities freed a prominent blogger.", "RETREAT", "084"),
    ("Rebels in Colombia released two policemen on Monday.", "RETREAT", "084"),
    ("The Afghan president issued a fresh plea to the Taliban.", "REQUEST", "020"),
    # Exercises with a partner are military cooperation; alone, a show of force.
    ("Russia held joint exercises with Belarus.", "COOPERATE", "062"),
    ("China staged drills near Taiwan.", "MOBILIZE", "150"),
    ("The Chinese army conducted war games near Taiwan.", "MOBILIZE", "150"),
    ("Japan cut tariffs on American farm goods.", "CONCEDE", "085"),
    # Labour action: employees and teachers are actors; stopping work and walking out are strikes.
    ("Hundreds of employees stopped work on Tuesday in a strike over wages.", "PROTEST", "143"),
    ("Teachers in Denver went on strike for better pay.", "PROTEST", "143"),
    ("Opposition lawmakers walked out of parliament in protest.", "PROTEST", "143"),
]


def test_support_verbs_indirect_object_is_the_target(nlp: Language) -> None:
    """ "gave Moscow a stern warning": the target of the noun's event is the verb's dative."""
    events = code(nlp, "Obama gave Russia a stern warning over Ukraine.")
    warning = [e for e in events if e.rule == "threaten.warning.n"]
    assert warning and dyad(warning[0]) == ({"USA"}, {"RUS"}), [(e.rule, dyad(e)) for e in events]


@pytest.mark.parametrize(("text", "plover", "cameo"), CASES)
def test_event_noun_or_verb_codes_the_sentence(nlp: Language, text: str, plover: str, cameo: str) -> None:
    events = code(nlp, text)
    assert any(e.plover == plover and e.cameo == cameo for e in events), [
        (e.plover, e.cameo, e.rule) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The new phone will help users sleep better.",
        "Rain helped the farmers in the valley.",
        "The deportation of migrants drew criticism in the capital.",
        "The discussion lasted three hours.",
        "Voters gave 52 percent to the opposition.",
        "Japan held the Olympic Games in Tokyo.",
        "The referee stopped work on the pitch.",
    ],
)
def test_new_words_in_other_senses_code_nothing(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("ICE agents detained thirty migrants in Texas.", "USA"),
        ("The IDF struck Hamas positions in Gaza.", "ISR"),
        ("DFID cut its aid to Malawi.", "GBR"),
        ("The Revolutionary Guards seized a British tanker in the Gulf.", "IRN"),
        ("The Nusra Front released the Lebanese soldiers.", "SYR"),
        # Acronyms of four letters and more as some house styles print them.
        ("Farc rebels freed two Colombian soldiers.", "COL"),
    ],
)
def test_state_bodies_and_armed_groups_by_their_own_names(nlp: Language, text: str, source: str) -> None:
    events = code(nlp, text)
    assert events and source in dyad(events[0])[0], [(e.rule, dyad(e)) for e in events]


def test_a_persons_possessive_on_a_noun_of_what_was_done_to_them_is_the_target(nlp: Language) -> None:
    """ "Navalny's arrest", "Khashoggi's murder": the person it was done to; a country's
    possessive stays the doer ("Belarus's arrest of the blogger")."""
    for text in (
        "Prosecutors tied the militia to Lumumba's assassination.",
        "The opposition leader's arrest at the airport drew condemnation.",
    ):
        assert not [e for e in code(nlp, text) if e.plover in ("ASSAULT", "COERCE") and e.sources], text
    arrest = find(code(nlp, "Belarus's arrest of the blogger drew condemnation."), "COERCE")
    assert {a.country for a in arrest.sources} == {"BLR"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Since 2014, Japan has provided Ukraine with over $10 billion in economic assistance.", "UKR"),
        ("Iran supplied the Houthis in Yemen with drones and ballistic missiles.", "YEM"),
    ],
)
def test_give_x_with_y_names_the_gift_after_with_and_the_recipient_as_object(
    nlp: Language, text: str, target: str
) -> None:
    aid = find(code(nlp, text), "AID")
    assert {a.country for a in aid.targets} == {target}


@pytest.mark.parametrize(
    "text",
    [
        "Houthi forces released 14 Christians on Tuesday.",
        "The junta released two detained Swedes after nine days.",
        "A Moscow court released Ilya Yashin from custody.",
        "Rebels released the Kurds they had seized near Kobani.",
    ],
)
def test_releasing_any_people_is_a_release(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "RETREAT").cameo.startswith("084")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry released a statement on Monday.",
        "The company released its annual report.",
        "Police said the names of the suspects would be released on Monday.",
        "Authorities released the name of the woman killed in the crash.",
    ],
)
def test_releasing_a_thing_is_no_release_of_people(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police used tear gas and batons against students outside parliament in Tbilisi.",
        "Security forces used live ammunition to disperse the crowd in Dhaka.",
    ],
)
def test_crowd_control_weapons_used_are_violent_repression(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "COERCE").cameo == "175"


def test_aid_handed_over_is_aid(nlp: Language) -> None:
    aid = find(
        code(nlp, "South Korea handed over 200 tonnes of rice to the World Food Programme in Dhaka."), "AID"
    )
    assert {a.country for a in aid.sources} == {"KOR"}


def test_a_border_opened_to_people_is_refuge_and_otherwise_an_eased_restriction(nlp: Language) -> None:
    refuge = find(code(nlp, "Hungary opened its borders to Ukrainians fleeing the war."), "AID")
    assert refuge.cameo == "075" and {a.country for a in refuge.sources} == {"HUN"}
    eased = find(code(nlp, "Kenya opened its border with Somalia to trade on Monday."), "CONCEDE")
    assert eased.cameo == "081"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "About 1,500 Turkish soldiers were deployed as peacekeepers along the ceasefire line in Cyprus.",
            "TUR",
        ),
        ("Ghana is sending an infantry battalion to Lebanon to serve with the UN peacekeeping force.", "GHA"),
        ("Nepalese troops arrived in Juba to join the UN peacekeeping mission.", "NPL"),
    ],
)
def test_forces_sent_for_peacekeeping_are_military_protection(nlp: Language, text: str, source: str) -> None:
    aid = find(code(nlp, text), "AID")
    assert aid.cameo == "074" and {a.country for a in aid.sources} == {source}


def test_a_force_deployed_in_the_passive_is_its_senders_own(nlp: Language) -> None:
    moved = find(code(nlp, "French troops were deployed to the border with Niger."), "MOBILIZE")
    assert moved.cameo == "150" and dyad(moved) == ({"FRA"}, {"NER"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Italy returned three stolen Roman statues to the Libyan government on Monday.", "LBY"),
        ("The Dutch government has returned a collection of bronze sculptures to Nigeria.", "NGA"),
    ],
)
def test_anything_returned_to_an_actor_is_property_returned(nlp: Language, text: str, target: str) -> None:
    returned = find(code(nlp, text), "RETREAT")
    assert returned.cameo == "0842" and {a.country for a in returned.targets} == {target}


@pytest.mark.parametrize(
    "text",
    ["The Russian foreign minister returned to Moscow on Friday.", "The prime minister returned the call."],
)
def test_returning_somewhere_or_without_a_recipient_returns_no_property(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "0842"]


def test_a_vessel_released_is_property_released(nlp: Language) -> None:
    released = find(
        code(nlp, "Indian coast guards released an Iranian fishing vessel they had detained."), "RETREAT"
    )
    assert released.cameo == "0842"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The EU has allocated 40 million euros in humanitarian aid to Sudan.", "SDN"),
        ("Japan provided 12 million dollars for emergency relief in Bangladesh.", "BGD"),
        ("Norway contributed $20 million to the Afghan government.", "AFG"),
    ],
)
def test_sums_given_to_an_actor_or_for_aid_are_aid(nlp: Language, text: str, target: str) -> None:
    aid = find(code(nlp, text), "AID")
    assert aid.cameo.startswith("07") and {a.country for a in aid.targets} == {target}


@pytest.mark.parametrize(
    "text",
    ["Police in Lagos detained several suspects after the bombing.", "Kenyan police arrested two suspects."],
)
def test_suspects_are_actors_a_police_arrest_acts_on(nlp: Language, text: str) -> None:
    arrest = find(code(nlp, text), "COERCE")
    assert arrest.cameo == "173" and {a.sector for a in arrest.targets} == {"CRM"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Opposition lawmakers petitioned the Supreme Court to halt the vote.", True),
        ("Kenyan activists handed a petition to the British High Commission in Nairobi.", True),
        ("The Green Party submitted petitions to the state election board.", False),
    ],
)
def test_a_petition_delivered_is_an_appeal(nlp: Language, text: str, target: bool) -> None:
    appeal = find(code(nlp, text), "REQUEST")
    assert appeal.cameo == "020" and bool(appeal.targets) == target


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russian missiles hit Ukrainian power stations overnight.", "RUS"),
        ("Israeli jets hit Hamas positions in Gaza.", "ISR"),
    ],
)
def test_forces_and_weapons_that_hit_a_target_attack_it(nlp: Language, text: str, source: str) -> None:
    attack = find(code(nlp, text), "ASSAULT")
    assert attack.cameo == "190" and {a.country for a in attack.sources} == {source}


@pytest.mark.parametrize(
    "text", ["US sanctions hit Iran's economy hard.", "The storm hit the Philippine coast on Monday."]
)
def test_what_hits_an_economy_or_a_coast_is_no_attack(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


def test_teargas_fired_is_violent_repression(nlp: Language) -> None:
    repression = find(code(nlp, "Kenyan police fired teargas at students in Nairobi."), "COERCE")
    assert repression.cameo == "175"


def test_facilities_seized_by_an_army_are_occupied(nlp: Language) -> None:
    seized = find(code(nlp, "The Sudanese army seized two oil pumping stations near Heglig."), "ASSAULT")
    assert seized.cameo == "192"


def test_a_domestic_target_shows_as_its_country_in_the_terminal(nlp: Language) -> None:
    repression = find(code(nlp, "Police in Nairobi fired tear gas and used water cannon."), "COERCE")
    assert "→ Kenya [KEN" in event_line(repression)


@pytest.mark.parametrize(
    "text",
    [
        "The White House offered its first hint of concern at Israel's actions.",
        "A senior Emirati diplomat offered his condolences over the attack.",
    ],
)
def test_words_offered_promise_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "AGREE"]


def test_an_offer_of_a_truce_is_still_an_offer(nlp: Language) -> None:
    assert find(code(nlp, "Egypt offered Israel a ten-year truce."), "AGREE").cameo == "0356"


@pytest.mark.parametrize(
    "text",
    [
        "The minister demonstrated great patience during the hearing.",
        "The drills were meant to demonstrate to Beijing that the alliance is ready.",
        "Clerks barricaded themselves inside the office as the gunman fired.",
        "A man walking out of a shop was hit by a car.",
    ],
)
def test_showing_hiding_and_walking_are_no_protest(nlp: Language, text: str) -> None:
    """ "Demonstrate" with an object or a that-clause shows something; barricading oneself in is
    hiding; one person walking out of a place is walking (a walkout is a group's)."""
    assert not [e for e in code(nlp, text) if e.plover == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters demonstrated outside the parliament in Tbilisi on Sunday.",
        "Opposition lawmakers walked out of parliament in protest.",
        "Dock workers walked out over pay in Antwerp on Tuesday.",
    ],
)
def test_demonstrations_and_walkouts_are_protests(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "PROTEST")


@pytest.mark.parametrize(
    ("text", "retreat"),
    [
        ("Rebels withdrew from the town of Goma.", True),
        ("Israel pulled out of Gaza in 2005.", True),
        # CAMEO 087 is military de-escalation: a candidate, a patient or a boxer retreats from nothing.
        ("The candidate withdrew from the race on Monday.", False),
        ("His cellmate is withdrawing from a drug addiction.", False),
        ("The mandatory challenger pulled out through injury.", False),
    ],
)
def test_a_withdrawal_is_a_state_or_an_armed_groups(nlp: Language, text: str, retreat: bool) -> None:
    assert bool([e for e in code(nlp, text) if e.plover == "RETREAT"]) == retreat


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # A politician "attacking" a named person attacks with words (CAMEO 111).
        ("Putin attacked Volodymyr Zelensky in a long speech on Tuesday.", "ACCUSE"),
        ("Putin attacked Ukraine in February 2022.", "ASSAULT"),
        ("Rebels attacked the governor of Kivu near Goma.", "ASSAULT"),
        ("A man attacked Salman Rushdie on stage in New York.", "ASSAULT"),
    ],
)
def test_an_office_holder_attacking_a_person_criticises(nlp: Language, text: str, plover: str) -> None:
    assert find(code(nlp, text), plover)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Israeli air attacks on Gaza continued through the night.", "ISR", "PSE"),
        ("US sanctions on Iran have cut its oil exports by half.", "USA", "IRN"),
    ],
)
def test_a_nationality_or_an_abbreviation_on_an_event_noun_names_its_doer(
    nlp: Language, text: str, source: str, target: str
) -> None:
    event = code(nlp, text)[0]
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "Russian sanctions have hurt the economy.",  # on Russia or by Russia: no one it falls on
        "Afghan peace talks resumed in Doha.",  # where, or about what
    ],
)
def test_a_modifier_names_no_doer_where_the_phrase_names_no_one_acted_on(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.sources and e.sources[0].country in ("RUS", "AFG")]


def test_an_act_after_which_something_was_suspended_is_not_ended(nlp: Language) -> None:
    """An ending verb ends the act it wraps ("halted its attacks": its doer's de-escalation, RETREAT
    087, and no attack, test_ended_fighting_45), not one its time phrase names."""
    event = find(code(nlp, "UN aid programmes were suspended after Israel's attacks on Gaza."), "ASSAULT")
    assert event.polarity == "affirmed"
    events = code(nlp, "Hamas halted its attacks on Israel.")
    assert find(events, "RETREAT").cameo == "087"
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_an_offences_possessor_committed_it_and_accused_no_one(nlp: Language) -> None:
    """ "accused Russia of aggression" is Ukraine's accusation; "the administration's corruption"
    is no accusation by the administration."""
    assert not code(nlp, "The administration's corruption was exposed by two reporters.")
    event = find(code(nlp, "Ukraine accused Russia of aggression."), "ACCUSE")
    assert dyad(event) == ({"UKR"}, {"RUS"})


def test_a_predicate_the_parser_hung_on_the_root_noun_still_has_that_noun_as_doer(nlp: Language) -> None:
    # "at least" makes the parser read the whole sentence as a noun phrase, "carried" a clause on "force".
    text = (
        "The Turkish air force carried out at least five air strikes in northern Iraq, "
        "killing several PKK fighters."
    )
    events = code(nlp, text)
    assert "TUR" in dyad(find(events, "ASSAULT"))[0]


def test_a_gerund_after_by_or_after_is_done_by_the_verbs_subject(nlp: Language) -> None:
    events = code(nlp, "Lithuania retaliated by expelling three Belarusian diplomats.")
    assert dyad(find(events, "SANCTION")) == ({"LTU"}, {"BLR"})
    events = code(nlp, "The Indian foreign minister met Wang Yi after visiting Colombo.")
    assert "IND" in dyad(find(events, "CONSULT"))[0]
    # "accused X of bombing", "praised X for helping": someone else's deed, no act of the subject's
    events = code(nlp, "Kenya praised Uganda for helping the refugees.")
    assert not [e for e in events if e.plover == "AID" and "KEN" in dyad(e)[0]]
    # a means no one used: "has two ways to ...: by asking ..."
    text = "The senate has two ways to force the issue: by suing the agency, by asking judges to intervene."
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council imposed some of the harshest sanctions ever against Pyongyang.",
        "The European Union has already imposed most of its sanctions on Belarus.",
    ],
)
def test_a_quantifier_of_an_event_noun_leaves_the_noun_to_its_verb(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "SANCTION")
    assert event.sources and event.targets, (event.sources, event.targets)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Security Council made a strong condemnation of Pyongyang's latest missile launch.", "PRK"),
        ("The Swedish foreign minister made sharp criticism of Turkey's offensive in northern Syria.", "TUR"),
    ],
)
def test_a_condemnation_or_criticism_made_is_voiced(nlp: Language, text: str, target: str) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert target in dyad(event)[1]
