"""Quality gate for event coding on unseen news sentences: CAMEO penta classes (issue 10).

Pinned on the rule coder; re-pin with `python -m tests.gate.pin penta` when the coder moves.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check_measured, measure


@pytest.mark.slow
def test_penta_gate(eval_dir: Path, nlp: Language) -> None:
    measured = measure("penta", eval_dir, nlp)
    assert measured.scores["records"] == 863
    check_measured("penta", measured)
