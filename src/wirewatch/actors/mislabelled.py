"""People the small NER tags ORG: "the moderator of the first debate, Lester Holt", "Dmitry
Kiselyov, the head of RT", "Paul Riva ... Riva said".

An ORG entity of two or three capitalised words whose first is a common given name
(`data/coref_words.tsv`, classes female and male) is a person's name or a firm's, a school's or
a street's named after one ("George Washington University", "Walter Energy", "Philip Street").
It is read as a person when nothing in its words says otherwise (no word of an organisation's
name, a firm's, a street's or a building's: `data/name_words.tsv` kinds `organisation`,
`organisation_mark`, `institution` and `common`; no word of a group or place in
`data/sectors.tsv`; no place of the gazetteer), and the article treats it as one:
- it stands in apposition with a noun of a person: a title or office (`data/sectors.tsv`), a
  description of a person (`data/speaker_descriptions.tsv`) or a noun of one gender ("the
  moderator of the debate, Lester Holt", "Dmitry Kiselyov, the head of RT", "a woman, X");
- its last word alone, outside the full name, is the subject of a clause, as a person's
  surname is ("Holt asks", "Riva said"); a firm is named by its first word, if shortened;
- it is the subject of a verb, or the owner of a noun, of a person's life (`data/coref_words.tsv`,
  class personal: "X died", "X was born", "the death of X", "in memory of X");
- the model tags the same name PERSON elsewhere in the article.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from wirewatch.actors.coref import description_kinds
from wirewatch.actors.lexicon import GENERIC_TITLES, ORGANISATION_OFFICES, SectorLexicon, coref_words
from wirewatch.actors.state import APOSTROPHES, Places
from wirewatch.doctools import SUBJECT_DEPS, entities
from wirewatch.gazetteer.words import name_words

# Classes of `data/coref_words.tsv` whose words are given names (or nouns of one gender).
GENDER_CLASSES = frozenset({"female", "male"})
# A person's name the NER took for an organisation: a given name and one or two more words.
MIN_NAME_TOKENS = 2
MAX_NAME_TOKENS = 3
# Kinds of `data/name_words.tsv` whose words no person's name holds.
NOT_A_PERSON_KINDS = ("organisation", "organisation_mark", "institution", "common", "honorific")
# Kinds of `data/sectors.tsv` terms that name a body or a place, never a person's name.
GROUP_KINDS = frozenset({"group", "place"})
# The class of `data/coref_words.tsv` whose words tell that their subject or owner is a person.
PERSONAL = "personal"


def person_tagged_org(name: SpacySpan, sectors: SectorLexicon, places: Places) -> bool:
    """Whether an ORG entity (without a possessive) is a person's name (see the module docstring)."""
    titled = _after_title(name, sectors, places)
    if titled is not None and _name_shaped(titled, sectors, places):
        return True  # "the Peruvian Corporal Juan Quispe": a title says the name is a person's
    if not _name_shaped(name, sectors, places):
        return False
    return (
        _in_apposition_to_person(name, sectors)
        or _surname_as_subject(name)
        or _of_a_persons_life(name)
        or _tagged_person(name)
    )


def _name_shaped(name: SpacySpan, sectors: SectorLexicon, places: Places) -> bool:
    """Two or three capitalised words (an initial may stand between), the first a given name,
    none a word of an organisation's, a firm's or a street's name, of a group or of a place."""
    if not MIN_NAME_TOKENS <= len(name) <= MAX_NAME_TOKENS:
        return False
    first, last = name[0], name[-1]
    if not first.is_title or not first.is_alpha or coref_words().get(first.lower_) not in GENDER_CLASSES:
        return False
    if not last.is_title or len(last.text) < 2 or not last.text[-1].isalpha():
        return False
    if any(not (t.is_title or _initial(t)) for t in name):
        return False
    if any(t.lower_ in name_words(kind) for kind in NOT_A_PERSON_KINDS for t in name):
        return False
    if any(t.i in places.covered for t in name):
        return False
    return not any(_group_word(t, sectors) for t in name)


