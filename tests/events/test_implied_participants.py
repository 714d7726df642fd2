"""Participants a sentence implies (events/implied.py), on sentences written for these tests
(issue 11): the two sides of a war, a third party speaking to a pair, a city as the place of
an act on its country, and projectiles fired from somewhere unnamed."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

from wirewatch.model import Inference

pytestmark = pytest.mark.slow


def test_both_sides_of_a_civil_war_are_its_two_forces_not_the_mediator(nlp: Language) -> None:
    text = (
        "Clashes between the Sudanese army and the Rapid Support Forces spread across Khartoum. "
        "Kenyan President William Ruto urged both sides to lay down their arms."
    )
    urged = next(e for e in code(nlp, text) if e.trigger.text == "urged")
    assert Inference.PAIR in urged.inferences
    assert {a.country for a in urged.targets} == {"SDN"} and len(urged.targets) == 2
    assert {a.sector for a in urged.targets} == {"MIL", "REB"}


def test_a_third_party_is_not_one_of_both_countries(nlp: Language) -> None:
    text = (
        "Armenia and Azerbaijan traded fire along the border on Monday. France condemned the shelling. "
        "French President Emmanuel Macron urged both countries to return to talks."
    )
    urged = next(e for e in code(nlp, text) if e.trigger.text == "urged")
    assert {a.country for a in urged.targets} == {"ARM", "AZE"}


def test_a_pair_named_in_its_own_sentence_is_that_pair(nlp: Language) -> None:
    text = "Chile rejected an offer from Peru for direct talks between the two neighbours."
    talks = [e for e in code(nlp, text) if e.inferences & Inference.PAIR]
    assert all({a.country for a in e.sources + e.targets} == {"CHL", "PER"} for e in talks)


def test_the_two_leaders_are_the_two_people_who_spoke_before(nlp: Language) -> None:
    """Coreference (issue 11, stop 43): "the two leaders" after one spoke with the other are those two."""
    text = (
        "Indian Prime Minister Narendra Modi spoke with Japanese Prime Minister Shinzo Abe by phone "
        "on Monday. The two leaders reaffirmed their support for the rail pact."
    )
    support = next(e for e in code(nlp, text) if e.trigger.text == "support")
    assert {a.country for a in support.sources} == {"IND", "JPN"} and len(support.sources) == 2


def test_both_men_are_the_pair_named_together_last(nlp: Language) -> None:
    text = (
        "Chilean President Gabriel Boric and Bolivian President Luis Arce met in Santiago on Friday. "
        "Both men condemned the attack on the mine workers."
    )
    condemned = next(e for e in code(nlp, text) if e.trigger.text == "condemned")
    assert {a.country for a in condemned.sources} == {"CHL", "BOL"}


def test_the_two_leaders_with_no_pair_named_before_stay_unnamed(nlp: Language) -> None:
    text = (
        "Chilean President Gabriel Boric toured the flooded south on Friday. "
        "The two leaders of the miners' union condemned the attack on the workers."
    )
    condemned = next(e for e in code(nlp, text) if e.trigger.text == "condemned")
    assert Inference.PAIR not in condemned.inferences
    assert "Gabriel Boric" not in {a.name for a in condemned.sources}


def test_a_city_struck_or_visited_stands_for_its_country_by_name(nlp: Language) -> None:
    shelled = find(code(nlp, "Russian forces shelled Kharkiv overnight."), "ASSAULT")
    (target,) = shelled.targets
    assert (target.country, target.name, target.text) == ("UKR", "Ukraine", "Kharkiv")


def test_rockets_fired_at_a_countrys_towns_are_not_its_own_attack(nlp: Language) -> None:
    text = "Rockets were fired at the Israeli cities of Sderot and Ashkelon on Monday, the army said."
    events = code(nlp, text)
    assert not [e for e in events if dyad(e) == ({"ISR"}, {"ISR"})]


@pytest.mark.parametrize(
    "text",
    [
        "Three artillery shells hit a primary school in northern Gaza on Friday, killing two pupils.",
        "Two mortar shells hit a market in the Syrian city of Aleppo overnight, killing six civilians.",
    ],
)
def test_shells_that_hit_a_place_are_not_fired_by_its_country(nlp: Language, text: str) -> None:
    """Shells and mortars are fired from afar (issue 11): the country they hit is where the
    attack landed, not who did it; the attackers stay unidentified, of no country."""
    event = find(code(nlp, text), "ASSAULT")
    (source,) = event.sources
    (target,) = event.targets
    assert source.country is None and source.sector == "UAF"
    assert target.country is not None


def test_a_roadside_bomb_still_names_its_place_as_the_attackers(nlp: Language) -> None:
    """A bomb that goes off where it lies is no projectile: PLOVER codes it to its place."""
    event = find(code(nlp, "A roadside bomb killed four Syrian soldiers near Aleppo on Friday."), "ASSAULT")
    assert {a.country for a in event.sources} == {"SYR"}


def test_a_bomb_that_went_off_in_a_country_is_still_coded_to_it(nlp: Language) -> None:
    """PLOVER codes a bombing with no named attacker to the country it went off in."""
    event = find(code(nlp, "A car bomb in Kabul killed ten Afghan civilians on Friday."), "ASSAULT")
    assert dyad(event) == ({"AFG"}, {"AFG"}) and event.inferences & Inference.UNATTRIBUTED_BOMBING


def test_a_capital_criticised_or_visited_is_its_government(nlp: Language) -> None:
    events = code(nlp, "Cuba's foreign minister criticised Washington on Friday.")
    (target,) = next(e for e in events if e.targets).targets
    assert (target.country, target.sector) == ("USA", "GOV")


def test_local_attackers_keep_the_place_as_the_source(nlp: Language) -> None:
    """Only what is fired from afar (rockets, missiles) leaves its source unknown; police
    killed in a clash with bombers keep the place's country, as PLOVER codes it."""
    text = (
        "At least three police officers were killed and five others injured on Sunday in a clash "
        "with two suicide bombers in the northern Iraqi province of Nineveh."
    )
    events = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert events and all(e.sources for e in events)


