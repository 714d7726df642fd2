"""Date each event from the temporal expression attached to it in its sentence.

Runs after `wirewatch_events`, which stamps every event with the publication date
(precision "publication"). An event with an expression of its own (or one of its
sentence's main verb, see `when.attach`) gets that expression's date and precision
instead. A week is dated by its Monday with precision "week"; a month is "YYYY-MM"
and a year "YYYY", so no day is invented; a season is dated by its year. Decades and
centuries are too coarse to date an event: it keeps the publication date.

A date that modifies a noun dates that noun only (issue 11): "the 1995 tax returns", "the 2000
election", "last year's vote", "Monday night's debate" do not date the filing, the challenge
or the protest of their sentence, but "Canada's 2024 expulsion" dates the expulsion, whose
trigger is the noun. A modified time word ("Monday morning") is no such noun, nor an occasion
framing the act ("In an August speech, Trump attacked ...": `frames_an_act`). A date that
bounds a span ("through 2030", "by Friday", "since September") dates nothing, nor one of a noun in
such a phrase ("stayed at the bureau until his retirement in June 1973").

An event with no expression of its own that retells an act the article tells with a date
takes that date ("UNHCR condemns air attack" over "The agency on Friday condemned ...": see
`when.same_act`). One that the story tells in the simple past takes the story's time, the last
day it named, when that day is in the days of the story (see
`when.narrative`). One that retells a happening the article dates only before the story's
days takes that happening's date ("the 2012 shooting death ... Prosecutors allege that he shot
her": `when.retold`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace
from typing import cast

from spacy.tokens import Doc, Token

from wirewatch.events.modality import past_word
from wirewatch.model import NO_INFERENCE, DatePrecision, Event, Inference
from wirewatch.when.attach import (
    SUBJECT_DEPS,
    assign,
    event_tokens,
    sequence_marks,
    told_as_later,
    told_in_succession,
    trigger_token,
)
from wirewatch.when.background_clauses import (
    told_as_a_spans_start,
    told_as_a_turning_point,
    told_below_a_past_time,
    told_in_a_describing_relative,
    told_in_testimony,
)
from wirewatch.when.cited import cited_dates
from wirewatch.when.find import Timex, counted, find_timexes, period_start
from wirewatch.when.named_again import named_again
from wirewatch.when.narrative import (
    TOLD,
    VERB_DEPS,
    before_the_story,
    dated_verb,
    in_a_recent_period,
    in_a_sequence,
    in_story_time,
    narrative_time,
    simple_past,
    told_after_history,
    told_an_uncounted_span_away,
    told_as_a_generic_present,
    told_as_a_past_habit,
    told_as_an_invitation_ahead,
    told_as_background,
    told_as_going_on,
    told_before_its_clause,
    told_in_a_perfect_relative,
    told_in_a_record,
    told_in_an_undated_span,
    told_in_the_past,
    told_in_the_past_perfect,
    told_in_the_perfect_after_the_storys_day,
    told_of_a_former_office,
    told_under_a_present_claim,
    told_verb,
    told_when_before_a_present,
    undated_span_frames,
)
from wirewatch.when.normalise import TimeValue, week_value
from wirewatch.when.on_an_occasion import (
    at_an_occasion_told_before,
    said_in_a_quote_closed_later,
    said_on_a_later_told_occasion,
)
from wirewatch.when.retold import (
    compound_head,
    dated_noun,
    event_noun_after,
    event_noun_types,
    names_happening,
    own_date,
    retold,
)
from wirewatch.when.same_act import told_again
from wirewatch.when.tally import told_as_a_run_of_utterances, told_as_a_tally
from wirewatch.when.words import (
    approximate_words,
    attitude_words,
    load_time_words,
    occasion_nouns,
    perfect_auxiliaries,
    period_nouns,
    sequence_step,
    sequence_words,
    span_nouns,
    time_nouns,
    within_day_words,
)

# How a date hangs from the noun it modifies: "the 2000 election", "a 2015 agreement",
# "last year's vote" (poss), "the March 2019 attack". Only a noun takes these (the pipeline
# runs without a tagger, so the label says it).
MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})
POSSESSIVE = "poss"


def event_date(value: TimeValue) -> tuple[str, DatePrecision] | None:
    """The (date, precision) an event gets from a value; None when too coarse."""
    if value.precision in ("day", "month", "year"):
        return value.value, cast(DatePrecision, value.precision)
    if value.precision == "week":
        year, week = value.value.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1).isoformat(), "week"
    if value.precision == "season":
        return value.value[:4], "year"
    return None


def modifies_a_noun(doc: Doc, timex: Timex, triggers: set[int]) -> bool:
    """True when `timex` modifies a noun that is not an event's trigger ("the 2000 election")."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    noun = event_noun_after(doc, span)
    if noun is not None and noun.dep_ in VERB_DEPS:  # "in the April 2012 shooting death", "shooting" a verb
        return noun.i not in triggers
    root = span.root
    head = root.head if root.head.lower_ in time_nouns() else compound_head(root.head)
    if head.lower_ in time_nouns() and head.dep_ == POSSESSIVE and head.head.i != head.i:
        root, head = head, head.head  # "Monday night's first debate": the whole time phrase's noun
    return (
        root.dep_ in MODIFIER_DEPS
        and head.i != root.i
        and head.i not in triggers
        and head.i not in range(span.start, span.end)
        and head.lower_ not in time_nouns()
        and not frames_an_act(head)
    )


# The dependencies of a noun: a phrase hung from one is inside a noun phrase.
NOUN_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "appos", "pobj", "conj"})


