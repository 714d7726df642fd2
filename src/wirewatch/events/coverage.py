"""How much of the CAMEO ontology the codebook can code: codes with at least one trigger rule.

Read from `data/cameo.tsv` (the whole ontology) and `data/codebook.yaml`. A code
counts as covered when some rule names it as its `cameo` code, or names the base code whose
sub-code the act's purpose gives (a protest "for" a named reform: data/reform_purposes.yaml); a
code reached only through a rule's `negated` field or an intent (data/intent.tsv) does not.
Shares are given over all codes, per CAMEO root and per PLOVER type; root 01
statements have no PLOVER type (PLOVER codes no statements), so the share
that matters is the one over the *codable* codes, those with a PLOVER type.

    python -m wirewatch.events.coverage            # summary, per root and type, codes without triggers
    python -m wirewatch.events.coverage --json     # the same as JSON
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from wirewatch.events.codebook import CameoCode, Codebook, load_codebook
from wirewatch.events.purpose import purpose_lexicon

__all__ = ["CoverageReport", "Share", "coverage", "format_report", "main"]


@dataclass(frozen=True)
class Share:
    """Codes with a trigger out of the codes in a group."""

    covered: int
    total: int

    @property
    def share(self) -> float:
        return round(self.covered / self.total, 4) if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"covered": self.covered, "total": self.total, "share": self.share}


@dataclass(frozen=True)
class CoverageReport:
    overall: Share  # every code in cameo.tsv
    codable: Share  # codes with a PLOVER type
    by_root: dict[str, Share]
    by_plover: dict[str, Share]
    missing: tuple[CameoCode, ...]  # codable codes no rule names
    rules_per_code: dict[str, int]

    def as_dict(self) -> dict[str, object]:
        return {
            "overall": self.overall.as_dict(),
            "codable": self.codable.as_dict(),
            "by_root": {k: v.as_dict() for k, v in self.by_root.items()},
            "by_plover": {k: v.as_dict() for k, v in self.by_plover.items()},
            "missing": [{"cameo": c.code, "label": c.label, "plover": c.plover} for c in self.missing],
        }


def coverage(book: Codebook) -> CoverageReport:
    """Which CAMEO codes of the book's table have at least one trigger rule."""
    rules_per_code = Counter(rule.cameo.code for rule in book.rules)
    # A protest's rule codes the sub-code its purpose names (1411 ... 1454; data/reform_purposes.yaml).
    lexicon = purpose_lexicon()
    rules_per_code.update(
        sub for rule in book.rules for sub in lexicon.sub_codes(rule.cameo.code) if sub in book.cameo
    )
    codes = sorted(book.cameo.values(), key=lambda c: c.code)
    codable = [c for c in codes if c.plover]
    return CoverageReport(
        overall=_share(codes, rules_per_code),
        codable=_share(codable, rules_per_code),
        by_root=_grouped(codes, rules_per_code, lambda c: c.code[:2]),
        by_plover=_grouped(codable, rules_per_code, lambda c: c.plover or ""),
        missing=tuple(c for c in codable if not rules_per_code[c.code]),
        rules_per_code=dict(rules_per_code),
    )


def _share(codes: Iterable[CameoCode], rules_per_code: Counter[str]) -> Share:
    listed = list(codes)
    return Share(sum(1 for c in listed if rules_per_code[c.code]), len(listed))


def _grouped(
    codes: Sequence[CameoCode], rules_per_code: Counter[str], key: Callable[[CameoCode], str]
) -> dict[str, Share]:
    groups: dict[str, list[CameoCode]] = {}
    for code in codes:
        groups.setdefault(key(code), []).append(code)
    return {name: _share(members, rules_per_code) for name, members in sorted(groups.items())}


def format_report(report: CoverageReport, list_missing: bool = True) -> str:
    """The report as text for a terminal."""

    def line(name: str, share: Share) -> str:
        return f"  {name:<10} {share.covered:>4} / {share.total:<4} {share.share:.1%}"

    out = [
        "CAMEO codes with at least one trigger rule",
        line("codable", report.codable) + "  (codes with a PLOVER type)",
        line("all", report.overall) + "  (root 01 statements included)",
        "per CAMEO root:",
        *(line(root, share) for root, share in report.by_root.items()),
        "per PLOVER type:",
        *(line(plover, share) for plover, share in report.by_plover.items()),
    ]
    if list_missing:
        out.append(f"codable codes without a trigger ({len(report.missing)}):")
        out += [f"  {c.code:<5} {c.plover:<10} {c.label}" for c in report.missing]
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m wirewatch.events.coverage",
        description="CAMEO codes that the event codebook has a trigger rule for.",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--no-missing", action="store_true", help="leave out the list of uncovered codes")
    args = parser.parse_args(argv)
    report = coverage(load_codebook())
    if args.json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report, list_missing=not args.no_missing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