@pytest.mark.parametrize(
    ("text", "source", "country"),
    [
        ("Six villagers were killed when rebels raided a market town near Beni on Sunday.", "rebels", "COD"),
        (
            "Two Pakistani soldiers were wounded after militants ambushed their patrol near Wana.",
            "militants",
            "PAK",
        ),
        (
            "Nine civilians were killed in Idlib as Russian warplanes pounded the town overnight.",
            "Russian warplanes",
            "RUS",
        ),
        (
            "Four people were killed in Odesa when a Russian drone struck an apartment block.",
            "Russian",
            "RUS",
        ),
    ],
)
def test_an_agentless_attack_takes_the_attacker_its_when_clause_names(
    nlp: Language, text: str, source: str, country: str
) -> None:
    """ "were killed when militants ambushed ...": the clause says who attacked, so the attack is
    theirs, not the unknown attackers' of the place it happened in."""
    event = find(code(nlp, text), "ASSAULT")
    assert [(a.text, a.country) for a in event.sources] == [(source, country)]
    assert not event.inferences & (Inference.UNATTRIBUTED | Inference.UNATTRIBUTED_BOMBING)


def test_a_when_clause_without_an_attacker_leaves_the_place_as_source(nlp: Language) -> None:
    text = "Three policemen were killed in Quetta when a bomb exploded near a checkpoint."
    event = find(code(nlp, text), "ASSAULT")
    assert {a.country for a in event.sources} == {"PAK"}
    assert event.inferences & (Inference.UNATTRIBUTED | Inference.UNATTRIBUTED_BOMBING)


