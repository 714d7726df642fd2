"""Event exports analysts' tools load: JSON Lines, CSV, Parquet and GDELT 2.0 event tables.

`export_events` pages through the store, so memory stays bounded on large
databases; each format module writes from an iterator of events.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from wirewatch.errors import WirewatchError
from wirewatch.model import Event
from wirewatch.store.queries import EventQuery, article_urls, query_events
from wirewatch.store.sqlite import SqliteStore

FORMATS = ("jsonl", "csv", "parquet", "gdelt")
# Events read from the store per query while exporting.
EXPORT_PAGE = 1000


def iter_events(store: SqliteStore, query: EventQuery) -> Iterator[Event]:
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


def export_events(store: SqliteStore, query: EventQuery, fmt: str, path: Path) -> int:
    """Write the events matching `query` to `path` in format `fmt`; returns how many were written."""
    from wirewatch.export import gdelt, parquet, table

    events = iter_events(store, query)
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as fh:
            return table.write_jsonl(events, fh)
    if fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            return table.write_csv(events, fh)
    if fmt == "parquet":
        return parquet.write_parquet(events, path)
    if fmt == "gdelt":
        with path.open("w", encoding="utf-8", newline="") as fh:
            return gdelt.write_gdelt(events, fh, lambda ids: article_urls(store, ids))
    raise WirewatchError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
