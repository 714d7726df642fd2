"""Political verbs and nouns in another sense (stop 43): "yield" meaning produce, "investigate"
said of an illness's cases, a town hall's "meeting" and a commentator's "should". Each is read by
what its argument is, and the political sense is kept beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find


@pytest.mark.parametrize(
    "text",
    [
        "Our trade pacts with Kenya and Ghana are already yielding benefits, the British premier said.",
        "Britain's deal with Rwanda has yielded few results so far.",
        "The talks between Ghana and Togo yielded an agreement on fishing rights.",
    ],
)
def test_yielding_a_product_is_no_concession(nlp: Language, text: str) -> None:
    """What is yielded is a product or an outcome (revenue, benefits, profits): "yield" means
    produce, no giving way to anyone (CAMEO 08)."""
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"], code(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government yielded to the demands of the striking doctors.",
        "The Malian junta yielded power to a civilian council on Monday.",
    ],
)
def test_yielding_to_someone_is_still_a_concession(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "CONCEDE")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan health officials are investigating cases of cholera in three counties.",
        "Officials are investigating new cases in Texas and Ohio to see if they are linked to the outbreak.",
        "Officials are investigating deaths in two villages to see whether the virus has spread.",
    ],
)
def test_investigating_an_illness_accuses_no_one(nlp: Language, text: str) -> None:
    """Cases of a disease, an outbreak, an infection are looked into by doctors: no inquiry into
    a wrong or an actor (CAMEO 09)."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"], code(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Canada's transport safety board is investigating the crash of a medical aircraft near Thunder Bay.",
        "Indian railway officials are probing the derailment of an express train in Odisha.",
        "Engineers are investigating the collapse of a footbridge in Kolkata.",
    ],
)
def test_investigating_an_accident_accuses_no_one(nlp: Language, text: str) -> None:
    """A crash, a derailment or a fallen structure looked into is a technical inquiry (`disaster`
    words and `structure` collapses): no inquiry into a wrong or an actor (CAMEO 09)."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"], code(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police are investigating the governor of Nairobi over the land sale.",
        "Brazilian prosecutors are investigating the senator's campaign donations.",
        "Officials are investigating the deaths of three protesters in the capital.",
        "Kenyan police are investigating cases of bribery at the port.",
    ],
)
def test_investigating_an_actor_is_still_an_inquiry(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "ACCUSE").cameo.startswith("09")


@pytest.mark.parametrize(
    "text",
    [
        "The Ohio senator said he would hold a town hall meeting in Dayton next week.",
        "The mayor of Lyon spoke at the annual shareholder meeting of the water company.",
        "The Kenyan minister held a staff meeting at the ministry on Monday.",
        "The central bank's board meeting ended on Tuesday.",
    ],
)
def test_a_forum_meeting_meets_no_party(nlp: Language, text: str) -> None:
    """A town hall, a board's, a company's shareholders' or a staff meeting is one body's
    gathering: no consultation between two parties (CAMEO 04)."""
    assert not [e for e in code(nlp, text) if e.rule == "consult.meeting.n"], code(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The French president held a meeting with the Chinese premier in Paris on Monday.",
        "Ministers of Kenya and Uganda will hold a meeting in Kampala next week.",
        "The Kenyan president held a cabinet meeting on Monday.",
    ],
)
def test_a_meeting_of_two_parties_is_still_a_consultation(nlp: Language, text: str) -> None:
    assert [e for e in code(nlp, text) if e.rule == "consult.meeting.n"], code(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A law professor at Harvard University said the State Department should expel the diplomats.",
        "A columnist for the Times said the Senate should reject the nominee.",
        "An analyst at a Moscow think tank said the Kremlin must release the journalist.",
    ],
)
def test_a_commentators_should_is_an_opinion(nlp: Language, text: str) -> None:
    """A scholar's, an analyst's or a columnist's "should" or "must" (EDU, MED) is an opinion told
    a reporter, no request made of the one obliged (CAMEO 02, 10)."""
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"], code(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The German chancellor said Russia should withdraw its troops from the border.",
        "Human Rights Watch said the Egyptian government must release the journalist.",
    ],
)
def test_an_actors_should_is_still_a_request(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "REQUEST")
