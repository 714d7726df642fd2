"""Readings that are no event, or another event, than the trigger's first sense (issue 10,
type precision on real news). Sentences written by the team about plausible events.

Classes: deaths in road accidents read as attacks; people hurt named by a participle read as an
act of harm; a modifier of praise on a noun of blame; a vessel's course read as a policy's.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

import wirewatch.events.fit as fit
from wirewatch.events.codebook import load_codebook

pytestmark = pytest.mark.slow


# --- road deaths: an accident, no attack -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a vehicle as the doer of a verb of impact, in the clause that tells how
        "A retired teacher was killed in Leeds on Sunday when a delivery van struck her at a bus stop.",
        "Two teenagers were killed in Ohio after their motorbike hit a wall.",
        # a phrasal verb of impact
        "A drunk man ran over a woman in Madrid and killed her.",
        # a hyphenated accident word the tokenizer splits, written with or without hyphens
        "A teacher was killed in a hit-and-run in Denver.",
        "Police charged the man who hit and killed a woman in a hit and run in Denver.",
        # a private person who "struck and killed" someone with no weapon named
        "A man struck and killed a woman as she crossed the road in Leeds.",
    ],
)
def test_a_road_death_is_no_attack(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A man struck a woman with a hammer and killed her in Leeds.",
        "Troops struck and killed three protesters in Mandalay.",
        "Rebels killed two soldiers in Goma after a bomb hit their convoy.",
        "A gunman shot and killed a woman in Leeds.",
    ],
)
def test_a_blow_with_a_weapon_or_by_forces_is_still_an_attack(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "ASSAULT")


# --- people hurt, named by a participle: no act of harm -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iranian helicopters were evacuating injured from Qeshm to Bandar Abbas.",
        "Turkish rescue teams were evacuating wounded from the town to Ankara.",
    ],
)
def test_the_injured_carried_to_safety_are_no_victims_of_the_rescuers(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels wounded two soldiers in Goma.",
        "Israeli troops tried to kill the commander in Gaza.",
    ],
)
def test_an_act_of_harm_with_its_object_is_still_one(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "ASSAULT")


# --- a judgement: the head noun's, not its modifier's ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trump called it one of the great miscarriages of justice.",
        "The senator called the ruling a great injustice.",
        "The senator described the verdict as a great miscarriage of justice.",
    ],
)
def test_a_noun_of_blame_with_an_adjective_of_praise_is_blame(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert find(events, "ACCUSE")
    assert not [e for e in events if e.plover == "SUPPORT"]


def test_an_adjective_of_praise_on_a_plain_noun_is_still_praise(nlp: Language) -> None:
    assert find(code(nlp, "The president called the treaty a historic achievement."), "SUPPORT")


def test_the_rule_naming_the_head_noun_wins_whatever_the_codebook_order(nlp: Language) -> None:
    """Praise tried first still gives way to the blame its noun names."""
    doc = nlp("The senator called the ruling a great injustice.")
    called = doc[2]
    rules = {r.rule: r for r in load_codebook().verb_rules("called")}
    praise, blame = rules["support.call-praise"], rules["accuse.call-names"]
    assert fit.head_noun_first([praise, blame], called) == [blame]
    assert fit.head_noun_first([praise], called) == [praise]


# --- a vessel's course is no decision ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The pirates tried to reverse the course of the boats and flee.",
        "Somali pirates reversed the boats' course.",
        "The Iranian tankers reversed course after the Indian navy warned them.",
    ],
)
def test_a_vessels_course_reversed_is_no_concession(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"]


def test_a_government_reversing_course_still_concedes(nlp: Language) -> None:
    assert find(code(nlp, "The government reversed course on the fuel tax."), "CONCEDE")


# --- an invitation to a show, a party or a debate is no intent to meet ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump invited Senator Rand Paul to sit in the front row at the debate.",
        "The president invited the actor to his birthday party in Miami.",
    ],
)
def test_an_invitation_to_watch_or_celebrate_is_no_consultation(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "036"]


@pytest.mark.parametrize(
    "text",
    [
        "Mexican President Enrique Pena Nieto invited Mr. Trump to a meeting in Mexico City.",
        "The Iranian president invited the Iraqi prime minister to Tehran for talks.",
    ],
)
def test_an_invitation_to_talks_is_still_one(nlp: Language, text: str) -> None:
    assert [e for e in code(nlp, text) if e.cameo == "036"]


# --- a habit said with an adverb of frequency, over a clause of manner ----------------------


@pytest.mark.parametrize(
    "text",
    [
        # the habit on the main verb covers the subjectless "while" clause too
        "Demonstrators have sometimes gathered outside the parliament in Nairobi while marching.",
        "Protesters occasionally block the main bridge in Lagos.",
    ],
)
def test_what_protesters_sometimes_do_is_no_protest(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "PROTEST"]


def test_a_protest_on_a_day_is_still_one(nlp: Language) -> None:
    assert find(code(nlp, "Protesters blocked the main bridge in Lagos on Monday."), "PROTEST")


# --- a private person meeting someone of no office: private life ---------------------------


def test_a_private_person_meeting_a_police_officer_is_no_consultation(nlp: Language) -> None:
    story = (
        "Maria Lopez moved to New York in 1962 to work as a dancer. She met police officer Tom Avery, "
        "who took photographs as a hobby, and he shot her first portfolio."
    )
    events = code(nlp, story)
    assert not [e for e in events if e.plover == "CONSULT"]
    assert not [e for e in events if e.plover == "ASSAULT"]  # a portfolio shot is photography


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani ambassador met the police officer in charge of the inquiry.",
        "Protest leaders met police officers in Cairo to discuss the march route.",
    ],
)
def test_an_office_holders_or_a_groups_meeting_with_police_is_still_one(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "CONSULT")
