"""Relevance classes of round 47, on sentences written by the team: a private person's advice,
offer or talk to people at large or to the rank and file, and private people's gifts to no one
named, are private life, no political event; an office holder's appeal, an appeal to the police
or to a nation, aid given to someone named and a nation's, a state's or a body's gift are still
coded."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import coded_types

from wirewatch.events.relevance import lexicon

pytestmark = pytest.mark.slow


# 1. A private person's advice, offer or talk to people at large or to the rank and file.


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Mr Okafor urged people to carry water on the trail.", "REQUEST"),
        ("Dr. Anna Weber encouraged people to get a flu shot before December.", "REQUEST"),
        ("Ms Lindqvist offered the nurses her help.", "AGREE"),
    ],
)
def test_a_private_persons_advice_to_people_at_large_is_no_event(
    nlp: Language, text: str, plover: str
) -> None:
    assert plover not in coded_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Houston urged residents to leave before Hurricane Harvey struck.",
        "A woman urged the police to reopen the case of her missing son.",
        "Villagers asked the soldiers to leave.",
        "Mr Rahman called on Bangladeshis to stay calm.",
    ],
)
def test_an_office_holders_appeal_or_an_appeal_to_the_police_is_still_a_request(
    nlp: Language, text: str
) -> None:
    assert "REQUEST" in coded_types(nlp, text)


# 2. Private people's gifts to no one named.


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people donated blood after the Las Vegas shooting.",
        "Neighbours were donating clothes in the family's memory.",
    ],
)
def test_private_peoples_gifts_to_no_one_named_are_no_aid(nlp: Language, text: str) -> None:
    assert "AID" not in coded_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan donated 5 million dollars to Nepal after the earthquake.",
        "Residents gave food and water to the refugees arriving at the border.",
        "The Gates Foundation donated 50 million dollars.",
        "The Norwegians donated generously after the tsunami.",
    ],
)
def test_aid_to_someone_named_or_by_a_state_or_a_body_is_still_aid(nlp: Language, text: str) -> None:
    assert "AID" in coded_types(nlp, text)


# 3. Words of phone and celebrity stories: a handset maker's launch, a pin-up's public life.


@pytest.mark.parametrize(
    ("words", "domain"),
    [
        (["handset", "smartphone"], "business"),
        (["handsets", "customers", "phone", "products"], "business"),
        (["centrefold", "magazine", "movie", "role"], "entertainment"),
    ],
)
def test_handsets_and_centrefolds_mark_business_and_entertainment_stories(
    words: list[str], domain: str
) -> None:
    assert lexicon().article_domain(words) == domain
