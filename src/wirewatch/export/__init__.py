"""Event exports analysts' tools load: JSON Lines, CSV, Parquet and GDELT 2.0 event tables.

`export_events` pages through the store, so memory stays bounded on large
databases; each format module writes from an iterator of events.
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import IO

from wirewatch.errors import ExportError, WirewatchError
from wirewatch.model import Event
from wirewatch.store.base import Store
from wirewatch.store.queries import EventQuery, article_urls, query_events

FORMATS = ("jsonl", "csv", "parquet", "gdelt")
# The output name that means standard output.
STDOUT = "-"
# Events read from the store per query while exporting.
EXPORT_PAGE = 1000


def iter_events(store: Store, query: EventQuery) -> Iterator[Event]:
    """Every event matching `query` (its limit is the total cap, None for all), page by page."""
    cap = query.limit
    offset, sent = query.offset, 0
    while cap is None or sent < cap:
        size = EXPORT_PAGE if cap is None else min(EXPORT_PAGE, cap - sent)
        page, _ = query_events(store, replace(query, limit=size, offset=offset))
        yield from page
        sent += len(page)
        offset += len(page)
        if len(page) < size:
            return


def export_events(store: Store, query: EventQuery, fmt: str, path: Path | str, *, per: str = "event") -> int:
    """Write the events matching `query` to `path` (`-`: standard output) in format `fmt`;
    returns how many were written.

    Raises ExportError naming the path and the reason when it cannot be written (a
    missing folder, a folder, a read-only file, a full device); a file this call
    created is removed again then, so no half-written export is left behind.
    """
    if fmt not in FORMATS:
        raise WirewatchError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if str(path) == STDOUT:
        return _export_to_stdout(store, query, fmt, per)
    path = Path(path)
    existed = path.exists()
    try:
        if fmt == "parquet":
            from wirewatch.export.parquet import write_parquet

            with path.open("wb") as raw:
                return write_parquet(iter_events(store, query), raw)
        with path.open("w", encoding="utf-8", newline=_NEWLINE[fmt]) as fh:
            return _write_text(store, query, fmt, fh, per)
    except OSError as e:
        if not existed and path.is_file():
            path.unlink()
        raise ExportError(f"{path}: {_why(e, path)}") from e


def _export_to_stdout(store: Store, query: EventQuery, fmt: str, per: str = "event") -> int:
    if fmt == "parquet":
        raise ExportError(
            "parquet cannot be written to standard output (its footer points back into the file); "
            "give a file, e.g. -o events.parquet"
        )
    try:
        n = _write_text(store, query, fmt, sys.stdout, per)
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # piped into `head`: the CLI ends quietly
    except OSError as e:
        raise ExportError(f"standard output: {_why(e, None)}") from e
    return n


# csv and gdelt write their own line ends; JSON Lines uses the platform's.
_NEWLINE = {"jsonl": None, "csv": "", "gdelt": ""}


def _write_text(store: Store, query: EventQuery, fmt: str, fh: IO[str], per: str = "event") -> int:
    from wirewatch.export import gdelt, table

    events = iter_events(store, query)
    if fmt == "jsonl":
        return table.write_jsonl(events, fh)
    if fmt == "csv":
        return table.write_csv(events, fh)
    # NumMentions, NumSources, NumArticles from happenings (issue 13); --per happening: one row each
    from wirewatch.store.stories import happening_of_events

    happenings = partial(happening_of_events, store)
    return gdelt.write_gdelt(events, fh, lambda ids: article_urls(store, ids), happenings, per)


def _why(error: OSError, path: Path | None) -> str:
    """The reason a path could not be written, in words."""
    if error.errno == errno.ENOENT and path is not None:
        return f"no such folder {path.parent}; create it first"
    if error.errno == errno.EISDIR:
        return "is a folder; give a file name"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied (read-only file or folder)"
    if error.errno == errno.ENOSPC:
        return "no space left on device"
    if error.errno == errno.EROFS:
        return "read-only file system"
    return (error.strerror or str(error)).lower()
