"""`wirewatch quotes` (stored quotes with their speakers) and `wirewatch eval quotes` (PolNeAR)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wirewatch.commands.common import add_db, emit, open_store, print_scores, settings_from
from wirewatch.errors import WirewatchError

QUOTE_TABLE_FIELDS = ("article_id", "speaker", "cue", "text")
# Table cells longer than this are cut; jsonl carries the whole quote.
TABLE_QUOTE_CHARS = 90


def register(sub: Any, eval_sub: Any) -> None:
    quotes = sub.add_parser("quotes", help="quotes and reported speech with their speakers")
    add_db(quotes)
    quotes.add_argument(
        "--format", choices=("table", "jsonl"), default="table", help="output format (default: table)"
    )
    quotes.add_argument("--article", help="quotes of one article")
    quotes.set_defaults(handler=cmd_quotes)

    evaluate = eval_sub.add_parser("quotes", help="quote attribution (PolNeAR, polnear.jsonl)")
    evaluate.add_argument("--data", type=Path, required=True, help="gold JSONL file (polnear.jsonl)")
    evaluate.add_argument("--json", action="store_true", help="print JSON")
    evaluate.set_defaults(handler=cmd_eval_quotes)


def cmd_quotes(args: argparse.Namespace) -> int:
    with open_store(settings_from(args), must_exist=True) as store:
        quotes = store.quotes(args.article)
    records = [q.to_dict() for q in quotes]
    if args.format == "jsonl":
        emit(records, "jsonl", None)
    else:
        emit([_table_row(r) for r in records], "table", QUOTE_TABLE_FIELDS)
    return 0


def _table_row(r: dict[str, Any]) -> dict[str, Any]:
    text = r["text"] if len(r["text"]) <= TABLE_QUOTE_CHARS else r["text"][: TABLE_QUOTE_CHARS - 1] + "…"
    speaker = r["speaker"] or {}
    who = speaker.get("name") or speaker.get("text") or ""
    if speaker.get("name") and speaker.get("text") != speaker.get("name"):
        who = f"{speaker['text']} = {speaker['name']}"
    return {"article_id": r["article_id"], "speaker": who, "cue": r["cue"] or "", "text": text}


def cmd_eval_quotes(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.registry import run_eval

    if not args.data.exists():
        raise WirewatchError(f"{args.data}: no such evaluation file")
    result = run_eval("quotes", args.data)
    if args.json:
        print_scores(result.as_dict(), True)
        return 0
    for split, scores in result.details.items():
        print(f"[{split}]")
        print_scores(scores, False)
    return 0
