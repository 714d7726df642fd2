from __future__ import annotations

from pathlib import Path

import pytest

from tests.gate.gate import check_measured, measure


@pytest.mark.slow
def test_extraction_gate(eval_dir: Path) -> None:
    measured = measure("extraction", eval_dir)
    assert measured.scores["pages"] == 92 and measured.scores["failures"] == 0
    check_measured("extraction", measured)
