"""Tests of wirewatch.evaluate.extraction: the scorer, the runner, the real benchmark."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from wirewatch.evaluate.extraction import ExtractionReport, bow_scores, evaluate_extraction

ARTICLE = [
    "Farmers in the northern valley began the harvest two weeks early this year after an "
    "unusually warm spring, the regional agriculture office said on Friday.",
    "Officials expect the wheat yield to rise by about eight percent compared with last "
    "year, although prices at the regional market have already started to fall.",
    "Several cooperatives said they would store part of the crop in new silos built with "
    "a government grant, hoping to sell it later in the season at better prices.",
]


def test_bow_identical_texts() -> None:
    assert bow_scores("The cat sat.", "the CAT sat") == (1.0, 1.0, 1.0)


def test_bow_simple_case() -> None:
    precision, recall, f1 = bow_scores("the cat sat", "the cat sat on the mat")
    assert precision == 1.0
    assert recall == pytest.approx(0.5)
    assert f1 == pytest.approx(2 / 3)


def test_bow_counts_repeated_words_once_per_occurrence() -> None:
    precision, recall, _ = bow_scores("the the the", "the cat")
    assert precision == pytest.approx(1 / 3)
    assert recall == pytest.approx(1 / 2)


def test_bow_disjoint_texts() -> None:
    assert bow_scores("dogs bark", "cats meow") == (0.0, 0.0, 0.0)


def test_bow_empty_prediction_scores_zero() -> None:
    assert bow_scores("", "some gold text") == (0.0, 0.0, 0.0)
    assert bow_scores(" ... ", "some gold text") == (0.0, 0.0, 0.0)


def test_bow_both_empty_agree() -> None:
    assert bow_scores("", "") == (1.0, 1.0, 1.0)


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        "<!DOCTYPE html><html><head><title>Early harvest</title></head>"
        f"<body><nav><a href='/'>Home</a></nav><article>{body}</article></body></html>"
    )


def _write_set(directory: Path, pages: dict[str, str]) -> Path:
    """A small data set in the aeb.jsonl format: gold = ARTICLE for every page."""
    (directory / "html").mkdir()
    lines = []
    for page_id, html in pages.items():
        html_file = f"html/{page_id}.html.gz"
        (directory / html_file).write_bytes(gzip.compress(html.encode("utf-8")))
        record = {
            "id": page_id,
            "url": f"https://example.org/{page_id}",
            "body": "\n\n".join(ARTICLE),
            "html_file": html_file,
        }
        lines.append(json.dumps(record))
    data = directory / "aeb.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return data


def test_evaluate_counts_failures_as_empty(tmp_path: Path) -> None:
    data = _write_set(tmp_path, {"good": _page(ARTICLE), "empty": "<html><body></body></html>"})
    report = evaluate_extraction(data)
    assert report.pages == 2
    assert report.failures == 1
    assert report.precision == pytest.approx(0.5)
    assert report.recall == pytest.approx(0.5)
    assert report.f1 == pytest.approx(0.5)


def test_evaluate_accepts_directory_and_baseline(tmp_path: Path) -> None:
    _write_set(tmp_path, {"good": _page(ARTICLE)})
    ours = evaluate_extraction(tmp_path)
    baseline = evaluate_extraction(tmp_path, baseline=True)
    assert ours.pages == baseline.pages == 1
    assert ours.f1 == pytest.approx(1.0)
    assert baseline.f1 > 0.9


def test_report_as_dict() -> None:
    report = ExtractionReport(pages=3, precision=0.5, recall=0.25, f1=0.3, failures=1)
    assert report.as_dict() == {
        "pages": 3,
        "precision": 0.5,
        "recall": 0.25,
        "f1": 0.3,
        "failures": 1,
    }


@pytest.mark.slow
def test_benchmark_beats_the_bar(eval_dir: Path) -> None:
    report = evaluate_extraction(eval_dir / "extraction" / "aeb.jsonl")
    assert report.pages == 92
    assert report.f1 >= 0.96
    assert report.recall >= 0.975
