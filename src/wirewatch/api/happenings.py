"""Routes for happenings and stories (issue 13): each calls functions of store/stories.py.

`GET /v1/happenings/{id}` and `GET /v1/stories/{id}` carry what a page about them shows: each
report's headline, outlet, date, URL and evidence sentence, read in one query (not one request
per article).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from pydantic import Field
from starlette.exceptions import HTTPException

from wirewatch.api import schemas
from wirewatch.api.app import require_read
from wirewatch.api.routes import Events, Limit, Offset, Store, _json, _page
from wirewatch.store import stories

router = APIRouter(prefix="/v1", dependencies=[Depends(require_read)], responses=schemas.ERROR_RESPONSES)


# --- response schemas (OpenAPI) ------------------------------------------------------------


class Happening(schemas._Out):
    """Every report of one real-world event merged (issue 13)."""

    happening_id: str
    plover: str
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    sources: list[schemas.ActorRef] = Field(description="the actors of its representative event")
    targets: list[schemas.ActorRef]
    date: str | None
    date_precision: str | None
    location: schemas.Location | None
    n_mentions: int = Field(description="its events, over all articles")
    n_sources: int = Field(description="distinct outlets")
    n_articles: int
    first_seen: str | None = Field(description="publication date of its first report")
    event_ids: list[str]
    article_ids: list[str]
    confidence: float = Field(description="more independent outlets raise it; copies do not")


class HappeningPage(schemas._Page):
    items: list[Happening]


class ReportEvent(schemas._Out):
    """An event as a report's evidence: its sentence, the trigger at article offsets."""

    event_id: str
    plover: str
    cameo: str | None
    quad_class: int | None
    confidence: float
    polarity: str
    modality: str
    date: str | None
    date_precision: str | None
    sentence: str
    sentence_start: int = Field(description="offset of the sentence in the article's text")
    trigger: schemas.Trigger


class ReportArticle(schemas._Out):
    article_id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    duplicate_of: str | None = Field(description="the article this one copies, if any")


class Report(ReportArticle):
    """One article's report of a happening: the events of the happening it carries."""

    events: list[ReportEvent]


class HappeningDetail(Happening):
    reports: list[Report] = Field(description="one per article, in date order")


class StoryActor(schemas._Out):
    actor: str = Field(description="the name again (the key of the first version)")
    name: str = Field(description="resolved name; a country's or organisation's name for its code")
    code: str | None = Field(description="country (ISO3) or organisation code")
    actor_id: str | None = Field(description="GET /v1/actors/{actor_id}, when the actor is known")
    mentions: int


class Story(schemas._Out):
    story_id: str
    thread_id: str = Field(description="stories about related happenings share it")
    headline: str | None
    first_date: str | None
    last_date: str | None
    n_articles: int
    top_actors: list[StoryActor]
    article_ids: list[str]


class StoryPage(schemas._Page):
    items: list[Story]


class StoryArticle(ReportArticle):
    similarity: float | None = Field(description="its similarity to the story when it joined")
    event: ReportEvent | None = Field(description="its most confident event: the evidence sentence")


class StoryDetail(Story):
    articles: list[StoryArticle] = Field(description="every article, in date order")


# --- routes --------------------------------------------------------------------------------


@router.get(
    "/happenings",
    summary="Happenings: every report of one real-world event merged; the filters of /v1/events",
    responses={200: {"model": HappeningPage}},
)
def get_happenings(query: Events, store: Store) -> JSONResponse:
    found, total = stories.query_happenings(store, query)
    return _page([h.to_dict() for h in found], total, query.limit or 0, query.offset)


@router.get(
    "/happenings/{happening_id:path}",
    summary="One happening with its reports: each article's headline, outlet, date, URL and evidence",
    responses={200: {"model": HappeningDetail}},
)
def get_happening(happening_id: str, store: Store) -> JSONResponse:
    happening = stories.get_happening(store, happening_id)
    if happening is None:
        raise HTTPException(404, f"no happening {happening_id!r}; GET /v1/happenings lists them")
    return _json({**happening.to_dict(), "reports": stories.happening_reports(store, happening_id)})


@router.get(
    "/stories",
    summary="Stories: articles grouped as they arrived, most recent first",
    responses={200: {"model": StoryPage}},
)
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


@router.get(
    "/stories/{story_id:path}",
    summary="One story: headline, dates, top actors and its articles with their evidence sentences",
    responses={200: {"model": StoryDetail}},
)
def get_story(story_id: str, store: Store) -> JSONResponse:
    story = stories.get_story(store, story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}; GET /v1/stories lists them")
    return _json({**story.to_dict(), "articles": stories.story_articles(store, story_id)})
