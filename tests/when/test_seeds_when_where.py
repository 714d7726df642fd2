"""The seed articles' events dated and placed as the issue asks (issue 5)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from spacy.language import Language

from wirewatch.model import Article, CodedArticle, Event
from wirewatch.pipeline import code_docs
from wirewatch.when.find import find_timexes

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeds(nlp: Language, seeds_dir: Path) -> dict[str, CodedArticle]:
    records = [json.loads(line) for line in (seeds_dir / "articles.jsonl").read_text("utf-8").splitlines()]
    articles = [Article(r["id"], r["text"], published=dt.date.fromisoformat(r["date"])) for r in records]
    return {c.article.published.isoformat(): c for c in code_docs(nlp, articles) if c.article.published}


def _talks(coded: CodedArticle, place: str) -> Event:
    return next(e for e in coded.events if e.trigger.text == "talks" and f"in {place}" in e.sentence)


def test_talks_in_havana(seeds: dict[str, CodedArticle]) -> None:
    talks = _talks(seeds["2017-11-22"], "Havana")
    assert talks.date == "2017-11-22" and talks.date_precision == "day"  # "Wednesday morning"
    assert talks.location is not None and talks.location.name == "Havana"
    assert (round(talks.location.lat, 1), round(talks.location.lon, 1)) == (23.1, -82.4)


def test_talks_in_moscow(seeds: dict[str, CodedArticle]) -> None:
    talks = _talks(seeds["2018-04-10"], "Moscow")
    assert (talks.date, talks.date_precision) == ("2018-04-10", "day")  # "on Tuesday"
    assert talks.location is not None and (talks.location.name, talks.location.country) == ("Moscow", "RUS")


def test_ri_arrived_on_monday(seeds: dict[str, CodedArticle]) -> None:
    """ "the foreign minister of the DPRK arrived here on Monday": a visit to Cuba, two days earlier."""
    arrival = next(
        e for e in seeds["2017-11-22"].events if e.trigger.text == "arrived" and "here" in e.sentence
    )
    assert (arrival.plover, arrival.mode) == ("CONSULT", "visit")
    assert [a.country for a in arrival.sources] == ["PRK"] and [a.country for a in arrival.targets] == ["CUB"]
    assert (arrival.date, arrival.date_precision) == ("2017-11-20", "day")


def test_relations_established_in_1960(seeds: dict[str, CodedArticle]) -> None:
    """ "Both countries ... establishing diplomatic relations back in 1960": the year, no day invented."""
    ties = next(
        e for e in seeds["2017-11-22"].events if "1960" in e.sentence and e.trigger.text == "establishing"
    )
    assert {a.country for a in ties.sources + ties.targets} == {"PRK", "CUB"}
    assert (ties.date, ties.date_precision) == ("1960", "year")


def test_arrival_and_1960_expressions(nlp: Language, seeds_dir: Path) -> None:
    record = json.loads((seeds_dir / "articles.jsonl").read_text("utf-8").splitlines()[0])
    doc = nlp(record["text"])
    values = {t.text: t.value for t in find_timexes(doc, dt.date(2017, 11, 22))}
    assert (values["Monday"].value, values["Monday"].precision) == ("2017-11-20", "day")
    assert (values["1960"].value, values["1960"].precision) == ("1960", "year")
