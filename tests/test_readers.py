"""Bad input: each case gets a rejection naming the input and the reason (issue 2)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
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


# --- issue 12: special files, unreadable folders, symlink loops, encodings, JSON types ---


def test_fifo_and_socket_are_rejected_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    sock_path = tmp_path / "s.txt"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    try:
        items = _read([fifo, sock_path, good])  # reading the FIFO would block forever
    finally:
        sock.close()
    fifo_r, sock_r, record = items
    assert isinstance(fifo_r, Rejection) and fifo_r.reason == "special-file"
    assert "FIFO" in fifo_r.message and str(fifo) in fifo_r.message
    assert isinstance(sock_r, Rejection) and "socket" in sock_r.message
    assert isinstance(record, RawRecord) and record.body == GOOD


def test_device_is_rejected() -> None:
    r = _only_rejection(_read([Path("/dev/null")]))
    assert r.reason == "special-file" and "device" in r.message


def test_symlink_loop_says_so(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    r = _only_rejection(_read([loop]))
    assert "symlink loop" in r.message and "no such file" not in r.message


def test_unreadable_folder_is_a_rejection() -> None:
    # root reads any folder: list it as an unprivileged user, as a real analyst would,
    # in a place that user can reach (pytest's tmp_path is private to root).
    as_user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
    base = Path(tempfile.mkdtemp())
    try:
        base.chmod(0o755)
        folder = base / "locked"
        folder.mkdir()
        (folder / "a.txt").write_text(GOOD)
        folder.chmod(0)
        script = (
            "import sys; from wirewatch.ingest.readers import read_inputs;"
            "[print(r.reason, r.message) for r in read_inputs(sys.argv[1:], max_chars=2000)]"
        )
        run = subprocess.run(
            [*as_user, sys.executable, "-c", script, str(folder)], capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        assert run.stdout.strip() == f"unreadable {folder}: permission denied"
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base)


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        path = tmp_path / f"{encoding}.txt"
        bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
        path.write_bytes(bom + GOOD.encode(encoding))
        (record,) = _read([path])
        assert isinstance(record, RawRecord) and record.body == GOOD, encoding


def test_nul_after_the_first_kilobytes_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "late-nul.txt"
    path.write_bytes(((GOOD + "\n") * 100).encode() + b"\x00 trailing")
    r = _only_rejection(_read([path]))
    assert r.reason == "binary"


def test_text_of_the_wrong_json_type_says_so(tmp_path: Path) -> None:
    path = tmp_path / "types.jsonl"
    rows = [{"id": "n", "text": 42}, {"id": "l", "text": ["a"]}, {"id": "b", "text": True}, {"id": "t"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    messages = [item.message for item in _read([path]) if isinstance(item, Rejection)]
    assert messages == [
        f"{path}:1: 'text' is a number, expected a string",
        f"{path}:2: 'text' is an array, expected a string",
        f"{path}:3: 'text' is a boolean, expected a string",
        f"{path}:4: the record has no 'text'",
    ]


def test_ids_longer_than_the_api_allows_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "ids.jsonl"
    path.write_text(
        json.dumps({"id": "x" * 201, "text": GOOD}) + "\n" + json.dumps({"id": "y" * 200, "text": GOOD})
    )
    long_id, ok = _read([path])
    assert isinstance(long_id, Rejection) and "'id' is 201 characters long" in long_id.message
    assert len(long_id.article_id) < 200
    assert isinstance(ok, RawRecord) and ok.record_id == "y" * 200


def test_control_characters_are_stripped_before_storing(tmp_path: Path) -> None:
    path = tmp_path / "ctl.jsonl"
    body = GOOD.replace("Nairobi", "Nai\x1b[31mrobi\x07") + "\x0cSecond\x00 page."
    path.write_text(json.dumps({"id": "c\x1b1", "title": "T\x07itle", "text": body}) + "\n")
    (raw,) = _read([path])
    assert isinstance(raw, RawRecord) and raw.record_id == "c1"
    article = prepare(raw, SETTINGS)
    assert isinstance(article, Article)
    assert "Nai[31mrobi" in article.text and "\nSecond page." in article.text
    assert not any(ord(c) < 32 and c not in "\n\t" for c in article.text + (article.title or ""))
    assert article.title == "Title"


def test_records_are_counted_for_the_progress_bar(tmp_path: Path) -> None:
    from wirewatch.ingest.readers import count_records

    (tmp_path / "in" / "deep").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(GOOD)
    (tmp_path / "in" / "deep" / "b.jsonl").write_text(json.dumps({"text": GOOD}) + "\n\n" + "{bad\n")
    (tmp_path / "in" / "skip.png").write_bytes(b"\x89PNG")
    os.mkfifo(tmp_path / "pipe")
    inputs = [str(tmp_path / "in"), str(tmp_path / "pipe"), str(tmp_path / "missing")]
    assert count_records(inputs) == len(_read([Path(i) for i in inputs])) == 5
    assert count_records([str(tmp_path / "in"), "-"]) is None


def test_linked_folders_are_not_followed(tmp_path: Path) -> None:
    """As before issue 12 (pathlib's rglob): a link to a folder, or back up the tree, is not walked."""
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text(GOOD)
    top = tmp_path / "in"
    top.mkdir()
    (top / "a.txt").write_text(GOOD)
    (top / "linked").symlink_to(tmp_path / "elsewhere")
    (top / "up").symlink_to(top)
    assert [i.origin for i in _read([top])] == [str(top / "a.txt")]
    from wirewatch.ingest.readers import count_records

    assert count_records([str(top)]) == 1
