"""The CAMEO coverage report (issue 10): which codes of the ontology have a codebook trigger."""

from __future__ import annotations

import json

import pytest

from wirewatch.events.codebook import load_codebook
from wirewatch.events.coverage import coverage, format_report, main

# Pinned when the codebook was grown from the ontology (issue 10): 251 of the 282 codes
# with a PLOVER type had a trigger; since a protest takes its sub-code from its purpose
# (data/reform_purposes.yaml: "marched demanding the president's resignation", 1411) and the
# last eleven codes got rules (threats to leave talks, rejected military cooperation ...), all
# 282 have. Raise the floor when coverage grows; lower it only on purpose.
CODABLE_COVERAGE_FLOOR = 1.0


def test_codable_coverage_is_at_least_the_pinned_floor() -> None:
    report = coverage(load_codebook())
    assert report.codable.share >= CODABLE_COVERAGE_FLOOR, format_report(report)
    assert report.codable.total >= 280, "cameo.tsv holds the whole CAMEO ontology"


def test_every_plover_type_and_root_is_reported() -> None:
    report = coverage(load_codebook())
    assert set(report.by_plover) == {
        "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
        "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
    }  # fmt: skip
    assert set(report.by_root) == {f"{n:02d}" for n in range(1, 21)}
    assert all(report.rules_per_code.get(c.code, 0) == 0 for c in report.missing)
    assert report.codable.covered + len(report.missing) == report.codable.total


def test_report_runs_as_a_module(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    text = capsys.readouterr().out
    assert "per PLOVER type" in text and "without a trigger" in text
    assert main(["--json", "--no-missing"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["codable"]["share"] >= CODABLE_COVERAGE_FLOOR


def test_protest_purposes_and_rejected_reforms_count_their_sub_codes() -> None:
    report = coverage(load_codebook())
    for base in ("141", "142", "143", "144", "145", "123"):
        assert all(report.rules_per_code.get(f"{base}{kind}", 0) > 0 for kind in "1234"), base


def test_a_purpose_lexicon_with_an_unknown_action_is_refused() -> None:
    from wirewatch.errors import DataFileError
    from wirewatch.events.purpose import _lexicon

    data = {"codes": {"141": "maybe"}, "kinds": {"1": ["resign"]}, "changes": {}, "asking": [], "preps": []}
    with pytest.raises(DataFileError):
        _lexicon({**data, "in_phrases": []}, "test")
    with pytest.raises(DataFileError):
        _lexicon(data, "test")  # in_phrases missing
