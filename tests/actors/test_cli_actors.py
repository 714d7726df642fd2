"""`wirewatch actors` and its verbs on a real database (issue 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.actors.kb import load_curated
from wirewatch.cli import main
from wirewatch.store.actors import get_actor, seed_actors
from wirewatch.store.sqlite import SqliteStore

FIELDS = ["actor_id", "name", "aliases", "country", "sector", "role", "first_seen", "last_seen", "origin"]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.db"
    with SqliteStore.open(path) as store:
        seed_actors(store, load_curated())
    return path


def test_jsonl_lists_the_contract(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(list(r) == FIELDS for r in rows)
    ri = next(r for r in rows if r["actor_id"] == "p:ri-yong-ho")
    assert (ri["country"], ri["sector"], ri["origin"]) == ("PRK", "GOV", "curated")
    assert "Ri Yong Ho" in ri["aliases"]


def test_edit_then_show(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "edit", "p:ri-yong-ho", "--role", "former foreign minister", "--db", str(db)]) == 0
    assert main(["actors", "--db", str(db), "show", "p:ri-yong-ho"]) == 0
    out = capsys.readouterr().out
    assert "former foreign minister" in out and "analyst" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["actors", "edit", "p:nobody", "--country", "KOR"],
        ["actors", "edit", "p:ri-yong-ho", "--country", "XXX"],
        ["actors", "edit", "p:ri-yong-ho", "--sector", "NOPE"],
        ["actors", "merge", "p:ri-yong-ho", "p:ri-yong-ho"],
        ["actors", "merge", "p:ri-yong-ho", "p:moon-jae-in"],
    ],
)
def test_bad_input_is_an_error_and_changes_nothing(
    db: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--db", str(db)]) == 1
    assert "wirewatch:" in capsys.readouterr().err
    with SqliteStore.open(db) as store:
        ri = get_actor(store, "p:ri-yong-ho")
        assert (ri.country, ri.sector, ri.origin) == ("PRK", "GOV", "curated")
        assert get_actor(store, "p:moon-jae-in").country == "KOR"
