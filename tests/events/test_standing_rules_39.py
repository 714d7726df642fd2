"""Leave given or withheld in the present to a whole class of people states a law, not an act done
once (stop 39): "Kenya does not allow foreigners to own land" is no REJECT, least of all at high
confidence. The same verbs in the past, the future or with people in view are acts. Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, coded_types, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Ghana does not allow foreigners to buy farmland.",
        "Neither Ohio nor Texas allows landlords to evict tenants in winter.",
        "Saudi Arabia does not permit women to drive.",
        "China does not allow journalists to travel to Tibet without a permit.",
        "France allows citizens to hold two passports.",
    ],
)
def test_leave_given_to_a_class_of_people_in_the_present_is_a_law(nlp: Language, text: str) -> None:
    assert [e.plover for e in code(nlp, text) if e.rule in ("concede.allow", "concede.permit")] == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The junta did not allow the observers to enter the country.", "REJECT"),
        ("The ministry allowed farmers to export maize on Monday.", "CONCEDE"),
        ("The government does not allow the journalists to enter the camp.", "REJECT"),
    ],
)
def test_leave_given_once_or_to_people_in_view_is_an_act(nlp: Language, text: str, plover: str) -> None:
    assert find(code(nlp, text), plover).rule == "concede.allow"


def test_what_a_court_rules_should_be_done_is_no_request(nlp: Language) -> None:
    text = (
        "Prosecutors charged the Kenyan activist Boniface Mwangi with sedition. "
        "But a judge ruled that Mwangi should remain in jail until his trial."
    )
    assert "REQUEST" not in coded_types(nlp, text)


def test_what_a_speaker_says_should_be_done_is_still_a_request(nlp: Language) -> None:
    text = (
        "Prosecutors charged the Kenyan activist Boniface Mwangi with sedition. "
        "The interior minister said Mwangi should remain in jail until his trial."
    )
    assert find(code(nlp, text), "REQUEST").rule == "request.reported-should"


@pytest.mark.parametrize(
    "text",
    [
        "Yet neither can Ankara allow the unrest on its border to go on.",
        "The government cannot allow the strikes to continue, the Kenyan labour minister said.",
    ],
)
def test_what_one_cannot_allow_is_a_stance(nlp: Language, text: str) -> None:
    assert "REJECT" not in coded_types(nlp, text)
