"""Actor classes of real news the actor stage did not make or gave no sector (issue 11, stop 36):
political group nouns, clergy, naval ships, names beside a class noun, a first lady, a criminal named after a
fronted participle, an office holder whose title names a state's department, an organisation's
relief aircraft. Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find, mentions_by_text


def test_candidates_and_super_pacs_are_party_actors(nlp: Language) -> None:
    event = find(
        code(nlp, "Two super PACs accused the senator from Iowa of lying about the farm budget."), "ACCUSE"
    )
    assert [(a.text, a.sector) for a in event.sources] == [("super PACs", "PTY")]
    found = mentions_by_text(nlp, "The candidates traded insults over taxes during the debate in Ohio.")
    assert found["candidates"].sector == "PTY"


def test_a_pastor_and_the_clergy_are_religious_actors(nlp: Language) -> None:
    event = find(code(nlp, "A pastor in Dallas criticized the mayor for closing the shelter."), "ACCUSE")
    assert [(a.text, a.country, a.sector) for a in event.sources] == [("pastor", "USA", "REL")]
    found = mentions_by_text(nlp, "Kenyan clergy urged the president to sign the bill.")
    assert found["Kenyan clergy"].sector == "REL"


def test_naval_ships_are_military_and_names_beside_a_class_noun_are_the_actors(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Two Indian naval ships seized the boats.")
    assert found["Indian naval ships"].sector == "MIL"
    # the ship's own name, when given, is the actor ("a Greek chemical tanker, the MV Action")
    event = find(code(nlp, "The frigate rescued a Liberian tanker, MV Sea Lark, off Oman."), "AID")
    assert [(a.text, a.country) for a in event.targets] == [("MV Sea Lark", "LBR")]
    text = "Both candidates, Democrat Ann Lowe and Republican Tom Reyes, criticized the treaty."
    event = find(code(nlp, text), "ACCUSE")
    assert sorted(a.text.split()[-1] for a in event.sources) == ["Lowe", "Reyes"]


def test_brigands_and_thugs_are_criminals(nlp: Language) -> None:
    event = find(code(nlp, "Indian commandos captured 14 Somali brigands on Tuesday."), "COERCE")
    assert [(a.country, a.sector) for a in event.targets] == [("SOM", "CRM")]


def test_a_first_lady_is_of_the_elite(nlp: Language) -> None:
    found = mentions_by_text(nlp, "First lady Laura Whitfield praised the nurses of Chicago.")
    assert found["First lady Laura Whitfield"].sector == "ELI"


def test_a_fronted_participle_of_conviction_makes_its_subject_a_criminal(nlp: Language) -> None:
    text = (
        "Convicted of first-degree murder, Dalton Pruitt, 27, faces life in prison when he is "
        "sentenced by Justice Maria Okafor next month."
    )
    event = find(code(nlp, text), "COERCE")
    assert [a.sector for a in event.targets] == ["CRM"]
    assert mentions_by_text(nlp, text)["Dalton Pruitt"].sector == "CRM"


def test_a_liaison_of_a_state_department_is_that_states_official(nlp: Language) -> None:
    text = "Senators met Justice Department congressional liaison Peter Vance on Tuesday in private."
    found = mentions_by_text(nlp, text)
    person = next(m for m in found.values() if m.name == "Peter Vance")
    assert (person.country, person.sector) == ("USA", "GOV")


def test_relief_aircraft_of_the_un_are_no_military(nlp: Language) -> None:
    event = find(code(nlp, "Two UN aircraft delivered food to the refugees in Sudan."), "AID")
    assert [(a.country, a.sector) for a in event.sources] == [("UN", "IGO")]
    event = find(code(nlp, "NATO aircraft bombed a depot near Tripoli."), "ASSAULT")
    assert [(a.country, a.sector) for a in event.sources] == [("NATO", "MIL")]


def test_a_group_noun_after_people_heads_no_actor(nlp: Language) -> None:
    """ "the people Democrats tried to question": the parse hangs "people" on "Democrats" and gives
    them the main verb; the refusers are the people, never the Democrats."""
    text = "Several people Democrats have tried to question about the contract have refused to testify."
    assert not any(a.sector == "PTY" for e in code(nlp, text) for a in e.sources)
    assert mentions_by_text(nlp, "Women senators criticized the bill.")["Women senators"].sector == "LEG"


def test_a_plural_title_before_coordinated_names_is_each_ones(nlp: Language) -> None:
    found = mentions_by_text(nlp, "He helped the reporters Dana Kell and Omar Fisk expose the scheme.")
    assert found["Omar Fisk"].sector == "MED"
    found = mentions_by_text(
        nlp, "He helped Washington Post reporters Dana Kell and Omar Fisk expose the scheme."
    )
    assert found["reporters Dana Kell"].sector == "MED" and found["Omar Fisk"].sector == "MED"
    found = mentions_by_text(nlp, "Police questioned Dana Kell and Omar Fisk about the fire.")
    assert found["Omar Fisk"].sector is None  # no title, none shared
