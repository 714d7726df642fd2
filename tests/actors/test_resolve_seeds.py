"""Actors of the reference articles and of the knowledge base, through the real pipeline (issue 3)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from spacy.language import Language
from tests.coding import mentions_in

from wirewatch.model import Article, Inference, KnownActor, Mention
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_mentions(nlp: Language, seeds_dir: Path) -> list[Mention]:
    records = [json.loads(line) for line in (seeds_dir / "articles.jsonl").read_text().splitlines() if line]
    articles = [
        Article(article_id=r["id"], text=r["text"], published=dt.date.fromisoformat(r["date"]))
        for r in records
    ]
    return [m for coded in code_docs(nlp, articles) for m in coded.mentions]


def _people(mentions: list[Mention], name: str) -> list[Mention]:
    return [m for m in mentions if m.kind == "person" and m.name == name]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Ri Yong-ho", "PRK"),
        ("Bruno Rodriguez", "CUB"),
        ("Sergei Lavrov", "RUS"),
        ("Donald Trump", "USA"),
        ("Barack Obama", "USA"),
        ("Kim Jong Un", "PRK"),
        ("Xi Jinping", "CHN"),
        ("Moon Jae-in", "KOR"),
        ("Bashar al-Assad", "SYR"),
    ],
)
def test_seed_people_resolve(seed_mentions: list[Mention], name: str, country: str) -> None:
    found = _people(seed_mentions, name)
    assert found, name
    assert {m.country for m in found} == {country}, [(m.text, m.country) for m in found]
    if name == "Barack Obama":
        # "former U.S. President Barack Obama" in 2017: out of office, an elite (issue 11, roles in time)
        assert {m.sector for m in found} == {"ELI"}
    elif name != "Kim Jong Un":
        assert {m.sector for m in found} == {"GOV"}


def test_ri_both_spellings_and_surname_are_one_actor(seed_mentions: list[Mention]) -> None:
    texts = {m.text for m in seed_mentions if m.actor_id == "p:ri-yong-ho"}
    assert any("Ri Yong-ho" in t for t in texts) and any("Ri Yong Ho" in t for t in texts)
    assert "Ri" in texts  # "Ri issued the invitation"


def test_moon_jae_in_is_whole_and_in_is_not_a_person(seed_mentions: list[Mention]) -> None:
    moon = _people(seed_mentions, "Moon Jae-in")
    assert any(m.text.endswith("Moon Jae-in") for m in moon)
    assert not [m for m in seed_mentions if m.text == "In"]


def test_analyst_and_journalists_are_not_states(seed_mentions: list[Mention]) -> None:
    for m in seed_mentions:
        if m.name in ("James Brown", "Michael Voss"):
            assert m.sector not in (None, "GOV"), m


def test_the_north_in_a_korean_story(nlp: Language) -> None:
    doc = nlp("North Korea rejected the offer. The North wants to make sure that China stays on its side.")
    north = [m for m in doc._.mentions if m.text == "The North"]
    assert north and north[0].country == "PRK"


@pytest.mark.parametrize(
    ("text", "mention", "country", "kind"),
    [
        ("Georgia accused Russia of moving the border fence.", "Georgia", "GEO", "country"),
        ("Voters in Georgia chose a new senator, United States officials said.", "Georgia", "USA", "place"),
        ("Congo and Gabon signed the deal in Brazzaville.", "Congo", "COG", "country"),
        ("Congo said troops had crossed from Rwanda, officials in Kinshasa said.", "Congo", "COD", "country"),
    ],
)
def test_ambiguous_names_by_context(nlp: Language, text: str, mention: str, country: str, kind: str) -> None:
    found = [m for m in nlp(text)._.mentions if m.text == mention]
    assert found and (found[0].country, found[0].kind) == (country, kind)


def test_learned_actor_recognised_later_without_title(nlp: Language) -> None:
    first = Article(
        article_id="x1",
        text="Estonian Foreign Minister Margus Tsahkna met reporters in Tallinn.",
        published=dt.date(2024, 5, 1),
    )
    learned = next(m for c in code_docs(nlp, [first]) for m in c.mentions if m.kind == "person")
    assert (learned.country, learned.sector) == ("EST", "GOV")
    later = Article(
        article_id="x2", text="Margus Tsahkna said the talks would go on.", published=dt.date(2024, 6, 1)
    )
    without_kb = [m for c in code_docs(nlp, [later]) for m in c.mentions if m.kind == "person"]
    assert all(m.country is None for m in without_kb)  # missed by the NER, or a name with no country
    known = KnownActor(
        learned.actor_id or "", learned.name or "", country="EST", sector="GOV", role="foreign minister"
    )
    with_kb = next(
        m for c in code_docs(nlp, [later], known_actors=[known]) for m in c.mentions if m.kind == "person"
    )
    assert (with_kb.country, with_kb.sector, with_kb.actor_id) == ("EST", "GOV", learned.actor_id)


def test_analyst_record_wins_over_the_article(nlp: Language) -> None:
    text = "Cuban foreign minister Bruno Rodriguez arrived in Hanoi."
    edited = KnownActor("p:bruno-rodriguez", "Bruno Rodriguez", country="CUB", sector="MED", origin="analyst")
    article = Article(article_id="y", text=text, published=dt.date(2020, 1, 1))
    person = next(
        m for c in code_docs(nlp, [article], known_actors=[edited]) for m in c.mentions if m.kind == "person"
    )
    assert person.sector == "MED"


def test_home_grown_groups_take_the_country_of_a_one_country_story(nlp: Language) -> None:
    text = (
        "Thousands marched through Santiago on Sunday. Chile's president promised reforms, "
        "and Chilean lawmakers met in Valparaiso. Police fired tear gas at the crowd."
    )
    police = next(m for m in mentions_in(nlp, text) if m.text == "Police")
    assert police.country == "CHL" and Inference.ARTICLE in police.inferences
    assert police.rule_text().endswith("+article")


def test_a_story_about_two_countries_leaves_them_unknown(nlp: Language) -> None:
    text = (
        "Peru and Chile held talks in Lima. Peru's president met Chile's president. "
        "Police blocked the road to the venue."
    )
    police = next(m for m in mentions_in(nlp, text) if m.text == "Police")
    assert police.country is None
