"""Countries, territories and international organisations, and the names news uses for them.

Loads `data/countries.tsv`, `data/igos.tsv` and `data/legislatures.tsv` (the names of one state's
legislature or chamber, form `legislature`; written by the wirewatch team) and answers
"which codes can this text stand for?", and which organisation a seat city stands for when it
acts ("Brussels said": the EU; `seat_of`). Lookup is normalised: diacritics folded, curly and
straight apostrophes equal, hyphens and dashes read as spaces, a leading "the" ignored.
Short all-caps abbreviations ("US", "UN", "WHO", "U.S.") match only as written, so "us"
and "who" match nothing; every other form matches whatever its case ("china" included:
telling a country from a common word is the caller's job).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from wirewatch.errors import DataFileError

COUNTRY_COLUMNS = (
    "iso3",
    "kind",
    "name",
    "official",
    "aliases",
    "demonyms",
    "demonyms_plural",
    "capitals",
    "metonyms",
)
IGO_COLUMNS = ("code", "name", "aliases", "members", "function", "seats")
LEGISLATURE_COLUMNS = ("name", "aliases", "country")
COUNTRY_KINDS = frozenset({"state", "observer", "territory"})
FORMS = frozenset(
    {"name", "official", "alias", "demonym", "demonym_plural", "capital", "metonym", "igo", "legislature"}
)
# Country list columns and the `form` their entries get.
_LIST_COLUMNS = (
    ("aliases", "alias"),
    ("demonyms", "demonym"),
    ("demonyms_plural", "demonym_plural"),
    ("capitals", "capital"),
    ("metonyms", "metonym"),
)
_ISO3 = re.compile(r"[A-Z]{3}")
_IGO_CODE = re.compile(r"[A-Z][A-Z0-9]{1,9}")
_SECTOR = re.compile(r"[A-Z]{3}")
_ABBREVIATION_MAX = 4

_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u02bb\u02bc\u00b4`", "'"))
# Letters NFKD leaves whole, with their plain spellings.
_UNDECOMPOSED = str.maketrans(
    {"æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "þ": "th", "Þ": "TH"}
    | dict(zip("øØłŁđĐðÐı", "oOlLdDdDi", strict=True))
)
_DASHES = re.compile(r"[-\u2010-\u2015\u2212]+")


class GazetteerError(DataFileError, ValueError):
    """A row of a gazetteer table is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Country:
    """A country, territory or (kind "igo") international organisation."""

    code: str
    kind: str
    name: str
    official: str | None
    # An IGO's function as a sector (UNSC GOV, NATO MIL, UNHCR REF): what older coding
    # schemes such as PLOVER 0.5b1 give the organisation's own actions; None for most.
    function: str | None = None


@dataclass(frozen=True)
class SurfaceForm:
    text: str  # as written in the table, e.g. "North Koreans"
    code: str  # ISO3 or IGO code
    form: str  # one of FORMS


def normalise(text: str) -> str:
    """The lookup spelling of `text`, case kept (see the module docstring)."""
    text = text.translate(_APOSTROPHES).translate(_UNDECOMPOSED)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = " ".join(_DASHES.sub(" ", text).split())
    if text[:4].lower() == "the " and len(text) > 4:
        text = text[4:]
    return text


def is_abbreviation(key: str) -> bool:
    """True for a short all-caps form ("US", "U.S.", "G7") that must match case-sensitively."""
    return (
        len(key) <= _ABBREVIATION_MAX and any(c.isupper() for c in key) and not any(c.islower() for c in key)
    )


class Gazetteer:
    """Countries and IGOs by code, and their surface forms by normalised text."""

    def __init__(
        self,
        entries: Iterable[Country],
        forms: Iterable[SurfaceForm],
        members: dict[str, tuple[str, ...]] | None = None,
        seats: dict[str, str] | None = None,
    ) -> None:
        self._entries = {e.code: e for e in entries}
        self._forms = list(forms)
        self._members = dict(members or {})
        # normalised, casefolded seat city -> the one IGO news names by it ("brussels" -> EU)
        self._seats = {normalise(city).casefold(): code for city, code in (seats or {}).items()}
        # normalised text -> (table position, form); exact keys keep case, folded are casefolded
        self._exact: dict[str, list[tuple[int, SurfaceForm]]] = {}
        self._folded: dict[str, list[tuple[int, SurfaceForm]]] = {}
        for position, sf in enumerate(self._forms):
            self._index(position, sf)

    @classmethod
    def load(
        cls, countries: Path | None = None, igos: Path | None = None, legislatures: Path | None = None
    ) -> Gazetteer:
        """Read the three tables; defaults are the files shipped in `wirewatch/data`."""
        c_label, c_text = _read(countries, "countries.tsv")
        i_label, i_text = _read(igos, "igos.tsv")
        l_label, l_text = _read(legislatures, "legislatures.tsv")
        entries, forms = _parse_countries(c_text, c_label)
        known = {e.code for e in entries}
        igo_entries, igo_forms, members, seats = _parse_igos(i_text, i_label, known)
        chambers = _parse_legislatures(l_text, l_label, known)
        return cls(entries + igo_entries, forms + igo_forms + chambers, members, seats)

    def get(self, code: str) -> Country | None:
        return self._entries.get(code)

    def entries(self) -> Iterator[Country]:
        """Every country, territory and IGO, in table order."""
        return iter(self._entries.values())

    def surface_forms(self) -> Iterator[SurfaceForm]:
        """Every surface form, in table order."""
        return iter(self._forms)

    def lookup(self, text: str) -> list[SurfaceForm]:
        """Forms that `text` may be, one per (code, form), in table order."""
        key = normalise(text)
        hits = self._exact.get(key, []) + self._folded.get(key.casefold(), [])
        seen: set[tuple[str, str]] = set()
        found = []
        for _, sf in sorted(hits, key=lambda hit: hit[0]):
            if (sf.code, sf.form) not in seen:
                seen.add((sf.code, sf.form))
                found.append(sf)
        return found

    def members(self, code: str) -> tuple[str, ...]:
        """ISO3 members of an IGO; empty when not listed or `code` is not an IGO."""
        return self._members.get(code, ())

    def seat_of(self, text: str) -> str | None:
        """The IGO a city stands for when news makes it the actor ("Brussels said": EU), from
        the `seats` column of igos.tsv; None for any other text."""
        return self._seats.get(normalise(text).casefold())

    def _index(self, position: int, sf: SurfaceForm) -> None:
        key = normalise(sf.text)
        if is_abbreviation(key):
            self._exact.setdefault(key, []).append((position, sf))
        elif key:
            self._folded.setdefault(key.casefold(), []).append((position, sf))


