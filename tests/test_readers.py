"""Bad input: each case gets a rejection naming the input and the reason (issue 2)."""

from __future__ import annotations

import json
from pathlib import Path

from wirewatch.ingest.prepare import prepare
from wirewatch.ingest.readers import RawRecord, read_inputs
from wirewatch.model import Article, Rejection
from wirewatch.settings import Settings

SETTINGS = Settings(max_chars=2_000)

GOOD = (
    "The foreign ministers of Kenya and Ethiopia met in Nairobi on Monday to discuss the "
    "border, and both sides said the talks had been useful for the region."
)
SPANISH = (
    "El ministro de Relaciones Exteriores de Cuba se reunió con su homólogo en La Habana "
    "para hablar de la cooperación económica entre los dos países y de las sanciones."
)


def _read(paths: list[Path]) -> list[RawRecord | Rejection]:
    return list(read_inputs([str(p) for p in paths], max_chars=SETTINGS.max_chars))


def _only_rejection(items: list[RawRecord | Rejection]) -> Rejection:
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, Rejection), item
    return item


def test_empty_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    r = _only_rejection(_read([path]))
    assert r.reason == "empty" and str(path) in r.message


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    r = _only_rejection(_read([path]))
    assert r.reason == "binary" and str(path) in r.message


def test_invalid_utf8_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre a parlé à la presse.".encode("latin-1"))
    r = _only_rejection(_read([path]))
    assert r.reason == "encoding" and "UTF-8" in r.message and str(path) in r.message


def test_malformed_jsonl_line_rejected_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a1", "text": GOOD}), "{not json", json.dumps({"id": "a3", "text": GOOD})]
    path.write_text("\n".join(lines) + "\n")
    items = _read([path])
    assert [type(i).__name__ for i in items] == ["RawRecord", "Rejection", "RawRecord"]
    bad = items[1]
    assert isinstance(bad, Rejection) and bad.reason == "json" and f"{path}:2" in bad.message


def test_jsonl_record_without_text(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "x", "title": "no body"}) + "\n")
    r = _only_rejection(_read([path]))
    assert r.article_id == "x" and "no 'text'" in r.message


def test_oversized_article_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(GOOD * 30)
    r = _only_rejection(_read([path]))
    assert r.reason == "too-large" and "--max-chars" in r.message


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    r = _only_rejection(_read([tmp_path / "nope.txt"]))
    assert r.reason == "missing"


def test_non_english_article_is_rejected() -> None:
    raw = RawRecord(origin="es.txt", body=SPANISH * 2, kind="text")
    r = prepare(raw, SETTINGS)
    assert isinstance(r, Rejection) and r.reason == "language" and "es.txt" in r.message


def test_english_article_is_prepared_with_cli_date() -> None:
    import datetime as dt

    raw = RawRecord(origin="en.txt", body=GOOD, kind="text")
    a = prepare(raw, SETTINGS, default_date=dt.date(2020, 1, 6), default_source="desk")
    assert isinstance(a, Article)
    assert a.published == dt.date(2020, 1, 6) and a.published_from == "cli" and a.source == "desk"


def test_record_date_wins_over_cli_date() -> None:
    import datetime as dt

    raw = RawRecord(origin="x", body=GOOD, kind="text", record_id="r1", date="2019-05-02")
    a = prepare(raw, SETTINGS, default_date=dt.date(2020, 1, 6))
    assert isinstance(a, Article) and a.published == dt.date(2019, 5, 2) and a.article_id == "r1"


def test_text_id_is_stable_under_whitespace_and_quotes(tmp_path: Path) -> None:
    one = prepare(RawRecord(origin="1", body=GOOD, kind="text"), SETTINGS)
    two = prepare(RawRecord(origin="2", body=GOOD.replace(" ", "  "), kind="text"), SETTINGS)
    assert isinstance(one, Article) and isinstance(two, Article)
    assert one.article_id == two.article_id


def test_folder_is_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(GOOD)
    (tmp_path / "a" / "b" / "two.txt").write_text(GOOD + " More.")
    (tmp_path / "a" / "b" / "notes.bin").write_bytes(b"\x00")
    items = _read([tmp_path])
    assert len(items) == 2 and all(isinstance(i, RawRecord) for i in items)


def test_gzipped_html_is_read_and_broken_gzip_rejected(tmp_path: Path) -> None:
    import gzip

    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(f"<html><body><p>{GOOD}</p></body></html>".encode()))
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage")
    items = _read([page, broken])
    assert isinstance(items[0], RawRecord) and items[0].kind == "html"
    assert isinstance(items[1], Rejection) and items[1].reason == "unreadable"
