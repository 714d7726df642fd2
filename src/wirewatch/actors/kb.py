"""The actor knowledge base as the resolver sees it: a read-only snapshot with name indexes.

Front ends load the actors they know (from the database, seeded by the curated table
`data/actors_curated.tsv`) and hand them to the pipeline; the resolver looks people up by
full name or alias (spelling-insensitive, see `name_key`) and, across articles, by a
surname that belongs to one person only.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from pathlib import Path

from wirewatch.actors.lexicon import coref_words
from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError
from wirewatch.gazetteer.words import name_particles, name_words
from wirewatch.model import PERSON_PREFIX, KnownActor, RoleSpan, name_key

CURATED_COLUMNS = ("name", "aliases", "country", "sector", "role", "term_start", "term_end")
# A surname shorter than this is too common across languages to identify someone alone
# ("Li", "Ri", "Ng"); within one article the resolver still links them. A curated office holder
# named family name first is indexed by it whatever its length ("Xi"): see `_surname_first`.
MIN_SURNAME_CHARS = 3


def actor_slug(name: str) -> str:
    """The id of a person actor: "Ri Yong-ho" -> "p:ri-yong-ho"."""
    return PERSON_PREFIX + name_key(name).replace(" ", "-")


class ActorKB:
    """Known actors indexed by name key and by unambiguous surname."""

    def __init__(self, actors: Iterable[KnownActor]) -> None:
        self._by_id: dict[str, KnownActor] = {}
        self._by_key: dict[str, KnownActor] = {}
        self._by_surname: dict[str, KnownActor | None] = {}
        self._first_words: set[str] = set()  # first word of every name: a cheap pre-check
        for actor in actors:
            self._add(actor)

    def _add(self, actor: KnownActor) -> None:
        self._by_id[actor.actor_id] = actor
        for name in (actor.name, *actor.aliases):
            key = name_key(name)
            self._first_words.add(key.split(" ", 1)[0])
            current = self._by_key.get(key)
            if current is None or _rank(actor) > _rank(current):
                self._by_key[key] = actor
            if actor.kind == "person":
                self._index_surname(key, actor)

    def _index_surname(self, key: str, actor: KnownActor) -> None:
        parts = [p for p in key.split() if p not in name_particles()]
        if len(parts) < 2:
            return
        if _surname_first(actor):
            # "Xi Jinping" is "Xi", and "Ban Ki-moon" no "Moon": a curated office holder's short
            # surname is safe, since alone it means them only near their terms
            # (people._surname_means); one that is an English given name is not ("Sam's Club")
            if parts[0] not in given_names():
                self._index_one_surname(parts[0], actor)
        elif len(parts[-1]) >= MIN_SURNAME_CHARS:
            self._index_one_surname(parts[-1], actor)

    def _index_one_surname(self, surname: str, actor: KnownActor) -> None:
        if surname not in self._by_surname:
            self._by_surname[surname] = actor
        elif (other := self._by_surname[surname]) is not None and other.actor_id != actor.actor_id:
            self._by_surname[surname] = None  # two people share it: never guess

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, actor_id: str) -> KnownActor | None:
        return self._by_id.get(actor_id)

    def starts_name(self, word: str) -> bool:
        """Whether some known name begins with `word` (case-insensitive)."""
        return word.lower() in self._first_words

    def by_name(self, text: str) -> KnownActor | None:
        """The actor whose name or alias is `text` (spelling-insensitive); a name written with
        middle initials the knowledge base does not give is theirs too ("John F. Kerry" is
        "John Kerry"), unless those initials name another entry."""
        key = name_key(text)
        found = self._by_key.get(key)
        if found is not None:
            return found
        parts = key.split()
        middle = [p for p in parts[1:-1] if not _initial(p)]
        if len(middle) == len(parts) - 2 or len(parts) < 3:
            return None
        found = self._by_key.get(" ".join([parts[0], *middle, parts[-1]]))
        if found is not None and any(_initial(p) for p in name_key(found.name).split()[1:-1]):
            return None  # "George H. W. Bush" is not the "George W. Bush" known also as "George Bush"
        return found

    def by_surname(self, text: str) -> KnownActor | None:
        """The one person whose surname is `text`; None when unknown or shared."""
        return self._by_surname.get(name_key(text))


def _initial(word: str) -> bool:
    """A name's initial: one letter, with or without its period ("f.", "w")."""
    return len(word.rstrip(".")) == 1 and word[0].isalpha()


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (classes female and male of data/coref_words.tsv)."""
    return frozenset(w for w, kind in coref_words().items() if kind in ("female", "male"))


def _surname_first(actor: KnownActor) -> bool:
    """A curated person of a country whose names are written family name first
    (`surname_first` codes of data/name_words.tsv)."""
    return actor.origin == "curated" and (actor.country or "").lower() in name_words("surname_first")


def _rank(actor: KnownActor) -> int:
    """Which actor a shared name means: an analyst's word, then the curated table, then learned."""
    return {"analyst": 2, "curated": 1}.get(actor.origin, 0)


