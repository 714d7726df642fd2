"""The CLI as real processes (issue 12): special files, concurrent runs on a new database,
and a `kill -9` that must not leave pool workers behind."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wirewatch.store.sqlite import SqliteStore

WIREWATCH = str(Path(sys.executable).with_name("wirewatch"))
ARTICLE = (
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on "
    "Tuesday. The two leaders held talks on trade and the shared border (report {n})."
)


def _code(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    command = [WIREWATCH, "code", "--processes", "1", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def test_a_fifo_on_the_command_line_is_rejected_and_the_rest_coded(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    good = tmp_path / "file.txt"
    good.write_text(ARTICLE.format(n=1))
    db = tmp_path / "w.db"
    run = _code(fifo, good, "--db", db, timeout=60)  # before issue 12 this waited forever
    assert run.returncode == 3, run.stderr
    assert f"{fifo}: a FIFO (named pipe), not a file to read" in run.stderr
    with SqliteStore.open(db) as store:
        rows = store.conn.execute("SELECT origin, status, reason FROM articles ORDER BY origin").fetchall()
    assert [tuple(r) for r in rows] == [(str(good), "coded", None), (str(fifo), "rejected", "special-file")]


def test_a_symlink_loop_is_named_as_one(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    run = _code(loop, "--db", tmp_path / "w.db")
    assert run.returncode == 3
    assert "symlink loop" in run.stderr and "no such file" not in run.stderr


def test_pairs_of_runs_on_a_new_database_all_succeed(tmp_path: Path) -> None:
    """Three pairs started together (the bar is ten; see the CHANGELOG for the hand-run figure)."""
    runs = []
    for pair in range(3):
        db = tmp_path / f"w{pair}.db"
        for member in range(2):
            text = tmp_path / f"{pair}-{member}.txt"
            text.write_text(ARTICLE.format(n=f"{pair}.{member}"))
            command = [WIREWATCH, "code", "--processes", "1", "--quiet", str(text), "--db", str(db)]
            runs.append(subprocess.Popen(command, stderr=subprocess.PIPE, text=True))
    failures = [(p.args, p.stderr.read() if p.stderr else "") for p in runs if p.wait(timeout=300) != 0]
    assert failures == []
    for pair in range(3):
        with SqliteStore.open(tmp_path / f"w{pair}.db") as store:
            assert store.counts()["coded"] == 2


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's wait is missing


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc")
def test_pool_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "\n".join(json.dumps({"id": f"a{n}", "text": ARTICLE.format(n=n)}) for n in range(400)) + "\n"
    )
    command = [WIREWATCH, "code", str(batch), "--db", str(tmp_path / "w.db"), "--processes", "2", "--quiet"]
    parent = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 180
        workers: list[int] = []
        while len(workers) < 2 and parent.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = _children(parent.pid)
        assert len(workers) == 2, "the pool never started"
        time.sleep(1)  # let the workers pick up tasks
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 5
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [w for w in workers if _alive(w)]
    for w in survivors:
        os.kill(w, signal.SIGKILL)
    assert survivors == []


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_progress_shows_count_total_and_time_left(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps({"id": f"a{n}", "text": ARTICLE.format(n=n)}) for n in range(30)))
    command = f"{WIREWATCH} code {batch} --db {tmp_path / 'w.db'} --processes 1"
    run = subprocess.run(
        ["script", "-qec", command, "/dev/null"],
        capture_output=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "160"},
    )
    assert run.returncode == 0
    screen = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", run.stdout.decode(errors="replace"))
    assert re.search(r"\b\d+/30 ETA \d+:\d\d:\d\d", screen), screen[-500:]
