"""A private person's sector from their part in a crime story (issue 11).

Crime and court stories name private people with no title: the suspect, the gunman, the
accused, the one they killed. CAMEO codes the first as criminals (CRM) and the victim as a
civilian (CVL); with no sector they drop out of every sector count. One rule reads it: a named
person whom neither title, description nor the knowledge base gives a sector takes the sector
of their part in a verb of `data/crime_roles.tsv` anywhere in the article ("Police arrested
Ada Kerr on suspicion of murder": Kerr is CRM in every mention), the criminal's part winning
over the victim's. Legal verbs count only in a sentence that names a crime
(`data/crime_words.tsv`), so that one arrested at a protest stays no criminal; violent verbs
only with a person as their object, so that "shot a video" gives no role.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Token

from wirewatch.actors.lexicon import CIVILIAN
from wirewatch.actors.state import Resolution
from wirewatch.datafiles import table_lines
from wirewatch.doctools import token_indices
from wirewatch.errors import DataFileError
from wirewatch.events.accidents import struck_down
from wirewatch.events.codebook import all_verb_forms
from wirewatch.model import name_key

CRIMINAL = "CRM"
POLICE = "COP"
GOVERNMENT = "GOV"
# The state's bodies named by no office (`data/sectors.tsv` reads them GOV): when they arrest
# someone for a crime, they are its police (CAMEO COP), as "police arrested" would say.
GENERIC_BODIES = frozenset({"authorities", "officials"})
ROLES = ("subject", "object")
NEEDS = ("crime", "person", "-")
# An active subject: the doer a passive subject never is ("was shot" names the one shot).
DOER_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# a verb that goes on from another with no subject of its own has that verb's subject: an
# adverbial clause's ("opened fire at the party, killing the chief executive"), a conjunct's
# only after another verb of the table ("shot and killed her"; "Lynch has a tough job ... and
# kill Thomas" is the parser's error, no deed of the lawyer's)
ADVERBIAL = "advcl"
PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "me", "us", "you"})


class CrimeRole(NamedTuple):
    verb: str  # the lemma
    particle: str  # the word of its object that the row needs ("fire" of "open fire"), or ""
    role: str
    sector: str
    needs: str


@functools.cache
def crime_roles() -> tuple[CrimeRole, ...]:
    """The rows of `data/crime_roles.tsv`; a malformed line is named in the error."""
    label, rows = table_lines("crime_roles.tsv", None, ("verb", "role", "sector", "needs"))
    out = []
    for number, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != 4 or cells[1] not in ROLES or cells[3] not in NEEDS:
            raise DataFileError(f"{label}: data line {number} is malformed: {cells}")
        verb, _, particle = cells[0].partition(" ")
        out.append(CrimeRole(verb, particle, cells[1], cells[2], cells[3]))
    return tuple(out)


@functools.cache
def crime_words() -> frozenset[str]:
    """The words of `data/crime_words.tsv`."""
    _, rows = table_lines("crime_words.tsv", None, ("word",))
    return frozenset(row.strip().lower() for row in rows)


def add_crime_roles(state: Resolution) -> None:
    """Give each private person of no sector the sector of their part in a crime: CRM when any of
    their parts is the criminal's, else CVL. The person becomes `described`, so that every
    mention of them takes it (`people._described_throughout`)."""
    found: dict[str, str] = {}
    for token, sector in _parts(state):
        if sector == POLICE:
            continue  # a body's part (`police_the_arresting_bodies`), after the groups are read
        key = _private_person_at(state, token, sector)
        if key is not None and found.get(key) != CRIMINAL:
            found[key] = sector
    for token in _cleared(state):
        key = _private_person_at(state, token, CRIMINAL)
        if key is not None:
            found[key] = CIVILIAN  # "exonerated Ada Kerr, convicted of arson in 1990"
    for key, sector in found.items():
        state.persons[key].sector = sector
        state.described.add(key)
    for k, mention in enumerate(state.mentions):
        key = name_key(mention.name) if mention.kind == "person" and mention.name else None
        if key is not None and found.get(key) == CRIMINAL and mention.sector == CIVILIAN:
            state.mentions[k] = replace(mention, sector=CRIMINAL)


def crime_roles_through_pronouns(state: Resolution) -> None:
    """A private person whom a crime's verb names only by a pronoun ("When the cashier, Lena Ortiz,
    stood up, the gunman shot her") takes that part's sector as a name there would give it
    (`add_crime_roles`): in every mention of them, the criminal's part winning. Run after the
    pronouns are resolved, which tells whose the pronoun is."""
    found: dict[str, str] = {}
    for token, sector in _parts(state, asserted=True):
        if sector != POLICE and token.lower_ in PERSONAL_PRONOUNS:
            key = _private_person_by_pronoun(state, token)
            if key is not None and found.get(key) != CRIMINAL:
                found[key] = sector
    for key, sector in found.items():
        state.persons[key].sector = sector
    for k, mention in enumerate(state.mentions):
        key = name_key(mention.name) if mention.kind == "person" and mention.name else None
        if key in found and mention.sector is None:
            state.mentions[k] = replace(mention, sector=found[key])


def _private_person_by_pronoun(state: Resolution, token: Token) -> str | None:
    """The key of the private person of no sector a pronoun at `token` was resolved to."""
    return _private_person_named_at(state, token, frozenset({None}), bare_mention=True)


# Auxiliaries that leave a deed undone: "officers would need to kill him", "he could shoot her".
UNDONE_AUXILIARIES = frozenset(
    {"to", "would", "could", "might", "may", "will", "shall", "should", "can", "must"}
)


# Conditions: "if he shot her", "in the event she was injured".
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
CONDITION_NOUNS = frozenset({"event", "case"})


def _undone(verb: Token) -> bool:
    chain = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    if any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in UNDONE_AUXILIARIES for v in chain for c in v.children
    ):
        return True
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
        return True
    if any(g.lower_ in CONDITION_NOUNS for p in verb.children if p.dep_ == "prep" for g in p.children):
        return True  # "In the event she was injured" as the parse hangs it
    return verb.dep_ in ("acl", "relcl", "ccomp") and verb.head.lower_ in CONDITION_NOUNS


def _parts(state: Resolution, asserted: bool = False) -> Iterator[tuple[Token, str]]:
    """(argument token, sector) for every row of the table a verb of the document fits; only the
    deeds done when `asserted` (no "would need to kill him")."""
    by_form = _rows_by_form()
    for i in token_indices(state.doc, LOWER, _form_ids(legal=False)):
        verb = state.doc[i]
        if asserted and _undone(verb):
            continue
        for row in by_form[verb.lower_]:
            if _fits(verb, row):
                for argument in _arguments(verb, row.role):
                    yield argument, row.sector


@functools.cache
def _rows_by_form() -> dict[str, list[CrimeRole]]:
    """The rows of each form of their verbs ("shot", "shooting": shoot); the parser's lemmas
    are not read, as the event rules read none."""
    by_form: dict[str, list[CrimeRole]] = {}
    for row in crime_roles():
        for form in all_verb_forms(frozenset({row.verb})):
            by_form.setdefault(form, []).append(row)
    return by_form


@functools.cache
def done_to_forms() -> frozenset[str]:
    """The forms of the verbs whose object the table gives a part ("arrested", "shot"): what they
    are done to is a party of the story, whoever it is (`groups._sentence_owner`)."""
    by_form = _rows_by_form()
    return frozenset(form for form, rows in by_form.items() if any(row.role == "object" for row in rows))


def done_to(token: Token) -> bool:
    """Whether `token` is what a verb of the table is done to: its object or its passive subject
    ("police arrested a journalist", "a lawyer was shot"), not denied ("did not arrest")."""
    verb = token.head
    return (
        token.dep_ in OBJECT_DEPS
        and verb.lower_ in done_to_forms()
        and not any(c.dep_ == "neg" for c in verb.children)
    )


@functools.lru_cache(maxsize=2)
def _form_ids(legal: bool) -> frozenset[int]:
    """The string ids of the verb forms of the rows (only of those that need a crime named when
    `legal`), to find the verbs in a Doc's array (`token_indices`)."""
    return frozenset(
        get_string_id(form)
        for form, rows in _rows_by_form().items()
        if not legal or any(row.needs == "crime" for row in rows)
    )


