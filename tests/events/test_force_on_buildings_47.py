"""Acts of force on buildings and places whose doer or verb had no rule (issue 10, stop 47,
storm47). Our own sentences about real kinds of events.

- Storming a building is a riot by a crowd (145), coercion by the state's forces (170) and an
  attack by armed groups and criminals (190), on any building of the seats of power and of
  institutions.tsv: a prison, a school, a hospital, a police station.
- Premises ransacked or looted by troops, police, armed groups or criminals are property seized
  or damaged (171), no riot.
- Police blockading a campus restrict movement as troops do (191); sealing off or cordoning off a
  building or a campus does too, whatever the parse hangs the object on.
- Police searching an embassy, a mosque or a ministry search premises (171), with or without an
  actor named in them.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find, target_texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        ("Gunmen stormed the Pakistani consulate in Herat.", "ASSAULT", "190"),
        ("Rebels stormed the central prison in Bunia overnight.", "ASSAULT", "190"),
        ("Armed robbers stormed a bank in Lagos.", "ASSAULT", "182"),
        ("Students stormed the university campus in Dhaka.", "PROTEST", "145"),
        ("Kenyan police stormed a mosque in Mombasa.", "COERCE", "170"),
        ("Militants ransacked a police station in Balochistan.", "COERCE", "171"),
        ("Soldiers looted shops in the Sudanese town of Geneina.", "COERCE", "171"),
        ("Protesters ransacked the ruling party's office in Colombo.", "PROTEST", "145"),
        ("Hong Kong police blockaded the Chinese University campus.", "COERCE", "191"),
        ("Iranian security forces sealed off the campus of Sharif University.", "COERCE", "191"),
        ("French police sealed off the street outside the synagogue.", "COERCE", "191"),
        ("Bolivian police searched the Mexican embassy in La Paz.", "COERCE", "171"),
        ("Nigerian police searched the mosque after the riot.", "COERCE", "171"),
    ],
)
def test_force_on_a_building_is_coded(nlp: Language, text: str, plover: str, cameo: str) -> None:
    event = find(code(nlp, text), plover)
    assert event.cameo == cameo


def test_the_embassy_stormed_by_gunmen_is_the_target(nlp: Language) -> None:
    event = find(code(nlp, "Gunmen stormed the Indian consulate in Jalalabad."), "ASSAULT")
    assert target_texts(event) == ["Indian consulate"]


def test_a_campus_sealed_off_is_the_target_in_the_place_named(nlp: Language) -> None:
    event = find(code(nlp, "Riot police sealed off the campus in Tehran."), "COERCE")
    assert [(t.text, t.country) for t in event.targets] == [("campus", "IRN")]


@pytest.mark.parametrize(
    "text",
    [
        "The singer stormed off the stage after the concert.",
        "Fans stormed the pitch after the final whistle.",
        "The band stormed the charts with its new single.",
        "Negotiators searched for a solution to the dispute.",
        "Rescuers searched the rubble for survivors.",
        "The senator occupied a seat on the budget committee.",
        "Police sealed the deal with a handshake.",
    ],
)
def test_other_senses_code_no_force(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover in ("ASSAULT", "COERCE", "PROTEST")]
