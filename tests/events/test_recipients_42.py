"""Recipients at stop 42: the author of claims a rejection answers, no country-wide default for an
act that falls on people the sentence names or on no partner, and a phrase of what a complaint is
about that the parse hangs on its addressee. The sentences are our own, with near readings that
must not change.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import actor_names, code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch said Ethiopian troops had burned villages. The Ethiopian government dismissed the"
        " claims.",
        "Human Rights Watch reported that Ethiopian troops had burned villages. Ethiopia's foreign ministry"
        " rejected these allegations.",
    ],
)
def test_claims_pointed_back_at_answer_the_speaker_before(nlp: Language, text: str) -> None:
    """CAMEO 120/016: "dismissed the claims" with no accusation coded before points at the claims
    the sentence before states; their author, the speaker of that sentence, is the target."""
    rejection = find(code(nlp, text), "REJECT")
    assert "Human Rights Watch" in actor_names(rejection.targets), actor_names(rejection.targets)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before states nothing: no claimant
        "Human Rights Watch visited the Ethiopian border. The Ethiopian government dismissed the claims.",
        # no claim rejected: a plan has no author to answer here
        "Human Rights Watch said Ethiopian troops had burned villages. The Ethiopian government dismissed"
        " the plan.",
        # claims with nothing pointing back at earlier ones
        "Human Rights Watch said Ethiopian troops had burned villages. The Ethiopian government dismissed"
        " claims that the police had beaten students.",
    ],
)
def test_a_rejection_with_no_claimant_told_before_keeps_no_target(nlp: Language, text: str) -> None:
    rejection = find(code(nlp, text), "REJECT")
    assert not rejection.targets, actor_names(rejection.targets)


def test_a_rejection_of_owned_claims_answers_their_owner(nlp: Language) -> None:
    """ "dismissed the newspaper's claims": the owner is the author, whatever came before."""
    rejection = find(code(nlp, "The Ethiopian government dismissed the broadcaster's claims."), "REJECT")
    assert "broadcaster" in {a.text for a in rejection.targets}


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Ghanaian minister fired his deputy.", "COERCE"),
        ("The Ghanaian agency was told to dismiss her aide.", "COERCE"),
        ("The Ghanaian government made a large investment.", "COOPERATE"),
    ],
)
def test_no_country_wide_default_for_an_act_on_named_people_or_with_no_partner(
    nlp: Language, text: str, plover: str
) -> None:
    """The DOMESTIC default (the doer's own country as target) is for an act on the country at large
    ("police fired tear gas", "lifted the state of emergency"). One person's own ("his deputy")
    is the one it falls on; cooperation (CAMEO 06) needs a partner, and none is known."""
    events = [e for e in code(nlp, text) if e.plover == plover]
    assert events, [(e.plover, e.rule) for e in code(nlp, text)]
    assert all(not e.targets for e in events), [(e.rule, actor_names(e.targets)) for e in events]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Ghanaian police fired tear gas.", "COERCE"),
        ("The Ghanaian government lifted its ban on rallies.", "CONCEDE"),
        ("The Ghanaian government lifted the state of emergency.", "CONCEDE"),
    ],
)
def test_an_act_on_the_country_at_large_keeps_the_default(nlp: Language, text: str, plover: str) -> None:
    assert dyad(find(code(nlp, text), plover)) == ({"GHA"}, {"GHA"})


def test_what_a_complaint_is_about_is_its_target_past_the_addressee(nlp: Language) -> None:
    """CAMEO 114: "complained to the regulator about X": the parse hangs "about X" on the regulator;
    X is still what the complaint is about, the target."""
    complaint = find(
        code(nlp, "The Zambian union complained to the regulator about the Ghanaian government."), "ACCUSE"
    )
    assert dyad(complaint)[1] == {"GHA"}


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian union complained to the regulator about the price of fuel.",
        "The Zambian union complained to the minister of Ghana.",
    ],
)
def test_a_complaint_about_no_actor_keeps_no_target(nlp: Language, text: str) -> None:
    assert not find(code(nlp, text), "ACCUSE").targets
