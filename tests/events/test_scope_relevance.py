"""Scope, modality and relevance of coded events (issue 10), on sentences written by the team.

Classes of failure read from the parse and the ontology, not from single sentences:
wrapper verbs ("kept shelling", "tried to storm"), support verbs with event nouns
("resumed its attacks"), acts asked for, refused or discussed ("urged Kenya to
investigate"), negation scope, habits and opinions, sports and business uses of
political verbs, and PLOVER 2.0 / CAMEO readings (decided sanctions, apologies,
refusals, denials).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find, rule_components

from wirewatch.errors import DataFileError
from wirewatch.events.main import main_event, sentence_event
from wirewatch.events.modality import load_cues
from wirewatch.events.relevance import business_cooperation, lexicon, load_lexicon
from wirewatch.model import Event, Inference, Mention

pytestmark = pytest.mark.slow


def main(nlp: Language, text: str) -> Event | None:
    with nlp.select_pipes(enable=rule_components(nlp)):
        doc = nlp(text)
    return main_event(doc, doc._.events or [])


def actual(events: list[Event], plover: str) -> list[Event]:
    return [e for e in events if e.plover == plover and e.modality == "actual" and e.polarity == "affirmed"]


# --- wrappers: the act is the embedded verb's, by the wrapper's subject -----------------


@pytest.mark.parametrize(
    ("text", "plover", "pair"),
    [
        ("Rwandan troops kept shelling Burundian villages.", "ASSAULT", ({"RWA"}, {"BDI"})),
        ("Ugandan soldiers started bombing Congolese positions.", "ASSAULT", ({"UGA"}, {"COD"})),
        ("Serbian forces continued to attack Albanian villages.", "ASSAULT", ({"SRB"}, {"ALB"})),
        # a gerund after "on": the parser makes it no infinitive complement
        ("Chadian troops went on attacking Libyan border posts.", "ASSAULT", ({"TCD"}, {"LBY"})),
        # PLOVER 2.0 codes an attempted act as the act
        ("Pakistani troops tried to invade Indian territory.", "ASSAULT", ({"PAK"}, {"IND"})),
        # a relative pronoun subject stands for the noun it hangs on
        (
            "The Eritrean army, which continued to shell Ethiopian towns, denied it.",
            "ASSAULT",
            ({"ERI"}, {"ETH"}),
        ),
        # the passive subject is the one forced to act
        ("Iraq was forced to withdraw its troops from Kuwait.", "RETREAT", ({"IRQ"}, {"KWT"})),
    ],
)
def test_a_wrapper_passes_the_act_and_its_subject_through(
    nlp: Language, text: str, plover: str, pair: tuple[set[str], set[str]]
) -> None:
    event = find(code(nlp, text), plover)
    assert dyad(event) == pair and (event.polarity, event.modality) == ("affirmed", "actual")


@pytest.mark.parametrize(
    ("text", "plover", "pair"),
    [
        # a participation wrapper (modality_cues.tsv): its gerund, and the event noun of its phrase
        ("Burmese troops were guilty of bombing Thai border villages.", "ASSAULT", ({"MMR"}, {"THA"})),
        ("Ugandan soldiers participated in the shelling of Congolese towns.", "ASSAULT", ({"UGA"}, {"COD"})),
        # in the passive, its subject took part: no one did it to them
        ("Kenyan police were involved in the killing of Somali traders.", "ASSAULT", ({"KEN"}, {"SOM"})),
        (
            "The Ethiopian army was complicit in the massacre of Eritrean refugees.",
            "ASSAULT",
            ({"ETH"}, {"ERI"}),
        ),
    ],
)
def test_a_participation_wrapper_passes_the_act_to_its_subject(
    nlp: Language, text: str, plover: str, pair: tuple[set[str], set[str]]
) -> None:
    """Issue 10: "guilty of violating the truce", "engaged in ethnic cleansing" left uncoded."""
    event = find(code(nlp, text), plover)
    assert dyad(event) == pair and (event.polarity, event.modality) == ("affirmed", "actual")


def test_a_denied_participation_negates_the_act(nlp: Language) -> None:
    text = "The Rwandan army was not involved in the killing of Burundian refugees."
    event = find(code(nlp, text), "ASSAULT")
    assert dyad(event) == ({"RWA"}, {"BDI"}) and event.polarity == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "The French company was involved in building the new bridge in Senegal.",
        "The Nigerian minister was engaged in a heated debate with students.",
    ],
)
def test_taking_part_in_no_act_codes_nothing(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The health ministry conducted a vaccination exercise in Lagos.",
        "Doctors in Perth are involved in a contact-tracing exercise with the school.",
    ],
)
def test_an_exercise_of_no_armed_force_is_no_show_of_force(nlp: Language, text: str) -> None:
    """Exercises are military (CAMEO 062 with a partner, 150 alone) when a state or its forces
    hold them: a health office's exercise is none."""
    assert not [e for e in code(nlp, text) if e.plover in ("MOBILIZE", "COOPERATE")]


def test_the_one_forced_to_act_is_the_object_not_the_subject(nlp: Language) -> None:
    event = find(code(nlp, "Uganda forced Kenya to withdraw its ambassador."), "SANCTION")
    assert {a.country for a in event.sources} == {"KEN"}


@pytest.mark.parametrize(
    ("text", "plover", "polarity"),
    [
        ("The Ugandan army stopped shelling Congolese villages.", "ASSAULT", "negated"),
        ("The Ugandan army did not stop shelling Congolese villages.", "ASSAULT", "affirmed"),
        ("Kenyan police failed to arrest the Somali suspects.", "COERCE", "negated"),
        ("Israeli troops refrained from attacking Lebanese positions.", "ASSAULT", "negated"),
        ("Pakistan did not try to attack India.", "ASSAULT", "negated"),
        ("Japan did not fail to criticise China.", "ACCUSE", "affirmed"),
    ],
)
def test_ending_and_failing_negate_the_act(nlp: Language, text: str, plover: str, polarity: str) -> None:
    assert find(code(nlp, text), plover).polarity == polarity


# --- support and phase verbs with event nouns ------------------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "pair"),
    [
        ("Syria's army continued its offensive against Turkish troops.", "ASSAULT", ({"SYR"}, {"TUR"})),
        ("Ethiopia resumed its attacks on Eritrean positions.", "ASSAULT", ({"ETH"}, {"ERI"})),
        ("Israeli jets carried out strikes on Syrian army positions.", "ASSAULT", ({"ISR"}, {"SYR"})),
        ("Kenyan students staged a protest against the government.", "PROTEST", ({"KEN"}, {"KEN"})),
        ("The Malian army imposed a curfew on Gao.", "COERCE", ({"MLI"}, {"MLI"})),
        ("Israel and Syria resumed talks on Monday.", "CONSULT", ({"ISR"}, {"SYR"})),
        # a verb of completing is a phase too: the act was done (issue 10)
        ("The European Commission completed its investigation into Hungary.", "ACCUSE", ({"EC"}, {"HUN"})),
        # "call" (of "call off") is no phase verb: "continued their withdrawal" asks for nothing
        ("Moroccan troops continued their withdrawal from Mauritania.", "RETREAT", ({"MAR"}, {"MRT"})),
    ],
)
def test_a_support_or_phase_verb_carries_the_event_noun(
    nlp: Language, text: str, plover: str, pair: tuple[set[str], set[str]]
) -> None:
    event = find(code(nlp, text), plover)
    assert dyad(event) == pair and event.polarity == "affirmed"