def role_at(actor: KnownActor, date: dt.date | None) -> RoleSpan | None:
    """The role the actor held on `date`; None when the date falls outside every role's dates
    (a candidate before taking office, a minister after leaving it). Undated: the latest role."""
    if not actor.roles:
        return None
    if date is None:
        return max(actor.roles, key=lambda s: s.last_seen or "9999")
    return role_during(actor, date, date)


def role_during(actor: KnownActor, first: dt.date, last: dt.date) -> RoleSpan | None:
    """The role the actor held for most of the period from `first` to `last` (an event dated
    to a day, a month or a year); None when no role covers half of it."""
    days = (last - first).days + 1
    best: tuple[int, RoleSpan] | None = None
    for span in actor.roles:
        start = max(first, _day(span.first_seen, dt.date.min))
        end = min(last, _day(span.last_seen, dt.date.max))
        covered = (end - start).days + 1
        if covered * 2 >= days and covered > 0 and (best is None or covered > best[0]):
            best = (covered, span)
    return best[1] if best else None


def held_before(actor: KnownActor, date: dt.date) -> RoleSpan | None:
    """The latest role the actor had left by `date` (a former office holder), else None."""
    ended = left_by(actor, date)
    return max(ended, key=lambda s: s.last_seen or "") if ended else None


def left_by(actor: KnownActor, date: dt.date) -> list[RoleSpan]:
    """The roles the actor had left by `date`."""
    return [s for s in actor.roles if s.last_seen and _day(s.last_seen, dt.date.max) < date]


def _day(text: str | None, default: dt.date) -> dt.date:
    if not text:
        return default
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return default


def load_curated(path: Path | None = None) -> list[KnownActor]:
    """The curated starter table: one actor per name, each row a role with its term."""
    label, rows = table_lines("actors_curated.tsv", path, CURATED_COLUMNS)
    grouped: dict[str, list[list[str]]] = {}
    for number, line in enumerate(rows, start=2):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != len(CURATED_COLUMNS) or not all(cells[i] for i in (0, 2, 3, 4, 5)):
            raise DataFileError(f"{label}, row {number}: needs name, country, sector, role and term_start")
        grouped.setdefault(actor_slug(cells[0]), []).append(cells)
    return [_curated_actor(actor_id, rows_) for actor_id, rows_ in grouped.items()]


def _curated_actor(actor_id: str, rows: list[list[str]]) -> KnownActor:
    spans = [
        RoleSpan(role, country, sector, start, end or None)
        for _, _, country, sector, role, start, end in rows
    ]
    roles = tuple(sorted(spans, key=lambda s: s.first_seen or ""))
    aliases = sorted({a.strip() for row in rows for a in row[1].split("|") if a.strip()})
    latest = roles[-1]
    return KnownActor(
        actor_id=actor_id,
        name=rows[0][0],
        aliases=tuple(aliases),
        kind="person",
        country=latest.country,
        sector=latest.sector,
        role=latest.role,
        first_seen=roles[0].first_seen,
        last_seen=latest.last_seen,
        origin="curated",
        roles=roles,
    )
