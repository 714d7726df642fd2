"""First-level divisions named as whose a group or office is: "the Bavarian government",
"Californian officials", "Ontario's premier", "the premier of Ontario" are the country's the
division is in (issue 11).

The adjectives are in `data/division_demonyms.tsv`, each read only before a sector word it
describes; a risky one ("Victorian": also an era) only before a state's organ. A division's
own name that the place gazetteer shares with a larger town elsewhere ("Ontario", a Californian
city) is read as the division when it owns, or is "of", a state's organ, or is "of" a person
named with the title of one ("Rep. Adam Ruiz of California"), tagged a place or not.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.actors.lexicon import SectorLexicon, SectorTerm
from wirewatch.actors.state import Places
from wirewatch.datafiles import table_lines
from wirewatch.doctools import capitalised_indices
from wirewatch.errors import DataFileError
from wirewatch.gazetteer.cities import CityGazetteer
from wirewatch.gazetteer.countries import SurfaceForm
from wirewatch.gazetteer.words import place_words

COLUMNS = ("demonym", "division", "country", "heads")
HEADS = frozenset({"any", "state"})
# Sectors of a state's organs: the only heads of a risky adjective or of a shared division name.
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


@dataclass(frozen=True)
class DivisionDemonym:
    demonym: str
    division: str
    country: str
    state_only: bool


def load_division_demonyms(path: Path | None = None) -> dict[str, DivisionDemonym]:
    """The table by demonym as written; a malformed line names the file and the line."""
    label, rows = table_lines("division_demonyms.tsv", path, COLUMNS)
    table: dict[str, DivisionDemonym] = {}
    for number, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != len(COLUMNS) or not all(cells) or cells[3] not in HEADS:
            raise DataFileError(
                f"{label}: data line {number}: expected a demonym, a division, a country, heads"
            )
        demonym, division, country, heads = cells
        table[demonym] = DivisionDemonym(demonym, division, country, heads == "state")
    return table


@functools.lru_cache(maxsize=1)
def division_demonyms() -> dict[str, DivisionDemonym]:
    """The packaged table, read once per process."""
    return load_division_demonyms()


@functools.lru_cache(maxsize=1)
def _longest_demonym() -> int:
    """Words in the longest division adjective of the table."""
    return max((len(d.split()) for d in division_demonyms()), default=1)


def with_divisions(doc: Doc, places: Places, sectors: SectorLexicon, cities: CityGazetteer) -> Places:
    """`places` with the division adjectives and names that say whose a group or office is."""
    items = dict(places)
    taken = set(places.covered) | set(places.blocked)
    longest = _longest_demonym()
    for i in capitalised_indices(doc):
        if i in taken:
            continue
        token = doc[i]
        for size in range(longest, 0, -1):
            span = doc[token.i : token.i + size]
            if len(span) < size or taken.intersection(range(span.start, span.end)):
                continue
            code = _division_code(span.text, span.root, sectors, cities)
            if code is None and _named_as_division(span):
                # "the governor of Unity state", "fighting in Kordofan province"
                code = cities.division_country(span.text)
                span = doc[span.start : span.end + 1]
            if code is not None:
                items[span.start] = (span, SurfaceForm(span.text, code, "region"))
                taken.update(range(span.start, span.end))
                break
    return places.replaced(items) if len(items) != len(places) else places


def _named_as_division(span: SpacySpan) -> bool:
    """Whether a name is followed by a first-level division's noun and not part of a longer name."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in place_words("first_level"):
        return False
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is not None and after.is_title and not after.is_sent_start:
        return False  # "Ohio State University"
    return span.start == 0 or not doc[span.start - 1].is_title or bool(doc[span.start - 1].is_sent_start)


def _division_code(text: str, root: Token, sectors: SectorLexicon, cities: CityGazetteer) -> str | None:
    entry = division_demonyms().get(text)
    if entry is not None:
        term = _described(root, sectors)
        if term is None or (entry.state_only and term.sector not in STATE_SECTORS):
            return None
        return entry.country
    titled = _of_titled_person(root, sectors)
    if root.ent_type_ != "GPE" and titled is None:
        return None
    code = cities.division_country(text)
    if code is None:
        return None
    term = _described(root, sectors) or _of_office(root, sectors) or titled
    return code if term is not None and term.sector in STATE_SECTORS else None


def _described(word: Token, sectors: SectorLexicon) -> SectorTerm | None:
    """The group or title a modifier describes ("Bavarian" -> "government", "Ontario's" ->
    "premier"), over the other modifiers of the same noun."""
    head = word
    while head.dep_ in MODIFIER_DEPS and head.head.i != head.i:
        head = head.head
        term = sectors.get(head.text)
        if term is not None and term.kind != "place":
            return term
    return None


def _of_titled_person(word: Token, sectors: SectorLexicon) -> SectorTerm | None:
    """ "Rep. Adam Ruiz of California": the title of the person a division's name is the "of"
    object of, right after the name; the division is theirs even when the NER tagged no place
    (issue 11: a congressman of no country)."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ != "of" or word.left_edge.i != prep.i + 1:
        return None
    if prep.head.i != prep.i - 1:
        return None  # right after the name
    person = prep.head
    if person.ent_type_ != "PERSON":
        return None
    for left in person.lefts:
        term = sectors.get(left.lower_)
        if term is not None and term.kind == "title":
            return term
    return None


def _of_office(word: Token, sectors: SectorLexicon) -> SectorTerm | None:
    """ "the premier of Ontario": the office the name is the "of" object of."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    if prep.head.dep_ in ("appos", "attr"):
        return None  # "Jeb Bush, a former governor of Florida": a person's description, not an actor
    term = sectors.get(prep.head.text)
    return term if term is not None and term.kind != "place" else None
