"""The evaluation registry: fingerprints, flat scores, data paths, set detection (no model needed)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from wirewatch.errors import WirewatchError
from wirewatch.evaluate.registry import (
    EVAL_DIR_ENV,
    REGISTRY,
    EvalResult,
    Fingerprint,
    data_path,
    default_eval_dir,
    events_set_for,
    fingerprint,
    flatten,
    run_eval,
)


def test_every_set_is_registered_with_a_default_file_and_headline() -> None:
    assert set(REGISTRY) == {
        "extraction", "plover", "cameo", "penta", "learned",
        "dates", "trnews", "geovirus", "quotes", "actors", "stories",
    }  # fmt: skip
    for spec in REGISTRY.values():
        assert spec.default_data.endswith(".jsonl") and spec.headline


def test_fingerprint_counts_records_and_hashes_bytes(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    content = b'{"a": 1}\n\n{"a": 2}\n'
    path.write_bytes(content)
    fp = fingerprint(path)
    assert fp == Fingerprint(2, hashlib.sha256(content).hexdigest())
    assert str(fp) == f"2 records sha256 {fp.sha256}"
    assert Fingerprint.from_dict(fp.as_dict()) == fp
    path.write_bytes(content + b'{"a": 3}\n')
    assert fingerprint(path).records == 3 and fingerprint(path).sha256 != fp.sha256


def test_flatten_dots_nested_numbers_and_drops_the_rest() -> None:
    report = {"a": 1, "b": 0.5, "ok": True, "name": "x", "none": None, "rows": [1], "per": {"X": {"f1": 0.2}}}
    assert flatten(report) == {"a": 1, "b": 0.5, "per.X.f1": 0.2}


def test_eval_dir_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(EVAL_DIR_ENV, str(tmp_path))
    assert default_eval_dir() == tmp_path
    assert data_path("penta") == tmp_path / "events" / "cameo_penta.jsonl"
    monkeypatch.delenv(EVAL_DIR_ENV)
    assert default_eval_dir() == Path("../shared/eval")


def test_a_folder_holding_the_set_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "dates").mkdir()
    (tmp_path / "dates" / "gum_news.jsonl").write_text("{}\n")
    assert data_path("dates", tmp_path) == tmp_path / "dates" / "gum_news.jsonl"


def test_missing_data_and_unknown_sets_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(WirewatchError, match=f"no such evaluation file.*{EVAL_DIR_ENV}"):
        run_eval("penta", eval_dir=tmp_path)
    with pytest.raises(WirewatchError, match="no such evaluation set"):
        run_eval("nothing")


def test_event_sets_are_told_apart_by_their_records(tmp_path: Path) -> None:
    for name, record in (
        ("penta", {"text": "x", "penta": 3}),
        ("cameo", {"text": "x", "cameo_root": "01"}),
        ("plover", {"text": "x", "events": []}),
    ):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n" + json.dumps(record) + "\n")
        assert events_set_for(path) == name


def test_extraction_runs_through_the_registry(tmp_path: Path) -> None:
    import gzip

    html = "<html><body><article><p>" + "Rain fell on the northern valley all week long. " * 8
    html += "</p></article></body></html>"
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p.html.gz").write_bytes(gzip.compress(html.encode()))
    data = tmp_path / "aeb.jsonl"
    record = {"id": "p", "url": None, "body": "Rain fell", "html_file": "html/p.html.gz"}
    data.write_text(json.dumps(record) + "\n")
    result = run_eval("extraction", data)
    assert isinstance(result, EvalResult) and result.name == "extraction"
    assert result.fingerprint.records == 1 and result.n["f1"] == 1
    assert set(result.headline_scores()) == {"precision", "recall", "f1"}
    out = result.as_dict()
    assert set(out) == {"wirewatch", "fingerprint"} and out["wirewatch"]["pages"] == 1
