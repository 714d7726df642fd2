"""Stories (issue 13, item 3): incremental grouping, two similar happenings kept apart."""

from __future__ import annotations

from pathlib import Path

from tests.stories.helpers import QUAKE_A, QUAKE_B, QUAKE_OTHER, article, coded, open_store, save
from wirewatch.store.sqlite import SqliteStore
from wirewatch.store.stories import get_story, list_stories, story_of_article
from wirewatch.stories.cluster import Candidate, dates_compatible, place, split, topic_vector
from wirewatch.stories.text import article_terms, normalise


def test_names_and_years_are_marked() -> None:
    terms = article_terms(None, "Rescuers reached Kestrel Valley in 2024. Rescuers said more.")
    assert terms["@kestrel"] == 1 and terms["#2024"] == 1 and terms["rescuer"] == 2
    assert "@rescuer" not in terms  # a capital at a sentence start is no name


def test_topic_vector_leaves_out_names_and_years() -> None:
    assert set(topic_vector({"quake": 1.0, "@velden": 3.0, "#2024": 2.0})) == {"quake"}


def test_an_article_joins_the_closest_story_with_compatible_dates() -> None:
    v = normalise({"quake": 1.0, "valley": 1.0})
    near = Candidate("s:1", "s:1", {"quake": 0.7, "valley": 0.7}, 1, "2024-03-01", "2024-03-02")
    later = Candidate("s:2", "s:2", {"quake": 1.4, "valley": 1.4}, 2, "2024-06-01", "2024-06-02")
    assert place(v, "2024-03-03", [near, later]).story_id == "s:1"  # s:2 is closer but months away
    assert place(v, "2024-06-03", [near, later]).story_id == "s:2"
    assert place(v, "2024-03-03", []).story_id is None
    assert dates_compatible(None, later)


def test_split_separates_groups_that_stand_apart() -> None:
    a = [(f"a{i}", normalise({"quake": 1.0, "@kestrel": 2.0, "dam": 1.0, f"x{i}": 0.5})) for i in range(4)]
    b = [(f"b{i}", normalise({"quake": 1.0, "@marrow": 2.0, "ferry": 1.0, f"y{i}": 0.5})) for i in range(3)]
    parts = split(a + b, threshold=0.25, min_part=3)
    assert sorted(map(sorted, parts)) == [["a0", "a1", "a2", "a3"], ["b0", "b1", "b2"]]
    assert split(a + b[:2], threshold=0.25, min_part=3) == [[m for m, _ in a + b[:2]]]  # too small to stand


def test_two_earthquakes_are_two_stories(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A, title="Quake in Kestrel Valley")))
        save(store, coded(article("a2", QUAKE_B, title="Search goes on in Kestrel Valley")))
        save(store, coded(article("a3", QUAKE_OTHER, title="Quake topples Marrow Bay lighthouse")))
        one, other = story_of_article(store, "a2"), story_of_article(store, "a3")
        assert one is not None and other is not None
        assert one.story_id == "s:a1" and one.article_ids == ("a1", "a2") and one.n_articles == 2
        assert other.story_id == "s:a3"
        assert {s.story_id for s in list_stories(store)} == {"s:a1", "s:a3"}


def test_recoding_moves_an_article_out_of_its_story(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A)))
        save(store, coded(article("a2", QUAKE_B)))
        save(store, coded(article("a2", QUAKE_OTHER)))  # re-coded with other text
        first = get_story(store, "s:a1")
        assert first is not None and first.article_ids == ("a1",) and first.n_articles == 1
        moved = story_of_article(store, "a2")
        assert moved is not None and moved.story_id == "s:a2"
        df = dict(store.conn.execute("SELECT term, df FROM story_term_df WHERE term IN ('', 'lighthouse')"))
        assert df == {"": 2, "lighthouse": 1}


def test_top_actors_are_resolved_actors_counted_once(tmp_path: Path) -> None:
    from dataclasses import replace

    from wirewatch.model import Mention

    a = article("t1", QUAKE_A, title="Quake")
    mentions = (
        Mention(0, 5, "Kenya", "country", "KEN", name="Kenya"),
        Mention(10, 15, "Kenyan", "country", "KEN", name="Kenya"),
        Mention(20, 29, "the army", "group", "KEN", sector="MIL"),  # no name: stands for Kenya
        Mention(30, 42, "Amara Velden", "person", "KEN", name="Amara Velden"),
        Mention(50, 56, "Velden", "person", "KEN", name="Amara Velden"),
        Mention(60, 62, "UN", "igo", "UN", name="United Nations"),
        Mention(70, 77, "Kestrel", "place", "KEN", name="Kestrel"),  # a place: not an actor
        Mention(80, 87, "Kestrel", "place", "KEN", name="Kestrel"),
    )
    with open_store(tmp_path) as store:
        save(store, replace(coded(a), mentions=mentions))
        story = story_of_article(store, "t1")
        assert story is not None
        rows = [(x.name, x.code, x.kind, x.mentions) for x in story.top_actors]
    assert rows == [
        ("Kenya", "KEN", "country", 3),
        ("Amara Velden", "KEN", "person", 2),
        ("United Nations", "UN", "igo", 1),
    ]
    assert len({(name, code) for name, code, _, _ in rows}) == len(rows)


def test_lead_terms_are_the_headline_names_and_numbers() -> None:
    terms = article_terms(
        "Navy holds 23 raiders off Kestrel Point", "Navy holds 23 raiders. Later Velden spoke."
    )
    assert {t for t in terms if t.startswith("^")} == {"^navy", "^23", "^kestrel", "^point"}
    assert "^velden" not in terms  # past the headline


def test_stories_of_one_happening_that_started_apart_merge(tmp_path: Path) -> None:
    from wirewatch.stories.link import Linker

    bridge = QUAKE_A.split("\n\n")[1] + "\n\n" + QUAKE_B.split("\n\n")[0]  # a rewrite, no copy
    first = [
        article("a1", QUAKE_A, title="Quake kills 38 in Kestrel Valley"),
        article("a2", QUAKE_B, title="Kestrel Valley quake: 38 dead"),
        article("a3", QUAKE_OTHER, title="Quake topples Marrow Bay lighthouse"),
    ]
    apart = Linker(join=2.0, merge=2.0)  # nothing joins, nothing merges: every article a story
    for name, third, merged in (("merges.db", Linker(), True), ("apart.db", Linker(lead=1.01), False)):
        with SqliteStore.open(tmp_path / name) as store:
            for a in first:
                store.save_coded(coded(a), apart)
            assert len(list_stories(store)) == 3
            # a third report of the Kestrel Valley quake joins one of its two stories; they merge
            # unless their leads (names and numbers up front) are required to agree beyond reach
            store.save_coded(coded(article("a4", bridge, title="Kestrel Valley counts 38 dead")), third)
            kestrel = story_of_article(store, "a4")
            assert kestrel is not None
            assert set(kestrel.article_ids) == ({"a1", "a2", "a4"} if merged else {"a2", "a4"})
            marrow = story_of_article(store, "a3")
            assert marrow is not None and marrow.article_ids == ("a3",)
            assert len(list_stories(store)) == (2 if merged else 3)
