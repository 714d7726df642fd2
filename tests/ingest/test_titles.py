"""Every input format brings its headline to one place, `Article.title`, where the actor steps
read it as evidence (actors/headline.py); the headline is never left in the text to code. Texts
written for these tests."""

from __future__ import annotations

import json

import pytest

from wirewatch.ingest.prepare import prepare
from wirewatch.ingest.readers import RawRecord, read_bytes
from wirewatch.model import Article
from wirewatch.settings import Settings

SETTINGS = Settings()
HEADLINE = "Lowell woman charged with setting a garage fire"
BODY = (
    "Prosecutors said a 29-year-old woman set fire to a rented garage on Elm Street late on "
    "Saturday. Police arrested her on Sunday evening after neighbours told officers they had "
    "seen her near the garage.\n\nShe is due in court on Monday, and her lawyer said she would "
    "deny the charge. The owner of the garage said nobody was hurt in the fire."
)


def _article(data: str, suffix: str) -> Article:
    records = [r for r in read_bytes(data.encode(), origin=f"in{suffix}", max_chars=100_000, suffix=suffix)]
    assert len(records) == 1 and isinstance(records[0], RawRecord)
    article = prepare(records[0], SETTINGS)
    assert isinstance(article, Article)
    return article


PARAGRAPHS = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
JSONL = json.dumps({"id": "a1", "title": HEADLINE, "text": BODY}) + "\n"
HTML_TITLE = (
    f"<html><head><title>{HEADLINE}</title></head><body><article>{PARAGRAPHS}</article></body></html>"
)
HTML_H1 = f"<html><body><article><h1>{HEADLINE}</h1>{PARAGRAPHS}</article></body></html>"


@pytest.mark.parametrize(
    ("data", "suffix"),
    [(JSONL, ".jsonl"), (HTML_TITLE, ".html"), (HTML_H1, ".html"), (f"{HEADLINE}\n\n{BODY}", ".txt")],
    ids=["jsonl-field", "html-title", "html-h1", "text-first-line"],
)
def test_each_format_brings_its_headline_to_the_article_title(data: str, suffix: str) -> None:
    article = _article(data, suffix)
    assert article.title == HEADLINE
    assert HEADLINE not in article.text
