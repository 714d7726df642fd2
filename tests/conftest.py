"""Shared fixtures: one spaCy pipeline per session, paths to shared/ beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from wirewatch.model import Event

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from wirewatch.nlp import build_nlp
    from wirewatch.settings import Settings

    return build_nlp(Settings().model)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip(f"{SHARED} not present")
    return SHARED


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    """The evaluation sets ($WIREWATCH_EVAL_DIR, else ../shared/eval). Missing data FAILS the tests
    that need it (the quality gates) instead of skipping them: a green run without it proves nothing."""
    from tests.gate.gate import EvalDataMissing, require_eval_dir

    try:
        return require_eval_dir()
    except EvalDataMissing as e:
        missing = str(e)
    pytest.fail(missing, pytrace=False)


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "seeds"


@pytest.fixture(scope="session")
def seed_events(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Event]:
    """The two reference articles coded through `code_inputs` into a real SQLite file, every event."""
    from wirewatch.batch import code_inputs
    from wirewatch.settings import Settings
    from wirewatch.store.queries import EventQuery, matching_events
    from wirewatch.store.sqlite import SqliteStore

    db = tmp_path_factory.mktemp("seeds") / "w.db"
    with SqliteStore.open(db) as store:
        summary = code_inputs([str(seeds_dir / "articles.jsonl")], store, Settings(db=db, processes=1))
        assert summary.coded == 2 and not summary.rejected
        return matching_events(store, EventQuery(include_all=True))


# --- PostgreSQL (issue 14): a throwaway server for the whole session, stopped at the end ---------


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    """A PostgreSQL cluster in a temp folder (tests/pgserver.py). Missing binaries FAIL the tests
    that need it: `.ci/run` installs Debian's `postgresql` package when they are absent."""
    from tests.pgserver import PgServer, find_bin

    bin_dir = find_bin()
    if bin_dir is None:
        pytest.fail(
            "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql,"
            " or set WIREWATCH_PG_BIN to the folder holding them",
            pytrace=False,
        )
    server = PgServer(bin_dir).start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:  # type: ignore[no-untyped-def]
    """A new, empty PostgreSQL database of the session's server."""
    return str(pg_server.new_database())


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_db(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """A new database on each engine in turn: a SQLite file, then a PostgreSQL URL
    (`store.base.open_store` opens either)."""
    if request.param == "sqlite":
        return tmp_path / "w.db"
    return str(request.getfixturevalue("pg_url"))