def dates_a_nested_happening(doc: Doc, timex: Timex, triggers: set[int]) -> bool:
    """True when `timex` is in a phrase of a noun naming a happening (the codebook's event nouns)
    that is no event's trigger and sits inside the phrase of another noun ("seeks his extradition
    over his role in the release of the files in 2010"): the date is that happening's, as in "the
    2010 release" (`modifies_a_noun`), not the act the noun phrase hangs from. A happening in a
    phrase of the verb ("was killed in an attack in 2015") still dates the verb, and so does an
    occasion or a period ("held a meeting at the summit in June": `frames_an_act`)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    prep = span.root.head
    noun = prep.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep" or noun.i in triggers:
        return False
    outer = noun.head  # the preposition the happening's noun is the object of
    return (
        noun.lower_ in event_noun_types()
        and noun.lower_ not in occasion_nouns()
        and noun.lower_ not in period_nouns()
        and noun.dep_ == "pobj"
        and outer.dep_ == "prep"
        and outer.head.dep_ in NOUN_DEPS
        and outer.head.i != outer.i
    )


# Prepositions that set an act in an occasion: "in an August speech", "at a 2014 hearing".
OCCASION_PREPS = frozenset({"in", "during", "at"})
# A preposition that sets an act in the time of whatever its noun names: "defended her during the
# 2008 election", "during the 1991 war" (the noun need be no occasion: "challenged the 2000 election"
# dates no challenge, but "during" says when).
DURING = frozenset({"during"})


def frames_an_act(noun: Token) -> bool:
    """True when `noun` is an occasion, a period of conflict or another span of months or more
    (`occasion`, `period` and `span` words of `data/time_words.tsv`) in a phrase framing a verb ("In an
    August speech, Trump attacked ...", "In the 2006 war, civilians were killed", "In the 2008 campaign,
    she attacked Obama"), or any noun after "during": its date is the act's."""
    prep = noun.head
    framing = noun.lower_ in occasion_nouns() or noun.lower_ in span_nouns()
    return (
        ((framing and prep.lower_ in OCCASION_PREPS) or prep.lower_ in DURING)
        and noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.dep_ in VERB_DEPS
    )


def _date_of_a_framing_occasion(
    trigger: Token, by_trigger: dict[int, tuple[str, DatePrecision] | None]
) -> tuple[str, DatePrecision] | None:
    """The date of an occasion that is itself an event's trigger framing the act `trigger` tells
    ("pledged to cut tariffs at talks with Mexico last December", "pledged at a summit last December
    to cut tariffs"): the time is the occasion's phrase in the parse, yet the act was done at it, as
    when the occasion codes no event (`frames_an_act`). The occasion hangs from the trigger, from
    a verb the trigger's infinitive completes, or from an infinitive of the trigger coding no event.
    (`by_trigger`: each trigger token of the sentence and the date its own phrase gave it.)"""
    verbs = [trigger]
    while verbs[-1].dep_ == "xcomp" and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    # "the target it pledged to reach at talks last December": an infinitive coding no event of its own
    verbs += [c for c in trigger.children if c.dep_ == "xcomp" and c.i not in by_trigger]
    for verb in verbs:
        for prep in verb.children:
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                date = by_trigger.get(noun.i)
                if noun.i != trigger.i and date is not None and frames_an_act(noun):
                    return date
    return None


# Prepositions that make a date a bound of a span of time or a deadline, not when anything
# happened: its end ("pledged to deepen the partnership through 2030", "the truce holds until
# Friday", "ordered the diplomats to leave by Oct. 19") or its start ("its fifth operation
# against piracy since September", "has supplied weapons since 2011": the act is of the story's
# days, or of the whole span).
PERIOD_BOUND_PREPS = frozenset({"through", "thru", "until", "till", "til", "by", "since"})


def bounds_a_period(doc: Doc, timex: Timex) -> bool:
    """True when `timex` is the object of a preposition that bounds a span ("through 2030",
    "since September")."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    first, root = span[0], span.root
    if first.lower_ in PERIOD_BOUND_PREPS:
        return True
    while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i != root.head.i:
        root = root.head.head  # "by March of next year": the whole date's preposition
    if root.dep_ == "pobj" and root.head.lower_ in PERIOD_BOUND_PREPS:
        return True
    return _in_a_bounding_phrase(root)


def _in_a_bounding_phrase(root: Token) -> bool:
    """True when the date `root` heads dates a noun in a phrase bounding a span: "stayed at the
    bureau until his retirement in June 1973", "has lived there since her release in 2010" (the
    retirement's date is the span's end, not the act's)."""
    phrase = root.head if root.dep_ == "pobj" else None
    noun = phrase.head if phrase is not None and phrase.dep_ == "prep" else None
    return (
        noun is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in PERIOD_BOUND_PREPS
        and noun.head.dep_ == "prep"
    )


def date_events(
    doc: Doc, events: list[Event], timexes: list[Timex], published: dt.date | None = None
) -> list[Event]:
    """`events` with the dates of their attached expressions. An act said to have been done
    (actual or reported) is not dated after `published`: such a date is that of what it promises,
    threatens or plans ("France promised to hold a referendum next year")."""
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, event in enumerate(events):
        by_sentence[event.sentence_start].append(index)
    dated = list(events)
    for start, indices in by_sentence.items():
        end = start + len(events[indices[0]].sentence)
        tokens = {i: t.i for i in indices if (t := trigger_token(doc, events[i])) is not None}
        triggers = set(tokens.values())
        phrases = [
            (t.start, t.end, date)
            for t in timexes
            if start <= t.start < end
            and (date := event_date(t.value)) is not None
            and not modifies_a_noun(doc, t, triggers)
            and not dates_a_nested_happening(doc, t, triggers)
            and not bounds_a_period(doc, t)
        ]
        of_nouns = _of_trigger_nouns(doc, phrases, triggers)
        phrases = [p for p in phrases if p[0] not in of_nouns]
        chosen = assign(doc, [events[i] for i in indices], phrases) if phrases else [None] * len(indices)
        by_trigger = {tokens[i]: date for i, date in zip(indices, chosen, strict=True) if i in tokens}
        for index, date in zip(indices, chosen, strict=True):
            date = next((d for d, noun in of_nouns.values() if noun == tokens.get(index)), date)
            if date is None and index in tokens:
                date = _date_of_a_framing_occasion(doc[tokens[index]], by_trigger)
            if date is not None and _over_a_span_to_now(doc, events[index], date, phrases):
                date = None
            if date is not None and not _done_later(events[index], date[0], published):
                dated[index] = replace(events[index], date=date[0], date_precision=date[1])
    return dated


# The preposition or mark that bounds a span by its start: "since June", "since its transformation began".
SINCE = "since"


def _over_a_span_to_now(
    doc: Doc,
    event: Event,
    date: tuple[str, DatePrecision],
    phrases: list[tuple[int, int, tuple[str, DatePrecision]]],
) -> bool:
    """True when `event` is told in the perfect over a span from a start up to now ("NBC reported
    Wednesday that Trump has made 32 visits to the site since its renovation began", "rebels have fought
    the army since June") and `date` is not read from its own clause: the acts of the span are no acts
    of the day of the report that tells them, so they keep the publication date, the span's end."""
    verb = told_verb(doc, event)
    if verb is None or not _perfect_since(verb):
        return False
    first, last = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    return date not in {d for start, _, d in phrases if first <= start < last}


def _perfect_since(verb: Token) -> bool:
    """True when `verb` is in the perfect and a phrase or clause of "since" bounds it."""
    perfect = any(c.dep_ == "aux" and c.lower_ in perfect_auxiliaries() for c in verb.children)
    return perfect and any(
        (c.dep_ == "prep" and c.lower_ == SINCE)
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == SINCE for m in c.children))
        for c in verb.children
    )


