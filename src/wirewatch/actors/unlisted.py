"""Organisations no table lists, named as the NER finds them.

"The Movement for Democratic Change called for protests", "the Kenya Human Rights Commission
urged the government": a political or civic organisation is an actor wherever it is named, and
news names far more of them than `organisations.tsv` can hold. An ORG entity of two words or
more whose head word is one of an organisation's (`name_words.tsv`, kind `organisation`: a
movement, front, commission, league...) and that no earlier step took becomes a group mention:
its country is the one its own name holds ("Kenya Human Rights Commission": KEN), else none (a
one-country story may lend its own, `article.py`); its sector is unknown, since a "commission"
or a "front" may be a state's, a party's or an armed group's.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from wirewatch.actors.organisations import organisation_id
from wirewatch.actors.state import Resolution, strip_possessive
from wirewatch.gazetteer.words import name_words

# Words a name may start with that belong to no name ("the Movement for ...").
LEADING = frozenset({"the"})
RULE = "organisation:unlisted"


def add_unlisted_organisations(state: Resolution) -> None:
    """A group mention for each unlisted organisation of the Doc (see the module docstring)."""
    for ent in state.doc.ents:
        if ent.label_ != "ORG":
            continue
        span = _name(ent)
        if span is None or not state.free(span.start, span.end) or _gazetteer_names(state, span):
            continue
        country = state.places.country_in(span)
        state.add(
            span.start,
            span.end,
            {
                "kind": "group",
                "country": country,
                "sector": None,
                "name": span.text,
                "actor_id": organisation_id(span.text),
                "rule": RULE,
            },
        )


def _gazetteer_names(state: Resolution, span: SpacySpan) -> bool:
    """The gazetteer reads the name itself, or an organisation of states in it ("the U.N.
    Security Council", "the European Union"): the places step makes that mention."""
    for i in range(span.start, span.end):
        hit = state.places.get(i)
        if hit is None:
            continue
        place, form = hit
        if form.form == "igo" or (place.start <= span.start and place.end >= span.end):
            return True
    return False


def _name(ent: SpacySpan) -> SpacySpan | None:
    """The organisation's name in the entity (no leading article, no possessive), when it has a
    name's shape: two words or more, capitalised, headed by an organisation's word."""
    start = ent.start + 1 if ent[0].lower_ in LEADING else ent.start
    span = strip_possessive(ent.doc[start : ent.end])
    if len(span) < 2 or span.root.lower_ not in name_words("organisation"):
        return None
    if not (span.root.text[:1].isupper() and span[0].text[:1].isupper()):
        return None
    return span
