"""The FastAPI application: `create_app(settings)` serves the API under /v1 and the web UI at /."""

from __future__ import annotations

import secrets
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from wirewatch import __version__
from wirewatch.api import errors
from wirewatch.api.limits import BodySizeLimit
from wirewatch.api.service import Coder
from wirewatch.settings import Settings
from wirewatch.store.sqlite import SqliteStore

WEB = Path(__file__).resolve().parents[1] / "web" / "static"


class StorePool:
    """One SQLite connection per worker thread (readers never wait for each other in WAL mode)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[SqliteStore] = []
        self._lock = threading.Lock()
        SqliteStore.open(path).close()  # create and migrate once, before threads race to

    def get(self) -> SqliteStore:
        store: SqliteStore | None = getattr(self._local, "store", None)
        if store is None:
            store = SqliteStore.open(self.path)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()


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


def require_write(request: Request) -> None:
    """Dependency: writes always need the bearer token."""
    _check_token(request, request.app.state.settings, "writing")


def require_read(request: Request) -> None:
    """Dependency: reads need the token only when WIREWATCH_API_PROTECT_READS is set."""
    settings: Settings = request.app.state.settings
    if settings.api_protect_reads:
        _check_token(request, settings, "reading")


def create_app(settings: Settings) -> FastAPI:
    """The API and the web UI over the database `settings.db` (created if missing)."""
    from wirewatch.api.routes import router

    pool = StorePool(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        title="wirewatch",
        version=__version__,
        description="Political event data from news articles: who did what to whom (PLOVER 2.0, CAMEO).",
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.pool = pool
    app.state.coder = Coder(settings)
    errors.install(app)
    app.include_router(router)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes)
    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html")

    return app
