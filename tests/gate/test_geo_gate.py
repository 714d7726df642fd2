from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check
from wirewatch.evaluate.geo import evaluate_geo


@pytest.mark.slow
def test_geo_gate(nlp: Language, eval_dir: Path) -> None:
    scores: dict[str, float | int] = {}
    for name in ("trnews", "geovirus"):
        report = evaluate_geo(eval_dir / "geo" / f"{name}.jsonl", nlp).as_dict()
        assert report["found"] > 0
        scores.update({f"{name}_{k}": v for k, v in report.items() if isinstance(v, float)})
    check("geo", scores)
