"""Organisations no table lists, named as the NER finds them.

"The Movement for Democratic Change called for protests", "the Kenya Human Rights Commission
urged the government": a political or civic organisation is an actor wherever it is named, and
news names far more of them than `organisations.tsv` can hold. An ORG entity of two words or
more whose head word is one of an organisation's (`name_words.tsv`, kind `organisation`: a
movement, front, commission, league...) and that no earlier step took becomes a group mention:
its country is the one its own name holds ("Kenya Human Rights Commission": KEN), else none (a
one-country story may lend its own, `article.py`); its sector is unknown, since a "commission"
or a "front" may be a state's, a party's or an armed group's, unless its head word is one that
says the sector of every body so named (`organisation_heads.tsv`: "the Clinton Foundation", NGO).
"""

from __future__ import annotations

import functools

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from wirewatch.actors.given_names import is_given_name
from wirewatch.actors.lexicon import packaged_sectors
from wirewatch.actors.organisations import organisation_id
from wirewatch.actors.state import Resolution, strip_possessive
from wirewatch.datafiles import table_lines
from wirewatch.doctools import entities, token_indices
from wirewatch.gazetteer.words import name_words

# Words a name may start with that belong to no name ("the Movement for ...").
LEADING = frozenset({"the"})
RULE = "organisation:unlisted"
ORG_LABELS = frozenset({"ORG"})
# The NER tags some organisations' names PERSON ("the Tigray People's Liberation Front"); such a
# name is taken when it has an organisation's shape (`organisation_shaped`), before the sector
# words inside it ("People") are read as groups of their own.
MISLABELLED_ORG_LABELS = frozenset({"PERSON"})
HEAD_COLUMNS = ("word", "sector")


@functools.cache
def head_sectors() -> dict[str, str]:
    """Head word -> sector of `data/organisation_heads.tsv`."""
    _, rows = table_lines("organisation_heads.tsv", None, HEAD_COLUMNS)
    return {word.strip().lower(): sector.strip() for word, sector in (row.split("\t") for row in rows)}


# A "Service" by name is a state's when its name says a state runs it ("the National Park
# Service", "the Federal Mediation Service"), else of whatever a sector word in its name says ("the
# Toronto Police Service": police); a charity's ("the Jesuit Refugee Service") says neither.
SERVICE_HEADS = frozenset({"service"})
STATE_SERVICE_WORDS = frozenset({"national", "federal", "state", "public"})
FORCE_SECTORS = frozenset({"COP", "MIL", "SPY"})


def head_sector(span: SpacySpan) -> str | None:
    """The sector an organisation's name says by its head word ("the Tax Foundation": NGO)."""
    head = span.root if span.root.text[:1].isupper() else span[-1]
    if head.lower_ in SERVICE_HEADS:
        return _service_sector(span, head)
    return head_sectors().get(head.lower_)


def _service_sector(span: SpacySpan, head: Token) -> str | None:
    """ "the Toronto Police Service" (COP), "the National Weather Service" (GOV)."""
    before = [t for t in span if t.i < head.i and t.text[:1].isupper()]
    sectors = packaged_sectors()
    found = (sectors.get(t.lower_) for t in before if t.lower_ not in STATE_SERVICE_WORDS)
    inner = next((term.sector for term in found if term is not None and term.sector in FORCE_SECTORS), None)
    if inner is not None:
        return inner
    return "GOV" if any(t.lower_ in STATE_SERVICE_WORDS for t in before) else None


# Nouns of a body made of members, whose "of" phrase says who the members are and so the body's
# sector ("a coalition of leftist parties", "an alliance of unions", "a group of activists").
MEMBERS_NOUNS = frozenset(
    {"coalition", "alliance", "group", "grouping", "federation", "confederation", "bloc"}
    | {"union", "network", "association", "umbrella", "consortium", "league", "front"}
)


