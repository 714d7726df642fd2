"""Find the temporal expressions of a parsed Doc: spaCy's DATE/TIME entities first, then
the unambiguous forms the model missed ("on 12 March 2019", "in 2012"), then time phrases
with no value of their own that a date beside them names ("on Saturday night, the opening
night,": issue 11), and the same phrase again later in the article.

A bare weekday is the latest such day on or before publication (see `normalise`), except
in a clause in the future tense: "Rajapaksa will step down on Wednesday" in a Sunday paper
is the coming Wednesday (issue 11), counted from the story's day where the text told one in the
week before publication: the story was written after it (`_coming_weekday`).

A span counted from the story's own time ("a day earlier", "two weeks later", "the previous
day") is counted from the last day the text named before it, as a narrative's reference time
moves with it, else from the publication date: "Wang urged India ... on Wednesday. A day
earlier, Zhao accused ..." is Tuesday (issue 11).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from wirewatch.doctools import doc_text, entities
from wirewatch.events.modality import past_word
from wirewatch.when.normalise import (
    SATURDAY,
    Found,
    TimeValue,
    day_value,
    month_day_value,
    month_value,
    scan,
    shift_month,
    week_value,
    year_value,
)
from wirewatch.when.words import future_auxiliaries, load_time_words, past_auxiliaries, time_nouns

# A capitalised word right before, on the same line (a sentence start has punctuation before).
_NAME_BEFORE = re.compile(r"[A-Z][\w&'-]*[ \t]+$")
ENTITY_LABELS = frozenset({"DATE", "TIME"})
# Kinds of expression trusted in running text outside a DATE/TIME entity.
RUNNING_TEXT_KINDS = frozenset(
    {"date", "numeric", "month", "season", "ago", "relative", "edge", "day_word", "weekday", "year"}
)
# A bare year outside an entity counts only after one of these words ("in 2012", "from 1980 to 2012").
YEAR_PREPOSITIONS = frozenset(
    {"in", "since", "from", "to", "until", "till", "by", "between", "and", "of", "before", "after", "during"}
)


@dataclass(frozen=True)
class Timex:
    """A temporal expression of the text: character offsets, the words, the value."""

    start: int
    end: int
    text: str
    value: TimeValue


def find_timexes(doc: Doc, anchor: dt.date | None) -> list[Timex]:
    """Every temporal expression of `doc` with a value, in text order."""
    found: list[Found] = []
    text = doc_text(doc)  # Doc.text joins every token: read it once
    for ent in entities(doc):
        if ent.label_ in ENTITY_LABELS:
            found.extend(scan(ent.text, anchor, offset=ent.start_char))
    covered = [(f.start, f.end) for f in found]
    for f in scan(text, anchor):
        if _trusted(f, text) and not any(f.start < e and s < f.end for s, e in covered):
            found.append(f)
    found.sort(key=lambda f: f.start)
    found = _in_the_storys_year(doc, text, found, anchor)
    if anchor is not None:
        found = _resolved_ahead(doc, found, anchor)
    kept = [f for f in found if not _in_a_name(f, text)]
    timexes = [Timex(f.start, f.end, text[f.start : f.end], f.value) for f in kept]
    counted = _counted_from_the_story(text, timexes, anchor)
    # "the next year" is counted from the story, not from publication as "next year" alone is
    timexes = [t for t in timexes if not any(c.start <= t.start and t.end <= c.end for c in counted)]
    timexes = sorted(timexes + counted, key=lambda t: t.start)
    timexes = sorted(timexes + _at_that_time(doc, text, timexes), key=lambda t: t.start)
    return sorted(timexes + _named_by_apposition(doc, text, timexes), key=lambda t: t.start)


# Kinds of expression that name their year ("September 15, 2008", "in February 2003", "in 2003"): the
# year a month and day with none of their own may take.
YEAR_KINDS = frozenset({"date", "numeric", "month", "year"})
MONTH_DAY = "month_day"
# Words before a year that make it a bound of a span or a point of sequence, not a time the story is
# told in: "since 2001", "by 2030", "before 2003".
NOT_THE_STORYS_YEAR_AFTER = frozenset(
    {"since", "until", "till", "by", "through", "before", "after", "from", "to", "between"}
)
# Dependencies of a date that modifies a noun ("the 2012 attack"): no time the story is told in.
NOUN_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})
# "On November 11 of that year", "on May 3 that same year": the year the text last named.
_THAT_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b", re.IGNORECASE)
# How far before publication a year the text named must end for a month and day told right after it
# (in its sentence or the next) to be of that year rather than the publication's: a year, as for the
# story's history (`when.narrative.HISTORY_DAYS`).
HISTORY_DAYS = 365
# Any day: a month and day are found with it when the article has no publication date, then given the
# year of the story (`_in_the_storys_year`).
SOME_DAY = dt.date(2000, 7, 2)


def _in_the_storys_year(doc: Doc, text: str, found: list[Found], anchor: dt.date | None) -> list[Found]:
    """`found`, a month and day with no year of their own put in the year of the story where the text
    named one before them: "Pirates seized the ship on September 15, 2008. On October 23, India sent a
    frigate" is 23 October 2008 (issue 11: such a date was missed). The year is the last the text
    named (a full date, a month and year, a year: not a bound, "since 2001", nor a noun's, "the 2012
    attack"), the day put nearest it. With a publication date it is so only when the text says so ("On
    November 11 of that year") or when that year ended a year or more before publication and was named
    in the day's sentence or the one before: the story is telling history there. Otherwise the day is
    the publication's nearest (`normalise`); with no publication date, nothing else gives it a year."""
    years = [f for f in found if f.kind in YEAR_KINDS and _names_the_storys_year(doc, text, f)]
    if not years:
        return found
    if anchor is None:
        taken = [(f.start, f.end) for f in found]
        yearless = [
            f
            for ent in entities(doc)
            if ent.label_ in ENTITY_LABELS
            for f in scan(ent.text, SOME_DAY, offset=ent.start_char)
            if f.kind == MONTH_DAY and not any(f.start < e and s < f.end for s, e in taken)
        ]
        found = sorted(found + yearless, key=lambda f: f.start)
    out = []
    for f in found:
        before = [y for y in years if y.end <= f.start] if f.kind == MONTH_DAY else []
        value = None
        if (
            before
            and _of_a_past_act(doc, f)
            and (anchor is None or _told_in_that_year(doc, text, f, before[-1], anchor))
        ):
            value = month_day_value(f.match, _middle(before[-1].value))
        if value is not None:
            out.append(replace(f, value=value))
        elif f.kind != MONTH_DAY or anchor is not None:
            out.append(f)  # with no publication date, a month and day of no year the story told has none
    return out


# Dependencies of a verb, which heads a clause (the pipeline runs without a tagger).
CLAUSE_VERB_DEPS = frozenset(
    {"ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl", "parataxis", "csubj", "pcomp", "acl"}
)


def clause_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb heading the clause the characters `start`:`end` stand in ("Eight years ago, she lost":
    "lost"; "publicity which followed the November 18 sinking": "followed")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = span.root
    while verb.dep_ not in CLAUSE_VERB_DEPS and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _of_a_past_act(doc: Doc, found: Found) -> bool:
    """True when `found` stands in a clause told in the simple past ("On October 23, the navy attacked",
    "publicity which followed the November 18 sinking"): an act done before the text was written, in the
    year the story is told in. A day ahead ("when he is sentenced May 7") may be of a later year."""
    verb = clause_verb(doc, found.start, found.end)
    if verb is None:
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return past_word(verb.lower_) and auxiliaries <= past_auxiliaries()


def _names_the_storys_year(doc: Doc, text: str, found: Found) -> bool:
    """True when `found`, an expression naming its year, sets the time the story is told in: not the
    bound of a span ("since 2001") nor a noun's date ("the 2012 attack")."""
    before = text[max(0, found.start - 12) : found.start].split()
    if before and before[-1].lower() in NOT_THE_STORYS_YEAR_AFTER:
        return False
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    return span is None or len(span) == 0 or span.root.dep_ not in NOUN_MODIFIER_DEPS


def _told_in_that_year(doc: Doc, text: str, day: Found, year: Found, anchor: dt.date) -> bool:
    """True when the month and day `day`, in an article published on `anchor`, are of the year `year`
    named before them: the text says so ("of that year"), or that year ended a year or more before
    publication and was named in the day's sentence or the one before."""
    if _THAT_YEAR.match(text, day.end):
        return True
    if _first_day(year.value) > anchor - dt.timedelta(days=HISTORY_DAYS):
        return False
    here = doc.char_span(day.start, day.end, alignment_mode="expand")
    there = doc.char_span(year.start, year.end, alignment_mode="expand")
    if here is None or there is None or not len(here) or not len(there):
        return False
    sentence = here[0].sent
    previous = doc[sentence.start - 1].sent if sentence.start else sentence
    return there[0].i >= previous.start


def _middle(value: TimeValue) -> dt.date:
    """The day a month and day are put nearest in `value`'s year: its own day, the middle of its month,
    the middle of its year (so that any month and day fall in that year)."""
    first = _first_day(value)
    if value.precision == "month":
        return first.replace(day=15)
    if value.precision == "year":
        return first.replace(month=SOME_DAY.month, day=SOME_DAY.day)
    return first


# "At the time, Israel claimed ...", "Cruz said at that time.": the time the text just named. Only
# where a stop follows: "at the time of the attack", "at the time the fire was noticed" name
# their own time.
_AT_THAT_TIME = re.compile(r"\b[Aa]t\s+(?:the|that)\s+time\b(?=\s*(?:[,.;:)\"'\u201d]|$))")
# "the senator said then,", "Back then, ...": "then" after a word of its sentence and before a stop is
# that time too. Not after these words, with which it is a span or a sequence ("since then", "and
# then,"), nor at a sentence's start ("Then, the army ..." is what came next).
_THEN = re.compile(r"\b(?P<before>\w+)\s+(?P<then>then)\b(?=\s*(?:[,.;:)\"'\u201d]|$))")
NOT_THAT_TIME_BEFORE = frozenset(
    {"since", "until", "till", "by", "from", "before", "after", "and", "but", "or", "why", "what", "than"}
)


def _that_time_phrases(text: str) -> list[tuple[int, int]]:
    """The character spans of "at the time", "at that time" and "then" that mean the time just named."""
    spans = [m.span() for m in _AT_THAT_TIME.finditer(text)]
    thens = _THEN.finditer(text)
    spans += [m.span("then") for m in thens if m.group("before").lower() not in NOT_THAT_TIME_BEFORE]
    return sorted(spans)


def _at_that_time(doc: Doc, text: str, timexes: list[Timex]) -> list[Timex]:
    """ "At the time", "at that time" and "then", with the value of the last date named before them in
    their sentence or the one before (a day, a week, a month or a year), one of these phrases
    included: "Israel broke the truce on 4 November 2008. At the time, Israel claimed ..." is that
    day. With no such date near, the time is one the text does not give."""
    out: list[Timex] = []
    for start, end in _that_time_phrases(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sentence = span[0].sent
        previous = doc[sentence.start - 1].sent if sentence.start else sentence
        near = [
            t
            for t in sorted(timexes + out, key=lambda t: t.start)
            if previous.start_char <= t.start and t.end <= start and t.value.precision in _RANKS
        ]
        if near:
            out.append(Timex(start, end, text[start:end], near[-1].value))
    return out


# "a day earlier", "two weeks later", "the previous day", "the following week": a span counted
# from the story's reference time. "Two days before" is left alone: a noun phrase usually
# follows it ("before the vote"), and the vote is what it counts from.
_COUNTED = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<u>day|week|month|year)s?\s+"
    r"(?P<dir>earlier|later)|the\s+(?P<dir2>previous|preceding|next|following)\s+(?P<u2>day|week|month|year))\b",
    re.IGNORECASE,
)
_BACK = frozenset({"earlier", "previous", "preceding"})


