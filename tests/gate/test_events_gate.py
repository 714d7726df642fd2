"""Quality gate for event coding (issue 4): PLOVER GSR sentences and CAMEO-coded news sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check
from wirewatch.evaluate.events import evaluate_events


@pytest.mark.slow
def test_events_gate(eval_dir: Path, nlp: Language) -> None:
    plover = evaluate_events(eval_dir / "events" / "plover_gsr.jsonl", nlp)
    cameo = evaluate_events(eval_dir / "events" / "cameo_news.jsonl", nlp)
    assert plover["records"] == 175 and cameo["records"] == 38
    scores = {k: v for k, v in plover.items() if isinstance(v, float)}
    scores.update({f"cameo_{k}": v for k, v in cameo.items() if isinstance(v, float)})
    # Left uncoded is a cost: gate its complement so that a floor means "at least".
    scores["coded_share"] = round(1 - plover["uncoded_share"], 4)
    check("events", scores)
