"""Routes under /v1. Each parses its input and calls one library function."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from wirewatch import filters
from wirewatch.api import schemas
from wirewatch.api.app import Credentials, authenticated, require_read, require_write
from wirewatch.api.schemas import ArticleIn
from wirewatch.export.table import write_csv
from wirewatch.model import Rejection
from wirewatch.store import queries
from wirewatch.store.queries import EventQuery, event_dict
from wirewatch.store.sqlite import SqliteStore

router = APIRouter(prefix="/v1", responses=schemas.ERROR_RESPONSES)
reads = APIRouter(dependencies=[Depends(require_read)])
writes = APIRouter(dependencies=[Depends(require_write)])

Limit = Annotated[int, Query(ge=1, le=queries.MAX_PAGE, description="rows per page")]
# Articles per POST /v1/articles request.
MAX_BATCH = 1000
# Largest offset: a JavaScript-safe integer, far past any table, and inside SQLite's 64-bit
# INTEGER (issue 12: offset=2**63 reached SQLite and came back as a plain-text 500).
MAX_OFFSET = 2**53 - 1
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]


async def store_of(request: Request) -> AsyncIterator[SqliteStore]:
    """This request's own connection, back to the pool when the request is done.

    Handed out on the event loop (a lock and a list: no thread-pool hop), used by the endpoint
    on whichever thread runs it, and by no other request meanwhile.
    """
    with request.app.state.pool.connection() as store:
        yield store


Store = Annotated[SqliteStore, Depends(store_of)]


async def event_query(
    actor: str | None = Query(None, description="actor id, or part of an actor's name"),
    country: str | None = Query(
        None, description="a country among sources or targets: ISO3 or IGO code, or name (IRN, Iran)"
    ),
    dyad: str | None = Query(None, description="two countries, either direction: USA-RUS, Iran-USA"),
    type: str | None = Query(None, description="PLOVER type, e.g. CONSULT (GET /v1/plover lists them)"),
    quad_class: int | None = Query(None, ge=1, le=4),
    since: str | None = Query(None, description="event date on or after, YYYY-MM-DD"),
    until: str | None = Query(None, description="event date on or before, YYYY-MM-DD"),
    q: str | None = Query(
        None,
        description=(
            "words that must all appear in the event's sentence, each as the start of a word"
            " ('talk' finds 'talks'; case ignored)"
        ),
    ),
    article: str | None = Query(None, description="events of one article"),
    all: bool = Query(False, description="include negated, future and hypothetical events"),
    min_confidence: float | None = Query(
        None, ge=0, le=1, description="only events whose confidence (calibrated, 0 to 1) is at least this"
    ),
    sort: str = Query("date", description="date, plover, cameo, quad_class, goldstein, confidence; -desc"),
    limit: Limit = 100,
    offset: Offset = 0,
) -> EventQuery:
    return EventQuery(
        actor=actor,
        country=filters.resolve_country(country) if country else None,
        dyad=filters.resolve_dyad(dyad) if dyad else None,
        plover=filters.resolve_plover(type) if type else None,
        quad_class=quad_class,
        since=since,
        until=until,
        search=q,
        article_id=article,
        include_all=all,
        min_confidence=min_confidence,
        sort=sort,
        limit=limit,
        offset=offset,
    ).validated()


Events = Annotated[EventQuery, Depends(event_query)]


def _json(content: Any, status: int = 200) -> JSONResponse:
    """Plain json.dumps of what the library returned: the records are already JSON-shaped, and
    FastAPI's generic encoder walking every nested field costs more than the query (measured)."""
    return JSONResponse(content, status_code=status)


def _page(items: list[Any], total: int, limit: int, offset: int) -> JSONResponse:
    following = offset + len(items)
    return _json(
        {
            "total": total,
            "limit": limit,
            "offset": offset,
            "next_offset": following if following < total else None,
            "items": items,
        }
    )


# --- writes and coding ----------------------------------------------------------


@reads.post(
    "/code",
    summary="Code one article without storing it",
    responses={200: {"model": schemas.Coded}, **schemas.CODING_RESPONSES},
)
async def post_code(body: ArticleIn, request: Request, credentials: Credentials) -> JSONResponse:
    anonymous = not authenticated(request)
    limit = request.app.state.settings.api_anonymous_max_chars
    if anonymous and len(body.text) > limit:
        raise HTTPException(
            413,
            f"the text has {len(body.text):,} characters; without a token this server codes at most "
            f"{limit:,} (WIREWATCH_API_ANONYMOUS_MAX_CHARS): send less, or 'Authorization: Bearer <token>'",
        )
    result = await request.app.state.coding.code(body.to_input(), anonymous=anonymous)
    if isinstance(result, Rejection):
        status = 413 if result.reason == "too-large" else 422
        raise HTTPException(status, result.message.replace("(raise it with --max-chars)", "").strip())
    return _json(result)


@writes.post(
    "/articles",
    summary="Store articles (idempotent): coded, already stored, or rejected",
    responses={
        200: {"model": schemas.IngestSummary, "description": "nothing new was coded"},
        201: {"model": schemas.IngestSummary, "description": "at least one article was coded and stored"},
        **schemas.CODING_RESPONSES,
    },
)
async def post_articles(
    body: Annotated[list[ArticleIn] | ArticleIn, Body(description="one article, or a list of up to 1000")],
    request: Request,
) -> JSONResponse:
    items = body if isinstance(body, list) else [body]
    if len(items) > MAX_BATCH:
        raise HTTPException(413, f"{len(items)} articles in one request; send at most {MAX_BATCH} at a time")
    summary = await request.app.state.coding.ingest([i.to_input() for i in items])
    return _json(summary, 201 if summary["coded"] else 200)


