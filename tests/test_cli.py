"""End to end through the CLI on a real SQLite file (issue 2)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from wirewatch.cli import EXIT_OK, EXIT_REJECTED, main

EVENT_KEYS = {
    "event_id",
    "article_id",
    "date",
    "date_precision",
    "plover",
    "mode",
    "cameo",
    "quad_class",
    "goldstein",
    "polarity",
    "modality",
    "sources",
    "targets",
    "location",
    "sentence",
    "trigger",
    "confidence",
    "rule",
    "provenance",
}
ACTOR_KEYS = {"text", "actor_id", "name", "country", "sector", "role"}
ARTICLE_KEYS = {"article_id", "source", "url", "published", "title", "status", "reason", "n_events"}

MEETING = (
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on "
    "Tuesday. The two leaders held talks on trade and the shared border.\n\n"
    "Ruto said the meeting had been productive.\n"
)
PROTEST = (
    "Thousands of protesters rallied against the government in Colombo on Saturday. "
    "Police fired tear gas at the crowd near the president's residence.\n"
)


def _jsonl(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    (folder / "meeting.txt").write_text(MEETING)
    (folder / "nested" / "protest.txt").write_text(PROTEST)
    (folder / "empty.txt").write_text("")
    (folder / "image.txt").write_bytes(b"GIF89a\x00\x01\x00")
    (folder / "feed.jsonl").write_text(
        json.dumps(
            {
                "id": "rec-1",
                "text": MEETING.replace("Tuesday", "Monday"),
                "date": "2023-05-02",
                "source": "Desk",
                "url": "https://example.invalid/1",
            }
        )
        + "\n{broken\n"
    )
    return folder


@pytest.mark.slow
def test_code_folder_with_bad_inputs(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.db"
    assert main(["code", str(corpus), "--db", str(db), "--date", "2023-05-03", "--quiet"]) == EXIT_REJECTED
    capsys.readouterr()
    assert main(["articles", "--db", str(db), "--format", "jsonl"]) == EXIT_OK
    rows = _jsonl(capsys)
    assert all(set(r) == ARTICLE_KEYS for r in rows)
    statuses = sorted((r["status"], r["reason"]) for r in rows)
    assert statuses == [("coded", None)] * 3 + [
        ("rejected", "binary"),
        ("rejected", "empty"),
        ("rejected", "json"),
    ]
    record = next(r for r in rows if r["article_id"] == "rec-1")
    assert record["published"] == "2023-05-02" and record["source"] == "Desk"

    assert main(["events", "--db", str(db), "--format", "jsonl"]) == EXIT_OK
    events = _jsonl(capsys)
    assert events, "the meeting articles must yield events"
    for event in events:
        assert set(event) == EVENT_KEYS
        for actor in event["sources"] + event["targets"]:  # type: ignore[operator]
            assert set(actor) == ACTOR_KEYS
    consult = [e for e in events if e["plover"] == "CONSULT"]
    pairs = {(s["country"], t["country"]) for e in consult for s in e["sources"] for t in e["targets"]}  # type: ignore[attr-defined]
    assert ("KEN", "ETH") in pairs

    # the same filters as the API and export: a dyad, either direction
    assert main(["events", "--db", str(db), "--format", "jsonl", "--dyad", "ETH-KEN"]) == EXIT_OK
    dyad = _jsonl(capsys)
    assert dyad and all(
        {"KEN", "ETH"} <= {a["country"] for a in e["sources"] + e["targets"]}  # type: ignore[operator]
        for e in dyad
    )


@pytest.mark.slow
def test_recoding_is_idempotent_and_interrupted_runs_finish(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wirewatch.batch import code_inputs
    from wirewatch.settings import Settings
    from wirewatch.store.sqlite import SqliteStore

    db = tmp_path / "w.db"
    settings = Settings(db=db, processes=1)

    def interrupt(done: int, words: int) -> None:
        raise KeyboardInterrupt

    with SqliteStore.open(db) as store, pytest.raises(KeyboardInterrupt):
        code_inputs([str(corpus)], store, settings, progress=interrupt)
    with SqliteStore.open(db) as store:
        assert store.counts()["coded"] == 1, "the first article was committed before the interrupt"
        summary = code_inputs([str(corpus)], store, settings)
        assert summary.skipped == 1 and summary.coded == 2
        first = store.counts()
        summary = code_inputs([str(corpus)], store, settings, force=True)
        assert store.counts() == first, "re-coding must not duplicate rows"


@pytest.mark.slow
def test_stdin_and_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    db = tmp_path / "w.db"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(MEETING.encode())))
    assert main(["code", "-", "--db", str(db), "--quiet", "--date", "2023-05-03"]) == EXIT_OK
    capsys.readouterr()
    assert main(["articles", "--db", str(db), "--format", "csv"]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[0].split(",") == sorted(ARTICLE_KEYS, key=list(ARTICLE_KEYS).index) or out[0].startswith(
        "article_id"
    )
    article_id = out[1].split(",")[0]
    assert main(["show", article_id, "--db", str(db)]) == EXIT_OK
    shown = capsys.readouterr().out
    assert "William Ruto" in shown and "CONSULT" in shown


def test_missing_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", str(tmp_path / "none.db")]) == 1
    assert "no such database" in capsys.readouterr().err


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["code", "x.txt", "--date", "23/05/2023"])
    assert exc.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err


def _db_with_confidences(path: Path) -> Path:
    """A hand-made database: one article, three events 0.2, 0.6 and 0.9 confident."""
    import datetime as dt

    from wirewatch.model import ActorRef, Article, CodedArticle, Event, Span, event_id
    from wirewatch.store.sqlite import SqliteStore

    text = "Kenya met Ethiopia. Kenya praised Ethiopia. Kenya accused Ethiopia."
    events = []
    for (trigger, plover, cameo), confidence in zip(
        (("met", "CONSULT", "040"), ("praised", "SUPPORT", "051"), ("accused", "ACCUSE", "112")),
        (0.2, 0.6, 0.9),
        strict=True,
    ):
        start = text.index(trigger)
        sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
        events.append(
            Event(
                event_id=event_id("conf-1", sentence_start, start, plover),
                article_id="conf-1",
                plover=plover,
                mode=None,
                cameo=cameo,
                quad_class=1,
                goldstein=1.0,
                polarity="affirmed",
                modality="actual",
                sources=(ActorRef("Kenya", "KEN", "Kenya", "KEN", None, None),),
                targets=(ActorRef("Ethiopia", "ETH", "Ethiopia", "ETH", None, None),),
                sentence=text[sentence_start : text.index(".", start) + 1],
                sentence_start=sentence_start,
                trigger=Span(start, start + len(trigger), trigger),
                confidence=confidence,
                rule=f"{plover.lower()}.test",
            )
        )
    article = Article("conf-1", text, published=dt.date(2023, 5, 2))
    with SqliteStore.open(path) as store:
        store.save_coded(CodedArticle(article=article, events=tuple(events)))
    return path


def test_events_min_confidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 10: `--min-confidence X` keeps events at least X confident; X outside 0..1 is a usage error."""
    db = str(_db_with_confidences(tmp_path / "w.db"))
    assert main(["events", "--db", db, "--format", "jsonl"]) == EXIT_OK
    assert len(_jsonl(capsys)) == 3
    assert main(["events", "--db", db, "--format", "jsonl", "--min-confidence", "0.6"]) == EXIT_OK
    assert sorted(e["confidence"] for e in _jsonl(capsys)) == [0.6, 0.9]  # type: ignore[type-var]
    assert main(["events", "--db", db, "--format", "jsonl", "--min-confidence", "1"]) == EXIT_OK
    assert _jsonl(capsys) == []
    for bad in ("1.5", "-1", "nan", "sure"):
        with pytest.raises(SystemExit) as exc:
            main(["events", "--db", db, "--min-confidence", bad])
        assert exc.value.code == 2 and "--min-confidence" in capsys.readouterr().err, bad


