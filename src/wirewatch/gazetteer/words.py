"""Word classes the stages share, each stated once in a data file.

- `data/place_words.tsv`: words around place names: generic heads ("province"), the
  prepositions of place ("in", "near": where something is or happens), those that put
  something inside a territory ("inside", "throughout": whose it is), of origin ("from"),
  and common words of organisations' names that are also some city's name ("Union").
- `data/name_words.tsv`: words about people's names: particles inside a name ("bin",
  "van", "al"), suffixes after it ("Jr"), common words that are never part of a name
  ("Warns", "Says" in a headline), and online platforms that are never actors.
"""

from __future__ import annotations

import functools
from importlib import resources

from spacy.tokens import Span

from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError

PLACE_WORD_KINDS = frozenset(
    {
        "water",
        "ground",
        "stateless_organ",
        "generic",
        "locative",
        "direction",
        "first_level",
        "inside",
        "neighbour",
        "origin",
        "allegiance",
        "org",
        "settlement",
        "division_office",
        "local_office",
        "stateless",
        "stateless_group",
        "link",
        "home",
        "compass",
        "opposed",
        "birthplace",
        "posted",
        "field",
        "business",
        "offshore",
    }
)
NAME_WORD_KINDS = frozenset(
    {
        "particle",
        "suffix",
        "honorific",
        "common",
        "platform",
        "organisation",
        "organisation_mark",
        "institution",
        "building",
        "surname_first",
        "masthead",
        "masthead_place",
    }
)
NAME_WORD_COLUMNS = ("word", "kind")


@functools.cache  # one entry per kind (PLACE_WORD_KINDS)
def place_words(kind: str) -> frozenset[str]:
    """Words of `data/place_words.tsv` of one kind (see `PLACE_WORD_KINDS`)."""
    if kind not in PLACE_WORD_KINDS:
        raise ValueError(f"no place word kind {kind!r}; one of {sorted(PLACE_WORD_KINDS)}")
    text = resources.files("wirewatch").joinpath("data", "place_words.tsv").read_text(encoding="utf-8")
    words = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2 or cells[1] not in PLACE_WORD_KINDS:
            raise DataFileError(f"wirewatch/data/place_words.tsv, line {number}: needs a word and a kind")
        if cells[1] == kind:
            words.add(cells[0].lower())
    return frozenset(words)


@functools.cache  # one entry per kind (NAME_WORD_KINDS: twelve, more than a bounded cache of eight held)
def name_words(kind: str) -> frozenset[str]:
    """Lower-cased words of `data/name_words.tsv` of one kind (particle, suffix, honorific, common,
    platform, organisation, organisation_mark, institution, building, masthead, masthead_place,
    surname_first: country codes)."""
    if kind not in NAME_WORD_KINDS:
        raise ValueError(f"no name word kind {kind!r}; one of {sorted(NAME_WORD_KINDS)}")
    label, rows = table_lines("name_words.tsv", None, NAME_WORD_COLUMNS)
    words = set()
    for number, row in enumerate(rows, start=2):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != len(NAME_WORD_COLUMNS) or not cells[0] or cells[1] not in NAME_WORD_KINDS:
            raise DataFileError(
                f"{label}, data row {number}: needs a word and a kind in {sorted(NAME_WORD_KINDS)}"
            )
        if cells[1] == kind:
            words.add(cells[0].lower())
    return frozenset(words)


def name_particles() -> frozenset[str]:
    """Particles inside a name ("bin", "van", "al"), suffixes after it ("jr", "ii") and
    honorifics before it ("Ms", "Dr"): words of a name that are no name of their own."""
    return name_words("particle") | name_words("suffix") | name_words("honorific")


def water_namesake(span: Span) -> bool:
    """Is a place the namesake of a body of water ("the Gulf of Aden", "the Bay of Bengal",
    `place_words` class water)? The sea is no one's: the pirates and warships in it are not
    Yemen's, and what happens there happens in no country of that name."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ in place_words("water")
    )
