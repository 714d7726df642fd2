"""The knowledge base in SQLite: seeding, learning, analyst edits and merges (issue 3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from wirewatch.errors import KnowledgeBaseError
from wirewatch.model import Article, CodedArticle, Inference, KnownActor, Mention, RoleSpan
from wirewatch.store.actors import (
    ActorEdit,
    edit_actor,
    get_actor,
    list_actors,
    load_known_actors,
    merge_actors,
    seed_actors,
)
from wirewatch.store.base import open_store
from wirewatch.store.sqlite import SqliteStore

COUNTRIES = {"PRK", "KOR", "CUB", "USA", "UN"}
SECTORS = {"GOV", "MIL", "MED", "EDU"}
RI = KnownActor(
    "p:ri-yong-ho",
    "Ri Yong-ho",
    aliases=("Ri Yong Ho",),
    country="PRK",
    sector="GOV",
    role="foreign minister",
    first_seen="2016-05-02",
    last_seen="2020-01-18",
    origin="curated",
    roles=(RoleSpan("foreign minister", "PRK", "GOV", "2016-05-02", "2020-01-18"),),
)


@pytest.fixture
def store(engine_db: str | Path) -> Iterator[SqliteStore]:
    """On SQLite, then on PostgreSQL (tests/conftest.py `engine_db`)."""
    s = open_store(engine_db)
    seed_actors(s, [RI])
    yield s
    s.close()


def _coded(article_id: str, published: dt.date, mentions: list[Mention]) -> CodedArticle:
    text = " ".join(m.text for m in mentions) + " spoke."
    article = Article(article_id=article_id, text=text, published=published)
    return CodedArticle(article=article, mentions=tuple(mentions))


def _person(text: str, actor_id: str, country: str | None, sector: str | None, role: str | None) -> Mention:
    return Mention(0, len(text), text, "person", country, sector, text, role, actor_id, "person")


def test_seeding_is_idempotent(store: SqliteStore) -> None:
    assert seed_actors(store, [RI]) == 0
    actor = get_actor(store, "p:ri-yong-ho")
    assert actor.origin == "curated" and actor.aliases == ("Ri Yong Ho",)
    assert [r.role for r in actor.roles] == ["foreign minister"]


def test_learning_extends_dates_and_names(store: SqliteStore) -> None:
    mention = _person("Choe Son Hui", "p:choe-son-hui", "PRK", "GOV", "foreign minister")
    store.save_coded(_coded("a1", dt.date(2023, 3, 1), [mention]))
    store.save_coded(_coded("a2", dt.date(2023, 9, 9), [mention]))
    choe = get_actor(store, "p:choe-son-hui")
    assert (choe.first_seen, choe.last_seen, choe.origin) == ("2023-03-01", "2023-09-09", "learned")
    assert [(r.role, r.first_seen, r.last_seen) for r in choe.roles] == [
        ("foreign minister", "2023-03-01", "2023-09-09")
    ]
    assert "p:choe-son-hui" in {a.actor_id for a in load_known_actors(store)}


def test_analyst_edit_survives_recoding(store: SqliteStore) -> None:
    wrong = _person("Lena Park", "p:lena-park", "PRK", "GOV", "minister")
    store.save_coded(_coded("a1", dt.date(2020, 1, 1), [wrong]))
    edit_actor(
        store, "p:lena-park", ActorEdit(country="KOR", sector="MED"), countries=COUNTRIES, sectors=SECTORS
    )
    store.save_coded(_coded("a1", dt.date(2020, 1, 1), [wrong]))  # re-coded, same learned values
    actor = get_actor(store, "p:lena-park")
    assert (actor.country, actor.sector, actor.origin) == ("KOR", "MED", "analyst")


def test_rename_keeps_the_old_name_as_alias(store: SqliteStore) -> None:
    actor = edit_actor(
        store, "p:ri-yong-ho", ActorEdit(name="Ri Yong Ho"), countries=COUNTRIES, sectors=SECTORS
    )
    assert actor.name == "Ri Yong Ho" and "Ri Yong-ho" in actor.aliases
    actor = edit_actor(
        store, "p:ri-yong-ho", ActorEdit(name="Foreign Minister Ri"), countries=COUNTRIES, sectors=SECTORS
    )
    assert "Ri Yong Ho" in actor.aliases


@pytest.mark.parametrize(
    ("actor_id", "edit", "message"),
    [
        ("p:nobody", ActorEdit(country="KOR"), "no actor"),
        ("p:ri-yong-ho", ActorEdit(country="XYZ"), "not a known country"),
        ("p:ri-yong-ho", ActorEdit(sector="ZZZ"), "not a known sector"),
        ("p:ri-yong-ho", ActorEdit(), "nothing to change"),
    ],
)
def test_bad_edits_change_nothing(store: SqliteStore, actor_id: str, edit: ActorEdit, message: str) -> None:
    before = list_actors(store)
    with pytest.raises(KnowledgeBaseError, match=message):
        edit_actor(store, actor_id, edit, countries=COUNTRIES, sectors=SECTORS)
    assert list_actors(store) == before


def test_merge_folds_names_dates_and_mentions(store: SqliteStore) -> None:
    variant = _person("Ri Yongho", "p:ri-yongho", "PRK", "GOV", "foreign minister")
    store.save_coded(_coded("a9", dt.date(2021, 5, 5), [variant]))
    merged = merge_actors(store, "p:ri-yong-ho", "p:ri-yongho")
    assert "Ri Yongho" in merged.aliases and merged.last_seen == "2021-05-05"
    assert merged.origin == "analyst"
    assert {m.actor_id for m in store.mentions("a9")} == {"p:ri-yong-ho"}
    with pytest.raises(KnowledgeBaseError, match="no actor"):
        get_actor(store, "p:ri-yongho")


@pytest.mark.parametrize(
    ("keep", "drop", "message"),
    [
        ("p:ri-yong-ho", "p:ri-yong-ho", "itself"),
        ("p:ri-yong-ho", "p:nobody", "no actor"),
        ("p:ri-yong-ho", "p:moon", "PRK and p:moon is KOR"),
    ],
)
def test_conflicting_merges_change_nothing(store: SqliteStore, keep: str, drop: str, message: str) -> None:
    store.save_coded(
        _coded("m1", dt.date(2019, 1, 1), [_person("Moon Jae-in", "p:moon", "KOR", "GOV", None)])
    )
    before = list_actors(store)
    with pytest.raises(KnowledgeBaseError, match=message):
        merge_actors(store, keep, drop)
    assert list_actors(store) == before


def _headline_coded(text: str, mention: Mention) -> CodedArticle:
    article = Article(article_id="h1", text=text, published=dt.date(2021, 5, 1))
    return CodedArticle(article=article, mentions=(mention,))


def test_only_names_of_the_body_text_are_learned(store: SqliteStore) -> None:
    """Issue 11: a headline's words and common words are never learned as a person."""
    headline = "Merkel Warns Putin\n\nThe chancellor spoke in Berlin."
    store.save_coded(_headline_coded(headline, _person("Merkel Warns", "p:merkel-warns", "DEU", "GOV", None)))
    title = "Leaders Meet In Paris\n\nThe talks began."
    store.save_coded(_headline_coded(title, _person("Leaders Meet", "p:leaders-meet", None, None, None)))
    one_word = "Douma was shelled again, residents said."
    store.save_coded(_headline_coded(one_word, _person("Douma", "p:douma", None, None, None)))
    fire = "State Fire Marshall Dan Smith said the blaze began in the kitchen."
    store.save_coded(_headline_coded(fire, _person("Fire Marshall", "p:fire-marshall", "USA", None, None)))
    ids = {a.actor_id for a in list_actors(store)}
    assert not ids & {"p:merkel-warns", "p:leaders-meet", "p:douma", "p:fire-marshall"}
    body = "Foreign Minister Choe Son Hui arrived in Havana."
    choe = Mention(
        17, 29, "Choe Son Hui", "person", "PRK", "GOV", "Choe Son Hui", "foreign minister", "p:choe", "person"
    )
    store.save_coded(_headline_coded(body, choe))
    assert "p:choe" in {a.actor_id for a in list_actors(store)}


