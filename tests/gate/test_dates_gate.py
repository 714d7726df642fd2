from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check
from wirewatch.evaluate.dates import evaluate_dates


@pytest.mark.slow
def test_dates_gate(nlp: Language, eval_dir: Path) -> None:
    report = evaluate_dates(eval_dir / "dates" / "gum_news.jsonl", nlp)
    assert report.documents == 13 and report.gold == 124
    check("dates", report.as_dict())
