"""Terminal output for the CLI (rich): progress, summaries, tables, marked-up articles."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from wirewatch.batch import BatchSummary
from wirewatch.model import Event, Mention

# Piped output has no terminal width to follow: give tables room instead of
# rich's 80-column default.
PIPE_WIDTH = 160
# Messages name paths: piped, they stay one line each for grep (no wrapping at 80 columns).
err = Console(stderr=True, soft_wrap=not sys.stderr.isatty())
out = Console(width=None if sys.stdout.isatty() else PIPE_WIDTH)
# Columns that hold prose may wrap; the others stay on one line.
WRAPPING_COLUMNS = frozenset({"sentence", "title", "sources", "targets", "message"})

KIND_STYLES = {
    "person": "bold cyan",
    "country": "bold green",
    "igo": "bold green",
    "group": "green",
    "place": "magenta",
}


class ProgressReporter:
    """A progress line on a terminal: inputs done of the total with the time left when the
    inputs could be counted (`total`), else a spinner; articles/s and words/s either way."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.enabled = enabled and err.is_terminal
        self.total = total
        self._progress: Progress | None = None
        self._task: Any = None
        self._started = time.perf_counter()

    def __enter__(self) -> ProgressReporter:
        if self.enabled:
            columns: list[Any] = (
                [BarColumn(), MofNCompleteColumn(), TextColumn("ETA"), TimeRemainingColumn()]
                if self.total
                else [SpinnerColumn()]
            )
            self._progress = Progress(
                *columns,
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=err,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("coding", total=self.total)
        return self

    def __call__(self, done: int, words: int) -> None:
        if self._progress is None:
            return
        elapsed = max(time.perf_counter() - self._started, 1e-6)
        self._progress.update(
            self._task,
            completed=done,
            description=f"{done / elapsed:.1f} articles/s  {words / elapsed:,.0f} words/s",
        )

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def progress_shown(quiet: bool) -> bool:
    """Whether `wirewatch code` draws a progress bar (not with --quiet, only on a terminal)."""
    return not quiet and err.is_terminal


def print_summary(summary: BatchSummary, db: Path, seconds: float) -> None:
    rate = summary.coded / seconds if seconds else 0.0
    err.print(
        f"[bold]{summary.coded}[/] coded, [bold]{len(summary.rejected)}[/] rejected, "
        f"{summary.skipped} already coded, [bold]{summary.events}[/] events "
        f"in {seconds:.1f}s ({rate:.1f} articles/s) → {db}"
    )
    for reason, count in sorted(summary.rejection_reasons().items()):
        err.print(f"  rejected {count} × {reason}")
    for rejection in summary.rejected[:20]:
        err.print(f"    {rejection.message}", style="yellow", markup=False)
    if len(summary.rejected) > 20:
        err.print(f"    ... and {len(summary.rejected) - 20} more: `wirewatch articles --status rejected`")


def print_table(records: list[dict[str, Any]], fields: list[str]) -> None:
    table = Table(show_lines=False)
    for name in fields:
        wraps = name in WRAPPING_COLUMNS
        table.add_column(
            name,
            overflow="fold" if wraps else "ellipsis",
            no_wrap=not wraps,
            ratio=3 if name == "sentence" else None,
        )
    for record in records:
        table.add_row(*(_cell(record.get(name)) for name in fields))
    out.print(table)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def print_article(article: dict[str, Any], mentions: list[Mention], events: list[Event]) -> None:
    out.rule(f"[bold]{article.get('title') or article['article_id']}")
    out.print(
        f"{article['article_id']}  {article.get('source') or ''}  "
        f"{article.get('published') or 'no publication date'}  status: {article['status']}",
        markup=False,
    )
    if article["status"] == "rejected":
        out.print(f"rejected: {article.get('message')}", style="yellow", markup=False)
        return
    out.print(mark_up(article["text"] or "", mentions, events))
    out.rule("events")
    for e in events:
        src = ", ".join(f"{a.text} [{a.country or '?'}/{a.sector or '-'}]" for a in e.sources)
        tgt = ", ".join(f"{a.text} [{a.country or '?'}/{a.sector or '-'}]" for a in e.targets)
        flags = "" if (e.polarity, e.modality) == ("affirmed", "actual") else f" ({e.polarity}, {e.modality})"
        out.print(
            f"{e.plover} {e.cameo}{flags}: {src} → {tgt or '—'}  "
            f"trigger '{e.trigger.text}', rule {e.rule_text()}, confidence {e.confidence:.2f}",
            markup=False,
        )


def mark_up(text: str, mentions: list[Mention], events: list[Event]) -> Text:
    """The text with actors coloured by kind and event triggers underlined (escapes markup)."""
    rich_text = Text(text)
    for m in mentions:
        rich_text.stylize(KIND_STYLES.get(m.kind, "bold"), m.start, m.end)
    for e in events:
        rich_text.stylize("bold underline red", e.trigger.start, e.trigger.end)
    return rich_text