def test_completing_a_game_is_no_event(nlp: Language) -> None:
    assert code(nlp, "Kenya completed the match against Uganda with a late goal.") == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Poland condemned the Russian airstrike on Kyiv.", "ASSAULT"),  # the condemner struck nothing
        ("Britain welcomed the talks between Serbia and Kosovo.", "CONSULT"),
    ],
)
def test_a_verb_with_an_event_of_its_own_carries_no_noun(nlp: Language, text: str, plover: str) -> None:
    subject = {"Poland": "POL", "Britain": "GBR"}[text.split()[0]]
    assert not [e for e in code(nlp, text) if e.plover == plover and subject in dyad(e)[0]]


# --- acts asked for, refused or discussed are nobody's actual act ----------------------


def test_an_act_called_for_is_the_request_not_the_askers_act(nlp: Language) -> None:
    text = "Britain called on the Sudanese militia to free the hostages."
    events = code(nlp, text)
    assert dyad(find(events, "REQUEST")) == ({"GBR"}, {"SDN"})
    assert not actual(events, "RETREAT")
    assert all({a.country for a in e.sources} == {"SDN"} for e in events if e.plover == "RETREAT")


def test_the_act_urged_is_the_request_only(nlp: Language) -> None:
    events = code(nlp, "The United States urged Kenya to investigate the killings.")
    assert dyad(find(events, "REQUEST")) == ({"USA"}, {"KEN"})
    assert not [e for e in events if e.plover == "ACCUSE"]  # the probe asked for is no act (stop 48)
    event = main(nlp, "The United States urged Kenya to investigate the killings.")
    assert event is not None and event.plover == "REQUEST"


@pytest.mark.parametrize(
    ("text", "embedded"),
    [
        ("The Kenyan parliament refused to withdraw the bill.", "RETREAT"),
        ("Egypt demanded that Israel release the Palestinian prisoners.", "RETREAT"),
        ("Armenia demanded that Turkey apologise for the killings.", "CONCEDE"),
        ("Ministers from Britain and France discussed sending troops to Mali.", "MOBILIZE"),
        ("Iran wants Iraq to expel the American diplomats.", "SANCTION"),
        ("Japan rejected talks with North Korea.", "CONSULT"),
        ("Kenya called for sanctions against Uganda.", "SANCTION"),
        ("Iran denied attacking the Saudi tanker.", "ASSAULT"),
        ("The new law empowers the Kenyan navy to violate the maritime border of Somalia.", "REJECT"),
    ],
)
def test_an_embedded_act_is_not_actual(nlp: Language, text: str, embedded: str) -> None:
    assert not actual(code(nlp, text), embedded)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Kenyan government ordered an investigation into the killings.", "ACCUSE"),
        ("Putin ordered the withdrawal of Russian troops from Syria.", "RETREAT"),
    ],
)
def test_a_verb_the_rule_names_carries_its_noun_actually(nlp: Language, text: str, plover: str) -> None:
    # "order" asks for an act, but these rules name it as a verb that launches one.
    assert find(code(nlp, text), plover).modality == "actual"


# --- negation follows the parse --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "polarity"),
    [
        ("Israeli jets attacked Hamas positions in Gaza, which did not respond.", "ASSAULT", "affirmed"),
        ("Russia attacked Georgia although it had not declared war.", "ASSAULT", "affirmed"),
        ("Not only did Iran criticise Israel, it also threatened it.", "ACCUSE", "affirmed"),
        ("Pakistan did not attack India.", "ASSAULT", "negated"),
        ("Kenya has not imposed sanctions on Uganda.", "SANCTION", "negated"),
        # a wrapper's "not" reaches an infinitive the parse hangs as a purpose clause
        ("Speaker Ryan did not step up to oppose Trump a year ago.", "REJECT", "negated"),
    ],
)
def test_negation_scope_follows_the_parse(nlp: Language, text: str, plover: str, polarity: str) -> None:
    event = find(code(nlp, text), plover)
    assert event.polarity == polarity and event.modality != "future"


# --- habits, generic statements and opinions are not events ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Russian army could attack Kyiv within days.",
        "Turkish jets might strike Kurdish positions in northern Syria.",
        "Kenya may expel the Somali ambassador.",
    ],
)
def test_a_possible_act_is_hypothetical(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert events and all(e.modality == "hypothetical" for e in events), [
        (e.rule, e.modality) for e in events
    ]


def test_a_case_supposed_is_hypothetical(nlp: Language) -> None:
    text = "Say Mexico demanded that the United States prove that a migrant was Mexican."
    assert not actual(code(nlp, text), "REQUEST")
    text = "Mexico demanded that the United States prove that a migrant was Mexican."
    assert actual(code(nlp, text), "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "Police usually arrest protesters in Nairobi.",
        "Every day, the ministry website gets attacked by tens of thousands of hackers.",
        "In many hijackings, pirates take the crew hostage and demand a ransom.",
    ],
)
def test_a_generic_habit_is_no_event(nlp: Language, text: str) -> None:
    assert find(code(nlp, "Police arrested protesters in Nairobi on Monday."), "COERCE")
    assert find(code(nlp, "The ministry website was attacked by thousands of hackers on Friday."), "ASSAULT")
    assert not code(nlp, text)


def test_a_named_actors_habit_is_still_its_acts(nlp: Language) -> None:
    assert find(code(nlp, "Kenyan police routinely arrest Somali refugees."), "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "If your crop fails, the provincial government lends money to your cooperative.",
        "Unless aid groups register, the Ethiopian government expels the foreign aid workers.",
        "If the rains fail, Japan sends food aid to Ethiopia.",
    ],
)
def test_a_present_act_under_a_condition_is_a_rule_not_an_event(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.modality == "actual"]


def test_a_conditional_future_or_a_past_act_after_when_is_still_coded(nlp: Language) -> None:
    threat = code(nlp, "If Serbia moves troops to the border, NATO will impose sanctions.")
    assert find(threat, "THREATEN")
    assert find(
        code(nlp, "When the talks collapsed, Ethiopian troops shelled the town of Adigrat."), "ASSAULT"
    )
    text = (
        "Kenya's foreign minister told reporters that she apologizes to Uganda if her remarks caused offence."
    )
    assert find(code(nlp, text), "CONCEDE")  # her own words, said then


def test_an_obligation_the_speaker_lays_on_itself_is_no_request(nlp: Language) -> None:
    text = '"We must keep pushing these policies," the Kenyan president said.'
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]


# --- relevance: sports, business, entertainment, campaigns -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brazil beat Argentina 3-1 in the World Cup final.",
        "The Nigerian striker attacked the goal in the second half.",
        "Real Madrid signed a deal with the Brazilian striker.",
        "The French coach criticised the Italian referee after the match.",
        # Boxing: punches, rounds and belts.
        "The Ukrainian boxer beat the American champion on points over twelve rounds.",
        "Kazakhstan beat Uzbekistan in the heavyweight bout on Saturday.",
        # A shootout: penalties and a cup, two weak words of sport.
        "Morocco beat Spain on penalties to reach the last eight of the cup.",
    ],
)
def test_sports_uses_of_political_verbs_are_no_events(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lynch asked Coleman whether he had lied to the jury.",
        "Cornstein refused to disclose the amount of the contract.",
        "Simpson arranged to meet her on a rural road.",
    ],
)
def test_talk_between_private_persons_is_no_event(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Alaska Gov. Sarah Palin apologized for the remarks.", "CONCEDE"),
        ("Rep. Adam Schiff urged the administration to act.", "REQUEST"),
        ("Protesters in Lagos demanded the release of the activists.", "REQUEST"),
        ("A man shot two people at a bank in Denver.", "ASSAULT"),
    ],
)
def test_public_persons_groups_and_deeds_are_still_events(nlp: Language, text: str, plover: str) -> None:
    assert find(code(nlp, text), plover)


