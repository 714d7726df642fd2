"""Legislatures as actors (issue 11, actors and sectors): one state's chamber by its own name
(`data/legislatures.tsv`) is that state's LEG, not its government; a name several states'
chambers share (`data/sectors.tsv`: "the House of Representatives", "the House of Commons") is
LEG of the country its words or its story give, else of none; a chamber's short name ("the
House", "the Commons") is one only written as a name. Every sentence is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find, mentions_by_text

from wirewatch.actors.gazetteer import Gazetteer, GazetteerError
from wirewatch.actors.lexicon import SectorLexicon
from wirewatch.model import Mention


def _coded(mention: Mention) -> tuple[str | None, str | None]:
    return mention.country, mention.sector


# One state's chamber by its own name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Knesset approved the first reading of the judicial overhaul bill.", "Knesset", "ISR"),
        ("The Bundestag voted to send battle tanks to Ukraine.", "Bundestag", "DEU"),
        ("The State Duma ratified the defence treaty with North Korea.", "State Duma", "RUS"),
        ("The Duma passed the law on foreign agents in a single day.", "Duma", "RUS"),
        ("The Verkhovna Rada extended martial law for another ninety days.", "Verkhovna Rada", "UKR"),
        ("The Sejm elected Donald Tusk prime minister in December.", "Sejm", "POL"),
        ("The House of Lords sent the asylum bill back to MPs.", "House of Lords", "GBR"),
        ("The Storting approved a record withdrawal from the oil fund.", "Storting", "NOR"),
        ("The Grand National Assembly ratified the NATO accession.", "Grand National Assembly", "TUR"),
    ],
)
def test_a_chamber_by_its_own_name_is_its_states_legislature(
    nlp: Language, text: str, name: str, country: str
) -> None:
    found = mentions_by_text(nlp, text)
    assert _coded(found[name]) == (country, "LEG"), found[name]
    assert found[name].kind == "group" and found[name].actor_id == f"{country}:LEG"


def test_a_chamber_the_model_tags_as_a_person_is_still_the_chamber(nlp: Language) -> None:
    """The small model tags "The Lok Sabha" PERSON with its article; it is India's lower house."""
    found = mentions_by_text(nlp, "The Lok Sabha passed the women's reservation bill on Wednesday.")
    assert _coded(found["Lok Sabha"]) == ("IND", "LEG"), found["Lok Sabha"]


def test_a_chamber_is_its_states_legislature_in_any_role(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The prime minister addressed the Knesset after the ceasefire.")
    assert _coded(found["Knesset"]) == ("ISR", "LEG")


def test_a_seat_of_government_stays_the_government(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The Kremlin rejected the ceasefire proposal on Friday.")
    assert _coded(found["Kremlin"]) == ("RUS", "GOV")


def test_a_chambers_name_in_lower_case_or_inside_a_longer_name_is_none(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The majlis of the village elders met after the harvest.")
    assert not [m for m in found.values() if m.sector == "LEG"], found
    found = mentions_by_text(nlp, "Asaduddin Owaisi leads the All India Majlis-e-Ittehadul Muslimeen.")
    assert not [m for m in found.values() if m.country == "IRN"], found


def test_the_legislatures_table_names_known_countries(tmp_path: Path) -> None:
    table = tmp_path / "legislatures.tsv"
    table.write_text("name\taliases\tcountry\nKnesset\t\tISR\n", encoding="utf-8")
    forms = Gazetteer.load(legislatures=table).lookup("the Knesset")
    assert [(f.code, f.form) for f in forms] == [("ISR", "legislature")]
    table.write_text("name\taliases\tcountry\nKnesset\t\tXXX\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="unknown country"):
        Gazetteer.load(legislatures=table)


# Names several states' chambers share ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The House of Representatives approved the stopgap budget.", "House of Representatives"),
        ("The House of Commons voted to approve the Rwanda plan.", "House of Commons"),
        ("The House voted to impeach the homeland security secretary.", "House"),
        ("The Commons rejected the withdrawal agreement a third time.", "Commons"),
        ("The Lords amended the bill on Monday night.", "Lords"),
        ("The lower house approved the pension reform on Thursday.", "lower house"),
    ],
)
def test_a_shared_chamber_name_alone_is_a_legislature_of_no_country(
    nlp: Language, text: str, name: str
) -> None:
    found = mentions_by_text(nlp, text)
    assert _coded(found[name]) == (None, "LEG"), found.get(name, found)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Canadian House of Commons voted to condemn the attack.", "Canadian House of Commons", "CAN"),
        ("Japan's House of Representatives was dissolved.", "Japan's House of Representatives", "JPN"),
        ("The U.S. House passed the aid package for Ukraine.", "U.S. House", "USA"),
        ("The Japanese Diet approved the defence budget.", "Japanese Diet", "JPN"),
    ],
)
def test_a_shared_chamber_name_takes_the_country_of_its_own_words(
    nlp: Language, text: str, name: str, country: str
) -> None:
    found = mentions_by_text(nlp, text)
    assert _coded(found[name]) == (country, "LEG"), found.get(name, found)


