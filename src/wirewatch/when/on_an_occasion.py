"""A statement told first without its occasion: an undated verbal act takes the date of the same
speaker's dated occasion told in the next sentences (issue 11).

News states a reaction, then tells where and when it was made: "The White House has also condemned
the bombing. In a press statement released Nov. 10, the White House urged Khartoum to stop." The
condemnation carries no time; in the perfect it would stay on the publication date, in the simple
past on the story's last day, yet it was made in that statement, on its day. So an event that

- has no date read from an expression of its own (precision `publication`, or the story's time
  inferred), is affirmed and was done (`when.same_act`),
- is a verbal act (PLOVER quad classes 1 and 3: a condemnation, a call, a praise), as statements
  are; a deed (an arrest, a strike) came before the statement that tells of it,
- is told in the simple past or the present perfect, one act at one time (not counted, repeated,
  habitual, itself or the verb it is conjoined to, or set a measured span from another act; not in
  the past perfect, which is background),

takes the date of a done verbal act of the same source in one of the next `FOLLOWING` sentences
whose verb is said on an occasion of words ("in a press statement released Nov. 10", "in a letter
on Friday", "during a briefing on Monday": `occasion` words of `data/time_words.tsv`) and whose
date is read from the text. The occasion is the statement's: the act told just before it, by the
same speaker, is of it. The date is inferred, not read: marked "+retold" (`Inference.RETOLD`).

So with a quote: a sentence that tells an act and opens a quote another sentence closes with its
attribution ('Conway did not apologize, but said ...: "It is rattling. [split] So I will excuse
him," Conway told CNN on Sunday.') tells the act of that saying: an undated act of the speaker the
attribution's subject names (by the last word of the source's name) takes the attribution's time
(`said_in_a_quote_closed_later`), not the story's last day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from wirewatch.model import PERSON_PREFIX, ActorRef, DatePrecision, Event, Inference
from wirewatch.when.attach import trigger_token
from wirewatch.when.find import Timex, period_start
from wirewatch.when.narrative import (
    TOLD,
    dated_verb,
    habitual_clause,
    has_past_perfect_auxiliary,
    in_the_perfect,
    measured_sequence,
    simple_past,
    told_verb,
)
from wirewatch.when.retold import dated_noun, own_date
from wirewatch.when.same_act import done_act, marks_a_new_act
from wirewatch.when.same_actor import same_actor, share
from wirewatch.when.words import occasion_nouns

# How many sentences after the act its occasion may be told in.
FOLLOWING = 2
# PLOVER quad classes of verbal acts: verbal cooperation and verbal conflict.
WORDS = frozenset({1, 3})


def said_on_a_later_told_occasion(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """`events`, the undated verbal acts dated by the same source's dated occasion told just after."""
    dated = [e for e in events if _on_a_dated_occasion(doc, e)]
    out = []
    for event in events:
        occasion = _its_occasion(doc, event, dated) if _undated_statement(doc, event) else None
        date = own_date(occasion) if occasion is not None else None
        out.append(event if date is None else _dated_by_its_telling(event, date))
    return out


def _dated_by_its_telling(event: Event, date: tuple[str, DatePrecision]) -> Event:
    """`event` with the date of the telling it is of, marked "+retold": inferred, not read."""
    inferred = (event.inferences & ~Inference.STORY_TIME) | Inference.RETOLD
    return replace(event, date=date[0], date_precision=date[1], inferences=inferred)


def _undated(event: Event) -> bool:
    """No date read from the text: the publication date, or the story's time inferred."""
    return event.date_precision == "publication" or Inference.STORY_TIME in event.inferences


def _following_sentences(doc: Doc, event: Event) -> list[Span]:
    """The (up to `FOLLOWING`) sentences after `event`'s. The event's sentence text ends before a
    paragraph break that the parse keeps as the sentence's last token, so the walk starts at the end
    of the parse's sentence, and a sentence of whitespace alone is none."""
    sentence = doc.char_span(event.sentence_start, event.sentence_start + len(event.sentence), "expand")
    if sentence is None:
        return []
    found: list[Span] = []
    end = doc[sentence.end - 1].sent.end
    while end < len(doc) and len(found) < FOLLOWING:
        following = doc[end].sent
        end = following.end
        if following.text.strip():
            found.append(following)
    return found


