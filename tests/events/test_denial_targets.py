"""A denial of a claim is aimed at the claim's author, not at an actor inside what the claim says
(issues 10 and 11; PLOVER: a denial answers its accuser). Real news: "Manafort denied the existence
of an F.B.I. investigation into his business dealings" targeted the F.B.I.; "LaRue denied
suggestions that he was the source used by Bob Woodward" targeted Woodward. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


def test_an_actor_inside_the_denied_claim_is_no_target(nlp: Language) -> None:
    text = (
        "Kenya denied the existence of a Somali military operation against the militia in its "
        "northern provinces."
    )
    event = find(code(nlp, text), "REJECT")
    assert event.cameo == "016"
    assert "SOM" not in {a.country for a in event.targets}


def test_the_claim_s_author_is_the_target(nlp: Language) -> None:
    event = find(
        code(nlp, "Ethiopia denied Eritrean accusations that its troops had crossed the border."), "REJECT"
    )
    assert [a.country for a in event.targets] == ["ERI"]
    event = find(code(nlp, "Kenya denied claims by Somalia that it had armed the militia."), "REJECT")
    assert [a.country for a in event.targets] == ["SOM"]