def test_a_quarrel_between_companies_is_business_news(nlp: Language) -> None:
    assert not code(nlp, "The German company sued a French firm over unpaid bills.")
    # a businessman in politics is still news of politics
    event = main(nlp, "A Turkish businessman denied accusations of espionage.")
    assert event is not None and event.cameo == "016"


def test_a_political_actor_in_sports_news_still_acts(nlp: Language) -> None:
    event = find(code(nlp, "Kenyan police arrested two Ugandan footballers in Nairobi."), "COERCE")
    assert dyad(event) == ({"KEN"}, {"UGA"})


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The ruling party held a campaign rally in Lagos.", "PROTEST"),
        ("Kenyan opposition leaders mobilised voters ahead of the election.", "MOBILIZE"),
        ("Israel launched missile strikes on Syrian targets.", "PROTEST"),
    ],
)
def test_word_senses_outside_the_event_type(nlp: Language, text: str, plover: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == plover]


def test_a_labour_strike_is_still_a_protest(nlp: Language) -> None:
    assert find(code(nlp, "Mexican workers staged a strike at the car factory."), "PROTEST")


def test_agreeing_that_something_is_so_is_no_agreement(nlp: Language) -> None:
    assert not [
        e for e in code(nlp, "Britain and France agreed that the crisis was serious.") if e.plover == "AGREE"
    ]
    assert find(code(nlp, "Britain and France agreed that their troops would leave Mali."), "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan senator attacked the Ugandan president's health plan.",
        "In a speech, Mr. Ortiz attacked the hateful ideology of the junta and its oppression of women.",
    ],
)
def test_attacking_a_plan_or_an_ideology_is_criticism(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert find(events, "ACCUSE").cameo == "111" and not [e for e in events if e.plover == "ASSAULT"]


# --- PLOVER 2.0 and CAMEO readings ------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["The EU agreed to impose sanctions on Belarus.", "Turkey decided to impose sanctions on Iraq."]
)
def test_a_decided_sanction_is_the_sanction(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.cameo == "057"]
    event = main(nlp, text)
    assert event is not None and event.plover == "SANCTION" and event.modality == "actual"


def test_agreeing_to_a_concession_is_a_promise_of_it(nlp: Language) -> None:
    event = main(nlp, "Armenia agreed to withdraw its troops from Azerbaijan.")
    # the promise of a named concession is its CAMEO intent (intent.tsv: 087 -> 0356)
    assert event is not None and (event.plover, event.cameo) == ("AGREE", "0356")


def test_a_promise_not_to_concede_is_a_refusal(nlp: Language) -> None:
    event = main(nlp, "Israel will not lift the blockade on Gaza.")
    assert event is not None and event.plover == "REJECT" and event.polarity == "affirmed"


def test_an_apology_is_a_concession(nlp: Language) -> None:
    event = find(code(nlp, "Azerbaijan apologised to Russia for the incident."), "CONCEDE")
    assert event.cameo == "055" and dyad(event) == ({"AZE"}, {"RUS"})


@pytest.mark.parametrize(
    "text",
    [
        "Moscow denied involvement in the attack on Ukraine.",
        "Chile rejected accusations that it had spied on Peru.",
    ],
)
def test_a_denial_is_cameo_016(nlp: Language, text: str) -> None:
    event = main(nlp, text)
    # CAMEO root 01 is quad class 1 as GDELT assigns it; the PLOVER type says REJECT.
    assert event is not None and (event.cameo, event.plover, event.quad_class) == ("016", "REJECT", 1)


# --- the data files ---------------------------------------------------------------------


def test_cue_classes_are_read_with_phrasal_verbs() -> None:
    cues = load_cues()
    assert "aspectual" in cues.words["kept"] and "request" in cues.phrasal[("called", "on")]
    assert "terminative" in cues.words["stopped"] and "aspectual" in cues.phrasal[("ended", "up")]


def test_relevance_lexicon_needs_a_strong_word_or_two_weak_ones(tmp_path: Path) -> None:
    assert lexicon().domain_of(["the", "striker"]) == "sports"
    assert lexicon().domain_of(["the", "final", "agreement"]) is None
    assert lexicon().domain_of(["the", "final", "3-1"]) == "sports"
    bad = tmp_path / "relevance.tsv"
    bad.write_text("word\tdomain\tstrength\ngoal\tpolitics\tstrong\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="data line 1"):
        load_lexicon(bad)


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("Donald Trump held a rally in Raleigh on Thursday.", False),
        ("Opposition leader Raila Odinga held a rally in Nairobi on Sunday.", True),
        ("Protesters held a rally outside the parliament.", True),
    ],
)
def test_an_office_holders_rally_is_a_campaign_not_a_protest(nlp: Language, text: str, protest: bool) -> None:
    assert bool([e for e in code(nlp, text) if e.plover == "PROTEST"]) == protest


def test_seeking_shelter_asks_no_one(nlp: Language) -> None:
    """Families who "sought shelter" or "took refuge" fled; asylum is asked of a state."""
    text = "Hundreds of Palestinians sought shelter in a UN school in Beit Lahiya."
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]
    asked = find(code(nlp, "Egyptian dissidents sought asylum in Turkey."), "REQUEST")
    assert asked.cameo == "0233"


# --- asking a question, helping an act, capturing, conceding a point --------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan judge asked the Ugandan minister whether he had signed the order.",
        "Senator Warren asked President Obama if the sanctions would stay.",
        "Reporters asked the Chinese foreign minister about the Taiwan visit.",
        "The Nigerian president asked the French ambassador: who approved the flights?",
        "Nobody asked the Kenyan police anything.",
    ],
)
def test_a_question_is_no_request(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Germany asked Russia to release the detained journalists.",
        "Mali asked France for more helicopters.",
        "Kenya asked Uganda that the border post be reopened.",
    ],
)
def test_asking_for_an_act_or_a_thing_is_still_a_request(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "REQUEST")


def test_helping_an_act_along_aids_nobody_inside_it(nlp: Language) -> None:
    # the one brought down is no recipient of the help
    events = code(nlp, "The Kenyan minister helped bring down President Moi.")
    assert not [e for e in events if e.plover == "AID"]


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        # a state's forces taking pirates or fighters is a detention (CAMEO 173), not an abduction
        ("The Indian navy captured 23 Somali pirates.", "COERCE", "173"),
        ("Iraqi soldiers captured four Islamic State fighters near Mosul.", "COERCE", "173"),
        ("Somali pirates captured eleven Yemeni fishermen.", "ASSAULT", "181"),
    ],
)
def test_who_captures_decides_detention_or_abduction(
    nlp: Language, text: str, plover: str, cameo: str
) -> None:
    event = find(code(nlp, text), plover)
    assert event.cameo == cameo