def _fits(verb: Token, row: CrimeRole) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "did not pull the trigger": no one's deed
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if row.particle and not any(o.lower_ == row.particle for o in objects):
        return False
    if row.needs == "crime":
        return any(t.lower_ in crime_words() for t in verb.sent)
    if row.needs == "person":
        # "struck and killed her" with no weapon named is a road death (`events.accidents`), the
        # driver no gunman
        return any(_a_person(o) for o in objects) and not struck_down(verb)
    return True


def _a_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in PERSONAL_PRONOUNS


def _arguments(verb: Token, role: str) -> list[Token]:
    if role == "object":
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        return _with_conjuncts(objects or _fronted_participle_subjects(verb) or _participle_modified(verb))
    doers = [c for c in verb.children if c.dep_ in DOER_DEPS]
    doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    chained = verb.dep_ == ADVERBIAL or (verb.dep_ == "conj" and verb.head.lower_ in _rows_by_form())
    if not doers and chained:
        doers = [c for c in verb.head.children if c.dep_ in DOER_DEPS]
    return _with_conjuncts(doers)


def _with_conjuncts(arguments: list[Token]) -> list[Token]:
    """Each argument with the names coordinated with it: "charged Ada Kerr and Tom Bly with the
    murder" charges both, though the parse hangs the second on the first as a conjunct."""
    out = list(arguments)
    for argument in arguments:
        out += [t for t in argument.conjuncts if t not in out]
    return out


