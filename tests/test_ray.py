"""`wirewatch code --engine ray`: the same events as the local engine, every article once even
when a worker dies mid-batch (issue 14 item 3).

One local Ray cluster of 2 CPUs serves the whole module; each test starts its own workers.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

import pytest
import ray

from wirewatch.batch import code_inputs
from wirewatch.cli import EXIT_ERROR, EXIT_OK, main
from wirewatch.engines.rayengine import CRASH_HOOK_ENV, RayEngine, batch_articles
from wirewatch.errors import WirewatchError
from wirewatch.model import Article, CodedArticle, KnownActor
from wirewatch.settings import Settings
from wirewatch.store.sqlite import SqliteStore

pytestmark = pytest.mark.slow

SAMPLE = str(resources.files("wirewatch").joinpath("data", "sample", "articles.jsonl"))
SAMPLE_ARTICLES = 30


@pytest.fixture(scope="module", autouse=True)
def cluster() -> Iterator[None]:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    yield
    ray.shutdown()


def _events(db: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Every stored event, each as one normalised JSON line, sorted."""
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--format", "jsonl", "--limit", "1000"]) == EXIT_OK
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    return sorted(json.dumps(json.loads(line), sort_keys=True) for line in lines)


def test_ray_engine_codes_the_sample_corpus_to_the_local_engines_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local, distributed = tmp_path / "local.db", tmp_path / "ray.db"
    assert main(["code", SAMPLE, "--db", str(local), "--quiet"]) == EXIT_OK
    assert main(["code", SAMPLE, "--db", str(distributed), "--engine", "ray", "--quiet"]) == EXIT_OK
    expected = _events(local, capsys)
    assert len(expected) > 100  # the sample corpus codes to some 200 events
    assert _events(distributed, capsys) == expected
    # A second run finds everything coded and codes nothing again.
    assert main(["code", SAMPLE, "--db", str(distributed), "--engine", "ray"]) == EXIT_OK
    assert "0 coded, 0 rejected, 30 already coded" in capsys.readouterr().err


class _Counting:
    """A coder wrapper that counts how often each article reaches the store writer."""

    def __init__(self, engine: RayEngine) -> None:
        self.engine = engine
        self.handed: Counter[str] = Counter()

    def __call__(
        self, articles: Sequence[Article], settings: Settings, known: Sequence[KnownActor]
    ) -> Iterator[CodedArticle]:
        for coded in self.engine.code(articles, settings, known):
            self.handed[coded.article.article_id] += 1
            yield coded


def test_a_worker_killed_mid_batch_loses_no_article_and_codes_none_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Batches of 16 over two workers, as the local pool chunks a large round.
    settings = Settings(db=tmp_path / "ray.db", processes=2, parallel_min_articles=8)
    assert batch_articles(SAMPLE_ARTICLES, settings) == 16
    marker = tmp_path / "crashed"
    monkeypatch.setenv(CRASH_HOOK_ENV, f"1:{marker}")  # the worker given the second batch dies once
    with RayEngine(settings, workers=2) as engine, SqliteStore.open(settings.db) as store:
        coder = _Counting(engine)
        summary = code_inputs([SAMPLE], store, settings, coder=coder)
        restarts = engine.restarts
    assert marker.exists()  # the worker really died
    assert restarts == 1
    assert summary.coded == SAMPLE_ARTICLES and not summary.rejected
    assert len(coder.handed) == SAMPLE_ARTICLES and set(coder.handed.values()) == {1}
    # ... and the events are those of the local pool on the same partition.
    local = Settings(db=tmp_path / "local.db", processes=2, parallel_min_articles=8)
    with SqliteStore.open(local.db) as store:
        code_inputs([SAMPLE], store, local)
    assert _events(settings.db, capsys) == _events(local.db, capsys)


def test_rejected_inputs_get_their_rows_as_with_the_local_engine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(
        json.dumps({"id": "empty-one", "text": "   "})
        + "\n"
        + json.dumps({"id": "short-one", "text": "The minister met the envoy in the capital on Monday."})
        + "\n"
        + "{not json\n",
        encoding="utf-8",
    )
    rows = {}
    for engine in ("local", "ray"):
        db = tmp_path / f"{engine}.db"
        main(["code", str(inputs), "--db", str(db), "--engine", engine, "--quiet"])
        capsys.readouterr()
        assert main(["articles", "--db", str(db), "--format", "jsonl"]) == EXIT_OK
        out = capsys.readouterr().out.splitlines()
        rows[engine] = sorted((r["article_id"], r["status"], r["reason"]) for r in map(json.loads, out) if r)
    assert rows["ray"] == rows["local"]
    assert {status for _, status, _ in rows["ray"]} == {"coded", "rejected"}


def test_a_cluster_address_needs_the_ray_engine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.db"
    assert main(["code", SAMPLE, "--db", str(db), "--address", "auto", "--quiet"]) == EXIT_ERROR
    assert "--engine ray" in capsys.readouterr().err


def test_without_ray_installed_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    monkeypatch.delitem(sys.modules, "wirewatch.engines.rayengine")
    with pytest.raises(WirewatchError, match=r"pip install 'wirewatch\[ray\]'"):
        importlib.import_module("wirewatch.engines.rayengine")
    monkeypatch.undo()
    assert importlib.import_module("wirewatch.engines.rayengine").RayEngine is RayEngine


def test_the_local_engine_does_not_import_ray(tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"id": "one", "text": "The minister met the envoy on Monday."}) + "\n")
    code = (
        "import sys; from wirewatch.cli import main; "
        f"main(['code', {str(one)!r}, '--db', {str(tmp_path / 'w.db')!r}, '--quiet']); "
        "print('ray' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
