"""`wirewatch feeds FEEDS.txt`: follow RSS/Atom feeds, fetch new article pages politely, code them
(issue 14, item 5). The work is in `wirewatch.ingest.feeds`; this parses options and reports."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from wirewatch.commands.common import add_db, open_store, settings_from
from wirewatch.store.base import shown

EXIT_OK = 0
EXIT_REJECTED = 3  # as `wirewatch code`: the round finished, but something was rejected


def register(sub: Any, eval_sub: Any) -> None:
    from wirewatch.ingest.fetch import DEFAULT_DELAY, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

    feeds = sub.add_parser(
        "feeds",
        help="follow RSS/Atom feeds: fetch new articles politely and code them",
        description="Poll the feeds listed in FEEDS.txt (one URL a line, # for comments), fetch "
        "the pages of items not seen before (robots.txt, a delay per host, conditional requests) "
        "and code them. What was seen is kept in the database, so a restart fetches only what is new.",
    )
    feeds.add_argument("feed_list", type=Path, metavar="FEEDS.txt", help="text file with one feed URL a line")
    add_db(feeds)
    feeds.add_argument("--once", action="store_true", help="poll every feed once, code, and exit")
    feeds.add_argument(
        "--interval",
        type=_seconds,
        default=900.0,
        metavar="SECONDS",
        help="time between the starts of two rounds (default: 900)",
    )
    feeds.add_argument(
        "--delay",
        type=_seconds,
        default=DEFAULT_DELAY,
        metavar="SECONDS",
        help="least time between two requests to one host; robots.txt may ask for more "
        f"(default: {DEFAULT_DELAY:g})",
    )
    feeds.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a server silent this long (default: {DEFAULT_TIMEOUT:g})",
    )
    feeds.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help=f"refuse a feed or page larger than this (default: {DEFAULT_MAX_BYTES:,})",
    )
    feeds.add_argument("--max-chars", type=int, help="reject articles longer than this")
    feeds.add_argument("--processes", type=int, help="worker processes (default: all cores)")
    feeds.add_argument("--quiet", action="store_true", help="no summary after each round")
    feeds.set_defaults(handler=cmd_feeds)


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from e
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value!r}: seconds cannot be negative")
    return number


def cmd_feeds(args: argparse.Namespace) -> int:
    from wirewatch.ingest.feeds import poll_round, read_feed_list, sleep_until
    from wirewatch.ingest.fetch import PoliteClient

    settings = settings_from(args)
    rejected = False
    rounds = 0
    with (
        open_store(settings) as store,
        PoliteClient(delay=args.delay, timeout=args.timeout, max_bytes=args.max_bytes) as client,
    ):
        try:
            while True:
                started = time.monotonic()
                feeds = read_feed_list(args.feed_list)  # read each round: edits count without a restart
                report = poll_round(feeds, store, settings, client)
                rounds += 1
                rejected = rejected or bool(report.rejected or report.coding.rejected)
                if not args.quiet:
                    _print_report(report, rounds, shown(settings.db))
                if args.once:
                    break
                sleep_until(started + args.interval)
        except KeyboardInterrupt:
            from wirewatch.cli_render import err

            saved_in = shown(settings.db)
            err.print(f"stopped after {rounds} round(s); everything coded so far is saved in {saved_in}")
            return EXIT_OK
    return EXIT_REJECTED if rejected and args.once else EXIT_OK


def _print_report(report: Any, round_number: int, db: object) -> None:
    from wirewatch.cli_render import err
    from wirewatch.ingest.controls import printable

    coding = report.coding
    err.print(
        f"round {round_number}: {report.feeds} feeds ({report.unchanged} unchanged, "
        f"{report.failed_feeds} failed), {report.new_items} new items, "
        f"{report.fetched_pages} pages fetched, {report.refused} refused by robots.txt, "
        f"{report.failed_pages} failed ({report.retry_later} to try again); "
        f"[bold]{coding.coded}[/] coded, [bold]{len(coding.rejected)}[/] rejected, "
        f"[bold]{coding.events}[/] events → {db}"
    )
    for rejection in [*report.rejected, *coding.rejected][:20]:
        err.print(f"    {printable(rejection.message)}", style="yellow", markup=False)
