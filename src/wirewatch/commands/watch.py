"""`wirewatch watch FOLDER`: code files as they arrive in a folder, and their later versions
(issue 14, item 5).

The folder is polled (no inotify or other platform service): a file is read once its size and
modification time are the same at two polls in a row, so a file still being written is left
for a later poll. A file is coded again only when its bytes change (a SHA-256 digest kept in
the database, table `watched_files`); a later version of a one-article file (.txt, .html) is
coded under the id its first version got, so it replaces that article instead of standing
beside it. Files are read by `ingest.readers.read_file` and coded by `batch.code_records`, as
`wirewatch code` reads and codes them.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirewatch.batch import BatchSummary, code_records
from wirewatch.commands.common import add_db, open_store, settings_from
from wirewatch.errors import WirewatchError
from wirewatch.ingest.readers import RawRecord, Read, read_file
from wirewatch.settings import Settings
from wirewatch.store.sqlite import SqliteStore

EXIT_OK = 0
EXIT_REJECTED = 3
DEFAULT_INTERVAL = 2.0

Stat = tuple[int, int]  # (size, mtime in ns)


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


@dataclass
class Watcher:
    """Polls one folder; `poll()` codes what has arrived or changed and is stable."""

    folder: Path
    store: SqliteStore
    settings: Settings
    report: Callable[[list[Path], BatchSummary], None] | None = None
    previous: dict[Path, Stat] = field(default_factory=dict)  # at the last poll
    handled: dict[Path, Stat] = field(default_factory=dict)  # the stat of the version last read
    total: BatchSummary = field(default_factory=BatchSummary)

    def poll(self) -> list[Path]:
        """One poll: code every file that is stable and not yet read in this version."""
        current = _snapshot(self.folder)
        ready = [
            path
            for path, stat in sorted(current.items())
            if self.previous.get(path) == stat and self.handled.get(path) != stat
        ]
        self.previous = current
        new: list[Read] = []
        changed: list[Read] = []
        digests: dict[Path, str] = {}
        for path in ready:
            self.handled[path] = current[path]
            version = self._read_version(path)
            if version is not None:
                records, digest, again = version
                (changed if again else new).extend(records)
                digests[path] = digest
        if not digests:
            return []
        # New files skip texts coded before (as `wirewatch code` does); changed ones are re-coded.
        summary = BatchSummary()
        if new:
            _add(summary, code_records(new, self.store, self.settings))
        if changed:
            _add(summary, code_records(changed, self.store, self.settings, force=True))
        for path, digest in digests.items():
            self._remember(path, digest)
        _add(self.total, summary)
        if self.report is not None:
            self.report(sorted(digests), summary)
        return sorted(digests)

    def pending(self) -> int:
        """Files seen but not yet read: still being written, or new since the last poll."""
        return sum(1 for path, stat in self.previous.items() if self.handled.get(path) != stat)

    def _read_version(self, path: Path) -> tuple[list[Read], str, bool] | None:
        """(the file's records, its digest, whether an earlier version was coded); None when
        its bytes are those last coded (touched, not changed)."""
        try:
            data = path.read_bytes()
        except OSError:
            data = b""  # gone or unreadable: read_file below says which, as a rejection
        digest = hashlib.sha256(data).hexdigest()
        known = self._known(path)
        if known is not None and known[0] == digest:
            return None
        records = list(read_file(path, max_chars=self.settings.max_chars))
        return _keep_id(records, known[1] if known else None), digest, known is not None

    def _known(self, path: Path) -> tuple[str, str | None] | None:
        row = self.store.conn.execute(
            "SELECT digest, article_id FROM watched_files WHERE path = ?", (str(path),)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def _remember(self, path: Path, digest: str) -> None:
        """The file's digest, and the id its one article was stored under (by its origin)."""
        row = self.store.conn.execute(
            "SELECT article_id FROM articles WHERE origin = ? ORDER BY coded_at DESC, article_id LIMIT 1",
            (str(path),),
        ).fetchone()
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM watched_files WHERE path = ?", (str(path),))
            conn.execute(
                "INSERT INTO watched_files (path, digest, article_id, coded_at) VALUES (?, ?, ?, ?)",
                (str(path), digest, row[0] if row else None, _now()),
            )


def _keep_id(records: list[Read], earlier_id: str | None) -> list[Read]:
    """A one-article file's new version takes the id its first version was stored under."""
    if earlier_id is None or len(records) != 1:
        return records
    only = records[0]
    if isinstance(only, RawRecord) and only.record_id is None:
        return [dataclasses.replace(only, record_id=earlier_id)]
    return records


def _snapshot(folder: Path) -> dict[Path, Stat]:
    """(size, mtime) of every article file under `folder`; dot-files (editors' and downloaders'
    temporary files) are left out."""
    from wirewatch.ingest.readers import _folder_files

    found: dict[Path, Stat] = {}
    for path in _folder_files(folder, []):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        try:
            stat = path.stat()
        except OSError:
            continue  # removed since the listing
        found[path] = (stat.st_size, stat.st_mtime_ns)
    return found


def _add(total: BatchSummary, part: BatchSummary) -> None:
    total.read += part.read
    total.coded += part.coded
    total.skipped += part.skipped
    total.events += part.events
    total.words += part.words
    total.rejected.extend(part.rejected)
    total.not_articles.update(part.not_articles)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def cmd_watch(args: argparse.Namespace) -> int:
    from wirewatch.cli_render import err
    from wirewatch.ingest.controls import printable

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
