"""Helpers shared by the command modules: database options, settings, output formats."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from wirewatch.errors import StoreError, WirewatchError
from wirewatch.filters import FilterError, resolve_country, resolve_dyad, resolve_plover
from wirewatch.settings import Settings
from wirewatch.store.base import db_location, exists
from wirewatch.store.base import open_store as open_any
from wirewatch.store.queries import EventQuery
from wirewatch.store.sqlite import SqliteStore


def add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=db_arg, help=DB_HELP)


DB_HELP = "SQLite file or postgresql://user@host/db URL (default: $WIREWATCH_DB, else ./wirewatch.db)"


def db_arg(value: str) -> Path | str:
    """An argparse type for --db: a SQLite path, sqlite:///path or a postgresql:// URL."""
    try:
        return db_location(value)
    except StoreError as e:
        raise argparse.ArgumentTypeError(str(e)) from e


def add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format",
        choices=("table", "jsonl", "csv"),
        default="table",
        help="table (for reading), jsonl or csv (for other tools); default: table",
    )


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        db=getattr(args, "db", None),
        max_chars=getattr(args, "max_chars", None),
        processes=getattr(args, "processes", None),
    )


def open_store(settings: Settings, *, must_exist: bool = False) -> SqliteStore:
    """The database of `settings.db`: a SQLite file or a PostgreSQL URL (`store.base.open_store`)."""
    if must_exist and not exists(settings.db):
        raise WirewatchError(f"{settings.db}: no such database; run `wirewatch code` first")
    return open_any(settings.db)


def emit(records: list[dict[str, Any]], fmt: str, fields: Sequence[str] | None) -> None:
    """Write records as a rich table, JSON Lines or CSV on stdout."""
    if fmt == "jsonl":
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        from wirewatch.export.table import write_csv_records

        write_csv_records(records, sys.stdout, list(fields or (records[0].keys() if records else [])))
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


def add_event_filters(p: argparse.ArgumentParser) -> None:
    """The event filters `wirewatch events` and `wirewatch export` share (see store.queries.EventQuery)."""
    p.add_argument("--actor", help="actor id, or part of an actor's name")
    p.add_argument(
        "--country", type=_filter(resolve_country), help="a country among the sources or targets: IRN or Iran"
    )
    p.add_argument(
        "--dyad", type=_filter(resolve_dyad), help="two countries, either direction: USA-RUS, Iran-USA"
    )
    p.add_argument("--type", dest="plover", type=_filter(resolve_plover), help="PLOVER type, e.g. CONSULT")
    p.add_argument(
        "--quad-class",
        type=int,
        choices=(1, 2, 3, 4),
        help="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
    )
    p.add_argument("--article", help="events of one article")
    p.add_argument("--since", metavar="DATE", help="event date on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument(
        "--until", metavar="DATE", help="event date on or before DATE: YYYY, YYYY-MM or YYYY-MM-DD"
    )
    p.add_argument(
        "--search",
        help=(
            "words that must all appear in the event's sentence, each as the start of a word"
            " ('talk' finds 'talks'; case ignored)"
        ),
    )
    p.add_argument("--all", action="store_true", help="include negated, future and hypothetical events")
    p.add_argument(
        "--min-confidence",
        type=probability,
        metavar="X",
        help="only events whose confidence (the calibrated probability of being right) is at least X, 0 to 1",
    )
    p.add_argument("--limit", type=int, help="at most this many events")


def _filter(resolve: Callable[[str], Any]) -> Callable[[str], Any]:
    """An argparse type from a `wirewatch.filters` resolver: its FilterError is a usage error (exit 2)."""

    def parse(value: str) -> Any:
        try:
            return resolve(value)
        except FilterError as e:
            raise argparse.ArgumentTypeError(str(e)) from e

    return parse


def probability(value: str) -> float:
    """A number from 0 to 1, or an argparse error saying so."""
    try:
        number = float(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number; give a confidence from 0 to 1") from e
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"{value} is outside 0 to 1; give a confidence such as 0.8")
    return number


def event_query_from(args: argparse.Namespace) -> EventQuery:
    return EventQuery(
        actor=args.actor,
        country=args.country,
        dyad=args.dyad,
        plover=args.plover,
        quad_class=args.quad_class,
        article_id=args.article,
        since=args.since,
        until=args.until,
        search=args.search,
        include_all=args.all,
        min_confidence=args.min_confidence,
        limit=args.limit,
    )
