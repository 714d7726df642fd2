"""A citation date in brackets that closes a sentence is the time of what the sentence tells (issue
11): "..., the ministry said (Reuters, March 3).", "The minister accused Ethiopia of arming the
rebels [March 3]."

A wire or a digest cites its source and day after the claim or the quote. The parser hangs the
bracket from any word near it (the gerund "arming", or a sentence of its own for "[March 3]"), so the
act of the sentence did not take it and kept the publication day. So an event of the sentence the
bracket closes that has no date of its own and was done (modality actual or reported, no intent)
takes the bracket's date when

- the bracket holds the date alone, or after a source and a comma ("(Reuters, March 3)"), and
- nothing but punctuation follows the bracket up to the end of the sentence or the line.

A bracket inside the sentence ("The vote (March 3) was delayed") or one holding more words ("(see
the March 3 report)") is no citation. A done act is not dated after publication.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from wirewatch.model import DatePrecision, Event, Inference
from wirewatch.when.find import Timex, period_start
from wirewatch.when.narrative import TOLD

OPENERS = "(["
CLOSERS = ")]"
# What may follow a citation's closing bracket in its sentence: "(March 3).", "[March 3]\n".
TRAILING = ".;!?\"'\u201d \t"
# What may stand before the date in the bracket: a source and a comma ("Reuters, ", "AFP, Nairobi, ").
SOURCE_END = ","
# The longest source a citation names before its date, in characters: a wire and a place.
SOURCE_CHARS = 40


def cited_dates(
    doc: Doc,
    events: Sequence[Event],
    phrases: Sequence[tuple[Timex, tuple[str, DatePrecision]]],
    published: dt.date | None,
) -> list[Event]:
    """`events`, those done with no date of their own in a sentence a bracketed citation date closes,
    dated by it."""
    text = doc.text  # Doc.text joins every token: read it once
    cited = {
        start: date for timex, date in phrases if (start := _cited_sentence(doc, text, timex)) is not None
    }
    out = []
    for event in events:
        date = cited.get(event.sentence_start) if _undated_done(event) else None
        if date is not None and (published is None or period_start(date[0]) <= published):
            event = replace(event, date=date[0], date_precision=date[1])
        out.append(event)
    return out


def _undated_done(event: Event) -> bool:
    return (
        event.date_precision == "publication"
        and event.modality in TOLD
        and Inference.INTENT not in event.inferences
    )


def _cited_sentence(doc: Doc, text: str, timex: Timex) -> int | None:
    """The start of the sentence `timex` closes as a bracketed citation in `doc`'s `text`, else None."""
    opened = max(text.rfind(o, 0, timex.start) for o in OPENERS)
    if opened <= 0:
        return None
    inside = text[opened + 1 : timex.start]
    if inside.strip() and (len(inside) > SOURCE_CHARS or not inside.rstrip().endswith(SOURCE_END)):
        return None
    if any(c in inside for c in CLOSERS):
        return None
    rest = text[timex.end :].lstrip(" ")
    if not rest or rest[0] not in CLOSERS:
        return None
    line = rest[1:].split("\n", 1)[0]
    if line.lstrip(TRAILING) and not _sentence_ends(line):
        return None
    before = doc.char_span(0, opened, alignment_mode="contract")
    if before is None or len(before) == 0:
        return None
    return before[-1].sent.start_char


def _sentence_ends(rest: str) -> bool:
    """True when the text after the bracket ends its sentence before any word ("). Police ...")."""
    head = rest.lstrip(" \t")
    return bool(head) and head[0] in ".!?"
