"""Place names the small model tags as something else, or leaves inside another name.

The model knows "Moscow"; it often does not know "Winnipeg" or "Aleppo" and gives them any
label (ORG, PRODUCT, NORP, even DATE), and a place that begins or ends an organisation's
name ("the Winnipeg Free Press", "CBC Toronto", "the University of Manitoba", "Kentucky
State Police") is only part of that entity. Both name a place all the same: the paper is
in Winnipeg, the police are Kentucky's, and the place is evidence of where the story is.

- A **stray label**: an entity tagged NORP that is no nation's adjective, or DATE, TIME,
  LANGUAGE, PRODUCT, EVENT or WORK_OF_ART, whose whole text is a place's own name and
  holds no word of time ("in March" is not the town of March), is read as that place.
- A **name taken for an organisation or a person** (ORG, PERSON) is read as a place when a
  preposition of place, origin or destination introduces it ("in Edmonton", "from
  Churchill", "travelled to Winnipeg"), or "of" after a person or a place word ("James
  Suver, 25, of Columbia", "the neighbourhoods of Aleppo").
- An **inner name**: within a longer entity of another kind, a run of capitalised words
  that leads the run (or follows only acronyms: "CBC Toronto") and is the name of a
  country, a first-level division or a city (a town only in a division the article names;
  never a demonym), and not a word of `place_words.tsv` kind `org` (common
  words of organisations' names that are also the name of some city: "Police", "Union").

- A **bare name**: a run of capitalised words the model left outside every entity, not
  capitalised by its position (a sentence's or a quotation's first word), read as inner
  names are, and only as a division or a city of 100,000 or more ("Winnipeg police said").

Each is looked up by the place's own name only (`OWN_NAME` in `where.resolve`).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_LOWER
from spacy.tokens import Doc, Span, Token

from wirewatch.doctools import capitalised_indices
from wirewatch.gazetteer.words import name_words, place_words
from wirewatch.when.words import load_time_words, time_nouns
from wirewatch.where.phrases import event_words

# Labels the model gives a place it does not know for no reason of the place's own.
STRAY_LABELS = frozenset({"NORP", "DATE", "TIME", "LANGUAGE", "PRODUCT", "EVENT", "WORK_OF_ART"})
# Labels of a name that may really be a place when a preposition of place introduces it.
TAKEN_LABELS = frozenset({"ORG", "PERSON"})
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC"})
# Entities that may hold a place's name inside a longer name of their own.
# Not a longer place name: a country inside one is another place ("Mexico" in "New
# Mexico", "Azerbaijan" in "East Azerbaijan"), so place names are matched whole.
HOLDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
# Kinds a name inside another may be besides a town in a division the article names (see
# `where.resolve`); a continent inside a name is mostly an adjective ("European Union").
INNER_KINDS = frozenset({"country", "admin1", "city"})
# What a capitalised word right after is capitalised for: a sentence end, an opening quote.
SENTENCE_OPENERS = frozenset(
    {".", "!", "?", ":", ";", '"', "\u201c", "\u2018", "'", "(", "-", "\u2014", "\u2013"}
)
# A bare capitalised word the model left outside every entity is read as a city only when
# the city is this big: smaller namesakes of common words are many ("Most", "Liberal").
MIN_BARE_CITY_POPULATION = 100_000
# The longest place name looked for inside another entity, in words ("Rio de Janeiro").
MAX_INNER_WORDS = 4


def is_timeless(span: Span) -> bool:
    """True when no word of `span` is a digit or a word of time ("March", "Sunday", "Today")."""
    time_words = time_nouns() | frozenset(load_time_words().table("day"))
    return not any(t.like_num or t.lower_ in time_words for t in span)


def is_org_word(span: Span) -> bool:
    """True when every word of `span` is a common word of organisations' names ("Union")."""
    org_words = place_words("org")
    return all(t.lower_ in org_words for t in span if not t.is_punct)


def introducing_prepositions() -> frozenset[str]:
    """Prepositions after which a capitalised name is a place rather than an organisation."""
    return place_words("locative") | place_words("origin") | event_words("destination")


def _of_a_person_or_place(of: Token) -> bool:
    """ "James Suver, 25, of Columbia", "the villages of Foua": "of" after a person's name,
    a number (an age), or a place word."""
    head = of.head
    if head.ent_type_ == "PERSON" or head.like_num:
        return True
    return head.lower_ in event_words("place_noun")


def heads_an_office(span: Span) -> bool:
    """True when the word after `span` is an office or body of a place ("Montreal Mayor
    Denis Coderre", "the Quebec government"): the name is that place's, whatever the model
    tagged it as."""
    if span.end >= len(span.doc):
        return False
    after = span.doc[span.end].lower_.rstrip(".")
    return after in place_words("local_office") | place_words("division_office")


def is_introduced(span: Span) -> bool:
    """True when a preposition of place, origin or destination introduces `span`, or "of"
    after a person or a place word."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    if root.head.lower_ == "of":
        return _of_a_person_or_place(root.head)
    return root.head.lower_ in introducing_prepositions()


def is_listed_with_a_place(span: Span) -> bool:
    """True when `span` is coordinated with a name the model tagged as a place: "flights
    into Darfur and Malakal", "the states of Bihar and Uttar Pradesh" (the second name taken
    for an organisation)."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [t for t in root.children if t.dep_ == "conj"]
    return any(t.ent_type_ in PLACE_ENTITY_LABELS and not span.start <= t.i < span.end for t in partners)


