"""Typed records passed between the stages of the pipeline.

Every stage takes and returns these frozen dataclasses; nothing passes
nested dicts around. `to_dict` gives the JSON contract the CLI, the API and
the exports keep (see README, "Event JSON").
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, is_dataclass
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


class Inference(enum.Flag):
    """What a coding inferred rather than read: one member per mark of the `rule` string.

    Events and mentions carry these as a typed field; the `rule` string of the JSON contract
    ("consult.meet+pair", "model:penta+assault.shell") is rendered from it at output only
    (`render_rule`) and parsed back from the store (`parse_rule`). The two learned-classifier
    members are rendered as a prefix, every other member as a "+mark" suffix, in the order of
    the members here: the order the coder infers them in, so a rendered rule is the string the
    coder always wrote.
    """

    # A candidate the learned classifier chose ("model:penta+<rule>", events/fuse.py).
    MODEL = enum.auto()
    # A type the classifier chose at the main verb, no rule of its own ("model:penta:<type>").
    MODEL_GENERIC = enum.auto()
    # Roles (events/code.py, participants.py, final_roles.py, implied.py): how the participants were found.
    HEADLINE = enum.auto()  # a headline participle read as a passive ("Activist released")
    RECEIVED = enum.auto()  # "faces sanctions from X": the giver after "from"/"by", the subject receives
    HOST = enum.auto()  # talks "in Moscow" or "here" with no named partner: the host government
    COMPLEMENT = enum.auto()  # the target inside the complement clause ("threatened to cut ... to X")
    CONDITION = enum.auto()  # a threat aimed at whom its condition names ("... if the US goes ahead")
    SUMMARY = enum.auto()  # "a move criticized by Cuba": the summed-up clause's subject is the target
    UNATTRIBUTED = enum.auto()  # an attack with no named attacker, coded to where it happened
    UNATTRIBUTED_BOMBING = enum.auto()  # the same, a bomb or blast struck (CAMEO 183)
    PASSIVE = enum.auto()  # forces in an agentless passive retreat ("were demobilized")
    IMPLIED = enum.auto()  # the local authorities behind an agentless arrest or investigation
    PLACE = enum.auto()  # a place standing for its country as the target ("shelled Juba")
    DOMESTIC = enum.auto()  # a material act falling on the source's own country
    PAIR = enum.auto()  # "both countries": the two countries the story named most
    # Readings (events/code.py `_reading`): the code a trigger's polarity or modality gave.
    NEGATED = enum.auto()  # a negated trigger with a code of its own ("did not accept": REJECT)
    DECIDED = enum.auto()  # a decided act of conflict is the act
    REFUSED = enum.auto()  # a promise not to act is a refusal
    INTENT = enum.auto()  # a promised or threatened act is an event of intent
    # Dates (when/narrative.py): dated by the story's last named day, no time of its own.
    STORY_TIME = enum.auto()
    # Mentions (actors/): where a mention's facts came from.
    KNOWN = enum.auto()  # an office the knowledge base supplied
    ARTICLE = enum.auto()  # a group or person given the country of a one-country story
    # Dates (when/retold.py): the date the article gives the happening an event retells. Last, so
    # that the members before keep their values.
    RETOLD = enum.auto()
    # Roles (events/code.py): a reaction's target, the doer of the act it reacts to as the
    # article coded it before ("the White House condemned the bombing").
    ANTECEDENT = enum.auto()

    @property
    def mark(self) -> str:
        """The member's name as it is written: "pair", "unattributed-bombing", "model"."""
        return (self.name or "").lower().replace("_", "-")


NO_INFERENCE = Inference(0)
PERSON_PREFIX = "p:"  # the start of a person actor's id ("p:ri-yong-ho")
ORGANISATION_PREFIX = "o:"  # the start of a listed organisation's id ("o:african-union")
# The rule of a mention of an organisation of `data/organisations.tsv` (an unlisted name's is
# "organisation:unlisted").
ORGANISATION_RULE = "organisation"
MODEL_PREFIX = "model:penta+"
GENERIC_PREFIX = "model:penta:"
_PREFIXES = ((Inference.MODEL, MODEL_PREFIX), (Inference.MODEL_GENERIC, GENERIC_PREFIX))
LEARNED = Inference.MODEL | Inference.MODEL_GENERIC
_SUFFIXES = {m.mark: m for m in Inference if not m & LEARNED}


def render_rule(base: str, inferences: Inference) -> str:
    """The `rule` string of the JSON contract: "consult.meet+pair", "model:penta+attack.shell"."""
    prefix = "".join(text for member, text in _PREFIXES if member in inferences)
    marks = "".join(f"+{m.mark}" for m in inferences if m.mark in _SUFFIXES)
    return prefix + base + marks


