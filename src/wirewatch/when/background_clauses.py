"""Acts a clause of their sentence tells as background: done before the story, at a time the text does
not name (issue 11: judges found such acts dated to the publication day or the story's day).

The clause says it, not a word on the act's own verb (`when.narrative.told_as_background`):

- the clause of "since" that starts a span ("Since Russia invaded Ukraine, Europe has cut its gas
  imports"): the span has run from the act up to the time of the clause above, so the act is no act of
  that time (`told_as_a_spans_start`);
- a clause of "before" or "until" set before its verb, the turning point a past state is told against
  ("Before Trump began imposing tariffs, farmers sold their soybeans to China"): a point the reader is
  told as known, not news (`told_as_a_turning_point`); after its verb ("shot three people before police
  arrested him") it goes on with the story, and keeps its date;
- a relative clause set off by a comma on the subject of its sentence, in the simple past ("Egypt and
  Jordan, which signed peace treaties with Israel, condemned the strike"): it describes the doer by
  what it did before, not what it does in the story (`told_in_a_describing_relative`);
- what a witness or a court is told in a trial ("A witness testified that the militia attacked the
  consulate", "Prosecutors told jurors that ...", "The court heard that ..."): the trial retells an act
  done before it (`told_in_testimony`; `testimony` and `trial` words of `data/time_words.tsv`);
- a clause below a verb its own sentence dates before the story's days ("Eight years ago, she lost to
  Obama, who attacked her over the war"): the clause's act belongs to that past, not to the story's day
  (`told_below_a_past_time`).

Each keeps a time of its own ("since it invaded Ukraine in February 2022"); an act retold with the date
of an earlier telling (`Inference.RETOLD`) keeps that date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from wirewatch.model import DatePrecision, Event, Inference
from wirewatch.when.attach import RELATIVE_WHERE_WHEN, SUBJECT_DEPS, sequence_marks, trigger_token
from wirewatch.when.find import Timex, clause_verb
from wirewatch.when.narrative import (
    SINCE,
    TOLD,
    before_the_story,
    has_past_perfect_auxiliary,
    simple_past,
    told_verb,
)
from wirewatch.when.words import sequence_step, testimony_words


def _undated(event: Event, story_time: bool = False) -> bool:
    """True when `event` is done and dated by no expression of its own: on the publication day, or, if
    `story_time`, on the story's day inferred for it (`Inference.STORY_TIME`)."""
    if event.modality not in TOLD:
        return False
    return event.date_precision == "publication" or (
        story_time and bool(event.inferences & Inference.STORY_TIME)
    )