def _undated_statement(doc: Doc, event: Event) -> bool:
    """True when `event` is a verbal act, done, one act at one time, with no date read from the text,
    told in the simple past or the present perfect."""
    if not _undated(event) or event.quad_class not in WORDS or not done_act(event) or not event.sources:
        return False
    verb, trigger = told_verb(doc, event), trigger_token(doc, event)
    if verb is None or trigger is None or measured_sequence(verb) or habitual_clause(verb):
        return False
    if any(c.dep_ == "nummod" for c in trigger.children):
        return False  # "issued three statements"
    if any(marks_a_new_act(c) for c in (*verb.children, *trigger.children)):
        return False
    perfect = in_the_perfect(doc, event) and not has_past_perfect_auxiliary(verb)
    return perfect or simple_past(verb)


def _on_a_dated_occasion(doc: Doc, event: Event) -> bool:
    """True when `event` is a done verbal act with a date of its own whose verb is said on an
    occasion of words ("In a press statement released Nov. 10, the White House urged ...")."""
    if event.quad_class not in WORDS or not done_act(event) or own_date(event) is None:
        return False
    verb = told_verb(doc, event)
    return verb is not None and any(_occasion_phrase(c) for c in verb.children)


def _occasion_phrase(token: Token) -> bool:
    """True when `token` is a preposition whose object is an occasion noun ("in a statement")."""
    nouns = occasion_nouns()
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and c.lower_ in nouns for c in token.children)


def _its_occasion(doc: Doc, event: Event, dated: Sequence[Event]) -> Event | None:
    """The first of `dated` of `event`'s source told in the next `FOLLOWING` sentences."""
    starts = [s.start_char for s in _following_sentences(doc, event)]
    found = [o for o in dated if o.sentence_start in starts and share(event.sources, o.sources)]
    return min(found, key=lambda o: o.trigger.start, default=None)


# Quotation marks that open and close a quote; a straight one does both.
OPENING = frozenset({"\u201c", '"'})
CLOSING = frozenset({"\u201d", '"'})


def said_in_a_quote_closed_later(
    doc: Doc, events: Sequence[Event], phrases: Sequence[tuple[Timex, tuple[str, DatePrecision]]]
) -> list[Event]:
    """`events`, the undated acts of a sentence that opens a quote the next sentences close with
    the act's speaker and a time ('Conway did not apologize, but said ...: "It is rattling. So I
    will excuse him," Conway told CNN on Sunday.'), dated by that time: the words and the act
    told with them were said then (marked "+retold": inferred, not read)."""
    out = []
    for event in events:
        date = _closing_attribution(doc, event, phrases) if _undated_act(event) else None
        out.append(event if date is None else _dated_by_its_telling(event, date))
    return out


def _undated_act(event: Event) -> bool:
    return _undated(event) and event.modality in TOLD and bool(event.sources)


def _closing_attribution(
    doc: Doc, event: Event, phrases: Sequence[tuple[Timex, tuple[str, DatePrecision]]]
) -> tuple[str, DatePrecision] | None:
    """The time of the attribution closing the quote `event`'s sentence opens, when its verb's
    subject names `event`'s source (its last word: "Conway" for "Kellyanne Conway")."""
    sentence = doc.char_span(event.sentence_start, event.sentence_start + len(event.sentence), "expand")
    if sentence is None:
        return None
    names = {s.text.split()[-1].lower() for s in event.sources if s.text.split()}
    if not _opens_a_quote(sentence):
        return _next_quotes_attribution(doc, event, names, phrases)
    for following in _following_sentences(doc, event):
        closing = next((t for t in following if t.text in CLOSING), None)
        if closing is not None:
            return _attributed_time(doc, following, closing, names, phrases)
    return None


def _opens_a_quote(sentence: Span) -> bool:
    """True when `sentence` opens a quote it does not close."""
    opened = sum(t.text in OPENING and t.text not in CLOSING for t in sentence)
    closed = sum(t.text in CLOSING and t.text not in OPENING for t in sentence)
    straight = sum(t.text == '"' for t in sentence)  # opens and closes: a pair is a quote closed
    return straight % 2 == 1 or opened > closed


def _attributed_time(
    doc: Doc,
    sentence: Span,
    closing: Token,
    names: set[str],
    phrases: Sequence[tuple[Timex, tuple[str, DatePrecision]]],
) -> tuple[str, DatePrecision] | None:
    """The date of a time expression after `closing` in `sentence` on a verb whose subject is one of
    `names`."""
    for timex, date in phrases:
        if not closing.idx < timex.start < sentence.end_char:
            continue
        verb = dated_verb(doc, timex)
        if verb is not None and any(c.dep_ == "nsubj" and c.lower_ in names for c in verb.children):
            return date
    return None


