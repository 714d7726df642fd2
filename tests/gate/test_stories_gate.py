from __future__ import annotations

from pathlib import Path

import pytest

from tests.gate.gate import check_measured, measure


@pytest.mark.slow
def test_stories_gate(eval_dir: Path) -> None:
    measured = measure("stories", eval_dir)
    assert measured.scores["documents"] == 451
    check_measured("stories", measured)
