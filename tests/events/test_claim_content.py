"""Roles found by judging real news (issue 11, helper draw 3021), with sentences written for
these tests: an actor named inside what a claim or report says is no party to denying it."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, dyad, find


def test_an_actor_inside_a_denied_claim_is_not_its_target(nlp: Language) -> None:
    event = find(code(nlp, "The militia denied reports that it had sold weapons to Chad."), "REJECT")
    assert dyad(event)[1] == set()
    text = "The governor denied the allegation that he had taken money from Qatar."
    event = find(code(nlp, text), "REJECT")
    assert dyad(event)[1] == set()


def test_the_owner_of_a_denied_report_is_still_its_target(nlp: Language) -> None:
    event = find(code(nlp, "Kenya denied a Ugandan report that its troops had crossed the border."), "REJECT")
    assert dyad(event)[1] == {"UGA"}
