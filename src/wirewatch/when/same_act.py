"""An act told again: an event with no time of its own takes the date the article gives the same
act where it tells it with one (issue 11).

News names its act more than once: a headline in the present ("UNHCR condemns air attack on
camp"), then the lede with its day ("The UN refugee agency on Friday condemned the bombing"); a
statement told on its day, then a further point of it ("The administration also blamed Moscow
for the hack"). The retelling carries no time expression, yet it is not the publication date nor
the story's last named day: it is the day of the telling that has one. So an event that

- has no date of its own (precision `publication`), is affirmed and was done (modality actual or
  reported, no intent read from it),
- is not told in the perfect ("has also accused ... in recent days", "have confiscated so far":
  standing or cumulative acts, not one telling; but news in the present perfect is told again
  with its day by the very next sentence: "A jury has convicted a 27-year-old man of murder. The
  jury deliberated on Thursday before convicting Simpson", the target the lead only describes
  being any), nor in a clause a measured span sets apart ("three days after the Council condemned
  the launch": `when.narrative.measured_sequence`), nor counted
  ("conducted 26 missile tests"), nor marked as repeated or as a new occasion ("attacked him
  again", "this time the clash is over ...": `repeat` words of `data/time_words.tsv`) or habitual
  ("repeatedly accused", "has used the phrase often and criticized him":
  `when.narrative.habitual_clause`), nor placed after or before another happening ("the
  meeting after the break-in" is not the meeting told before it),

takes the date of the nearest other telling of the same act, when that telling has a date of its
own: a headline is told again by its lede, a further point of a statement follows the statement.
A telling of the same act is an event of the same CAMEO code (for a headline, of the same PLOVER
type: it words the act in a word of its own, "condemns" for the body's "accused"), done, with the
same source and the same target where both name one (an actor is the same by its identifier; a
state named as such is the same as its government: "Moscow" and "Russia"). When the nearest
telling has no date either ("Ted Cruz endorses Trump" over "Sen. Ted Cruz is endorsing Donald
Trump's campaign"), the act is not dated from a farther one, which may be another act of its kind
("On Wednesday, Cruz thanked Trump", a praise as CAMEO codes it). Its rule is marked "+retold"
(`Inference.RETOLD`): the date was inferred from another telling, not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from wirewatch.model import Event, Inference
from wirewatch.when.attach import trigger_token
from wirewatch.when.narrative import (
    PAST_PERFECT,
    TOLD,
    habitual_clause,
    in_the_perfect,
    measured_sequence,
    told_verb,
)
from wirewatch.when.retold import own_date
from wirewatch.when.same_actor import share
from wirewatch.when.words import repeat_words, sequence_words, time_nouns

AFFIRMED = "affirmed"


def told_again(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """`events`, those with no date of their own dated by the nearest other telling of their act."""
    done = [e for e in events if done_act(e)]
    out = []
    for event in events:
        tellings = _tellings(doc, event, done)
        nearest = min(tellings, key=lambda o: abs(o.trigger.start - event.trigger.start), default=None)
        date = own_date(nearest) if nearest is not None else None
        if date is not None:
            event = replace(
                event, date=date[0], date_precision=date[1], inferences=event.inferences | Inference.RETOLD
            )
        out.append(event)
    return out


def _tellings(doc: Doc, event: Event, done: Sequence[Event]) -> list[Event]:
    """The other tellings of `event`'s act that may date it: any in the article; for a lead's news
    in the present perfect, those of the next sentence only."""
    if may_retell(doc, event):
        headline = event.sentence_start == 0
        return [other for other in done if _same_act(event, other, headline=headline)]
    if not _news_in_the_perfect(doc, event):
        return []
    sentence = doc.char_span(event.sentence_start, event.sentence_start + len(event.sentence), "expand")
    if sentence is None or sentence.end >= len(doc):
        return []
    following = doc[sentence.end].sent.start_char
    return [o for o in done if o.sentence_start == following and _same_act(event, o, described=True)]


def _news_in_the_perfect(doc: Doc, event: Event) -> bool:
    """True when `event` is news told in the present perfect that its next sentence may tell again
    with its day: "A jury has convicted a 27-year-old man of murder. The jury deliberated for six
    hours on Thursday before convicting Simpson." A past perfect ("had accused") is background."""
    verb = told_verb(doc, event)
    if verb is None or not in_the_perfect(doc, event) or any(c.lower_ == PAST_PERFECT for c in verb.children):
        return False
    return may_retell(doc, event, perfect=True)


def done_act(event: Event) -> bool:
    """Affirmed and done, not an intent read from the act ("will meet on Wednesday")."""
    return event.polarity == AFFIRMED and event.modality in TOLD and Inference.INTENT not in event.inferences


def may_retell(doc: Doc, event: Event, perfect: bool = False) -> bool:
    """True when `event` may retell an act told elsewhere: undated, done, one act at one time (told
    in the perfect only when `perfect`)."""
    if event.date_precision != "publication" or not done_act(event) or not event.sources:
        return False
    verb, trigger = told_verb(doc, event), trigger_token(doc, event)
    if verb is None or trigger is None or measured_sequence(verb):
        return False
    if not perfect and in_the_perfect(doc, event):
        return False
    counted = any(c.dep_ == "nummod" for c in trigger.children)  # "26 missile tests"
    modifiers = (*verb.children, *trigger.children)
    repeated = any(marks_a_new_act(c) or _placed_after_a_happening(c) for c in modifiers)
    return not counted and not repeated and not habitual_clause(verb)


def _placed_after_a_happening(token: Token) -> bool:
    """True when `token` is a phrase of sequence placing the act against another happening ("was
    also at the meeting after the break-in", "met again before the vote": `sequence` words of
    `data/time_words.tsv`, its object no time): the act is told by what it followed, a new one, not
    a retelling of the act of its kind told before (the March meeting that planned the break-in)."""
    if token.dep_ != "prep" or token.lower_ not in sequence_words():
        return False
    return any(c.dep_ == "pobj" and c.lower_ not in time_nouns() for c in token.children)


def marks_a_new_act(token: Token) -> bool:
    """True when `token` (a word or the phrase it heads) tells its act as a new one, not one told
    before: "attacked him again", "This time the clash is over disclosure" (`repeat` words of
    `data/time_words.tsv`): "A year ago I called your leadership disappointing" does not date it."""
    words = repeat_words()
    return token.lower_ in words or " ".join(t.lower_ for t in token.subtree) in words


def _same_act(event: Event, other: Event, described: bool = False, headline: bool = False) -> bool:
    """True when `other` tells `event`'s act: its CAMEO code, its source, its target if both name one
    (when `described`, a target `event` only describes, "a 27-year-old man", may be any). A headline
    words the act its body tells in a word of its own ("U.S. condemns Russia over hacking" over "The
    administration on Friday accused Russia of ..."): for a `headline`, the PLOVER type stands for
    the code."""
    if other is event or other.cameo is None:
        return False
    if other.cameo != event.cameo and not (headline and other.plover == event.plover):
        return False
    if not share(event.sources, other.sources):
        return False
    if described and all(target.name is None for target in event.targets):
        return True
    return not event.targets or not other.targets or share(event.targets, other.targets)
