"""Quote attribution on PolNeAR stays at or above its pinned floors (issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check_measured, measure


@pytest.mark.slow
def test_quotes_gate(eval_dir: Path, nlp: Language) -> None:
    measured = measure("quotes", eval_dir, nlp)
    assert measured.scores["all.articles"] == 85 and measured.scores["all.gold"] == 2133
    check_measured("quotes", measured)