# --- issue 12: help, show, tables ------------------------------------------------------


def _actions(parser: argparse.ArgumentParser, path: str) -> list[tuple[str, argparse.Action]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _actions(sub, f"{path} {name}")
        elif not isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
            found.append((path, action))
    return found


def test_every_option_has_a_help_line() -> None:
    from wirewatch.cli import build_parser

    missing = [
        f"{path} {a.option_strings or a.dest}"
        for path, a in _actions(build_parser(), "wirewatch")
        if not a.help
    ]
    assert missing == []


def test_help_speaks_to_analysts(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # argparse wraps at the terminal's width

    def help_of(*args: str) -> str:
        with pytest.raises(SystemExit):
            main([*args, "--help"])
        return " ".join(capsys.readouterr().out.split())

    top = help_of()
    assert "political event data" in top and "examples:" in top and "wirewatch events --country Iran" in top
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in help_of("events")
    assert "WIREWATCH_API_TOKEN" in help_of("serve")


@pytest.fixture()
def marked_db(tmp_path: Path) -> Path:
    from dataclasses import replace

    from tests.export.test_export import _coded
    from wirewatch.store.sqlite import SqliteStore

    coded = _coded()
    # As stored by a version that kept control characters (same length: offsets still hold).
    text = coded.article.text.replace("Cuban", "\x1b[31m").replace("NATO", "\x07ATO")
    long_title = "A headline long enough to be cut off at eighty columns by the articles table " * 2
    coded = replace(coded, article=replace(coded.article, text=text, title=long_title.strip()))
    db = tmp_path / "w.db"
    with SqliteStore.open(db) as store:
        store.save_coded(coded)
    return db


def test_show_has_a_legend_and_dated_placed_events_and_no_raw_controls(
    marked_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "--db", str(marked_db), "export-1"]) == EXIT_OK
    shown = capsys.readouterr().out
    assert "\x1b" not in shown and "\x07" not in shown and "␛[31m" in shown
    assert "legend: person  country or organisation  group  place  event trigger" in shown
    consult = "2017-11-22  CONSULT 040  Bruno Rodriguez [CUB/GOV] → Ri Yong-ho [PRK/GOV], DPRK [PRK/-]"
    assert f"{consult}  in Havana  affirmed, actual" in shown
    assert "undated  ASSAULT 0211  Russia [RUS/-] → Finland [FIN/-]  place unknown  negated, actual" in shown


def test_articles_table_is_not_cut(marked_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from wirewatch.store.sqlite import SqliteStore

    with SqliteStore.open(marked_db) as store:
        title = store.articles()[0]["title"]
    assert main(["articles", "--db", str(marked_db)]) == EXIT_OK
    assert title in capsys.readouterr().out  # piped: as wide as it needs, on one line
