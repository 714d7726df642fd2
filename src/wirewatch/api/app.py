"""The FastAPI application: `create_app(settings)` serves the API under /v1 and the web UI at /."""

from __future__ import annotations

import secrets
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.responses import FileResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from wirewatch import __version__
from wirewatch.api import docs, errors, openapi
from wirewatch.api.limits import BodySizeLimit
from wirewatch.api.security import SecurityHeaders
from wirewatch.api.workers import CodingPool
from wirewatch.settings import Settings
from wirewatch.store.base import open_store
from wirewatch.store.sqlite import SqliteStore

WEB = Path(__file__).resolve().parents[1] / "web" / "static"
# Idle connections kept for the next requests; the server runs at most 40 request threads
# (anyio's default), so up to that many are open at once and the rest are closed after use.
IDLE_CONNECTIONS = 40


class StorePool:
    """SQLite connections handed out one request at a time (readers never wait for each other in WAL).

    A connection is checked out for the whole of a request and back in after it, so whichever
    threads the dependency and the endpoint run on, no two requests share one (issue 12: a
    connection per thread, taken in the dependency and used by the endpoint on another thread,
    gave "another row available" 500s under load).
    """

    def __init__(self, path: Path | str, keep: int = IDLE_CONNECTIONS) -> None:
        self.path = path
        self.keep = keep
        self._idle: list[SqliteStore] = []
        self._lock = threading.Lock()
        open_store(path).close()  # create and migrate once, before threads race to

    @contextmanager
    def connection(self) -> Iterator[SqliteStore]:
        with self._lock:
            store = self._idle.pop() if self._idle else None
        if store is None:
            store = open_store(self.path)
        try:
            yield store
        finally:
            if store.conn.in_transaction:
                store.conn.rollback()
            broken = getattr(store.conn, "broken", False)  # a PostgreSQL connection the server dropped
            with self._lock:
                kept = len(self._idle) < self.keep and not broken
                if kept:
                    self._idle.append(store)
            if not kept:
                store.close()

    def close(self) -> None:
        with self._lock:
            for store in self._idle:
                store.close()
            self._idle.clear()


# Declares the bearer scheme in OpenAPI; the checks and their messages are ours (auto_error off).
bearer = HTTPBearer(
    auto_error=False,
    scheme_name="bearer",
    description="WIREWATCH_API_TOKEN of the server: writes always need it, reads when "
    "WIREWATCH_API_PROTECT_READS is set; POST /v1/code with it is not held to the anonymous limits",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _check_token(request: Request, settings: Settings, action: str) -> None:
    if settings.api_token is None:
        raise HTTPException(403, f"{action} is disabled: start the server with WIREWATCH_API_TOKEN set")
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(
            401, f"{action} needs the header 'Authorization: Bearer <token>'", {"WWW-Authenticate": "Bearer"}
        )
    if not secrets.compare_digest(token.strip().encode(), settings.api_token.encode()):
        raise HTTPException(
            401, "the bearer token is not the server's WIREWATCH_API_TOKEN", {"WWW-Authenticate": "Bearer"}
        )


def authenticated(request: Request) -> bool:
    """True when the request carries the server's token; a wrong token is a 401, not anonymity."""
    if "authorization" not in request.headers:
        return False
    _check_token(request, request.app.state.settings, "this request")
    return True


# The dependencies are `async def`: they only look at headers, and a sync dependency costs a hop
# to the thread pool and back per request (a wait for the GIL each, under load).


async def require_write(request: Request, credentials: Credentials) -> None:
    """Dependency: writes always need the bearer token."""
    _check_token(request, request.app.state.settings, "writing")


async def require_read(request: Request) -> None:
    """Dependency: reads need the token only when WIREWATCH_API_PROTECT_READS is set."""
    settings: Settings = request.app.state.settings
    if settings.api_protect_reads:
        _check_token(request, settings, "reading")


def create_app(settings: Settings) -> FastAPI:
    """The API and the web UI over the database `settings.db` (created if missing)."""
    from wirewatch.api.happenings import router as happenings_router
    from wirewatch.api.routes import router

    pool = StorePool(settings.db)
    coding = CodingPool(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        coding.close()
        pool.close()

    app = FastAPI(
        title="wirewatch",
        version=__version__,
        description="Political event data from news articles: who did what to whom (PLOVER 2.0, CAMEO).",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.pool = pool
    app.state.coding = coding
    errors.install(app)
    app.include_router(router)
    app.include_router(happenings_router)
    docs.install(app)
    openapi.install(app, settings)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(SecurityHeaders, allowed_hosts=settings.api_allowed_hosts)
    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html")

    return app
