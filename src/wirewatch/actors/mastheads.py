"""Newspapers no table lists, named as the NER finds them (issue 10: "After the Arizona Republic
endorsed a Democrat" coded no endorsement, the paper being no actor).

CAMEO codes a newspaper as the media (MED) and its endorsements, editorials and accusations as
its own acts. `data/organisations.tsv` lists the big national titles; news names many more,
nearly all with the same shape: a place or a word of its own, then a masthead noun ("the
Miami Herald", "the Korea Herald", "the Dallas Morning News"). A named entity of two words or
more that ends in a masthead word (`name_words.tsv`, kind `masthead`) and that no earlier step
took becomes a MED group of the country its own name holds. "Republic" ends a newspaper's
name only after the name of a state or province of a country ("the Arizona Republic"); after a
people's ("the Chechen Republic"), a creed's ("the Islamic Republic") or a city's ("the Weimar
Republic") it is a state, and a country's whole name ("the Czech Republic") is the gazetteer's.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from wirewatch.actors.organisations import organisation_id
from wirewatch.actors.state import Resolution, strip_possessive
from wirewatch.actors.unlisted import strip_leading_article
from wirewatch.doctools import entities
from wirewatch.gazetteer.cities import CityGazetteer
from wirewatch.gazetteer.words import name_words

RULE = "organisation:masthead"
MEDIA_SECTOR = "MED"
# Entity labels a newspaper's name comes with: the NER calls "the Arizona Republic" a GPE,
# "the Dallas Morning News" an EVENT. A PERSON is no paper ("Emily Post").
NAME_LABELS = frozenset({"ORG", "GPE", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT", "LOC", "NORP"})
_CITIES = CityGazetteer()


def add_unlisted_media(state: Resolution) -> None:
    """A MED group mention for each newspaper's name of the Doc (see the module docstring)."""
    for ent in entities(state.doc):
        if ent.label_ not in NAME_LABELS:
            continue
        span = masthead_name(state, ent)
        if span is None or not state.free(span.start, span.end):
            continue
        state.add(
            span.start,
            span.end,
            {
                "kind": "group",
                "country": state.places.country_in(span) or _home(span),
                "sector": MEDIA_SECTOR,
                "name": span.text,
                "actor_id": organisation_id(span.text),
                "rule": RULE,
            },
        )


def masthead_name(state: Resolution, ent: SpacySpan) -> SpacySpan | None:
    """The newspaper's name in an entity (no leading article, no possessive), or None when the
    entity has no newspaper's shape."""
    span = strip_possessive(strip_leading_article(ent))
    if len(span) < 2 or not all(t.text[:1].isupper() for t in (span[0], span[-1])):
        return None
    last = span[-1].lower_
    if last in name_words("masthead"):
        return None if _whole_place(state, span) else span
    if last in name_words("masthead_place") and _CITIES.division_country(span[:-1].text):
        return span  # a state's or province's paper; "the Weimar Republic" was a city's state
    return None


def _home(span: SpacySpan) -> str | None:
    """The country of the state, province or city a newspaper is named after ("the Arizona
    Republic", "the Chicago Tribune"): the words before its masthead word, as the place
    gazetteer reads them."""
    place = span[:-1].text
    return _CITIES.division_country(place) or _CITIES.city_country(place)


def _whole_place(state: Resolution, span: SpacySpan) -> bool:
    """A place's name reaching the masthead word: the gazetteer reads it."""
    hit = state.places.get(span.start)
    return hit is not None and hit[0].end >= span.end