def _of_trigger_nouns(
    doc: Doc, phrases: list[tuple[int, int, tuple[str, DatePrecision]]], triggers: set[int]
) -> dict[int, tuple[tuple[str, DatePrecision], int]]:
    """The dates standing before an event noun that is a trigger ("charged him in the April 2012
    shooting death", "Canada's 2024 expulsion"), by their start, with the noun's token: such a date
    is the noun's own, whatever the parse hung it from, and dates no other event of the sentence."""
    out = {}
    for start, end, date in phrases:
        span = doc.char_span(start, end, alignment_mode="expand")
        noun = event_noun_after(doc, span) if span is not None and len(span) else None
        if noun is not None and noun.i in triggers:
            out[start] = (date, noun.i)
    return out


DONE_MODALITIES = frozenset({"actual", "reported"})


def _done_later(event: Event, date: str, published: dt.date | None) -> bool:
    """An act said to be done, dated after the article was published (a period counts from its
    first day). An intent read from the act itself ("will meet the president on Wednesday",
    `Inference.INTENT`) keeps the act's date, as the intent says when."""
    if published is None or event.modality not in DONE_MODALITIES or Inference.INTENT in event.inferences:
        return False
    return period_start(date) > published


class WhenComponent:
    """spaCy component `wirewatch_when`: event dates from temporal expressions."""

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = list(doc._.events or [])
        if not events:
            return doc
        timexes = find_timexes(doc, doc._.published)
        events = date_events(doc, events, timexes, doc._.published)
        events = told_again(doc, events)
        phrases = dated_phrases(doc, timexes)
        events = named_again(doc, events, phrases)
        events = cited_dates(doc, events, phrases, doc._.published)
        events = measured_from_a_told_happening(doc, events, phrases, doc._.published)
        events = said_in_a_dated_noun(doc, events, phrases, doc._.published)
        events = said_on_a_later_told_occasion(doc, events)
        events = said_in_a_quote_closed_later(doc, events, phrases)
        if doc._.published is None:
            events = retold(doc, events, phrases, None)  # a happening the text dates by its year
        else:
            told = references(doc, timexes)
            events = in_story_time(doc, events, told, doc._.published)
            events = retold(doc, events, phrases, doc._.published)
            events = measured_from_the_act(doc, events, phrases, told, doc._.published)
            events = measured_by_a_clause(doc, events, phrases, told, doc._.published)
            events = after_a_told_occasion(doc, events, phrases, doc._.published)
            events = in_the_same_period(doc, events, phrases)
            events = held_by_a_participle(doc, events, phrases)
            events = described_by_a_participle(doc, events, phrases)
            events = next_in_a_row(doc, events, phrases, told, doc._.published)
            events = told_again(doc, events)  # an act told again by one these steps dated
            events = in_a_recent_period(doc, events, told, doc._.published)
            events = undated_background(doc, events, told, timexes, doc._.published)
            events = at_an_occasion_told_before(doc, events, phrases, doc._.published)
        doc._.events = events
        return doc


