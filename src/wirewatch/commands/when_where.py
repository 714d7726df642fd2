"""`wirewatch eval dates` and `wirewatch eval geo`: dates and places scored on ../shared/eval."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wirewatch.commands.common import print_scores
from wirewatch.errors import WirewatchError


def register(sub: Any, eval_sub: Any) -> None:
    dates = eval_sub.add_parser("dates", help="temporal expressions found and normalised (gum_news.jsonl)")
    dates.add_argument("--data", type=Path, required=True, help="gold JSONL file (gum_news.jsonl)")
    dates.add_argument("--json", action="store_true", help="print JSON")
    dates.set_defaults(handler=cmd_eval_dates)

    geo = eval_sub.add_parser("geo", help="toponyms found and resolved (geovirus.jsonl, trnews.jsonl)")
    geo.add_argument(
        "--data", type=Path, required=True, help="gold JSONL file (trnews.jsonl or geovirus.jsonl)"
    )
    geo.add_argument("--json", action="store_true", help="print JSON")
    geo.set_defaults(handler=cmd_eval_geo)


def _checked(path: Path) -> Path:
    if not path.exists():
        raise WirewatchError(f"{path}: no such evaluation file")
    return path


def cmd_eval_dates(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.registry import run_eval

    result = run_eval("dates", _checked(args.data))
    print_scores(result.as_dict() if args.json else result.details, args.json)
    return 0


def cmd_eval_geo(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.registry import run_eval

    path = _checked(args.data)
    result = run_eval("geovirus" if "geovirus" in path.name else "trnews", path)
    print_scores(result.as_dict() if args.json else result.details, args.json)
    return 0
