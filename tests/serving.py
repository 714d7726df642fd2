"""Fixtures shared by tests/api, tests/web and tests/export: the sample corpus coded once into a
real SQLite file, and a real uvicorn server on 127.0.0.1 over a copy of it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from wirewatch.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "src" / "wirewatch" / "data" / "sample" / "articles.jsonl"
TOKEN = "test-token-5f2b"
# Small limits so the tests can cross them cheaply.
TEST_MAX_CHARS = 20_000
TEST_MAX_REQUEST_BYTES = 200_000

_template: dict[str, Path] = {}


def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus coded into a database, once per test session."""
    if "db" not in _template:
        from wirewatch.batch import code_inputs
        from wirewatch.store.sqlite import SqliteStore

        path = tmp_path_factory.mktemp("template") / "sample.db"
        settings = Settings(db=path, processes=1)
        with SqliteStore.open(path) as store:
            summary = code_inputs([str(SAMPLE)], store, settings)
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert summary.coded == 30, summary
        _template["db"] = path
    return _template["db"]


def copy_of_sample(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    target = tmp_path_factory.mktemp(name) / "wirewatch.db"
    shutil.copy(sample_template(tmp_path_factory), target)
    return target


@dataclass
class Running:
    url: str
    settings: Settings
    client: httpx.Client

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {TOKEN}"}


def run_server(db: Path, **overrides: object) -> Iterator[Running]:
    from wirewatch.api.server import BackgroundServer

    values: dict[str, object] = {
        "db": db,
        "processes": 1,
        "api_token": TOKEN,
        "max_chars": TEST_MAX_CHARS,
        "max_request_bytes": TEST_MAX_REQUEST_BYTES,
    }
    values.update(overrides)
    settings = Settings(**values)  # type: ignore[arg-type]
    with BackgroundServer(settings) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        yield Running(server.url, settings, client)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_of_sample(tmp_path_factory, "sample")


@pytest.fixture(scope="module")
def api(sample_db: Path) -> Iterator[Running]:
    """A server over this module's own copy of the coded sample corpus."""
    yield from run_server(sample_db)