@pytest.mark.parametrize(
    "text",
    [
        "Five people were killed when a bus overturned near Quetta on Monday.",
        "Four Tunisian fishermen were killed after their boat capsized off Sfax.",
        "Two workers were killed in Lyon when a freight train derailed.",
        "A Kenyan woman was killed in Nakuru when she was struck twice by a car outside the store.",
        "More than 31,000 people were killed in the city of Bam in the worst disaster of the decade.",
    ],
)
def test_deaths_in_an_accident_have_no_attacker(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


def test_the_place_of_the_act_beats_the_hometown_in_an_apposition(nlp: Language) -> None:
    """The authority behind an agentless arrest, or the country of an unattributed attack, is the
    place the verb's own phrase names, not a place describing the victim."""
    detained = find(
        code(
            nlp, "Nasrin Karimi, a student from the northern town of Babol, was detained in Tabriz on Monday."
        ),
        "COERCE",
    )
    assert [(a.text, a.country) for a in detained.sources] == [("Tabriz", "IRN")]
    killed = find(
        code(nlp, "Two aid workers from the Kenyan town of Garissa were killed in Mogadishu on Friday."),
        "ASSAULT",
    )
    assert {a.country for a in killed.sources} == {"SOM"}


def test_an_organisation_of_states_has_no_domestic_target(nlp: Language) -> None:
    events = code(
        nlp, "The European Union said it had dispatched rescue teams through its civil protection mechanism."
    )
    assert not [e for e in events if e.inferences & Inference.DOMESTIC]
    blocked = find(code(nlp, "Young Kenyans blocked roads on Tuesday."), "PROTEST")
    assert blocked.inferences & Inference.DOMESTIC and {a.country for a in blocked.targets} == {"KEN"}


@pytest.mark.parametrize("text", ["He condemned the attack by Russia.", "Russia launched an attack in May."])
def test_a_state_named_as_the_doer_is_no_domestic_target_of_its_own_act(nlp: Language, text: str) -> None:
    """Issue 11: "the attack by Russia" was coded Russia against Russia. The domestic default
    (the doer's own country as the target) would be the doer itself when a state's name is the
    doer: its ground is no target apart from it."""
    attack = find(code(nlp, text), "ASSAULT")
    assert {a.country for a in attack.sources} == {"RUS"}
    assert not attack.targets and not attack.inferences & Inference.DOMESTIC, attack.targets
    lifted = find(code(nlp, "The Algerian government lifted the state of emergency."), "CONCEDE")
    assert dyad(lifted) == ({"DZA"}, {"DZA"})  # a state's organ acts on its country at large


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of rockets were fired at Israeli cities.",
        "A barrage of missiles was fired at Ukrainian cities.",
    ],
)
def test_a_counted_volley_fired_at_a_country_is_not_that_countrys_own(nlp: Language, text: str) -> None:
    """ "Thousands of rockets": what was fired is the rockets, so they came from elsewhere, and
    the country struck is no attacker of its own."""
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT" and dyad(e)[0] & dyad(e)[1]]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Mark Carney spoke with Zelensky and pledged that Ottawa would send more air defence.",
        "EU finance ministers froze the assets held in the bloc by two Belarusian banks.",
    ],
)
def test_no_event_targets_its_own_sources_state(nlp: Language, text: str) -> None:
    for event in code(nlp, text):
        own = {(a.country, a.sector) for a in event.sources if a.sector in (None, "GOV")}
        assert not [t for t in event.targets if (t.country, t.sector) in own | {(c, None) for c, _ in own}], (
            event.rule
        )


def test_people_freed_did_not_free_themselves(nlp: Language) -> None:
    """A release with no agent is the authorities' act, not the freed people's own retreat."""
    freed = find(code(nlp, "Three Turkish journalists were freed in Nigeria."), "RETREAT")
    assert [(a.country, a.sector) for a in freed.sources] == [("NGA", "GOV")]
    assert [a.country for a in freed.targets] == ["TUR"]
    # Hostages are released by whoever held them: no authority is implied.
    assert not [e for e in code(nlp, "Two Danish hostages were released in Mali.") if e.plover == "RETREAT"]


def test_sanctions_lifted_in_the_passive_are_their_imposers(nlp: Language) -> None:
    """ "EU sanctions against Belarus were lifted": the EU lifts them, Belarus is whom they hit;
    "the embargo on Cuba was lifted" names no one who lifted it, so Cuba lifts nothing: authorities
    of no country named lift it from Cuba (passives46: codebook `authority`)."""
    lifted = find(code(nlp, "EU sanctions against Belarus were lifted in 2016."), "CONCEDE")
    assert dyad(lifted) == ({"EU"}, {"BLR"})
    unnamed = find(code(nlp, "The embargo on Cuba was lifted."), "CONCEDE")
    assert dyad(unnamed) == ({None}, {"CUB"})
    assert Inference.IMPLIED in unnamed.inferences


@pytest.mark.parametrize(
    "text",
    [
        "A pedestrian was struck and killed in a crosswalk in Bloomington on Wednesday.",
        "Two British climbers were killed in New Zealand after falling from a ridge.",
    ],
)
def test_an_accident_has_no_attacker_of_the_place(nlp: Language, text: str) -> None:
    """No one attacked a pedestrian in a crosswalk or a climber who fell: no attack is coded to
    the country it happened in."""
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


def test_a_civic_group_of_a_country_may_target_its_government(nlp: Language) -> None:
    """A group of no known sector is no state: its own country's government stays its target."""
    text = "The Kenya Human Rights Commission urged the government to release the detained bloggers."
    urged = find(code(nlp, text), "REQUEST")
    assert [(a.country, a.sector) for a in urged.targets] == [("KEN", "GOV")]