def measured_from_a_told_happening(
    doc: Doc,
    events: list[Event],
    phrases: list[tuple[Timex, tuple[str, DatePrecision]]],
    published: dt.date | None,
) -> list[Event]:
    """`events`, those with no date of their own set a measured span after or before a happening the
    article told with a date and now names by a definite noun ("Felt was convicted in November 1980.
    ... Seven months after the conviction, Reagan pardoned Felt": pardoned June 1981), dated by that
    date moved by the span, no finer than its unit (`phrases`: the time expressions that date
    something, with their event dates). The noun names the last such happening told before it: an
    event of a type the codebook gives the noun ("the shooting") or a verb, an event's or not, the
    noun is formed from ("the conviction" of "was convicted", "the arrest"). A noun that carries a
    date of its own names that date ("two days after Sunday's vote", "a few hours after the Monday
    morning attack": the date of a noun dates no act of its sentence, but a span measured from the
    noun's happening does). A span of hours moves no day (`within_day` words). A done act is not so
    dated after publication."""
    nouns = _dated_nouns(doc, phrases)
    out = []
    for event in events:
        undated = own_date(event) is None and event.modality in TOLD
        found = _measured_phrase(doc, event, nouns) if undated else None
        told = None
        if found is not None:
            told = nouns.get(found[0].i) or _told_before(doc, events, phrases, found[0])
        moved = None
        if found is not None and told is not None:
            moved = event_date(counted(_time_value(*told), found[1], found[2]))
            moved = _no_finer_than_a_week(moved) if moved is not None and found[3] else moved
        if moved is not None and not _done_later(event, moved[0], published):
            event = _read_date(event, moved)
        out.append(event)
    return out


def _dated_nouns(
    doc: Doc, phrases: list[tuple[Timex, tuple[str, DatePrecision]]]
) -> dict[int, tuple[str, DatePrecision]]:
    """The date of each noun a time expression dates ("Sunday's vote", "the Monday morning attack",
    "a shooting in 2011"), by the noun's token."""
    return {noun.i: date for timex, date in phrases if (noun := dated_noun(doc, timex)) is not None}


def said_in_a_dated_noun(
    doc: Doc,
    events: list[Event],
    phrases: list[tuple[Timex, tuple[str, DatePrecision]]],
    published: dt.date | None,
) -> list[Event]:
    """`events`, those with no date of their own told in what a noun with a date of its own says or
    decides ("Russia's Tuesday announcement that it would withdraw", "the parliament's June vote to
    expel him"), dated by the noun's date: the date of a noun dates no act of its sentence, but what
    the noun says is said on its day, as what a report in the past says takes the report's day
    (`when.narrative.said_in_a_past_report`). A done act is not so dated after publication."""
    nouns = _dated_nouns(doc, phrases)
    out = []
    for event in events:
        verb = told_verb(doc, event) if own_date(event) is None else None
        noun = _saying_noun(verb) if verb is not None else None
        date = nouns.get(noun.i) if noun is not None else None
        if date is not None and not _done_later(event, date[0], published):
            event = _read_date(event, date)
        out.append(event)
    return out


# Words that open what a noun says or decides: "an announcement that ...", "a vote to ...".
CONTENT_MARKS = frozenset({"that", "whether", "to"})


def _saying_noun(verb: Token) -> Token | None:
    """The noun whose content clause `verb` heads ("announcement that it would withdraw", "vote to
    expel"); None for a relative clause or a participle describing the noun."""
    opens = any(c.dep_ in ("mark", "aux") and c.lower_ in CONTENT_MARKS for c in verb.children)
    return verb.head if verb.dep_ == "acl" and opens and verb.head.i != verb.i else None


# Determiners of a noun that names a happening already told: "the conviction", "his arrest".
DEFINITE = frozenset({"the", "his", "her", "their", "its"})


def _measured_phrase(
    doc: Doc, event: Event, dated: dict[int, tuple[str, DatePrecision]]
) -> tuple[Token, str, int, bool] | None:
    """(the noun, the span's unit, its signed count, whether the span is approximate) when `event`'s
    verb is set by a phrase of sequence measured by a span from a definite or dated noun (`dated`):
    "seven months after the conviction", "hours after the Tuesday bombing" (a span within a day counts
    no day), "nearly a week after the vote". The parser hangs the phrase from the verb ("a week after
    the vote": the span from the phrase) or from the span ("a day before the summit": the phrase from
    the span)."""
    verb = told_verb(doc, event)
    pairs: list[tuple[Token, Token]] = []
    for child in verb.children if verb is not None else ():
        if child.dep_ == "prep":
            pairs.extend((child, c) for c in child.children if c.dep_ == "npadvmod")
        elif child.dep_ == "npadvmod":
            pairs.extend((c, child) for c in child.children if c.dep_ == "prep")
    for prep, span in pairs:
        nouns = [c for c in prep.children if c.dep_ == "pobj" and (c.i in dated or _definite(c))]
        measured = _span(span) if prep.lower_ in sequence_words() and nouns else None
        if measured is not None:
            unit, count = measured
            return nouns[0], unit, -count * sequence_step(prep.lower_), _approximate(span)
    return None


def _object_of(verb: Token, noun: Token) -> bool:
    """True when `verb`'s object is `noun`'s word: "held a presidential vote on Sunday" is what "the
    vote" names later."""
    return any(c.dep_ == "dobj" and c.lower_ == noun.lower_ for c in verb.children)


def _definite(noun: Token) -> bool:
    return any(d.lower_ in DEFINITE for d in noun.children)


def _span(noun: Token) -> tuple[str, int] | None:
    """(unit, count) of a measuring span ("seven months", "a week"); ("day", 0) for one within a day
    ("a few hours"); None when it measures nothing countable ("some weeks")."""
    if noun.lower_ in within_day_words():
        return "day", 0
    unit = load_time_words().table("unit").get(noun.lower_.removesuffix("s"))
    count = span_count(noun)
    return (unit, count) if unit is not None and count is not None else None


# An article counts one of a singular span: "a week after", "an hour before" (not "a few weeks").
ONE = frozenset({"a", "an"})


