"""Quote attribution on PolNeAR stays at or above its pinned floors (issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check
from wirewatch.evaluate.quotes import evaluate_quotes


@pytest.mark.slow
def test_quotes_gate(eval_dir: Path, nlp: Language) -> None:
    report = evaluate_quotes(eval_dir / "quotes" / "polnear.jsonl", nlp).as_dict()
    assert report["all"]["articles"] == 85 and report["all"]["gold"] == 2133
    flat = {f"{split}.{key}": value for split, scores in report.items() for key, value in scores.items()}
    check("quotes", flat)
