"""A state an event names by its country's name acts, or is acted on, as its government (GOV):
PLOVER and CAMEO code a state actor so (issue 11, stop 40: "the United States", "China", "the
UK" left with no sector). Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language

from wirewatch.model import Event


def _events(nlp: Language, text: str) -> list[Event]:
    return list(nlp(text)._.events or [])


def _actor(events: list[Event], plover: str, words: str):  # type: ignore[no-untyped-def]
    for event in events:
        if event.plover == plover:
            for ref in (*event.sources, *event.targets):
                if ref.text == words:
                    return ref
    raise AssertionError([(e.plover, [r.text for r in (*e.sources, *e.targets)]) for e in events])


def test_a_state_named_by_its_country_acts_as_its_government(nlp: Language) -> None:
    cases = (
        ("Norway pledged new funds to the famine appeal on Monday.", "AGREE", "Norway", "NOR"),
        ("Argentina accused Chile of violating the fishing accord.", "ACCUSE", "Argentina", "ARG"),
        ("Argentina accused Chile of violating the fishing accord.", "ACCUSE", "Chile", "CHL"),
        ("The United Kingdom expelled four Iranian diplomats.", "SANCTION", "United Kingdom", "GBR"),
    )
    for text, plover, words, country in cases:
        ref = _actor(_events(nlp, text), plover, words)
        assert (ref.country, ref.sector) == (country, "GOV"), text


def test_a_nationality_word_or_a_country_s_people_stay_as_they_were(nlp: Language) -> None:
    """ "An Australian" is a person of that country, no government; a named group keeps its own
    sector."""
    ref = _actor(_events(nlp, "Police in Peru arrested an Australian on Friday."), "COERCE", "Australian")
    assert (ref.country, ref.sector) == ("AUS", None)
    ref = _actor(_events(nlp, "Norway expelled two Russian diplomats."), "SANCTION", "Russian diplomats")
    assert (ref.country, ref.sector) == ("RUS", "GOV")


def test_a_country_struck_keeps_no_sector(nlp: Language) -> None:
    """ "Shelling of Lebanon": the land and its people are struck, not the government alone."""
    events = _events(nlp, "Syria launched an assault on Lebanon on Sunday.")
    refs = [r for e in events if e.plover == "ASSAULT" for r in e.targets if r.text == "Lebanon"]
    assert all(r.sector is None for r in refs), refs


# What the text says an organisation is ("the Union of X, an aid group") tells its sector over a
# word of its name ("Union" read as labour; issue 11, stop 40).


def test_an_organisation_described_in_apposition_takes_that_sector(nlp: Language) -> None:
    doc = nlp("The Union of Rural Nurses, an aid group, condemned the shelling of the clinic.")
    union = [m for m in doc._.mentions if m.text.endswith("Union")]
    assert union and union[0].sector == "NGO", [(m.text, m.sector) for m in doc._.mentions]


def test_a_union_with_no_description_stays_labour(nlp: Language) -> None:
    doc = nlp("The Union of Rural Nurses called a strike over pay.")
    union = [m for m in doc._.mentions if m.text.endswith("Union")]
    assert union and union[0].sector == "LAB", [(m.text, m.sector) for m in doc._.mentions]


# A nationality on a person's trade before the name ("the Australian publisher Tom Ardley") is the
# person's, and holds for the later bare surname (issue 11, stop 40: a publisher's nationality
# read as the state, the person left with no country).


def test_a_nationality_on_a_publishers_title_is_the_persons(nlp: Language) -> None:
    doc = nlp(
        "The Australian publisher Tom Ardley was detained in Oslo on Monday. "
        "Swedish prosecutors later dropped the case against Ardley."
    )
    found = {(m.text, m.country, m.sector) for m in doc._.mentions if m.kind == "person"}
    assert ("Ardley", "AUS", "MED") in found, found
    assert not any(m.kind == "country" for m in doc._.mentions), [(m.text, m.kind) for m in doc._.mentions]


def test_a_nationality_on_a_report_stays_the_states(nlp: Language) -> None:
    """ "An Australian report": the adjective on a thing is still the state's, and the person named
    after it is no publisher."""
    doc = nlp("An Australian report criticized Tom Ardley on Monday.")
    kinds = {(m.text, m.kind, m.sector) for m in doc._.mentions}
    assert ("Australian", "country", None) in kinds and ("Tom Ardley", "person", None) in kinds, kinds