def _counted_from_the_story(text: str, timexes: list[Timex], anchor: dt.date | None) -> list[Timex]:
    """The spans counted from the last date named before them (a day, a month or a year: "In
    2007, ... two years later" is 2009), else from `anchor`."""
    named = [(t.start, t.value) for t in timexes if t.value.precision in _RANKS]
    out = []
    for m in _COUNTED.finditer(text):
        inside = [t for t in timexes if t.start < m.end() and m.start() < t.end]
        if any(not m.start() <= t.start < t.end <= m.end() for t in inside):
            continue  # part of a longer expression
        before = [value for start, value in named if start < m.start()]
        reference = before[-1] if before else (day_value(anchor) if anchor else None)
        count = load_time_words().number(m.group("n")) if m.group("n") else 1
        if reference is None or count is None:
            continue
        step = -count if (m.group("dir") or m.group("dir2")).lower() in _BACK else count
        value = counted(reference, (m.group("u") or m.group("u2")).lower(), step)
        out.append(Timex(m.start(), m.end(), m.group(0), value))
    return out


# Precisions a reference may have, finest first; a span counted from a month or a year is no
# finer than it ("in 2007 ... two days later" is 2007).
_RANKS = {"day": 0, "week": 1, "month": 2, "year": 3}


def counted(reference: TimeValue, unit: str, step: int) -> TimeValue:
    """`reference` moved `step` units, no finer than the coarser of the two."""
    first = _first_day(reference)
    if unit == "day":
        day = first + dt.timedelta(days=step)
    elif unit == "week":
        day = first + dt.timedelta(weeks=step)
    else:
        day = dt.date(*shift_month(first.year, first.month, step * (12 if unit == "year" else 1)), 1)
    precision = max(_RANKS[reference.precision], _RANKS[unit])
    if precision == _RANKS["day"]:
        return day_value(day)
    if precision == _RANKS["week"]:
        return week_value(day)
    return month_value(day.year, day.month) if precision == _RANKS["month"] else year_value(day.year)