def _runs(span: Span) -> Iterator[list[Token]]:
    """Runs of capitalised words of `span` ("Kentucky State Police": one run of three)."""
    run: list[Token] = []
    for token in span:
        if token.text[:1].isupper() and token.is_alpha:
            run.append(token)
            continue
        if run and (_joins(token) or _particle_inside(token, span)):
            continue  # "KwaZulu-Natal", "Ceamurlia de Jos": one name, "Natal", "Jos" lead none
        if run:
            yield run
        run = []
    if run:
        yield run


def _particle_inside(token: Token, span: Span) -> bool:
    """A lower-case name particle between two capitalised words of the span ("de" of
    "Ceamurlia de Jos", "do" of "Rio Grande do Sul")."""
    following = token.i + 1
    return (
        token.is_lower
        and token.lower_ in name_words("particle")
        and following < span.end
        and token.doc[following].text[:1].isupper()
    )


def _may_start(run: list[Token], first: int) -> bool:
    """A place name leads the run of words it modifies ("Kentucky State Police", "Toronto
    General Hospital"), or follows only acronyms ("CBC Toronto"): English names put the head
    last, so a place name's last word ending a longer name is that name's ("Stoke
    Newington", "Brooke Henderson"), not the place."""
    return all(t.is_upper and len(t) > 1 for t in run[:first])


def bare_names(doc: Doc) -> Iterator[tuple[int, int]]:
    """Capitalised words the model left outside every entity ("Winnipeg police said",
    "a Tabriz resident"): each run of them, for the caller to look up whole or, as with
    names inside entities, by a leading part. Not a sentence's first word, which is
    capitalised whatever it is, nor a word of time."""
    time_words = time_nouns() | frozenset(load_time_words().table("day"))
    run: list[Token] = []
    for i in _unnamed_cased_words(doc):
        token = doc[i]
        if run and run[-1].i != i - 1:
            yield run[0].idx, run[-1].idx + len(run[-1].text)  # a word between ends the run
            run = []
        if (
            token.text[:1].isupper()
            and not _starts_something(token)
            and token.lower_ not in time_words
            and token.lower_ not in place_words("org")
        ):
            run.append(token)
            continue
        if run:
            yield run[0].idx, run[-1].idx + len(run[-1].text)
        run = []
    if run:
        yield run[0].idx, run[-1].idx + len(run[-1].text)


def _unnamed_cased_words(doc: Doc) -> list[int]:
    """Indices of the alphabetic words outside every entity that are not all lower case, read
    from the Doc's array: the only words that may be capitalised, without a Token object for
    each of the others."""
    array = doc.to_array([ENT_TYPE, IS_ALPHA, IS_LOWER])
    if not len(array):
        return []
    found = np.flatnonzero((array[:, 0] == 0) & (array[:, 1] != 0) & (array[:, 2] == 0))
    return [int(i) for i in found]


def opening_names(doc: Doc) -> Iterator[tuple[int, int]]:
    """Names the model left outside every entity at a sentence's start, where `bare_names`
    does not look, when something besides the position says the capitals are a name's: more
    capitalised words after the first ("New South Wales reported", "Mount Royal Mayor"), or
    an office or body of a place right after one word ("Winnipeg police said", "Tabriz
    resident Amina"). Not when a capitalised word follows the run that is no office: the run
    is then part of a longer name ("the San Antonio Four"). Each run is for the caller to look
    up whole only: "Victoria Smith said" is no place, and neither is its first word."""
    offices = place_words("local_office") | place_words("division_office")
    for i in capitalised_indices(doc):
        token = doc[i]
        if token.ent_type_ or not token.is_alpha or not _starts_something(token):
            continue
        run = [token]
        for after in doc[token.i + 1 : token.i + MAX_INNER_WORDS]:
            if after.ent_type_ or not after.is_alpha or not after.text[:1].isupper():
                break
            if after.lower_ in offices | place_words("org"):
                break
            run.append(after)
        following = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
        if following is not None and following.text[:1].isupper() and following.lower_ not in offices:
            continue  # part of a longer name: the "San Antonio Four"
        if len(run) > 1 or (following is not None and following.lower_.rstrip(".") in offices):
            yield run[0].idx, run[-1].idx + len(run[-1].text)


def _starts_something(token: Token) -> bool:
    """A word capitalised by its position: a sentence's, a quotation's or a heading's first."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.text in SENTENCE_OPENERS or "\n" in before.text or before.is_space


def _joins(token: Token) -> bool:
    """A hyphen with no space on either side, inside a hyphenated name."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.text == "-" and not token.whitespace_ and before is not None and not before.whitespace_


def inner_spans(span: Span, *, whole: bool = False) -> Iterator[tuple[int, int]]:
    """Character spans of the word runs inside `span` that may be place names, longest
    first within each run; the caller keeps the first that is a place and drops overlaps.
    `whole`: the span itself may be the name (a run of bare capitalised words)."""
    org_words = place_words("org")
    for run in _runs(span):
        for size in range(min(len(run), MAX_INNER_WORDS), 0, -1):
            for first in range(len(run) - size + 1):
                words = run[first : first + size]
                if (len(words) == len(span) and not whole) or not _may_start(run, first):
                    continue
                if all(t.lower_ in org_words for t in words):
                    continue
                yield words[0].idx, words[-1].idx + len(words[-1].text)
