"""Sector classes of real news at stop 45 (sectors14): the role a person acts in ("As the deputy
director of the FBI, ..."), the victim named only by a pronoun, clearing verdicts, generic titles
("police negotiators"), rescuers, camps of party politics that are no party, public services by
name and federal bodies whose names read as private ones. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from wirewatch.model import Mention


def _mentions(nlp: Language, text: str) -> dict[str, Mention]:
    return {m.text: m for m in nlp(text)._.mentions}


# Class 1: named people with a stated role -------------------------------------------------


def test_a_fronted_as_office_gives_the_person_its_body(nlp: Language) -> None:
    found = _mentions(
        nlp,
        "Tom Lorne died on Monday. As the deputy director of the FBI, Mr Lorne clashed with the "
        "White House. He later passed files to a reporter.",
    )
    assert found["Lorne"].sector == "COP", found["Lorne"]
    assert found["He"].sector == "COP", found["He"]


def test_a_fronted_as_office_without_a_body(nlp: Language) -> None:
    found = _mentions(nlp, "As governor, Ada Quist signed the budget in Boise.")
    assert found["Ada Quist"].sector == "GOV", found["Ada Quist"]


@pytest.mark.parametrize(
    "text",
    [
        "As a child, Ada Quist met the president of Chile.",
        "As a result, Ada Quist met the president of Chile.",
    ],
)
def test_an_as_phrase_of_a_kind_or_a_cause_is_no_office(nlp: Language, text: str) -> None:
    assert _mentions(nlp, text)["Ada Quist"].sector is None


def test_a_name_apposed_to_an_office_holds_it(nlp: Language) -> None:
    found = _mentions(
        nlp,
        "A fire damaged the church attended by the Governor of Idaho, Ada Quist, on Friday. "
        "Ms Quist visited the mayor on Saturday.",
    )
    assert found["Ada Quist"].sector == "GOV", found["Ada Quist"]
    assert found["Ms Quist"].sector == "GOV", found["Ms Quist"]


def test_a_name_apposed_to_a_kin_word_holds_no_office(nlp: Language) -> None:
    assert _mentions(nlp, "His wife, Ada Quist, met the mayor on Saturday.")["Ada Quist"].sector is None


def test_a_victim_named_only_by_a_pronoun_is_a_civilian(nlp: Language) -> None:
    found = _mentions(
        nlp,
        "A former tenant walked into the bakery on Monday. When cashier Lena Ortiz tried to stop "
        "him at the counter, the gunman fatally shot her in the chest, police said.",
    )
    assert found["Lena Ortiz"].sector == "CVL", found["Lena Ortiz"]
    assert found["her"].sector == "CVL", found["her"]


def test_a_pronoun_that_shot_no_one_gives_no_role(nlp: Language) -> None:
    found = _mentions(
        nlp, "Cashier Lena Ortiz opened the bakery on Monday. Later she shot a video of the street."
    )
    assert found["she"].sector is None, found["she"]


@pytest.mark.parametrize(
    "text",
    [
        "Ray Lund refused to leave his truck, saying that officers would need to kill him.",
        "Ada Quist visited the ward. In the event she was injured, the doctor would help.",
        "Ada Quist opened the shop. If a robber shot her, nobody would know.",
    ],
)
def test_a_deed_not_done_gives_a_pronoun_no_role(nlp: Language, text: str) -> None:
    found = nlp(text)._.mentions
    assert all(m.sector is None for m in found if m.kind == "person"), found


def test_the_exonerated_are_no_criminals(nlp: Language) -> None:
    found = _mentions(nlp, "A state court exonerated three men convicted of arson in the 1980s.")
    assert found["men"].sector == "CVL", found["men"]
    found = _mentions(
        nlp,
        "A jury acquitted Dale Pruitt of murder on Friday. Prosecutors had charged Pruitt with the killing.",
    )
    assert found["Dale Pruitt"].sector == "CVL", found["Dale Pruitt"]


def test_the_convicted_stay_criminals(nlp: Language) -> None:
    assert (
        _mentions(nlp, "A state court sentenced three men convicted of arson in Ohio.")["men"].sector == "CRM"
    )
    assert _mentions(nlp, "A jury convicted Dale Pruitt of murder on Friday.")["Dale Pruitt"].sector == "CRM"


# Class 2: bare-noun defaults ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        (
            "Police negotiators talked to the gunman for six hours before he surrendered.",
            "Police negotiators",
            "COP",
        ),
        ("Union negotiators rejected the pay offer from the rail company.", "Union negotiators", "LAB"),
        ("The negotiators agreed on a ceasefire in Geneva.", "negotiators", "GOV"),
    ],
)
def test_negotiators_speak_for_whoever_sends_them(nlp: Language, text: str, word: str, sector: str) -> None:
    found = _mentions(nlp, text)
    assert found[word].sector == sector, found[word]


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("Rescue workers pulled survivors from the rubble in Sichuan.", "Rescue workers", "CVL"),
        ("Rescuers reached the buried villagers in Nepal on Sunday.", "Rescuers", "CVL"),
        ("Workers at the car plant went on strike in Detroit.", "Workers", "LAB"),
    ],
)
def test_rescuers_are_no_labour(nlp: Language, text: str, word: str, sector: str) -> None:
    found = _mentions(nlp, text)
    assert found[word].sector == sector, found[word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Liberals accused the governor of cowardice.", "Liberals"),
        ("In Washington, liberals criticised the speaker for his silence.", "liberals"),
    ],
)
def test_a_camp_with_no_party_named_is_citizens(nlp: Language, text: str, word: str) -> None:
    assert _mentions(nlp, text)[word].sector == "CVL"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Liberals won the election in Ottawa, defeating the Conservatives.", "Liberals"),
        (
            "Conservatives accused the premier of betrayal. The Conservative Party said the budget failed.",
            "Conservatives",
        ),
    ],
)
def test_a_camp_written_as_a_party_is_the_party(nlp: Language, text: str, word: str) -> None:
    assert _mentions(nlp, text)[word].sector == "PTY"


# Class 3: organisations with no country or sector ------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("The National Weather Service warned residents of Miami.", "National Weather Service", "GOV"),
        ("The Toronto Police Service arrested two men in Toronto.", "Toronto Police Service", "COP"),
    ],
)
def test_a_public_service_by_name(nlp: Language, text: str, word: str, sector: str) -> None:
    assert _mentions(nlp, text)[word].sector == sector


def test_a_charitys_service_is_no_state_body(nlp: Language) -> None:
    found = _mentions(nlp, "The Jesuit Refugee Service criticised the government of Kenya.")
    assert found["Jesuit Refugee Service"].sector != "GOV", found["Jesuit Refugee Service"]


@pytest.mark.parametrize(
    ("text", "word", "country", "sector"),
    [
        (
            "The National Science Foundation funded the study by the university.",
            "National Science Foundation",
            "USA",
            "GOV",
        ),
        (
            "The National Institutes of Health funded a trial at Harvard.",
            "National Institutes of Health",
            "USA",
            "GOV",
        ),
        (
            "The Anti-Defamation League condemned the remarks of the senator.",
            "Anti-Defamation League",
            "USA",
            "NGO",
        ),
    ],
)
def test_federal_funders_and_a_us_advocacy_league(
    nlp: Language, text: str, word: str, country: str, sector: str
) -> None:
    found = _mentions(nlp, text)
    assert (found[word].country, found[word].sector) == (country, sector), found.get(word)


def test_a_private_foundation_stays_a_charity(nlp: Language) -> None:
    found = _mentions(nlp, "The Hope Foundation funded the study by the university.")
    assert found["Hope Foundation"].sector == "NGO", found["Hope Foundation"]