def span_count(noun: Token) -> int | None:
    """The count of a span of time ("seven" of "seven months", 1 of "a week"), else None."""
    words = load_time_words()
    counts = [n for c in noun.children if c.dep_ == "nummod" and (n := words.number(c.lower_))]
    if not counts and not noun.lower_.endswith("s"):
        counts = [1 for c in noun.children if c.dep_ == "det" and c.lower_ in ONE]
    return counts[0] if counts else None


def _approximate(span: Token) -> bool:
    """True when a word says the span is only about so long ("nearly a week", "about two days":
    `approximate` words of `data/time_words.tsv`)."""
    words = [c for c in span.children if c.dep_ != "prep"]
    words += [a for c in words if c.dep_ == "nummod" for a in c.children]  # "about" of "about ten days"
    return any(c.dep_ == "advmod" and c.lower_ in approximate_words() for c in words)


def _no_finer_than_a_week(date: tuple[str, DatePrecision]) -> tuple[str, DatePrecision]:
    """A day moved by an approximate span, given as its week: "nearly a week after" says no day."""
    if date[1] != "day":
        return date
    week = event_date(week_value(dt.date.fromisoformat(date[0])))
    return week if week is not None else date


def _told_before(
    doc: Doc, events: list[Event], phrases: list[tuple[Timex, tuple[str, DatePrecision]]], noun: Token
) -> tuple[str, DatePrecision] | None:
    """The date of the last happening told before `noun` that `noun` names: an event's own date, or a
    time expression's of a verb the noun is formed from."""
    told = [
        (e.trigger.start, date)
        for e in events
        if e.trigger.end <= noun.idx
        and (date := own_date(e)) is not None
        and names_happening(noun, e.plover, e.trigger.text)
    ]
    for timex, date in phrases:
        verb = dated_verb(doc, timex)
        if (
            verb is not None
            and verb.idx < noun.idx
            and verb.dep_ in VERB_DEPS
            and (names_happening(noun, None, verb.text) or _object_of(verb, noun))
        ):
            told.append((verb.idx, date))
    return max(told)[1] if told else None


def undated_background(
    doc: Doc,
    events: list[Event],
    told: list[tuple[Timex, tuple[str, DatePrecision]]],
    timexes: list[Timex],
    published: dt.date,
) -> list[Event]:
    """`events`, those told as done at an earlier time the text does not name ("has previously
    endorsed", `when.narrative.told_as_background`), told as a record's contents ("the documents show
    he contacted the bureau", `when.narrative.told_in_a_record`), in the past perfect of no report
    (`when.narrative.told_in_the_past_perfect`), told in the simple past after the story set a
    time a year or more back (`when.narrative.told_after_history`) or set in a span of months the
    text does not date ("during the primary", `when.narrative.told_in_an_undated_span`) or told as done
    many times in the simple past or the present perfect ("repeatedly accused", "has repeatedly
    denied", `when.narrative.told_as_a_past_habit`) or as
    one of a count of past acts in the perfect ("has passed five resolutions", `when.tally`) or as a
    plural of acts in words with their author ("the senator's threats", `when.tally`), as
    what a present claim holds ("Prosecutors say he fired the shots",
    `when.narrative.told_under_a_present_claim`) or in a clause set an uncounted span from its act
    ("years after the states agreed", `when.narrative.told_an_uncounted_span_away`) undated: the
    article gives no date for them, and the publication date would put a background act among the
    day's news (issue 11). So is one whose participant holds an office "then"
    (`when.narrative.told_of_a_former_office`), an invitation whose infinitive holds the invited act's
    time ("invited him to visit in January", `when.narrative.told_as_an_invitation_ahead`), an act
    of an unmeasured clause or gerund of sequence before its clause's ("After the paper endorsed her,
    ...", "resigned after accusing the chief",
    `when.narrative.told_before_its_clause`), an act of a "when" clause in the simple past of a verb in
    the present or the future ("fear Beijing is rolling back the rights granted when Britain handed the
    city back", `when.narrative.told_when_before_a_present`), an act told in the present perfect in a
    relative clause on a noun ("the Authority, which has rejected the US as a mediator, ...",
    `when.narrative.told_in_a_perfect_relative`), one told in the present perfect of a main clause in a
    paragraph after the story set its day ("Trump has praised Putin and criticized Obama", after "Obama
    on Tuesday accused ...": `when.narrative.told_in_the_perfect_after_the_storys_day`; a lead's "has
    resigned" is the day's news and keeps its date), one told in the generic present of a bare plural
    ("Liberals call the speaker cowardly", `when.narrative.told_as_a_generic_present`), the noun of an
    act told as going on ("the ongoing investigation", "is under investigation",
    `when.narrative.told_as_going_on`), one a clause of
    its sentence tells as background (`when.background_clauses`: the start of a span, "Since Russia
    invaded Ukraine, ..."; a turning point set before its verb, "Before Trump began imposing tariffs,
    ..."; a relative clause describing the subject, "Egypt, which signed a peace treaty with Israel,
    ..."; what a trial hears, "A witness testified that ..."; a clause below a verb its sentence dates
    before the story's days, "Eight years ago, she lost to Obama, who attacked her"), and an
    act that is only supposed, asked for or denied (modality hypothetical) with no time of its own
    (`unrealised`): it happened on no day."""
    read = ~(Inference.STORY_TIME | Inference.RETOLD)
    frames = undated_span_frames(doc, timexes)
    phrases = dated_phrases(doc, timexes)
    dating = [timex for timex, _ in phrases]
    of_acts = [(t, date) for t, date in phrases if not modifies_a_noun(doc, t, set())]
    return [
        replace(e, date=None, date_precision=None, inferences=e.inferences & read)
        if told_as_background(doc, e)
        or told_in_a_record(doc, e)
        or told_in_the_past_perfect(doc, e, timexes, published)
        or told_after_history(doc, e, told, published)
        or told_in_an_undated_span(doc, e, frames, told, published)
        or told_as_a_past_habit(doc, e)
        or told_under_a_present_claim(doc, e)
        or told_an_uncounted_span_away(doc, e)
        or told_of_a_former_office(doc, e)
        or told_as_an_invitation_ahead(doc, e, dating)
        or told_before_its_clause(doc, e)
        or told_when_before_a_present(doc, e)
        or told_in_a_perfect_relative(doc, e)
        or told_in_the_perfect_after_the_storys_day(doc, e, told, published)
        or told_as_a_generic_present(doc, e)
        or told_as_going_on(doc, e)
        or told_as_a_tally(doc, e)
        or told_as_a_run_of_utterances(doc, e)
        or told_after_its_conjunct(doc, e)
        or told_as_a_spans_start(doc, e)
        or told_as_a_turning_point(doc, e, timexes)
        or told_in_a_describing_relative(doc, e)
        or told_in_testimony(doc, e)
        or told_below_a_past_time(doc, e, of_acts, published)
        or unrealised(e)
        else e
        for e in events
    ]


