"""A private person's sector from their part in a crime story (issue 11; `actors/crime_roles.py`):
the accused and the one who did the violence are criminals (CRM), the one it was done to a
civilian (CVL), in every mention; an arrest with no crime named, a verb of violence with no
person as its object and a person whose title tells their sector give no role. Sentences
written for these tests."""

from __future__ import annotations

from spacy.language import Language

from wirewatch.model import Mention


def _sectors(nlp: Language, text: str) -> dict[str, set[str | None]]:
    found: dict[str, set[str | None]] = {}
    for m in nlp(text)._.mentions or []:
        if m.kind == "person":
            found.setdefault(m.text, set()).add(m.sector)
    return found


def _people(nlp: Language, text: str) -> list[Mention]:
    return [m for m in nlp(text)._.mentions or [] if m.kind == "person"]


def test_one_arrested_for_a_crime_is_a_criminal_in_every_mention(nlp: Language) -> None:
    text = (
        "Officers arrested Dale Ormsby on suspicion of robbery late on Tuesday. "
        "Ormsby was held overnight at the county jail."
    )
    found = _sectors(nlp, text)
    assert found["Dale Ormsby"] == {"CRM"}
    assert found["Ormsby"] == {"CRM"}


def test_the_one_who_did_violence_is_a_criminal_and_the_one_hurt_a_civilian(nlp: Language) -> None:
    text = "Kevin Walsh stabbed Laura Bennett outside a bar on Friday night, witnesses said."
    found = _sectors(nlp, text)
    assert found["Kevin Walsh"] == {"CRM"}
    assert found["Laura Bennett"] == {"CVL"}


def test_an_arrest_with_no_crime_named_and_a_shot_film_give_no_role(nlp: Language) -> None:
    assert _sectors(nlp, "Police arrested Tomas Lind at the rally on Sunday.")["Tomas Lind"] == {None}
    found = _sectors(nlp, "Sarah Mitchell shot a short documentary about the dock strike.")
    assert found["Sarah Mitchell"] == {None}


def test_a_title_tells_the_sector_before_a_part_in_a_crime(nlp: Language) -> None:
    text = "Senator Ruth Vale was robbed by Carl Dunn near her office, police said."
    found = {m.text: m.sector for m in _people(nlp, text)}
    assert found["Senator Ruth Vale"] == "LEG"
    assert found["Carl Dunn"] == "CRM"


def test_a_driver_who_struck_and_killed_someone_is_no_gunman(nlp: Language) -> None:
    text = "Mark Davies struck and killed Helen Price as she crossed the road on Monday."
    found = _sectors(nlp, text)
    assert found["Mark Davies"] == {None}


def test_a_driver_charged_for_a_road_death_still_struck_no_one_in_an_attack(nlp: Language) -> None:
    text = (
        "Gary Holt was charged with vehicular homicide on Friday. "
        "Karen Lowe, 70, was killed on Monday when Holt struck and killed her as she walked home."
    )
    events = nlp(text)._.events or []
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.plover, e.trigger.text) for e in events]


def test_one_arrested_for_drunk_driving_is_a_criminal(nlp: Language) -> None:
    """Driving while drunk is an offence (CAMEO: the one arrested for it is CRM), though the
    sentence names it with no word of the crime list but "drunk"."""
    text = "Deputies arrested Marla Quentin for drunk driving near the county fairground."
    assert _sectors(nlp, text)["Marla Quentin"] == {"CRM"}


def test_one_a_participle_tells_was_charged_is_a_criminal(nlp: Language) -> None:
    """ "Name, charged with ..." is a reduced relative clause: the charge is the named one's."""
    text = (
        "Tomas Ferrell, 41, charged with the robbery of a petrol station in Leeds, "
        "was refused bail on Monday."
    )
    assert _sectors(nlp, text)["Tomas Ferrell"] == {"CRM"}


def test_one_accused_of_a_crime_is_a_criminal(nlp: Language) -> None:
    text = "Prosecutors accused Daniel Hughes of the robbery on Friday. Hughes denied it."
    found = _sectors(nlp, text)
    assert found["Daniel Hughes"] == {"CRM"}
    assert found["Hughes"] == {"CRM"}


def test_each_of_two_people_charged_together_is_a_criminal(nlp: Language) -> None:
    """The parse hangs the second of coordinated names on the first as a conjunct: both are
    the verb's objects (or subjects), so both are charged."""
    text = "Detectives have charged Ronan Pike and Silas Wendt with the burglary of a jeweller's shop."
    found = _sectors(nlp, text)
    assert found["Ronan Pike"] == {"CRM"}
    assert found["Silas Wendt"] == {"CRM"}


def test_authorities_who_arrest_for_a_crime_are_its_police(nlp: Language) -> None:
    """ "Authorities" are the state (GOV) until they arrest someone for a crime: then they are
    its police (COP); at a rally with no crime named they stay GOV."""
    text = "Authorities arrested Dominic Freel on Thursday in connection with the arson at a warehouse."
    bodies = [m for m in nlp(text)._.mentions or [] if m.text.lower() == "authorities"]
    assert [m.sector for m in bodies] == ["COP"]
    text = "Authorities arrested dozens of marchers at the rally on Sunday."
    bodies = [m for m in nlp(text)._.mentions or [] if m.text.lower() == "authorities"]
    assert [m.sector for m in bodies] == ["GOV"]


def test_the_arresting_bodys_id_says_the_sector_it_has(nlp: Language) -> None:
    """A group's id is its country and sector: the police an arrest makes of "authorities" are
    "KEN:COP" in the id too, not the "KEN:GOV" their word gave, or the store files their events
    under the government."""
    text = "Kenyan authorities arrested a teacher in Nakuru on Monday on a charge of fraud."
    bodies = [m for m in nlp(text)._.mentions or [] if m.text.lower().endswith("authorities")]
    assert [(m.sector, m.actor_id) for m in bodies] == [("COP", "KEN:COP")]


def _group_sectors(nlp: Language, text: str) -> dict[str, str | None]:
    return {m.text: m.sector for m in nlp(text)._.mentions or [] if m.kind == "group"}


def test_one_named_by_a_common_noun_and_convicted_of_a_crime_is_a_criminal(nlp: Language) -> None:
    """ "a Fallon woman", "a man suspected of ...": no name, but the same part in the crime
    (CAMEO CRM), not the civilian the noun gives; one a gunman shot stays a civilian."""
    text = "A jury in northern Nevada on Wednesday convicted a Fallon woman of arson at a feed store."
    assert _group_sectors(nlp, text)["Fallon woman"] == "CRM"
    text = "A man suspected of the robbery of a petrol station in Dorset was arrested by officers on Sunday."
    assert _group_sectors(nlp, text)["man"] == "CRM"
    text = "A gunman shot a man outside a petrol station in Dorset on Sunday."
    assert _group_sectors(nlp, text)["man"] == "CVL"
