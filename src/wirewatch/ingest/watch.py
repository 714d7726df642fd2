"""Watching a folder: the library behind `wirewatch watch FOLDER` (issue 14, item 5).

The folder is polled (no inotify or other platform service): a file is read once its size and
modification time are the same at two polls in a row, so a file still being written is left
for a later poll. A file is coded again only when its bytes change (a SHA-256 digest kept in
the database, table `watched_files`); a later version of a one-article file (.txt, .html) is
coded under the id its first version got, so it replaces that article instead of standing
beside it. Files are read by `ingest.readers.read_file` and coded by `batch.code_records`, as
`wirewatch code` reads and codes them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wirewatch.batch import BatchSummary, code_records
from wirewatch.ingest.readers import RawRecord, Read, read_file
from wirewatch.settings import Settings
from wirewatch.store.sqlite import SqliteStore

Stat = tuple[int, int]  # (size, mtime in ns)


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
