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

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.actors.lexicon import plural_word
from wirewatch.actors.state import APOSTROPHES, Resolution
from wirewatch.datafiles import table_lines
from wirewatch.doctools import token_indices
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
    for i in token_indices(state.doc, LOWER, _staff_noun_ids()):
        token = state.doc[i]
        if token.i in state.claimed or _names_a_person(token, nouns):
            continue
        first = _first_staff_word(state.doc, token, nouns)
        principal = _principal(state, first)
        if principal is not None and _owned_by(state.doc, principal, first, token):
            _add_before(state, principal, first, token, nouns)


@functools.lru_cache(maxsize=1)
def _staff_noun_ids() -> frozenset[int]:
    """The staff nouns' string ids, to find them in a Doc's array (`token_indices`)."""
    return frozenset(get_string_id(word) for word in staff_nouns())


# Prepositions that name whose staff a staff noun before them are: "an aide to the governor", "a
# senior adviser of the mayor", "a lawyer for Donald Trump".
OWNER_PREPS = frozenset({"of", "to", "for"})


def add_described_staff(state: Resolution) -> bool:
    """After the groups step, the staff of an office or a person the staff noun is told with: "the
    governor's chief of staff", "an aide to the prime minister", "a lawyer for Donald Trump". The
    staff noun heads the phrase: the one arrested, resigning or attacked is the aide, whom the
    office only describes (the office is no actor of the act). Whether it added any."""
    nouns = staff_nouns()
    added = False
    for i in token_indices(state.doc, LOWER, _staff_noun_ids()):
        token = state.doc[i]
        if token.i in state.claimed or _names_a_person(token, nouns):
            continue
        first = _first_staff_word(state.doc, token, nouns)
        principal = _principal(state, first, offices=True)
        if principal is not None and _owned_by(state.doc, principal, first, token):
            added = _add_before(state, principal, first, token, nouns) or added
            continue
        principal = _principal_after(state, token)
        end = None if principal is None else state.doc.char_span(principal.start, principal.end, "expand")
        if principal is not None and end is not None and state.free(first, end.start):
            _add(state, principal, (first, end.end), state.doc[first : token.i + 1], token, nouns)
            added = True
    return added


def _add_before(
    state: Resolution, principal: Mention, first: int, token: Token, nouns: dict[str, str]
) -> bool:
    """ "Trump aides", "the governor's chief of staff": the staff over the principal's words
    and theirs. Whether they were added."""
    start = state.doc.char_span(principal.start, principal.end, alignment_mode="expand")
    if start is None or not state.free(first, token.i + 1):
        return False
    _add(state, principal, (start.start, token.i + 1), state.doc[first : token.i + 1], token, nouns)
    return True


def _add(
    state: Resolution,
    principal: Mention,
    bounds: tuple[int, int],
    staff_words: SpacySpan,
    token: Token,
    nouns: dict[str, str],
) -> None:
    """One group mention of the staff over `bounds` (tokens) in place of their principal's; their
    sector the first that `staff_words` give, else the principal's."""
    words = [t.lower_ for t in staff_words if t.lower_ in nouns]
    sector = next((nouns[w] for w in words if nouns[w] != PRINCIPAL_SECTOR), principal.sector)
    span = state.doc.char_span(principal.start, principal.end, alignment_mode="expand")
    state.mentions.remove(principal)
    if span is not None:
        state.claimed.difference_update(range(span.start, span.end))
    start, end = bounds
    state.add(
        start,
        end,
        {
            "kind": "group",
            "country": principal.country,
            "sector": sector,
            "role": _one_persons_role(staff_words, token, nouns),
            "actor_id": _staff_id(principal, sector),
            "rule": f"staff:{token.lower_}",
        },
    )


def _one_persons_role(staff_words: SpacySpan, token: Token, nouns: dict[str, str]) -> str | None:
    """The staff noun as the role of the one person it names ("aide", "chief of staff"), whom a
    later "he" or "she" refers back to (coreference reads a group with a role as a person); none
    for many ("aides", "staff") or a body ("campaign": a party's, PTY)."""
    if plural_word(token.lower_) or nouns[token.lower_] != PRINCIPAL_SECTOR:
        return None
    return (
        staff_words[_phrase_start(staff_words.doc, token.i, nouns) - staff_words.start :].text.lower() or None
    )


def _principal_after(state: Resolution, token: Token) -> Mention | None:
    """The office or person named right after the staff noun and "of", "to" or "for" (with a
    determiner between): "an aide to the governor"."""
    doc = state.doc
    i = token.i + 1
    if i >= len(doc) or doc[i].lower_ not in OWNER_PREPS:
        return None
    i += 1
    while i < len(doc) and doc[i].dep_ == "det":
        i += 1
    if i >= len(doc):
        return None
    begin = doc[i].idx
    return next((m for m in state.mentions if m.start == begin and _may_have_staff(m, offices=True)), None)


def _may_have_staff(mention: Mention, offices: bool) -> bool:
    """A named person (not a pronoun), or with `offices` also an office named by its title ("the
    governor", "the new mayor"): an organisation's spokesman speaks for the organisation."""
    if mention.rule == PRONOUN_RULE:
        return False
    return mention.kind == "person" or (offices and mention.kind == "group" and bool(mention.role))


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
    "'s campaign", "'s chief of staff" (a noun of several words, as the table spells it)."""
    i = _phrase_start(doc, token.i, nouns)
    while i > 0 and (doc[i - 1].lower_ in nouns or doc[i - 1].text.translate(APOSTROPHES) == POSSESSIVE):
        i = _phrase_start(doc, i - 1, nouns)
    return i


def _phrase_start(doc: Doc, i: int, nouns: dict[str, str]) -> int:
    """Where a staff noun of several words ending at token `i` starts ("chief of staff"), else `i`."""
    for noun in nouns:
        words = noun.split()
        start = i - len(words) + 1
        if len(words) > 1 and start >= 0 and [t.lower_ for t in doc[start : i + 1]] == words:
            return start
    return i


def _principal(state: Resolution, first: int, offices: bool = False) -> Mention | None:
    """The person mention (with `offices`, or office) that ends right before the staff words."""
    if first == 0:
        return None
    end = state.doc[first - 1].idx + len(state.doc[first - 1].text)
    if state.doc[first - 1].text.translate(APOSTROPHES) == POSSESSIVE:
        end = state.doc[first - 1].idx
    return next((m for m in state.mentions if m.end == end and _may_have_staff(m, offices)), None)


def _owned_by(doc: Doc, principal: Mention, first: int, token: Token) -> bool:
    """The name hangs on the staff words as their owner ("Trump aides", "Warren's aides"), not
    as a subject before a noun of its own ("Trump staff" as a verb is rare; a list is not)."""
    span = doc.char_span(principal.start, principal.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in OWNER_DEPS and first <= root.head.i <= token.i
