"""Aims told as deeds, and weak verbs told as political acts (stop 46; judged classes on real news).
Sentences written by the team about real events.

What a trip or a dispatch is for ("flew to Khartoum to free the journalist", "sent troops to
attack the militia"), or what an act is done "so as to" or "in order to" do, is aimed at, not done:
hypothetical, and the trip made is the event, a visit to the country its place stands for. "Agreed
to", "moved to", "voted to" free someone are no purposes, and help gone or sent to give is given.
Speaking about a topic with no one named as spoken with is no meeting; everyday help, help to
understand or to win, is no aid; arriving in a legislature or a building visits no one.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code, coded_types, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The American envoy flew to Khartoum to free the jailed journalist.", "retreat.free"),
        ("Turkey sent troops into Syria to attack the Kurdish militia.", "assault.attack"),
        (
            "The Egyptian intelligence chief went to Gaza to broker a truce between Hamas and Israel.",
            "retreat.truce",
        ),
        (
            "The UN envoy flew to Sanaa to try to free the detained aid workers and to reopen the port.",
            "concede.reopen",
        ),
        ("The Kenyan police fired tear gas so as to disperse the protesters.", "coerce.disperse"),
    ],
)
def test_what_a_trip_or_a_dispatch_is_for_is_not_done(nlp: Language, text: str, rule: str) -> None:
    assert by_rule(code(nlp, text), rule).modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "visited"),
    [
        ("The American envoy flew to Khartoum to free the jailed journalist.", "SDN"),
        ("The Dutch prime minister flew to Kyiv to meet Zelensky.", "UKR"),
    ],
)
def test_the_trip_made_is_a_visit_to_the_place(nlp: Language, text: str, visited: str) -> None:
    # the place, not the object of what the trip is for, is the one visited; a meeting aimed at with
    # the same parties does not hide it
    visit = find(code(nlp, text), "CONSULT")
    assert (visit.cameo, visit.modality) == ("042", "actual")
    assert dyad(visit)[1] == {visited}


@pytest.mark.parametrize(
    ("text", "rule", "plover"),
    [
        ("Iran agreed to free the British sailors.", "retreat.free", "AGREE"),
        ("Iran moved to free the British sailors.", "retreat.free", "RETREAT"),
        ("The Iranian parliament voted to free the British sailors.", "retreat.free", "RETREAT"),
        ("Norway sent money to help the flood victims in Pakistan.", "aid.help", "AID"),
        (
            "The Brazilian president said he would travel to Lisbon to meet Portuguese leaders.",
            "consult.meet",
            "AGREE",
        ),
    ],
)
def test_decisions_phases_and_help_sent_are_no_mere_aims(
    nlp: Language, text: str, rule: str, plover: str
) -> None:
    # negative: a decision, a phase, help sent, and the aim of a trip still to come (an intent) stay
    event = by_rule(code(nlp, text), rule)
    assert (event.plover, event.modality) == (plover, "actual")


@pytest.mark.parametrize(
    "text",
    [
        "Obama said the version Trump and other Republicans are talking about is false.",
        "Democrats and Republicans talked about the debt ceiling.",
    ],
)
def test_talk_about_a_topic_is_no_meeting(nlp: Language, text: str) -> None:
    assert "CONSULT" not in coded_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Erdogan talked about Syria by telephone.",
        "Merkel talked with Macron about Brexit.",
    ],
)
def test_two_sides_talking_about_a_topic_still_meet(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "CONSULT").cameo == "040"


@pytest.mark.parametrize(
    "text",
    [
        "Neighbours ran outside to help the injured woman.",
        "The FBI official secretly helped two reporters pursue the Watergate story.",
        "The New York governor helped Clinton win the primary.",
        "The ministry helps people understand the new tax rules.",
    ],
)
def test_everyday_help_counsel_or_campaign_help_is_no_aid(nlp: Language, text: str) -> None:
    assert "AID" not in coded_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States helped Ukraine defend its cities.",
        "The army helped the villagers rebuild their houses.",
    ],
)
def test_help_a_state_or_its_forces_give_is_still_aid(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "AID").cameo == "070"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Tim Kaine arrived in Congress in 2013.",
        "Senator Bernie Sanders arrived in the Senate chamber on Monday.",
    ],
)
def test_arriving_in_a_legislature_or_a_building_visits_no_one(nlp: Language, text: str) -> None:
    assert "CONSULT" not in coded_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Xi Jinping arrived at the White House on Thursday.", "USA"),
        ("Macron arrived in Beijing on Tuesday.", "CHN"),
    ],
)
def test_arriving_in_a_city_or_at_a_host_is_a_visit(nlp: Language, text: str, host: str) -> None:
    visit = find(code(nlp, text), "CONSULT")
    assert visit.cameo == "042" and dyad(visit)[1] == {host}