def _first_day(value: TimeValue) -> dt.date:
    if value.precision == "week":
        year, week = value.value.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    return period_start(value.value)


def period_start(date: str) -> dt.date:
    """The first day of an ISO day, month or year: "2017" -> 2017-01-01, "2017-03" -> 2017-03-01."""
    return dt.date.fromisoformat((date + "-01-01")[:10])


def _phrase_key(text: str) -> str:
    """ "the opening night", "USI's opening night" → "opening night"."""
    words = text.lower().split()
    while words and (words[0] in ("the", "this", "that") or words[0].endswith(("'s", "’s"))):
        words = words[1:]
    return " ".join(words)


def _named_by_apposition(doc: Doc, text: str, timexes: list[Timex]) -> list[Timex]:
    """Time phrases with no value of their own that a date beside them names: "on Saturday
    night, the opening night," and "Opening night, January 23, 2014," are that day. The
    same phrase later in the article ("the festival's opening night") is the same day. No
    number may stand in the phrase: "three days, from May 1" is a duration."""
    named: dict[str, TimeValue] = {}
    out: list[Timex] = []
    for ent in entities(doc):
        if ent.label_ not in ENTITY_LABELS or any(t.like_num for t in ent):
            continue
        if any(t.start < ent.end_char and ent.start_char < t.end for t in timexes):
            continue
        key = _phrase_key(ent.text)
        value = _beside(text, ent.start_char, ent.end_char, timexes) or named.get(key)
        if value is not None and key:
            named.setdefault(key, value)
            out.append(Timex(ent.start_char, ent.end_char, ent.text, value))
    return out


