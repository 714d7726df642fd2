"""Request bodies the API accepts, as pydantic models (they also document themselves in OpenAPI)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from wirewatch.api.service import ArticleInput


class ArticleIn(BaseModel):
    """One article: its text (plain, or an HTML page with `html: true`) and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article's text, or an HTML page when html is true")
    id: str | None = Field(
        None, max_length=200, description="your id; default: a hash of the normalised text"
    )
    title: str | None = None
    date: str | None = Field(None, description="publication date, YYYY-MM-DD", examples=["2017-11-22"])
    url: str | None = None
    source: str | None = None
    html: bool = False

    def to_input(self) -> ArticleInput:
        return ArticleInput(**self.model_dump())


# --- what the API returns (documentation: routes build these shapes as plain JSON) ----------------
# `extra="allow"`: a field added to a record is documented late, never refused.


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorDetail(_Out):
    field: str = Field(description="the parameter or body field, e.g. offset or body.0.text")
    problem: str


class ErrorInfo(_Out):
    status: int = Field(description="the HTTP status again")
    message: str = Field(description="a sentence saying what to change")
    details: list[ErrorDetail] = Field(description="the fields a validation error names; else empty")


class ErrorBody(_Out):
    """Every error the API answers, whatever the status."""

    error: ErrorInfo


class ActorRef(_Out):
    text: str
    actor_id: str | None
    name: str | None
    country: str | None = Field(description="ISO3 or IGO code")
    sector: str | None
    role: str | None


class Trigger(_Out):
    start: int
    end: int
    text: str


class Location(_Out):
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None


class Event(_Out):
    """One coded event: the event JSON contract of the README."""

    event_id: str
    article_id: str
    date: str | None
    date_precision: str | None
    plover: str
    mode: str | None
    cameo: str
    quad_class: int
    goldstein: float
    polarity: str
    modality: str
    sources: list[ActorRef]
    targets: list[ActorRef]
    location: Location | None
    sentence: str
    trigger: Trigger
    confidence: float
    rule: str
    provenance: list[str]


class _Page(_Out):
    total: int = Field(description="rows matching, over all pages")
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")


class EventPage(_Page):
    items: list[Event]


class Article(_Out):
    article_id: str
    source: str | None
    url: str | None
    published: str | None
    title: str | None
    status: str = Field(description="coded or rejected")
    reason: str | None
    message: str | None
    n_events: int


class ArticlePage(_Page):
    items: list[Article]


class Mention(_Out):
    start: int
    end: int
    text: str
    kind: str
    country: str | None
    sector: str | None
    name: str | None
    role: str | None
    actor_id: str | None


class Quote(_Out):
    article_id: str | None = None
    speaker: ActorRef | None
    text: str
    start: int
    end: int
    cue: str | None


class ArticleWithText(Article):
    text: str | None


class ArticleDetail(_Out):
    article: ArticleWithText
    mentions: list[Mention]
    events: list[Event]
    quotes: list[Quote]


class Actor(_Out):
    actor_id: str
    name: str | None
    kind: str | None
    country: str | None
    sector: str | None
    role: str | None
    first_seen: str | None
    last_seen: str | None
    n_events: int


class ActorPage(_Page):
    items: list[Actor]


class ActorRole(_Out):
    role: str | None
    sector: str | None
    country: str | None
    first_seen: str | None
    last_seen: str | None


class ActorEvent(_Out):
    event_id: str
    article_id: str
    date: str | None
    plover: str
    cameo: str
    quad_class: int
    goldstein: float
    side: str = Field(description="source or target")
    sentence: str


class ActorDetail(_Out):
    actor: dict[str, object] = Field(description="the actor as in GET /v1/actors, with origin and aliases")
    roles: list[ActorRole]
    events: list[ActorEvent]


class DyadPeriod(_Out):
    period: str | None
    events: int
    quad_class: dict[str, int] = Field(description="events per quad class, keys 1 to 4")
    mean_goldstein: float | None


class DyadStats(_Out):
    dyad: list[str]
    period: str
    periods: list[DyadPeriod]


class NetworkNode(_Out):
    id: str
    events: int


class NetworkEdge(_Out):
    source: str
    target: str
    events: int
    mean_goldstein: float | None


class Network(_Out):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class PlaceType(_Out):
    type: str = Field(description="PLOVER type")
    count: int


class Place(_Out):
    """One place of the map: the events under the filters located there, summed."""

    name: str | None
    country: str | None
    lat: float
    lon: float
    events: int = Field(description="events located at the place")
    quad_class: dict[str, int] = Field(description="events per quad class (1 to 4) found at the place")
    types: list[PlaceType] = Field(description="its most frequent PLOVER types, most first (up to 3)")
    latest: str | None = Field(description="date of its latest dated event")


class Locations(_Out):
    items: list[Place] = Field(description="places, most events first; `limit` of them")


class Stats(_Out):
    articles: int
    coded: int
    rejected: int
    events: int
    mentions: int
    actors: int


class CountryCode(_Out):
    code: str
    name: str
    kind: str = Field(description="state, observer, territory or igo")


class Countries(_Out):
    items: list[CountryCode]


class PloverTypes(_Out):
    items: list[str]


class CodedArticleText(_Out):
    article_id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    text: str


class RemovedLine(_Out):
    line: str
    reason: str


class Coded(_Out):
    """POST /v1/code: the article as coded, nothing stored."""

    article: CodedArticleText
    mentions: list[Mention]
    events: list[Event]
    quotes: list[dict[str, object]]
    removed: list[RemovedLine]


class IngestResult(_Out):
    article_id: str
    status: str = Field(description="coded, exists or rejected")
    reason: str | None = None
    message: str | None = None
    n_events: int


class IngestSummary(_Out):
    coded: int
    exists: int
    rejected: int
    results: list[IngestResult] = Field(description="one per article, in the order sent")


def _error(description: str, headers: dict[str, object] | None = None) -> dict[str, object]:
    response: dict[str, object] = {"model": ErrorBody, "description": description}
    if headers:
        response["headers"] = headers
    return response


_RETRY_AFTER: dict[str, object] = {
    "Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}
}
# Every route: the statuses any request may meet, each with the JSON error body.
ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    400: _error("malformed JSON, a filter value that cannot be used, or a Host this server does not serve"),
    401: _error("the bearer token is missing or wrong (writes; reads when protected)"),
    403: _error("the server has no WIREWATCH_API_TOKEN, so writes are off"),
    404: _error("no such article, actor or endpoint"),
    413: _error("the body is over WIREWATCH_MAX_REQUEST_BYTES (or an article over the size limit)"),
    422: _error("a parameter or body field does not fit: unknown country or PLOVER type, out of range"),
    500: _error("the server failed; logged"),
    503: _error("the database or the coding queue is busy; retry", _RETRY_AFTER),
}
# Routes that code: the queue may be full, or the anonymous share taken.
CODING_RESPONSES: dict[int | str, dict[str, object]] = {
    429: _error("requests without a token already use their share of the coding queue", _RETRY_AFTER),
    503: _error("the coding queue is full (or a worker died); retry", _RETRY_AFTER),
}
