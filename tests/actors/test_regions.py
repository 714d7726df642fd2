"""Groups named after a world region are that region's (data/regions.tsv), coded as CAMEO codes
regions, not the story's country."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from wirewatch.actors.regions import load_regions
from wirewatch.errors import DataFileError


def mentions(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.country, m.sector) for m in nlp(text)._.mentions}


@pytest.mark.parametrize(
    ("text", "actor", "code", "sector"),
    [
        (
            "European ministers called on Burma to free its political prisoners.",
            "European ministers",
            "EUR",
            "GOV",
        ),
        ("African leaders met in Addis Ababa on Sunday.", "African leaders", "AFR", "GOV"),
        ("Arab states condemned the raid on the mosque.", "Arab states", "MEA", "GOV"),
        ("The Southeast Asian nations backed the plan.", "Southeast Asian nations", "SEA", "GOV"),
        ("Western diplomats in Kyiv criticised the decision.", "Western diplomats", "WST", "GOV"),
        ("Gulf states cut ties with Qatar in 2017.", "Gulf states", "PGS", "GOV"),
    ],
)
def test_a_group_named_after_a_region_is_the_regions(
    nlp: Language, text: str, actor: str, code: str, sector: str | None
) -> None:
    assert mentions(nlp, text)[actor] == (code, sector)


def test_a_regional_group_is_an_actor_of_the_event(nlp: Language) -> None:
    events = nlp("Arab states condemned the Israeli raid on Jenin.")._.events
    assert [(e.plover, [a.country for a in e.sources]) for e in events] == [("ACCUSE", ["MEA"])]


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        # a country's adjective is still the country's, wherever they meet
        ("Kenyan ministers met in Brussels.", "Kenyan ministers", "KEN"),
        # people of no office keep their place's
        ("Arab citizens of Israel protested in Haifa.", "Arab citizens", "ISR"),
    ],
)
def test_countries_and_citizens_keep_their_own(nlp: Language, text: str, actor: str, code: str) -> None:
    assert mentions(nlp, text)[actor][0] == code


def test_plain_states_are_no_actor(nlp: Language) -> None:
    assert "states" not in {
        m.text for m in nlp("The United States and other states condemned it.")._.mentions
    }


def test_a_malformed_region_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "regions.tsv"
    path.write_text("code\tname\tadjectives\nEUR\tEurope\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"regions.tsv: data line 1"):
        load_regions(path)
