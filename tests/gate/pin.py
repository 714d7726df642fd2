"""Re-pin quality gates: `python -m tests.gate.pin NAME [NAME ...] | --all [--keep-measured] [--dry-run]`.

Runs each gate's evaluations on ../shared/eval (or $WIREWATCH_EVAL_DIR) and rewrites
`tests/gate/baselines/NAME.json`: measured figures, n, floors and fingerprints (see
tests/gate/gate.py). Prints every floored figure old → new so the commit can say why.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from tests.gate.gate import BASELINES, GATES, EvalDataMissing, measure, pinned_baseline, write_baseline


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.gate.pin", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"gates: {', '.join(GATES)}")
    parser.add_argument("--all", action="store_true", help="every gate")
    parser.add_argument(
        "--keep-measured",
        action="store_true",
        help="keep the pinned figures; re-derive floors, n and fingerprints from today's run",
    )
    parser.add_argument("--dry-run", action="store_true", help="print the baselines instead of writing them")
    args = parser.parse_args(argv)
    names = list(GATES) if args.all else args.names
    unknown = [n for n in names if n not in GATES]
    if not names or unknown:
        parser.error(f"name one or more gates of {', '.join(GATES)} (unknown: {', '.join(unknown) or '-'})")
    for name in names:
        try:
            measured = measure(name)
        except EvalDataMissing as e:
            print(f"pin: {e}", file=sys.stderr)
            return 1
        path = BASELINES / f"{name}.json"
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
        baseline = pinned_baseline(name, measured, old, keep_measured=args.keep_measured)
        old_floors = (old or {}).get("floors", {})
        for key, floor in baseline["floors"].items():
            print(
                f"{name:10} {key:34} pinned {baseline['measured'][key]!s:7} today {measured.scores[key]!s:7}"
                f" n {baseline['n'][key]:5}  floor {old_floors.get(key, '-')!s:6} -> {floor}"
            )
        if args.dry_run:
            print(json.dumps(baseline, indent=2, ensure_ascii=False))
        else:
            print(f"wrote {write_baseline(name, baseline)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
