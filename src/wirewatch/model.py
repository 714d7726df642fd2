"""Typed records passed between the stages of the pipeline.

Every stage takes and returns these frozen dataclasses; nothing passes
nested dicts around. `to_dict` gives the JSON contract the CLI, the API and
the exports keep (see README, "Event JSON").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["coded", "rejected"]
Polarity = Literal["affirmed", "negated"]
Modality = Literal["actual", "future", "hypothetical", "reported"]
DatePrecision = Literal["day", "week", "month", "year", "publication"]

_WS = re.compile(r"\s+")
_QUOTES: dict[str, str | int | None] = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}
_STRAIGHTEN = str.maketrans(_QUOTES)


def normalise_text(text: str) -> str:
    """Text as used for identity: NFC, curly quotes straightened, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_STRAIGHTEN)
    return _WS.sub(" ", text).strip()


def text_article_id(text: str) -> str:
    """Stable article id from the normalised text (same text, same id)."""
    digest = hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()
    return f"t{digest[:16]}"


def bytes_id(data: bytes) -> str:
    """Stable id for input that could not be decoded as text."""
    return f"b{hashlib.sha1(data).hexdigest()[:16]}"


@dataclass(frozen=True)
class Article:
    """One article after ingest and cleaning, ready for NLP."""

    article_id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    published_from: str | None = None  # record | html | dateline | cli
    origin: str = ""  # where it came from: path, path:line, "-"
    removed: tuple[tuple[str, str], ...] = ()  # (debris line, reason) dropped by cleaning


@dataclass(frozen=True)
class Rejection:
    """An input that was not coded, and why. It still gets an article row."""

    article_id: str
    origin: str
    reason: str  # machine-readable: empty, binary, encoding, json, too-large, language, ...
    message: str  # a sentence a person can act on, naming the input
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class ActorRef:
    """An actor as it appears in one event or quote."""

    text: str
    actor_id: str | None
    name: str | None
    country: str | None
    sector: str | None
    role: str | None


@dataclass(frozen=True)
class Mention:
    """A span of the clean text that names an actor."""

    start: int
    end: int
    text: str
    kind: str  # country | igo | person | group
    country: str | None
    sector: str | None = None
    name: str | None = None
    role: str | None = None
    actor_id: str | None = None
    rule: str = ""

    def ref(self) -> ActorRef:
        return ActorRef(self.text, self.actor_id, self.name, self.country, self.sector, self.role)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Event:
    """Who did what to whom, with the evidence and the rule that decided."""

    event_id: str
    article_id: str
    plover: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    polarity: Polarity
    modality: Modality
    sources: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    sentence: str
    sentence_start: int
    trigger: Span
    confidence: float
    rule: str
    date: str | None = None
    date_precision: DatePrecision | None = None
    location: Location | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("sentence_start")
        return out


@dataclass(frozen=True)
class Quote:
    """What someone said (quoted or reported), the cue that says so, and who said it."""

    article_id: str
    speaker: ActorRef | None
    text: str
    start: int
    end: int
    cue: str | None
    kind: str = "direct"  # direct | indirect | partial
    cue_start: int | None = None  # where the cue is; quotes sharing one are one attribution
    speaker_start: int | None = None  # the words naming the speaker at the cue ("he")
    speaker_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: article_id, speaker{...actor}, text, start, end, cue."""
        return {
            "article_id": self.article_id,
            "speaker": asdict(self.speaker) if self.speaker else None,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
        }


@dataclass(frozen=True)
class CodedArticle:
    """What the pipeline returns for one article; the store persists it."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = field(default=())


def event_id(article_id: str, sentence_start: int, trigger_start: int, plover: str) -> str:
    """Stable event id: the same coding of the same article gets the same id."""
    key = f"{article_id}:{sentence_start}:{trigger_start}:{plover}"
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


_NAME_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def name_key(name: str) -> str:
    """Spelling-insensitive key of a name: "Ri Yong-ho", "Ri Yong Ho" and "RI YONG HO" agree."""
    folded = unicodedata.normalize("NFKD", name.translate(_NAME_APOSTROPHES))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub(r"'s$", "", folded.strip())
    return " ".join(re.split(r"[\s\-]+", folded.lower())).strip()


@dataclass(frozen=True)
class RoleSpan:
    """A role an actor held, bounded by the first and last date it was seen (or its term)."""

    role: str
    country: str | None
    sector: str | None
    first_seen: str | None  # ISO date
    last_seen: str | None


@dataclass(frozen=True)
class KnownActor:
    """One actor of the knowledge base, as front ends hand it to the pipeline."""

    actor_id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "person"
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    origin: str = "learned"  # learned | curated | analyst
    roles: tuple[RoleSpan, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `wirewatch actors --format jsonl`."""
        return {
            "actor_id": self.actor_id,
            "name": self.name,
            "aliases": list(self.aliases),
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "origin": self.origin,
        }
