"""Sector words and titles, loaded from `data/sectors.tsv`."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from wirewatch.errors import DataFileError

# Words that may stand inside a title without naming a sector
# ("former U.S. President", "the deputy foreign minister").
TITLE_FILLERS = frozenset(
    {
        "former",
        "deputy",
        "acting",
        "then",
        "new",
        "senior",
        "top",
        "chief",
        "first",
        "vice",
        "interim",
        "outgoing",
        "incoming",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "trade",
        "economy",
        "justice",
        "state",
        "prime",
        "general",
        "head",
        "the",
        "affairs",
    }
)


# Titles that say a person's office only relative to someone else ("his Cuban counterpart"):
# they give the sector but are not a role to remember.
RELATIVE_TITLES = frozenset({"counterpart", "counterparts", "colleague", "successor", "predecessor"})


# Titles that say rank, not sector: the word before them decides ("army spokesman" MIL,
# "rebel commander" REB, "police chief" COP, "opposition leaders" OPP).
GENERIC_TITLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "commander", "leader", "leaders", "chief", "head"}
    | {"official", "officials"}
)


@dataclass(frozen=True)
class SectorTerm:
    term: str
    sector: str
    kind: str  # title | group


class SectorLexicon:
    """Longest-match lookup of sector terms over lower-cased word sequences."""

    def __init__(self, terms: list[SectorTerm]) -> None:
        self._terms = {t.term: t for t in terms}
        self.max_words = max((len(t.term.split()) for t in terms), default=1)
        self.words = frozenset(w for t in terms for w in t.term.split())

    @classmethod
    def load(cls, path: Path | None = None) -> SectorLexicon:
        if path is None:
            with resources.files("wirewatch").joinpath("data", "sectors.tsv").open(encoding="utf-8") as fh:
                return cls(_parse(fh.read(), "sectors.tsv"))
        return cls(_parse(path.read_text(encoding="utf-8"), str(path)))

    def sectors(self) -> frozenset[str]:
        """Every sector code the table uses."""
        return frozenset(t.sector for t in self._terms.values())

    def get(self, phrase: str) -> SectorTerm | None:
        return self._terms.get(phrase.lower())

    def longest(self, words: list[str]) -> SectorTerm | None:
        """The longest term that ends some run of `words` (lower-cased), preferring later words."""
        lowered = [w.lower() for w in words]
        for end in range(len(lowered), 0, -1):
            for size in range(min(self.max_words, end), 0, -1):
                hit = self._terms.get(" ".join(lowered[end - size : end]))
                if hit:
                    return hit
        return None


def _parse(text: str, name: str) -> list[SectorTerm]:
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.reader(rows, delimiter="\t")
    header = next(reader, None)
    if header != ["term", "sector", "kind"]:
        raise DataFileError(f"{name}: header must be term, sector, kind; got {header}")
    terms = []
    for number, row in enumerate(reader, start=2):
        if len(row) != 3 or row[2] not in ("title", "group"):
            raise DataFileError(f"{name}: row {number} is malformed: {row}")
        terms.append(SectorTerm(row[0].lower(), row[1], row[2]))
    return terms
