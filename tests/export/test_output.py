"""Where exports go (issue 12): standard output, and one clear line, no traceback, when the path
cannot be written; CSV cells a spreadsheet would run as formulas are neutralised."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from tests.export.test_export import _coded
from wirewatch.cli import EXIT_OK, main
from wirewatch.export.table import safe_cell
from wirewatch.store.sqlite import SqliteStore

WIREWATCH = str(Path(sys.executable).with_name("wirewatch"))
FORMULAS = ('=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR")


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.db"
    with SqliteStore.open(path) as store:
        store.save_coded(_coded())
    return path


def _export(
    db: Path, fmt: str, output: str, *, as_user: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [*(as_user or []), WIREWATCH, "export", "--db", str(db), "--format", fmt, "-o", output]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        ("{tmp}/missing/x.jsonl", "no such folder {tmp}/missing; create it first"),
        ("/dev/full", "no space left on device"),
        ("{tmp}", "is a folder; give a file name"),
    ],
)
def test_an_unwritable_output_is_one_line_naming_path_and_reason(
    db: Path, tmp_path: Path, output: str, reason: str
) -> None:
    for fmt in ("jsonl", "csv", "parquet", "gdelt"):
        path = output.format(tmp=tmp_path)
        run = _export(db, fmt, path)
        assert run.returncode == 1, fmt
        assert run.stderr == f"wirewatch: {path}: {reason.format(tmp=tmp_path)}\n", fmt
    assert not (tmp_path / "missing").exists()


def test_a_read_only_file_is_refused_in_one_line() -> None:
    # root writes any file: try as an unprivileged user, in a folder that user owns.
    as_user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
    base = Path(tempfile.mkdtemp())
    try:
        db = base / "w.db"
        with SqliteStore.open(db) as store:
            store.save_coded(_coded())
        target = base / "old.csv"
        target.write_text("kept\n")
        target.chmod(0o444)
        base.chmod(0o755)
        if as_user:
            for path in (base, db, target, *base.glob("w.db-*")):
                os.chown(path, 65534, 65534)
        run = _export(db, "csv", str(target), as_user=as_user)
        assert run.returncode == 1
        assert run.stderr == f"wirewatch: {target}: permission denied (read-only file or folder)\n"
        assert target.read_text() == "kept\n"
    finally:
        shutil.rmtree(base)


def test_a_full_standard_output_is_one_line(db: Path) -> None:
    with open("/dev/full", "w") as full:
        run = subprocess.run(
            [WIREWATCH, "export", "--db", str(db), "--format", "csv", "-o", "-"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert run.returncode == 1 and run.stderr == "wirewatch: standard output: no space left on device\n"


def test_dash_is_standard_output(db: Path, tmp_path: Path) -> None:
    for fmt in ("jsonl", "csv", "gdelt"):
        run = _export(db, fmt, "-")
        assert run.returncode == 0, run.stderr
        assert run.stderr == f"wirewatch: wrote 3 events to standard output ({fmt})\n"
        assert len(run.stdout.splitlines()) == 3 + (fmt == "csv")  # affirmed and actual only
    assert json.loads(_export(db, "jsonl", "-").stdout.splitlines()[0])["event_id"]
    assert not Path("-").exists() and not (tmp_path / "-").exists()
    parquet = _export(db, "parquet", "-")
    assert parquet.returncode == 1 and "parquet cannot be written to standard output" in parquet.stderr
    assert parquet.stderr.count("\n") == 1


def test_formula_cells_are_neutralised() -> None:
    assert [safe_cell(v) for v in FORMULAS] == ["'" + v for v in FORMULAS]
    assert [safe_cell(v) for v in ("Havana", "", None, -8.0, 3)] == ["Havana", "", None, -8.0, 3]


def test_every_csv_output_neutralises_formulas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    coded = _coded()
    evil = [replace(e, sentence='=HYPERLINK("http://evil","x")') for e in coded.events]
    coded = replace(coded, events=tuple(evil), article=replace(coded.article, title="@SUM(A1:A9)"))
    db = tmp_path / "w.db"
    with SqliteStore.open(db) as store:
        store.save_coded(coded)
    out = tmp_path / "e.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out), "--all"]) == EXIT_OK
    capsys.readouterr()
    with out.open(newline="") as fh:
        exported = list(csv.DictReader(fh))
    assert main(["events", "--db", str(db), "--all", "--format", "csv"]) == EXIT_OK
    listed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert main(["articles", "--db", str(db), "--format", "csv"]) == EXIT_OK
    articles = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    for rows in (exported, listed):
        assert {r["sentence"] for r in rows} == {'\'=HYPERLINK("http://evil","x")'}
        assert {r["goldstein"] for r in rows} >= {"-8.0"}  # numbers stay numbers
    assert articles[0]["title"] == "'@SUM(A1:A9)"


def test_a_path_with_control_characters_is_not_printed_raw(db: Path, tmp_path: Path) -> None:
    run = _export(db, "csv", f"{tmp_path}/no\x1b[2Jdir/x.csv")
    assert run.returncode == 1 and "\x1b" not in run.stderr
    assert f"{tmp_path}/no␛[2Jdir/x.csv: no such folder" in run.stderr
