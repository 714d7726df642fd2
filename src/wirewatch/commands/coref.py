"""`wirewatch eval coref`: the coreference resolver on a case file (issue 11)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wirewatch.commands.common import print_scores
from wirewatch.errors import WirewatchError


def register(sub: Any, eval_sub: Any) -> None:
    ev = eval_sub.add_parser("coref", help="coreference accuracy on a case file (coref_cases.tsv)")
    ev.add_argument(
        "--cases", type=Path, required=True, help="case file (TSV), e.g. tests/fixtures/coref_cases.tsv"
    )
    ev.add_argument("--errors", action="store_true", help="list every case resolved wrongly")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.set_defaults(handler=cmd_eval_coref)


def cmd_eval_coref(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.coref import evaluate_coref
    from wirewatch.nlp import load_nlp
    from wirewatch.settings import Settings

    if not args.cases.is_file():
        raise WirewatchError(f"{args.cases}: no such case file")
    report = evaluate_coref(args.cases, load_nlp(Settings.from_env())).as_dict()
    errors = report.pop("errors")
    if args.json:
        print_scores({**report, "errors": errors}, True)
        return 0
    if args.errors:
        for e in errors:
            passage = e["passage"].replace("\n", " / ")
            sys.stdout.write(
                f"{e['kind']:20} {e['anaphor']:18} gold={e['expected']} got={e['got']}  {passage}\n"
            )
    per_kind = report.pop("per_kind")
    print_scores(report | {f"per_kind.{k}": v for k, v in per_kind.items()}, False)
    return 0