def _beside(text: str, start: int, end: int, timexes: list[Timex]) -> TimeValue | None:
    """The value of a time expression separated from `start`:`end` by a comma alone (and
    the part of the day the expression ends with: "Friday night, the opening night")."""
    for t in timexes:
        between = text[t.end : start] if t.end <= start else text[end : t.start]
        words = between.replace(",", " , ").split()
        if words.count(",") == 1 and all(w == "," or w.lower() in time_nouns() for w in words):
            return t.value
    return None


# A story's day counts as the writer's day for a weekday ahead of it only within this many days
# before publication: an older day is the story's background, not the day it was written.
STORY_DAYS = 6


def _resolved_ahead(doc: Doc, found: list[Found], anchor: dt.date) -> list[Found]:
    """`found` (in text order), those in a clause of prospect resolved ahead (`_in_the_future`),
    a weekday in the future tense counted from the story's day where the text told one before it
    (`_story_day`)."""
    out: list[Found] = []
    for f in found:
        out.append(_in_the_future(doc, f, anchor, _story_day(out, anchor)))
    return out


def _story_day(before: list[Found], anchor: dt.date) -> dt.date | None:
    """The latest day the text named in `before` that lies in the `STORY_DAYS` before `anchor`:
    the day the story tells as done, so the day it was written is on or after it."""
    days = [dt.date.fromisoformat(f.value.value) for f in before if f.value.precision == "day"]
    recent = [d for d in days if anchor - dt.timedelta(days=STORY_DAYS) <= d < anchor]
    return recent[-1] if recent else None


def _coming_weekday(anchor: dt.date, weekday: int, story_day: dt.date | None) -> dt.date:
    """The weekday a clause in the future tense names: the first such day after the story's day
    when that comes by publication ("Suu Kyi visited the White House on Wednesday. She will visit
    Capitol Hill on Thursday" in Friday's paper: the Thursday between, the story being written
    after its Wednesday and before its Thursday, the paper dated later), else the first on or after
    publication ("will step down on Wednesday" in a Sunday paper that tells no day before)."""
    if story_day is not None:
        after_story = story_day + dt.timedelta(days=(weekday - story_day.weekday()) % 7 or 7)
        if after_story <= anchor:
            return after_story
    return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)