def told_after_its_conjunct(doc: Doc, event: Event) -> bool:
    """True when `event`, dated by no expression of its own, is told as done after another act at
    a time the text does not name: on a verb conjoined to another ("was detained in March and later
    convicted": `when.attach.told_in_succession`), so neither the story's day nor the publication
    day; or given only the publication day ("Trump later apologized in a video", with no story time
    before it: `when.attach.told_as_later`), which is no day of an act told after another."""
    verb = told_verb(doc, event)
    if verb is None:
        return False
    if event.date_precision == "publication" and told_as_later(verb):
        return True
    return bool(event.inferences & (Inference.STORY_TIME | Inference.RETOLD)) and told_in_succession(verb)


def unrealised(event: Event) -> bool:
    """True for a hypothetical act ("could expel the ambassador", "urged the president to sanction
    Iran", "denied that the army shelled the village") that no time expression dates: the
    publication date is no day on which it happened, and would chart it among the day's news. One
    with a time of its own ("could expel him next week") keeps it."""
    return event.modality == "hypothetical" and event.date_precision == "publication"


def references(doc: Doc, timexes: list[Timex]) -> list[tuple[Timex, tuple[str, DatePrecision]]]:
    """The time expressions that set the story's time, with their event dates, in text order:
    not too coarse, not a deadline, not a date of a noun ("Wednesday's hearing"), and on a verb
    in the simple past ("is set to begin on Monday" sets none; `when.narrative`), out of any
    clause of sequence ("four days after Pyongyang fired missiles on Monday")."""
    return [
        (t, date)
        for t in timexes
        if (date := event_date(t.value)) is not None
        and not modifies_a_noun(doc, t, set())
        and not bounds_a_period(doc, t)
        and told_in_the_past(doc, t)
        and not in_a_sequence(doc, t)
    ]


def _read_date(event: Event, date: tuple[str, DatePrecision]) -> Event:
    """`event` dated by a date read from the text: no longer the story's time nor a retelling's,
    which are inferred."""
    read = event.inferences & ~Inference.STORY_TIME & ~Inference.RETOLD
    return replace(event, date=date[0], date_precision=date[1], inferences=read)


def dated_phrases(doc: Doc, timexes: list[Timex]) -> list[tuple[Timex, tuple[str, DatePrecision]]]:
    """The time expressions that date something, with their event dates: not too coarse, not a
    deadline ("through 2030")."""
    return [
        (t, date)
        for t in timexes
        if (date := event_date(t.value)) is not None and not bounds_a_period(doc, t)
    ]


def measured_from_the_act(
    doc: Doc,
    events: list[Event],
    phrases: list[tuple[Timex, tuple[str, DatePrecision]]],
    told: list[tuple[Timex, tuple[str, DatePrecision]]],
    published: dt.date,
) -> list[Event]:
    """`events`, those of a clause of sequence that a span measures from the act it is told against
    ("visited the White House on Wednesday, six years after she was released") dated by that act's
    date moved by the span: released in 2010, no finer than the span's unit. The act's date is an
    event's own, a time expression's of its verb (`phrases`: time expressions and their event
    dates), else, for a verb told in the simple past, the story's time (`told`: the references
    that set it, `when.narrative`): "The decision came three days after the Council condemned
    the launch". An event with a date of its own keeps it; one whose act has none keeps what it
    had."""
    acts = _act_dates(doc, events, phrases)
    out = []
    for event in events:
        measure = _measure(doc, event) if own_date(event) is None else None
        act = _act_date(doc, measure[0], acts, told, published) if measure is not None else None
        if measure is not None and act is not None:
            _, unit, step = measure
            moved = event_date(counted(_time_value(*act), unit, step))
            if moved is not None:
                event = _read_date(event, moved)
        out.append(event)
    return out


