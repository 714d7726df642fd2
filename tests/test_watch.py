"""`wirewatch watch FOLDER` (issue 14, item 5): files are coded once they stop changing, later
versions are coded again under the same id, touched files and restarts code nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wirewatch.cli import main
from wirewatch.ingest.watch import Watcher
from wirewatch.settings import Settings
from wirewatch.store.base import open_store
from wirewatch.store.sqlite import SqliteStore

FIRST = (
    "NAIROBI - Kenya and Tanzania agreed on Monday to build a new railway link between Nairobi "
    "and Arusha, the two governments said in a joint statement after talks in Nairobi.\n\n"
    "The transport ministers of both countries signed the deal at a ceremony attended by diplomats.\n"
)
SECOND = (
    "NAIROBI - Kenya and Tanzania agreed on Monday to build a new railway link between Nairobi "
    "and Arusha, the two governments said in a joint statement after talks in Nairobi.\n\n"
    "Later on Monday, Tanzanian police arrested three opposition activists in Dar es Salaam, "
    "a rights group said.\n"
)
HALF = "LIMA - Peru's foreign minister met her Chilean counterpart in Lima on Thursday "
REST = "to discuss fishing rights off the coast, officials in both capitals said.\n"


def _articles(store: SqliteStore) -> list[dict[str, object]]:
    return [dict(r) for r in store.conn.execute("SELECT article_id, origin, text, status FROM articles")]


def _bump(path: Path) -> None:
    """Give a file a later modification time, as a later write would (coarse clocks tie)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


@pytest.mark.slow
def test_new_changed_half_written_and_touched_files(tmp_path: Path, engine_db: str | Path) -> None:
    """On both engines: the watcher's memory (digests, first ids) is plain SQL."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    settings = Settings.from_env(db=engine_db, processes=1)
    railway = folder / "railway.txt"
    railway.write_text(FIRST)
    (folder / ".railway.txt.swp").write_text("an editor's scratch file")
    with open_store(engine_db) as store:
        watcher = Watcher(folder, store, settings)
        assert watcher.poll() == []  # the first sight of a file is not enough
        assert watcher.poll() == [railway]
        [first] = _articles(store)
        assert first["status"] == "coded" and first["origin"] == str(railway)

        # A file being written: read only once it has stayed the same over a poll.
        lima = folder / "sub" / "lima.txt"
        lima.parent.mkdir()
        lima.write_text(HALF)
        assert watcher.poll() == []
        with lima.open("a") as handle:
            handle.write(REST)
        _bump(lima)
        assert watcher.poll() == []  # changed since the last poll
        assert watcher.poll() == [lima]
        coded = {a["origin"]: a for a in _articles(store)}
        assert "fishing rights" in str(coded[str(lima)]["text"])

        # A later version: coded again under the first version's id, replacing it.
        railway.write_text(SECOND)
        _bump(railway)
        watcher.poll()
        assert watcher.poll() == [railway]
        rows = [a for a in _articles(store) if a["origin"] == str(railway)]
        assert [r["article_id"] for r in rows] == [first["article_id"]]
        assert "opposition activists" in str(rows[0]["text"])
        assert watcher.total.coded == 3

        # Touched, not changed: read, found unchanged, not coded.
        _bump(railway)
        watcher.poll()
        watcher.poll()
        assert watcher.total.coded == 3

    # A restart remembers what each file was coded from.
    with open_store(engine_db) as store:
        again = Watcher(folder, store, settings)
        again.poll()
        again.poll()
        assert again.total.read == 0 and again.total.coded == 0
        assert len(_articles(store)) == 2


@pytest.mark.slow
def test_watch_once_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "railway.txt").write_text(FIRST)
    (folder / "empty.txt").write_text("")
    db = tmp_path / "w.db"
    assert main(["watch", str(folder), "--db", str(db), "--once", "--interval", "0.1"]) == 3
    err = capsys.readouterr().err
    assert "1 coded, 1 rejected" in err
    assert main(["watch", str(folder), "--db", str(db), "--once", "--interval", "0.1"]) == 0
    assert "0 coded, 0 rejected" in capsys.readouterr().err


def test_watch_refuses_what_is_not_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "a.txt"
    file.write_text("x")
    assert main(["watch", str(file), "--db", str(tmp_path / "w.db"), "--once"]) == 1
    assert f"{file}: not a folder to watch" in capsys.readouterr().err


def test_ctrl_c_stops_watching_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wirewatch.cli",
            "watch",
            str(folder),
            "--db",
            str(tmp_path / "w.db"),
            "--interval",
            "0.2",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    try:
        line = process.stderr.readline()  # printed once the store is open and polling starts
        assert line.startswith("watching "), line
        time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        rest = process.stderr.read()
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert "stopped watching" in rest and "Traceback" not in rest