def test_a_shared_chamber_name_takes_the_country_of_its_story(nlp: Language) -> None:
    found = mentions_by_text(
        nlp,
        "Britain's prime minister faced a revolt on Tuesday. British lawmakers debated the plan "
        "for hours, and Britain's home secretary defended it. The House of Commons backed the plan.",
    )
    assert _coded(found["House of Commons"]) == ("GBR", "LEG"), found["House of Commons"]


def test_the_other_party_of_a_chambers_act_does_not_own_it(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The House of Representatives condemned the invasion by Russia.")
    assert _coded(found["House of Representatives"]) == (None, "LEG")


def test_a_chambers_committee_is_the_legislature(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The House Judiciary Committee subpoenaed the attorney general.")
    assert found["House Judiciary Committee"].sector == "LEG"


@pytest.mark.parametrize(
    "text",
    [
        "Freedom House published its annual report on Wednesday.",
        "The House of Saud has ruled the kingdom since 1932.",
        "House prices rose again in London last month.",
        "She ordered a Diet Coke at the counter.",
        "A house was destroyed by the storm.",
    ],
)
def test_a_chambers_word_in_another_name_or_as_a_common_word_is_no_chamber(nlp: Language, text: str) -> None:
    assert not [m for m in nlp(text)._.mentions if m.sector == "LEG"]


def test_a_chambers_short_name_is_no_term_of_the_lexicon() -> None:
    """ "House" is a chamber only as the group step reads it written as a name; no title or
    description lookup (`get`) reads "house"."""
    lexicon = SectorLexicon.load()
    assert lexicon.get("house") is None
    term = lexicon.named("House")
    assert term is not None and term.sector == "LEG"


def test_an_of_phrase_term_is_read_at_its_head(nlp: Language) -> None:
    """ "The Nigerian head of state": the demonym is on "head", the term's first word."""
    found = mentions_by_text(nlp, "The Nigerian head of state condemned the coup in Niger.")
    assert _coded(found["Nigerian head of state"]) == ("NGA", "GOV"), found


def test_a_chamber_that_condemns_an_attack_targets_its_doer_alone(nlp: Language) -> None:
    events = code(nlp, "The House of Representatives condemned the attack by Russia.")
    condemned = find(events, "ACCUSE")
    assert dyad(condemned) == ({None}, {"RUS"}) and {a.sector for a in condemned.sources} == {"LEG"}
    assert not [e for e in events if {a.country for a in e.sources} & {a.country for a in e.targets}]


def test_a_chambers_word_after_a_place_or_before_a_term_is_read_whole(nlp: Language) -> None:
    """ "Westminster House" is a building named after a place, no chamber of Britain's; "House
    panel" is one term, read at its last word, not a chamber and a panel."""
    found = mentions_by_text(nlp, "She now lives at Westminster House, a care home in Kent.")
    assert not [m for m in found.values() if m.sector == "LEG"], found
    found = mentions_by_text(nlp, "A member of a House panel said the report was flawed.")
    assert "House" not in found and found["House panel"].sector == "LEG", found


def test_a_member_of_a_chamber_named_in_apposition_is_a_legislator(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Ahmad Tibi, a member of the Knesset, criticised the government.")
    assert _coded(found["Ahmad Tibi"]) == ("ISR", "LEG"), found["Ahmad Tibi"]