def measured_by_a_clause(
    doc: Doc,
    events: list[Event],
    phrases: list[tuple[Timex, tuple[str, DatePrecision]]],
    told: list[tuple[Timex, tuple[str, DatePrecision]]],
    published: dt.date,
) -> list[Event]:
    """`events`, those done with no date of their own whose verb a clause of sequence measured by a
    span sets against another act ("Four days after the Times published the story, he resigned") dated
    by that act's date moved back by the span: the other way round from `measured_from_the_act`. The
    clause's act has a time expression's date, an event's own, or the time the story tells
    (`when.narrative.narrative_time`); a day the story last named is not the resignation's."""
    acts = _act_dates(doc, events, phrases)
    out = []
    for event in events:
        verb = told_verb(doc, event) if own_date(event) is None and event.modality in TOLD else None
        found = _measuring_clause(verb) if verb is not None else None
        act = _act_date(doc, found[0].i, acts, told, published) if found is not None else None
        if found is not None and act is not None:
            moved = event_date(counted(_time_value(*act), found[1], -found[2]))
            if moved is not None and not _done_later(event, moved[0], published):
                event = _read_date(event, moved)
        out.append(event)
    return out


def _measuring_clause(verb: Token) -> tuple[Token, str, int] | None:
    """(the clause's verb, the span's unit, its signed count) for a clause of sequence on `verb`
    measured by a span ("four days after the Times published the story")."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        measure = _measure_of(clause)
        if measure is not None:
            return clause, *measure
    return None


def after_a_told_occasion(
    doc: Doc,
    events: list[Event],
    phrases: list[tuple[Timex, tuple[str, DatePrecision]]],
    published: dt.date,
) -> list[Event]:
    """`events`, those done on the publication date (no date of their own, no story day) that a phrase
    of "after" with no span sets after an occasion the text named earlier in a phrase it dated to a
    month or a year before the story's days ("refused to endorse him during a speech at the party
    congress in March. ... Voss said after the congress she would not accept ..."), dated by that month
    or year: the act followed that occasion, long before publication. A day is too fine ("after" says
    not how long after), and an occasion the text never dates leaves the act as it was."""
    out = []
    for event in events:
        noun = _after_an_occasion(doc, event) if _on_publication(event) else None
        date = _told_occasion_date(doc, noun, phrases) if noun is not None else None
        if date is not None and date[1] in COARSE and before_the_story(date, published):
            event = replace(event, date=date[0], date_precision=date[1])
        out.append(event)
    return out


def _on_publication(event: Event) -> bool:
    return event.date_precision == "publication" and event.modality in TOLD


def _after_an_occasion(doc: Doc, event: Event) -> Token | None:
    """The definite noun of an unmeasured phrase of "after" (`sequence` words putting it earlier) on
    the event's trigger or the verb that tells it ("said after the convention he would not accept")."""
    trigger = trigger_token(doc, event)
    verbs = [t for t in (trigger, told_verb(doc, event)) if t is not None]
    for prep in (c for verb in verbs for c in verb.children):
        if (
            prep.dep_ == "prep"
            and prep.lower_ in sequence_words()
            and sequence_step(prep.lower_) < 0
            and not any(c.dep_ == "npadvmod" for c in prep.children)
        ):
            nouns = [c for c in prep.children if c.dep_ == "pobj" and _definite(c)]
            if nouns:
                return nouns[0]
    return None


def _told_occasion_date(
    doc: Doc, noun: Token, phrases: list[tuple[Timex, tuple[str, DatePrecision]]]
) -> tuple[str, DatePrecision] | None:
    """The date of the last phrase before `noun` that a time expression dates and that names its word
    ("a speech at the Republican National Convention in July" for "the convention")."""
    found = None
    for timex, date in phrases:
        dated = dated_noun(doc, timex)
        if (
            dated is not None
            and dated.i < noun.i
            and any(t.lower_ == noun.lower_ and t.i != noun.i for t in dated.subtree)
        ):
            found = date
    return found


# Precisions coarse enough to hold an act and the act told just before or after it.
COARSE = frozenset({"month", "year"})


def in_the_same_period(
    doc: Doc, events: list[Event], phrases: list[tuple[Timex, tuple[str, DatePrecision]]]
) -> list[Event]:
    """`events`, those of a clause of sequence with no date of their own and no span measuring them
    dated by the month or year of the act they are told against: "In 1972, after Mitchell resigned
    as attorney general, LaRue joined the committee" resigned in 1972. A day is too fine: "resigned
    on Friday after he was charged" says nothing of the charge's day."""
    acts = _act_dates(doc, events, phrases)
    out = []
    for event in events:
        verb = _undated_told_verb(doc, event)
        in_sequence = verb is not None and verb.head.i != verb.i and bool(sequence_marks(verb))
        if verb is not None and in_sequence and _measure(doc, event) is None:
            act = acts.get(verb.head.i)
            if act is not None and act[1] in COARSE:
                event = replace(event, date=act[0], date_precision=act[1])
        out.append(event)
    return out


def held_by_a_participle(
    doc: Doc, events: list[Event], phrases: list[tuple[Timex, tuple[str, DatePrecision]]]
) -> list[Event]:
    """`events`, those told by a past participle of a position or a role held towards the noun it
    describes (`attitude` words of `data/time_words.tsv`), with no date of their own, dated by the act
    of the clause the noun stands in: "The bill, supported by the Liberals, passed second reading
    Tuesday" was supported on Tuesday, as it passed. A position is no act done before its clause, as
    "a bomb planted by rebels" is (`described_by_a_participle`); it is held at that clause's time, to
    the day. With no such date the event keeps what it had: a position held is as much of the
    publication day as of any."""
    acts = _act_dates(doc, events, phrases)
    out = []
    for event in events:
        verb = _undated_told_verb(doc, event)
        if verb is not None and _describing_participle(verb) and verb.lower_ in attitude_words():
            act = next((acts[t.i] for t in verb.head.ancestors if t.i in acts), None)
            if act is not None:
                event = _read_date(event, act)
        out.append(event)
    return out


