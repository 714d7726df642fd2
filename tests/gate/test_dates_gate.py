from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check_measured, measure


@pytest.mark.slow
def test_dates_gate(nlp: Language, eval_dir: Path) -> None:
    measured = measure("dates", eval_dir, nlp)
    assert measured.scores["documents"] == 13 and measured.scores["gold"] == 124
    check_measured("dates", measured)