def test_a_role_lent_by_the_knowledge_base_is_not_learned_again(store: SqliteStore) -> None:
    """Issue 11: only a role the article states is seen; a curated term is not widened by echoes."""
    ri = Mention(
        0, 2, "Ri", "person", "PRK", "GOV", "Ri Yong-ho", "foreign minister", "p:ri-yong-ho", "person"
    )
    echo = replace(ri, inferences=Inference.KNOWN)
    store.save_coded(_coded("e1", dt.date(2023, 3, 1), [echo]))
    spans = get_actor(store, "p:ri-yong-ho").roles
    assert [(s.first_seen, s.last_seen) for s in spans] == [("2016-05-02", "2020-01-18")]


def test_a_person_given_the_storys_country_is_not_learned(store: SqliteStore) -> None:
    """Issue 10, item 8: the knowledge base learns what articles state, so a mention given a
    one-country story's country (`Inference.ARTICLE`, "+article") teaches it nothing; decided on
    the typed field, and the rule column still says "person+article"."""
    stated = _person("Lena Park", "p:lena-park", "KOR", "GOV", "interior minister")
    lent = replace(stated, inferences=Inference.ARTICLE)
    store.save_coded(_coded("a1", dt.date(2023, 3, 1), [lent]))
    assert "p:lena-park" not in {a.actor_id for a in list_actors(store)}
    assert store.conn.execute("SELECT rule FROM mentions WHERE article_id = 'a1'").fetchone()[0] == (
        "person+article"
    )
    assert store.mentions("a1") == [lent]
    store.save_coded(_coded("a2", dt.date(2023, 3, 2), [stated]))
    park = get_actor(store, "p:lena-park")
    assert [(r.role, r.first_seen) for r in park.roles] == [("interior minister", "2023-03-02")]
