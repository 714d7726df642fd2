"""Issue 10, item 8: every output of the CLI and the exports writes the `rule` strings the coder
wrote before the inferences were typed; jsonl and parquet read back into the same typed events."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.provenance import ARTICLE_ID, RULES, inferred_article
from wirewatch.cli import EXIT_OK, main
from wirewatch.export import export_events
from wirewatch.export.table import CSV_FIELDS, event_from_dict, read_jsonl
from wirewatch.store.queries import EventQuery
from wirewatch.store.sqlite import SqliteStore

ALL = EventQuery(include_all=True, limit=None)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wirewatch.db"
    with SqliteStore.open(path) as store:
        store.save_coded(inferred_article())
    return path


def test_exports_write_the_rule_strings_and_read_back_typed(db: Path, tmp_path: Path) -> None:
    events = sorted(inferred_article().events, key=lambda e: e.event_id)
    with SqliteStore.open(db) as store:
        for fmt in ("jsonl", "csv", "parquet"):
            export_events(store, ALL, fmt, tmp_path / f"events.{fmt}")
    lines = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert {e["plover"]: e["rule"] for e in lines} == RULES
    back = sorted(read_jsonl(tmp_path / "events.jsonl"), key=lambda e: e.event_id)
    assert [(e.rule, e.inferences) for e in back] == [(e.rule, e.inferences) for e in events]
    with (tmp_path / "events.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == CSV_FIELDS and {r["plover"]: r["rule"] for r in rows} == RULES
    table = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert {r["plover"]: r["rule"] for r in table} == RULES
    assert {r["plover"]: r["provenance"] for r in table}["ASSAULT"] == ["model", "place"]
    from_parquet = sorted((event_from_dict(r) for r in table), key=lambda e: e.event_id)
    assert [e.inferences for e in from_parquet] == [e.inferences for e in events]


def test_the_cli_writes_the_rule_strings(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", str(db), "--all", "--format", "jsonl"]) == EXIT_OK
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {e["plover"]: e["rule"] for e in lines} == RULES
    assert main(["events", "--db", str(db), "--all", "--format", "csv"]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["plover"]: r["rule"] for r in rows} == RULES and "provenance" not in rows[0]
    assert main(["show", "--db", str(db), ARTICLE_ID]) == EXIT_OK
    shown = " ".join(capsys.readouterr().out.split())  # whatever the terminal's width
    assert all(f"rule {rule}," in shown for rule in RULES.values())
