from __future__ import annotations

from pathlib import Path

import pytest

from tests.gate.gate import check
from wirewatch.evaluate.extraction import evaluate_extraction


@pytest.mark.slow
def test_extraction_gate(eval_dir: Path) -> None:
    report = evaluate_extraction(eval_dir / "extraction" / "aeb.jsonl")
    assert report.pages == 92 and report.failures == 0
    check("extraction", report.as_dict())
