"""HTTP API and web UI: `create_app(settings)` (FastAPI), run by `wirewatch serve`."""

from wirewatch.api.app import create_app

__all__ = ["create_app"]