def test_criminals_and_private_people_act_on_no_country_of_their_own(nlp: Language) -> None:
    """ "Pirates seized a tanker": the act does not fall on Somalia, as a government's or a
    crowd's act with no named target falls on its own country."""
    events = code(nlp, "Somali pirates opened fire near the coast on Monday.")
    fired = [e for e in events if e.plover == "ASSAULT"]
    assert fired and all(not e.targets for e in fired)
    repression = find(code(nlp, "Police in Nairobi fired tear gas and used water cannon."), "COERCE")
    assert [t.country for t in repression.targets] == ["KEN"]


def test_an_agentless_arrest_is_the_polices_a_release_the_governments(nlp: Language) -> None:
    arrested = find(code(nlp, "An opposition leader was arrested in Caracas on Monday."), "COERCE")
    assert [(a.country, a.sector) for a in arrested.sources] == [("VEN", "COP")]
    assert arrested.inferences & Inference.IMPLIED
    freed = find(code(nlp, "A Venezuelan opposition leader was released from prison in Caracas."), "RETREAT")
    assert [(a.country, a.sector) for a in freed.sources] == [("VEN", "GOV")]


def test_an_agentless_sentence_or_indictment_is_the_courts(nlp: Language) -> None:
    # Issue 11 (helper draw 3121): "He will be sentenced November 8" was coded as the police's act.
    text = "A former mayor of Tulsa will be sentenced next month for fraud in Oklahoma."
    sentenced = find(code(nlp, text), "COERCE")
    assert [(a.country, a.sector) for a in sentenced.sources] == [("USA", "JUD")]
    arrested = find(code(nlp, "A former mayor of Tulsa was arrested in Oklahoma."), "COERCE")
    assert [(a.country, a.sector) for a in arrested.sources] == [("USA", "COP")]


def test_an_agentless_release_on_bail_or_a_prison_term_is_the_courts(nlp: Language) -> None:
    # Stop 43 (j16 class 7): a release on bond was the government's, a jailing for two years the police's.
    released = find(
        code(nlp, "The union leader was released on bail after a hearing in Nairobi on Tuesday."), "RETREAT"
    )
    assert [(a.country, a.sector) for a in released.sources] == [("KEN", "JUD")]
    freed = find(code(nlp, "The activist was freed after posting a $2,000 bond in Quito."), "RETREAT")
    assert [(a.country, a.sector) for a in freed.sources] == [("ECU", "JUD")]
    jailed = find(code(nlp, "The blogger was imprisoned in Nigeria for three years."), "COERCE")
    assert [(a.country, a.sector) for a in jailed.sources] == [("NGA", "JUD")]


def test_an_agentless_release_or_arrest_without_court_terms_keeps_its_authority(nlp: Language) -> None:
    released = find(code(nlp, "The union leader was released in Nairobi on Tuesday."), "RETREAT")
    assert [(a.country, a.sector) for a in released.sources] == [("KEN", "GOV")]
    # a year that dates the arrest is no prison term
    arrested = find(code(nlp, "The activist was arrested in Quito last year."), "COERCE")
    assert [(a.country, a.sector) for a in arrested.sources] == [("ECU", "COP")]


def test_a_car_bomb_is_still_an_attack(nlp: Language) -> None:
    event = find(code(nlp, "Two Kenyan soldiers were killed in Mandera when a car bomb exploded."), "ASSAULT")
    assert {a.country for a in event.sources} == {"KEN"}


def test_a_navys_act_at_sea_falls_on_no_country_of_its_own(nlp: Language) -> None:
    events = code(nlp, "The personnel on board the Indian warship have confiscated 14 rifles and two boats.")
    event = find(events, "COERCE")
    assert not event.targets and not event.inferences & Inference.DOMESTIC


def test_an_attack_in_a_sea_named_after_a_place_is_on_no_one_of_that_place(nlp: Language) -> None:
    events = code(nlp, "Somali pirates carried out dozens of attacks in the Gulf of Aden last year.")
    assert not [t for e in events if e.plover == "ASSAULT" for t in e.targets if t.country == "YEM"]
    assert find(code(nlp, "Russian artillery shelled Kharkiv on Monday."), "ASSAULT").targets