def test_conceding_a_point_is_no_concession(nlp: Language) -> None:
    events = code(nlp, "The Kenyan opposition conceded its candidate was unlikely to win.")
    assert not [e for e in events if e.plover == "CONCEDE"]
    assert find(code(nlp, "The Sri Lankan government conceded defeat to the Tamil rebels."), "CONCEDE")


def test_the_object_of_a_relative_clause_is_the_noun_it_modifies(nlp: Language) -> None:
    # the agency released the documents; it was not itself released
    events = code(nlp, "Reporters read the documents that the Kenyan agency released on Monday.")
    assert not [e for e in events if e.plover == "RETREAT"]
    # ... and the one a relative clause's act falls on
    events = code(nlp, "The Kenyan army freed the hostages that Somali gunmen had captured.")
    captured = find(events, "ASSAULT")
    assert captured.cameo == "181" and [a.text for a in captured.targets] == ["hostages"]
    assert [a.text for a in find(events, "RETREAT").sources] == ["Kenyan army"]


def test_every_noun_of_a_list_names_the_object(nlp: Language) -> None:
    text = "The United States provided the Lebanese army with trucks, radios and rifles."
    event = find(code(nlp, text), "AID")
    assert event.cameo == "072" and dyad(event) == ({"USA"}, {"LBN"})


# --- the article's own kind of news ---------------------------------------------------------

BOXING_STORY = (
    "Vitali Klitschko kept his heavyweight belts on Saturday. The referee stopped the bout in the "
    "eighth round after a knockout punch. Klitschko will fight Chris Arreola in March, his promoter said."
)
MARKETS_STORY = (
    "Shares in Kenyan companies rose on the stock exchange as investors bought. The smartphone maker "
    "reported higher profits and revenue. Kenya signed a trade deal with Uganda on Monday."
)


def test_a_sports_story_makes_its_private_actors_no_political_ones(nlp: Language) -> None:
    # the last sentence has no sports word of its own: the story's vocabulary decides
    assert not [e for e in code(nlp, BOXING_STORY) if e.sentence.startswith("Klitschko will fight")]


def test_states_in_a_business_story_are_still_states(nlp: Language) -> None:
    assert lexicon().article_domain(MARKETS_STORY.lower().replace(".", " ").split()) == "business"
    assert dyad(find(code(nlp, MARKETS_STORY), "SUPPORT")) == ({"KEN"}, {"UGA"})


SPORTS_WORDS = ["club", "goal", "half", "round", "team"]


@pytest.mark.parametrize(
    ("words", "domain"),
    [
        (["heavyweight", "referee", "president"], "sports"),
        (["smartphone", "company", "customers", "phone"], "business"),
        (["coach", "minister", "season"], None),
        (["stock", "shares", "election"], None),
        # marked as two kinds of news: the better marked, the same in every process
        (["company", "firm", "investors", "profits", "stock", *SPORTS_WORDS], "business"),
        (["company", "firm", "investors", "profits", *SPORTS_WORDS], "sports"),
        # a casting story: an actor, a television role, a drama series
        (["actor", "role", "television", "drama", "cast"], "entertainment"),
        (["actor", "minister", "president"], None),
    ],
)
def test_the_article_domain_needs_more_than_one_word(words: list[str], domain: str | None) -> None:
    assert lexicon().article_domain(words) == domain


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        ("Kenyan police fired rubber bullets into the crowd of protesters.", "COERCE", "175"),
        ("Turkish troops fired shots at Syrian refugees on the border.", "ASSAULT", "193"),
    ],
)
def test_crowd_control_rounds_are_repression_live_shots_a_shooting(
    nlp: Language, text: str, plover: str, cameo: str
) -> None:
    assert find(code(nlp, text), plover).cameo == cameo


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan opposition groups need to come together to reject the government's plan.",
        "The Ugandan army needs to release the detained journalists.",
    ],
)
def test_an_act_someone_needs_to_do_is_not_done(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.modality == "actual"]


def test_an_act_someone_had_to_do_was_done(nlp: Language) -> None:
    event = find(code(nlp, "Kenyan police had to use tear gas against the protesters."), "COERCE")
    assert event.modality == "actual"


def test_a_heart_attack_is_no_assault(nlp: Language) -> None:
    events = code(nlp, "The Kenyan minister suffered his heart attack in Nairobi.")
    assert not [e for e in events if e.plover == "ASSAULT"]
    assert find(code(nlp, "Israel's attack on Gaza killed forty people."), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a modal shared by conjoined verbs, and one over the verb an infinitive hangs on
        ("Kenya could recall its ambassador or expel the Somali envoy.", "expel"),
        ("Kenya could decide to expel the Somali envoy.", "expel"),
    ],
)
def test_a_modal_scopes_over_conjoined_and_embedded_acts(nlp: Language, text: str, trigger: str) -> None:
    events = [e for e in code(nlp, text) if e.trigger.text == trigger]
    assert events and all(e.modality == "hypothetical" for e in events)


def test_an_event_noun_that_is_to_come_is_future(nlp: Language) -> None:
    event = find(code(nlp, "The Kenyan president's veto is expected to come before Friday."), "REJECT")
    assert event.modality == "future"


def test_a_meeting_of_private_people_is_no_consultation(nlp: Language) -> None:
    assert not code(nlp, "Half a dozen students attended their first meeting of the year.")
    assert find(code(nlp, "The Kenyan cabinet held a meeting in Nairobi on Monday."), "CONSULT")
    assert find(code(nlp, "Students met with the Kenyan education minister."), "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "President Obama appears set to veto the legislation.",
        "The Kenyan president seems poised to expel the Somali envoy.",
    ],
)
def test_an_act_someone_is_set_to_do_is_to_come(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    # a veto to come is a future rejection; an expulsion to come a threat (PLOVER's intent)
    assert events and all(e.modality == "future" or e.inferences & Inference.INTENT for e in events)
    assert all(e.sources for e in events)


def test_fighting_a_policy_is_opposition_not_combat(nlp: Language) -> None:
    events = code(nlp, "The FBI director fought the Kenyan president's efforts to close the inquiry.")
    assert not [e for e in events if e.plover == "ASSAULT"]
    assert find(code(nlp, "Kenyan troops fought Somali militants near the border."), "ASSAULT")


def test_a_particle_follows_its_verb(nlp: Language) -> None:
    text = "In a sign of weak support, Kenyan donors have given less than last year."
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"]
    assert find(code(nlp, "The Kenyan government gave in to the strikers' demands."), "CONCEDE")


def test_an_act_one_side_decides_alone_is_the_act_an_agreed_one_a_promise(nlp: Language) -> None:
    event = main(nlp, "Mexico decided to grant political asylum to Evo Morales.")
    assert event is not None and (event.plover, event.cameo, event.modality) == ("AID", "075", "actual")
    agreed = main(nlp, "Armenia agreed to withdraw its troops from Azerbaijan.")
    assert agreed is not None and agreed.plover == "AGREE"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # a policy option considered is a statement (CAMEO 014), not aid
        ("Japan is considering sending aid to North Korea.", False),
        # an act ordered is the order's event
        ("The Nicaraguan government ordered the newspaper La Prensa to suspend publication.", True),
    ],
)
def test_a_sentence_reports_its_main_event_unless_it_only_considers_it(
    nlp: Language, text: str, reported: bool
) -> None:
    with nlp.select_pipes(enable=rule_components(nlp)):
        doc = nlp(text)
    assert (sentence_event(doc, doc._.events or []) is not None) == reported


