"""The `wirewatch` command. Each command parses its arguments and calls one library function."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from wirewatch import __version__
from wirewatch.commands.common import (
    add_db,
    add_event_filters,
    add_format,
    emit,
    event_query_from,
    open_store,
    settings_from,
)
from wirewatch.errors import WirewatchError
from wirewatch.ingest.controls import printable
from wirewatch.settings import Settings

log = logging.getLogger("wirewatch")

# What `wirewatch --help` says: written for the analyst using the tool, not for its developers.
DESCRIPTION = """\
Turn news articles into political event data: who did what to whom, where and
when, coded in PLOVER and CAMEO and kept in a SQLite file you can query, export
or browse.
"""
EXAMPLES = """\
examples:
  wirewatch code articles/                      code every .txt, .html and .jsonl file in a folder
  wirewatch events --country Iran --since 2022  events involving Iran from 2022 on
  wirewatch events --dyad USA-RUS --type SANCTION --format csv > sanctions.csv
  wirewatch show ARTICLE_ID                     an article with its actors and events marked
  wirewatch export --format csv -o events.csv   every event, for a spreadsheet or R
  wirewatch serve                               the web UI at http://127.0.0.1:8000/

Run `wirewatch COMMAND --help` for a command's options. The database is
./wirewatch.db unless --db or WIREWATCH_DB says otherwise.
"""

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3  # the run finished, but some inputs were rejected

ARTICLE_FIELDS = ("article_id", "source", "url", "published", "title", "status", "reason", "n_events")
# Each area's commands live in their own module under wirewatch/commands/ and
# register themselves here: `register(sub, eval_sub)` adds top-level commands to
# `sub` and evaluation tasks to `wirewatch eval`'s `eval_sub`.
COMMAND_MODULES: list[str] = [
    "wirewatch.commands.events_eval",
    "wirewatch.commands.learned_eval",
    "wirewatch.commands.serve",
    "wirewatch.commands.quotes",
    "wirewatch.commands.when_where",
    "wirewatch.commands.actors",
    "wirewatch.commands.coref",
    "wirewatch.commands.stories",
    "wirewatch.commands.watch",
    "wirewatch.commands.feeds",
]

EVENT_TABLE_FIELDS = (
    "date",
    "plover",
    "cameo",
    "sources",
    "targets",
    "polarity",
    "modality",
    "confidence",
    "sentence",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(message)s",
        stream=sys.stderr,
    )
    # trafilatura and htmldate log every odd link at WARNING; only their errors matter here.
    for noisy in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if args.verbose else logging.ERROR)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except WirewatchError as e:
        print(f"wirewatch: {printable(str(e))}", file=sys.stderr)  # paths may hold anything
        return EXIT_ERROR
    except BrokenPipeError:
        sys.stderr.close()  # output piped into `head`: not an error
        return EXIT_OK
    except KeyboardInterrupt:
        print("wirewatch: interrupted; everything saved so far is kept, re-run to finish", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirewatch",
        description=DESCRIPTION,
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"wirewatch {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", required=True)

    code = sub.add_parser("code", help="code articles into the database")
    code.add_argument(
        "inputs",
        nargs="+",
        metavar="ARTICLES",
        help="files, folders (recursive), .jsonl, .html, or - for stdin",
    )
    add_db(code)
    code.add_argument("--date", type=_date, help="publication date (YYYY-MM-DD) when an input has none")
    code.add_argument("--source", help="source name when an input has none")
    code.add_argument("--max-chars", type=int, help="reject articles longer than this")
    code.add_argument("--processes", type=int, help="worker processes (default: all cores)")
    code.add_argument("--force", action="store_true", help="re-code articles already coded")
    code.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    code.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local: worker processes on this machine (default); ray: workers on a Ray cluster "
        "(pip install 'wirewatch[ray]'), a local one unless --address is given",
    )
    code.add_argument(
        "--address",
        metavar="ADDR",
        help="with --engine ray: the Ray cluster to join (host:port or auto); "
        "--processes then sets the workers (default: the cluster's CPUs)",
    )
    code.set_defaults(handler=cmd_code)

    articles = sub.add_parser("articles", help="list articles, coded and rejected")
    add_db(articles)
    add_format(articles)
    articles.add_argument(
        "--status",
        choices=("coded", "rejected"),
        help="only coded articles, or only rejected ones with the reason",
    )
    articles.add_argument("--limit", type=int, help="at most this many articles")
    articles.set_defaults(handler=cmd_articles)

    events = sub.add_parser("events", help="list coded events")
    add_db(events)
    add_format(events)
    add_event_filters(events)
    events.set_defaults(handler=cmd_events)

    show = sub.add_parser("show", help="an article's text with its actors and events marked")
    show.add_argument("article_id", help="the article's id, as `wirewatch articles` lists it")
    add_db(show)
    show.set_defaults(handler=cmd_show)

    evaluate = sub.add_parser("eval", help="score wirewatch on an evaluation set")
    eval_sub = evaluate.add_subparsers(dest="task", required=True)
    extraction = eval_sub.add_parser("extraction", help="HTML main-text extraction (aeb.jsonl)")
    extraction.add_argument("--data", type=Path, required=True, help="gold JSONL file (aeb.jsonl)")
    extraction.add_argument("--json", action="store_true", help="print JSON")
    extraction.add_argument(
        "--baseline", action="store_true", help="also score plain trafilatura for comparison"
    )
    extraction.set_defaults(handler=cmd_eval_extraction)

    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub, eval_sub)

    bench = sub.add_parser("bench", help="throughput and memory against bare spaCy")
    bench.add_argument("--repeat", type=int, default=8, help="copies of the sample corpus")
    bench.add_argument(
        "--eval-dir", type=Path, default=None, help="also code the texts under this shared/eval folder"
    )
    bench.add_argument("--processes", type=int, help="worker processes (default: all cores)")
    bench.add_argument("--rounds", type=int, default=2, help="interleaved runs; the best of each counts")
    bench.add_argument("--json", action="store_true", help="print JSON")
    bench.set_defaults(handler=cmd_bench)
    return parser


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from e


# --- code ---------------------------------------------------------------------


def cmd_code(args: argparse.Namespace) -> int:
    from wirewatch.batch import code_inputs
    from wirewatch.cli_render import ProgressReporter, print_summary, progress_shown
    from wirewatch.engines import open_engine
    from wirewatch.ingest.readers import count_records
    from wirewatch.store.base import shown as db_name

    settings = settings_from(args)
    started = time.perf_counter()
    shown = progress_shown(args.quiet)
    total = count_records(args.inputs) if shown else None
    engine = open_engine(
        args.engine, settings, address=args.address, workers=args.processes, verbose=args.verbose
    )
    with (
        engine as coder,
        open_store(settings) as store,
        ProgressReporter(enabled=shown, total=total) as progress,
    ):
        summary = code_inputs(
            args.inputs,
            store,
            settings,
            default_date=args.date,
            default_source=args.source,
            force=args.force,
            progress=progress,
            coder=coder,
        )
    if not args.quiet:
        print_summary(summary, db_name(settings.db), time.perf_counter() - started)
    return EXIT_REJECTED if summary.rejected else EXIT_OK


# --- listing --------------------------------------------------------------------


def cmd_articles(args: argparse.Namespace) -> int:
    with open_store(settings_from(args), must_exist=True) as store:
        rows = store.articles(status=args.status, limit=args.limit)
    records = [{k: r[k] for k in ARTICLE_FIELDS} for r in rows]
    emit(records, args.format, ARTICLE_FIELDS)
    return EXIT_OK


def cmd_events(args: argparse.Namespace) -> int:
    from wirewatch.store.queries import query_events

    query = event_query_from(args)
    with open_store(settings_from(args), must_exist=True) as store:
        events, _ = query_events(store, query)
    if args.format == "csv":
        from wirewatch.export.table import write_csv

        write_csv(events, sys.stdout)  # the columns of `export --format csv` and the API's CSV
        return EXIT_OK
    records = [e.to_dict() for e in events]
    if args.format == "table":
        emit([_event_row(r) for r in records], "table", EVENT_TABLE_FIELDS)
    else:
        emit(records, "jsonl", None)
    return EXIT_OK


def _actor_label(actor: dict[str, Any]) -> str:
    who = actor.get("name") or actor["text"]
    code = "/".join(x for x in (actor.get("country"), actor.get("sector")) if x)
    return f"{who} [{code}]" if code else str(who)


# Table cells longer than this are cut; jsonl and csv carry the whole sentence.
TABLE_SENTENCE_CHARS = 90


def _event_row(r: dict[str, Any]) -> dict[str, Any]:
    sentence = r["sentence"]
    if len(sentence) > TABLE_SENTENCE_CHARS:
        sentence = sentence[: TABLE_SENTENCE_CHARS - 1] + "…"
    return {
        **r,
        "sentence": sentence,
        "sources": "; ".join(_actor_label(a) for a in r["sources"]),
        "targets": "; ".join(_actor_label(a) for a in r["targets"]),
    }


# --- show -----------------------------------------------------------------------


def cmd_show(args: argparse.Namespace) -> int:
    from wirewatch.cli_render import print_article
    from wirewatch.store.queries import EventQuery, matching_events

    with open_store(settings_from(args), must_exist=True) as store:
        article = store.article(args.article_id)
        if article is None:
            raise WirewatchError(f"{args.article_id}: no such article in {store.path}")
        mentions = store.mentions(args.article_id)
        events = matching_events(store, EventQuery(article_id=args.article_id, include_all=True))
    print_article(article, mentions, events)
    return EXIT_OK


# --- eval and bench ---------------------------------------------------------------


def cmd_eval_extraction(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.registry import run_eval

    if not args.data.exists():
        raise WirewatchError(f"{args.data}: no such evaluation file")
    result = run_eval("extraction", args.data, baseline=args.baseline)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        print(f"{result.data}: {result.fingerprint}")
        for name, scores in result.details.items():
            print(
                f"{name:12} "
                + "  ".join(f"{k} {v:.4f}" if isinstance(v, float) else f"{k} {v}" for k, v in scores.items())
            )
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from wirewatch.bench import run_benchmark

    settings = Settings.from_env(processes=args.processes)
    report = run_benchmark(settings, repeat=args.repeat, eval_dir=args.eval_dir, rounds=args.rounds)
    print(json.dumps(report, indent=2) if args.json else report_text(report))
    return EXIT_OK


def report_text(report: dict[str, Any]) -> str:
    lines = [f"{k:28} {v}" for k, v in report.items()]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
