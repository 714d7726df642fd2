"""Quotes in the reference articles, through `wirewatch code` and the store (issue 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.batch import code_inputs
from wirewatch.cli import main
from wirewatch.model import Quote
from wirewatch.settings import Settings
from wirewatch.store.sqlite import SqliteStore

pytestmark = pytest.mark.slow

HAVANA = "000_97d477139a34309f"
MOSCOW = "004_920d2eb69dc257d4"


@pytest.fixture(scope="module")
def seed_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("quotes") / "w.db"
    with SqliteStore.open(db) as store:
        summary = code_inputs([str(seeds_dir / "articles.jsonl")], store, Settings(db=db, processes=1))
        assert summary.coded == 2
    return db


@pytest.fixture(scope="module")
def seed_quotes(seed_db: Path) -> list[Quote]:
    with SqliteStore.open(seed_db) as store:
        return store.quotes()


def _quote(quotes: list[Quote], article: str, fragment: str) -> Quote:
    found = [q for q in quotes if q.article_id == article and fragment in q.text]
    assert len(found) == 1, [q.text for q in quotes if q.article_id == article]
    return found[0]


def _actor(q: Quote) -> str | None:
    return q.speaker.actor_id if q.speaker else None


def test_rodriguez_two_quotes(seed_quotes: list[Quote]) -> None:
    first = _quote(seed_quotes, HAVANA, "energetic rejection")
    second = _quote(seed_quotes, HAVANA, "stability and peace")
    assert first.cue == "told" and second.cue == "added"
    for q in (first, second):
        assert _actor(q) == "p:bruno-rodriguez"
        assert q.speaker is not None and q.speaker.country == "CUB"
    # The second quote runs over two sentences; it is one quote.
    assert "lasting political solution" in second.text


def test_ri_colon_introduced_quote(seed_quotes: list[Quote]) -> None:
    q = _quote(seed_quotes, HAVANA, "constructing socialism")
    assert _actor(q) == "p:ri-yong-ho" and q.cue == "spoke"
    assert q.text.startswith("The reason is")


def test_james_brown_quotes_including_he_said(seed_quotes: list[Quote]) -> None:
    fragments = (
        "clear similarities",
        "strongest possible position",
        "traditional allies",
        "security guarantee",
    )
    quotes = [_quote(seed_quotes, MOSCOW, f) for f in fragments]
    for q in quotes:
        assert _actor(q) == "p:james-brown", (q.text[:40], q.speaker)
    assert [q.speaker.text for q in quotes if q.speaker] == ["James Brown", "he", "he", "he"]
    assert quotes[1].cue == "told"


def test_lavrov_indirect_speech_and_partial_quote(seed_quotes: list[Quote]) -> None:
    said = [q for q in seed_quotes if q.article_id == MOSCOW and _actor(q) == "p:sergei-lavrov"]
    texts = {q.text for q in said}
    assert "gradual normalization" in texts
    assert any(t.startswith("that Russia welcomes") for t in texts)


def test_quotes_command_jsonl(seed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--db", str(seed_db), "--format", "jsonl", "--article", HAVANA]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and all(r["article_id"] == HAVANA for r in records)
    assert set(records[0]) == {"article_id", "speaker", "text", "start", "end", "cue"}
    assert set(records[0]["speaker"]) == {"text", "actor_id", "name", "country", "sector", "role"}
    with SqliteStore.open(seed_db) as store:
        text = store.article(HAVANA)["text"]  # type: ignore[index]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)


def test_quotes_command_table(seed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--db", str(seed_db)]) == 0
    assert "Rodriguez" in capsys.readouterr().out


def test_recoding_replaces_quotes(seed_db: Path, seeds_dir: Path) -> None:
    with SqliteStore.open(seed_db) as store:
        before = len(store.quotes())
        code_inputs([str(seeds_dir / "articles.jsonl")], store, Settings(db=seed_db, processes=1), force=True)
        assert len(store.quotes()) == before