def test_a_name_given_for_a_reason_is_no_call_for_anything(nlp: Language) -> None:
    text = "The Kenyan minister has been called a charlatan by opposition leaders for promoting quack cures."
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "REQUEST"]
    assert find(events, "ACCUSE").cameo == "111"


def test_people_of_no_office_in_a_sports_story_are_no_political_actors(nlp: Language) -> None:
    story = (
        "The Sixers missed the playoffs again and fired their coach after the season. "
        "The players reached six-year deals with the club's veterans on Monday."
    )
    assert not [e for e in code(nlp, story) if e.sentence.startswith("The players")]


def test_cricket_words_mark_a_sports_story(nlp: Language) -> None:
    """A player fined for his conduct toward an opposing tailender is punished by his game's
    referee, not by a state: no COERCE."""
    text = "The Indian seamer was fined for an unsportsmanlike gesture at the English tailender in Leeds."
    assert not [e for e in code(nlp, text) if e.plover == "COERCE"]


def test_basketball_words_mark_a_sports_story(nlp: Language) -> None:
    """Words of the game beyond football's ("offseason", "rebounder"): a club's contracts with
    players are no agreements between political actors."""
    story = (
        "Of the three best big men on the market, Ortiz was the most gifted rebounder. The Knicks "
        "kept him through the offseason. They also reached three-year deals with Marcus Webb and Leon Hart."
    )
    assert not code(nlp, story)
    assert lexicon().article_domain(["offseason", "rebounder", "playoffs"]) == "sports"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Kenyan foreign minister was to ask the African Union to send observers.", "REQUEST"),
        ("Ukraine's president denounced Russia's pending invasion of Moldova.", "ASSAULT"),
    ],
)
def test_an_act_still_to_come_by_its_form_is_not_actual(nlp: Language, text: str, plover: str) -> None:
    """ "be" with the act's infinitive, and "planned / pending / proposed" on an event noun."""
    assert not actual(code(nlp, text), plover)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's president denounced Russia's possible invasion of Moldova.",
        "Israel's defence minister denounced Hezbollah's potential attack on Haifa.",
    ],
)
def test_an_act_said_to_be_possible_is_hypothetical(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert find(events, "ASSAULT").modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The White House has promised a veto of the Republican spending bill.", "130"),
        ("Tehran pledged retaliation against Israel after the strike on its consulate.", "138"),
        ("The European Union promised tougher sanctions on Belarus.", "1312"),
    ],
)
def test_a_promise_of_a_hostile_act_is_a_threat(nlp: Language, text: str, cameo: str) -> None:
    event = find(code(nlp, text), "THREATEN")
    assert event.cameo == cameo


def test_a_promise_of_help_stays_a_promise(nlp: Language) -> None:
    assert find(code(nlp, "Japan promised aid to the flood victims in Pakistan."), "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "The Senate report about Saudi Arabia offers a reminder of the stakes.",
        "Senator Elizabeth Warren offered herself as a candidate of unity on Sunday.",
    ],
)
def test_offering_a_reminder_or_oneself_promises_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "AGREE"]


def test_a_phrase_about_someone_is_no_act_of_theirs(nlp: Language) -> None:
    events = code(nlp, "The report about the Iranian government criticized France.")
    assert not [e for e in events if "IRN" in {a.country for a in e.sources}]


def test_pressing_someone_on_a_topic_targets_the_one_pressed(nlp: Language) -> None:
    event = find(
        code(nlp, "Secretary of State Antony Blinken pressed China on its support for Russia."), "REQUEST"
    )
    assert dyad(event) == ({"USA"}, {"CHN"})


def test_someone_found_barricaded_in_a_room_is_no_protest(nlp: Language) -> None:
    text = "Mark Dale, a Boston man, was arrested on Friday. Detectives found him barricaded in a room."
    assert not [e for e in code(nlp, text) if e.plover == "PROTEST"]
    assert find(code(nlp, "Farmers barricaded the main roads into Paris on Monday."), "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the Kremlin's economic policies are killing Russian farmers.",
        "Washington's new tariffs attacked the livelihoods of Chinese exporters.",
    ],
)
def test_a_policy_doing_violence_is_a_figure_of_speech(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ortiz feuds with Governor Hale, and the open letter was her sharpest attack on him.",
        "The new tariffs were Washington's latest attack on Chinese exporters.",
    ],
)
def test_an_event_noun_said_of_a_letter_or_a_policy_is_no_act(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


def test_an_event_noun_said_of_an_act_is_still_coded(nlp: Language) -> None:
    text = "The Russian army launched an attack on Kharkiv, its heaviest attack on the city this year."
    assert find(code(nlp, text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The Indian navy struck a blow against Somali pirates on Tuesday.",
        "The Greek coast guard struck a balance between Turkish and Syrian demands.",
    ],
)
def test_striking_a_blow_or_a_balance_is_a_figure_of_speech(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


def test_attacking_ones_kin_by_name_is_words_not_an_attack(nlp: Language) -> None:
    """The verbal sense fits ("attacked his wife, Heidi": a named person) and, between private
    persons, is no event; the word's next sense (an assault) is no reading of it then."""
    text = "The senator said that Mr. Brandt had personally attacked his wife, Heidi, and his father, Rafael."
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


def test_threatening_to_raise_tensions_is_a_risk_no_threat(nlp: Language) -> None:
    text = "The Kenyan president threatened to derail the talks with Uganda."
    assert not [e for e in code(nlp, text) if e.plover == "THREATEN"]
    assert find(code(nlp, "Kenya threatened to expel the Ugandan ambassador."), "THREATEN")


def test_a_warning_of_what_will_happen_is_no_threat(nlp: Language) -> None:
    text = "The European Commission warned Britain that the exit will hurt its economy."
    assert not [e for e in code(nlp, text) if e.plover == "THREATEN"]
    assert find(code(nlp, "Iran warned Israel that it would strike back."), "THREATEN")


def test_a_group_given_the_storys_country_is_no_self_target(nlp: Language) -> None:
    """ "Six of the other's diplomats" takes the story's dominating country (Uganda here), which
    was not read: it does not make the expulsion Uganda's act on itself, dropped for its target."""
    text = (
        "Kenya and Uganda each expelled six of the other's diplomats on Monday.\n\n"
        "Uganda's foreign ministry said the Kenyan envoy had been ordered out. Uganda's parliament "
        "backed the move, and Uganda's defence ministry put troops on alert."
    )
    assert [e for e in code(nlp, text) if e.cameo == "161"]


def test_words_whose_subject_is_an_event_are_no_ones(nlp: Language) -> None:
    text = "The senator said the spate of police shootings and protests demands that Americans listen more."
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]
    assert find(code(nlp, "The Kenyan opposition demanded new elections."), "REQUEST")


def test_a_politician_battling_another_is_no_fighting(nlp: Language) -> None:
    text = "Senator Ortiz has been battling Governor Hale for years over the state budget."
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert find(code(nlp, "Sudanese troops battled the Rapid Support Forces in Omdurman."), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The survey, which tracks Americans' support for the two candidates, showed the governor ahead.",
        "Women's support for the abortion ban fell sharply in the Irish poll.",
        "Most Americans support the sanctions on Russia.",
    ],
)
def test_the_publics_support_in_a_poll_is_opinion_no_act(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover in ("SUPPORT", "AGREE")]


