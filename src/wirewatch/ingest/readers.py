"""Turn command-line inputs (files, folders, JSON Lines, stdin) into raw records.

A reader never raises for one bad record: it yields a `Rejection` naming the
input and the reason, and goes on with the rest of the batch.
"""

from __future__ import annotations

import errno
import gzip
import json
import logging
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirewatch.ingest.controls import strip_controls
from wirewatch.model import Rejection, bytes_id, text_article_id

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".gz", ".warc", ".arc"}

# Markup, scripts and styles make a page 5-20 times longer than its text
# (the extraction benchmark's pages: median 9x), so HTML gets this much more room.
HTML_SIZE_FACTOR = 20

# Ids are capped as the API caps them (api.schemas.CodeRequest.id).
MAX_ID_CHARS = 200

# Byte-order marks that say the text is not UTF-8, longest first (the UTF-32 LE
# mark begins with the UTF-16 LE one).
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

JSON_TYPES = {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}


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
    crawled: str | None = None  # when a web archive fetched the page (WARC-Date)
    listed: str | None = None  # the date a feed gave the item: used when the page itself has none


Read = RawRecord | Rejection


def read_inputs(inputs: Iterable[str], *, max_chars: int) -> Iterator[Read]:
    """Yield a record or a rejection for every article found under `inputs`.

    `-` reads standard input; a folder is walked recursively (files with a
    known suffix, in sorted order). Only regular files are read: a FIFO, socket
    or device named on the command line is rejected (reading a FIFO would wait
    forever), as are paths that cannot be listed or read, each with its reason.
    """
    for name in inputs:
        if name == "-":
            yield from _read_stdin(sys.stdin.buffer.read(), max_chars=max_chars)
            continue
        path = Path(name)
        try:
            mode = path.stat().st_mode
        except OSError as e:
            yield _path_rejection(path, e)
            continue
        if stat.S_ISDIR(mode):
            yield from _read_folder(path, max_chars=max_chars)
        else:
            yield from read_file(path, max_chars=max_chars)


def _read_stdin(data: bytes, *, max_chars: int) -> Iterator[Read]:
    """Standard input: a (gzipped) web archive, known by its first bytes, or one article/JSONL."""
    if data.startswith((b"\x1f\x8b", b"WARC/", b"filedesc://")):
        from wirewatch.ingest.warc import looks_like_warc, read_warc

        if looks_like_warc(data):
            yield from read_warc(data, origin="-", max_chars=max_chars)
            return
    yield from read_bytes(data, origin="-", max_chars=max_chars)


def _read_folder(folder: Path, *, max_chars: int) -> Iterator[Read]:
    """Every file with a known suffix under `folder`, sorted; a sub-folder that cannot be
    listed is a rejection, not a silent gap."""
    unlistable: list[OSError] = []
    files = _folder_files(folder, unlistable)
    for error in unlistable:
        yield _path_rejection(Path(error.filename or folder), error)
    for file in files:
        yield from read_file(file, max_chars=max_chars)


def _folder_files(folder: Path, errors: list[OSError]) -> list[Path]:
    """The files with a known suffix under `folder`, sorted. Symbolic links to folders are
    not followed (as `grep -r` does not), so no link can send the walk round in a loop."""
    files: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=errors.append):
        dirs.sort()
        files.extend(Path(root, n) for n in names if Path(n).suffix.lower() in KNOWN_SUFFIXES)
    return sorted(files)


def _path_rejection(path: Path, error: OSError) -> Rejection:
    reason, why = _os_reason(error)
    return Rejection(bytes_id(str(path).encode()), str(path), reason, f"{path}: {why}")


def _os_reason(error: OSError) -> tuple[str, str]:
    """(rejection reason, words for the user) for an error on a path."""
    if error.errno == errno.ENOENT:
        return "missing", "no such file or directory"
    if error.errno == errno.ELOOP:
        return "unreadable", "symlink loop (the link points back to itself)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "unreadable", "permission denied"
    return "unreadable", error.strerror or str(error)


def _special_kind(mode: int) -> str | None:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if not stat.S_ISREG(mode):
        return "not a regular file"
    return None


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file. Opened without blocking and checked after opening,
    so a FIFO (even one swapped in after a check) is refused rather than waited on."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        kind = _special_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise SpecialFile(kind)
        return handle.read()


class SpecialFile(Exception):
    """A path that names something other than a regular file."""


def count_records(inputs: Iterable[str]) -> int | None:
    """How many records `read_inputs` will yield for `inputs`, for a progress bar; None when
    that cannot be known without reading everything (standard input, compressed JSON Lines)."""
    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        try:
            is_dir = stat.S_ISDIR(path.stat().st_mode)
        except OSError:
            total += 1  # its rejection
            continue
        unlistable: list[OSError] = []
        files = _folder_files(path, unlistable) if is_dir else [path]
        total += len(unlistable)
        for file in files:
            count = _count_file(file)
            if count is None:
                return None
            total += count
    return total


