"""Helpers shared by the command modules: database options, settings, output formats."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wirewatch.errors import WirewatchError
from wirewatch.settings import Settings
from wirewatch.store.sqlite import SqliteStore


def add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, help="SQLite file (default: ./wirewatch.db)")


def add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        db=getattr(args, "db", None),
        max_chars=getattr(args, "max_chars", None),
        processes=getattr(args, "processes", None),
    )


def open_store(settings: Settings, *, must_exist: bool = False) -> SqliteStore:
    if must_exist and not settings.db.exists():
        raise WirewatchError(f"{settings.db}: no such database; run `wirewatch code` first")
    return SqliteStore.open(settings.db)


def emit(records: list[dict[str, Any]], fmt: str, fields: Sequence[str] | None) -> None:
    """Write records as a rich table, JSON Lines or CSV on stdout."""
    if fmt == "jsonl":
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        names = list(fields or (records[0].keys() if records else []))
        writer = csv.DictWriter(sys.stdout, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(records)
    else:
        from wirewatch.cli_render import print_table

        print_table(records, list(fields or (records[0].keys() if records else [])))


def print_scores(scores: dict[str, Any], as_json: bool) -> None:
    """An evaluation's figures: JSON, or one `name value` line each."""
    if as_json:
        print(json.dumps(scores, indent=2, default=str))
        return
    for key, value in scores.items():
        shown = f"{value:.4f}" if isinstance(value, float) else str(value)
        print(f"{key:32} {shown}")