def appositive_sector(state: Resolution, span: SpacySpan) -> str | None:
    """The sector an appositive after an organisation's name says it has: "the Forum for Change,
    the main opposition party," (the appositive's own mention, PTY), "the Unity Front, a coalition
    of leftist parties," (its members' sector, PTY)."""
    for appos in (c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end):
        own = _mention_sector(state, appos)
        if own is not None:
            return own
        if appos.lower_ in MEMBERS_NOUNS:
            members = _members_sector(state, appos)
            if members is not None:
                return members
    return None


# Heads of a body's own name whose "of" phrase in the name says who its members are: "the
# Conference of Mayors" (GOV), "the National Association of Manufacturers" (BUS), "the Council of
# Churches" (REL). A sitting of members ("conference", "council") is a body of them here.
NAMED_MEMBERS_NOUNS = MEMBERS_NOUNS | {"conference", "council"}


def members_in_name_sector(state: Resolution, span: SpacySpan) -> str | None:
    """The sector of the members an organisation's own name names after its head: "the United
    States Conference of Mayors" is a body of mayors, the local governments' (GOV)."""
    for head in (t for t in span if t.lower_ in NAMED_MEMBERS_NOUNS and t.text[:1].isupper()):
        objects = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if objects and all(span.start <= g.i < span.end for g in objects):
            return _members_sector(state, head)
    return None


def _mention_sector(state: Resolution, token: Token) -> str | None:
    """The sector of the group mention that holds `token`, if one does."""
    at = token.idx
    return next(
        (m.sector for m in state.mentions if m.kind == "group" and m.sector and m.start <= at < m.end),
        None,
    )


