"""`wirewatch eval events`, `eval penta` and `eval all`: event coding scored through the eval registry."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirewatch.commands.common import print_scores
from wirewatch.errors import WirewatchError

if TYPE_CHECKING:
    from wirewatch.evaluate.registry import EvalResult


RULES_ONLY_HELP = (
    "the rules alone, without the learned stage (its packaged model was fitted on the shared "
    "development sets: on them its figures are in-sample; see `wirewatch eval learned`)"
)


def register(sub: Any, eval_sub: Any) -> None:
    p = eval_sub.add_parser("events", help="event coding (plover_gsr.jsonl, cameo_news.jsonl)")
    p.add_argument("--data", type=Path, required=True, help="gold JSONL file")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--rules-only", action="store_true", help=RULES_ONLY_HELP)
    p.set_defaults(handler=cmd_eval_events)

    penta = eval_sub.add_parser("penta", help="CAMEO penta class of unseen news sentences")
    penta.add_argument("--data", type=Path, default=None, help="gold JSONL file (default: the shared set)")
    penta.add_argument("--json", action="store_true", help="print the scores as JSON")
    penta.add_argument("--errors", action="store_true", help="list every sentence read wrong")
    penta.add_argument("--rules-only", action="store_true", help=RULES_ONLY_HELP)
    penta.set_defaults(handler=cmd_eval_penta)

    every = eval_sub.add_parser("all", help="every evaluation set's headline figures and fingerprint")
    every.add_argument("--eval-dir", type=Path, default=None, help="the evaluation folder (../shared/eval)")
    every.add_argument("--only", nargs="+", metavar="NAME", help="these sets only")
    every.add_argument("--json", action="store_true", help="print the results as JSON")
    every.set_defaults(handler=cmd_eval_all)


def cmd_eval_events(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.registry import events_set_for, run_eval

    path: Path = args.data
    if not path.is_file():
        raise WirewatchError(f"{path}: no such evaluation file")
    name = events_set_for(path)
    if name == "penta":
        args.errors = False
        return _print_penta(run_eval(name, path, learned=not args.rules_only), args)
    result = run_eval(name, path, learned=not args.rules_only)
    if args.json:
        print_scores(result.as_dict(), True)
        return 0
    scores = dict(result.details)
    per = scores.pop("per_type", None) or scores.pop("per_root", None) or {}
    print_scores(scores, False)
    for label, figures in per.items():
        shown = " ".join(f"{k}={v}" for k, v in figures.items())
        print(f"  {label:12} {shown}")
    return 0


def cmd_eval_penta(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.registry import run_eval

    return _print_penta(run_eval("penta", args.data, learned=not args.rules_only), args)


def _print_penta(result: EvalResult, args: argparse.Namespace) -> int:
    report = result.as_dict()
    misses = report.pop("misses")
    if args.json:
        if args.errors:
            report["misses"] = misses
        print_scores(report, True)
        return 0
    if args.errors:
        for miss in misses:
            got = "uncoded" if miss["predicted"] is None else miss["predicted"]
            how = miss["rule"] or miss["reading"]
            print(f"gold={miss['gold']} got={got} ({how}, cameo {miss['cameo'] or '-'})  {miss['text']}")
        print()
    print(f"{result.data}: {result.fingerprint}")
    print_scores({k: v for k, v in report.items() if not isinstance(v, dict)}, False)
    print()
    print(f"{'class':24} {'gold':>5} {'pred':>5} {'right':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for cls, c in report["per_class"].items():
        print(
            f"{cls + ' ' + c['name']:24} {c['gold']:5} {c['predicted']:5} {c['correct']:5}"
            f" {c['precision']:6.3f} {c['recall']:6.3f} {c['f1']:6.3f}"
        )
    print()
    columns = [*next(iter(report["confusion"].values()))]
    print("gold \\ predicted " + " ".join(f"{c:>7}" for c in columns))
    for gold, row in report["confusion"].items():
        print(f"{gold:17} " + " ".join(f"{row[c]:7}" for c in columns))
    print()
    for origin, o in report["origin"].items():
        shown = "  ".join(f"{k} {v}" for k, v in o.items())
        print(f"origin {origin:6} {shown}")
    return 0


def cmd_eval_all(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.registry import REGISTRY, EvalContext, run_eval

    names = args.only or list(REGISTRY)
    nlp = EvalContext().nlp() if set(names) - {"extraction"} else None  # loaded once for all sets
    results = [run_eval(name, eval_dir=args.eval_dir, nlp=nlp) for name in names]
    if args.json:
        print_scores({r.name: r.summary() for r in results}, True)
        return 0
    for r in results:
        figures = r.headline_scores().items()
        shown = "  ".join(f"{k} {v:.4f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures)
        print(f"{r.name:10} {r.fingerprint.records:5} records  {shown}")
    return 0
