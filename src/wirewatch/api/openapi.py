"""The OpenAPI document as the server really behaves: the bearer scheme where it applies.

Writes always need the token; reads only when WIREWATCH_API_PROTECT_READS is
set, and `POST /v1/code` takes it to lift the anonymous limits. Operations
where the token is optional say so with an empty alternative (`security:
[{}, {bearer: []}]`), as OpenAPI defines.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from wirewatch.settings import Settings

SCHEME = "bearer"
# Operations that take the token without needing it (unless reads are protected).
OPTIONAL_TOKEN = {("/v1/code", "post")}


def document(app: FastAPI, settings: Settings) -> dict[str, Any]:
    doc = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
    )
    required: list[dict[str, list[str]]] = [{SCHEME: []}]
    optional: list[dict[str, list[str]]] = [{}, {SCHEME: []}]
    for path, operations in doc.get("paths", {}).items():
        for method, operation in operations.items():
            if "security" in operation and (path, method) not in OPTIONAL_TOKEN:
                continue  # a write: the scheme is required
            operation["security"] = required if settings.api_protect_reads else optional
    return doc


def install(app: FastAPI, settings: Settings) -> None:
    """Serve `document(app, settings)` at /openapi.json, built once on first request."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = document(app, settings)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
