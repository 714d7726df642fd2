"""People the actor step did not know (stop 45, place15): one person of a group the lexicon
lists ("drivers", "tenants", "kidnappers"), or a seller in a shop or a street, is an actor, so
the act has its target and neither the city it happened in nor the story's country takes the
person's role. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article
from wirewatch.pipeline import code_docs


def _targets(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(article_id="place15", text=text, published=dt.date(2026, 3, 4))
    coded = code_docs(nlp, [article])[0]
    return [(t.text, t.country, t.sector) for e in coded.events for t in e.targets]


@pytest.mark.parametrize(
    ("text", "person", "sector"),
    [
        ("Border guards in Oslo detained a lorry driver on Thursday.", "lorry driver", "CVL"),
        ("Militiamen abducted a tenant in Mombasa on Sunday.", "tenant", "CVL"),
        ("Police in Dakar arrested a vendor on Friday.", "vendor", "BUS"),
        ("Soldiers detained a shopkeeper in Kandahar on Monday.", "shopkeeper", "BUS"),
        ("Police in Leeds arrested a kidnapper on Saturday.", "kidnapper", "CRM"),
    ],
)
def test_one_person_of_a_listed_group_is_the_target(
    nlp: Language, text: str, person: str, sector: str
) -> None:
    targets = _targets(nlp, text)
    assert [t for t in targets if t[0] == person and t[2] == sector], targets
    assert not [t for t in targets if t[0] in {"Oslo", "Mombasa", "Dakar", "Kandahar", "Leeds"}], targets


def test_a_hostage_taker_is_no_hostage(nlp: Language) -> None:
    targets = _targets(nlp, "Police arrested the hostage taker in Perth on Wednesday.")
    assert [t for t in targets if t[0] == "hostage taker" and t[2] == "CRM"], targets


def test_a_place_with_no_person_named_stays_the_target(nlp: Language) -> None:
    """Negative: where the act falls on a place itself, the place is still what it falls on."""
    targets = _targets(nlp, "Rebels shelled Mombasa on Sunday.")
    assert [t for t in targets if t[0] == "Mombasa"], targets
