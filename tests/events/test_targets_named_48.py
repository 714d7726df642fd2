"""Targets the sentence names, and places that are no attackers (issue 11 "Actors are actors",
stop 48: found on fresh ABC news of 2001-02). Sentences written by the team about real kinds of
events.

- An act of force told by its noun falls on the ones its participle or its relative clause says
  it harmed ("staged an ambush, killing seventeen policemen", "an attack, which killed thirty
  farmers"), not on the doer's own country guessed, nor on the place it happened.
- Who did the harm a relative clause tells is the act's doer ("the Taliban ambush in Helmand,
  which killed ..."), never the place the parse hangs the clause on; with no doer named, the
  attackers are unidentified, of the place it struck.
- An act of force on a vehicle or a craft falls on the ones it carried ("an ambush on a bus
  carrying settlers", "fired on a boat ferrying migrants").
- A person the parse sets in apposition to a place ("the US envoy to the Middle East, George
  Mitchell") renames the envoy, and is no second party to the envoy's act.
- A stabbing or a shooting survived is force undergone; its "by" phrase names the doer, and the
  place of that doer's phrase ("in her UK home") is no doer.
- An act told again by a bare "the" noun ("ordered the arrest") goes back to the one told before,
  whose target was named there: no domestic country is guessed for it.
- An inquiry into reports or claims looks into the one they say acted; "another Australian" is
  one of its people, not the state, and so no self-target of its government's inquiry.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find, target_texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        (
            "Maoist rebels staged an ambush in Chhattisgarh, killing seventeen Indian policemen.",
            "Indian policemen",
        ),
        (
            "Al-Shabaab gunmen mounted an ambush near Mogadishu, wounding four Ugandan peacekeepers.",
            "Ugandan peacekeepers",
        ),
        (
            "Boko Haram fighters carried out an attack, which killed thirty Nigerian farmers.",
            "Nigerian farmers",
        ),
    ],
)
def test_the_ones_an_act_told_by_its_noun_harmed_are_its_target(
    nlp: Language, text: str, struck: str
) -> None:
    events = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert events
    assert all(target_texts(e) == [struck] for e in events)


def test_the_doer_of_an_ambush_did_the_harm_its_clause_tells(nlp: Language) -> None:
    text = "The Taliban ambush in Helmand, which killed nine British soldiers, shocked London."
    event = find(code(nlp, text), "ASSAULT")
    assert [a.name for a in event.sources] == ["Taliban"]
    assert [t.country for t in event.targets] == ["GBR"]


def test_a_bombing_with_no_doer_is_by_unidentified_attackers_of_the_place(nlp: Language) -> None:
    text = "A car bombing in the Iraqi city of Kirkuk, which wounded six Americans, drew condemnation."
    event = find(code(nlp, text), "ASSAULT")
    assert [(a.country, a.sector) for a in event.sources] == [("IRQ", "UAF")]


def test_a_person_in_apposition_to_a_place_is_no_second_party(nlp: Language) -> None:
    text = (
        "Mr Abbas says the meeting has been arranged by the US special envoy to the Middle East, "
        "George Mitchell."
    )
    event = find(code(nlp, text), "CONSULT")
    assert "George Mitchell" not in target_texts(event)


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch filmmaker was lucky to survive a stabbing by an intruder at his home in 2002.",
        "The Labour MP survived a stabbing by an intruder in her UK home in 2010.",
    ],
)
def test_a_stabbing_survived_is_by_the_one_named_not_the_place(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "ASSAULT")
    assert [a.sector for a in event.sources] == ["CRM"]


def test_an_arrest_told_again_targets_no_country(nlp: Language) -> None:
    text = (
        "Police in Lahore tried to put the cleric under house arrest on Sunday. "
        "Prime Minister Nawaz Sharif ordered the arrest, but the police were driven back."
    )
    event = next(e for e in code(nlp, text) if e.trigger.text == "arrest")
    assert event.plover == "COERCE" and not event.targets


def test_an_arrest_told_once_keeps_its_domestic_target(nlp: Language) -> None:
    event = find(code(nlp, "Pakistani Prime Minister Nawaz Sharif ordered the arrest."), "COERCE")
    assert [t.country for t in event.targets] == ["PAK"]


@pytest.mark.parametrize(
    ("text", "looked_into"),
    [
        (
            "The Indonesian Government is investigating reports that another Indonesian has been "
            "fighting for Abu Sayyaf.",
            ("IDN", None),
        ),
        ("Kenyan police are investigating claims that the governor took bribes.", (None, "GOV")),
    ],
)
def test_an_inquiry_into_reports_looks_into_the_one_they_name(
    nlp: Language, text: str, looked_into: tuple[str | None, str | None]
) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert [(t.country, t.sector) for t in event.targets] == [looked_into]


@pytest.mark.parametrize(
    ("text", "aboard"),
    [
        (
            "The ceasefire collapsed after a Palestinian ambush on a bus carrying Israeli settlers "
            "near Emmanuel, that killed ten people.",
            ("ISR", "CVL"),
        ),
        ("Greek coastguards fired on a boat ferrying Syrian migrants.", ("SYR", "REF")),
        ("Rebels ambushed a truck carrying Congolese soldiers.", ("COD", "MIL")),
    ],
)
def test_force_on_a_vehicle_falls_on_the_ones_aboard(
    nlp: Language, text: str, aboard: tuple[str, str]
) -> None:
    events = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert events
    assert all([(t.country, t.sector) for t in e.targets] == [aboard] for e in events)


def test_a_clause_with_a_subject_of_its_own_tells_no_harm_of_the_act(nlp: Language) -> None:
    text = (
        "In March, a gunman killed four people and injured several others at a school in Ohio, "
        "before a police officer killed the shooter."
    )
    by_gunman = [e for e in code(nlp, text) if e.plover == "ASSAULT" and target_texts(e) == ["shooter"]]
    assert all(a.sector == "COP" for e in by_gunman for a in e.sources)
