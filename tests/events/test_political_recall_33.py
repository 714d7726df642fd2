"""Kinds of event missed in political news, stop 33 (issue 10: recall on political articles).

Found by tracing, for each event the PLOVER 2.0 manual calls for in ten PolNeAR development
articles, the stage of the coder that lost it, then grouping the losses. The sentences are our
own, on other subjects, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Brazil's foreign minister swiped at the Argentine president over the stalled trade deal.",
            "BRA",
            "ARG",
        ),
        (
            "The Polish prime minister took issue with the German chancellor's remarks on migration.",
            "POL",
            "DEU",
        ),
        ("The Turkish president took a swipe at the Greek government in a speech on Friday.", "TUR", "GRC"),
    ],
)
def test_criticism_told_as_a_swipe_or_an_issue_taken(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 111: "swiped at", "took a swipe at", "took issue with" criticise the one named."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111" and dyad(event) == ({source}, {target}), event


def test_a_swipe_with_no_at_is_a_theft(nlp: Language) -> None:
    events = code(nlp, "The burglar swiped a laptop from the Chilean embassy.")
    assert not [e for e in events if e.plover == "ACCUSE"], events


def test_an_insult_likening_a_leader_to_a_fiend(nlp: Language) -> None:
    """CAMEO 111: "called X a devil", "a bloodsucker" belittles X as "a coward" does."""
    text = 'The Venezuelan president called the Colombian leader a "devil" and a "bloodsucker."'
    event = find(code(nlp, text), "ACCUSE")
    assert dyad(event) == ({"VEN"}, {"COL"}), event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Hungarian prime minister said he would no longer back the Polish government.", "HUN", "POL"),
        ("Slovakia's president no longer supports the Czech prime minister, his aide said.", "SVK", "CZE"),
        ("The Nigerian senator does not back the Ghanaian president anymore.", "NGA", "GHA"),
    ],
)
def test_support_of_an_actor_ended_is_support_withdrawn(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 160 (reduce relations), PLOVER SANCTION: "no longer backs X" withdraws support now,
    as "withdrew his endorsement of X" does; an actual act, not a negated promise."""
    event = find(code(nlp, text), "SANCTION")
    assert event.cameo == "160" and event.polarity == "affirmed" and event.modality == "actual", event
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        # Once, not from now on: nothing was withdrawn.
        "The Czech senators did not back the Slovak government in the vote.",
        # No actor's support ended: a policy no longer backed is still a rejection.
        "Austria no longer supports the plan.",
    ],
)
def test_support_not_given_once_is_no_withdrawal(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "SANCTION"], events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Masked men firebombed the offices of a Kurdish party in Istanbul.", "TUR", "TUR"),
        ("Nationalist militants claimed the firebombing of a Serbian church in Pristina.", "XKX", "SRB"),
    ],
)
def test_a_building_firebombed_is_property_destroyed(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 1712 (destroy property), PLOVER ASSAULT, as "torched"."""
    event = find(code(nlp, text), "ASSAULT")
    assert event.cameo == "1712" and dyad(event) == ({source}, {target}), event


def test_an_insult_in_ly_read_as_an_adverb_is_still_an_insult(nlp: Language) -> None:
    """CAMEO 111: "called the president cowardly": the tagger reads the adjective as an adverb of
    "called"; it is the object complement, and no phone call was made."""
    events = code(nlp, "The Chilean senator called the Peruvian president cowardly.")
    assert dyad(find(events, "ACCUSE")) == ({"CHL"}, {"PER"}), events
    assert not [e for e in events if e.plover == "CONSULT"], events


def test_a_call_made_repeatedly_is_still_a_call(nlp: Language) -> None:
    events = code(nlp, "The Chilean senator called the Peruvian president repeatedly on Monday.")
    assert not [e for e in events if e.plover == "ACCUSE"], events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The mayor of Lima received death threats from a Bolivian drug gang.", "BOL", "PER"),
        ("The Mexican journalist got threats from a Colombian cartel after the report.", "COL", "MEX"),
    ],
)
def test_threats_received_from_a_named_source(nlp: Language, text: str, source: str, target: str) -> None:
    """CAMEO 130: the one who receives threats is their target, the one they come from their source."""
    event = find(code(nlp, text), "THREATEN")
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ("The EU condemned and sanctioned Russia.", "ACCUSE", "EU", "RUS"),
        ("The Kenyan government denounced and expelled the Somali ambassador.", "ACCUSE", "KEN", "SOM"),
    ],
)
def test_two_verbs_joined_share_the_last_ones_object(
    nlp: Language, text: str, plover: str, source: str, target: str
) -> None:
    """The parse hangs a shared object on the last of two joined verbs ("condemned and sanctioned
    Russia"); the first, with no object of its own, acts on it too."""
    event = find(code(nlp, text), plover)
    assert dyad(event) == ({source}, {target}), event


def test_a_shared_object_is_read_by_a_rule_that_needs_its_object(nlp: Language) -> None:
    """ "meeting or exceeding expectations": "meet" with an object it cannot have is no meeting."""
    events = code(nlp, "Most Swiss banks are meeting or exceeding the German regulator's expectations.")
    assert not [e for e in events if e.plover == "CONSULT"], events


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        (
            "The Ghanaian president unloaded on the Nigerian senator in a radio interview.",
            "ACCUSE",
            "GHA",
            "NGA",
        ),
        (
            "The Bolivian opposition questioned the Peruvian president's legitimacy after the vote.",
            "ACCUSE",
            "BOL",
            "PER",
        ),
        ("The Turkish president referred to the Dutch ministers as fascists.", "ACCUSE", "TUR", "NLD"),
        (
            "The Kenyan president faced growing pressure from the Ugandan government to reopen the border.",
            "REQUEST",
            "UGA",
            "KEN",
        ),
        (
            "Several Brazilian senators abandoned the Argentine candidate after the scandal.",
            "SANCTION",
            "BRA",
            "ARG",
        ),
        ("The Chilean government deserted its Peruvian allies during the crisis.", "SANCTION", "CHL", "PER"),
    ],
)
def test_criticism_pressure_and_desertion_in_other_words(
    nlp: Language, text: str, plover: str, source: str, target: str
) -> None:
    """CAMEO 111 ("unloaded on", "questioned X's legitimacy", "referred to X as fascists"), 100
    (pressure faced from someone), 160 (an ally abandoned: support withdrawn)."""
    event = find(code(nlp, text), plover)
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers abandoned their posts near the Malian border.",
        "The Indian minister referred to the report in his speech.",
    ],
)
def test_posts_abandoned_and_reports_referred_to_are_no_events(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover in ("SANCTION", "ACCUSE")], events
