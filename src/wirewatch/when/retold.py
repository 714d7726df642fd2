"""A happening the story retells: an act with no time of its own takes the date the article gives
its kind of happening, when that date is before the story's days (issue 11).

A trial story, an obituary or a feature tells of a happening long past, dates it once ("the 2012
shooting death of his girlfriend", "an April 2007 shooting", "Horton was shot in 2011") and then
retells it without a date: "Prosecutors allege that Simpson shot Flynn", "he fired at him". The
retelling is not the day of the verdict the story is about (its last named day, `when.narrative`)
nor the publication date: it is the happening dated earlier. So an event that

- has no date of its own (precision `publication`, or the story's time inferred),
- happened and is told in the simple past (`when.narrative.simple_past`),
- is a material act (PLOVER quad classes 2 and 4: a shooting, an arrest, tariffs imposed),
  a deed done once; words (praise, accusations) are said again and again,

takes the date the article gives its PLOVER type, when

- the article dates that type (an event dated by its own expression, or an event noun of the
  type a date modifies: "the 2012 shooting", "the 2012 shooting death", "an April 2007
  shooting"; the codebook's noun triggers say a noun's type) only before the story's days
  (`STORY_DAYS` before publication), all to one time (a year and a day in it are one time:
  the finer is taken), counting only the tellings that name none of the doers or one of the
  event's ("the company's contributions began in 2006" is not "those companies gave"), and
- never in the story's days: "a gunman killed 19 children on Tuesday, the deadliest school
  shooting since the 2012 shooting at Sandy Hook" keeps Tuesday for its retold acts.

An article with no publication date has no story's days to set the happening before: its time
expressions are read only where they name their year ("the April 2012 shooting death"), so the
noun of an act it dates to one time is dated so in the text itself, and that act told in the simple
past with no date at all ("Prosecutors say Simpson shot her") takes it
(`_retold_with_no_publication`): only by a noun of its code, not by another deed of its type.

The event is marked `Inference.RETOLD` ("+retold" in its rule): the date was inferred, not read.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from wirewatch.events.codebook import load_codebook, noun_inflections
from wirewatch.model import ActorRef, DatePrecision, Event, Inference
from wirewatch.when.find import Timex
from wirewatch.when.narrative import TOLD, before_the_story, simple_past, story_date, told_verb
from wirewatch.when.same_actor import share
from wirewatch.when.words import time_nouns

# How a date names the happening a noun stands for: "the 2012 shooting" (a modifier), "the 2012
# shooting death" (a modifier of the noun the event word modifies), "a shooting in 2011".
MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "compound"})
IN_TIME = frozenset({"in", "on"})
# The precisions of an event's own date, finest first.
FINEST = ("day", "week", "month", "year")
# PLOVER quad classes of material acts, deeds done once: material cooperation and conflict.
DEEDS = frozenset({2, 4})
Dated = tuple[str, DatePrecision]
# A date the article gives a happening, with the doers it names (none for an event noun).
Telling = tuple[Dated, tuple[ActorRef, ...]]


@functools.cache
def event_noun_types() -> dict[str, frozenset[str]]:
    """Noun form → the PLOVER types of the codebook's noun triggers ("shootings": ASSAULT)."""
    types: dict[str, set[str]] = defaultdict(set)
    for rule in load_codebook().rules:
        if rule.pos == "noun":
            for form in noun_inflections(rule.lemma):
                types[form].add(rule.plover)
    return {form: frozenset(kinds) for form, kinds in types.items()}


@functools.cache
def _codebook_codes() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Noun form → the codebook's CAMEO codes of its noun triggers ("shooting": 193), and rule
    name → the rule's CAMEO code ("assault.shoot": 193)."""
    nouns: dict[str, set[str]] = defaultdict(set)
    rules: dict[str, str] = {}
    for rule in load_codebook().rules:
        rules[rule.rule] = str(rule.cameo)
        if rule.pos == "noun":
            for form in noun_inflections(rule.lemma):
                nouns[form].add(str(rule.cameo))
    return {form: frozenset(codes) for form, codes in nouns.items()}, rules