def described_by_a_participle(
    doc: Doc, events: list[Event], phrases: list[tuple[Timex, tuple[str, DatePrecision]]]
) -> list[Event]:
    """`events`, those told by a past participle describing a noun, with no date of their own ("a
    bomb planted by rebels destroyed the office in 2009", "one of the men arrested at the Watergate
    complex"): the act was done before the clause the noun stands in, so it is no news of the
    publication day. It shares the month or year of that clause's act (as `in_the_same_period`: a day
    is too fine); with no such date it is undated background."""
    acts = _act_dates(doc, events, phrases)
    out = []
    for event in events:
        verb = _undated_told_verb(doc, event)
        if verb is not None and _describing_participle(verb) and verb.lower_ not in attitude_words():
            act = next((acts[t.i] for t in verb.head.ancestors if t.i in acts), None)
            date = act if act is not None and act[1] in COARSE else (None, None)
            event = replace(event, date=date[0], date_precision=date[1])
        out.append(event)
    return out


def _describing_participle(verb: Token) -> bool:
    """True when `verb` is a past participle describing a noun, with no auxiliary or subject of its
    own ("the men arrested at the complex"; not "the man who was arrested", a relative clause)."""
    return (
        verb.dep_ == "acl"
        and past_word(verb.lower_)
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def next_in_a_row(
    doc: Doc,
    events: list[Event],
    phrases: list[tuple[Timex, tuple[str, DatePrecision]]],
    told: list[tuple[Timex, tuple[str, DatePrecision]]],
    published: dt.date,
) -> list[Event]:
    """`events`, those told by a gerund of a word that puts it after its verb's act, with no subject
    of its own, dated by that act: "The jury deliberated for seven hours on Thursday before
    convicting him" convicted on Thursday, the deliberation's next step. "After" does not join an
    act to the next ("crashed on Friday after being rejected by the regional parliament": rejected
    a week before), nor a clause with a subject of its own ("before police arrested him"). A verb with no
    date of its own told in the simple past gives its story's time (`when.narrative.narrative_time`,
    marked as inferred): "Officers chased the gunman for ten miles before arresting him" after "shot two
    customers on Monday" arrested on Monday."""
    acts = _act_dates(doc, events, phrases)
    out = []
    for event in events:
        verb = _undated_told_verb(doc, event)
        head = verb.head.head.i if verb is not None and _gerund_of_what_follows(verb) else None
        act = _act_date(doc, head, acts, told, published) if head is not None else None
        if head is not None and act is not None:
            inferred = event.inferences | (NO_INFERENCE if head in acts else Inference.STORY_TIME)
            event = replace(event, date=act[0], date_precision=act[1], inferences=inferred)
        out.append(event)
    return out


def _undated_told_verb(doc: Doc, event: Event) -> Token | None:
    """The verb that tells `event` when the event, done, has no date of its own; else None."""
    if event.date_precision != "publication" or event.modality not in TOLD:
        return None
    return told_verb(doc, event)


def _gerund_of_what_follows(verb: Token) -> bool:
    """True when `verb` is a gerund with no subject of its own after a word that puts it later than
    the act of the verb above ("before convicting him", "until being captured": `sequence` words
    of value later in `data/time_words.tsv`)."""
    word = verb.head
    return (
        verb.dep_ == "pcomp"
        and word.dep_ == "prep"
        and word.lower_ in sequence_words()
        and sequence_step(word.lower_) > 0
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _act_dates(
    doc: Doc, events: list[Event], phrases: list[tuple[Timex, tuple[str, DatePrecision]]]
) -> dict[int, tuple[str, DatePrecision]]:
    """The date of each dated act by its token: a time expression's verb, an event's own tokens."""
    acts: dict[int, tuple[str, DatePrecision]] = {}
    for timex, value in phrases:
        if (verb := dated_verb(doc, timex)) is not None:
            acts[verb.i] = value
    for event in events:
        if (own := own_date(event)) is not None:
            acts.update(dict.fromkeys(event_tokens(doc, event), own))
    return acts


def _act_date(
    doc: Doc,
    act: int,
    acts: dict[int, tuple[str, DatePrecision]],
    told: list[tuple[Timex, tuple[str, DatePrecision]]],
    published: dt.date,
) -> tuple[str, DatePrecision] | None:
    if act in acts:
        return acts[act]
    verb = doc[act]
    return narrative_time(doc, told, published, verb.sent.start_char) if simple_past(verb) else None


def _measure(doc: Doc, event: Event) -> tuple[int, str, int] | None:
    """(the act's token, the span's unit, its signed count) when `event` is told in a clause of
    sequence measured by a span ("six years after she was released"), else None."""
    verb = told_verb(doc, event)
    if verb is None or verb.head.i == verb.i:
        return None
    measure = _measure_of(verb)
    return (verb.head.i, *measure) if measure is not None else None


def _measure_of(verb: Token) -> tuple[str, int] | None:
    """(the span's unit, its signed count) when `verb` heads a clause of sequence measured by a span
    ("six years after she was released"): where the clause's act lies from the act it is told against."""
    marks = sequence_marks(verb)
    if not marks:
        return None
    words = load_time_words()
    for noun in (c for token in (verb, *marks) for c in token.children if c.dep_ == "npadvmod"):
        unit = words.table("unit").get(noun.lower_.removesuffix("s"))
        count = span_count(noun)
        if unit is not None and count is not None:
            return unit, count * sequence_step(marks[0].lower_)
    return None


def _time_value(date: str, precision: DatePrecision) -> TimeValue:
    """The time value of an event date (a week's is dated by its Monday)."""
    if precision == "week":
        return week_value(dt.date.fromisoformat(date))
    return TimeValue(date, precision)
