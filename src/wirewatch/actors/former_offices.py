"""A former office named as a description ("the former secretary of state said") is the person
of the knowledge base who had left that office by the article's date and was named before it,
the latest one named (issue 11). Coreference matches a description against the words the text
gave a person; news often names the former office only in the description ("Hillary Clinton
... the former secretary of state"), so the text holds no such word, and the description was
left an actor of no one. A holder still in office is no "former" one.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from wirewatch.actors.kb import left_by
from wirewatch.actors.lexicon import FORMER_WORDS
from wirewatch.actors.state import Resolution, named_person, standing_for
from wirewatch.model import KnownActor


def add_former_office_holder(state: Resolution, start: int, end: int) -> bool:
    """Add the mention of the former holder of the office the description at tokens `start` to
    `end` names ("the former secretary of state"), when one was named before; True if added."""
    words = state.doc[start:end]
    if not any(t.lower_ in FORMER_WORDS for t in words) or not state.free(start, end):
        return False
    office = _office(state.doc[end - 1])
    before = words.start_char
    for mention in reversed([m for m in state.mentions if named_person(m) and m.end <= before]):
        entry = state.kb.get(mention.actor_id) if mention.actor_id else None
        if entry is not None and _left(entry, office, state.date):
            state.add(start, end, standing_for(mention, "description", "person"))
            return True
    return False


def _office(noun: Token) -> str:
    """The office a description's noun names with its "of" phrase ("secretary of state")."""
    of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return f"{noun.lower_} of {of[0].lower_}" if of else noun.lower_


def _left(entry: KnownActor, office: str, date: dt.date | None) -> bool:
    """Whether the person held `office` and had left it by `date`. Undated, no one had: "the
    former president" of an undated story may be one whom the knowledge base still sees in office
    then."""
    return date is not None and any(
        role.role.lower() == office or role.role.lower().endswith(f" {office}")
        for role in left_by(entry, date)
    )