def test_support_the_public_voices_is_still_an_act(nlp: Language) -> None:
    text = "Thousands of Kenyan residents voiced support for the striking doctors in Nairobi."
    assert find(code(nlp, text), "SUPPORT")
    assert find(code(nlp, "The Kenyan president supported the AU plan."), "SUPPORT")


def test_accepting_that_something_happened_is_no_agreement(nlp: Language) -> None:
    text = "UN envoy Martin Griffiths accepted there had been clashes between the militias near Aden."
    assert not [e for e in code(nlp, text) if e.plover == "AGREE"]


def test_a_company_taking_steps_concedes_nothing(nlp: Language) -> None:
    text = "Before its bankruptcy the Chicago firm took steps to improve its chances in the federal court."
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"]
    text = "The Sri Lankan government took steps to ease tensions with Tamil parties."
    assert find(code(nlp, text), "CONCEDE")


def test_steps_concede_only_when_they_yield_something(nlp: Language) -> None:
    text = "The Kenyan interior ministry is taking further steps to tighten checks on visa applicants."
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"]
    text = "The Zambian government has taken hesitant steps to restore the freedoms of the press."
    assert find(code(nlp, text), "CONCEDE")


def test_meeting_demands_is_yielding_not_a_meeting(nlp: Language) -> None:
    events = code(nlp, "The Bolivian cabinet met the miners' demands after a week of road blockades.")
    assert not [e for e in events if e.plover == "CONSULT"]
    assert find(events, "CONCEDE").cameo == "080"


def test_an_idea_appealing_to_someone_asks_nothing(nlp: Language) -> None:
    text = "Marine Le Pen's focus on putting France first appealed to Italian voters, the poll found."
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]
    assert find(code(nlp, "Kenya appealed to the UN to send food aid."), "REQUEST")


def test_a_participle_shares_the_modal_of_its_verb(nlp: Language) -> None:
    text = "Russia could invade Ukraine again, killing thousands of civilians."
    assert not actual(code(nlp, text), "ASSAULT")
    assert actual(code(nlp, "Russia invaded Ukraine again, killing thousands of civilians."), "ASSAULT")


def test_agreeing_to_an_interview_is_no_agreement(nlp: Language) -> None:
    text = "The Kenyan foreign minister agreed to a long interview with the BBC about her career."
    assert not [e for e in code(nlp, text) if e.plover == "AGREE"]
    assert find(code(nlp, "Armenia agreed to a ceasefire with Azerbaijan."), "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "A French film crew shot a movie with Ukrainian soldiers near Kharkiv.",
        "Reuters journalists shot footage of Russian troops in Mariupol.",
    ],
)
def test_shooting_a_film_is_no_shooting(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


def test_a_list_of_anything_is_no_blacklist(nlp: Language) -> None:
    assert find(code(nlp, "The United States put the Houthis on its terror list."), "SANCTION")
    text = "The old Kyiv train station has been on UNESCO's list of endangered buildings for years."
    assert not [e for e in code(nlp, text) if e.plover == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "The Koch brothers donated to Ted Cruz's 2016 presidential campaign.",
        "A Russian oligarch gave two million dollars to the candidate in Moldova.",
    ],
)
def test_money_for_an_election_campaign_is_no_aid(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "AID"]


def test_money_for_a_relief_campaign_is_aid(nlp: Language) -> None:
    text = "Japan donated five million dollars to the UN's polio vaccination campaign in Afghanistan."
    assert find(code(nlp, text), "AID")


def test_a_death_a_driver_caused_in_an_accident_is_no_attack(nlp: Language) -> None:
    story = (
        "Driver Charged In Deadly Ohio Crash.\n\nA driver has been charged with DUI and vehicular "
        "homicide after police say he struck and killed a woman in Columbus on Sunday night. Officers "
        "arrested the 30-year-old driver near the scene."
    )
    assert not [e for e in code(nlp, story) if e.plover == "ASSAULT"]


def test_troops_killing_after_a_crash_is_still_an_attack(nlp: Language) -> None:
    text = "Israeli troops killed two Palestinians after a car crash in the West Bank."
    assert find(code(nlp, text), "ASSAULT")


def _actor(text: str, kind: str, country: str | None, sector: str | None) -> Mention:
    return Mention(0, len(text), text, kind, country, sector)


def test_a_companys_gift_or_pledge_to_no_political_actor_is_business_not_politics() -> None:
    pfizer = _actor("Pfizer", "group", "USA", "BUS")
    charity_programs: list[Mention] = []
    assert business_cooperation("AGREE", [pfizer], charity_programs)  # "pledged money to support programs"
    assert business_cooperation("SUPPORT", [pfizer], [_actor("Moderna", "group", "USA", "BUS")])
    # to a state or a government, a denial, a deed of conflict: still coded
    assert not business_cooperation("AID", [pfizer], [_actor("Kenya", "country", "KEN", None)])
    assert not business_cooperation("AID", [pfizer], [_actor("health ministry", "group", "KEN", "GOV")])
    assert not business_cooperation("REJECT", [pfizer], [])
    assert not business_cooperation("ACCUSE", [pfizer], [])
    assert not business_cooperation("AID", [_actor("Japan", "country", "JPN", None)], [])


def test_an_act_in_a_present_time_clause_is_a_condition_not_a_deed(nlp: Language) -> None:
    events = code(nlp, "The talks will resume once the Israeli hostages are freed by Hamas.")
    assert find(events, "RETREAT").modality == "hypothetical"
    assert not find(events, "RETREAT").inferences & Inference.INTENT


def test_what_two_sides_have_yet_to_agree_is_still_to_come_and_no_refusal(nlp: Language) -> None:
    events = code(nlp, "Sudan and South Sudan have yet to agree on the border.")
    # not agreed so far (recall20: "have yet to" reads as "have not yet"): no affirmed agreement
    agreed = [e for e in events if e.modality == "actual" and e.polarity == "affirmed"]
    assert not [e for e in events if e.plover == "REJECT"] and not agreed


def test_a_county_executive_is_an_official_not_a_businessman(nlp: Language) -> None:
    text = "Erie County Executive Mark Poloncarz lifted the travel ban on Monday after the blizzard."
    event = find(code(nlp, text), "CONCEDE")
    assert event.sources[0].sector == "GOV"


@pytest.mark.parametrize(
    "text",
    [
        "The UN has disputed claims that Hamas militants fired rockets from the school.",
        "Moscow refuted allegations that Russian troops attacked civilians in Bucha.",
    ],
)
def test_an_act_in_a_claim_that_is_disputed_is_not_done(nlp: Language, text: str) -> None:
    assert not actual(code(nlp, text), "ASSAULT")


def test_meeting_ones_wife_is_no_consultation(nlp: Language) -> None:
    text = "As a young diplomat in Brazil, he met his wife, Maria, a native of Chile."
    assert not [e for e in code(nlp, text) if e.plover == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Bernie Sanders urged young Americans to vote early.",
        "President Obama asked Ohio voters to elect a Democratic Senate in November.",
        "President Obama has been pleading with young voters to get out and vote in the swing states.",
    ],
)
def test_urging_voters_to_vote_is_canvassing_not_a_demand(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]


