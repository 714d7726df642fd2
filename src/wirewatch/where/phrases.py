"""Which toponyms of a sentence say where an event happened, and how (issue 11).

A toponym says where (`WHERE`) when, in the parse, it is
- the object of a preposition of place (`place_words.tsv`, locative: "talks in Moscow");
- the destination of a going: the object of a visit or tour, or of "to" after a word of
  motion ("visited Kyiv", "a trip to Kyiv", "travelled to Kyiv", "the Kyiv visit"): the
  visited place is where the visit happens;
- where an attack lands: the object of a word of attack ("shelled Kharkiv", "Kyiv was
  struck"), or of a landing preposition after one ("strikes on Kyiv", "rockets fired into
  Israel").
It says where from (`ORIGIN`) as the object of "from" after a word of firing ("rockets
fired from Gaza"): PLOVER 2.0 locates an event where it occurred, so an attack where it
lands when that is said, else where it was launched from.

A place in a phrase that describes a noun ("Russia's consulate in Seattle", "the government
in Sudan", "deaths in Gaza") says where that noun is, not where an event happened
(`frames_event`): it places an event only when the noun is the event's own trigger, stands
itself where the event happens ("a meeting at his home in Key Biscayne", "during an attack on
a school in Gaza"), is the subject acting ("a jury in Oklahoma convicted ...") or the object
a material act lands on ("attacked a refugee camp in South Sudan"). A verbal act's object is
what it is about: the condemnation of "the bombing of a camp in South Sudan" was not made
there.

A place noun stands between a preposition and the name it is about ("in the northern city
of Kirkuk", "in the capital, Kyiv", "outside Hong Kong's parliament"): the name takes the
noun's position. A toponym in any other position (a subject, a modifier, "Iran's oil") is
an actor or a description, never the event's place. The words are in
`data/where_event_words.tsv`, as lemmas: the pipeline runs without a tagger or a
lemmatiser, so their inflections are generated as the codebook's are.
"""

from __future__ import annotations

import functools
from typing import Literal

from spacy.tokens import Span, Token

from wirewatch.datafiles import table_lines
from wirewatch.doctools import SUBJECT_DEPS
from wirewatch.errors import DataFileError
from wirewatch.events.codebook import load_irregulars, noun_inflections, verb_inflections
from wirewatch.gazetteer.words import place_words
from wirewatch.when.words import sequence_words

Role = Literal["where", "origin"]
WHERE: Role = "where"
ORIGIN: Role = "origin"
EVENT_WORD_KINDS = frozenset(
    {
        "place_noun",
        "motion",
        "destination",
        "visited",
        "launch",
        "strike",
        "landing",
        "edge",
        "live_blog",
        "during",
        "beside",
        "venue",
    }
)
# Kinds whose words are lemmas of verbs and nouns, matched in every inflection.
LEMMA_KINDS = frozenset({"place_noun", "edge", "motion", "visited", "launch", "strike", "venue"})
# "in the capital of the province of X": two place nouns are the most news stacks.
MAX_NESTING = 3
# How a name hangs from the place noun it names: "the city of Kirkuk" (pobj of "of"),
# "the capital, Kyiv" (appos), "the Gaza city of Rafah"... and a name that owns a place
# noun: "Hong Kong's parliament" (poss).
NAMING_DEPS = frozenset({"appos", "compound"})
# How a name modifies a word of visiting: "the Kyiv visit", "Kishida's Kyiv trip".
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


@functools.lru_cache(maxsize=16)
def event_words(kind: str) -> frozenset[str]:
    """Lower-case words of `data/where_event_words.tsv` of one kind; for a kind of lemmas,
    every inflection ("shelled", "strikes", "struck")."""
    words = _listed(kind)
    if kind not in LEMMA_KINDS:
        return words
    irregular = load_irregulars()
    forms = {form for form, lemma in irregular.items() if lemma in words}
    for word in words:
        forms |= verb_inflections(word) | noun_inflections(word)
    return frozenset(forms)


