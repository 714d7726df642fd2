"""Officers of organisations named in a person's apposition ("Dmitry Kiselyov, the head of RT",
"X, a spokeswoman for Hamas", "Y, the chief of the Kremlin press office"): the organisation
whose country and sector the person takes (actors.people, `PeopleStep._apposed_organisation`).

An office is one that says only rank or office (`GENERIC_TITLES`, `ORGANISATION_OFFICES`,
`ORGANISATION_STAFF`) or a title of the organisation's own sector ("the editor of RT"); "a
critic of RT" holds none. The organisation is the object of the office's "of", "for" or "at"
(its own officer), or owns the body named there ("RT's parent organization", "the Kremlin press
office"); a place that stands for its government ("the Kremlin") serves as an organisation of
its country's government.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from wirewatch.actors.lexicon import (
    FORMER_WORDS,
    GENERIC_TITLES,
    ORGANISATION_OFFICES,
    ORGANISATION_STAFF,
    SectorLexicon,
)
from wirewatch.actors.organisations import Organisation
from wirewatch.actors.places import GOVERNMENT_FORMS, LEGISLATURE_FORM, LEGISLATURE_SECTOR
from wirewatch.actors.state import GOV, Resolution, preps

# Prepositions that join an office to the organisation it serves ("head of", "spokeswoman for").
OFFICE_PREPOSITIONS = ("of", "for", "at")


def organisation_in_apposition(
    state: Resolution, name: SpacySpan, sectors: SectorLexicon
) -> tuple[Organisation, Token, bool] | None:
    """The organisation an office in a name's apposition serves, the office's noun, and whether
    the office is the organisation's own ("the head of RT") or a body's it owns ("the head of
    RT's parent organization")."""
    apposed = [t for t in name.root.children if t.dep_ == "appos" and t.i >= name.end]
    for title in apposed + fronted_as_roles(name):
        found = _named_before_office(state, title, sectors)
        if found is not None:
            return found, title, True
        for obj in preps(title, OFFICE_PREPOSITIONS):
            # the owner of a body named by a common noun ("RT's parent organization", "the Kremlin
            # press office"); a name's words are no owner ("the Homeland Security Committee")
            owners = [obj] + [c for c in obj.children if c.dep_ in ("poss", "compound") and obj.is_lower]
            for owner in owners:
                organisation = body_at(state, owner)
                if organisation is not None and office_in(title, organisation, sectors):
                    return organisation, title, owner.i == obj.i
    return None


# The clauses whose subject acts in the capacity a fronted "as" says: a main clause, a reported
# one, a conjunct (an adverbial clause's "as" may tell a time since past).
AS_ROLE_CLAUSES = frozenset({"ROOT", "ccomp", "conj"})


def fronted_as_roles(name: SpacySpan) -> list[Token]:
    """The role nouns of a fronted "as" phrase of the clause the name is the subject of ("As the
    deputy head of the FBI, Kell ordered ...", "As governor, Kell signed ..."): the capacity the
    person acts in, as an apposition tells it. Not an indefinite one ("As a child, Kell ..."):
    a kind the person once was, no office."""
    verb = name.root.head
    if name.root.dep_ not in ("nsubj", "nsubjpass") or verb.i < name.end or verb.dep_ not in AS_ROLE_CLAUSES:
        return []
    phrases = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < name.start)
    return [
        role
        for prep in phrases
        for role in prep.children
        if role.dep_ == "pobj" and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in role.children)
    ]


# How the parse hangs an organisation named before its office on it: "the FBI deputy
# director", "the CIA's director", "a Hamas spokeswoman".
OWNER_BEFORE_DEPS = frozenset({"compound", "poss", "nmod"})


def _named_before_office(state: Resolution, title: Token, sectors: SectorLexicon) -> Organisation | None:
    """The organisation named right before the office in an apposition ("Ann Ross, the FBI deputy
    director", "the CIA's director"): its officer, as "the director of the FBI" is. Not a former
    one ("the former FBI official"): the office words then say what the person no longer is
    (`people._former`)."""
    if any(t.lower_ in FORMER_WORDS for t in title.lefts):
        return None
    for owner in title.lefts:
        if owner.dep_ not in OWNER_BEFORE_DEPS:
            continue
        organisation = body_at(state, owner)
        if organisation is not None and office_in(title, organisation, sectors):
            return organisation
    return None


def body_at(state: Resolution, token: Token) -> Organisation | None:
    """The organisation a token names, or the government a place's name stands for ("the
    Kremlin", "the White House": `places.GOVERNMENT_FORMS`), as an organisation of its country,
    or a state's legislature by its name ("the Knesset"), as that country's LEG."""
    organisation = state.organisations.get(token.i)
    if organisation is not None:
        return organisation
    for span, form in state.places.values():
        if not span.start <= token.i < span.end:
            continue
        if form.form in GOVERNMENT_FORMS:
            return Organisation(span.text, (), form.code, GOV)
        if form.form == LEGISLATURE_FORM:
            return Organisation(span.text, (), form.code, LEGISLATURE_SECTOR)
    return None


def office_in(title: Token, organisation: Organisation, sectors: SectorLexicon) -> bool:
    """Whether a noun names an office or a place on the staff of an organisation: one that says
    only rank or office (`GENERIC_TITLES`, `ORGANISATION_OFFICES`, `ORGANISATION_STAFF`: "head",
    "spokeswoman", "member"), or a title of the organisation's own sector ("the editor of RT");
    "a critic of RT" is none."""
    word = title.lower_
    if word in GENERIC_TITLES | ORGANISATION_OFFICES | ORGANISATION_STAFF:
        return True
    term = sectors.get(word)
    return term is not None and term.kind == "title" and term.sector == organisation.sector
