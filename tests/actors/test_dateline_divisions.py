"""A dateline town followed by its US state or Canadian province ("GLASGOW, Ky. (AP) -", "LONDON,
Ont. -"), with sentences written for these tests: the abbreviation says which town it is, so the
town's name in the story is that town, not its foreign namesake, and the story's actors take that
country (judges' class of stop 44: Kentucky stories coded as Scotland's and Guyana's)."""

from __future__ import annotations

from spacy.language import Language


def _found(nlp: Language, text: str) -> dict[str, object]:
    return {m.text: m for m in nlp(text)._.mentions or []}


def test_a_us_dateline_town_is_the_states_not_its_namesakes(nlp: Language) -> None:
    text = (
        "GLASGOW, Ky. (AP) -- Glasgow police arrested a man on Tuesday after a break-in at a pharmacy "
        "in Glasgow. The Glasgow Police Department said the suspect was held overnight."
    )
    found = _found(nlp, text)
    assert found["GLASGOW"].country == "USA"  # type: ignore[attr-defined]
    assert found["Glasgow Police Department"].country == "USA"  # type: ignore[attr-defined]
    assert found["suspect"].country == "USA"  # type: ignore[attr-defined]


def test_a_capital_namesake_in_a_dateline_with_its_state(nlp: Language) -> None:
    """Guyana's capital shares its name with a Kentucky city: the state decides."""
    text = (
        "GEORGETOWN, Ky. (AP) - A teacher from Georgetown was honoured by the city council on Monday. "
        "Georgetown officials said the award recognised her work with refugees."
    )
    found = _found(nlp, text)
    assert found["GEORGETOWN"].country == "USA"  # type: ignore[attr-defined]
    assert all(m.country != "GUY" for m in found.values())  # type: ignore[attr-defined]


def test_a_canadian_province_after_the_dateline_town(nlp: Language) -> None:
    text = (
        "LONDON, Ont. -- London police charged a driver after a crash on a downtown street. "
        "The London Police Service said the suspect was released."
    )
    found = _found(nlp, text)
    assert found["LONDON"].country == "CAN"  # type: ignore[attr-defined]
    assert all(m.country != "GBR" for m in found.values())  # type: ignore[attr-defined]


def test_a_dateline_town_alone_keeps_its_own_reading(nlp: Language) -> None:
    """Negative: without a state after it the name is read as before, Scotland's city."""
    text = (
        "GLASGOW (Reuters) - Glasgow police arrested a man on Tuesday after a break-in at a pharmacy "
        "in Glasgow. The Glasgow Police Department said the suspect was held overnight."
    )
    found = _found(nlp, text)
    assert found["GLASGOW"].country == "GBR"  # type: ignore[attr-defined]
    assert found["Glasgow Police Department"].country == "GBR"  # type: ignore[attr-defined]


def test_a_place_name_inside_a_car_models_name_is_no_actor(nlp: Language) -> None:
    """A later word of a product's name ("a Ford Crown Victoria") names no place: it was read as
    the Seychelles' capital and made the driver and the car actors of that country."""
    found = _found(
        nlp, "A cyclist was hit by a Ford Crown Victoria on the bridge, and the driver was detained."
    )
    assert "Victoria" not in found


def test_the_capital_named_as_a_place_is_still_read(nlp: Language) -> None:
    """Negative: the same name standing alone as a place is the capital."""
    found = _found(nlp, "The cyclist was detained in Victoria, the capital of the Seychelles.")
    assert found["Victoria"].country == "SYC"  # type: ignore[attr-defined]
