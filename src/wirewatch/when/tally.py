"""A tally of past acts in the perfect: background, not the day's news (issue 11).

The present perfect tells the day's news ("Police have arrested 12 people", one operation whose
persons are counted), and also a record: "The U.N. has passed five Security Council resolutions
and had a General Assembly vote condemning Pyongyang", "the air force has carried out dozens of
strikes". A count on the acts themselves, or on what they issue, sums acts done at many times the
text does not name; none of them is of the publication day. So an event

- with no date read from an expression of its own (precision `publication`, or a date inferred),
- done, told in the present perfect (`when.narrative.in_the_perfect`; the past perfect is
  background already) and not bounded by a phrase of "since" (a span up to now: "has carried out 30
  strikes since Monday" is a time the text gives; a clause, "since the war began", gives none),

is undated when its verb, or a verb it is conjoined to with no subject of its own (a list of past
acts: "has passed five resolutions and had a vote condemning ..."), takes an object that counts acts
or their products: a number, or a `tally` word of `data/time_words.tsv` ("dozens of", "several"),
on a codebook event noun ("strikes", "tests") or a `product` noun ("resolutions", "complaints"). A
count of persons or things ("12 people", "30 rifles") counts no acts: one operation may take them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirewatch.model import Event, Inference
from wirewatch.when.attach import SUBJECT_DEPS, trigger_token
from wirewatch.when.narrative import TOLD, has_past_perfect_auxiliary, perfect_verb, told_verb
from wirewatch.when.retold import event_noun_types
from wirewatch.when.words import load_time_words, tally_words

# Dependency labels of a verb's object, and of a noun a tally word counts ("dozens of strikes").
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
SINCE = "since"


def told_as_a_tally(doc: Doc, event: Event) -> bool:
    """True when `event`, done and with no date read from the text, is told in the present perfect as
    one of a count of past acts ("has passed five resolutions", "has carried out dozens of strikes")."""
    inferred = Inference.STORY_TIME | Inference.RETOLD
    if event.modality not in TOLD or (
        event.date_precision != "publication" and not event.inferences & inferred
    ):
        return False
    verb = told_verb(doc, event)
    if verb is not None and verb.lower_ in tally_words()[0] and verb.dep_ in OBJECT_DEPS:
        verb = verb.head  # "has carried out dozens of strikes": the parse hangs the strikes from "dozens"
    if verb is None or not perfect_verb(verb):
        return False
    verbs = _list_of_acts(verb)
    if any(has_past_perfect_auxiliary(v) or any(_since(c) for c in v.children) for v in verbs):
        return False
    return any(_counts_acts(c) for v in verbs for c in v.children if c.dep_ in OBJECT_DEPS)


def _list_of_acts(verb: Token) -> list[Token]:
    """`verb`, the verbs it is conjoined to with no subject of its own, and those conjoined to it so."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i and not _has_subject(head):
        head = head.head
    return [head, *(c for c in head.children if c.dep_ == "conj" and not _has_subject(c))]


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _since(token: Token) -> bool:
    """True when `token` is a phrase of "since": a span up to now from a time bounds the perfect ("since
    Monday"). A clause of "since" ("has made 32 visits to the site since its renovation began") names
    a happening, not a time: the acts counted over it are of many days, none of them the report's."""
    return token.lower_ == SINCE


def _counts_acts(noun: Token) -> bool:
    """True when `noun` is a count of acts or of their products: "five resolutions", "six nuclear
    tests", "dozens of strikes" (the tally word's "of" phrase), "several warnings"."""
    tallies = tally_words()[0]
    if noun.lower_ in tallies:
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(_of_acts(n) for n in c.children if n.dep_ == "pobj")
            for c in noun.children
        )
    return _of_acts(noun) and any(_a_count(c, tallies) for c in noun.children)


def _of_acts(noun: Token) -> bool:
    """True when `noun` names acts or what they issue (an event noun, a `product` noun)."""
    return noun.lower_ in event_noun_types() or noun.lower_ in tally_words()[1]


def _a_count(token: Token, tallies: frozenset[str]) -> bool:
    """True when `token` counts more than one of its noun ("five", "26", "several")."""
    if token.dep_ == "nummod":
        number = load_time_words().number(token.lower_)
        return number is None or number > 1
    return token.dep_ == "amod" and token.lower_ in tallies


# The types of acts done in words, each made at one time: a plural of them is many utterances.
UTTERED_TYPES = frozenset({"THREATEN", "ACCUSE", "DEMAND", "REJECT"})


def told_as_a_run_of_utterances(doc: Doc, event: Event) -> bool:
    """True when `event`, given only the publication date, is a plural codebook noun of an act done in
    words with its author as possessor ("Beijing dismissed the senator's threats to impose tariffs",
    "responded to the opposition's accusations"): threats, accusations or demands made at many times
    the text does not name, before the clause that tells of them; none of them is of the publication
    day. One ("the senator's threat") keeps the publication date, as an act with a time of its own
    ("the senator's threats on Monday") keeps that."""
    if (
        event.date_precision != "publication"
        or event.modality not in TOLD
        or event.plover not in UTTERED_TYPES
    ):
        return False
    trigger = trigger_token(doc, event)
    if trigger is None or not trigger.lower_.endswith("s"):
        return False
    nouns = event_noun_types()
    singular = trigger.lower_[:-1]
    return trigger.lower_ in nouns and singular in nouns and any(c.dep_ == "poss" for c in trigger.children)
