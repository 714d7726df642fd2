"""Quality gate for event coding (issue 4): PLOVER GSR sentences and CAMEO-coded news sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.gate.gate import check_measured, measure


@pytest.mark.slow
def test_events_gate(eval_dir: Path, nlp: Language) -> None:
    # plover's scores as they are, cameo's prefixed `cameo_`; left uncoded is a cost, so the
    # registry gives its complement `coded_share` and a floor means "at least".
    measured = measure("events", eval_dir, nlp)
    assert measured.scores["records"] == 175 and measured.scores["cameo_records"] == 38
    check_measured("events", measured)
