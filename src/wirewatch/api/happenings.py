"""Routes for happenings and stories (issue 13): each calls one function of store/stories.py."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from wirewatch.api import schemas
from wirewatch.api.app import require_read
from wirewatch.api.routes import Events, Limit, Offset, Store, _json, _page
from wirewatch.store import stories

router = APIRouter(prefix="/v1", dependencies=[Depends(require_read)], responses=schemas.ERROR_RESPONSES)


@router.get(
    "/happenings",
    summary="Happenings: every report of one real-world event merged; the filters of /v1/events",
)
def get_happenings(query: Events, store: Store) -> JSONResponse:
    found, total = stories.query_happenings(store, query)
    return _page([h.to_dict() for h in found], total, query.limit or 0, query.offset)


@router.get("/happenings/{happening_id:path}", summary="One happening with its events and articles")
def get_happening(happening_id: str, store: Store) -> JSONResponse:
    happening = stories.get_happening(store, happening_id)
    if happening is None:
        raise HTTPException(404, f"no happening {happening_id!r}; GET /v1/happenings lists them")
    return _json(happening.to_dict())


@router.get("/stories", summary="Stories: articles grouped as they arrived, most recent first")
def get_stories(
    store: Store,
    limit: Limit = 100,
    offset: Offset = 0,
    article: str | None = Query(None, description="only the story this article belongs to"),
) -> JSONResponse:
    if article is not None:
        story = stories.story_of_article(store, article)
        return _page([story.to_dict()] if story else [], 1 if story else 0, limit, 0)
    page = stories.list_stories(store, limit=limit, offset=offset)
    return _page([s.to_dict() for s in page], stories.count_stories(store), limit, offset)


@router.get("/stories/{story_id:path}", summary="One story: headline, dates, top actors, its articles")
def get_story(story_id: str, store: Store) -> JSONResponse:
    story = stories.get_story(store, story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}; GET /v1/stories lists them")
    return _json(story.to_dict())
