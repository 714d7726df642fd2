"""`wirewatch eval events`: score event coding on a PLOVER or CAMEO gold file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wirewatch.commands.common import print_scores, settings_from
from wirewatch.errors import WirewatchError


def register(sub: Any, eval_sub: Any) -> None:
    p = eval_sub.add_parser("events", help="event coding (plover_gsr.jsonl, cameo_news.jsonl)")
    p.add_argument("--data", type=Path, required=True, help="gold JSONL file")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(handler=cmd_eval_events)


def cmd_eval_events(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.events import evaluate_events
    from wirewatch.nlp import load_nlp

    path: Path = args.data
    if not path.is_file():
        raise WirewatchError(f"{path}: no such evaluation file")
    scores = evaluate_events(path, load_nlp(settings_from(args)))
    if args.json:
        print_scores(scores, True)
        return 0
    per = scores.pop("per_type", None) or scores.pop("per_root", None) or {}
    print_scores(scores, False)
    for label, figures in per.items():
        shown = " ".join(f"{k}={v}" for k, v in figures.items())
        print(f"  {label:12} {shown}")
    return 0
