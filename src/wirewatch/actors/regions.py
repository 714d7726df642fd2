"""Regions as actors: "European ministers", "Southeast Asian nations", "Western powers".

A group whose modifier names a world region (data/regions.tsv) belongs to that region, coded as
CAMEO codes regions (EUR, SEA, WST), not to the story's country: "European ministers called for
reforms in Burma" are no Burmese ministers. Plain plural nouns of states ("nations", "states",
"countries", "powers") are actors only with such a modifier ("Arab states condemned the raid").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError

COLUMNS = ("code", "name", "adjectives")
# Plural nouns of states that name an actor only with a region modifier.
STATE_NOUNS = frozenset({"nations", "states", "countries", "powers", "allies"})
MODIFIER_DEPS = frozenset({"amod", "compound"})


@dataclass(frozen=True)
class Regions:
    by_adjective: dict[str, str]  # "southeast asian" -> "SEA"
    names: dict[str, str]  # "SEA" -> "Southeast Asia"

    def of(self, noun: Token) -> str | None:
        """The region a noun's left modifier names ("Southeast Asian nations" -> SEA), else None.
        The modifier is read with its own modifiers ("Southeast Asian") before alone ("Asian")."""
        for child in noun.lefts:
            if child.dep_ not in MODIFIER_DEPS:
                continue
            words = [t.text for t in child.subtree if t.dep_ != "det"]
            for start in range(len(words)):
                code = self.by_adjective.get(" ".join(words[start:]).lower())
                if code is not None:
                    return code
        return None


def load_regions(path: Path | None = None) -> Regions:
    """Read the table; a malformed line names the file and the line."""
    label, rows = table_lines("regions.tsv", path, COLUMNS)
    by_adjective: dict[str, str] = {}
    names: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != len(COLUMNS) or not all(cells):
            raise DataFileError(f"{label}: data line {number}: expected a code, a name and adjectives")
        code, name, adjectives = cells
        names[code] = name
        for adjective in adjectives.split("|"):
            by_adjective[adjective.strip().lower()] = code
    return Regions(by_adjective, names)


@functools.lru_cache(maxsize=1)
def regions() -> Regions:
    """The packaged table, read once per process."""
    return load_regions()