def _members_sector(state: Resolution, body: Token) -> str | None:
    """The sector of the members an "of" phrase after `body` names: a mention among its words,
    else the first of its nouns the sector table lists ("parties" as "party")."""
    sectors = packaged_sectors()
    for prep in (c for c in body.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for word in [noun, *noun.conjuncts]:
                found = _mention_sector(state, word) or next(
                    (
                        term.sector
                        for form in _singulars(word.lower_)
                        if (term := sectors.get(form)) is not None and term.kind in ("group", "title")
                    ),
                    None,
                )
                if found is not None:
                    return found
            inner = [t for t in noun.subtree if t.i != noun.i]
            found = next((s for t in inner if (s := _mention_sector(state, t)) is not None), None)
            if found is not None:
                return found
    return None


def _singulars(word: str) -> list[str]:
    """`word` and the singulars a plural in -s or -ies may have ("parties": "party")."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("s"):
        forms.append(word[:-1])
    return forms


def add_unlisted_organisations(state: Resolution, labels: frozenset[str] = ORG_LABELS) -> None:
    """A group mention for each unlisted organisation of the Doc among the entities of `labels`
    (see the module docstring)."""
    for ent in entities(state.doc):
        if ent.label_ not in labels:
            continue
        span = organisation_name(ent)
        if span is None or not state.free(span.start, span.end) or gazetteer_names(state, span):
            continue
        country = state.places.country_in(span)
        state.add(
            span.start,
            span.end,
            {
                "kind": "group",
                "country": country,
                "sector": head_sector(span)
                or members_in_name_sector(state, span)
                or appositive_sector(state, span),
                "name": span.text,
                "actor_id": organisation_id(span.text),
                "rule": RULE,
            },
        )


@functools.lru_cache(maxsize=1)
def _organisation_word_ids() -> frozenset[int]:
    """The organisations' head words' string ids, to find them in a Doc's array (`token_indices`)."""
    return frozenset(get_string_id(word) for word in name_words("organisation"))


def add_unrecognised_organisations(state: Resolution) -> None:
    """ "The Anti-Defamation League has protested ...": the NER misses some organisations' names
    in running text (it found that one alone, not after a quote). A definite noun phrase whose
    words are all capitalised, that ends in an organisation's head word and that no step took,
    and none of whose words is an entity, is the organisation's name, as an ORG entity of that
    shape is (`add_unlisted_organisations`). The article rules out a headline's words ("Trump
    Attacks Party") and a name cut from a longer one."""
    for i in token_indices(state.doc, LOWER, _organisation_word_ids()):
        token = state.doc[i]
        if not token.text[:1].isupper():
            continue
        span = _unrecognised_name(token)
        if span is None or not state.free(span.start, span.end) or gazetteer_names(state, span):
            continue
        state.add(
            span.start,
            span.end,
            {
                "kind": "group",
                "country": state.places.country_in(span),
                "sector": head_sector(span)
                or members_in_name_sector(state, span)
                or appositive_sector(state, span),
                "name": span.text,
                "actor_id": organisation_id(span.text),
                "rule": RULE,
            },
        )


# Dependents before a name's head that are part of the name ("Anti", "-", "Defamation").
NAME_PART_DEPS = frozenset({"compound", "amod", "nmod", "punct"})


def _unrecognised_name(head: Token) -> SpacySpan | None:
    """The capitalised name `head` ends, after "the", when no entity holds any of its words."""
    parts = [c for c in head.lefts if c.dep_ in NAME_PART_DEPS]
    if not parts or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        return None
    start = min(c.left_edge.i for c in parts)
    span = head.doc[start : head.i + 1]
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not all(t.text[:1].isupper() and t.ent_iob_ == "O" for t in words):
        return None
    if any(not t.is_alpha and t.text != "-" for t in span) or span[0].text == "-":
        return None
    return span if start > 0 and head.doc[start - 1].lower_ == "the" else None


def gazetteer_names(state: Resolution, span: SpacySpan) -> bool:
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


# Nouns of a civic body that a name before them makes an actor ("the LetUsSpeak movement"),
# and those that a name after "called", "named" or "known as" does ("a group called X").
MOVEMENT_NOUNS = frozenset({"movement", "campaign", "coalition", "collective", "initiative"})
CALLED_NOUNS = MOVEMENT_NOUNS | frozenset(
    {"group", "organisation", "organization", "association", "network", "alliance", "platform"}
)
CALLING_WORDS = frozenset({"called", "named", "calling"})
# A named civic body no table lists is civil society: of the country its own words name, else of
# a one-country story's (`article.py`, "+article").
MOVEMENT_SECTOR = "CVL"
MOVEMENT_RULE = "organisation:movement"


_CALLED_NOUN_IDS = frozenset(get_string_id(word) for word in CALLED_NOUNS)


def add_named_movements(state: Resolution) -> None:
    """ "The LetUsSpeak movement urged ...", "a group called Mothers for Peace said ...": a civic
    body named by a name the knowledge base does not know is an actor of civil society."""
    for i in token_indices(state.doc, LOWER, _CALLED_NOUN_IDS):
        token = state.doc[i]
        name = _movement_name(token)
        if name is None or token.i in state.places.covered:
            continue
        start, end = min(name.start, token.i), max(name.end, token.i + 1)
        if not state.free(start, end) or any(i in state.places.covered for i in range(name.start, name.end)):
            continue
        state.add(
            start,
            end,
            {
                "kind": "group",
                "country": state.places.country_in(state.doc[start:end]),
                "sector": MOVEMENT_SECTOR,
                "name": name.text,
                "actor_id": organisation_id(name.text),
                "rule": MOVEMENT_RULE,
            },
        )


# Prepositions that name the cause a body of people stands for: "Physicians for Human Rights",
# "Lawyers Against Torture", "Engineers Without Borders".
CAUSE_PREPS = frozenset({"for", "against", "without"})
_CAUSE_PREP_IDS = frozenset(get_string_id(word) for word in CAUSE_PREPS)
# The sector table's kind of a people's noun ("physicians") that may head such a name; its nouns
# of people that are actors only with a nationality ("lawyers") may too.
PEOPLE_KIND = "group"
# Entities a cause is not: those whom people act for as their counsel or agents.
NAMED_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Words a cause's name writes in lower case ("Students for a Democratic Society").
CAUSE_LINK_WORDS = frozenset({"a", "an", "and", "of", "in", "on", "to", "&"})
# A body named by a people's noun and its cause is an advocacy group: a non-governmental
# organisation, whatever the people's own sector ("physicians" are LAB).
ADVOCACY_SECTOR = "NGO"
ADVOCACY_RULE = "organisation:advocacy"


def add_advocacy_groups(state: Resolution) -> None:
    """ "Physicians for Human Rights accused the army ...": a capitalised people's noun of the sector
    table followed by the cause it stands for, a phrase of capitalised words, is the name of an
    advocacy group (`ADVOCACY_SECTOR`), before the groups step reads the noun alone as the
    physicians' sector (LAB). Not the people acting for someone ("Lawyers for the former
    president", "Lawyers for Ana Diaz"): the cause is no person's name and takes no "the"."""
    sectors = packaged_sectors()
    for i in token_indices(state.doc, LOWER, _CAUSE_PREP_IDS):
        prep = state.doc[i]
        noun = prep.head
        if prep.dep_ != "prep" or noun.i != i - 1 or not noun.text[:1].isupper():
            continue
        term = sectors.get(noun.lower_)
        if (term is None or term.kind != PEOPLE_KIND) and sectors.nationals(noun.lower_) is None:
            continue
        cause = _cause_name(prep)
        if cause is None or not state.free(noun.i, cause.end):
            continue
        span = state.doc[noun.i : cause.end]
        state.add(
            span.start,
            span.end,
            {
                "kind": "group",
                "country": state.places.country_in(span),
                "sector": ADVOCACY_SECTOR,
                "name": span.text,
                "actor_id": organisation_id(span.text),
                "rule": ADVOCACY_RULE,
            },
        )


def _cause_name(prep: Token) -> SpacySpan | None:
    """The phrase after `prep` when it is written as a name's part: every word capitalised but the
    links, no "the", no name of a person, a firm or a place (`add_advocacy_groups`)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    phrase = prep.doc[prep.i + 1 : objects[0].right_edge.i + 1]
    words = [t for t in phrase if t.is_alpha]
    if not words or not any(t.text[:1].isupper() for t in words):
        return None
    if any(t.ent_type_ in NAMED_PARTY_LABELS or t.lower_ == "the" or is_given_name(t.lower_) for t in phrase):
        return None  # "Lawyers for Ana Diaz", "Lawyers for Google": counsel of a party
    if any(not t.text[:1].isupper() and t.lower_ not in CAUSE_LINK_WORDS for t in words):
        return None
    return phrase


def _movement_name(noun: Token) -> SpacySpan | None:
    """The name a civic noun is given: a capitalised word run before it ("the LetUsSpeak
    movement"), or the object of "called"/"named"/"known as" after it."""
    if noun.lower_ in MOVEMENT_NOUNS and noun.text.islower():
        names = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and _name_word(c)]
        if names:
            return noun.doc[min(c.left_edge.i for c in names) : noun.i]
    for verb in noun.children:
        if verb.dep_ != "acl":
            continue
        if verb.lower_ in CALLING_WORDS:
            named = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr") and _name_word(c)]
        elif verb.lower_ == "known":
            named = [g for c in verb.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
            named = [g for g in named if _name_word(g)]
        else:
            continue
        if named:
            return _name_span(named[0])
    return None


def _name_word(token: Token) -> bool:
    """A capitalised word that is no sentence's first and no person's, place's or nation's name."""
    return (
        token.text[:1].isupper()
        and not token.is_sent_start
        and token.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC", "DATE", "CARDINAL")
    )


def _name_span(word: Token) -> SpacySpan:
    """The name a word heads: its named entity when the NER found one, else its subtree."""
    if word.ent_iob_ in ("B", "I"):
        for ent in entities(word.doc):
            if ent.start <= word.i < ent.end:
                return ent
    return word.doc[word.left_edge.i : word.right_edge.i + 1]
