"""What an article says of a person tells their sector (issue 11): classes of actor errors found by
judging events of real news, each with sentences written for these tests. A description after the
name or before "named" holds for the rest of the article; a title at the first mention in the body
is the office of one the headline named bare; the doers in a description ("robbed by a gang") are
others; words of a body alone before a name are no title; the United States' party bodies are its
parties'; a ship's crewmembers are civilians; a ship's prefix may be written out."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import mentions_in

from wirewatch.model import Mention


def _last(nlp: Language, text: str, words: str) -> Mention:
    return [m for m in mentions_in(nlp, text) if m.text == words][-1]


def test_a_description_given_later_tells_the_sector_from_then_on(nlp: Language) -> None:
    text = (
        "The intruder walked into Colin Marsh's office at noon. "
        "Marsh, a partner in the law firm, later told officers the intruder had threatened him. "
        "Marsh was treated for shock."
    )
    assert _last(nlp, text, "Marsh").sector == "BUS"


def test_a_noun_a_name_is_given_to_describes_the_person(nlp: Language) -> None:
    text = "A freshman named Carla Mendes posted a photo of the banner online. Mendes was criticised."
    assert _last(nlp, text, "Carla Mendes").sector == "EDU"
    assert _last(nlp, text, "Mendes").sector == "EDU"
    text = "Officers said a man named Victor Hale had threatened the clerk."
    assert _last(nlp, text, "Victor Hale").sector == "CVL"


def test_a_title_at_the_first_mention_in_the_body_holds_for_one_the_headline_named_bare(
    nlp: Language,
) -> None:
    text = (
        "Nora Quill backs the governor\n\n"
        "Sen. Nora Quill said on Friday she would campaign for the governor. "
        "Quill had refused to do so in the spring."
    )
    assert _last(nlp, text, "Quill").sector == "LEG"
    text = (  # a rank in the past is no office the person holds in the story
        "Campaign adviser Holt bristles at questions\n\n"
        "Retired Lt. Gen. Ada Holt, an adviser to the governor, grew angry on Monday. "
        "Holt said the questions were unfair."
    )
    assert _last(nlp, text, "Holt").sector != "MIL"


def test_the_doers_in_a_description_are_others(nlp: Language) -> None:
    text = "So here was Greta Lund, a woman admired for her voice, who had been robbed by a gang of thieves."
    assert _last(nlp, text, "Greta Lund").sector == "CVL"


def test_the_words_of_a_relative_clause_in_a_description_are_no_sector(nlp: Language) -> None:
    # Stop 43 (actors7): "a campaign official who passed money to the burglars" was coded a criminal.
    text = "Gomez, a city official who arrested smugglers for years, criticized the Chilean senate."
    assert _last(nlp, text, "Gomez").sector == "GOV"
    text = "Gomez, a smuggler who bribed a city official, was arrested by Chilean police."
    assert _last(nlp, text, "Gomez").sector != "GOV"


def test_a_description_without_a_relative_clause_keeps_its_sector(nlp: Language) -> None:
    text = "Gomez, a city official in charge of the port, criticized the Chilean senate."
    assert _last(nlp, text, "Gomez").sector == "GOV"


def test_a_relative_clause_saying_what_the_person_is_or_leads_keeps_its_sector(nlp: Language) -> None:
    text = "Maria Ibarra, a former nurse who now heads the Chilean nurses' union, criticized the senate."
    assert _last(nlp, text, "Maria Ibarra").sector == "LAB"
    text = "Maria Ibarra, a former nurse who was then a senator, criticized the Chilean government."
    assert _last(nlp, text, "Maria Ibarra").sector == "LEG"


def test_words_of_a_body_alone_before_a_name_are_no_title(nlp: Language) -> None:
    text = "The commander told police Marcus Reed had fired at the patrol."
    found = {m.text: m for m in mentions_in(nlp, text)}
    assert "police Marcus Reed" not in found
    assert found["Marcus Reed"].sector is None  # the police he spoke to are no title of his
    text = "He walked toward the office of Dana Whitcombe, another partner."
    found = {m.text: m for m in mentions_in(nlp, text)}
    assert "office of Dana Whitcombe" not in found and "Dana Whitcombe" in found


def test_the_united_states_party_committees_are_its_parties(nlp: Language) -> None:
    text = "Donations went to the Republican National Committee and the DNC last year."
    found = {m.text: (m.country, m.sector) for m in mentions_in(nlp, text)}
    assert found["Republican National Committee"] == ("USA", "PTY")
    assert found["DNC"] == ("USA", "PTY")


def test_a_ships_crew_is_civilians_not_their_country(nlp: Language) -> None:
    text = "The frigate rescued 14 Kenyan crewmembers after the attack."
    found = {m.text: (m.country, m.sector) for m in mentions_in(nlp, text)}
    assert found["Kenyan crewmembers"] == ("KEN", "CVL")


def test_a_ships_prefix_written_out_is_the_prefix(nlp: Language) -> None:
    text = "Indian Naval Ship Tarkash rescued the sailors, and the Tarkash later returned to Mumbai."
    found = {m.text: (m.kind, m.country, m.sector) for m in mentions_in(nlp, text)}
    assert found["Indian Naval Ship Tarkash"] == ("group", "IND", "MIL")
    assert found["Tarkash"] == ("group", "IND", "MIL")


def test_an_organisation_named_before_the_office_in_an_apposition_is_the_persons(nlp: Language) -> None:
    """ "Ann Ross, the FBI deputy director" is the FBI's officer, as "the deputy director of the FBI"
    is; so is "the CIA's director"."""
    text = "Ann Ross, the FBI deputy director, said on Monday that the inquiry would go on."
    ross = _last(nlp, text, "Ann Ross")
    assert (ross.country, ross.sector) == ("USA", "COP")
    text = "Paul Grant, the CIA's director, told senators the agency had erred."
    grant = _last(nlp, text, "Paul Grant")
    assert grant.country == "USA" and grant.sector is not None
    text = "Ann Ross, a former FBI official, said on Monday that the inquiry had been botched."
    assert _last(nlp, text, "Ann Ross").sector == "ELI"  # no longer the bureau's


def test_a_body_named_after_a_person_is_not_the_person(nlp: Language) -> None:
    """ "the Clinton Foundation" is the foundation, not Hillary Clinton the candidate."""
    text = (
        "Hillary Clinton spoke in Ohio on Monday. "
        "Auditors later examined the accounts of the Clinton Foundation and of two donors."
    )
    found = {m.text: m for m in mentions_in(nlp, text)}
    assert "Clinton" not in found
    assert found["Clinton Foundation"].kind == "group"


def test_a_bare_surname_before_the_full_name_is_that_person(nlp: Language) -> None:
    """A subtitle's "Clinton" (Bill and Hillary are both on record) is the Hillary Clinton the body
    names in full later, as a bare surname after the full name is."""
    text = (
        "Cruz backs Trump\n\n"
        "Senator from Texas says he cannot allow Clinton to win the presidency.\n\n"
        "Sen. Ted Cruz said on Friday he cannot allow Hillary Clinton to become president."
    )
    bare = _last(nlp, text, "Clinton")
    assert bare.name == "Hillary Clinton"


def test_a_campaign_staffer_or_party_strategist_is_the_partys(nlp: Language) -> None:
    """CAMEO codes a campaign's staff and a party's strategists PTY: no office of government."""
    text = (
        "Hal Brody, a Democratic strategist, said the nominee had squandered the lead. "
        "Ted Varga, a campaign spokesman, called the remark unfair. Brody did not reply."
    )
    assert _last(nlp, text, "Brody").sector == "PTY"
    assert _last(nlp, text, "Ted Varga").sector == "PTY"


def test_what_a_copula_says_of_a_named_person_describes_them(nlp: Language) -> None:
    """ "X is a reporter for ...": the complement of "is"/"was" with the name as its subject
    describes the person as an apposition does, for every mention; a denied or conditional one
    ("is not", "would be") describes no one."""
    text = (
        "Nadia Ferrante is a reporter for the Harbor Gazette. "
        "The mayor's office declined to answer questions from Ferrante on Monday."
    )
    assert _last(nlp, text, "Nadia Ferrante").sector == "MED"
    assert _last(nlp, text, "Ferrante").sector == "MED"
    text = "Orrin Blake would be a fine judge, his neighbours said. Officials praised Blake."
    assert _last(nlp, text, "Orrin Blake").sector is None


def test_a_copula_in_a_clause_of_time_tells_a_role_since_left(nlp: Language) -> None:
    """ "when X was a Navy lieutenant" dates a role before the story: no sector from it."""
    text = (
        "Their friendship began in 1969, when Tarik Olsen was a Navy lieutenant. "
        "Olsen later wrote a book about the affair."
    )
    assert _last(nlp, text, "Olsen").sector is None


def test_a_body_in_a_clause_of_the_copula_complement_is_no_employer(nlp: Language) -> None:
    """ "X was one of four councillors who opposed the Justice for Renters Act": the clause's
    body is what they opposed, not where they work."""
    text = (
        "Delia Marsh was one of four councillors who opposed the so-called Justice for Renters "
        "Act of 2017. "
        "Critics attacked Marsh on Tuesday."
    )
    assert _last(nlp, text, "Marsh").sector != "JUD"


def test_the_chief_of_a_company_is_business(nlp: Language) -> None:
    """A company's CEO is private business (CAMEO BUS), as its executive is."""
    text = "Inga Sorel was the CEO of Pell Harbor Freight. Sorel testified on Monday."
    assert _last(nlp, text, "Sorel").sector == "BUS"


def test_a_plural_title_in_apposition_before_coordinated_names_is_each_ones(nlp: Language) -> None:
    """ "two Oregon developers, Piet Haldane and Mira Costa": the title before the comma is the
    title of both names, as "developers Piet Haldane and Mira Costa" would be."""
    text = "Lenders sued two Oregon developers, Piet Haldane and Mira Costa, in March. Costa denied it."
    assert _last(nlp, text, "Mira Costa").sector == "BUS"
    assert _last(nlp, text, "Costa").sector == "BUS"
