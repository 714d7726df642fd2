"""The staff of an office or a person told with "of", "to", "for" or an office's possessive
("an aide to the prime minister", "the governor's chief of staff") are the actor of what is done
to them or by them, not the office that describes them (stop 44: a mayor coded as arrested when
her aide was). Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find


def _sides(
    nlp: Language, text: str, plover: str
) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    event = find(code(nlp, text), plover)
    return [(a.text, a.sector) for a in event.sources], [(a.text, a.sector) for a in event.targets]


def test_an_aide_to_an_office_is_the_one_arrested(nlp: Language) -> None:
    """The staff noun heads the phrase: the adviser was held, the office only says whose he is;
    he takes the office's sector."""
    sources, targets = _sides(
        nlp, "A close adviser to the interior minister was detained by police on Sunday.", "COERCE"
    )
    assert targets == [("adviser to the interior minister", "GOV")]
    assert sources == [("police", "COP")]
    _, targets = _sides(
        nlp, "Police on Thursday arrested a senior aide to the governor in a bribery probe.", "COERCE"
    )
    assert targets == [("aide to the governor", "GOV")]


def test_an_offices_chief_of_staff_is_the_one_who_resigned(nlp: Language) -> None:
    """A staff noun of several words ("chief of staff") after an office's possessive."""
    sources, _ = _sides(
        nlp, "The defence minister's chief of staff resigned on Tuesday over the leak.", "RETREAT"
    )
    assert sources == [("defence minister's chief of staff", "GOV")]


def test_an_office_alone_and_an_offices_thing_stay_as_they_were(nlp: Language) -> None:
    """Negative: "the mayor of Oslo was arrested" targets the mayor; an office's decree, no staff
    noun, leaves the office its own mention."""
    _, targets = _sides(nlp, "The mayor of Oslo was arrested on Friday on suspicion of fraud.", "COERCE")
    assert targets == [("mayor", "GOV")]
    doc = nlp("The governor's decree was struck down by the court on Monday.")
    assert "governor" in [m.text for m in doc._.mentions or []]


def test_an_agentless_arrest_is_not_by_the_place_that_describes_its_target(nlp: Language) -> None:
    """ "the mayor of Oslo was arrested": Oslo says whose mayor, not where the arresters are; the
    arresters are the country's police. "arrested in Oslo" keeps the place."""
    sources, _ = _sides(nlp, "The mayor of Oslo was arrested on Friday on suspicion of fraud.", "COERCE")
    assert sources == [("Norway", "COP")]
    sources, _ = _sides(nlp, "A banker was arrested in Oslo on Friday on suspicion of fraud.", "COERCE")
    assert sources == [("Oslo", "COP")]


def test_a_he_after_an_offices_aide_is_the_aide(nlp: Language) -> None:
    """One aide is one person: a later "he" refers back to him, not to the minister he serves;
    many aides are no "he"."""
    text = "The finance minister's aide met prosecutors on Thursday. He denied the accusations."
    event = find(code(nlp, text), "REJECT")
    assert [(a.text, a.role, a.sector) for a in event.sources] == [("He", "aide", "GOV")]
    doc = nlp("The finance minister's aides resigned on Thursday.")
    staff = next(m for m in doc._.mentions or [] if "aides" in m.text)
    assert staff.role is None
