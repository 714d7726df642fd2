"""The bundled sample corpus: every article codes, debris goes, expected events are found.

The expected events were written by the team with the articles
(data/sample/expected.jsonl). The recall floor is pinned at what the
pipeline reaches today; the actor and event issues raise it. Lowering it is a
deliberate, explained commit.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from wirewatch.batch import code_inputs
from wirewatch.model import Event
from wirewatch.settings import Settings
from wirewatch.store.queries import EventQuery, matching_events
from wirewatch.store.sqlite import SqliteStore

pytestmark = pytest.mark.slow

# Share of expected events found (type right, same sentence, a source country right).
# Measured 78/130 = 0.600 after the codebook, roles and actor work of 2026-11-23.
EVENT_RECALL_FLOOR = 0.58
# Share of the debris lines the team marked that cleaning removes.
DEBRIS_REMOVED_FLOOR = 0.90

SAMPLE = resources.files("wirewatch").joinpath("data", "sample")


def _expected() -> list[dict[str, Any]]:
    text = SAMPLE.joinpath("expected.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SqliteStore:
    db = tmp_path_factory.mktemp("sample") / "w.db"
    store = SqliteStore.open(db)
    summary = code_inputs([str(SAMPLE.joinpath("articles.jsonl"))], store, Settings(db=db, processes=1))
    assert not summary.rejected, [r.message for r in summary.rejected]
    assert summary.coded == len(_expected())
    return store


def _found(expected: dict[str, Any], events: list[Event]) -> bool:
    return any(
        e.plover == expected["plover"]
        and expected["sentence"][:40] in e.sentence
        and (not expected["sources"] or {a.country for a in e.sources} & set(expected["sources"]))
        for e in events
    )


def test_event_recall_floor(store: SqliteStore) -> None:
    found = total = 0
    for article in _expected():
        events = matching_events(store, EventQuery(article_id=article["id"], include_all=True))
        for expected in article["events"]:
            total += 1
            found += _found(expected, events)
    assert found / total >= EVENT_RECALL_FLOOR, f"{found}/{total}"


def test_debris_is_removed_and_content_kept(store: SqliteStore) -> None:
    removed = total = 0
    for article in _expected():
        text = store.article(article["id"])["text"]  # type: ignore[index]
        for line in article["debris"]:
            total += 1
            removed += line.strip() not in text
        for actor in article["actors"]:
            assert actor["text"] in text, (article["id"], actor["text"])
    assert removed / total >= DEBRIS_REMOVED_FLOOR, f"{removed}/{total}"


def test_articles_without_date_say_so(tmp_path: Path) -> None:
    """The sample articles again with no date and no URL: those whose text gives no dated
    dateline stay undated, and their events carry no date that publication would have given
    (no `publication` fallback, no relative expression resolved); a stated date still dates."""
    records = [json.loads(line) for line in SAMPLE.joinpath("articles.jsonl").read_text("utf-8").splitlines()]
    undated_input = tmp_path / "undated.jsonl"
    undated_input.write_text(
        "\n".join(
            json.dumps({k: v for k, v in r.items() if k not in ("date", "url")} | {"id": f"nodate-{i}"})
            for i, r in enumerate(records)
        ),
        encoding="utf-8",
    )
    with SqliteStore.open(tmp_path / "undated.db") as store:
        code_inputs([str(undated_input)], store, Settings(db=tmp_path / "undated.db", processes=1))
        undated = [r for r in store.articles() if r["published"] is None]
        assert undated, "some sample articles carry no dateline with a year"
        events = [
            e
            for row in undated
            for e in matching_events(store, EventQuery(article_id=row["article_id"], include_all=True))
        ]
    assert events, "undated articles still have their events stored"
    for event in events:
        assert event.date_precision not in ("publication", "week"), (event.date, event.sentence)
        assert event.date is None or event.date_precision in ("day", "month", "year")