def _count_file(path: Path) -> int | None:
    suffix = path.suffix.lower()
    if _is_warc(path.name, b""):
        return None  # a web archive's articles are known only once it is read
    if suffix == ".gz":
        return None if Path(path.stem).suffix.lower() in JSONL_SUFFIXES else 1
    if suffix not in JSONL_SUFFIXES and suffix:
        return 1
    try:
        data = _read_regular(path)
    except (OSError, SpecialFile):
        return 1
    if suffix not in JSONL_SUFFIXES and not data.lstrip().startswith(b"{"):
        return 1
    return max(1, sum(1 for line in data.splitlines() if line.strip()))


def read_file(path: Path, *, max_chars: int) -> Iterator[Read]:
    suffix = path.suffix.lower()
    try:
        data = _read_regular(path)
    except SpecialFile as e:
        yield Rejection(
            bytes_id(str(path).encode()), str(path), "special-file", f"{path}: {e}, not a file to read"
        )
        return
    except OSError as e:
        yield _path_rejection(path, e)
        return
    if _is_warc(path.name, data[:8]):
        from wirewatch.ingest.warc import read_warc

        yield from read_warc(data, origin=str(path), max_chars=max_chars)
        return
    try:
        if suffix == ".gz":
            suffix = Path(path.stem).suffix.lower()
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield Rejection(bytes_id(str(path).encode()), str(path), "unreadable", f"{path}: {e}")
        return
    yield from read_bytes(data, origin=str(path), max_chars=max_chars, suffix=suffix)


def _is_warc(name: str, head: bytes) -> bool:
    """A web archive, by its name or its first bytes (warcio is imported only to read one)."""
    return name.lower().endswith(WARC_SUFFIXES) or head.startswith(b"WARC/")


def read_bytes(data: bytes, *, origin: str, max_chars: int, suffix: str = "") -> Iterator[Read]:
    """Decode one input's bytes and split it into records by its format."""
    text_or_rejection = decode_text(data, origin)
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
        yield too_large(origin, text, len(text), limit)
        return
    yield RawRecord(origin=origin, body=text, kind=kind)


def decode_text(data: bytes, origin: str) -> str | Rejection:
    """UTF-8 (with or without a BOM), or UTF-16/32 with a BOM; a NUL anywhere means binary."""
    if not data.strip():
        return Rejection(bytes_id(data), origin, "empty", f"{origin}: the input is empty")
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    if encoding is not None:
        bom_length = 4 if encoding.startswith("utf-32") else 2
        try:
            text = data[bom_length:].decode(encoding)
        except UnicodeDecodeError as e:
            return Rejection(
                bytes_id(data),
                origin,
                "encoding",
                f"{origin}: starts with a {encoding.upper()} byte-order mark but is not valid "
                f"{encoding.upper()} (byte {e.start + bom_length})",
            )
    else:
        # A NUL byte is how git and grep tell binary from text; the whole input is
        # checked, so a NUL after the first few kilobytes is not stored either.
        if b"\x00" in data:
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
    if "\x00" in text:
        return Rejection(bytes_id(data), origin, "binary", f"{origin}: binary data, not a text article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    return first == "{"


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or "<html" in head


def too_large(origin: str, text: str, size: int, limit: int) -> Rejection:
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
    problem = _record_problem(obj, meta)
    if problem is not None or not isinstance(body, str):
        reason, why = problem or ("json", "the record has no 'text'")
        return Rejection(
            meta["id"] if meta["id"] and len(meta["id"]) <= MAX_ID_CHARS else bytes_id(line.encode()),
            where,
            reason,
            f"{where}: {why}",
            title=meta["title"],
            url=meta["url"],
            source=meta["source"],
        )
    kind = "html" if _looks_like_html(body) else "text"
    limit = max_chars * HTML_SIZE_FACTOR if kind == "html" else max_chars
    if len(body) > limit:
        return too_large(where, body, len(body), limit)
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


def _record_problem(obj: dict[str, Any], meta: dict[str, str | None]) -> tuple[str, str] | None:
    """(rejection reason, words for the user) when a JSONL record's fields are wrong; None when fine."""
    body = obj.get("text")
    if body is None:
        return "empty", "the record has no 'text'"
    if not isinstance(body, str):
        return "json", f"'text' is {_json_type(body)}, expected a string"
    for key in ("id", "title", "date", "url", "source"):
        value = obj.get(key)
        if isinstance(value, (bool, list, dict)):
            return "json", f"'{key}' is {_json_type(value)}, expected a string"
    if meta["id"] is not None and len(meta["id"]) > MAX_ID_CHARS:
        return "json", f"'id' is {len(meta['id']):,} characters long; the limit is {MAX_ID_CHARS}"
    if not body.strip():
        return "empty", "the record's 'text' is empty"
    return None


def _json_type(value: object) -> str:
    return JSON_TYPES.get(type(value), type(value).__name__)


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    return strip_controls(str(value)).strip() or None
