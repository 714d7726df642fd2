"""Quality gate for the learned stage (issue 10): the classifier and its fusion with the rules,
scored by 5-fold cross-validation over every labelled sentence (evaluate/learned.py).

Re-pin with `python -m tests.gate.pin learned` when the rules, the fusion or the model change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check_measured, measure


@pytest.mark.slow
def test_learned_gate(eval_dir: Path, nlp: Language) -> None:
    measured = measure("learned", eval_dir, nlp)
    assert measured.scores["penta.fused.accuracy"] >= measured.scores["penta.rules.accuracy"], (
        "the fusion must not do worse than the rules alone on sentences its classifier never saw"
    )
    check_measured("learned", measured)
