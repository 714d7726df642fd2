"""Run the app with uvicorn: in the foreground (`wirewatch serve`) or in a thread (tests, benchmark)."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace

import uvicorn

from wirewatch.api.app import create_app
from wirewatch.errors import WirewatchError
from wirewatch.settings import Settings

# Seconds a background server may take to start listening.
START_TIMEOUT = 30.0
log = logging.getLogger(__name__)
# Addresses that listen on every interface: the Host header then names the machine, which only the
# person deploying knows (WIREWATCH_API_ALLOWED_HOSTS).
WILDCARDS = frozenset({"0.0.0.0", "::", ""})
# Open connections per process beyond which new ones get 503 instead of piling up unbounded.
MAX_CONNECTIONS = 1000


def make_server(settings: Settings, host: str, port: int) -> uvicorn.Server:
    settings = answering(settings, host)
    config = uvicorn.Config(
        create_app(settings),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        limit_concurrency=MAX_CONNECTIONS,
        timeout_keep_alive=30,
    )
    return uvicorn.Server(config)


def answering(settings: Settings, host: str) -> Settings:
    """`settings` with the address the server listens on among the Host names it answers."""
    allowed = settings.api_allowed_hosts
    if host in WILDCARDS:
        if "*" not in allowed:
            log.warning(
                "listening on %r but answering only Host %s: set WIREWATCH_API_ALLOWED_HOSTS to this "
                "machine's public names (or *)",
                host,
                ", ".join(allowed),
            )
        return settings
    if host.lower() in allowed:
        return settings
    return replace(settings, api_allowed_hosts=(*allowed, host.lower()))


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and the UI until interrupted."""
    make_server(settings, host, port).run()


class BackgroundServer:
    """A real uvicorn server on 127.0.0.1 in a daemon thread; `url` once started. A context manager."""

    def __init__(self, settings: Settings, port: int = 0) -> None:
        self.server = make_server(settings, "127.0.0.1", port)
        self.thread = threading.Thread(target=self.server.run, name="wirewatch-server", daemon=True)
        self.url = ""

    def __enter__(self) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise WirewatchError("the API server did not start")
            time.sleep(0.02)
        sock = self.server.servers[0].sockets[0]
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
