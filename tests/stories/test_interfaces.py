"""wirewatch stories / happenings and GET /v1/happenings, /v1/stories (issue 13, item 5), over a
real SQLite file built from hand-written articles and a real server on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serving import Running, run_server
from tests.stories.helpers import QUAKE_A, QUAKE_B, QUAKE_OTHER, article, coded, event, open_store, save
from wirewatch.cli import main
from wirewatch.store.queries import EventQuery


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stories")
    with open_store(folder) as store:
        save(
            store,
            coded(article("a1", QUAKE_A, title="Quake in Kestrel Valley", source="one"), (event("a1e1"),)),
        )
        save(store, coded(article("a2", QUAKE_B, title="Search goes on", source="two"), (event("a2e1"),)))
        save(store, coded(article("a3", QUAKE_A, title="Copy", source="three"), (event("a3e1"),)))
        other = event("a4e1", source="USA", target="CHN", plover="ACCUSE", cameo="112")
        save(store, coded(article("a4", QUAKE_OTHER, title="Marrow Bay quake", source="one"), (other,)))
    return folder / "stories.db"


@pytest.fixture(scope="module")
def api(db: Path) -> Iterator[Running]:
    yield from run_server(db)


def test_happenings_jsonl(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["happenings", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2
    quake = next(r for r in rows if r["plover"] == "CONSULT")
    assert (quake["n_articles"], quake["n_sources"], quake["n_mentions"]) == (3, 3, 3)
    assert sorted(quake["event_ids"]) == ["a1e1", "a2e1", "a3e1"]
    assert set(quake) >= {
        "happening_id",
        "sources",
        "targets",
        "date",
        "date_precision",
        "location",
        "first_seen",
        "confidence",
        "cameo",
        "quad_class",
        "goldstein",
    }


def test_happenings_csv_and_filters(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["happenings", "--db", str(db), "--format", "csv", "--type", "ACCUSE"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["sources"], r["targets"], r["n_articles"]) for r in rows] == [("USA", "CHN", "1")]


def test_stories_jsonl_is_one_row_per_article(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["article_id"] for r in rows) == ["a1", "a2", "a3", "a4"]
    story = {r["article_id"]: r["story_id"] for r in rows}
    assert story["a1"] == story["a2"] == story["a3"] != story["a4"]


def test_stories_show(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", "show", "s:a1", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Quake in Kestrel Valley" in out and "3 articles" in out and "a3" in out
    assert main(["stories", "show", "s:nope", "--db", str(db)]) == 1


def test_api_happenings(api: Running) -> None:
    page = api.client.get("/v1/happenings", params={"dyad": "ETH-KEN"}).json()
    assert page["total"] == 1
    (h,) = page["items"]
    assert h["n_articles"] == 3
    one = api.client.get(f"/v1/happenings/{h['happening_id']}")
    assert one.status_code == 200
    detail = one.json()
    assert {k: v for k, v in detail.items() if k != "reports"} == h
    # each report in the one response: the article's headline, outlet, date, URL and evidence
    reports = {r["article_id"]: r for r in detail["reports"]}
    assert set(reports) == {"a1", "a2", "a3"}
    assert (reports["a2"]["title"], reports["a2"]["source"], reports["a2"]["published"]) == (
        "Search goes on",
        "two",
        "2024-03-05",
    )
    assert reports["a3"]["duplicate_of"] == "a1" and reports["a1"]["duplicate_of"] is None
    (evidence,) = reports["a2"]["events"]
    assert evidence["event_id"] == "a2e1" and evidence["sentence"] == "KEN met ETH."
    assert evidence["trigger"] == {"start": 4, "end": 7, "text": "met"}
    assert api.client.get("/v1/happenings/h:missing").status_code == 404
    assert api.client.get("/v1/happenings", params={"type": "ACCUSE"}).json()["total"] == 1


def test_api_stories(api: Running) -> None:
    page = api.client.get("/v1/stories").json()
    assert page["total"] == 2
    story = api.client.get("/v1/stories/s:a1").json()
    assert story["n_articles"] == 3 and story["article_ids"][0] == "a1"
    articles = {a["article_id"]: a for a in story["articles"]}
    assert [a["article_id"] for a in story["articles"]] == story["article_ids"]
    assert articles["a1"]["title"] == "Quake in Kestrel Valley" and articles["a1"]["source"] == "one"
    assert articles["a2"]["event"]["event_id"] == "a2e1"
    assert articles["a2"]["event"]["sentence"] == "KEN met ETH."
    assert api.client.get("/v1/stories", params={"article": "a4"}).json()["items"][0]["n_articles"] == 1
    assert api.client.get("/v1/stories/s:missing").status_code == 404
    spec = api.client.get("/openapi.json").json()
    assert {"/v1/happenings", "/v1/stories", "/v1/stories/{story_id}"} <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    assert {"reports"} <= set(schemas["HappeningDetail"]["properties"])
    assert {"articles", "top_actors"} <= set(schemas["StoryDetail"]["properties"])
    assert {"name", "code", "actor_id", "mentions"} <= set(schemas["StoryActor"]["properties"])


def test_api_happenings_sorted_by_reports(api: Running) -> None:
    items = api.client.get("/v1/happenings", params={"sort": "-article"}).json()["items"]
    assert [h["n_articles"] for h in items] == [3, 1]
    assert api.client.get("/v1/happenings", params={"sort": "n_sources"}).status_code == 400  # as /v1/events


def test_reports_and_story_articles_on_both_engines(engine_db: str | Path) -> None:
    """The one-query reads of GET /v1/happenings/{id} and /v1/stories/{id} in portable SQL: the same
    rows on SQLite and PostgreSQL."""
    from wirewatch.store import stories as reads
    from wirewatch.store.base import open_store as open_any
    from wirewatch.stories.link import Linker

    with open_any(engine_db) as store:
        store.save_coded(
            coded(article("a1", QUAKE_A, title="Quake", source="one"), (event("a1e1"),)), Linker()
        )
        store.save_coded(
            coded(article("a2", QUAKE_B, title="Search", source="two"), (event("a2e1"),)), Linker()
        )
        (happening,), _ = reads.query_happenings(store, EventQuery(include_all=True))
        reports = reads.happening_reports(store, happening.happening_id)
        assert [(r["article_id"], r["source"], [e["event_id"] for e in r["events"]]) for r in reports] == [
            ("a1", "one", ["a1e1"]),
            ("a2", "two", ["a2e1"]),
        ]
        story = reads.story_of_article(store, "a2")
        assert story is not None
        articles = reads.story_articles(store, story.story_id)
        assert [(a["article_id"], a["title"], a["event"]["event_id"]) for a in articles] == [
            ("a1", "Quake", "a1e1"),
            ("a2", "Search", "a2e1"),
        ]
        assert articles[1]["event"]["trigger"] == {"start": 4, "end": 7, "text": "met"}
