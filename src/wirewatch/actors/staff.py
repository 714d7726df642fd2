"""A person's staff named after the person ("Trump aides", "Warren's spokeswoman", "the Clinton
campaign") as an actor of their own.

The people step reads the name as the person; the noun after it says that those who act are the
person's staff, not the person: "Trump aides denied a report" is no denial by Donald Trump
(issue 11, stop 38). The staff take the principal's country and sector (an official's staff are
the government's), or the sector their noun gives whoever the principal is (a candidate's
campaign is a party's, PTY), and the mention spans the whole phrase.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from wirewatch.actors.state import APOSTROPHES, Resolution
from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError
from wirewatch.model import PERSON_PREFIX, Mention

PRINCIPAL_SECTOR = "-"
COLUMNS = ("noun", "sector")
# Links from the staff noun (or a staff noun before it, "campaign aides") to the principal's name.
OWNER_DEPS = frozenset({"compound", "poss", "nmod", "amod"})
POSSESSIVE = "'s"
PRONOUN_RULE = "pronoun"


@functools.cache
def staff_nouns() -> dict[str, str]:
    """`data/staff_nouns.tsv`: noun -> sector, "-" for the principal's own."""
    label, rows = table_lines("staff_nouns.tsv", None, COLUMNS)
    nouns: dict[str, str] = {}
    for row in rows:
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != len(COLUMNS) or not all(cells):
            raise DataFileError(f"{label}: needs a noun and a sector: {row!r}")
        nouns[cells[0].lower()] = cells[1]
    return nouns


def add_staff(state: Resolution) -> None:
    """Turn each "<person> <staff noun>" into one group mention of the staff."""
    nouns = staff_nouns()
    for token in state.doc:
        if token.lower_ not in nouns or token.i in state.claimed or _names_a_person(token, nouns):
            continue
        first = _first_staff_word(state.doc, token, nouns)
        principal = _principal(state, first)
        if principal is None or not _owned_by(state.doc, principal, first, token):
            continue
        words = [t.lower_ for t in state.doc[first : token.i + 1] if t.lower_ in nouns]
        sector = next((nouns[w] for w in words if nouns[w] != PRINCIPAL_SECTOR), principal.sector)
        start = state.doc.char_span(principal.start, principal.end, alignment_mode="expand")
        if start is None or not state.free(first, token.i + 1):
            continue
        state.mentions.remove(principal)
        state.claimed.difference_update(range(start.start, start.end))
        state.add(
            start.start,
            token.i + 1,
            {
                "kind": "group",
                "country": principal.country,
                "sector": sector,
                "actor_id": _staff_id(principal, sector),
                "rule": f"staff:{token.lower_}",
            },
        )


def _staff_id(principal: Mention, sector: str | None) -> str:
    """The country and sector a group's id has, with whose staff they are: "the Clinton campaign
    accused the Trump campaign" has two actors, not one party acting on itself."""
    whose = (principal.actor_id or principal.text).removeprefix(PERSON_PREFIX)
    return f"{principal.country}:{sector}/{whose}"


def _names_a_person(token: Token, nouns: dict[str, str]) -> bool:
    """ "Trump spokesman Jason Miller", "Clinton aide Huma Abedin": a title of the person named
    after it, whose words the people step reads; "Trump campaign aides": a staff noun before
    another is read with it."""
    head = token.head
    return (
        token.dep_ in ("compound", "amod", "nmod")
        and head.i > token.i
        and (head.ent_type_ == "PERSON" or head.lower_ in nouns)
    )


def _first_staff_word(doc: Doc, token: Token, nouns: dict[str, str]) -> int:
    """The first of a run of staff nouns and a possessive ending at `token`: "campaign aides",
    "'s campaign"."""
    i = token.i
    while i > 0 and (doc[i - 1].lower_ in nouns or doc[i - 1].text.translate(APOSTROPHES) == POSSESSIVE):
        i -= 1
    return i


def _principal(state: Resolution, first: int) -> Mention | None:
    """The person mention that ends right before the staff words."""
    if first == 0:
        return None
    end = state.doc[first - 1].idx + len(state.doc[first - 1].text)
    if state.doc[first - 1].text.translate(APOSTROPHES) == POSSESSIVE:
        end = state.doc[first - 1].idx
    named = (m for m in state.mentions if m.kind == "person" and m.rule != PRONOUN_RULE)
    return next((m for m in named if m.end == end), None)


def _owned_by(doc: Doc, principal: Mention, first: int, token: Token) -> bool:
    """The name hangs on the staff words as their owner ("Trump aides", "Warren's aides"), not
    as a subject before a noun of its own ("Trump staff" as a verb is rare; a list is not)."""
    span = doc.char_span(principal.start, principal.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in OWNER_DEPS and first <= root.head.i <= token.i
