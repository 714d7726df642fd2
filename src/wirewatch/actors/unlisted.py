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
ORG_LABELS = frozenset({"ORG"})
# The NER tags some organisations' names PERSON ("the Tigray People's Liberation Front"); such a
# name is taken when it has an organisation's shape (`organisation_shaped`), before the sector
# words inside it ("People") are read as groups of their own.
MISLABELLED_ORG_LABELS = frozenset({"PERSON"})


def add_unlisted_organisations(state: Resolution, labels: frozenset[str] = ORG_LABELS) -> None:
    """A group mention for each unlisted organisation of the Doc among the entities of `labels`
    (see the module docstring)."""
    for ent in state.doc.ents:
        if ent.label_ not in labels:
            continue
        span = organisation_name(ent)
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


def organisation_name(ent: SpacySpan) -> SpacySpan | None:
    """The organisation's name in the entity (no leading article, no possessive), when it has
    an organisation's shape (`organisation_shaped`)."""
    span = strip_possessive(strip_leading_article(ent))
    return span if organisation_shaped(span) else None


def strip_leading_article(span: SpacySpan) -> SpacySpan:
    """`span` without a leading "the"."""
    return span[1:] if len(span) > 1 and span[0].lower_ in LEADING else span


def organisation_shaped(span: SpacySpan) -> bool:
    """Two words or more, capitalised, headed by an organisation's word ("Movement", "Front",
    "Army") or holding a word no person's name holds ("Liberation", "Resistance")."""
    if len(span) < 2 or not (span[0].text[:1].isupper() and span[-1].text[:1].isupper()):
        return False
    head = span.root if span.root.text[:1].isupper() else span[-1]
    return head.lower_ in name_words("organisation") or any(
        t.lower_ in name_words("organisation_mark") for t in span
    )