def test_an_unattributed_attacks_source_is_unidentified_forces_of_where_it_struck(nlp: Language) -> None:
    """CAMEO's UAF: the attackers no one names, in the country struck; never that state itself."""
    event = find(code(nlp, "A roadside bomb killed two US soldiers near Samarra."), "ASSAULT")
    assert [(a.country, a.sector) for a in event.sources] == [("IRQ", "UAF")]
    assert event.sources[0].name == "unidentified attackers in Iraq"


def test_a_nationality_in_an_of_phrase_is_no_place_of_the_attack(nlp: Language) -> None:
    text = (
        "Israel asked Germany for more compensation for the families of the Israeli athletes killed in 1972."
    )
    assert not [
        e for e in code(nlp, text) if e.plover == "ASSAULT" and "ISR" in {a.country for a in e.sources}
    ]


@pytest.mark.parametrize(
    "text", ["North Korea fired two ballistic missiles on Sunday.", "Hamas fired rockets from Gaza."]
)
def test_what_is_fired_from_afar_falls_on_no_one_at_home(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "ASSAULT")
    assert not event.targets and Inference.DOMESTIC not in event.inferences


def test_a_show_of_force_falls_on_no_one_at_home(nlp: Language) -> None:
    event = find(code(nlp, "North Korea carried out a successful missile test."), "MOBILIZE")
    assert event.cameo == "150" and not event.targets


def test_an_agentless_arrest_at_sea_is_by_no_authority_of_the_seas_namesake(nlp: Language) -> None:
    # Issue 11: "26 pirates arrested" in the Gulf of Aden were Yemeni police's arrest.
    events = code(nlp, "Four smugglers were arrested in the Gulf of Oman on Monday.")
    assert not [a for e in events if e.plover == "COERCE" for a in e.sources if a.country == "OMN"]
    arrested = find(code(nlp, "Four smugglers were arrested in the port of Muscat on Monday."), "COERCE")
    assert [(a.country, a.sector) for a in arrested.sources] == [("OMN", "COP")]


@pytest.mark.parametrize(
    ("text", "plover", "target"),
    [
        (
            "Sudanese planes bombed a refugee camp in Yida on Thursday. The White House has also "
            "condemned the bombing.",
            "ACCUSE",
            "SDN",
        ),
        ("India's navy freed the hostages on Friday. Japan welcomed the release.", "SUPPORT", "IND"),
    ],
)
def test_a_reaction_to_an_act_targets_its_doer_as_coded_before(
    nlp: Language, text: str, plover: str, target: str
) -> None:
    event = [e for e in code(nlp, text) if e.plover == plover][-1]
    assert {a.country for a in event.targets} == {target}
    assert Inference.ANTECEDENT in event.inferences


def test_a_reaction_with_no_doer_coded_before_has_no_target(nlp: Language) -> None:
    text = "A bomb went off in the market. The White House has also condemned the bombing."
    event = find(code(nlp, text), "ACCUSE")
    assert not event.targets


def test_a_denial_targets_whoever_accused_the_denier_before(nlp: Language) -> None:
    text = "Kenya accused Somalia of shelling the border town. The Somali army denied the claims."
    event = find(code(nlp, text), "REJECT")
    assert {a.country for a in event.targets} == {"KEN"}
    other = "The UN accused Russia of shelling the convoy. Sudan denied the claims."
    assert not find(code(nlp, other), "REJECT").targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A drone killed four al-Shabaab fighters near Kismayo on Tuesday.", "SOM"),
        ("A missile struck a maternity hospital in Dnipro overnight.", "UKR"),
        # the small model tags "Odesa" LANGUAGE: a place name all the same after "in"
        ("A missile struck a railway station in Odesa overnight.", "UKR"),
        ("An air strike hit a crowded market in Idlib on Sunday.", "SYR"),
    ],
)
def test_what_was_fired_from_afar_with_no_owner_named_is_by_attackers_of_no_known_country(
    nlp: Language, text: str, target: str
) -> None:
    """The attack happened and is coded; its attackers are no one of the country struck, and a
    weapon fired from afar keeps CAMEO's military force (19)."""
    event = find(code(nlp, text), "ASSAULT")
    assert [(a.country, a.sector) for a in event.sources] == [(None, "UAF")]
    assert target in dyad(event)[1] and event.cameo.startswith("19")