def _after_title(name: SpacySpan, sectors: SectorLexicon, places: Places) -> SpacySpan | None:
    """The words after a leading title in an entity (with "the" and the title's place before it:
    "the Colombian Sergeant Ana Ruiz" -> "Ana Ruiz"), when there is a title."""
    end = None
    for token in name:
        term = sectors.get(token.text)
        if term is not None and term.kind == "title":
            end = token.i + 1
        elif not (token.lower_ == "the" or token.i in places.covered):
            break
    return name.doc[end : name.end] if end is not None and end < name.end else None


def _initial(token: Token) -> bool:
    """ "K." of "Dmitry K. Kiselyov", "T" of "Russell T Davies"."""
    text = token.text.rstrip(".")
    return len(text) == 1 and text.isupper()


def _group_word(token: Token, sectors: SectorLexicon) -> bool:
    term = sectors.get(token.text)
    return term is not None and term.kind in GROUP_KINDS


def person_noun(token: Token, sectors: SectorLexicon) -> bool:
    """A noun that says one person: a title or office, a description of a person, a noun of
    one gender ("moderator", "head", "spokeswoman", "woman")."""
    word = token.lower_
    term = sectors.get(word)
    return (
        (term is not None and term.kind == "title")
        or description_kinds().get(word) == "person"
        or word in GENERIC_TITLES
        or word in ORGANISATION_OFFICES
        or (token.is_lower and coref_words().get(word) in GENDER_CLASSES)
    )


def _in_apposition_to_person(name: SpacySpan, sectors: SectorLexicon) -> bool:
    """ "Dmitry Kiselyov, the head of RT", "the head of RT, Dmitry Kiselyov", "the moderator of
    Monday's debate, Lester Holt" (the parser hangs such a name anywhere: the phrase before the
    comma is read up its "of" chain to the noun it describes)."""
    root = name.root
    if any(c.dep_ == "appos" and c.i >= name.end and person_noun(c, sectors) for c in root.children):
        return True
    if root.dep_ == "appos" and root.head.i < name.start and person_noun(root.head, sectors):
        return True
    doc = name.doc
    if name.start < 2 or doc[name.start - 1].text != ",":
        return False
    noun = doc[name.start - 2]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i < noun.i:
        noun = noun.head.head  # "the moderator of Monday night's first debate, Lester Holt"
    return not noun.ent_type_ and person_noun(noun, sectors)


def _surname_as_subject(name: SpacySpan) -> bool:
    """The name's last word alone, elsewhere in the article, is a clause's subject ("Holt asks
    him", "Riva said"): a person is named by the surname, a firm is not by its last word."""
    surname, before = name[-1].text, name[-2].text
    doc = name.doc
    for token in doc:
        if token.text != surname or name.start <= token.i < name.end:
            continue
        if token.i > 0 and doc[token.i - 1].text == before:
            continue  # the full name again
        if token.dep_ in SUBJECT_DEPS:
            return True
    return False


def _of_a_persons_life(name: SpacySpan) -> bool:
    """ "Bettie Page died", "was born", "the death of Keith Scott", "X's funeral": a word of a
    person's life (`data/coref_words.tsv`, class personal) says the name is a person's."""
    root = name.root
    personal = {w for w, kind in coref_words().items() if kind == PERSONAL}
    if root.dep_ in SUBJECT_DEPS:
        return root.head.lower_ in personal
    if root.dep_ == "poss":
        return root.head.lower_ in personal
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in personal


def _tagged_person(name: SpacySpan) -> bool:
    """The model tags the same name PERSON elsewhere in the article."""
    text = name.text.translate(APOSTROPHES)
    return any(
        e.label_ == "PERSON" and e.text.translate(APOSTROPHES).removesuffix("'s").strip() == text
        for e in entities(name.doc)
    )
