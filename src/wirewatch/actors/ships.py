"""Ships named with their prefix ("INS Mysore", "the frigate HMS Defender", "MV Sirius Star"), read
before people so that no ship is taken for a person (issue 11): a navy's ship is its country's
navy (MIL), a merchant ship a business (BUS). The prefixes are `data/ship_prefixes.tsv`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from wirewatch.datafiles import table_lines
from wirewatch.doctools import token_indices
from wirewatch.errors import DataFileError

V = TypeVar("V")
SHIP_COLUMNS = ("prefix", "country", "sector")
NO_COUNTRY = "-"
_CODE = re.compile(r"[A-Z]{3}")
# A ship's name after its prefix is one to three capitalised words ("Mysore", "Carl Vinson",
# "Queen Elizabeth", "Sirius Star"); longer runs are a sentence's other names.
MAX_NAME_TOKENS = 3
# The most tokens of a prefix written out ("Her Majesty 's Canadian Ship").
MAX_PREFIX_TOKENS = 5
# Entity types that end a ship's name: "INS Mysore Thursday", "MV Gibe 30 miles".
NOT_NAME_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL"})


@dataclass(frozen=True)
class ShipPrefix:
    prefix: str
    countries: tuple[str, ...]  # the navies that use it, the usual one first; () for merchant ships
    sector: str


@functools.lru_cache(maxsize=1)
def ship_prefixes(path: Path | None = None) -> dict[str, ShipPrefix]:
    """Prefix as written -> its navies and sector, from `data/ship_prefixes.tsv`."""
    label, rows = table_lines("ship_prefixes.tsv", path, SHIP_COLUMNS)
    out: dict[str, ShipPrefix] = {}
    for number, row in enumerate(rows, start=2):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != len(SHIP_COLUMNS) or not cells[0] or not _CODE.fullmatch(cells[2]):
            raise DataFileError(f"{label}, row {number}: needs a prefix, a country and a sector")
        codes = () if cells[1] == NO_COUNTRY else tuple(cells[1].split("|"))
        if any(not _CODE.fullmatch(code) for code in codes):
            raise DataFileError(f"{label}, row {number}: bad country {cells[1]!r}")
        out[cells[0]] = ShipPrefix(cells[0], codes, cells[2])
    return out


def find_ships(doc: Doc) -> Iterator[tuple[int, int, int, ShipPrefix]]:
    """(start, name start, end, prefix) of each ship named with its prefix in `doc`."""
    prefixes = ship_prefixes()
    for i in token_indices(doc, ORTH, _prefix_ids()):
        last = _prefix_end(doc, i, prefixes)
        if last is None:
            continue
        if (end := _name_end(doc[last])) > last + 1:
            # a prefix with no name after it is no ship ("the INS")
            yield i, last + 1, end, prefixes[doc[i : last + 1].text]


def _prefix_end(doc: Doc, start: int, prefixes: Mapping[str, ShipPrefix]) -> int | None:
    """The last token of the prefix starting at `start`: the token itself ("INS"), or the last
    word of a prefix written out ("Indian Naval Ship Sukanya", "Her Majesty's Ship Defender")."""
    for last in range(start, min(start + MAX_PREFIX_TOKENS, len(doc))):
        if doc[start : last + 1].text in prefixes:
            return last
    return None


@functools.lru_cache(maxsize=1)
def _prefix_ids() -> frozenset[int]:
    """The first words of the prefixes, by which a scan finds them."""
    return frozenset(get_string_id(prefix.split()[0]) for prefix in ship_prefixes())


@functools.lru_cache(maxsize=1)
def _prefix_last_words() -> frozenset[str]:
    return frozenset(prefix.split()[-1] for prefix in ship_prefixes())


def ship_country(prefix: ShipPrefix, sentence: Collection[str], story: Collection[str]) -> str | None:
    """The navy a ship's prefix means: the first of its navies the sentence names, else the
    story, else the usual one; None for a merchant ship."""
    for named in (sentence, story):
        for code in prefix.countries:
            if code in named:
                return code
    return prefix.countries[0] if prefix.countries else None


def ship_names(doc: Doc, named: Mapping[tuple[str, ...], V]) -> Iterator[tuple[int, int, V]]:
    """(start, end, value) of each later mention of a ship by its name alone ("the Mysore" after
    "INS Mysore"): the name's words as written, not after the prefix, with no capitalised word
    after them (the ship "Valor" is no "Valor Street")."""
    firsts = frozenset(get_string_id(words[0]) for words in named)
    for i in token_indices(doc, ORTH, firsts):
        for words, value in named.items():
            end = i + len(words)
            after_prefix = i > 0 and doc[i - 1].text in _prefix_last_words()
            if tuple(t.text for t in doc[i:end]) != words or after_prefix:
                continue
            if end == len(doc) or not _name_word(doc[end]):
                yield i, end, value


def _name_end(prefix: Token) -> int:
    doc = prefix.doc
    end = prefix.i + 1
    while end < len(doc) and end - prefix.i <= MAX_NAME_TOKENS and _name_word(doc[end]):
        end += 1
    return end


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.text[0].isupper() and token.ent_type_ not in NOT_NAME_TYPES
