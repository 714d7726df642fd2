"""JSON Lines (the event JSON contract) and flat CSV, and reading JSON Lines back into events."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from wirewatch.model import ActorRef, Event, Location, Span, parse_rule
from wirewatch.store.queries import event_dict

CSV_FIELDS = (
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
    "sources_actor_id",
    "sources_name",
    "sources_country",
    "sources_sector",
    "sources_text",
    "targets_actor_id",
    "targets_name",
    "targets_country",
    "targets_sector",
    "targets_text",
    "location",
    "location_country",
    "lat",
    "lon",
    "sentence",
    "trigger",
    "trigger_start",
    "trigger_end",
    "confidence",
    "rule",
)
# Several actors on one side share a cell, joined by this.
ACTOR_SEPARATOR = ";"
# A spreadsheet reads a cell starting with one of these as a formula ("=HYPERLINK(...)",
# "+1+cmd|..."), so a quote is put in front of such text (OWASP's advice on CSV
# injection); numbers are written as they are, so a Goldstein score stays -5.0.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_jsonl(events: Iterable[Event], fh: IO[str]) -> int:
    n = 0
    for event in events:
        fh.write(json.dumps(event_dict(event), ensure_ascii=False) + "\n")
        n += 1
    return n


def event_from_dict(d: dict[str, Any]) -> Event:
    """The inverse of `Event.to_dict` (the sentence offset, not in the contract, becomes 0;
    the inferences are read from `rule`, of which `provenance` is a copy)."""
    rule, inferences = parse_rule(d["rule"])
    loc = d.get("location")
    trigger = d["trigger"]
    return Event(
        event_id=d["event_id"],
        article_id=d["article_id"],
        plover=d["plover"],
        mode=d.get("mode"),
        cameo=d.get("cameo"),
        quad_class=d.get("quad_class"),
        goldstein=d.get("goldstein"),
        polarity=d["polarity"],
        modality=d["modality"],
        sources=tuple(ActorRef(**a) for a in d.get("sources", [])),
        targets=tuple(ActorRef(**a) for a in d.get("targets", [])),
        sentence=d["sentence"],
        sentence_start=int(d.get("sentence_start", 0)),
        trigger=Span(trigger["start"], trigger["end"], trigger["text"]),
        confidence=d["confidence"],
        rule=rule,
        date=d.get("date"),
        date_precision=d.get("date_precision"),
        location=Location(**loc) if loc else None,
        inferences=inferences,
    )


def read_jsonl(path: Path) -> list[Event]:
    with path.open(encoding="utf-8") as fh:
        return [event_from_dict(json.loads(line)) for line in fh if line.strip()]


def flat_event(e: Event) -> dict[str, Any]:
    """One CSV row: several actors on a side are joined with ACTOR_SEPARATOR; `provenance` is
    left to `rule`, which says the same."""
    nested = ("sources", "targets", "location", "trigger", "provenance")
    row: dict[str, Any] = {k: v for k, v in event_dict(e).items() if k not in nested}
    for side, refs in (("sources", e.sources), ("targets", e.targets)):
        for attr in ("actor_id", "name", "country", "sector", "text"):
            row[f"{side}_{attr}"] = ACTOR_SEPARATOR.join(getattr(a, attr) or "" for a in refs)
    loc = e.location
    row.update(
        location=loc.name if loc else None,
        location_country=loc.country if loc else None,
        lat=loc.lat if loc else None,
        lon=loc.lon if loc else None,
        trigger=e.trigger.text,
        trigger_start=e.trigger.start,
        trigger_end=e.trigger.end,
    )
    return row


def write_csv(events: Iterable[Event], fh: IO[str]) -> int:
    """The events as flat CSV rows (CSV_FIELDS), text cells safe for spreadsheets; returns how many."""
    writer = csv.DictWriter(fh, fieldnames=CSV_FIELDS)
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(spreadsheet_safe(flat_event(event)))
        n += 1
    return n


def write_csv_records(records: Iterable[dict[str, Any]], fh: IO[str], fields: Sequence[str]) -> None:
    """Any records as CSV with the given columns, text cells safe for spreadsheets."""
    writer = csv.DictWriter(fh, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(spreadsheet_safe(r) for r in records)


def spreadsheet_safe(row: dict[str, Any]) -> dict[str, Any]:
    """`row` with every text cell that a spreadsheet would run as a formula quoted."""
    return {k: safe_cell(v) for k, v in row.items()}


def safe_cell(value: object) -> object:
    """Text starting with =, +, -, @, tab or CR gets a leading quote; anything else is unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
