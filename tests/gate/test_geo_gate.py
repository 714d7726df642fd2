from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check_measured, measure


@pytest.mark.slow
def test_geo_gate(nlp: Language, eval_dir: Path) -> None:
    measured = measure("geo", eval_dir, nlp)
    assert measured.scores["trnews_found"] > 0 and measured.scores["geovirus_found"] > 0
    check_measured("geo", measured)
