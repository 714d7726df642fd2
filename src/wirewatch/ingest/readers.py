"""Turn command-line inputs (files, folders, JSON Lines, stdin) into raw records.

A reader never raises for one bad record: it yields a `Rejection` naming the
input and the reason, and goes on with the rest of the batch.
"""

from __future__ import annotations

import gzip
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirewatch.model import Rejection, bytes_id, text_article_id

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".gz"}

# Markup, scripts and styles make a page 5-20 times longer than its text
# (the extraction benchmark's pages: median 9x), so HTML gets this much more room.
HTML_SIZE_FACTOR = 20

# A NUL byte in the first 8 kB is how git and grep tell binary from text.
BINARY_SNIFF_BYTES = 8192


@dataclass(frozen=True)
class RawRecord:
    """One article as read, before HTML extraction and cleaning."""

    origin: str
    body: str
    kind: str  # "text" | "html"
    record_id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


Read = RawRecord | Rejection


def read_inputs(inputs: Iterable[str], *, max_chars: int) -> Iterator[Read]:
    """Yield a record or a rejection for every article found under `inputs`.

    `-` reads standard input; a folder is walked recursively (files with a
    known suffix, in sorted order).
    """
    for name in inputs:
        if name == "-":
            yield from read_bytes(sys.stdin.buffer.read(), origin="-", max_chars=max_chars)
            continue
        path = Path(name)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if file.suffix.lower() in KNOWN_SUFFIXES:
                    yield from read_file(file, max_chars=max_chars)
        elif path.exists():
            yield from read_file(path, max_chars=max_chars)
        else:
            yield Rejection(
                article_id=bytes_id(str(path).encode()),
                origin=str(path),
                reason="missing",
                message=f"{path}: no such file or directory",
            )


def read_file(path: Path, *, max_chars: int) -> Iterator[Read]:
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
        if suffix == ".gz":
            suffix = Path(path.stem).suffix.lower()
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield Rejection(bytes_id(str(path).encode()), str(path), "unreadable", f"{path}: {e}")
        return
    yield from read_bytes(data, origin=str(path), max_chars=max_chars, suffix=suffix)


def read_bytes(data: bytes, *, origin: str, max_chars: int, suffix: str = "") -> Iterator[Read]:
    """Decode one input's bytes and split it into records by its format."""
    text_or_rejection = _decode(data, origin)
    if isinstance(text_or_rejection, Rejection):
        yield text_or_rejection
        return
    text = text_or_rejection
    if suffix in JSONL_SUFFIXES or (not suffix and _looks_like_jsonl(text)):
        yield from _read_jsonl(text, origin, max_chars=max_chars)
        return
    kind = "html" if suffix in HTML_SUFFIXES or _looks_like_html(text) else "text"
    limit = max_chars * HTML_SIZE_FACTOR if kind == "html" else max_chars
    if len(text) > limit:
        yield _too_large(origin, text, len(text), limit)
        return
    yield RawRecord(origin=origin, body=text, kind=kind)


def _decode(data: bytes, origin: str) -> str | Rejection:
    if not data.strip():
        return Rejection(bytes_id(data), origin, "empty", f"{origin}: the input is empty")
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return Rejection(bytes_id(data), origin, "binary", f"{origin}: binary data, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return Rejection(
            bytes_id(data),
            origin,
            "encoding",
            f"{origin}: not valid UTF-8 (byte {e.start}: {data[e.start : e.start + 1]!r});"
            " re-save the file as UTF-8",
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    return first == "{"


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or "<html" in head


def _too_large(origin: str, text: str, size: int, limit: int) -> Rejection:
    return Rejection(
        text_article_id(text),
        origin,
        "too-large",
        f"{origin}: {size:,} characters is over the size limit of {limit:,} (raise it with --max-chars)",
    )


def _read_jsonl(text: str, origin: str, *, max_chars: int) -> Iterator[Read]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        yield _jsonl_record(line, where, max_chars=max_chars)


def _jsonl_record(line: str, where: str, *, max_chars: int) -> Read:
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as e:
        return Rejection(bytes_id(line.encode()), where, "json", f"{where}: not valid JSON ({e.msg})")
    if not isinstance(obj, dict):
        return Rejection(bytes_id(line.encode()), where, "json", f"{where}: a JSON object was expected")
    body = obj.get("text")
    meta = {k: _opt_str(obj.get(k)) for k in ("id", "title", "date", "url", "source")}
    if not isinstance(body, str) or not body.strip():
        return Rejection(
            meta["id"] or bytes_id(line.encode()),
            where,
            "empty" if body in (None, "") or isinstance(body, str) else "json",
            f"{where}: the record has no 'text'",
            title=meta["title"],
            url=meta["url"],
            source=meta["source"],
        )
    kind = "html" if _looks_like_html(body) else "text"
    limit = max_chars * HTML_SIZE_FACTOR if kind == "html" else max_chars
    if len(body) > limit:
        return _too_large(where, body, len(body), limit)
    return RawRecord(
        origin=where,
        body=body,
        kind=kind,
        record_id=meta["id"],
        title=meta["title"],
        date=meta["date"],
        url=meta["url"],
        source=meta["source"],
    )


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None
