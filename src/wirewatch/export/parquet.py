"""Parquet export through pyarrow, with one documented schema (README, "Exports").

The columns are the event JSON contract: actors stay lists of structs,
trigger and location stay structs, so nothing is flattened away.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO

import pyarrow as pa
import pyarrow.parquet as pq

from wirewatch.model import Event

ACTOR = pa.struct(
    [
        ("text", pa.string()),
        ("actor_id", pa.string()),
        ("name", pa.string()),
        ("country", pa.string()),
        ("sector", pa.string()),
        ("role", pa.string()),
    ]
)
SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("plover", pa.string()),
        ("mode", pa.string()),
        ("cameo", pa.string()),
        ("quad_class", pa.int8()),
        ("goldstein", pa.float64()),
        ("polarity", pa.string()),
        ("modality", pa.string()),
        ("sources", pa.list_(ACTOR)),
        ("targets", pa.list_(ACTOR)),
        ("sentence", pa.string()),
        ("trigger", pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])),
        ("confidence", pa.float64()),
        ("rule", pa.string()),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        (
            "location",
            pa.struct(
                [
                    ("name", pa.string()),
                    ("country", pa.string()),
                    ("lat", pa.float64()),
                    ("lon", pa.float64()),
                ]
            ),
        ),
        ("provenance", pa.list_(pa.string())),
    ]
)
# Rows per Parquet row group: big enough for good compression, small enough to stream.
ROW_GROUP = 1000


def write_parquet(events: Iterable[Event], where: Path | IO[bytes]) -> int:
    """Write `events` to a file name or an open binary file; returns how many."""
    n = 0
    with pq.ParquetWriter(where, SCHEMA) as writer:
        batch: list[dict[str, object]] = []
        for event in events:
            batch.append(event.to_dict())
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            n += len(batch)
    return n
