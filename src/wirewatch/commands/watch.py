"""`wirewatch watch FOLDER`: code files as they arrive in a folder, and their later versions
(issue 14, item 5). The work is in `wirewatch.ingest.watch`; this parses options and reports."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirewatch.commands.common import add_db, open_store, settings_from
from wirewatch.errors import WirewatchError

if TYPE_CHECKING:
    from wirewatch.batch import BatchSummary  # imported when the command runs: --help stays quick

EXIT_OK = 0
EXIT_REJECTED = 3
DEFAULT_INTERVAL = 2.0


def register(sub: Any, eval_sub: Any) -> None:
    watch = sub.add_parser(
        "watch",
        help="code files as they arrive in a folder, and their later versions",
        description="Poll FOLDER (recursively) for article files (.txt, .html, .jsonl, .warc, ...) "
        "and code each once it has stopped changing; a file whose content changes is coded again "
        "(a one-article file under its first id). Ctrl-C stops; everything coded is kept.",
    )
    watch.add_argument("folder", type=Path, metavar="FOLDER", help="the folder to watch (sub-folders too)")
    add_db(watch)
    watch.add_argument(
        "--once",
        action="store_true",
        help="code what is there and stable (two polls one interval apart), then exit",
    )
    watch.add_argument(
        "--interval",
        type=float,
        default=DEFAULT_INTERVAL,
        metavar="SECONDS",
        help="time between polls; a file is read once unchanged over one interval "
        f"(default: {DEFAULT_INTERVAL:g})",
    )
    watch.add_argument("--max-chars", type=int, help="reject articles longer than this")
    watch.add_argument("--processes", type=int, help="worker processes (default: all cores)")
    watch.add_argument("--quiet", action="store_true", help="no line per file coded")
    watch.set_defaults(handler=cmd_watch)


def cmd_watch(args: argparse.Namespace) -> int:
    from wirewatch.cli_render import err
    from wirewatch.ingest.controls import printable
    from wirewatch.ingest.watch import Watcher

    if not args.folder.is_dir():
        raise WirewatchError(f"{args.folder}: not a folder to watch")
    if args.interval <= 0:
        raise WirewatchError(f"--interval {args.interval:g}: must be more than 0 seconds")
    settings = settings_from(args)

    def report(paths: list[Path], summary: BatchSummary) -> None:
        if args.quiet:
            return
        what = f"{summary.coded} coded, {len(summary.rejected)} rejected, {summary.events} events"
        names = ", ".join(printable(str(p)) for p in paths[:3]) + (" ..." if len(paths) > 3 else "")
        err.print(f"{len(paths)} file(s) ({names}): {what}", markup=False)
        for rejection in summary.rejected[:5]:
            err.print(f"    {printable(rejection.message)}", style="yellow", markup=False)

    with open_store(settings) as store:
        watcher = Watcher(args.folder, store, settings, report)
        try:
            if not args.quiet and not args.once:
                err.print(f"watching {printable(str(args.folder))} every {args.interval:g}s (Ctrl-C stops)")
            watcher.poll()  # the first poll only takes stock
            while True:
                time.sleep(args.interval)
                watcher.poll()
                if args.once:
                    break
        except KeyboardInterrupt:
            err.print("stopped watching; everything coded so far is saved")
            return EXIT_OK
    total = watcher.total
    if not args.quiet:
        left = watcher.pending()
        err.print(
            f"{total.coded} coded, {len(total.rejected)} rejected, {total.events} events"
            + (f"; {left} file(s) still changing, left for the next run" if left else "")
        )
    return EXIT_REJECTED if total.rejected else EXIT_OK
