"""Non-state organisations news names as actors (armed groups, movements, NGOs).

Loads `data/organisations.tsv`; each row gives a name, aliases, the country the group is
based in (or none for transnational groups) and its sector.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError

ORG_COLUMNS = ("name", "aliases", "country", "sector")
NO_COUNTRY = "-"
_ISO3 = re.compile(r"[A-Z]{3}")
_SECTOR = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Organisation:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str

    @property
    def actor_id(self) -> str:
        return "o:" + re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")

    def forms(self) -> Iterator[str]:
        yield self.name
        yield from self.aliases


def load_organisations(path: Path | None = None) -> list[Organisation]:
    """Rows of the organisations table; the default is the file shipped in `wirewatch/data`."""
    label, rows = table_lines("organisations.tsv", path, ORG_COLUMNS)
    return [_row(line, label, number) for number, line in enumerate(rows, start=2)]


def _row(line: str, label: str, number: int) -> Organisation:
    cells = [c.strip() for c in line.split("\t")]
    if len(cells) != len(ORG_COLUMNS) or not cells[0]:
        raise DataFileError(f"{label}, row {number}: expected {len(ORG_COLUMNS)} columns and a name")
    name, aliases, country, sector = cells
    if country != NO_COUNTRY and not _ISO3.fullmatch(country):
        raise DataFileError(f"{label}, row {number}: bad country {country!r}")
    if not _SECTOR.fullmatch(sector):
        raise DataFileError(f"{label}, row {number}: bad sector {sector!r}")
    names = tuple(a.strip() for a in aliases.split("|") if a.strip())
    return Organisation(name, names, None if country == NO_COUNTRY else country, sector)


# Forms this short and in capitals ("PLO", "ANC") match only as written.
_ACRONYM_MAX = 5


class OrganisationMatcher:
    """Finds organisation names in a Doc: (start token, end token, organisation), longest first."""

    def __init__(self, nlp: Language, organisations: Iterable[Organisation]) -> None:
        self._orgs: dict[str, Organisation] = {}
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        for org in organisations:
            self._orgs[org.actor_id] = org
            for form in org.forms():
                acronym = len(form) <= _ACRONYM_MAX and form.isupper()
                matcher = self._exact if acronym else self._folded
                variants = {form, form.replace("'", "\u2019")}
                matcher.add(org.actor_id, [nlp.make_doc(v) for v in variants])

    def __call__(self, doc: Doc) -> list[tuple[int, int, Organisation]]:
        spans = [
            Span(doc, start, end, label=match_id)
            for matcher in (self._exact, self._folded)
            for match_id, start, end in matcher(doc)
        ]
        return [(s.start, s.end, self._orgs[s.label_]) for s in filter_spans(spans)]
