"""Organisations no table lists, named as what a state, a court or an armed group acts on (issue 11).

"Prosecutors are investigating Boeing", "regulators fined Meta", "Washington imposed sanctions on
Huawei", "police raided the offices of Huawei": news names firms, universities and charities that
no table lists and whose names end in no organisation's word (`unlisted.py`), and the act done to
them lost its target. An ORG entity that no earlier step took is an actor where it stands as what
an act of `data/acted_on.tsv` is done to, or as the owner of that ("Huawei's offices", "the
offices of Huawei", "the Huawei offices", "a depot owned by Maersk"). Elsewhere a name the NER tags
ORG is a brand, a team, a product or a prize as often as an actor ("Saints", "Oscars",
"BlackBerry" in the ECB+ and PolNeAR texts) and stays none.

Its sector is the one its head word says (`organisation_heads.tsv`: "the Clinton Foundation",
NGO) or a noun in apposition says ("Huawei, the Chinese firm"), else none when its head is a
political or civic organisation's word (a "committee" may be anyone's), else a company's (BUS): an
unlisted name that a regulator fines or a court charges is a firm's far more often than anyone
else's. Its country is the one its own words or its modifiers name ("China's Huawei", "Chinese
telecoms giant Huawei"), else none: a company may be foreign to the story (`article.py` gives
companies no story country). A name shaped as a person's stays out (a given name first, or a word
the article names a person by: "Nicola Sturgeon" tagged ORG).

Whether the act is political is the event coder's call: words and legal steps between companies
and private persons are none ("the firm sued Samsung", "a shareholder sued Boeing":
`events.relevance.between_private_persons`).

An institution named by its common noun (`data/institutions.tsv`: "a hospital", "the school",
"the Indian embassy") is likewise an actor where it stands as what such an act, or an act of force
or coercion of the codebook (CAMEO 17-20: "shelled a hospital in Idlib", "troops stormed the
school", "an attack on a mosque"), is done to: the people in it are the ones acted on, where the
event coder had taken the place it stands in, or no one (issue 11, "named target omitted"). Its
sector is its word's; its country the one its own words name, else for an institution at home the
place its phrase or its verb's phrase names ("a hospital in Idlib": Syria's).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from wirewatch.actors.given_names import is_given_name
from wirewatch.actors.organisations import organisation_id
from wirewatch.actors.state import Resolution, strip_possessive
from wirewatch.actors.unlisted import appositive_sector, gazetteer_names, head_sector, strip_leading_article
from wirewatch.datafiles import table_lines
from wirewatch.doctools import entities, token_indices
from wirewatch.errors import DataFileError
from wirewatch.events.codebook import all_verb_forms, load_codebook, noun_inflections
from wirewatch.events.roles import ground_forms
from wirewatch.gazetteer.words import name_words
from wirewatch.model import name_key

RULE = "organisation:acted-on"
COLUMNS = ("word", "form")
FORMS = frozenset({"verb", "noun"})
ORG_LABEL = "ORG"
COMPANY = "BUS"
# Where what a verb is done to stands: "fined Boeing", "fined Boeing $2 million" (the parser's
# indirect object), "Boeing was fined".
VERB_SLOTS = frozenset({"dobj", "dative", "nsubjpass"})
# Slots a verb has one of (a list is one phrase of conjuncts).
SOLE_SLOTS = frozenset({"dobj", "nsubjpass"})
# Prepositions after a verb or its noun that name what it is done to: "sanctions on Huawei", "a
# probe into Boeing", "a lawsuit against Google". ("Of" is left out: "in charge of Boeing".)
ACT_PREPS = frozenset({"against", "into", "on"})
# Particles the parser reads as a preposition right after their verb, whose object is the verb's:
# "sealed off the campus", "cordoned off the embassy" ("fired off the coast" is no particle of "fire").
OBJECT_PARTICLES = frozenset({"off"})
# Prepositions after a verb with its fixed object that name what it is done to: "set fire to",
# "opened fire at".
FIXED_OBJECT_PREPS = frozenset({"to", "on", "at"})
# A conjunct or an appositive stands where the phrase before it stands.
STANDING_IN_DEPS = frozenset({"conj", "appos"})
# Participles whose "by" names a thing's owner: "a depot owned by Maersk", "a clinic run by MSF".
OWNING = frozenset({"owned", "run", "operated", "managed"})
# CAMEO roots of the codebook's acts of coercion and force done to an institution (17-20).
FORCE_ROOTS = ("17", "18", "19", "20")
INSTITUTION_COLUMNS = ("word", "sector", "home")
# An institution whose country the place it stands in tells ("a hospital in Idlib"); else it is a
# mission abroad ("the embassy in Kabul" is no Afghan actor).
AT_HOME = "place"
HOMES = frozenset({AT_HOME, "own"})
INSTITUTION_RULE = "institution:acted-on"
# Words before an institution's noun that are no part of its mention ("the", "two").
UNNAMING_DEPS = frozenset({"det", "predet", "nummod", "quantmod", "advmod", "punct"})
# The form of a place match that names an organisation of states ("UN"), no ground.
IGO_FORM = "igo"
# Prepositions that say where an institution stands ("a hospital in Idlib").
PLACING_PREPS = frozenset({"in"})
# Kinds of `data/name_words.tsv` whose words no person's name holds.
NOT_A_PERSON_KINDS = ("organisation", "organisation_mark", "institution")


@dataclass(frozen=True)
class Acts:
    """The acts of `data/acted_on.tsv`, as the forms a text writes them in."""

    verbs: frozenset[str]  # every form of the verbs
    nouns: frozenset[str]  # the nouns, singular and plural
    fixed_objects: dict[str, str]  # a form of a verb -> the word its object must be ("set": "fire")


@functools.cache
def acts() -> Acts:
    """The rows of `data/acted_on.tsv`; a malformed line is named in the error."""
    label, rows = table_lines("acted_on.tsv", None, COLUMNS)
    verbs: set[str] = set()
    nouns: set[str] = set()
    fixed: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != len(COLUMNS) or not cells[0] or cells[1] not in FORMS:
            raise DataFileError(f"{label}: data line {number} is malformed: {cells}")
        word, _, fixed_object = cells[0].lower().partition(" ")
        if cells[1] == "noun" and fixed_object:
            raise DataFileError(f"{label}: data line {number}: only a verb has a fixed object")
        if cells[1] == "noun":
            nouns |= noun_inflections(word)
        elif fixed_object:
            fixed |= dict.fromkeys(all_verb_forms(frozenset({word})), fixed_object)
        else:
            verbs.add(word)
    return Acts(all_verb_forms(frozenset(verbs)), frozenset(nouns), fixed)


@dataclass(frozen=True)
class Institution:
    """A row of `data/institutions.tsv`."""

    sector: str
    at_home: bool  # its country may be the place it stands in


@functools.cache
def institutions() -> dict[str, Institution]:
    """Each form (singular and plural) of the words of `data/institutions.tsv` -> its row; a
    malformed line is named in the error."""
    label, rows = table_lines("institutions.tsv", None, INSTITUTION_COLUMNS)
    found: dict[str, Institution] = {}
    for number, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != len(INSTITUTION_COLUMNS) or not cells[0] or not cells[1] or cells[2] not in HOMES:
            raise DataFileError(f"{label}: data line {number} is malformed: {cells}")
        found |= dict.fromkeys(noun_inflections(cells[0].lower()), Institution(cells[1], cells[2] == AT_HOME))
    return found


@functools.cache
def institution_ids() -> frozenset[int]:
    """The forms of `institutions` as string ids (`doctools.token_indices`)."""
    return frozenset(get_string_id(form) for form in institutions())


@functools.cache
def force_acts() -> Acts:
    """The acts of `data/acted_on.tsv` and the codebook's verbs and nouns of coercion and force
    (CAMEO 17-20), which are done to the people of an institution, never to a firm's name alone
    (an "attack" on a firm is as often a cyberattack or a rival's words)."""
    listed = acts()
    rules = [r for r in load_codebook().rules if r.cameo.code.startswith(FORCE_ROOTS)]
    verbs = all_verb_forms(frozenset(r.lemma for r in rules if r.pos == "verb"))
    nouns = frozenset(form for r in rules if r.pos == "noun" for form in noun_inflections(r.lemma))
    return Acts(listed.verbs | verbs, listed.nouns | nouns, listed.fixed_objects)


def add_institutions_acted_on(state: Resolution) -> None:
    """A group mention for each institution of `data/institutions.tsv` the Doc names by its
    common noun as what an act of force, coercion or law is done to (see the module docstring)."""
    table = institutions()
    for index in token_indices(state.doc, LOWER, institution_ids()):
        token = state.doc[index]
        row = table[token.lower_]
        if not state.free(index, index + 1):
            continue
        if not _acted_on(state, token, force_acts()):
            continue
        start = _institution_start(state, token)
        span = state.doc[start : token.i + 1]
        country = state.places.country_in(span)
        if country is None and row.at_home:
            country = _place_country(state, _placing_words(token))
        if country is None and not row.at_home:
            continue
        state.add(
            start,
            token.i + 1,
            {
                "kind": "group",
                "country": country,
                "sector": row.sector,
                "actor_id": f"{country}:{row.sector}" if country else None,
                "rule": INSTITUTION_RULE,
            },
        )


def _institution_start(state: Resolution, token: Token) -> int:
    """Where an institution's mention starts: at the first word its phrase holds before it that
    is no article or figure ("the Indian embassy", "Gaza's main hospital"), when no step took
    those words; else at the noun."""
    words = [w for w in token.lefts if w.dep_ not in UNNAMING_DEPS]
    start = words[0].left_edge.i if words else token.i
    return start if state.free(start, token.i) else token.i


def _placing_words(token: Token) -> list[Token]:
    """The words of the "in" phrases on the institution's noun or on what it owns ("the school's
    dormitory in Lagos"), or on the verb either is the object of (the parser hangs "in Idlib" of
    "shelled a hospital in Idlib" on either)."""
    nouns = [token] + [owned for owned in [_owned(token)] if owned is not None]
    holders = nouns + [n.head for n in nouns if n.dep_ in VERB_SLOTS]
    # "sealed off the campus in Tehran": the parse's particle stands between the noun and its verb
    holders += [n.head.head for n in nouns if n.dep_ == "pobj" and n.head.lower_ in OBJECT_PARTICLES]
    return [
        t
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in PLACING_PREPS
        for t in prep.subtree
    ]


def _place_country(state: Resolution, tokens: list[Token]) -> str | None:
    """The country of the first place of `tokens` that names a state's ground: a capital too ("a
    mosque in Paris": `Places.country_in` leaves capitals out, which stand for governments as
    subjects, never after "in"), not an organisation of states."""
    for token in tokens:
        hit = state.places.get(token.i)
        if hit is not None and hit[1].form != IGO_FORM:
            return hit[1].code
    return None


def add_organisations_acted_on(state: Resolution) -> None:
    """A group mention for each unlisted organisation the Doc names as what an act is done to,
    or as its owner (see the module docstring)."""
    for ent in entities(state.doc):
        if ent.label_ != ORG_LABEL:
            continue
        span = _name(ent)
        if span is None or not state.free(span.start, span.end) or gazetteer_names(state, span):
            continue
        if _person_shaped(state, span) or not _acted_on(state, span.root, acts()):
            continue
        start, country = _placed(state, span)
        state.add(
            start,
            span.end,
            {
                "kind": "group",
                "country": country,
                "sector": _sector(state, span),
                "name": span.text,
                "actor_id": organisation_id(span.text),
                "rule": RULE,
            },
        )


def _name(ent: SpacySpan) -> SpacySpan | None:
    """The name in the entity (no leading article, no possessive), when it is written as a name,
    holds no figure ("the BlackBerry Q10" is a phone, "EB-5" a visa) and names no building ("the
    World Trade Center": the place an attack falls on, `name_words.tsv` kind building)."""
    span = strip_possessive(strip_leading_article(ent))
    if not span[0].text[:1].isupper() or any(c.isdigit() for c in span.text):
        return None
    return None if span[-1].lower_ in name_words("building") else span


def _person_shaped(state: Resolution, span: SpacySpan) -> bool:
    """A name with no word of an organisation's, a firm's or a building's that starts with a given
    name or holds a word the article names a person by: "Nicola Sturgeon" tagged ORG."""
    if any(t.lower_ in name_words(kind) for kind in NOT_A_PERSON_KINDS for t in span):
        return False
    return is_given_name(span[0].lower_) or any(name_key(t.text) in state.name_parts for t in span)


def _acted_on(state: Resolution, token: Token, found: Acts) -> bool:
    """Does the phrase `token` heads stand as what an act of `found` is done to, or as the owner
    of that?"""
    while token.dep_ in STANDING_IN_DEPS and token.head.i < token.i:
        token = token.head  # "fined Boeing and Airbus", "sanctioned the telecoms giant Huawei"
    owned = _owned(token)
    return _done_to(token, found) or (
        owned is not None and state.free(owned.i, owned.i + 1) and _done_to(owned, found)
    )


def _done_to(token: Token, found: Acts) -> bool:
    """Is `token` what an act of `found` is done to (see the header of `data/acted_on.tsv`)?"""
    head = token.head
    if token.dep_ == "nmod" and head.dep_ == "dobj" and any(c.dep_ == "nummod" for c in head.children):
        token, head = head, head.head  # "fined Microsoft 2.4 billion euros": the parser's noun modifier
    if token.dep_ in VERB_SLOTS:
        # "attacked this ship about 1100 hrs IST", "Courtesy of ADN: a woman has been indicted": a
        # second object or passive subject is the parser's error
        return head.lower_ in found.verbs and not (
            token.dep_ in SOLE_SLOTS and any(c.dep_ == token.dep_ and c.i != token.i for c in head.children)
        )
    # "sealed off the campus": the parse may take the particle for a preposition or hang the
    # object on it
    particle = head.dep_ == "prt" and head.lower_ in OBJECT_PARTICLES
    if token.dep_ != "pobj" or (head.dep_ != "prep" and not particle):
        return False
    act, prep = head.head, head.lower_
    # "filed a lawsuit against Google": the parser hangs the noun's preposition on the verb
    objects = [c for c in act.children if c.dep_ == "dobj"]
    # a verb with an object of its own is done to that: "killed his girlfriend on the campus"
    # says where, not whom
    acting = act.lower_ in found.verbs and not objects
    if prep in ACT_PREPS and (acting or any(n.lower_ in found.nouns for n in [act, *objects])):
        return True
    if prep in OBJECT_PARTICLES and acting and head.i == act.i + 1:
        return True
    fixed = found.fixed_objects.get(act.lower_)
    return (
        fixed is not None
        and prep in FIXED_OBJECT_PREPS
        and any(c.dep_ == "dobj" and c.lower_ == fixed for c in act.children)
    )


def _owned(token: Token) -> Token | None:
    """The thing `token` names the owner of: "Huawei's offices", "the offices of Huawei", "the
    Huawei offices" (a place or a building of role_words.tsv's `ground` class: "the Boeing crash"
    is no crash Boeing owns), "a depot owned by Maersk"."""
    head = token.head
    if token.dep_ == "poss" or (token.dep_ == "compound" and head.lower_ in ground_forms()):
        return head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        return head.head
    if token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lower_ in OWNING:
        return head.head.head if head.head.dep_ == "acl" else None
    return None


def _sector(state: Resolution, span: SpacySpan) -> str | None:
    """What its head word or an appositive says, else none for a political or civic body's head
    word, else a company's (see the module docstring)."""
    said = head_sector(span) or appositive_sector(state, span)
    if said is not None:
        return said
    head = span.root if span.root.text[:1].isupper() else span[-1]
    return None if head.lower_ in name_words("organisation") else COMPANY


def _placed(state: Resolution, span: SpacySpan) -> tuple[int, str | None]:
    """Where the mention starts, and its country: the one its own words name; else the one the
    words before it in its phrase name, which the mention takes in ("China's Huawei", "Chinese
    telecoms giant Huawei": Huawei of China, no second actor beside it) when no step took them;
    else the one a noun in apposition names ("Huawei, the Chinese firm")."""
    own = state.places.country_in(span)
    if own is not None:
        return span.start, own
    doc = state.doc
    root = span.root
    first = root.left_edge.i + (root.left_edge.dep_ == "det")  # "the Chinese firm": no "the"
    before = list(doc[first : span.start])
    country = state.places.country_in(before)
    if country is not None:
        return (before[0].i if state.free(before[0].i, span.start) else span.start), country
    words = [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
    if root.dep_ == "appos":
        words += doc[root.head.left_edge.i : root.head.i + 1]
    return span.start, state.places.country_in(words)