def _fronted_participle_subjects(verb: Token) -> list[Token]:
    """A past participle that opens its sentence with no subject or object of its own is passive,
    and what it tells is done to the subject of the clause it leads into: "Convicted of murder,
    Ada Kerr faces life in prison" (the parse gives no tags, so the form tells: no "-ing")."""
    if verb.dep_ != ADVERBIAL or verb.i > verb.head.i or verb.lower_.endswith("ing"):
        return []
    if any(c.dep_ in DOER_DEPS | OBJECT_DEPS for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in DOER_DEPS | OBJECT_DEPS and c.i > verb.i]


def _participle_modified(verb: Token) -> list[Token]:
    """A past participle that follows a noun as its modifier is passive, and tells what was done
    to that noun: "Ada Kerr, 31, charged with the robbery, was refused bail" (a reduced relative
    clause, the parser's "acl"; "-ing" forms are the noun's own deeds)."""
    if verb.dep_ != "acl" or verb.i < verb.head.i or verb.lower_.endswith("ing"):
        return []
    if any(c.dep_ in DOER_DEPS | OBJECT_DEPS for c in verb.children):
        return []
    return [verb.head]


def police_the_arresting_bodies(state: Resolution) -> None:
    """The generic state body that arrests for a crime ("Authorities arrested him on Tuesday on
    a charge of arson") is the police of its state: COP in place of the GOV its word gives. Run
    after the groups step, which reads such bodies."""
    for token, sector in _parts(state):
        if sector == POLICE and token.lower_ in GENERIC_BODIES:
            _resectored_group_at(state, token, GOVERNMENT, POLICE)


def criminals_the_accused_groups(state: Resolution) -> None:
    """A private person named by a common noun ("a Spiro man", "a 27-year-old woman", "five
    men") whom a legal verb's row makes the criminal ("a jury convicted a Spiro man of murder",
    "a man suspected of the shooting was arrested") is CRM in that mention, not the CVL its noun
    gives: CAMEO codes the accused and the convicted as criminals, named or not. Only the rows
    that need a crime named (arrest, charge, convict ...), so that one a gunman shot stays CVL;
    only mentions read CVL, so that a soldier or an official charged keeps their sector. Run
    after the groups step, which reads such nouns."""
    cleared = {t.i for t in _cleared(state)}
    for token, row in _legal_parts(state):
        if row.sector == CRIMINAL and token.i not in cleared:
            _resectored_group_at(state, token, CIVILIAN, CRIMINAL)


def _cleared(state: Resolution) -> list[Token]:
    """Those a clearing verdict names ("a court exonerated four women convicted of arson"): a
    legal row that makes its object a civilian (exonerate, acquit)."""
    return [t for t, row in _legal_parts(state) if row.role == "object" and row.sector == CIVILIAN]


def _legal_parts(state: Resolution) -> Iterator[tuple[Token, CrimeRole]]:
    """(argument token, row) for every row that needs a crime named and that a verb fits."""
    by_form = _rows_by_form()
    for i in token_indices(state.doc, LOWER, _form_ids(legal=True)):
        verb = state.doc[i]
        for row in by_form[verb.lower_]:
            if row.needs == "crime" and _fits(verb, row):
                for argument in _arguments(verb, row.role):
                    yield argument, row


def _resectored_group_at(state: Resolution, token: Token, was: str, now: str) -> None:
    """The group mention at `token` read `was` becomes `now`, in its sector and in its id's
    ("USA:GOV" -> "USA:COP"): a group's id is its country and sector, so the two say the same."""
    for k, mention in enumerate(state.mentions):
        if mention.kind == "group" and mention.sector == was and mention.start <= token.idx < mention.end:
            actor_id = mention.actor_id
            if actor_id is not None and actor_id.endswith(f":{was}"):
                actor_id = f"{actor_id.removesuffix(was)}{now}"
            state.mentions[k] = replace(mention, sector=now, actor_id=actor_id)


def _private_person_at(state: Resolution, token: Token, sector: str) -> str | None:
    """The key of the person a name mention at `token` names, when they are private: no sector,
    not of the knowledge base. A civilian ("the recently fired man, Eric Kerr") may still be
    found a criminal."""
    open_to = frozenset({None, CIVILIAN}) if sector == CRIMINAL else frozenset({None})
    return _private_person_named_at(state, token, open_to)


def _private_person_named_at(
    state: Resolution, token: Token, open_to: frozenset[str | None], *, bare_mention: bool = False
) -> str | None:
    """The key of the person a name mention at `token` names, not of the knowledge base, whose
    sector is one of `open_to`; with `bare_mention`, only where the mention itself has no sector."""
    at = token.idx
    for mention in state.mentions:
        if mention.kind != "person" or not mention.name or not mention.start <= at < mention.end:
            continue
        key = name_key(mention.name)
        person = state.persons.get(key)
        if person is None or person.known or person.sector not in open_to:
            continue
        if not bare_mention or mention.sector is None:
            return key
    return None
