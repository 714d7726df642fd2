from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check
from wirewatch.evaluate.actors import evaluate_actors

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "actor_cases.tsv"


@pytest.mark.slow
def test_actors_gate(nlp: Language, eval_dir: Path) -> None:
    scores, _ = evaluate_actors(nlp, plover=eval_dir / "events" / "plover_gsr.jsonl", cases=CASES)
    assert scores["actors"] == 368 and scores["cases.actors"] >= 150
    check("actors", scores)
