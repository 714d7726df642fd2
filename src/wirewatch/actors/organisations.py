"""Non-state organisations news names as actors (armed groups, movements, NGOs).

Loads `data/organisations.tsv`; each row gives a name, aliases, the country the group is
based in (or none for transnational groups), its sector and, for a name several
organisations share, the countries of the stories that mean it (RSF in a Sudan story is
the Rapid Support Forces; elsewhere Reporters Without Borders).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError
from wirewatch.model import ORGANISATION_PREFIX

ORG_COLUMNS = ("name", "aliases", "country", "sector", "context")
NO_COUNTRY = "-"
_ISO3 = re.compile(r"[A-Z]{3}")
_SECTOR = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Organisation:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str
    context: frozenset[str] = frozenset()  # stories (countries) that mean this reading of a shared name

    @property
    def actor_id(self) -> str:
        return organisation_id(self.name)

    def forms(self) -> Iterator[str]:
        yield self.name
        yield from self.aliases


def load_organisations(path: Path | None = None) -> list[Organisation]:
    """Rows of the organisations table; the default is the file shipped in `wirewatch/data`."""
    label, rows = table_lines("organisations.tsv", path, ORG_COLUMNS)
    return [_row(line, label, number) for number, line in enumerate(rows, start=2)]


def organisation_id(name: str) -> str:
    """An organisation's actor id from its name: "o:movement-for-democratic-change"."""
    return ORGANISATION_PREFIX + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _row(line: str, label: str, number: int) -> Organisation:
    cells = [c.strip() for c in line.split("\t")]
    cells += [""] * (len(ORG_COLUMNS) - len(cells))
    if len(cells) != len(ORG_COLUMNS) or not cells[0]:
        raise DataFileError(f"{label}, row {number}: expected {len(ORG_COLUMNS)} columns and a name")
    name, aliases, country, sector, context = cells
    if country != NO_COUNTRY and not _ISO3.fullmatch(country):
        raise DataFileError(f"{label}, row {number}: bad country {country!r}")
    if not _SECTOR.fullmatch(sector):
        raise DataFileError(f"{label}, row {number}: bad sector {sector!r}")
    codes = frozenset(c.strip() for c in context.split("|") if c.strip())
    if any(not _ISO3.fullmatch(c) for c in codes):
        raise DataFileError(f"{label}, row {number}: bad context {context!r}")
    names = tuple(a.strip() for a in aliases.split("|") if a.strip())
    return Organisation(name, names, None if country == NO_COUNTRY else country, sector, codes)


# Forms this short with a capital after their first letter ("PLO", "ANC", "LeT", "JeM") are
# acronyms and match only as written: folded, "LeT" would be every "let" and "Let".
_ACRONYM_MAX = 5
# Acronyms this long also match in the title case some house styles print ("Farc", "Isil");
# shorter ones would meet names and words ("Ira", "Eta").
_TITLED_MIN = 4
# Words the model may take into a name that make it no longer ("the Rapid Support Forces").
ARTICLES = frozenset({"the", "a", "an"})


class OrganisationMatcher:
    """Finds organisation names in a Doc: (start token, end token, organisation), longest first."""

    def __init__(self, nlp: Language, organisations: Iterable[Organisation]) -> None:
        self._readings: dict[str, list[Organisation]] = {}  # form key -> organisations bearing it
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        for org in organisations:
            for form in org.forms():
                acronym = _is_acronym(form)
                key = form if acronym else form.lower()
                if key not in self._readings:
                    matcher = self._exact if acronym else self._folded
                    variants = {form, form.replace("'", "\u2019")}
                    if form.isupper() and acronym and len(form) >= _TITLED_MIN:
                        variants.add(form.capitalize())  # house styles that write "Farc", "Isis"
                    if form.isalpha() and form.isupper() and acronym:
                        variants.add("".join(f"{c}." for c in form))  # "F.B.I.", "C.I.A."
                    matcher.add(key, [nlp.make_doc(v) for v in variants])
                self._readings.setdefault(key, []).append(org)

    def __call__(self, doc: Doc, countries: Collection[str] = ()) -> list[tuple[int, int, Organisation]]:
        """Organisations named in `doc`; a shared name is read in the story's `countries`."""
        spans = [
            Span(doc, start, end, label=match_id)
            for matcher in (self._exact, self._folded)
            for match_id, start, end in matcher(doc)
        ]
        found = []
        for span in filter_spans(spans):
            if _common_noun(span):
                continue
            org = in_context(self._readings[span.label_], countries)
            if org is not None and not (org.context and _inside_a_longer_name(span)):
                found.append((span.start, span.end, org))
        return found


def _inside_a_longer_name(span: Span) -> bool:
    """Whether the model tags a longer name around a match ("the International Labor Office",
    "Labor Day", "the Democratic Party of Japan"): a name several organisations share (read in
    context) is then a word of another's name, not the party (issue 11). An article the model
    takes into the name ("the Rapid Support Forces") makes it no longer."""
    doc = span.doc
    outside = []
    i = span.start
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
        outside.append(doc[i])
    j = span.end
    while j < len(doc) and doc[j].ent_iob_ == "I":
        outside.append(doc[j])
        j += 1
    return any(t.is_alpha and t.lower_ not in ARTICLES for t in outside)


def _common_noun(span: Span) -> bool:
    """A folded match written all in lower case is a word, not the name ("amounted to an
    amnesty" is no Amnesty International): news capitalises a name."""
    return span.text.islower()


def _is_acronym(form: str) -> bool:
    return len(form) <= _ACRONYM_MAX and " " not in form and any(c.isupper() for c in form[1:])


def in_context(readings: list[Organisation], countries: Collection[str]) -> Organisation | None:
    """The reading of a name in a story about `countries`: one whose context the story names,
    else the one with no context; None when only other stories' readings exist."""
    if len(readings) == 1 and not readings[0].context:
        return readings[0]
    named = set(countries)
    fitting = [org for org in readings if org.context & named]
    if fitting:
        return fitting[0]
    return next((org for org in readings if not org.context), None)
