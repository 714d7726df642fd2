from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check_measured, measure


@pytest.mark.slow
def test_actors_gate(nlp: Language, eval_dir: Path) -> None:
    measured = measure("actors", eval_dir, nlp)
    scores = measured.scores
    assert scores["actors"] == 368 and scores["cases.actors"] >= 150
    check_measured("actors", measured)