def test_a_demand_on_a_government_is_still_a_request(nlp: Language) -> None:
    assert find(
        code(nlp, "The Kenyan opposition urged its supporters to protest against the government."), "REQUEST"
    )


def test_a_month_is_no_march(nlp: Language) -> None:
    events = code(nlp, "The UN asked Kenya to hold elections in March.")
    assert not [e for e in events if e.plover == "PROTEST"]


def test_a_policy_threatening_someone_is_a_figure_of_speech(nlp: Language) -> None:
    assert not code(nlp, "The Kremlin's policies threaten Moldova's sovereignty.")
    assert find(code(nlp, "The Kremlin threatened Moldova with an energy embargo."), "THREATEN")


def test_calling_on_someone_asks_nothing_without_what_is_asked(nlp: Language) -> None:
    assert not code(nlp, "The Turkish government called on the American law firm Akin Gump in March.")
    assert find(code(nlp, "The UN called on Israel to withdraw from Gaza."), "REQUEST").cameo == "020"


def test_a_release_of_no_one_is_no_release_and_asks_nothing(nlp: Language) -> None:
    events = code(nlp, "The State Department's release on Thursday included 1,250 pages of emails.")
    assert not [e for e in events if e.plover in ("RETREAT", "REQUEST")]
    assert find(code(nlp, "Hamas announced the release of three Israeli hostages."), "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "The collapse of the trade talks between Canada and the European Union surprised Brussels.",
        "The breakdown of talks between Israel and Hamas angered Egypt.",
    ],
)
def test_talks_that_collapsed_are_no_consultation_held(nlp: Language, text: str) -> None:
    assert not actual([e for e in code(nlp, text) if e.polarity == "affirmed"], "CONSULT")


def test_a_charter_allowing_sanctions_concedes_nothing(nlp: Language) -> None:
    text = "The council said it would act under Article 41 of the U.N. Charter that allows for sanctions."
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"]


def test_a_meeting_by_chance_is_no_consultation(nlp: Language) -> None:
    assert not code(
        nlp, "The Kenyan foreign minister happened to meet his Somali counterpart at the airport."
    )
    assert find(
        code(nlp, "The Kenyan foreign minister met his Somali counterpart at the airport."), "CONSULT"
    )


def test_hosting_a_fundraiser_for_a_candidate_is_no_consultation(nlp: Language) -> None:
    text = (
        "Jim Rogers, a Texas oilman, is a longtime Republican donor. Additionally, Rogers and his "
        "wife hosted a fundraiser for Senator Ted Cruz in December 2015."
    )
    assert not [e for e in code(nlp, text) if e.plover in ("CONSULT", "AGREE")]
    assert find(code(nlp, "Egypt hosted talks between Israel and Hamas in Cairo."), "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "France circulated a draft in the Security Council that would allow member states to inspect ships.",
        "Egypt put forward a plan that would include meetings in Cairo between Israeli and Hamas leaders.",
    ],
)
def test_what_a_proposal_would_allow_is_a_provision_not_a_promise(nlp: Language, text: str) -> None:
    # The plan put forward is itself an offer (agree.put-forward); what it would include is none.
    proposing = ("agree.propose", "agree.put-forward", "agree.table")
    assert not [
        e
        for e in code(nlp, text)
        if e.modality == "actual" and e.plover in ("AGREE", "CONCEDE", "CONSULT") and e.rule not in proposing
    ]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Ethiopia and the TPLF signed a deal to release all prisoners of war.", "RETREAT"),
        ("Armenia and Azerbaijan reached an accord to withdraw troops from the border.", "RETREAT"),
        (
            "In 2015 Russia signed an agreement to allow Turkish ships to use the port of Sevastopol.",
            "CONCEDE",
        ),
    ],
)
def test_the_terms_of_a_settlement_are_agreed_not_done(nlp: Language, text: str, plover: str) -> None:
    events = code(nlp, text)
    assert actual(events, "AGREE") or actual(events, "SUPPORT")  # the signing is the event
    assert not actual(events, plover)


def test_a_plan_of_ones_own_is_intent_not_terms(nlp: Language) -> None:
    text = "The government's plans to impose restrictions on migrant workers angered Poland."
    assert not [e for e in code(nlp, text) if e.plover == "COERCE" and e.modality == "hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "Mexico's minister dismissed Mr. Trump's threats to slap a 35 percent tariff on Mexican imports.",
        # the second act of a threat is threatened too
        "China condemned Washington's threats to close the ports and impose tariffs on Chinese steel.",
    ],
)
def test_a_tariff_threatened_is_a_threat_not_a_tariff(nlp: Language, text: str) -> None:
    assert not actual(code(nlp, text), "SANCTION")


def test_an_act_called_for_with_for_x_to_is_not_done(nlp: Language) -> None:
    events = code(nlp, "The Arab League called for Israel to withdraw from Gaza.")
    assert not actual(events, "RETREAT")


def test_a_pledge_to_impose_sanctions_is_one_threat_not_also_a_promise(nlp: Language) -> None:
    text = "The Security Council condemned the test and pledged to impose further sanctions on North Korea."
    events = code(nlp, text)
    assert find(events, "THREATEN")
    assert not [e for e in events if e.plover == "AGREE"]


def test_candidates_meeting_for_a_debate_hold_no_talks(nlp: Language) -> None:
    text = "Senator Ted Cruz and Beto O'Rourke meet for the second of two debates on Tuesday in San Antonio."
    assert not [e for e in code(nlp, text) if e.plover == "CONSULT"]
    assert find(code(nlp, "Putin and Xi Jinping met for talks in Beijing."), "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "The church fire destroyed church archives in Ohio last year.",
        "A storm destroyed army barracks near the border.",
    ],
)
def test_what_a_fire_or_a_disaster_does_has_no_doer(nlp: Language, text: str) -> None:
    assert not code(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Obama wants to warn his voters about the dangers of staying at home.",
        "The Pentagon warned allies of the threat posed by Chinese hackers.",
    ],
)
def test_a_warning_of_a_danger_is_no_threat(nlp: Language, text: str) -> None:
    assert not actual(code(nlp, text), "THREATEN")
    assert actual(code(nlp, "NATO warned Russia against any attack on Estonia."), "THREATEN")


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Putin would have invaded Ukraine earlier.", "THREATEN"),
        ("The general would have welcomed an appointment as defence minister.", "AGREE"),
        ("China would have sent troops to Korea sooner.", "THREATEN"),
    ],
)
def test_a_modal_with_the_perfect_is_what_was_not_done(nlp: Language, text: str, plover: str) -> None:
    """ "would have", "could have": a counterfactual, no intent and no act."""
    assert not [e for e in code(nlp, text) if e.modality == "actual"]


def test_a_campaign_story_that_mentions_golf_is_no_sports_story(nlp: Language) -> None:
    """Politicians play golf and own tennis courts: the two words alone mark no sports story."""
    story = (
        "The candidate spent the weekend at his golf club in New Jersey. Prosecutors questioned the "
        "chairman at a tennis court in Kyiv. Four days later, Paul Manafort resigned as chairman "
        "of the campaign."
    )
    assert lexicon().article_domain(story.lower().replace(".", "").split()) is None
    assert find(code(nlp, story), "RETREAT")


def test_marching_into_a_place_is_entering_it(nlp: Language) -> None:
    text = "A man was shot by a gunman who marched into a bank in Leeds."
    assert not [e for e in code(nlp, text) if e.plover == "PROTEST"]
    assert find(code(nlp, "Thousands of protesters marched to the embassy."), "PROTEST")