@pytest.mark.parametrize(
    ("text", "plover", "doers"),
    [
        ("Norway condemned the shooting of the reporter by a militia.", "ACCUSE", {"militia"}),
        ("The African Union denounced Ethiopia's strikes on the Tigrayan capital.", "ACCUSE", {"Ethiopia"}),
        (
            "Kenya welcomed the release of the fishermen by the Somali coast guard.",
            "SUPPORT",
            {"Somali coast guard"},
        ),
        ("A UN spokesman slammed the Israeli raid on the clinic.", "ACCUSE", {"Israeli"}),
    ],
)
def test_a_reaction_to_an_act_targets_the_doer_its_phrase_names(
    nlp: Language, text: str, plover: str, doers: set[str]
) -> None:
    event = find(code(nlp, text), plover)
    assert {a.text for a in event.targets} == doers


@pytest.mark.parametrize(
    "text",
    [
        "The Arab League condemned the attack on the hospital in Aden.",
        "Canada condemned the raid on the newspaper's offices.",
        "The Somali president condemned the Mogadishu bombing.",
    ],
)
def test_a_reaction_to_an_act_is_not_aimed_at_its_victim(nlp: Language, text: str) -> None:
    assert not find(code(nlp, text), "ACCUSE").targets


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Five soldiers were killed in a Russian drone strike near Kherson.", "RUS"),
        ("Two policemen were wounded in a Taliban ambush outside Kandahar.", "AFG"),
        ("Three civilians were killed during an Israeli raid on the camp near Jenin.", "ISR"),
    ],
)
def test_victims_struck_in_a_named_owners_attack_were_struck_by_that_owner(
    nlp: Language, text: str, source: str
) -> None:
    event = find(code(nlp, text), "ASSAULT")
    assert {a.country for a in event.sources} == {source}
    assert not event.inferences & (Inference.UNATTRIBUTED | Inference.UNATTRIBUTED_BOMBING)


def test_an_attack_named_only_by_its_place_stays_unattributed(nlp: Language) -> None:
    event = find(code(nlp, "Four people were killed in a strike on a market in Idlib."), "ASSAULT")
    assert [a.sector for a in event.sources] == ["UAF"]


def test_a_clause_after_since_read_as_a_noun_phrase_keeps_its_doer(nlp: Language) -> None:
    """ "since ground forces invaded" is the forces invading, not forces struck by unknown attackers."""
    text = (
        "A drone struck a clinic in the Kharkiv district of Saltivka, where most of the fighting has "
        "taken place since ground forces invaded in February, medics said."
    )
    assert not [a for e in code(nlp, text) for a in e.targets if a.sector == "MIL"]
    killed = find(code(nlp, "Two Nigerian soldiers killed in Mali were buried on Friday."), "ASSAULT")
    assert [a.country for a in killed.targets] == ["NGA"]


def test_one_private_person_named_by_a_noun_strikes_no_country_of_their_own(nlp: Language) -> None:
    # "a disgruntled man" is one person, as "Kirkpatrick" is: no domestic target is implied
    text = (
        "Police in Dayton, Ohio, said the gunman was a former employee. A disgruntled man burst into "
        "the office party and opened fire."
    )
    event = find(code(nlp, text), "ASSAULT")
    assert not event.targets and Inference.DOMESTIC not in event.inferences


def test_victims_counted_over_the_days_of_an_owners_offensive_were_struck_by_that_owner(
    nlp: Language,
) -> None:
    text = "Some 200 people have been killed in Taiz in the first weeks of the Saudi offensive."
    events = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert events and all({a.country for a in e.sources} == {"SAU"} for e in events)


def test_an_armys_strike_with_no_target_named_falls_on_no_home_of_its_own(nlp: Language) -> None:
    # Rafah is a town of two countries: the strike's target is not known, least of all Israel
    event = find(code(nlp, "Israeli warplanes struck a mosque in Rafah overnight."), "ASSAULT")
    assert {a.country for a in event.sources} == {"ISR"}
    assert "ISR" not in {a.country for a in event.targets}
    assert Inference.DOMESTIC not in event.inferences


def test_one_who_summons_an_envoy_to_protest_is_the_one_protesting(nlp: Language) -> None:
    text = "Algeria summoned the Moroccan charge d'affaires to protest the arrests."
    protest = [e for e in code(nlp, text) if e.trigger.text == "protest"]
    assert protest and {a.country for a in protest[0].sources} == {"DZA"}


def test_a_ship_seized_by_rebels_is_no_act_on_their_own_country(nlp: Language) -> None:
    event = find(code(nlp, "Houthi rebels seized a cargo ship."), "COERCE")
    assert Inference.DOMESTIC not in event.inferences


