"""Acts told as nouns, attitudes and inquiries without a plain verb, stop 41 (issue 10: recall on
political articles).

An objection or criticism whose doer is the "of" or "from" phrase (CAMEO 110 / 111), an inquiry
named by a state body as a modifier, an authority examining, analysing or looking into an actor's
conduct or records (CAMEO 090), distancing from another's stance (110, disapproval, not a break with
an actor), standing by an actor (051), displeasure told by an adjective (110), and "not just X but
also Y", which affirms X. The sentences are our own, on other subjects, each with the near reading
the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


def _names(mentions: tuple[object, ...]) -> list[str]:
    return [m.text for m in mentions]  # type: ignore[attr-defined]


def test_an_objection_of_a_body_is_its_disapproval_of_who_acts_over_it(nlp: Language) -> None:
    text = "Governor Tomas Ortega signed the permit over the objections of the Chilean environment ministry."
    event = find(code(nlp, text), "ACCUSE")
    assert (event.cameo, event.polarity) == ("110", "affirmed")
    assert "Chilean environment ministry" in _names(event.sources)
    assert "Governor Tomas Ortega" in _names(event.targets)


def test_an_objection_with_its_owner_targets_what_is_objected_to(nlp: Language) -> None:
    event = find(
        code(
            nlp, "The Peruvian foreign ministry's objection to the Bolivian proposal was delivered on Monday."
        ),
        "ACCUSE",
    )
    assert event.cameo == "110"
    assert "Peruvian foreign ministry" in _names(event.sources)
    assert {m.country for m in event.targets} == {"BOL"}


def test_no_objection_is_no_disapproval(nlp: Language) -> None:
    events = code(nlp, "The Peruvian foreign ministry raised no objection to the Bolivian proposal.")
    assert not [e for e in events if e.plover == "ACCUSE" and e.polarity == "affirmed"]


def test_criticism_from_a_party_despite_which_someone_acts_targets_that_actor(nlp: Language) -> None:
    event = find(
        code(
            nlp, "Despite criticism from the Chilean opposition, President Luis Vera vetoed the pension bill."
        ),
        "ACCUSE",
    )
    assert (event.cameo, event.polarity) == ("111", "affirmed")
    assert "Chilean opposition" in _names(event.sources)
    assert "President Luis Vera" in _names(event.targets)


def test_criticism_drawn_from_a_party_is_still_received(nlp: Language) -> None:
    """ "drew criticism from": the subject is criticised, as before."""
    event = find(code(nlp, "President Luis Vera drew criticism from the Chilean opposition."), "ACCUSE")
    assert "President Luis Vera" in _names(event.targets)
    assert "Chilean opposition" in _names(event.sources)


def test_an_inquiry_named_by_coordinated_state_bodies_is_theirs(nlp: Language) -> None:
    event = find(
        code(nlp, "The Treasury Department and FBI inquiry into Senator Mary Otieno widened on Friday."),
        "ACCUSE",
    )
    assert event.cameo == "090"
    assert {"Treasury Department", "FBI"} <= set(_names(event.sources))
    assert "Senator Mary Otieno" in _names(event.targets)


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors in Peru are examining Governor Rosa Diaz's bank accounts.",
        "Peruvian prosecutors are looking into Governor Rosa Diaz's contracts.",
        "The Peruvian tax agency analysed Governor Rosa Diaz's payments.",
        "The Peruvian tax agency began a review of Governor Rosa Diaz's travel records.",
    ],
)
def test_an_authority_examining_an_actors_records_inquires_into_the_actor(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "090"
    assert "Governor Rosa Diaz" in _names(event.targets)


@pytest.mark.parametrize(
    "text",
    [
        "The Lima Daily examined Governor Rosa Diaz's voting record.",
        "Peruvian prosecutors examined the evidence on Tuesday.",
        "The Peruvian tax agency began a review of the tax code.",
    ],
)
def test_an_examination_by_no_authority_or_of_no_ones_records_is_no_inquiry(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


def test_distancing_from_anothers_stance_is_disapproval(nlp: Language) -> None:
    events = code(
        nlp, "Several Dutch lawmakers distanced themselves from the Belgian position on fishing quotas."
    )
    event = find(events, "ACCUSE")
    assert (event.cameo, event.rule) == ("110", "accuse.distance-from-stance")
    assert {m.country for m in event.targets} == {"BEL"}
    assert not [e for e in events if e.plover == "SANCTION"]


def test_distancing_from_an_actor_is_still_disowning_it(nlp: Language) -> None:
    event = find(
        code(nlp, "Senator Mary Otieno distanced herself from Governor Rosa Diaz after the vote."), "SANCTION"
    )
    assert event.cameo == "160"


def test_standing_by_an_actor_supports_it(nlp: Language) -> None:
    event = find(
        code(nlp, "Several Democratic senators stood by Governor Rosa Diaz after the audit."), "SUPPORT"
    )
    assert event.cameo == "051"
    assert "Governor Rosa Diaz" in _names(event.targets)


def test_standing_by_a_claim_or_a_place_supports_no_one(nlp: Language) -> None:
    for text in ("Governor Rosa Diaz stood by her figures.", "Governor Rosa Diaz stood by the gate."):
        assert not [e for e in code(nlp, text) if e.plover == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mary Otieno appears unhappy with Governor Rosa Diaz.",
        "Senator Mary Otieno was dissatisfied with Governor Rosa Diaz's answer.",
    ],
)
def test_displeasure_told_by_an_adjective_is_disapproval(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert (event.cameo, event.polarity) == ("110", "affirmed")
    assert "Senator Mary Otieno" in _names(event.sources)
    assert "Governor Rosa Diaz" in _names(event.targets)


def test_displeasure_with_no_actor_is_no_disapproval(nlp: Language) -> None:
    assert not [
        e for e in code(nlp, "Senator Mary Otieno appears unhappy with the weather.") if e.plover == "ACCUSE"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mary Otieno's main goal isn't just attacking Governor Rosa Diaz but also her donors.",
        "Senator Mary Otieno did not merely criticise Governor Rosa Diaz, she also sued her.",
    ],
)
def test_not_just_x_but_also_y_affirms_x(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.polarity == "affirmed"
    assert "Governor Rosa Diaz" in _names(event.targets)


def test_a_plain_negation_still_denies(nlp: Language) -> None:
    event = find(code(nlp, "Senator Mary Otieno did not criticise Governor Rosa Diaz."), "ACCUSE")
    assert event.polarity == "negated"


def test_a_campaign_ad_speaks_for_its_owner(nlp: Language) -> None:
    event = find(
        code(nlp, "Governor Rosa Diaz's new television ad accuses Senator Mary Otieno of lying."), "ACCUSE"
    )
    assert "Governor Rosa Diaz" in _names(event.sources)


def test_documents_published_are_no_event(nlp: Language) -> None:
    """A disclosure (a batch of messages published or leaked, pages of cables posted) has no
    PLOVER 2.0 type and no CAMEO code: no accusation and no cooperation."""
    events = code(
        nlp, "A transparency group published a fresh batch of Senator Mary Otieno's private messages."
    )
    assert not [e for e in events if e.plover in ("ACCUSE", "COOPERATE")]