def _in_the_future(doc: Doc, found: Found, anchor: dt.date, story_day: dt.date | None = None) -> Found:
    """A bare weekday or month in a clause in the future tense ("will walk out in August"): the
    day or month on or after `anchor`. A bare month of an infinitive ("threatened to strike in
    June", "is to hold talks in July"), an act ahead of the verb it completes: the month nearest
    `anchor`, before or after it: a tie goes ahead, but back for the infinitive of a verb in the simple
    past ("decided to reopen the inquiry in May" in a November paper: `_of_a_past_verb`)."""
    if found.kind not in ("weekday", "month_name") and not _this_weekend(found):
        return found
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    prospect = _prospect(span.root) if span is not None and len(span) else None
    if prospect is None:
        return found
    words = load_time_words()
    if found.kind == "relative":
        if prospect != FUTURE:
            return found
        return replace(found, value=week_value(anchor + dt.timedelta(days=(SATURDAY - anchor.weekday()) % 7)))
    if found.kind == "weekday":
        if prospect != FUTURE:
            return found
        weekday = int(words.table("weekday")[found.match.group("w").lower()])
        return replace(found, value=day_value(_coming_weekday(anchor, weekday, story_day)))
    month = int(words.table("month")[found.match.group("m").lower()])
    if prospect == FUTURE:
        return replace(found, value=month_value(anchor.year + (month < anchor.month), month))
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    back = prospect == INFINITIVE and span is not None and _of_a_past_verb(span.root)
    year = min(years, key=lambda y: (abs((y - anchor.year) * 12 + month - anchor.month), y if back else -y))
    return replace(found, value=month_value(year, month))


def _of_a_past_verb(token: Token) -> bool:
    """True when the infinitive `token` stands in completes a verb in the simple past with no auxiliary
    ("decided to reopen the inquiry in May", not "will decide to" nor "has decided to"): the plan is told
    as made and done with, so a month as far back as ahead is the one gone by; a plan still ahead is told
    in the future or the present ("will reopen in May", "plans to reopen in May")."""
    verb = next(
        (
            v
            for v in token.ancestors
            if any(c.dep_ == "aux" and c.lower_ == INFINITIVE_MARK for c in v.children)
        ),
        None,
    )
    if verb is None or verb.head.i == verb.i:
        return False
    head = verb.head
    return past_word(head.lower_) and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _this_weekend(found: Found) -> bool:
    """True for "this weekend": the latest one (see `normalise.latest_weekend`), the coming one in
    the future tense ("will rally this weekend")."""
    if found.kind != "relative" or found.match.group("u").lower() != "weekend":
        return False
    return load_time_words().direction(found.match.group("dir")) == 0


FUTURE, INFINITIVE = "future", "infinitive"
# The marker of an infinitive ("to strike"): the pipeline runs without a tagger, so the
# auxiliary's word says it.
INFINITIVE_MARK = "to"


def _prospect(token: Token) -> str | None:
    """`FUTURE` when the verb governing `token` has an auxiliary of the future ("will step down"),
    `INFINITIVE` when it is an infinitive ("to strike"), else None. A date of the verb's object
    ("will hold talks in July", "will investigate the bombing in March") may be the object's own
    time: it reads as an infinitive's, the nearest such month."""
    through_object = False
    for verb in token.ancestors:
        auxiliaries = [child.lower_ for child in verb.children if child.dep_ == "aux"]
        if any(a in future_auxiliaries() for a in auxiliaries):
            return INFINITIVE if through_object else FUTURE
        if INFINITIVE_MARK in auxiliaries:
            return INFINITIVE
        through_object = through_object or verb.dep_ == "dobj"
        if verb.dep_ not in ("prep", "pobj", "npadvmod", "dobj"):
            return None  # only the verb of the clause the date is in
    return None


def _in_a_name(found: Found, text: str) -> bool:
    """ "World Today", "USA Today": a capitalised day word after a capitalised word is a name."""
    if found.kind != "day_word" or not text[found.start : found.start + 1].isupper():
        return False
    return _NAME_BEFORE.search(text, max(0, found.start - 40), found.start) is not None


def _trusted(found: Found, text: str) -> bool:
    """Running text only: capitalised month and weekday names, years after a preposition."""
    if found.kind not in RUNNING_TEXT_KINDS:
        return False
    words = found.match.group(0).split()
    if found.kind in ("date", "month", "weekday") and not any(
        w[:1].isupper() or w[:1].isdigit() for w in words
    ):
        return False
    if found.kind == "weekday":
        return words[0][:1].isupper()
    if found.kind == "year":
        before = text[max(0, found.start - 12) : found.start].split()
        return bool(before) and before[-1].lower() in YEAR_PREPOSITIONS
    return True