def test_a_ship_seized_in_a_gulf_named_after_a_port_is_not_that_ports_country(nlp: Language) -> None:
    event = find(code(nlp, "Houthi rebels seized a cargo ship in the Gulf of Aden."), "COERCE")
    assert Inference.PLACE not in event.inferences


def test_the_country_one_is_deported_from_is_the_one_deporting(nlp: Language) -> None:
    event = find(code(nlp, "Three Afghan refugees were deported from Pakistan."), "COERCE")
    assert {a.country for a in event.sources} == {"PAK"}
    assert Inference.IMPLIED in event.inferences


def test_a_sanction_with_no_target_named_falls_on_no_home(nlp: Language) -> None:
    events = code(nlp, "Argentina imposed new tariffs on imported steel.")
    assert events and not [e for e in events if Inference.DOMESTIC in e.inferences]
    protest = find(code(nlp, "Angry farmers stormed the parliament building in Kampala."), "PROTEST")
    assert protest.cameo == "145"


def test_the_authorities_of_an_agentless_act_are_not_of_a_place_in_another_clause(nlp: Language) -> None:
    # Stop 34: "on Russia issues" belongs to the interview, not to the investigation reported.
    text = (
        "Earlier, the host pressed Ruto on Russia issues, citing reports that Kenyan tycoon Tom "
        "Ochieng, a Ruto adviser, had been investigated for alleged ties to the Kremlin."
    )
    assert "RUS" not in {a.country for e in code(nlp, text) for a in e.sources}


@pytest.mark.parametrize(
    ("text", "cameo", "where"),
    [
        ("Four Zambian activists were charged with sedition in Lusaka on Tuesday.", "112", "ZMB"),
        ("A Kenyan journalist was convicted of espionage in Kampala.", "116", "UGA"),
    ],
)
def test_an_agentless_charge_or_conviction_is_the_courts(
    nlp: Language, text: str, cameo: str, where: str
) -> None:
    """Only prosecutors charge and only courts convict: with no one named, the judiciary of the
    place did it, as it sentences and indicts (role_words.tsv `court`)."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == cameo and event.polarity == "affirmed"
    assert [(a.country, a.sector) for a in event.sources] == [(where, "JUD")]
    assert event.inferences & Inference.IMPLIED


@pytest.mark.parametrize(
    "text",
    [
        "Foreign shoppers in Nairobi were charged a fee for parking.",  # a fee, no accusation
        "Anyone in Kenya who is convicted of a crime may appeal.",  # no one in particular
        "The Peruvian mayor was accused of fraud.",  # anyone may accuse: no authority implied
        "A Brazilian football club was sanctioned by the league.",  # a named sanctioner, no state
    ],
)
def test_a_passive_that_implies_no_authority_codes_no_court(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.inferences & Inference.IMPLIED]


def test_a_denied_charge_stays_denied(nlp: Language) -> None:
    charged = [e for e in code(nlp, "The Zambian activist was not charged.") if e.plover == "ACCUSE"]
    assert all(e.polarity == "negated" for e in charged)


@pytest.mark.parametrize(
    ("text", "first", "second", "where"),
    [
        (
            "The Belarusian opposition activist was detained in Minsk in May and sentenced to six years.",
            ("detained", "COP"),
            ("sentenced", "JUD"),
            "BLR",
        ),
        (
            "Three Egyptian students were arrested and charged with inciting protests.",
            ("arrested", "COP"),
            ("charged", "JUD"),
            "EGY",
        ),
    ],
)
def test_a_second_participle_shares_the_passive_subject(
    nlp: Language, text: str, first: tuple[str, str], second: tuple[str, str], where: str
) -> None:
    """ "was detained and sentenced": the one sentenced is the one detained, and each act is its
    own authority's (the police arrest, the courts sentence and charge)."""
    events = {e.trigger.text: e for e in code(nlp, text)}
    for trigger, sector in (first, second):
        event = events[trigger]
        assert [(a.country, a.sector) for a in event.sources] == [(where, sector)]
        assert [a.country for a in event.targets] == [where]
        assert event.targets[0].sector is not None  # the person, not the country standing in


def test_a_second_participle_does_not_borrow_the_first_ones_agent(nlp: Language) -> None:
    """The police who arrested did not charge: the second act is the prosecutors'."""
    text = "The Bolivian union leader was arrested by police in La Paz and charged with sedition."
    events = {e.trigger.text: e for e in code(nlp, text)}
    assert [a.sector for a in events["arrested"].sources] == ["COP"]
    assert [(a.country, a.sector) for a in events["charged"].sources] == [("BOL", "JUD")]


