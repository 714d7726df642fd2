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
from wirewatch.ingest.controls import printable
from wirewatch.model import Event, Mention

# Piped output has no terminal width to follow: tables take the width they need
# (up to this) instead of rich's 80-column default, which cut the articles table.
PIPE_WIDTH = 400
# Messages name paths: piped, they stay one line each for grep (no wrapping at 80 columns).
err = Console(stderr=True, soft_wrap=not sys.stderr.isatty())
out = Console(width=None if sys.stdout.isatty() else PIPE_WIDTH)
# Columns that hold prose may wrap; the others stay on one line.
WRAPPING_COLUMNS = frozenset({"sentence", "title", "sources", "targets", "message", "url", "reason", "name"})
# On a narrow terminal a prose column keeps at least this many characters a line.
MIN_PROSE_WIDTH = 16

# The legend under an article, in the order a reader meets the styles.
LEGEND = (
    ("person", "bold cyan"),
    ("country or organisation", "bold green"),
    ("group", "green"),
    ("place", "magenta"),
    ("event trigger", "bold underline red"),
)
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


def print_summary(summary: BatchSummary, db: Path | str, seconds: float) -> None:
    rate = summary.coded / seconds if seconds else 0.0
    err.print(
        f"[bold]{summary.coded}[/] coded, [bold]{len(summary.rejected)}[/] rejected, "
        f"{summary.skipped} already coded, [bold]{summary.events}[/] events "
        f"in {seconds:.1f}s ({rate:.1f} articles/s) → {db}"
    )
    if summary.not_articles:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(summary.not_articles.items()))
        err.print(f"  skipped {summary.not_articles.total()} web-archive records, not articles ({kinds})")
    for reason, count in sorted(summary.rejection_reasons().items()):
        err.print(f"  rejected {count} × {reason}")
    for rejection in summary.rejected[:20]:
        err.print(f"    {printable(rejection.message)}", style="yellow", markup=False)
    if len(summary.rejected) > 20:
        err.print(f"    ... and {len(summary.rejected) - 20} more: `wirewatch articles --status rejected`")


def print_table(records: list[dict[str, Any]], fields: list[str]) -> None:
    """A table; on a terminal too narrow for it, one block of `field  value` lines per record
    instead, so no column is cut off."""
    rows = [[_cell(record.get(name)) for name in fields] for record in records]
    if _narrowest(fields, rows) > out.width:
        _print_blocks(fields, rows)
        return
    table = Table(show_lines=False)
    for name in fields:
        wraps = name in WRAPPING_COLUMNS
        table.add_column(
            name,
            overflow="fold",  # nothing is cut off: long cells wrap
            no_wrap=not wraps,
            min_width=MIN_PROSE_WIDTH if wraps else len(name),
            ratio=3 if name == "sentence" else None,
        )
    for row in rows:
        table.add_row(*row)
    out.print(table)


def _narrowest(fields: list[str], rows: list[list[str]]) -> int:
    """The fewest columns the table fits in: one-line columns whole, prose wrapped, borders."""
    widths = [
        MIN_PROSE_WIDTH if name in WRAPPING_COLUMNS else max([len(name), *(len(r[i]) for r in rows)])
        for i, name in enumerate(fields)
    ]
    return sum(widths) + 3 * len(fields) + 1


def _print_blocks(fields: list[str], rows: list[list[str]]) -> None:
    label = max(len(name) for name in fields)
    for row in rows:
        out.rule(style="dim")
        for name, value in zip(fields, row, strict=True):
            out.print(f"{name:>{label}}  {value}", markup=False, highlight=False)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return printable(str(value))


def print_article(article: dict[str, Any], mentions: list[Mention], events: list[Event]) -> None:
    out.rule(Text(printable(article.get("title") or article["article_id"]), style="bold"))
    out.print(
        printable(
            f"{article['article_id']}  {article.get('source') or ''}  "
            f"{article.get('published') or 'no publication date'}  status: {article['status']}"
        ),
        markup=False,
        highlight=False,
    )
    if article["status"] == "rejected":
        out.print(printable(f"rejected: {article.get('message')}"), style="yellow", markup=False)
        return
    out.print(mark_up(article["text"] or "", mentions, events))
    out.print(legend())
    out.rule("events")
    for e in events:
        out.print(event_line(e), markup=False, highlight=False)


def legend() -> Text:
    """What the colours and underlining of `mark_up` mean."""
    text = Text("legend: ", style="dim")
    for label, style in LEGEND:
        text.append(label, style=style).append("  ")
    return text


def event_line(e: Event) -> str:
    """One event for the terminal: date, type, who to whom, where, how sure and why."""
    src = ", ".join(_actor(a) for a in e.sources) or "—"
    tgt = ", ".join(_actor(a) for a in e.targets) or "—"
    place = f"in {e.location.name}" if e.location else "place unknown"
    return printable(
        f"{e.date or 'undated'}  {e.plover} {e.cameo or ''}  {src} → {tgt}  {place}  "
        f"{e.polarity}, {e.modality}\n"
        f"    trigger '{e.trigger.text}', rule {e.rule_text()}, confidence {e.confidence:.2f}"
    )


def _actor(a: Any) -> str:
    """An actor by its resolved name where it has one, as the events table and the web UI show it:
    a target implied from the source's country reads "Kenya", not the source's words again."""
    return f"{a.name or a.text} [{a.country or '?'}/{a.sector or '-'}]"


def mark_up(text: str, mentions: list[Mention], events: list[Event]) -> Text:
    """The text with actors coloured by kind and event triggers underlined (escapes markup)."""
    rich_text = Text(printable(text))  # one character for one: the spans still fit
    for m in mentions:
        rich_text.stylize(KIND_STYLES.get(m.kind, "bold"), m.start, m.end)
    for e in events:
        rich_text.stylize("bold underline red", e.trigger.start, e.trigger.end)
    return rich_text
