"""Actor classes of real news at stop 42 (countries and sectors the held-out readings found
wrong). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import mentions_by_text

# A place's name compounded with a noun of a field of study or stance ("a Ukraine specialist", "a
# China hawk") says what the person knows or argues about, not whose they are; a nationality
# adjective ("a Ukrainian specialist") still says whose.


def test_a_country_specialist_is_not_of_that_country(nlp: Language) -> None:
    text = "The committee questioned Paul Hart, a Syria specialist at the Pentagon."
    hart = mentions_by_text(nlp, text)["Paul Hart"]
    assert hart.country != "SYR", hart


def test_a_country_hawk_is_not_of_that_country(nlp: Language) -> None:
    text = "Reporters interviewed Laura Pike, an Iran hawk in the cabinet, on Friday."
    pike = mentions_by_text(nlp, text)["Laura Pike"]
    assert pike.country != "IRN", pike


def test_a_nationality_adjective_on_a_specialist_is_still_theirs(nlp: Language) -> None:
    text = "The committee questioned Paul Hart, a Syrian specialist at the Pentagon."
    hart = mentions_by_text(nlp, text)["Paul Hart"]
    assert hart.country == "SYR", hart


# The states of a region ("European nations", "Western allies") act through their governments:
# GOV, as a bare state is read.


@pytest.mark.parametrize(
    ("text", "words", "region"),
    [
        ("The chancellor urged African nations to cut grain tariffs.", "African nations", "AFR"),
        ("Tokyo asked its Western allies to send more ships.", "Western allies", "WST"),
    ],
    ids=["nations", "allies"],
)
def test_the_states_of_a_region_are_governments(nlp: Language, text: str, words: str, region: str) -> None:
    states = mentions_by_text(nlp, text)[words]
    assert (states.country, states.sector) == (region, "GOV"), states


def test_leaders_of_a_region_keep_their_own_sector(nlp: Language) -> None:
    text = "African leaders gathered in Addis Ababa on Monday."
    leaders = mentions_by_text(nlp, text)["African leaders"]
    assert leaders.sector == "GOV" and leaders.rule == "sector:leaders", leaders


# A religious movement that bombs or attacks as its clause's subject is an armed group (REB), as
# a state's people who fight are its forces; one that votes or preaches stays religious (REL).


def test_a_religious_movement_that_bombs_is_an_armed_group(nlp: Language) -> None:
    text = "In 1995, radical Islamists bombed a train station in the capital."
    islamists = mentions_by_text(nlp, text)["radical Islamists"]
    assert islamists.sector == "REB", islamists


def test_a_religious_movement_that_votes_stays_religious(nlp: Language) -> None:
    text = "Radical Islamists won most seats in the city council."
    islamists = mentions_by_text(nlp, text)["Radical Islamists"]
    assert islamists.sector == "REL", islamists


# An organisation no table lists whose name's head is "Bureau" ("the Bureau of Prisons") is an
# office of a state (data/organisation_heads.tsv); a bureau that is no state's is listed by name.


def test_an_unlisted_bureau_is_a_state_office(nlp: Language) -> None:
    text = "The Bureau of Mines closed the quarry on Tuesday."
    bureau = mentions_by_text(nlp, text)["Bureau of Mines"]
    assert bureau.sector == "GOV", bureau


def test_the_better_business_bureau_is_no_state_office(nlp: Language) -> None:
    text = "The Better Business Bureau warned shoppers about the scheme."
    bureau = mentions_by_text(nlp, text)["Better Business Bureau"]
    assert bureau.sector == "NGO", bureau
