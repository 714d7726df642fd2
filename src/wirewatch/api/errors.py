"""Every error the API returns is JSON: {"error": {"status", "message", "details"}}.

The message is a sentence a person can act on; details list the fields a
validation error names.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from wirewatch.api.workers import Overloaded, WorkerLost
from wirewatch.errors import StoreError
from wirewatch.filters import FilterError
from wirewatch.store.queries import QueryError

log = logging.getLogger(__name__)


def error_response(
    status: int, message: str, details: list[Any] | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {"error": {"status": status, "message": message, "details": details or []}}
    return JSONResponse(body, status_code=status, headers=headers or None)


# Union branches pydantic names in an error's location; a person wants the field, not the branch.
_BRANCHES = re.compile(r"^(body|list\[.*\]|[A-Z][A-Za-z]*In)$")
# Errors that only say "the body was the other shape of the union".
_SHAPE_ERRORS = frozenset({"list_type", "model_type", "model_attributes_type"})


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if not _BRANCHES.match(str(p))]
    return ".".join(parts) or "body"


def _relevant(errors: list[Any]) -> list[Any]:
    kept = [e for e in errors if e.get("type") not in _SHAPE_ERRORS]
    return kept or errors


async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    found = _relevant(list(exc.errors()))
    details = [{"field": _field(e.get("loc", ())), "problem": e.get("msg", "")} for e in found]
    if any(e.get("type") == "json_invalid" for e in exc.errors()):
        return error_response(400, "the request body is not valid JSON; send a JSON object", details)
    summary = "; ".join(f"{d['field']}: {d['problem']}" for d in details[:5])
    return error_response(422, f"the request does not fit the API: {summary}", details)


async def _http(request: Request, exc: HTTPException) -> JSONResponse:
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404 and message == "Not Found":
        message = f"{request.url.path}: no such endpoint; see /openapi.json or /docs for the API"
    if exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}; see /openapi.json"
    return error_response(exc.status_code, message, headers=dict(exc.headers or {}))


async def _query(request: Request, exc: QueryError) -> JSONResponse:
    return error_response(400, str(exc))


async def _filter(request: Request, exc: FilterError) -> JSONResponse:
    return error_response(422, str(exc))


async def _overloaded(request: Request, exc: Overloaded) -> JSONResponse:
    return error_response(exc.status, str(exc), headers={"Retry-After": str(exc.retry_after)})


async def _worker_lost(request: Request, exc: WorkerLost) -> JSONResponse:
    log.warning("%s", exc)
    return error_response(503, str(exc), headers={"Retry-After": "5"})


async def _busy(request: Request, exc: Exception) -> JSONResponse:
    log.warning("database unavailable: %s", exc)
    return error_response(
        503, "the database is busy or unavailable; retry in a few seconds", headers={"Retry-After": "2"}
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(QueryError, _query)  # type: ignore[arg-type]
    app.add_exception_handler(FilterError, _filter)  # type: ignore[arg-type]
    app.add_exception_handler(Overloaded, _overloaded)  # type: ignore[arg-type]
    app.add_exception_handler(WorkerLost, _worker_lost)  # type: ignore[arg-type]
    app.add_exception_handler(sqlite3.OperationalError, _busy)
    app.add_exception_handler(StoreError, _busy)