@functools.lru_cache(maxsize=16)
def _listed(kind: str) -> frozenset[str]:
    if kind not in EVENT_WORD_KINDS:
        raise ValueError(f"no event place word kind {kind!r}; one of {sorted(EVENT_WORD_KINDS)}")
    label, rows = table_lines("where_event_words.tsv", None, ("word", "kind"))
    words = set()
    for number, row in enumerate(rows, start=2):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != 2 or not cells[0] or cells[1] not in EVENT_WORD_KINDS:
            kinds = ", ".join(sorted(EVENT_WORD_KINDS))
            raise DataFileError(f"{label}, data row {number}: needs a word and a kind ({kinds})")
        if cells[1] == kind:
            words.add(cells[0].lower())
    return frozenset(words)


def stand_in(token: Token) -> Token:
    """The token whose position says where `token` (a place name) is: the name itself, or
    the place noun it names ("the city of Kirkuk", "the capital, Kyiv") or owns ("Hong
    Kong's parliament")."""
    nouns = event_words("place_noun") | event_words("edge")
    for _ in range(MAX_NESTING):
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in nouns:
            token = head.head
        elif _names(token, head, nouns):
            token = head
        else:
            break
    return token


def _names(token: Token, head: Token, nouns: frozenset[str]) -> bool:
    """True when `token` names its head, a place noun ("the capital, Kyiv"), or owns it, a
    noun ("Hong Kong's parliament")."""
    if token.dep_ in NAMING_DEPS:
        return head.lower_ in nouns
    return token.dep_ == "poss" and head.i != token.i


# How a name locates the venue it is written before: "a Vancouver office", "Kabul's main market".
VENUE_DEPS = frozenset({"compound", "nmod", "poss"})


def venue(span: Span) -> Token | None:
    """The building or site a place name locates by standing before it ("opened fire at a
    Vancouver office", "in a Kabul market", "shelled a Gaza school"; `venue` words of
    `data/where_event_words.tsv`): the venue's position says where the event happened, as the
    name's own would. None for a name in any other position."""
    token = stand_in(span.root)
    if token.dep_ in VENUE_DEPS and token.head.i != token.i and token.head.lower_ in event_words("venue"):
        return token.head
    return None


def venue_role(span: Span) -> Role | None:
    """How the venue a place name locates (`venue`) places the event of its phrase, if at all."""
    site = venue(span)
    return _role_of(site) if site is not None else None


def beside(span: Span) -> bool:
    """True when a preposition of nearness introduces the place ("near South Sudan", "outside
    Russia"): the event was by it, not in it."""
    token = stand_in(span.root)
    return token.dep_ == "pobj" and token.head.lower_ in event_words("beside")


def in_a_place_phrase(token: Token) -> bool:
    """True when `token` (a place's `stand_in`) is the object of a preposition of place or of
    origin ("in Novi Sad", "speaking from São Paulo state")."""
    return token.dep_ == "pobj" and token.head.lower_ in place_words("locative") | place_words("origin")


def place_role(span: Span) -> Role | None:
    """How the toponym `span` places the event its phrase belongs to, if at all."""
    return _role_of(stand_in(span.root))


def _role_of(token: Token) -> Role | None:
    """How a place (or a noun) in `token`'s position places the event of its phrase."""
    head = token.head
    if token.dep_ == "pobj":
        if head.lower_ == "on" and token.lower_ in event_words("edge"):
            return WHERE  # "on the outskirts of Paris"
        return _after_preposition(head.lower_, head.head.lower_)
    if token.dep_ in ("dobj", "nsubjpass") and head.lower_ in event_words("strike"):
        return WHERE  # "shelled Kharkiv", "Kyiv was struck overnight"
    if token.dep_ == "dobj" and head.lower_ in event_words("visited"):
        return WHERE  # "visited Kyiv", "toured Gaza"
    if token.dep_ in MODIFIER_DEPS and head.lower_ in event_words("visited"):
        return WHERE  # "the Kyiv visit"
    return None


