"""Security headers on every response, and the Host header allowlist (issue 12).

The UI keeps the write token in the page, so nothing else may run there: scripts,
styles, images and fetches come from this server only (the UI and the API docs
are plain files with no inline script or style), and no other site may frame it.
A request naming a host the server does not answer for (DNS rebinding, a
misrouted proxy) gets a JSON 400 before any route sees it. An exception no
handler took becomes a JSON 500 here, with the same headers, before Starlette
logs it.
"""

from __future__ import annotations

import json
import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

# `img-src data:`: the UI's favicon is `data:,` and Swagger UI's stylesheet draws its icons as data: SVG.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def host_name(header: str) -> str:
    """The name part of a Host header: 'example.org:8000' -> 'example.org', '[::1]:80' -> '::1'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class SecurityHeaders:
    """Pure ASGI middleware: refuses unknown Host headers, adds HEADERS to every response, answers
    an unhandled exception with a JSON 500."""

    def __init__(self, app: ASGIApp, allowed_hosts: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = frozenset(h.lower().strip("[]") for h in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (name, value) for name, value in HEADERS if name not in present
                ]
            await send(message)

        host = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
        if "*" not in self.allowed and host_name(host) not in self.allowed:
            message = (
                f"this server does not answer for the host {host!r}; add it to WIREWATCH_API_ALLOWED_HOSTS "
                "on the server (comma-separated) if it is this server's name"
            )
            await send_error(with_headers, 400, message)
            return
        try:
            await self.app(scope, receive, with_headers)
        except Exception:
            if started:
                raise
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            await send_error(with_headers, 500, "the server failed on this request; it is logged")


async def send_error(send: Send, status: int, message: str) -> None:
    """A JSON error response sent from middleware, shaped as api.errors.error_response."""
    body = json.dumps({"error": {"status": status, "message": message, "details": []}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
