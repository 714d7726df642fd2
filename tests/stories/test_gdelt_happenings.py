"""GDELT export from happenings (issue 13): counts come from happenings; --per happening."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.stories.helpers import QUAKE_A, QUAKE_B, article, coded, event, open_store, save
from wirewatch.cli import main
from wirewatch.export import export_events
from wirewatch.export.gdelt import COLUMNS
from wirewatch.store.queries import EventQuery

ALL = EventQuery(limit=None, include_all=True)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [dict(zip(COLUMNS, r, strict=True)) for r in csv.reader(f, delimiter="\t")]


def _db(tmp_path: Path) -> Path:
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A, source="one"), (event("a1e1"),)))
        save(store, coded(article("a2", QUAKE_A, source="two", title="Copy"), (event("a2e1"),)))
        save(
            store,
            coded(article("a3", QUAKE_B, source="three"), (event("a3e1"), event("a3e2", modality="future"))),
        )
    return tmp_path / "stories.db"


def test_counts_come_from_happenings(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = tmp_path / "events.tsv"
    with open_store(tmp_path) as store:
        assert export_events(store, ALL, "gdelt", out) == 4
    counts = sorted((r["NumMentions"], r["NumSources"], r["NumArticles"]) for r in _rows(out))
    assert counts == [("1", "1", "1"), ("3", "3", "3"), ("3", "3", "3"), ("3", "3", "3")]
    assert db.exists()


def test_one_row_per_happening(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = tmp_path / "happenings.tsv"
    assert main(["export", "--db", str(db), "--format", "gdelt", "--per", "happening", "-o", str(out)]) == 0
    (row,) = _rows(out)  # the future event is not shown without --all; the three reports are one row
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("3", "3", "3")
    assert row["EventCode"] == "040" and row["Day"] == "20240305"
    assert (
        main(["export", "--db", str(db), "--format", "gdelt", "--per", "happening", "--all", "-o", str(out)])
        == 0
    )
    assert len(_rows(out)) == 2  # the future event is no happening: its own row
