"""Reading the knowledge tables (TSV) shipped in `wirewatch/data` or given by path."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from wirewatch.errors import DataFileError


def table_lines(name: str, path: Path | None, columns: tuple[str, ...]) -> tuple[str, list[str]]:
    """The label to name the file in errors, and its data lines after the header.

    `path` overrides the packaged `wirewatch/data/<name>`. Blank lines and `#`
    comments are dropped; a header that is not `columns` raises DataFileError.
    """
    if path is None:
        text = resources.files("wirewatch").joinpath("data", name).read_text(encoding="utf-8")
        label = f"wirewatch/data/{name}"
    else:
        text, label = path.read_text(encoding="utf-8"), str(path)
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not rows or tuple(c.strip() for c in rows[0].split("\t")) != columns:
        raise DataFileError(f"{label}: header must be {', '.join(columns)}")
    return label, rows[1:]