def _clause(verb: Token) -> Token:
    """The verb heading the clause `verb` stands in: the first of conjoined verbs sharing a subject."""
    while (
        verb.dep_ == "conj"
        and verb.head.i != verb.i
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        verb = verb.head
    return verb


def told_as_a_spans_start(doc: Doc, event: Event) -> bool:
    """True when `event`, done and on the publication day, is told in the past in a clause of "since"
    ("Since Russia invaded Ukraine, Europe has cut ...", "has fallen since Trump imposed tariffs"): the
    start of a span that has run up to the time of the clause above. The story's day, inferred for the
    act, stays: "Police arrested him on Tuesday. Since he was detained, ..." is that day."""
    verb = told_verb(doc, event) if _undated(event) else None
    if verb is None:
        return False
    clause = _clause(verb)
    since = any(m.lower_ == SINCE for m in sequence_marks(clause))
    return clause.dep_ == "advcl" and since and simple_past(verb)


def told_as_a_turning_point(doc: Doc, event: Event, timexes: Sequence[Timex]) -> bool:
    """True when `event`, done and on the publication day, is told in the simple past in a clause of
    "before" or "until" (`sequence` words of value later) set before the verb it hangs from ("Before
    Russia invaded Ukraine, Germany relied on its gas"), in a sentence that names no time outside the
    clause: the point a past state is told against, not the story's news. A time outside the clause ("On
    Tuesday, before police arrived, ...") ties it to the story."""
    verb = told_verb(doc, event) if _undated(event) else None
    if verb is None:
        return False
    clause = _clause(verb)
    if clause.dep_ != "advcl" or clause.head.i == clause.i or clause.right_edge.i > clause.head.i:
        return False
    if not any(sequence_step(m.lower_) > 0 for m in sequence_marks(clause)):
        return False
    sentence = clause.sent
    first, last = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    outside = [
        t
        for t in timexes
        if sentence.start_char <= t.start < sentence.end_char and not first <= t.start < last
    ]
    return simple_past(verb) and not outside


def told_in_a_describing_relative(doc: Doc, event: Event) -> bool:
    """True when `event`, done and with no date read from an expression of its own, is told in the simple
    past in a relative clause set off by a comma on the subject of a verb ("Egypt and Jordan, which signed
    peace treaties with Israel, condemned the strike"): the clause describes the doer by what it did at a
    time the text does not give; the act is neither the story's day, inferred, nor the publication day.
    A relative clause of place or time ("Kyiv, where he met ...") tells its noun's occasion; one not set
    off ("the man who stabbed two people was arrested") says which noun, and may be the news; and a
    definite noun of the act ("Obasanjo, who led the mediation, said ...") names a happening the story
    knows, the doer's part in it, not an earlier act."""
    verb = told_verb(doc, event) if _undated(event, story_time=True) else None
    if verb is None or _a_known_happening(trigger_token(doc, event)):
        return False
    clause = _clause(verb)
    if clause.dep_ != "relcl" or any(c.lower_ in RELATIVE_WHERE_WHEN for c in clause.children):
        return False
    noun = clause.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "Egypt and Jordan, which ...": the conjoined subject
    if noun.dep_ not in SUBJECT_DEPS or noun.head.i == noun.i:
        return False
    between = doc[min(clause.head.i, clause.left_edge.i) : clause.left_edge.i]
    return any(t.is_punct for t in between) and simple_past(verb)


# Determiners of a noun the story has told of or knows: "the mediation", "that meeting".
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _a_known_happening(trigger: Token | None) -> bool:
    """True when `trigger` is a noun of an act with a definite determiner ("led the mediation")."""
    return trigger is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in trigger.children)


# Verbs of telling a trial ("told jurors that ...") and of a trial hearing it ("the court heard that ...").
TOLD_TO = frozenset({"told", "tells", "tell", "telling"})
HEARD = frozenset({"heard", "hears", "hear"})


def told_in_testimony(doc: Doc, event: Event) -> bool:
    """True when `event`, done and with no date read from an expression of its own, is told in the past
    as what a trial hears: the complement of a verb of giving evidence ("A witness testified that the
    militia attacked the consulate"), of telling a court or a jury ("Prosecutors told jurors that ...") or
    of a court or a jury hearing it ("The court heard that ..."): the trial retells an act done before
    it, at a time the text does not give, so neither the trial's day nor the publication day is its
    date."""
    verb = told_verb(doc, event) if _undated(event, story_time=True) else None
    if verb is None or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    report = verb.head
    testifying, trial = testimony_words()
    heard_by = {c.lower_ for c in report.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")}
    told = (report.lower_ in TOLD_TO or report.lower_ in HEARD) and bool(heard_by & trial)
    return (report.lower_ in testifying or told) and (simple_past(verb) or has_past_perfect_auxiliary(verb))


def told_below_a_past_time(
    doc: Doc,
    event: Event,
    times: Sequence[tuple[Timex, tuple[str, DatePrecision]]],
    published: dt.date,
) -> bool:
    """True when `event`, done and with no date read from an expression of its own, is told in the simple
    past in a clause below a verb that a time of its own sentence dates before the story's days ("Eight
    years ago, she lost to Obama, who attacked her over the war"; `times`: those that date an act, not a
    noun): the clause is of that past; its act is at a time the text does not give, not the story's day
    nor the publication day."""
    verb = told_verb(doc, event) if _undated(event, story_time=True) else None
    if verb is None or not simple_past(verb):
        return False
    sentence = verb.sent
    above = {t.i for t in verb.ancestors}
    return any(
        sentence.start_char <= timex.start < sentence.end_char
        and before_the_story(date, published)
        and (dated := clause_verb(doc, timex.start, timex.end)) is not None
        and dated.i in above
        for timex, date in times
    )
