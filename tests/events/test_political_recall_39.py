"""Kinds of event missed in political news, stop 39 (issue 10: recall on political articles).

Acts told as nouns or by wordings with no rule: a request whose object is the thing wanted, with
no one asked ("urged an end to the fighting", "pleaded for clemency"); wanting someone named to do
something ("Oslo wants Rome to extradite ..."); punitive action promised against someone named
("vowed action against the smugglers"); a reversal told as a noun ("the ministry's U-turn on the
tax"); a status stripped; a military operation launched. The sentences are our own, on other
subjects, with the near readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The Portuguese foreign minister urged an end to the fighting in the north.", "request.call-end.n"),
        ("The Irish bishops urged an end to the bloodshed.", "request.call-end.n"),
        ("The Mongolian lawyer sought clemency for his client.", "request.call-clemency.n"),
        ("The Austrian defence lawyer asked for leniency for her client.", "request.call-leniency.n"),
    ],
)
def test_a_request_for_the_thing_wanted_needs_no_one_asked(nlp: Language, text: str, rule: str) -> None:
    """ "urged an end to the fighting", "pleaded for clemency": the object is what is asked for, no
    addressee is named, and it is still an appeal (CAMEO 020)."""
    event = find(code(nlp, text), "REQUEST")
    assert event.cameo == "020"
    assert event.rule == rule


@pytest.mark.parametrize(
    "text",
    [
        "The Portuguese foreign minister urged an end to the year.",
        "The Portuguese foreign minister welcomed an end to the fighting.",
        "The Portuguese foreign minister put an end to the rumours.",
        "The Mongolian lawyer asked for comment.",
    ],
)
def test_an_end_that_is_no_conflict_asks_for_nothing(nlp: Language, text: str) -> None:
    """An end of a year, an end welcomed or put to rumours, a request for comment: no appeal."""
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Finland wants Estonia to extradite the smuggler.", "FIN", "EST"),
        ("The Ghanaian government wants Togo to reopen the border.", "GHA", "TGO"),
    ],
)
def test_wanting_someone_named_to_act_asks_it_of_them(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "Finland wants Estonia to extradite the smuggler": an appeal to the one who is to act."""
    event = find(code(nlp, text), "REQUEST")
    assert event.rule == "request.want"
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "Finland wants to buy Estonian electricity.",
        "Finland wants a stronger navy.",
        "The retired Finnish singer wants her fans to remember her voice.",
    ],
)
def test_wanting_to_act_oneself_asks_no_one(nlp: Language, text: str) -> None:
    """Wanting to do something oneself, wanting a thing, or a private person wanting her fans to
    remember her: nobody is asked."""
    assert not [e for e in code(nlp, text) if e.rule == "request.want"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Peruvian navy vowed action against the Peruvian drug gangs.", "PER", "PER"),
        ("The Greek government pledged tough measures against the Turkish smugglers.", "GRC", "TUR"),
        ("Morocco promised action against the Algerian traffickers.", "MAR", "DZA"),
    ],
)
def test_action_promised_against_someone_is_a_threat(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "vowed action against the drug gangs": unspecified punishment promised to someone named is a
    threat (CAMEO 130), not a promise to cooperate."""
    event = find(code(nlp, text), "THREATEN")
    assert event.cameo == "130"
    assert dyad(event) == ({source}, {target})


def test_action_promised_on_a_problem_stays_a_promise(nlp: Language) -> None:
    """ "promised action on unemployment": no one is threatened."""
    events = code(nlp, "The Peruvian president promised action on unemployment.")
    assert not [e for e in events if e.plover == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "rule", "source"),
    [
        (
            "The Czech ministry's U-turn on the fuel tax surprised the Czech hauliers.",
            "concede.u-turn.n",
            "CZE",
        ),
        (
            "Hanoi's backtracking on the land law calmed the Vietnamese farmers.",
            "concede.backtracking.n",
            "VNM",
        ),
        (
            "The Danish government's climbdown over the pension bill pleased the Danish unions.",
            "concede.climbdown.n",
            "DNK",
        ),
    ],
)
def test_a_reversal_told_as_a_noun_is_a_concession(nlp: Language, text: str, rule: str, source: str) -> None:
    """ "the ministry's U-turn on the fuel tax": its owner gives way on a policy (CAMEO 0832)."""
    event = find(code(nlp, text), "CONCEDE")
    assert event.rule == rule
    assert event.cameo == "0832"
    assert {a.country for a in event.sources} == {source}


def test_a_u_turn_on_a_road_is_no_concession(nlp: Language) -> None:
    """A U-turn made by a driver is a manoeuvre, no political act."""
    events = code(nlp, "The truck driver made a U-turn on the motorway near Brno.")
    assert not [e for e in events if e.plover == "CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua stripped the exiled journalist of his residency status.",
        "The exiled journalist was stripped of his refugee status by Nicaragua.",
    ],
)
def test_a_status_stripped_is_a_right_taken(nlp: Language, text: str) -> None:
    """ "stripped of his refugee status": a right taken away by a state (CAMEO 172)."""
    event = find(code(nlp, text), "COERCE")
    assert event.cameo == "172"
    assert {a.country for a in event.sources} == {"NIC"}


def test_a_building_stripped_of_its_status_by_no_state_is_no_coercion(nlp: Language) -> None:
    """A club losing its status by a league's vote: no state takes anything."""
    events = code(nlp, "The football league stripped the club of its status as a founding member.")
    assert not [e for e in events if e.plover == "COERCE"]


def test_a_military_operation_launched_is_force(nlp: Language) -> None:
    """ "launched a military operation near the border": conventional force (CAMEO 190)."""
    event = find(
        code(nlp, "The Azerbaijani army launched a military operation near the Armenian border."), "ASSAULT"
    )
    assert event.cameo == "190"
    assert {a.country for a in event.sources} == {"AZE"}


def test_a_rescue_or_software_operation_launched_is_no_force(nlp: Language) -> None:
    """An operation that is no military one ("launched a rescue operation after the flood",
    "launched a new operating system") is no attack."""
    for text in (
        "The Azerbaijani government launched a rescue operation after the flood.",
        "The Azerbaijani telecom company launched a new operation in Baku.",
    ):
        assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ("Algeria took measures including recalling its ambassador from France.", "SANCTION", "DZA", "FRA"),
        ("Lithuania announced steps including expelling two Belarusian diplomats.", "SANCTION", "LTU", "BLR"),
    ],
)
def test_a_step_listed_after_including_is_the_takers_act(
    nlp: Language, text: str, plover: str, source: str, target: str
) -> None:
    """ "took measures including recalling its ambassador": the gerund names one of the steps, done
    by the one who takes them."""
    event = find(code(nlp, text), plover)
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "Algeria rejected demands including recalling its ambassador from France.",
        "Algeria considered measures including recalling its ambassador from France.",
    ],
)
def test_a_gerund_listed_in_demands_or_options_is_no_step_taken(nlp: Language, text: str) -> None:
    """Demands rejected or measures weighed "including recalling its ambassador": no recall."""
    assert not [e for e in code(nlp, text) if e.plover == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        ("Iran's detention of two French researchers angered Paris.", "COERCE", "173", "IRN", "FRA"),
        (
            "The Bolivian president's pardon of the former Bolivian governor surprised voters.",
            "RETREAT",
            "0841",
            "BOL",
            "BOL",
        ),
        (
            "The Bolivian president granted a pardon to the former Bolivian governor.",
            "RETREAT",
            "0841",
            "BOL",
            "BOL",
        ),
    ],
)
def test_a_detention_or_pardon_told_as_a_noun(
    nlp: Language, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    """ "Iran's detention of two researchers", "the president's pardon of the governor": the
    possessor or the granting verb's subject acts on whom the "of"/"to" phrase names."""
    event = find(code(nlp, text), plover)
    assert event.cameo == cameo
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The French researcher's detention angered Paris.",
        "The migrants were held in an Iranian detention centre.",
        "The jailed Bolivian governor's pardon surprised La Paz.",
    ],
)
def test_a_detention_or_pardon_with_no_doer_named_codes_nothing(nlp: Language, text: str) -> None:
    """A person's detention or pardon names the one held or pardoned, not who did it; a detention
    centre holds no one named."""
    assert not [e for e in code(nlp, text) if e.plover in ("COERCE", "RETREAT")]


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan army's denial of any involvement in the raid surprised observers.",
        "The Ugandan army issued a denial of the report.",
    ],
)
def test_a_denial_told_as_a_noun_is_a_denial(nlp: Language, text: str) -> None:
    """ "the army's denial of any involvement": a denial of responsibility (CAMEO 016)."""
    event = find(code(nlp, text), "REJECT")
    assert event.cameo == "016"
    assert {a.country for a in event.sources} == {"UGA"}


def test_a_denial_of_access_or_a_stance_is_no_denial_of_blame(nlp: Language) -> None:
    """ "denial of access" refuses entry (no 016); "climate denial" is a stance."""
    events = code(nlp, "The Ugandan government's denial of access to the camps angered aid groups.")
    assert not [e for e in events if e.cameo == "016"]