@pytest.mark.parametrize(
    ("text", "plover", "sector", "where"),
    [
        ("Sudanese students faced tear gas in Khartoum on Monday.", "COERCE", "COP", "SDN"),
        ("The Nigerian senator faces charges of fraud in Abuja.", "ACCUSE", "JUD", "NGA"),
    ],
)
def test_an_act_told_from_the_side_of_its_victim_is_the_authoritys(
    nlp: Language, text: str, plover: str, sector: str, where: str
) -> None:
    """ "Students faced tear gas", "the senator faces charges": the one it fell on is the subject,
    the police or the prosecutors of the place did it."""
    event = find(code(nlp, text), plover)
    assert [(a.country, a.sector) for a in event.sources] == [(where, sector)]
    assert [a.country for a in event.targets] == [where] and event.targets[0].sector is not None


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan farmers faced gas shortages in Nakuru.",  # no tear gas
        "The Nigerian senator faces criticism over the budget.",  # anyone may criticise
    ],
)
def test_a_hardship_faced_implies_no_authority(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.inferences & Inference.IMPLIED]


@pytest.mark.parametrize(
    "text",
    [
        "Bombs hit a field hospital on the edge of Idlib on Thursday, wounding four nurses.",
        "Two medics were wounded when bombs struck the offices of an aid group in Aleppo.",
        "Five farmers were killed when shells landed on a village near Donetsk.",
    ],
)
def test_bombs_that_fell_on_a_place_are_not_dropped_by_its_country(nlp: Language, text: str) -> None:
    """Issue 11, stop 41: a bomb that hit, struck or landed on a place fell there from elsewhere,
    like a shell, in its own clause or in the clause that tells how the victims were struck; its
    attackers are unidentified, of no country, not the country it hit."""
    assaults = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert assaults
    for event in assaults:
        assert [(a.country, a.sector) for a in event.sources] == [(None, "UAF")]


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb hit an army convoy near Kandahar on Thursday, killing three soldiers.",
        "Two medics were wounded when a bomb exploded outside the offices of an aid group in Aleppo.",
    ],
)
def test_a_bomb_that_lay_where_it_went_off_stays_with_its_country(nlp: Language, text: str) -> None:
    """Negative: a roadside bomb that hit a convoy, or a bomb that exploded, lay where it went off:
    PLOVER codes it to the country it went off in."""
    assaults = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert assaults
    assert all({a.country for a in e.sources} <= {"AFG", "SYR"} and e.sources for e in assaults)
    assert any(a.country is not None for e in assaults for a in e.sources)


def test_an_agentless_act_on_a_person_of_no_known_country_is_by_unidentified_authorities(
    nlp: Language,
) -> None:
    # Stop 45 (r11 class 5): "a third man has been bailed" found its rule and its target, but no
    # country for the authority, and was dropped.
    bailed = find(code(nlp, "A second woman has been bailed until next month."), "RETREAT")
    assert [(a.country, a.sector, a.name) for a in bailed.sources] == [(None, "JUD", "unidentified court")]
    assert Inference.IMPLIED in bailed.inferences
    arrested = find(code(nlp, "Three teenagers were arrested after a break-in at a pharmacy."), "COERCE")
    assert [(a.country, a.sector) for a in arrested.sources] == [(None, "COP")]
    questioned = code(nlp, "A 40-year-old man was interviewed under caution on suspicion of theft.")
    assert [e.cameo for e in questioned] == ["091"]


def test_an_agentless_act_on_no_person_and_no_country_still_implies_no_authority(nlp: Language) -> None:
    assert not code(nlp, "The UN observer mission was expelled last week.")
    assert not code(nlp, "The footballer was banned for three matches after the brawl.")
    # a state's leader named beside the act may be the one who freed him: no unknown authority
    freed = code(
        nlp, "The blogger was freed on Monday after Zambian President Hakainde Hichilema pardoned him."
    )
    assert all(a.name != "unidentified authorities" for e in freed for a in e.sources)
    # a known country keeps its own authorities
    arrested = find(code(nlp, "A local man was arrested in Leeds on Tuesday."), "COERCE")
    assert [(a.country, a.sector) for a in arrested.sources] == [("GBR", "COP")]
