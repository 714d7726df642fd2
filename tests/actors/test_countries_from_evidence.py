"""Countries from evidence (issue 11, stop 39): a country word that names where a person's post
points, the country that acts on them, or another person's nationality is not theirs. Sentences
written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import mentions_by_text


def test_the_country_an_envoy_is_posted_to_is_not_the_envoys(nlp: Language) -> None:
    found = mentions_by_text(
        nlp, "Martin Hale, the former special envoy to Tbilisi, testified before the committee."
    )
    assert found["Martin Hale"].country is None
    found = mentions_by_text(nlp, "Anna Berg, ambassador to Chile, met the council on Monday.")
    assert found["Anna Berg"].country is None


def test_an_envoy_still_takes_the_country_named_as_their_own(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Martin Hale, a Georgian diplomat, testified before the committee.")
    assert found["Martin Hale"].country == "GEO"


def test_a_country_seeking_a_person_is_not_theirs(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Activist Karl Osman, who is wanted in Turkey, spoke to reporters.")
    assert found["Activist Karl Osman"].country is None


def test_a_country_whose_act_reaches_the_person_is_not_theirs(nlp: Language) -> None:
    found = mentions_by_text(
        nlp, "Norway has closed its inquiry into a fraud complaint against the publisher Tomas Reyes."
    )
    assert found["publisher Tomas Reyes"].country is None  # "publisher" is a MED title since stop 41


def test_a_country_that_only_describes_the_persons_act_still_tells_theirs(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Tomas Reyes opened a Norwegian publishing house in the north.")
    assert found["Tomas Reyes"].country == "NOR"


def test_a_friends_nationality_is_not_the_persons(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Peter Vane was a close friend of the Brazilian banker Paulo Ramos.")
    assert found["Peter Vane"].country is None
    assert found["Brazilian banker Paulo Ramos"].country == "BRA"


def test_a_person_described_by_their_own_post_keeps_its_country(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Peter Vane was a senior adviser at the Brazilian central bank.")
    assert found["Peter Vane"].country == "BRA"


def test_a_party_is_not_of_the_country_of_anothers_counterpart(nlp: Language) -> None:
    found = mentions_by_text(
        nlp, "The Republicans say the governor's call with his Mexican counterpart broke the rules."
    )
    assert found["Republicans"].country is None
    assert found["Mexican counterpart"].country == "MEX"


def test_a_party_named_with_its_own_country_keeps_it(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Mexican Republicans say the governor broke the rules.")
    assert found["Mexican Republicans"].country == "MEX"


def test_a_group_acting_on_a_title_no_one_owns_keeps_its_country(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Striking students demanded the resignation of the Tunisian president.")
    assert found["Striking students"].country == "TUN"


def test_plural_ministries_keep_their_sector(nlp: Language) -> None:
    """ "the Greek and Cypriot foreign ministries": the plural of a body is that body, not just the
    nationality words before it."""
    found = mentions_by_text(nlp, "The Greek and Cypriot defence ministries condemned the flights on Sunday.")
    assert {(m.country, m.sector) for m in found.values()} >= {("GRC", "GOV"), ("CYP", "GOV")}


def test_a_single_ministry_is_still_the_government(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The Greek defence ministry condemned the flights on Sunday.")
    assert found["Greek defence ministry"].sector == "GOV"