def test_asking_for_privacy_is_no_political_request(nlp: Language) -> None:
    assert not code(nlp, "The families of the injured soldiers requested privacy.")
    assert find(code(nlp, "The Kenyan government requested assistance from the UN."), "REQUEST")


def test_calling_someone_a_name_is_no_phone_call(nlp: Language) -> None:
    text = "The senator called the governor a “weak and useless manager” on Sunday."
    assert not [e for e in code(nlp, text) if e.plover == "CONSULT"]
    assert find(code(nlp, "Obama called the Turkish president on Monday."), "CONSULT")


def test_the_second_thing_a_plan_would_include_is_a_provision_too(nlp: Language) -> None:
    text = (
        "Qatar proposed a peace plan that would include a prisoner exchange, as well as talks in "
        "Doha between envoys of Russia and Ukraine."
    )
    events = code(nlp, text)
    # The plan proposed is itself an offer (agree.propose); the exchange and talks in it are none.
    assert [e.rule for e in events if e.plover == "AGREE"] == ["agree.propose"]
    assert not [
        e
        for e in events
        if e.modality == "actual" and e.plover in ("AGREE", "CONSULT") and e.rule != "agree.propose"
    ]


def test_a_warning_about_what_is_threatens_nothing(nlp: Language) -> None:
    assert not actual(
        code(nlp, "The UN warned Myanmar it was losing the trust of its neighbours."), "THREATEN"
    )
    assert actual(code(nlp, "Russia warned Ukraine it would retaliate."), "THREATEN")


def test_a_deed_hung_on_an_accusation_is_no_deed_of_the_accuser(nlp: Language) -> None:
    text = (
        "President Zelensky has also accused the Russian army of shelling the Ukrainian city of "
        "Kherson in recent days, killing at least nine civilians."
    )
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT" and e.sources[0].country == "UKR"]


@pytest.mark.parametrize(
    "text",
    [
        "An American activist who spoke to aid workers at the camp said no one died.",
        "The reporter said he talked to five aid workers in the camp.",
        "Refugees talked to journalists about the bombing.",
    ],
)
def test_talk_among_civilians_journalists_and_aid_workers_is_no_consultation(
    nlp: Language, text: str
) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "CONSULT"]
    assert find(code(nlp, "The minister spoke with aid workers in the camp."), "CONSULT")


def test_a_present_time_clause_under_a_future_main_verb_is_a_condition(nlp: Language) -> None:
    # What must happen first is no act, and no one's promise of it.
    text = "Japan said it would not lift the sanctions until Pyongyang frees the Japanese prisoners."
    events = code(nlp, text)
    freed = [e for e in events if e.plover in ("RETREAT", "AGREE") and e.sources[0].country == "PRK"]
    assert freed and all(e.modality == "hypothetical" for e in freed)
    stayed = find(code(nlp, "The Malian troops stayed in Gao until the rebels surrendered."), "RETREAT")
    assert stayed.modality == "actual"


def test_a_negated_promise_is_refused_now(nlp: Language) -> None:
    event = find(code(nlp, "Japan said it would not lift the sanctions on North Korea."), "REJECT")
    assert event.modality == "actual" and event.polarity == "affirmed"


@pytest.mark.parametrize(
    "text",
    [
        "People are blaming the government for the floods, a farmer told reporters.",
        "Critics call the president a traitor to the revolution.",
        "Observers criticized the government for the delays.",
    ],
)
def test_words_of_people_at_large_are_no_actors_words(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.quad_class in (1, 3)], [
        (e.plover, e.rule) for e in code(nlp, text)
    ]


def test_named_critics_still_speak(nlp: Language) -> None:
    assert find(code(nlp, "Opposition critics accused the government of fraud."), "ACCUSE").sources


def test_being_open_to_talks_is_an_offer_not_talks(nlp: Language) -> None:
    event = find(code(nlp, "Kenya is open to dialogue with the opposition."), "AGREE")
    assert event.cameo == "036" and Inference.INTENT in event.inferences
    assert find(code(nlp, "Turkey opened talks with the rebels."), "CONSULT").modality == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "Damascus has no plans to attack the Turkish border posts.",
        "The militia abandoned its plans to storm the airport after talks in Tripoli.",
        "Ankara shelved plans to invade northern Iraq.",
    ],
)
def test_a_plan_denied_or_abandoned_is_no_threat(nlp: Language, text: str) -> None:
    # the plan's negation and fate are the planned act's: no intent to act is left
    events = code(nlp, text)
    assert not [e for e in events if e.polarity == "affirmed" and e.plover in ("THREATEN", "ASSAULT")], [
        (e.plover, e.rule, e.polarity) for e in events
    ]


def test_an_announced_plan_is_still_an_intent(nlp: Language) -> None:
    event = find(code(nlp, "Turkey has plans to invade northern Syria."), "THREATEN")
    assert event.polarity == "affirmed" and dyad(event) == ({"TUR"}, {"SYR"})


@pytest.mark.parametrize(
    "text",
    [
        "The Ethiopian army denied it had shelled the camp near Shire.",
        "Moscow denied that its jets had bombed the market in Idlib.",
        "Hezbollah denied firing the rockets at the Israeli border town.",
    ],
)
def test_denying_an_act_denies_responsibility_with_no_target_inside_the_act(nlp: Language, text: str) -> None:
    denial = find(code(nlp, text), "REJECT")
    assert denial.cameo == "016" and not denial.targets, (denial.rule, [t.text for t in denial.targets])


def test_a_denial_of_something_given_is_no_denial_of_responsibility(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The court denied him bail on Monday.") if e.cameo == "016"]


def test_a_candidate_on_record_is_a_public_figure_before_taking_office(nlp: Language) -> None:
    # Trump in 2016 held no office yet; the knowledge base still knows him, so his words count
    import datetime as dt

    from wirewatch.model import Article
    from wirewatch.pipeline import code_docs

    text = (
        "Hillary Clinton blasted Donald Trump for hypocrisy, and Trump criticized a local lawyer, "
        "Paul Okafor."
    )
    events = code_docs(nlp, [Article("t", text, published=dt.date(2016, 10, 27))])[0].events
    pairs = {(e.sources[0].text, e.targets[0].text) for e in events if e.plover == "ACCUSE" and e.targets}
    assert ("Hillary Clinton", "Donald Trump") in pairs and ("Trump", "Paul Okafor") in pairs, pairs


def test_a_trigger_word_in_a_title_is_no_act(nlp: Language) -> None:
    text = (
        'The campaign manager, Jane Ortiz, acknowledged on NBC\'s "Meet the Press" that Mr. Biden was '
        "trailing."
    )
    assert not [e for e in code(nlp, text) if e.plover == "CONSULT"]


def test_one_titled_criminal_pleading_in_court_is_no_political_event(nlp: Language) -> None:
    """ "The suspect", "a Tulsa man charged with arson" are one person of a crime story (CRM with
    a title as role), private as a named accused is: their plea in court is no request."""
    for text in (
        "The suspect pleaded not guilty to the robbery charge on Monday.",
        "A Tulsa man charged with the arson of a church pleaded not guilty on Monday.",
    ):
        assert not [e for e in code(nlp, text) if e.plover == "REQUEST"], text
