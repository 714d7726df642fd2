"""Places read as actors and actors' places, from classes seen in real news (issue 11), each
tested with sentences written for these tests: a seat city acting stands for the body it
houses, coordinated capitals share their first conjunct's role."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from tests.coding import mentions_by_text

from wirewatch.actors.kb import ActorKB
from wirewatch.actors.state import Places
from wirewatch.model import Mention


def _coded(mention: Mention) -> tuple[str, str | None, str | None]:
    return mention.kind, mention.country, mention.sector


def test_a_seat_city_that_acts_stands_for_the_union_it_houses(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Brussels warned London that the fishing talks could collapse.")
    assert _coded(found["Brussels"]) == ("igo", "EU", "IGO")
    assert found["London"].kind == "place"
    found = mentions_by_text(nlp, "Brussels slapped duties on Chinese electric cars last week.")
    assert _coded(found["Brussels"]) == ("igo", "EU", "IGO")
    found = mentions_by_text(nlp, "Brussels' reply to the British offer came within hours.")
    assert _coded(found["Brussels"]) == ("igo", "EU", "IGO")


def test_a_seat_city_named_as_a_place_stays_a_place_of_its_country(nlp: Language) -> None:
    found = mentions_by_text(
        nlp, "Belgian Foreign Minister Hadja Lahbib spoke to reporters in Brussels on Monday."
    )
    assert _coded(found["Brussels"]) == ("place", "BEL", None)
    assert found["Belgian Foreign Minister Hadja Lahbib"].country == "BEL"
    found = mentions_by_text(nlp, "The Irish premier flew to Brussels for the summit.")
    assert _coded(found["Brussels"]) == ("place", "BEL", None)
    found = mentions_by_text(nlp, "The Belgian government raised the terror alert in Brussels.")
    assert _coded(found["Belgian government"]) == ("group", "BEL", "GOV")


def test_capitals_coordinated_as_subjects_all_stand_for_their_governments(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Paris and Berlin rejected the proposal on Thursday.")
    assert _coded(found["Paris"]) == ("country", "FRA", "GOV")
    assert _coded(found["Berlin"]) == ("country", "DEU", "GOV")
    found = mentions_by_text(nlp, "Brussels and Tokyo signed a new trade pact.")
    assert _coded(found["Brussels"]) == ("igo", "EU", "IGO")
    assert _coded(found["Tokyo"]) == ("country", "JPN", "GOV")
    found = mentions_by_text(nlp, "The envoy travelled to Paris and Berlin last week.")
    assert found["Berlin"].kind == "place"
    found = mentions_by_text(nlp, "Ohio and Texas are large states with many voters.")
    assert found["Texas"].kind == "place"


def test_a_city_the_model_missed_where_a_place_stands_is_that_city(nlp: Language) -> None:
    """A capitalised name outside every entity (or tagged as something else) that is the
    object of an attack or of a preposition of place, and one country's city in the gazetteer."""
    found = mentions_by_text(
        nlp, "Government troops shelled rebel positions in Kherson and Kharkiv overnight."
    )
    assert _coded(found["Kharkiv"]) == ("place", "UKR", None)
    found = mentions_by_text(nlp, "The artillery shelled Mariupol for a third day.")
    assert _coded(found["Mariupol"]) == ("place", "UKR", None)


def test_a_missed_city_struck_is_the_events_place_and_its_people_the_target(nlp: Language) -> None:
    events = nlp("Russian missiles hit Kharkiv overnight, killing three people.")._.events or []
    # one attack: the strike and the killing it caused have the same parties, and are told once
    struck = [e for e in events if e.plover == "ASSAULT"]
    assert struck and all([(t.country, t.sector) for t in e.targets] == [("UKR", "CVL")] for e in struck)
    assert {e.location.name for e in struck if e.location} == {"Kharkiv"}


def test_a_word_the_text_also_writes_in_lower_case_is_no_missed_city(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Voters in Hit and elsewhere said the storm hit them hard.")
    assert "Hit" not in found


def test_a_small_town_named_alone_gives_no_country(nlp: Language) -> None:
    """Towns under 15,000 people are listed for a few countries only, the US above all: a
    name that is one of them and nothing else ("Beach", a facility's name) says no country
    unless a division or country qualifies it."""
    found = mentions_by_text(nlp, "Israeli aircraft struck the Beach refugee camp in northern Gaza.")
    assert found["Beach refugee camp"].country == "PSE"  # the camp in Gaza, no US town
    found = mentions_by_text(nlp, "A tornado struck Beach, North Dakota, on Sunday night.")
    assert found["Beach"].country == "USA"


def test_a_name_the_story_puts_after_a_title_is_no_town_alone(nlp: Language) -> None:
    """ "Governor Palin ... Palin's run": a surname the story gives after a title is a person's
    wherever the model tags it a place alone (a town of Guatemala shares it). A hand-built Doc,
    so the test does not hang on what the model tags."""
    words = ["Governor", "Palin", "spoke", ".", "Critics", "recalled", "Palin", "'s", "run", "."]
    ents = ["O", "B-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, ents=ents, sent_starts=[True] + [False] * 3 + [True] + [False] * 5)
    finder = nlp.get_pipe("wirewatch_actors").resolver.places
    found = finder._extra_places(doc, Places({}), ActorKB([]))
    assert not [span.text for span, _ in found.values() if span.text == "Palin"]