def _read(path: Path | None, name: str) -> tuple[str, str]:
    if path is not None:
        return str(path), path.read_text(encoding="utf-8")
    resource = resources.files("wirewatch").joinpath("data").joinpath(name)
    return f"wirewatch/data/{name}", resource.read_text(encoding="utf-8")


def _error(label: str, number: int, reason: str) -> GazetteerError:
    return GazetteerError(f"{label}, line {number}: {reason}")


def _rows(text: str, label: str, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """(line number, stripped cells) of each data row, after checking the header."""
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not header_seen:
            if tuple(cells) != columns:
                raise _error(label, number, f"header must be {', '.join(columns)}")
            header_seen = True
        elif len(cells) != len(columns):
            raise _error(label, number, f"expected {len(columns)} columns, got {len(cells)}")
        else:
            yield number, cells
    if not header_seen:
        raise GazetteerError(f"{label}: no header row")


def _split(cell: str, label: str, number: int, column: str) -> list[str]:
    if not cell:
        return []
    items = [item.strip() for item in cell.split("|")]
    if not all(items):
        raise _error(label, number, f"empty item in {column}")
    return items


def _check_code(code: str, pattern: re.Pattern[str], seen: set[str], where: tuple[str, int]) -> None:
    if not pattern.fullmatch(code):
        raise _error(*where, f"bad code {code!r}")
    if code in seen:
        raise _error(*where, f"duplicate code {code}")
    seen.add(code)


def _parse_countries(text: str, label: str) -> tuple[list[Country], list[SurfaceForm]]:
    entries: list[Country] = []
    forms: list[SurfaceForm] = []
    seen: set[str] = set()
    for number, cells in _rows(text, label, COUNTRY_COLUMNS):
        row = dict(zip(COUNTRY_COLUMNS, cells, strict=True))
        code = row["iso3"]
        _check_code(code, _ISO3, seen, (label, number))
        if row["kind"] not in COUNTRY_KINDS:
            raise _error(label, number, f"kind must be one of {sorted(COUNTRY_KINDS)}")
        if not row["name"]:
            raise _error(label, number, "name is empty")
        entries.append(Country(code, row["kind"], row["name"], row["official"] or None))
        forms.append(SurfaceForm(row["name"], code, "name"))
        if row["official"]:
            forms.append(SurfaceForm(row["official"], code, "official"))
        for column, form in _LIST_COLUMNS:
            forms.extend(SurfaceForm(t, code, form) for t in _split(row[column], label, number, column))
    return entries, forms


def _parse_igos(
    text: str, label: str, countries: set[str]
) -> tuple[list[Country], list[SurfaceForm], dict[str, tuple[str, ...]], dict[str, str]]:
    entries: list[Country] = []
    forms: list[SurfaceForm] = []
    members: dict[str, tuple[str, ...]] = {}
    seats: dict[str, str] = {}
    seen = set(countries)
    for number, (code, name, aliases, member_cell, function, seat_cell) in _rows(text, label, IGO_COLUMNS):
        _check_code(code, _IGO_CODE, seen, (label, number))
        if not name:
            raise _error(label, number, "name is empty")
        listed = _split(member_cell, label, number, "members")
        unknown = [m for m in listed if m not in countries]
        if unknown:
            raise _error(label, number, f"unknown member codes {unknown}")
        if function and not _SECTOR.fullmatch(function):
            raise _error(label, number, f"bad function sector {function!r}")
        entries.append(Country(code, "igo", name, None, function or None))
        forms.append(SurfaceForm(name, code, "igo"))
        forms.extend(SurfaceForm(t, code, "igo") for t in _split(aliases, label, number, "aliases"))
        members[code] = tuple(listed)
        for city in _split(seat_cell, label, number, "seats"):
            if city in seats:
                raise _error(label, number, f"seat {city!r} already stands for {seats[city]}")
            seats[city] = code
    return entries, forms, members, seats


def _parse_legislatures(text: str, label: str, countries: set[str]) -> list[SurfaceForm]:
    forms: list[SurfaceForm] = []
    for number, (name, aliases, code) in _rows(text, label, LEGISLATURE_COLUMNS):
        if not name:
            raise _error(label, number, "name is empty")
        if code not in countries:
            raise _error(label, number, f"unknown country code {code!r}")
        names = [name, *_split(aliases, label, number, "aliases")]
        forms.extend(SurfaceForm(written, code, "legislature") for written in names)
    return forms


@functools.cache
def packaged_gazetteer() -> Gazetteer:
    """The gazetteer of the packaged tables, read once per process and shared by every reader
    that needs no tables of its own (filters, happenings, implied parties, event places)."""
    return Gazetteer.load()