def _noun_of_its_act(noun: Token, event: Event) -> bool:
    """True when the event noun `noun` names `event`'s act by its code, as the codebook codes both
    ("the 2012 shooting" and "shot": 193), not only its type ("the resignation" is no pardon)."""
    nouns, rules = _codebook_codes()
    code = rules.get(event.rule.split("+")[0].split()[0])
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return code is not None and any(code in nouns.get(w.lower_, frozenset()) for w in words)


def _noun_types(noun: Token) -> frozenset[str]:
    """The PLOVER types of an event noun and of the event words compounded into it
    ("shooting death": ASSAULT)."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    table = event_noun_types()
    return frozenset().union(*(table.get(w.lower_, frozenset()) for w in words))


# Words that open a noun phrase a date may stand in before its noun: "the April 2012 shooting".
DETERMINERS = frozenset({"the", "a", "an", "'s", "\u2019s"})


def event_noun_after(doc: Doc, span: Span) -> Token | None:
    """The event noun of the codebook right after a date that a determiner opens ("in the April 2012
    shooting death", "after the Monday morning shootings"), read from the words: the parser, without a
    tagger, may take the noun for a verb and the date for the time of the sentence's verb."""
    before = span[0] if span[0].lower_ in DETERMINERS else doc[span.start - 1] if span.start else None
    end = span.end
    while end < len(doc) and doc[end].lower_ in time_nouns():
        end += 1  # "the Monday morning shootings": the time phrase goes on
    if before is None or before.lower_ not in DETERMINERS or end == len(doc):
        return None
    return doc[end] if doc[end].lower_ in event_noun_types() else None


# The shortest stem a noun and a trigger must share to be one word's forms ("kill": killing, killed).
STEM = 4


def names_happening(noun: Token, plover: str | None, word: str) -> bool:
    """True when `noun` may name a happening of type `plover` told by `word`: the codebook's noun of
    its type ("the shooting"), or a noun formed from the word ("the conviction" of "convicted")."""
    if plover is not None and plover in event_noun_types().get(noun.lower_, frozenset()):
        return True
    word = word.lower().split()[0]
    stem = word.removesuffix("ed") if word.endswith("ed") else word.removesuffix("s")
    return len(stem) >= STEM and noun.lower_.startswith(stem)


def compound_head(noun: Token) -> Token:
    """The noun a compound `noun` stands in, or `noun`: a date the parser hangs from the first word of
    a compound ("a 2014 Senate hearing", "2014" under "Senate") is the whole noun's ("hearing")."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def dated_noun(doc: Doc, timex: Timex) -> Token | None:
    """The noun `timex` dates: "the 2012 shooting", "a shooting in 2011"; None for a verb's time."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if (noun := event_noun_after(doc, span)) is not None:
        return noun
    root = span.root
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.i not in range(span.start, span.end):
        return None if head.lower_ in time_nouns() else compound_head(head)
    if root.dep_ == "pobj" and head.lower_ in IN_TIME and head.head.dep_ in NOUN_DEPS:
        return head.head
    return None


def one_time(dates: Sequence[Dated]) -> Dated | None:
    """The finest of `dates` when each lies in it or holds it (2011, 2011-10, 2011-10-21), else None."""
    finest = min(dates, key=lambda d: (FINEST.index(d[1]), -len(d[0])))
    if all(finest[0].startswith(value) for value, _ in dates if len(value) <= len(finest[0])):
        return finest
    return None


def own_date(event: Event) -> Dated | None:
    """The date `event` read from an expression of its own, if any."""
    if event.date is None or event.date_precision in (None, "publication"):
        return None
    if Inference.STORY_TIME in event.inferences or Inference.RETOLD in event.inferences:
        return None
    return event.date, event.date_precision


def dated_types(
    doc: Doc, events: Sequence[Event], nouns: Sequence[tuple[Timex, Dated]]
) -> dict[str, list[Telling]]:
    """PLOVER type → the dates the article gives it, each with its doers: its events' own (their
    sources), its event nouns' (none named)."""
    out: dict[str, list[Telling]] = defaultdict(list)
    for event in events:
        if (date := own_date(event)) is not None and event.modality in TOLD and event.quad_class in DEEDS:
            out[event.plover].append((date, tuple(event.sources)))
    for timex, date in nouns:
        noun = dated_noun(doc, timex)
        for kind in _noun_types(noun) if noun is not None else ():
            out[kind].append((date, ()))
    return out


def _of_its_doers(event: Event, tellings: Sequence[Telling]) -> Dated | None:
    """The one time of the tellings that may be `event`'s happening: those naming no doer or one of
    its doers. "The company's contributions began in 2006" does not date "Those companies gave as
    much as $16 million": other givers, another giving."""
    ours = event.sources
    dates = [date for date, doers in tellings if not doers or not ours or share(ours, doers)]
    return one_time(dates) if dates else None


def retold(
    doc: Doc, events: Sequence[Event], nouns: Sequence[tuple[Timex, Dated]], published: dt.date | None
) -> list[Event]:
    """`events`, those retelling a happening dated before the story's days given its date; and those
    retelling, with neither a date of their own nor the story's time, a happening the article dates
    to one day of the story's days (`_of_the_story_days`).

    `nouns`: the article's time expressions with their event dates; `published` None for an article
    with no publication date, whose undated acts have no date at all (`_retold_with_no_publication`)."""
    if published is None:
        return [_retold_with_no_publication(doc, e, nouns) for e in events]
    kinds = dated_types(doc, events, nouns)
    out = []
    for event in events:
        tellings = kinds.get(event.plover, []) if event.quad_class in DEEDS else []
        date = _of_its_doers(event, tellings) if tellings else None
        if date is not None and event.modality in TOLD and _retells(event, date, tellings, published):
            verb = told_verb(doc, event)
            if verb is not None and simple_past(verb):
                inferred = (event.inferences & ~Inference.STORY_TIME) | Inference.RETOLD
                event = replace(event, date=date[0], date_precision=date[1], inferences=inferred)
        out.append(event)
    return out


def _retold_with_no_publication(doc: Doc, event: Event, nouns: Sequence[tuple[Timex, Dated]]) -> Event:
    """`event`, in an article with no publication date, dated by the one time the text gives the
    noun of its act ("the April 2012 shooting death" for "shot her"), when it is a deed done, told
    in the simple past with no date at all and no time expression in its sentence (one unread, "on
    Tuesday" with no day to count from, is its own time). A deed of its type told by a verb with its
    date is another's ("killed six gunmen on 4 November 2008" is no later killing), and so is a noun
    of another code of the type ("the resignation of Nixon in 1974" dates no pardon)."""
    if event.date is not None or event.quad_class not in DEEDS or event.modality not in TOLD:
        return event
    start, end = event.sentence_start, event.sentence_start + len(event.sentence)
    if any(start <= timex.start < end for timex, _ in nouns) or _has_time_words(doc, start, end):
        return event
    dates: list[Dated] = []
    for timex, told in nouns:
        noun = dated_noun(doc, timex)
        if noun is not None and _noun_of_its_act(noun, event):
            dates.append(told)
    date = one_time(dates) if dates else None
    verb = told_verb(doc, event)
    if date is None or verb is None or not simple_past(verb):
        return event
    inferred = event.inferences | Inference.RETOLD
    return replace(event, date=date[0], date_precision=date[1], inferences=inferred)


def _has_time_words(doc: Doc, start: int, end: int) -> bool:
    """True when the text between `start` and `end` names a time noun ("on Tuesday", "last month")."""
    span = doc.char_span(start, end, "expand")
    return span is not None and any(t.lower_ in time_nouns() for t in span)


def _retells(event: Event, date: Dated, tellings: Sequence[Telling], published: dt.date) -> bool:
    """True when `event` may take `date`, the one time the article gives its kind of happening
    (`tellings`): a time before the story's days for an event with no date of its own, or, for one
    still on the publication date, one day of the story's days (`_of_the_story_days`)."""
    if all(before_the_story(told, published) for told, _ in tellings):
        return own_date(event) is None
    return event.date_precision == "publication" and _of_the_story_days(date, tellings, published)


def _of_the_story_days(date: Dated, tellings: Sequence[Telling], published: dt.date) -> bool:
    """True when every telling of a kind of happening names the one day `date`, in the story's days:
    a follow-up story dates its shooting once ("arrested shortly after the Monday morning
    shootings", three days before publication) and retells it without a date ("he fired at
    him"). The retelling is that Monday, not the publication day; but an act the story tells in its
    time keeps that (`when.narrative`), and a kind also dated to another time is no one happening."""
    return date[1] == "day" and story_date(date, published) and all(told == date for told, _ in tellings)