def parse_rule(text: str) -> tuple[str, Inference]:
    """The base rule and the inferences of a rendered `rule` string (`render_rule` reversed).

    A "+word" that is no mark, or a mark out of the rendering order, stays in the base rule,
    so every string renders back to itself (a database written by an older version too).
    """
    inferences = NO_INFERENCE
    for member, prefix in _PREFIXES:
        if text.startswith(prefix):
            inferences, text = member, text[len(prefix) :]
            break
    parts = text.split("+")
    keep, marks = len(parts), NO_INFERENCE  # marks are read from the end; the first part is the base
    while keep > 1 and (mark := _SUFFIXES.get(parts[keep - 1])) is not None:
        if any(mark.value >= m.value for m in marks):
            break  # out of the rendering order: part of the base
        marks |= mark
        keep -= 1
    return "+".join(parts[:keep]), inferences | marks


def plain(value: Any) -> Any:
    """A dataclass as nested dicts, without `dataclasses.asdict`'s deep copies (which cost more
    than the database query on an API page: measured 7 ms for 50 events)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {k: plain(v) for k, v in vars(value).items()}
    if isinstance(value, tuple | list):
        return type(value)(plain(v) for v in value)
    return value


@dataclass(frozen=True)
class Article:
    """One article after ingest and cleaning, ready for NLP."""

    article_id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    published_from: str | None = None  # record | html | url | feed | dateline | cli
    origin: str = ""  # where it came from: path, path:line, "-"
    removed: tuple[tuple[str, str], ...] = ()  # (debris line, reason) dropped by cleaning
    crawled: str | None = None  # when a web archive or feed reader fetched the page (ISO timestamp)


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
    rule: str = ""  # how it was read ("person", "sector:police"); the inferences are apart
    inferences: Inference = NO_INFERENCE

    def ref(self) -> ActorRef:
        return ActorRef(self.text, self.actor_id, self.name, self.country, self.sector, self.role)

    def rule_text(self) -> str:
        """The rule as stored: "person+known", "sector:police+article"."""
        return render_rule(self.rule, self.inferences)


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
    rule: str  # the codebook rule that coded it ("consult.meet"); the inferences are apart
    date: str | None = None
    date_precision: DatePrecision | None = None
    location: Location | None = None
    inferences: Inference = NO_INFERENCE

    def rule_text(self) -> str:
        """The `rule` of the JSON contract: "consult.meet+pair", "model:penta+attack.shell"."""
        return render_rule(self.rule, self.inferences)

    def provenance(self) -> list[str]:
        """What the coding inferred, one word per inference: ["place", "pair"], ["model"]."""
        return [m.mark for m in self.inferences]

    def to_dict(self) -> dict[str, Any]:
        """The event JSON contract (README, "Event JSON")."""
        out: dict[str, Any] = plain(self)
        out.pop("sentence_start")
        out.pop("inferences")
        out["rule"] = self.rule_text()
        out["provenance"] = self.provenance()
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


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Spelling-insensitive key of a name: "Ri Yong-ho", "Ri Yong Ho" and "RI YONG HO" agree.
    (Remembered: the actor steps key the same names many times per article.)"""
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


@dataclass(frozen=True)
class Happening:
    """One real-world happening and every coded report of it (issue 13): the events of different
    articles that report it, merged; `sources`/`targets`/`cameo`/... are its representative event's
    (the most precisely dated, then the most confident)."""

    happening_id: str
    plover: str
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    sources: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    date: str | None
    date_precision: str | None
    location: Location | None
    n_mentions: int  # events merged (several in one article count)
    n_sources: int  # distinct outlets; copies with no outlet count once
    n_articles: int
    first_seen: str | None  # earliest publication date of its articles
    event_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    confidence: float  # chance that at least one independent report is right (copies count once)

    def to_dict(self) -> dict[str, Any]:
        loc = self.location
        return {
            "happening_id": self.happening_id,
            "plover": self.plover,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "sources": [plain(a) for a in self.sources],
            "targets": [plain(a) for a in self.targets],
            "date": self.date,
            "date_precision": self.date_precision,
            "location": plain(loc) if loc else None,
            "n_mentions": self.n_mentions,
            "n_sources": self.n_sources,
            "n_articles": self.n_articles,
            "first_seen": self.first_seen,
            "event_ids": list(self.event_ids),
            "article_ids": list(self.article_ids),
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class StoryActor:
    """An actor a story's articles mention: its resolved name, country or organisation code, its
    actor id when the actor table knows it, and how many mentions."""

    name: str
    code: str | None
    actor_id: str | None
    mentions: int
    kind: str = "person"  # country | igo | person | group

    def to_dict(self) -> dict[str, Any]:
        # "actor": the name again, the key clients of the first version read
        return {
            "actor": self.name,
            "name": self.name,
            "code": self.code,
            "actor_id": self.actor_id,
            "kind": self.kind,
            "mentions": self.mentions,
        }


@dataclass(frozen=True)
class Story:
    """Articles about one happening, grouped as they arrived (issue 13); a thread holds related
    stories (two earthquakes, two arrests by the same police)."""

    story_id: str
    thread_id: str
    headline: str | None
    first_date: str | None
    last_date: str | None
    n_articles: int
    top_actors: tuple[StoryActor, ...]  # most mentioned first
    article_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "story_id": self.story_id,
            "thread_id": self.thread_id,
            "headline": self.headline,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "n_articles": self.n_articles,
            "top_actors": [a.to_dict() for a in self.top_actors],
            "article_ids": list(self.article_ids),
        }
