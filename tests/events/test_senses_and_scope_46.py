"""Word senses and scope of stop 46, on sentences written by the team (real-news readings of the
stop: talks wrecked, counsel offered, warnings that advise, sentences passed, plans alleged,
causes fought).

- Talks scuttled, torpedoed, derailed or cancelled are not held: the ending verb's own event
  (a rejection, a halt) is the act, and the talks no meeting.
- Counsel or a view offered ("offered guidance to the police") is no offer of cooperation.
- A warning against an act, or to act, advises it (CAMEO 020), unless the act is one of force,
  which it deters (a threat, done by the one warned if at all); a warning of what another side
  will do threatens nothing; one of what the warner's side will do still threatens.
- Condemning someone to death is a sentence (173), no criticism and no killing.
- A plot is no threat, and a plan another side tells of is its claim: hypothetical, no THREATEN;
  a plot uncovered or foiled is not the act of those who uncovered or foiled it.
- A wrong of society fought ("fight bigotry"), alone or in a list, is no attack.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code, find

pytestmark = pytest.mark.slow


# 1. Talks an ending verb wrecks are not held.


@pytest.mark.parametrize(
    "text",
    [
        "The Malian president scuttled the talks with the Tuareg rebels in March.",
        "The Malian president torpedoed the talks with the Tuareg rebels.",
    ],
)
def test_talks_wrecked_are_no_meeting(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert find(events, "REJECT").cameo == "127"
    assert not [e for e in events if e.plover == "CONSULT" and e.polarity == "affirmed"]


@pytest.mark.parametrize(
    "text",
    [
        "The Malian president derailed the talks with the Tuareg rebels.",
        "The Malian president aborted the talks with the Tuareg rebels.",
        "The Malian junta cancelled its talks with the Tuareg rebels.",
    ],
)
def test_talks_ended_are_not_held(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "CONSULT" and e.polarity == "affirmed"]


def test_talks_held_are_a_meeting(nlp: Language) -> None:
    talks = find(code(nlp, "The Malian president held talks with the Tuareg rebels in Algiers."), "CONSULT")
    assert talks.polarity == "affirmed"


# 2. Counsel offered is no offer.


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese government offered new guidance to the Hong Kong police.",
        "The Kenyan envoy offered recommendations to the Somali cabinet on the reform.",
        "Reporters questioned the explanation being offered by the White House.",
    ],
)
def test_counsel_offered_is_no_agreement(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "AGREE"]


def test_help_offered_is_still_an_offer(nlp: Language) -> None:
    assert find(code(nlp, "Kenya offered help to Uganda after the floods."), "AGREE").cameo == "033"


# 3. Warnings that advise, and warnings of another's act.


@pytest.mark.parametrize(
    "text",
    [
        "Former President Obama warned the Democratic candidates against moving too far to the left.",
        "France warned the Malian junta against hiring Russian mercenaries.",
        "China warned North Korea to refrain from further missile tests.",
    ],
)
def test_a_warning_against_an_act_advises(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert by_rule(events, "request.warn").cameo == "020"
    assert not [e for e in events if e.plover == "THREATEN"]


def test_a_warning_against_an_act_of_force_deters_it(nlp: Language) -> None:
    events = code(nlp, "The United States warned Russia against invading Ukraine.")
    assert find(events, "THREATEN").targets[0].country == "RUS"
    assert not [e for e in events if e.plover == "ASSAULT"]  # the invasion warned against (stop 48)


def test_a_warning_against_with_no_one_named_still_advises(nlp: Language) -> None:
    events = code(nlp, "Germany warned against a hasty withdrawal of the UN mission from Mali.")
    assert find(events, "REQUEST").cameo == "020"
    assert not [e for e in events if e.plover == "THREATEN"]


def test_the_act_warned_against_is_not_done(nlp: Language) -> None:
    events = code(nlp, "The UN warned the militia not to attack the refugee camp near Goma.")
    assert not [e for e in events if e.plover == "ASSAULT" and e.modality == "actual"]


def test_what_a_warning_tells_as_done_is_not_asked(nlp: Language) -> None:
    events = code(nlp, "The UN warned that Sudanese troops had attacked the refugee camp.")
    assert find(events, "ASSAULT").modality != "hypothetical"


def test_a_gerund_of_circumstance_on_a_verb_of_asking_is_the_subjects(nlp: Language) -> None:
    text = (
        "After lashing Senator Patrick Toomey in a speech on Saturday, Hillary Clinton urged voters "
        "in Raleigh to elect a Democratic governor."
    )
    lashing = find(code(nlp, text), "ACCUSE")
    assert {m.name for m in lashing.sources} == {"Hillary Clinton"}


def test_a_warning_of_another_sides_act_threatens_nothing(nlp: Language) -> None:
    events = code(nlp, "The Ugandan minister warned Kenya that Somalia would retaliate.")
    assert not [e for e in events if e.plover == "THREATEN"]


def test_a_warning_of_ones_own_act_threatens(nlp: Language) -> None:
    events = code(nlp, "The Kenyan minister warned Somalia that Kenya would retaliate.")
    assert find(events, "THREATEN").targets[0].country == "SOM"


def test_a_warning_of_consequences_threatens(nlp: Language) -> None:
    assert find(code(nlp, "The president warned Putin of serious consequences."), "THREATEN")


# 4. A sentence to death is passed, not carried out.


@pytest.mark.parametrize(
    "text",
    [
        "A military court in Cairo condemned the former minister to death.",
        "The Egyptian opposition leader was condemned to death by a military court.",
    ],
)
def test_condemned_to_death_is_a_sentence(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert find(events, "COERCE").cameo == "173"
    assert not [e for e in events if e.plover in ("ACCUSE", "ASSAULT")]


def test_a_condemned_raid_is_still_criticism(nlp: Language) -> None:
    assert find(code(nlp, "Egypt condemned the raid on the embassy."), "ACCUSE").cameo == "111"


# 5. Plots and plans alleged are no threats.


def test_a_plot_is_no_deed(nlp: Language) -> None:
    kill = find(code(nlp, "Two army officers plotted to kill the Malian president."), "ASSAULT")
    assert kill.modality == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "Israel claimed that Hamas was planning to use a tunnel to capture Israeli soldiers.",
        "Kenya said Somali militants were preparing to attack the base.",
    ],
)
def test_a_plan_another_side_tells_of_is_no_threat(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "THREATEN"]
    assert find(events, "ASSAULT").modality == "hypothetical"


def test_a_plan_its_own_side_tells_of_is_a_threat(nlp: Language) -> None:
    events = code(nlp, "Russia plans to attack Kyiv, the Russian defence minister said.")
    assert find(events, "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian authorities uncovered a plan to assassinate the king.",
        "Kenyan police foiled a plot to kill the governor.",
        "Kenyan police thwarted an attempt to storm the embassy.",
    ],
)
def test_a_design_uncovered_is_not_its_uncoverers(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if any(m.sector in ("GOV", "COP") for m in e.sources)]


# 6. Causes fought are no enemies in arms.


@pytest.mark.parametrize(
    "text",
    [
        "The activists vowed to fight the Republican Party and its bigotry.",
        "Women's groups vowed to battle misogyny in the army.",
        # a list of what is fought, parsed as conjuncts or (after commas) as appositions
        "The senator has insulted our communities for months. Together we are ready to fight against "
        "the Proud Boys, the Klan and open bigotry that this senator spreads!",
        "Trump has mocked our towns. Today we are Ready to fight against the New Right, the Klansmen "
        "and open racism that this Reality Star promotes!",
    ],
)
def test_a_cause_fought_is_no_attack(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover in ("ASSAULT", "THREATEN")]


def test_an_armed_enemy_fought_is_still_an_attack(nlp: Language) -> None:
    assert find(code(nlp, "Congolese troops fought the M23 rebels near Goma."), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Chinese state media warned that there is absolutely no room for compromise.",
        "The senator warned that the FBI is investigating the governor's donors.",
    ],
)
def test_what_a_warning_tells_as_so_in_the_present_is_not_asked(nlp: Language, text: str) -> None:
    """ "warned that there is no room": told as what is (a present no demand's base form shares),
    so the refusal or the inquiry stands as told, not as an act asked for (found on the news pages)."""
    assert [e.modality for e in code(nlp, text) if e.plover in ("REJECT", "ACCUSE")] == ["actual"]
