"""Precision readings of stop 44's real-news diffs (prec9). Our own sentences.

- Leave to come or go given to people of no public role by no state ("officers let them leave",
  "the guards permitted the visitors to enter") is routine, no concession (CAMEO 080); leave
  given to a political side, or by a state, still is.
- An act whose noun names its doer by a modifier ("the Syrian offensive") is not done by the
  subject of a verb of ending it ("Turkey stopped the Syrian offensive"); "Israel halted its
  offensive" still is Israel's.
- A common noun of private people inside a compound on a compound ("a passenger rail system")
  tells what kind of thing it is, and names no target; "a refugee camp", "a police station" do.
- Cooperation by a private person with no actor named on the other side ("a retired nurse
  cooperated with the biographer") is private life; a state's or an office holder's is coded.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The crowd was kept in the hall until officers allowed them to leave.",
        "After checking their papers, the officers allowed the passengers to go home.",
        "The guards permitted the visitors to enter the courtroom.",
    ],
)
def test_routine_leave_to_come_or_go_is_no_concession(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "080"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The government allowed the opposition to hold the rally.", "opposition"),
        ("The government allowed the opposition leader to leave the country.", "opposition leader"),
        ("Israel allowed the Palestinians to leave Gaza.", "Palestinians"),
        ("Police allowed the reporters to photograph the scene.", "reporters"),
    ],
)
def test_political_leave_is_still_a_concession(nlp: Language, text: str, target: str) -> None:
    found = [e for e in code(nlp, text) if e.cameo == "080"]
    assert found and target in [t.text for t in found[0].targets]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Turkey stopped the Syrian offensive against the Kurds.", "SYR"),
        ("Hamas could stop the Israeli assault on Gaza.", "ISR"),
    ],
)
def test_an_act_stopped_by_another_is_its_named_doers(nlp: Language, text: str, doer: str) -> None:
    found = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert found and {s.country for e in found for s in e.sources} == {doer}


def test_an_act_halted_by_its_own_doer_is_theirs(nlp: Language) -> None:
    # its doer's de-escalation, and no offensive (test_ended_fighting_45)
    events = code(nlp, "Israel halted its offensive on Gaza.")
    found = [e for e in events if e.plover == "RETREAT"]
    assert found and {s.country for s in found[0].sources} == {"ISR"}
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_kind_of_rail_names_no_recipient(nlp: Language) -> None:
    events = code(nlp, "The senator called for investment in the passenger rail system.")
    assert not [t.text for e in events for t in e.targets if "passenger" in t.text]


def test_people_invested_in_are_still_named(nlp: Language) -> None:
    events = code(nlp, "The senator called for investment in the passengers.")
    assert "passengers" in [t.text for e in events if e.cameo == "0211" for t in e.targets]


def test_a_refugee_camp_shelled_still_falls_on_refugees(nlp: Language) -> None:
    events = [e for e in code(nlp, "Rebels shelled a refugee camp near Goma.") if e.plover == "ASSAULT"]
    assert events and events[0].targets


@pytest.mark.parametrize(
    "text",
    [
        "Mary Okoro, a retired nurse, cooperated with the biographer for two years.",
        "Ana Silva, who ran a bakery in Porto, cooperated with the filmmakers.",
    ],
)
def test_private_cooperation_is_no_event(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "COOPERATE"]


@pytest.mark.parametrize(
    "text",
    [
        "Germany cooperated with France on the inquiry.",
        "The former minister is cooperating with prosecutors.",
    ],
)
def test_public_cooperation_is_still_coded(nlp: Language, text: str) -> None:
    assert [e for e in code(nlp, text) if e.plover == "COOPERATE"]
