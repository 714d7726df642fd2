"""`wirewatch eval learned`: the learned classifier and its fusion with the rules, by k-fold
cross-validation on every labelled sentence (evaluate/learned.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wirewatch.commands.common import print_scores
from wirewatch.errors import WirewatchError

DEFAULT_EVAL_DIR = Path("../shared/eval")


def register(sub: Any, eval_sub: Any) -> None:
    p = eval_sub.add_parser(
        "learned", help="the learned classifier, the rules and their fusion, by k-fold cross-validation"
    )
    p.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR, help="the evaluation folder")
    p.add_argument("--folds", type=int, default=5, help="number of folds (default 5)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(handler=cmd_eval_learned)


def cmd_eval_learned(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.learned import SET_FILES, cross_validate
    from wirewatch.nlp import build_nlp
    from wirewatch.settings import Settings

    eval_dir: Path = args.eval_dir
    missing = [rel for rel in SET_FILES.values() if not (eval_dir / rel).is_file()]
    if missing:
        raise WirewatchError(f"{eval_dir}: evaluation files missing: {', '.join(missing)}")
    if args.folds < 2:
        raise WirewatchError(f"--folds {args.folds}: cross-validation needs at least 2 folds")
    report = cross_validate(build_nlp(Settings.from_env().model), eval_dir, k=args.folds)
    if args.json:
        print_scores(report, True)
        return 0
    print(f"{args.folds}-fold cross-validation over {report['sentences']}")
    print(f"classifier alone, all sentences: accuracy {report['classifier_accuracy']:.4f}")
    for set_name in ("penta", "plover_gsr", "cameo_news"):
        figures = report[set_name]
        print(f"\n{set_name} (classifier alone: {figures['classifier_accuracy']:.4f})")
        rules, fused = figures["rules"], figures["fused"]
        flat = {k: (rules[k], fused[k]) for k in rules if not isinstance(rules[k], dict)}
        print(f"{'':32} {'rules':>8} {'fused':>8}")
        for key, (r, f) in flat.items():
            print(f"{key:32} {r:8.4f} {f:8.4f}")
        if "recall" in rules:
            for name in rules["recall"]:
                print(f"  recall {name:24} {rules['recall'][name]:8.4f} {fused['recall'][name]:8.4f}")
    return 0