def at_an_occasion_told_before(
    doc: Doc,
    events: Sequence[Event],
    phrases: Sequence[tuple[Timex, tuple[str, DatePrecision]]],
    published: dt.date,
) -> list[Event]:
    """`events`, the undated verbal acts told in the simple past right after a sentence that names
    a dated past occasion of words one of their participants took part in, dated by it: "Oz appeared
    at a 2014 Senate hearing. Sen. McCaskill scolded him." The scolding was done at that hearing,
    in 2014, not on the story's day nor on no day; the sentence sets the scene the next one tells an
    act of. The participant ties the act to the occasion (one actor of the event, source or target,
    is named in the sentence before); the occasion is an `occasion` noun of `data/time_words.tsv`
    that a time expression dates ("a 2014 Senate hearing", "a debate in March"). The date is
    inferred, not read: marked "+retold" (`Inference.RETOLD`), as `when.same_act` marks it.
    (`phrases`: the time expressions that date something, with their event dates.)"""
    out = []
    for event in events:
        date = _occasion_just_before(doc, event, phrases, published) if _a_scene_act(doc, event) else None
        out.append(event if date is None else _dated_by_its_telling(event, date))
    return out


def _a_scene_act(doc: Doc, event: Event) -> bool:
    """True for a done verbal act with no date read from the text and none the story's time gave it
    (none or the publication date: the story's day, a day told just before, carries a narrative
    on), one act told in the simple past. Not one that points to an act ahead by an infinitive
    ("invited him to visit her", "urged him to resign"): the occasion told before may be that act's,
    as a visit is the invitation's."""
    if event.date is not None and event.date_precision != "publication":
        return False
    if event.quad_class not in WORDS or not done_act(event):
        return False
    verb, trigger = told_verb(doc, event), trigger_token(doc, event)
    if verb is None or trigger is None or measured_sequence(verb) or habitual_clause(verb):
        return False
    if any(c.dep_ == "xcomp" for c in (*verb.children, *trigger.children)):
        return False
    if any(marks_a_new_act(c) for c in (*verb.children, *trigger.children)):
        return False
    return simple_past(verb) and not has_past_perfect_auxiliary(verb)


def _a_person(actor: ActorRef) -> bool:
    return actor.actor_id is not None and actor.actor_id.startswith(PERSON_PREFIX)


def _occasion_just_before(
    doc: Doc, event: Event, phrases: Sequence[tuple[Timex, tuple[str, DatePrecision]]], published: dt.date
) -> tuple[str, DatePrecision] | None:
    """The date of the dated past occasion noun of the sentence just before `event`'s, when that
    sentence names a person among `event`'s actors. A state or a sector ("American", "the Senate")
    is named around many acts of other occasions; a person ties the act to the scene."""
    sentence = doc.char_span(event.sentence_start, event.sentence_start + len(event.sentence), "expand")
    if sentence is None or sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    people = [a for a in (*event.sources, *event.targets) if _a_person(a)]
    mentions = [m.ref() for m in doc._.mentions or () if before.start_char <= m.start < before.end_char]
    if not any(same_actor(m, a) for m in mentions for a in people):
        return None
    nouns = occasion_nouns()
    for timex, date in phrases:
        if not before.start_char <= timex.start < before.end_char:
            continue
        noun = dated_noun(doc, timex)
        if noun is not None and noun.lower_ in nouns and period_start(date[0]) < published:
            return date
    return None


def _next_quotes_attribution(
    doc: Doc, event: Event, names: set[str], phrases: Sequence[tuple[Timex, tuple[str, DatePrecision]]]
) -> tuple[str, DatePrecision] | None:
    """The time of the attribution of a quote the next sentence opens with and closes, when it names
    `event`'s speaker: a lead that tells what a speaker urged, then quotes him with the day he said it
    ('Schiff called on Obama to retaliate. "It is troubling," Schiff told a radio show on Wednesday.'):
    the call is the words quoted, said then. Only for a verbal act in the simple past with no date of
    its own (`_undated_statement`), told in a sentence with no quote of its own."""
    if not _undated_statement(doc, event) or event.date_precision != "publication":
        return None
    sentence = doc.char_span(event.sentence_start, event.sentence_start + len(event.sentence), "expand")
    if sentence is None:
        return None
    # read from the tokens, past a paragraph break: the parser may hang it on either sentence
    start = sentence.end
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start == len(doc) or doc[start].text not in OPENING:
        return None
    opening = doc[start]
    closing = next((t for t in doc[opening.i + 1 : opening.sent.end] if t.text in CLOSING), None)
    if closing is None:
        closing = next((t for t in doc[opening.i + 1 :] if t.text in CLOSING), None)
    if closing is None:
        return None
    quoted = doc[opening.i : max(closing.sent.end, closing.i + 1)]
    return _attributed_time(doc, quoted, closing, names, phrases)
