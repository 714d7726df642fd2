"""An act named again by a definite noun whose clause gives its time: the undated act takes that
time (issue 11).

News tells an act first with no time ("Police arrested three reporters in Harare.", "The envoy has
met the rebel leaders.") and gives the time later, in a sentence that names the act again by a
definite noun and tells it done on a day: "The arrests, made on Tuesday, drew protests", "The
talks were held on Monday", "The raid took place on Sunday night". The first telling is no news of
the publication day: it is the day of the clause that names it again. So an event that

- has no date of its own (precision `publication`), is affirmed and done, one act at one time
  (`when.same_act.may_retell`, in the simple past or the present perfect: "has arrested"),

takes the date of a later sentence's time expression when the expression dates a verb of doing
(`performed` words of `data/time_words.tsv`: "held", "made", "took place", "announced") whose
subject, or the noun it describes as a participle, is a definite noun ("the", "their") that names
the event ("the arrests" of an arrest, `when.retold.names_happening`), and the event is the last
one told before that noun that the noun names (a nearer arrest is the one "the arrests" names). A
verb that judges the act ("the arrests, condemned on Tuesday") or an indefinite noun ("arrests
made on Tuesday", other arrests) dates nothing. The date is read, not inferred.

So does a later definite noun that names the act and that a time expression dates itself, with no
verb between: "Emery was released after posting bond. ... Speaking after his release on Saturday,
he said ..." was released on Saturday (`_nouns_dated_themselves`), as "his release, made on
Saturday" would say; a noun formed from the act's own verb, not any noun of its type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from wirewatch.model import DatePrecision, Event
from wirewatch.when.find import Timex
from wirewatch.when.narrative import dated_verb
from wirewatch.when.retold import dated_noun, names_happening
from wirewatch.when.same_act import may_retell
from wirewatch.when.words import performed_words

# Determiners of a noun that names an act already told.
DEFINITE = frozenset({"the", "their", "its", "his", "her", "these", "those"})
# How the noun of the act stands to the verb of doing: its subject ("the arrests were made"), or the
# noun a participle describes ("the arrests, made on Tuesday": the participle's head).
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PARTICIPLE = "acl"


def named_again(
    doc: Doc, events: Sequence[Event], phrases: Sequence[tuple[Timex, tuple[str, DatePrecision]]]
) -> list[Event]:
    """`events`, those with no date of their own dated by the clause of a later definite noun that
    names them (`phrases`: the time expressions that date something, with their event dates)."""
    out = list(events)
    nouns = [(n, d, True) for n, d in _dated_act_nouns(doc, phrases)]
    nouns += [(n, d, False) for n, d in _nouns_dated_themselves(doc, phrases)]
    for noun, date, by_type in nouns:
        index = _named(doc, events, noun, by_type)
        if index is not None:
            out[index] = replace(events[index], date=date[0], date_precision=date[1])
    return out


def _dated_act_nouns(
    doc: Doc, phrases: Sequence[tuple[Timex, tuple[str, DatePrecision]]]
) -> list[tuple[Token, tuple[str, DatePrecision]]]:
    """The definite nouns a verb of doing tells done at a date ("The talks, held on Monday"), with
    that date."""
    found: list[tuple[Token, tuple[str, DatePrecision]]] = []
    for timex, date in phrases:
        verb = dated_verb(doc, timex)
        if verb is None or verb.lower_ not in performed_words():
            continue
        nouns = [c for c in verb.children if c.dep_ in SUBJECTS]
        if verb.dep_ == PARTICIPLE and verb.head.i != verb.i:
            nouns.append(verb.head)
        found.extend((n, date) for n in nouns if any(c.lower_ in DEFINITE for c in n.children))
    return found


def _nouns_dated_themselves(
    doc: Doc, phrases: Sequence[tuple[Timex, tuple[str, DatePrecision]]]
) -> list[tuple[Token, tuple[str, DatePrecision]]]:
    """The definite nouns a time expression dates in their own phrase ("after his release on
    Saturday", "the vote on Sunday", `when.retold.dated_noun`), with that date: the noun names an
    act done at that time whatever verb its phrase hangs from. It names only an act of its own word
    ("the release" of "released"): a noun of the act's type with a date in its phrase may name
    another happening of that type ("the bombing of another town on Tuesday"), or carry a verb's time
    the parser hung from it ("testified in the shooting on Thursday", of a shooting years before)."""
    found: list[tuple[Token, tuple[str, DatePrecision]]] = []
    for timex, date in phrases:
        noun = dated_noun(doc, timex)
        if noun is not None and any(c.lower_ in DEFINITE for c in noun.children):
            found.append((noun, date))
    return found


def _named(doc: Doc, events: Sequence[Event], noun: Token, by_type: bool = True) -> int | None:
    """The index of the event `noun` names, when it is the last one told before the noun's sentence
    that the noun names and it may take a date from another telling; else None. With `by_type` false
    the noun names only an act of its own word ("the release" of "released"), not any of its type."""
    before = [
        (i, e)
        for i, e in enumerate(events)
        if e.trigger.end <= noun.sent.start_char
        and names_happening(noun, e.plover if by_type else None, e.trigger.text)
    ]
    if not before:
        return None
    index, event = max(before, key=lambda pair: pair[1].trigger.start)
    return index if may_retell(doc, event, perfect=True) else None
