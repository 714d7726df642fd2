"""Routes under /v1. Each parses its input and calls one library function."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from wirewatch.api.app import require_read, require_write
from wirewatch.api.schemas import ArticleIn
from wirewatch.api.service import code_one, coded_dict, ingest
from wirewatch.export.table import write_csv
from wirewatch.model import Rejection
from wirewatch.store import queries
from wirewatch.store.queries import EventQuery, event_dict, parse_dyad
from wirewatch.store.sqlite import SqliteStore

router = APIRouter(prefix="/v1")
reads = APIRouter(dependencies=[Depends(require_read)])
writes = APIRouter(dependencies=[Depends(require_write)])

Limit = Annotated[int, Query(ge=1, le=queries.MAX_PAGE, description="rows per page")]
# Articles per POST /v1/articles request.
MAX_BATCH = 1000
Offset = Annotated[int, Query(ge=0, description="rows to skip")]


def store_of(request: Request) -> SqliteStore:
    store: SqliteStore = request.app.state.pool.get()
    return store


Store = Annotated[SqliteStore, Depends(store_of)]


def event_query(
    actor: str | None = Query(None, description="actor id, or part of an actor's name"),
    country: str | None = Query(None, description="ISO3 or IGO code among sources or targets"),
    dyad: str | None = Query(None, description="two country codes, either direction: USA-RUS"),
    type: str | None = Query(None, description="PLOVER type, e.g. CONSULT"),
    quad_class: int | None = Query(None, ge=1, le=4),
    since: str | None = Query(None, description="event date on or after, YYYY-MM-DD"),
    until: str | None = Query(None, description="event date on or before, YYYY-MM-DD"),
    q: str | None = Query(None, description="words that must all appear in the event's sentence"),
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
        country=country.upper() if country else None,
        dyad=parse_dyad(dyad),
        plover=type,
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


@reads.post("/code", summary="Code one article without storing it")
def post_code(body: ArticleIn, request: Request) -> JSONResponse:
    result = code_one(body.to_input(), request.app.state.coder)
    if isinstance(result, Rejection):
        status = 413 if result.reason == "too-large" else 422
        raise HTTPException(status, result.message.replace("(raise it with --max-chars)", "").strip())
    return _json(coded_dict(result))


@writes.post("/articles", summary="Store articles (idempotent): coded, already stored, or rejected")
def post_articles(
    body: Annotated[list[ArticleIn] | ArticleIn, Body(description="one article, or a list of up to 1000")],
    request: Request,
    store: Store,
) -> JSONResponse:
    items = body if isinstance(body, list) else [body]
    if len(items) > MAX_BATCH:
        raise HTTPException(413, f"{len(items)} articles in one request; send at most {MAX_BATCH} at a time")
    summary = ingest([i.to_input() for i in items], store, request.app.state.coder)
    return _json(summary, 201 if summary["coded"] else 200)


# --- reads ----------------------------------------------------------------------


@reads.get("/articles", summary="Articles that came in, coded or rejected with the reason")
def get_articles(
    store: Store,
    status: Literal["coded", "rejected"] | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONResponse:
    rows, total = queries.list_articles(store, status=status, limit=limit, offset=offset)
    return _page(rows, total, limit, offset)


@reads.get(
    "/articles/{article_id:path}", summary="Clean text with mention, trigger and quote spans, and events"
)
def get_article(article_id: str, store: Store) -> JSONResponse:
    detail = queries.article_detail(store, article_id)
    if detail is None:
        raise HTTPException(404, f"no article {article_id!r}; list them with GET /v1/articles")
    return _json(detail)


@reads.get("/events", summary="Coded events, filtered and paged; format=csv for a CSV file")
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


@reads.get("/actors", summary="Actors of the knowledge base, most active first")
def get_actors(
    store: Store,
    q: str | None = Query(None, description="part of a name or id"),
    country: str | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONResponse:
    rows, total = queries.list_actors(store, search=q, country=country, limit=limit, offset=offset)
    return _page(rows, total, limit, offset)


@reads.get("/actors/{actor_id:path}", summary="An actor's roles over time and its events on a timeline")
def get_actor(actor_id: str, store: Store) -> JSONResponse:
    detail = queries.actor_detail(store, actor_id)
    if detail is None:
        raise HTTPException(404, f"no actor {actor_id!r}; search with GET /v1/actors?q=NAME")
    return _json(detail)


@reads.get("/stats/dyads", summary="Counts by quad class and mean Goldstein per period for two countries")
def get_dyad_stats(
    store: Store,
    a: str = Query(..., min_length=2, description="first country, e.g. USA"),
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
            a,
            b,
            period=period,
            since=since,
            until=until,
            include_all=all,
            min_confidence=min_confidence,
        )
    )


@reads.get("/network", summary="Who interacts with whom under the event filters: country nodes and edges")
def get_network(query: Events, store: Store) -> JSONResponse:
    return _json(queries.network(store, query))


@reads.get("/locations", summary="Events with coordinates under the event filters, for a map")
def get_locations(query: Events, store: Store) -> JSONResponse:
    return _json({"items": queries.event_locations(store, query)})


@reads.get("/stats", summary="How many articles, events, mentions and actors the database holds")
def get_stats(store: Store) -> JSONResponse:
    return _json(store.counts())


@reads.get("/facets", summary="Events per PLOVER type, quad class, source and target country, same filters")
def get_facets(query: Events, store: Store) -> JSONResponse:
    return _json(queries.facets(store, query))


router.include_router(reads)
router.include_router(writes)
