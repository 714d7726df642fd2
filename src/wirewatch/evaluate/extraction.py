"""Evaluation of HTML main-text extraction against the article-extraction benchmark.

The data set is ``shared/eval/extraction/aeb.jsonl`` (scrapinghub's
article-extraction-benchmark): one record per page with the gold article text
(``body``) and the path of the gzipped HTML page (``html_file``, relative to the
directory of the JSONL file). Scores are bag-of-words precision, recall and F1
between the extracted text and the gold text, computed per page and averaged
over pages.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import trafilatura
from trafilatura.utils import decode_file

from wirewatch.ingest.html import extract_html

LOGGER = logging.getLogger(__name__)

__all__ = ["ExtractionReport", "bow_scores", "evaluate_extraction"]

DATA_FILE_NAME = "aeb.jsonl"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ExtractionReport:
    """Averages over the pages of one evaluation run."""

    pages: int
    precision: float
    recall: float
    f1: float
    failures: int

    def as_dict(self) -> dict[str, float | int]:
        """The report as a flat dict (for JSON baselines)."""
        return {
            "pages": self.pages,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "failures": self.failures,
        }


def bow_scores(predicted: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of ``predicted`` against ``gold``.

    Words are ``\\w+`` runs, lowercased; matches are counted as a multiset
    intersection. An empty prediction scores 0 (an empty gold text gives recall
    0), except that two empty texts agree perfectly (1, 1, 1).
    """
    predicted_words = Counter(_WORD.findall(predicted.lower()))
    gold_words = Counter(_WORD.findall(gold.lower()))
    if not predicted_words and not gold_words:
        return 1.0, 1.0, 1.0
    matched = sum((predicted_words & gold_words).values())
    precision = matched / predicted_words.total() if predicted_words else 0.0
    recall = matched / gold_words.total() if gold_words else 0.0
    if precision + recall == 0.0:
        return precision, recall, 0.0
    return precision, recall, 2 * precision * recall / (precision + recall)


def evaluate_extraction(data: Path, *, baseline: bool = False) -> ExtractionReport:
    """Score :func:`~wirewatch.ingest.html.extract_html` on a benchmark file.

    ``data`` is the JSONL file, or a directory holding it (directly or in
    ``extraction/``). With ``baseline=True`` plain ``trafilatura.extract`` with
    default settings is scored instead, for comparison. A page whose extraction
    raises (or, for the baseline, returns nothing) scores 0 and is counted in
    ``failures``.
    """
    path = _data_file(data)
    extractor = _baseline_text if baseline else _wirewatch_text
    scores: list[tuple[float, float, float]] = []
    failures = 0
    for record, html in _pages(path):
        text = _safe_extract(extractor, html, record)
        failures += text is None
        scores.append(bow_scores(text or "", str(record["body"])))
    pages = len(scores)
    if not pages:
        return ExtractionReport(pages=0, precision=0.0, recall=0.0, f1=0.0, failures=0)
    return ExtractionReport(
        pages=pages,
        precision=sum(s[0] for s in scores) / pages,
        recall=sum(s[1] for s in scores) / pages,
        f1=sum(s[2] for s in scores) / pages,
        failures=failures,
    )


def _data_file(data: Path) -> Path:
    if data.is_dir():
        for candidate in (data / DATA_FILE_NAME, data / "extraction" / DATA_FILE_NAME):
            if candidate.is_file():
                return candidate
        raise FileNotFoundError(f"no {DATA_FILE_NAME} in {data}")
    return data


def _pages(path: Path) -> Iterator[tuple[dict[str, Any], str]]:
    """Records of the JSONL file with their decoded HTML pages."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record: dict[str, Any] = json.loads(line)
            raw = gzip.decompress((path.parent / record["html_file"]).read_bytes())
            yield record, decode_file(raw)


def _safe_extract(
    extractor: Callable[[str, str | None], str | None], html: str, record: dict[str, Any]
) -> str | None:
    """Run ``extractor``; None when it fails or finds nothing."""
    try:
        text = extractor(html, record.get("url"))
    except Exception:
        LOGGER.warning("extraction failed: %s", record.get("id"), exc_info=True)
        return None
    if not text:
        LOGGER.warning("no text extracted: %s", record.get("id"))
        return None
    return text


def _wirewatch_text(html: str, url: str | None) -> str:
    return extract_html(html, url=url).text


def _baseline_text(html: str, url: str | None) -> str | None:
    return trafilatura.extract(html, url=url)
