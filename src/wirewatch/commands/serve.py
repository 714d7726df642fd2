"""`wirewatch serve` (API and web UI in one process) and `wirewatch export` (jsonl, csv, parquet, gdelt)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from wirewatch.commands.common import add_db, add_event_filters, event_query_from, open_store, settings_from
from wirewatch.store.base import shown

log = logging.getLogger(__name__)


def register(sub: Any, eval_sub: Any) -> None:
    serve = sub.add_parser(
        "serve",
        help="serve the REST API and the web UI",
        description=(
            "Serve the REST API under /v1 and the web UI at / in one process. Storing articles "
            "(POST /v1/articles) needs the token set in the environment variable "
            "WIREWATCH_API_TOKEN, sent as 'Authorization: Bearer TOKEN' (the UI has a token "
            "field); without it, storing is disabled. Reads are open unless "
            "WIREWATCH_API_PROTECT_READS is set. Serving beyond this machine (--host 0.0.0.0, a "
            "proxy): set WIREWATCH_API_ALLOWED_HOSTS to the public name."
        ),
    )
    add_db(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.set_defaults(handler=cmd_serve)

    export = sub.add_parser("export", help="write events as jsonl, csv, parquet or GDELT 2.0 columns")
    add_db(export)
    export.add_argument(
        "--format",
        choices=("jsonl", "csv", "parquet", "gdelt"),
        required=True,
        help="jsonl (the event JSON), csv (flat), parquet, or gdelt (GDELT 2.0 event columns)",
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="file to write, or - for standard output (jsonl, csv and gdelt)",
    )
    export.add_argument(
        "--per",
        choices=("event", "happening"),
        default="event",
        help="gdelt: one row per coded event (default) or per happening, every report of it merged",
    )
    add_event_filters(export)
    export.set_defaults(handler=cmd_export)


def cmd_serve(args: argparse.Namespace) -> int:
    from wirewatch.api.server import serve

    settings = settings_from(args)
    where = f"{shown(settings.db)} at http://{args.host}:{args.port}/"
    print(f"wirewatch: serving {where} (Ctrl-C to stop)", flush=True)
    if settings.api_token is None:
        print("wirewatch: WIREWATCH_API_TOKEN is not set, so POST /v1/articles is disabled", flush=True)
    serve(settings, host=args.host, port=args.port)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from wirewatch.export import export_events

    query = event_query_from(args)
    with open_store(settings_from(args), must_exist=True) as store:
        n = export_events(store, query, args.format, args.output, per=args.per)
    where = "standard output" if str(args.output) == "-" else args.output
    print(f"wirewatch: wrote {n} events to {where} ({args.format})", file=sys.stderr)
    return 0