# --- reads ----------------------------------------------------------------------


@reads.get(
    "/articles",
    summary="Articles that came in, coded or rejected with the reason",
    responses={200: {"model": schemas.ArticlePage}},
)
def get_articles(
    store: Store,
    status: Literal["coded", "rejected"] | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONResponse:
    rows, total = queries.list_articles(store, status=status, limit=limit, offset=offset)
    return _page(rows, total, limit, offset)


@reads.get(
    "/articles/{article_id:path}",
    summary="Clean text with mention, trigger and quote spans, and events",
    responses={200: {"model": schemas.ArticleDetail}},
)
def get_article(article_id: str, store: Store) -> JSONResponse:
    detail = queries.article_detail(store, article_id)
    if detail is None:
        raise HTTPException(404, f"no article {article_id!r}; list them with GET /v1/articles")
    return _json(detail)


@reads.get(
    "/events",
    summary="Coded events, filtered and paged; format=csv for a CSV file",
    responses={
        200: {
            "model": schemas.EventPage,
            "content": {"text/csv": {"schema": {"type": "string"}}},
            "description": "a page of events (JSON), or every matching event as CSV",
        }
    },
)
def get_events(
    query: Events, store: Store, request: Request, format: Literal["json", "csv"] = "json"
) -> Response:
    if format == "csv" and "limit" not in request.query_params:
        query = replace(query, limit=None)  # a CSV file holds every matching row unless limit is given
    events, total = queries.query_events(store, query)
    if format == "csv":
        buffer = io.StringIO()
        write_csv(events, buffer)
        headers = {"Content-Disposition": 'attachment; filename="events.csv"', "X-Total-Count": str(total)}
        return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
    return _page([event_dict(e) for e in events], total, query.limit or 0, query.offset)


@reads.get(
    "/actors",
    summary="Actors of the knowledge base, most active first",
    responses={200: {"model": schemas.ActorPage}},
)
def get_actors(
    store: Store,
    q: str | None = Query(None, description="part of a name or id"),
    country: str | None = Query(None, description="ISO3 or IGO code, or a country's name"),
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONResponse:
    code = filters.resolve_country(country) if country else None
    rows, total = queries.list_actors(store, search=q, country=code, limit=limit, offset=offset)
    return _page(rows, total, limit, offset)


@reads.get(
    "/actors/{actor_id:path}",
    summary="An actor's roles over time and its events on a timeline",
    responses={200: {"model": schemas.ActorDetail}},
)
def get_actor(actor_id: str, store: Store) -> JSONResponse:
    detail = queries.actor_detail(store, actor_id)
    if detail is None:
        raise HTTPException(404, f"no actor {actor_id!r}; search with GET /v1/actors?q=NAME")
    return _json(detail)


@reads.get(
    "/stats/dyads",
    summary="Counts by quad class and mean Goldstein per period for two countries",
    responses={200: {"model": schemas.DyadStats}},
)
def get_dyad_stats(
    store: Store,
    a: str = Query(..., min_length=2, description="first country, e.g. USA or Iran"),
    b: str = Query(..., min_length=2, description="second country, e.g. RUS"),
    period: Literal["day", "month", "year"] = "month",
    since: str | None = None,
    until: str | None = None,
    all: bool = False,
    min_confidence: float | None = Query(None, ge=0, le=1, description="only events at least this confident"),
) -> JSONResponse:
    return _json(
        queries.dyad_stats(
            store,
            filters.resolve_country(a, "a"),
            filters.resolve_country(b, "b"),
            period=period,
            since=since,
            until=until,
            include_all=all,
            min_confidence=min_confidence,
        )
    )


@reads.get(
    "/network",
    summary="Who interacts with whom under the event filters: country nodes and edges",
    responses={200: {"model": schemas.Network}},
)
def get_network(query: Events, store: Store) -> JSONResponse:
    return _json(queries.network(store, query))


@reads.get(
    "/locations",
    summary="Places of the events with coordinates under the event filters, for a map: one row per"
    " place with its events (per quad class), top types and latest date; the `limit` places with most"
    " events",
    responses={200: {"model": schemas.Locations}},
)
def get_locations(query: Events, store: Store) -> JSONResponse:
    return _json({"items": queries.event_locations(store, query)})


@reads.get(
    "/stats",
    summary="How many articles, events, mentions and actors the database holds",
    responses={200: {"model": schemas.Stats}},
)
def get_stats(store: Store) -> JSONResponse:
    return _json(store.counts())


@reads.get(
    "/countries",
    summary="Every country and organisation code the filters accept, with its name",
    responses={200: {"model": schemas.Countries}},
)
def get_countries() -> JSONResponse:
    return _json({"items": filters.country_codes()})


@reads.get(
    "/plover",
    summary="The PLOVER event types the type filter accepts",
    responses={200: {"model": schemas.PloverTypes}},
)
def get_plover_types() -> JSONResponse:
    return _json({"items": list(filters.plover_types())})


@reads.get("/facets", summary="Events per PLOVER type, quad class, source and target country, same filters")
def get_facets(query: Events, store: Store) -> JSONResponse:
    return _json(queries.facets(store, query))


router.include_router(reads)
router.include_router(writes)
