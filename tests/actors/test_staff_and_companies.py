"""Actor classes of real news whose source was another actor (issue 11, stop 38): a person's staff
named after the person ("Trump aides") coded as the person, and a company the NER took for a
person given the country of the places where it does business. Every sentence is written for
these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find, mentions_by_text


def test_a_persons_aides_are_their_own_actor_of_the_principals_country(nlp: Language) -> None:
    """ "<name> aides denied" is no denial by the person: the staff, the whole phrase, of the
    principal's country and sector."""
    text = (
        "Donald Trump campaigned in Ohio on Monday. Trump aides on Tuesday denied a newspaper "
        "report that the campaign was short of money."
    )
    event = find(code(nlp, text), "REJECT")
    assert [(a.text, a.country) for a in event.sources] == [("Trump aides", "USA")]
    senator = "Senator Elizabeth Warren spoke in Boston. Warren's advisers rejected the offer."
    staff = mentions_by_text(nlp, senator)["Warren's advisers"]
    assert (staff.kind, staff.sector) == ("group", "LEG")


def test_a_candidates_campaign_is_a_party_actor_apart_from_the_rival_campaign(nlp: Language) -> None:
    """A campaign works for a party (PTY) whoever its candidate is; two campaigns are two
    actors, so one can accuse the other."""
    text = "Hillary Clinton spoke in Ohio. Clinton advisers rejected the claim by the Trump campaign."
    event = find(code(nlp, text), "REJECT")
    assert [(a.text, a.sector) for a in event.sources] == [("Clinton advisers", "PTY")]
    assert [(a.text, a.country, a.sector) for a in event.targets] == [("Trump campaign", "USA", "PTY")]


def test_a_title_before_a_name_and_the_person_alone_stay_people(nlp: Language) -> None:
    """ "Trump spokesman Jason Miller" is Miller with his title; "Trump denied" is Trump."""
    titled = find(code(nlp, "Donald Trump spoke. Trump spokesman Jason Miller denied the report."), "REJECT")
    assert [a.text for a in titled.sources] == ["spokesman Jason Miller"]
    alone = find(code(nlp, "Donald Trump spoke in Ohio. Trump denied the report."), "REJECT")
    assert [(a.text, a.actor_id) for a in alone.sources] == [("Trump", "p:donald-trump")]


def test_a_company_taken_for_a_person_is_not_of_where_it_lobbies(nlp: Language) -> None:
    """ "Merck, one of the largest drug companies": the places its sentence names are where it
    does business, not whose it is."""
    text = (
        "Oracle gave $2 million to the charity as the software giant lobbied on visas.\n\n"
        "Merck, one of the largest drug companies in the world, has given $3 million to the "
        "charity while lobbying on patent rules for medicines in Egypt and Brazil."
    )
    assert mentions_by_text(nlp, text)["Merck"].country is None


def test_a_person_described_by_a_trade_still_takes_the_sentences_country(nlp: Language) -> None:
    text = (
        "Oracle gave $2 million to the charity as the software giant lobbied on visas.\n\n"
        "Kessler, one of the world's top bankers, has given $1 million to the charity while "
        "lobbying on rules for medicines in Turkey."
    )
    assert mentions_by_text(nlp, text)["Kessler"].country == "TUR"
