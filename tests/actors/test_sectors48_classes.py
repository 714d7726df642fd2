"""Sector classes of fresh real news at stop 48 (sectors48): a nationality on an act of war waged
with a state's forces or arms is that state's military, a Crown's Governor General is no general,
a warlord leads an armed band, a faith's leaders are its clergy, an office of a union is the
union's. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from wirewatch.model import Mention


def _mentions(nlp: Language, text: str) -> dict[str, Mention]:
    return {m.text: m for m in nlp(text)._.mentions}


# Class 1: a nationality on an act of war waged with a state's forces -------------------------


def _doers(nlp: Language, text: str, plover: str) -> list[tuple[str | None, str | None]]:
    return [(s.country, s.sector) for e in nlp(text)._.events or [] if e.plover == plover for s in e.sources]


@pytest.mark.parametrize(
    ("text", "plover", "country"),
    [
        ("Russian air raids destroyed a hospital in Aleppo on Tuesday.", "ASSAULT", "RUS"),
        ("Hundreds fled Rafah to escape punishing Israeli air strikes.", "ASSAULT", "ISR"),
        ("Turkish artillery shelled Kurdish villages near Afrin.", "ASSAULT", "TUR"),
        ("The Turkish incursion into northern Iraq killed twelve rebels.", "ASSAULT", "TUR"),
        ("Aid groups condemned the Saudi naval blockade of Hodeidah.", "COERCE", "SAU"),
    ],
)
def test_a_nationality_on_an_act_of_war_is_the_states_military(
    nlp: Language, text: str, plover: str, country: str
) -> None:
    assert (country, "MIL") in _doers(nlp, text, plover)


def test_a_reaction_to_the_act_is_aimed_at_the_forces_that_waged_it(nlp: Language) -> None:
    events = list(nlp("The Arab League condemned the Israeli air attacks on Gaza.")._.events or [])
    accused = [(t.country, t.sector) for e in events if e.plover == "ACCUSE" for t in e.targets]
    assert accused == [("ISR", "MIL")], events


def test_the_nationality_is_read_as_forces_only_as_a_doer(nlp: Language) -> None:
    found = _mentions(nlp, "Hundreds fled Rafah to escape punishing Israeli air strikes.")["Israeli"]
    assert (found.kind, found.sector, found.rule) == ("country", None, "gazetteer:demonym-forces"), found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani attacks on the border post killed two guards.",
        "The Indian proposal was welcomed in Dhaka.",
    ],
)
def test_a_nationality_on_an_act_anyone_may_do_stays_the_state(nlp: Language, text: str) -> None:
    found = next(m for m in nlp(text)._.mentions if m.rule == "gazetteer:demonym-modifier")
    assert found.sector is None, found
    assert all(s.sector != "MIL" for e in nlp(text)._.events or [] for s in e.sources)


# Class 2: titles misread ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("New Zealand's Governor-General Ada Quist opened parliament on Monday.", "Ada Quist"),
        ("The Governor General of Canada refused to resign.", "Governor General"),
    ],
)
def test_a_governor_general_is_the_head_of_states_office_no_general(
    nlp: Language, text: str, words: str
) -> None:
    found = next(m for m in nlp(text)._.mentions if words in m.text)
    assert found.sector == "GOV", found


def test_a_warlord_leads_an_armed_band(nlp: Language) -> None:
    mentions = nlp("Somali warlord Ali Warsame seized the port of Kismayo.")._.mentions
    found = next(m for m in mentions if "Warsame" in m.text)
    assert found.sector == "REB", found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Muslim and Christian leaders met in Jos to calm the city.", "Muslim and Christian leaders"),
        ("Leaders from Hindu and Muslim communities met in Ayodhya on Friday.", "Leaders"),
    ],
)
def test_the_leaders_of_a_faith_are_its_clergy(nlp: Language, text: str, words: str) -> None:
    assert _mentions(nlp, text)[words].sector == "REL"


def test_the_leaders_of_states_of_a_faith_lead_states(nlp: Language) -> None:
    found = _mentions(nlp, "Leaders of Muslim countries met in Jeddah on Sunday.")["Leaders"]
    assert found.sector == "GOV", found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The general secretary of the Korean Metal Workers Union, Park Min, threatened a walkout.",
            "general secretary",
        ),
        ("Union secretary Karl Weber threatened a strike at the Bremen plant.", "Union secretary Karl Weber"),
        ("The president of the dockers union met the port authority.", "president"),
    ],
)
def test_a_unions_officer_is_the_unions(nlp: Language, text: str, words: str) -> None:
    found = _mentions(nlp, text)
    assert found[words].sector == "LAB", found[words]


def test_an_office_of_a_ministry_stays_the_governments(nlp: Language) -> None:
    found = _mentions(nlp, "Officials from the health ministry met the striking doctors.")["Officials"]
    assert found.sector == "GOV", found