def _after_preposition(preposition: str, word: str) -> Role | None:
    """The role of a preposition's object, given the word the preposition hangs from."""
    if preposition in place_words("locative"):
        return WHERE
    if preposition in event_words("destination") and word in event_words("motion"):
        return WHERE
    attack = event_words("strike") | event_words("launch")
    if preposition in event_words("landing") and word in attack:
        return WHERE
    if preposition in place_words("origin") and word in event_words("launch"):
        return ORIGIN
    return None


# Dependency labels a noun takes (the pipeline runs without a tagger: a noun is known by its
# label); a conjunct is what its first conjunct is.
NOUN_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative", "oprd", "npadvmod", "poss", "nmod"}
)
# A place hangs from nouns within nouns this deep at most ("the bombing of a camp in ...").
MAX_NOUN_STEPS = 4


def _noun_like(token: Token) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in NOUN_DEPS


def _in_a_where_position(token: Token) -> bool:
    """True when a noun stands where something happens: a place role's position ("at his
    home", "an attack on a school", "shelled the camp"), or "during" an event."""
    if token.dep_ == "pobj" and token.head.lower_ in event_words("during"):
        return True
    return _role_of(token) is not None


def frames_event(place: Token, own: set[int], material: bool, *, any_act: bool = False) -> bool:
    """True when the phrase of `place` (a toponym's `stand_in`) may say where the event of the
    tokens `own` (its trigger and the trigger's verb) happened. A phrase on a verb may (which
    event it is decided by `when.attach`); one describing a noun only as the module says
    (`material`: the event is a material act, PLOVER quad class 2 or 4). With `any_act`, where
    some act of the sentence happened: a noun any verb acts on or with frames it ("attacked
    students putting up posters in Novi Sad"), one inside another noun does not."""
    token = place
    for _ in range(MAX_NOUN_STEPS):
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            return True
        noun = _whole_noun(token.head.head)
        if noun.i in own or noun.i == token.head.i or not _noun_like(noun):
            return True
        if _in_a_where_position(noun):
            token = noun
            continue
        return _frames(noun, own, material) or (any_act and _acted_on(noun))
    return False


def subject_described(place: Token) -> Token | None:
    """The subject of a verb that the phrase of `place` (a toponym's `stand_in`) describes,
    through nouns within nouns ("Officials in Washington said", "the commissioner of a county
    in Unity state said": the officials, the commissioner), if any."""
    token = place
    for _ in range(MAX_NOUN_STEPS):
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            return None
        noun = _whole_noun(token.head.head)
        if noun.i == token.head.i or not _noun_like(noun):
            return None
        if noun.dep_ in SUBJECT_DEPS:
            return noun
        token = noun
    return None


def _acted_on(noun: Token) -> bool:
    """True when `noun` is a verb's subject or object ("students putting up posters in ...")."""
    return noun.dep_ in (*SUBJECT_DEPS, "dobj") and not _noun_like(noun.head)


def _whole_noun(noun: Token) -> Token:
    """The noun phrase a noun heads or is part of: "the headquarters of the Union", "Fakhura,
    a girls' school" stand where their head noun stands."""
    while noun.head.i != noun.i:
        if noun.dep_ == "appos":
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.dep_ == "prep":
            noun = noun.head.head
        else:
            break
    return noun


def _frames(noun: Token, own: set[int], material: bool) -> bool:
    """True when `noun`, which a place describes, is where the event of `own` acts: its
    subject; its object when the act is material (or the object of a verb whose clause holds
    the event: "crashed the party in Vancouver, killing ..."); the companion of its meeting
    ("a meeting with Magruder at his home in ...")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in sequence_words():
        return False  # "arrested hours after the shootings at an office in Detroit": another act
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.i in own:
        return material or verb.lower_ == "with"
    framing = verb.i in own or any(verb in noun.doc[i].ancestors for i in own)
    if noun.dep_ in SUBJECT_DEPS:
        return framing
    if noun.dep_ == "dobj":
        return framing and (material or verb.i not in own)
    return False
