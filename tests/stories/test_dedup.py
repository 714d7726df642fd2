"""Near-duplicate articles on ingest (issue 13, item 1): a real SQLite file."""

from __future__ import annotations

from pathlib import Path

from tests.stories.helpers import QUAKE_A, QUAKE_B, QUAKE_OTHER, article, coded, open_store, save
from wirewatch.stories.sketch import shingles, sketch


def test_identical_text_is_similarity_one() -> None:
    assert sketch(QUAKE_A).similarity(sketch(QUAKE_A)) == 1.0


def test_unrelated_reports_are_far_apart() -> None:
    assert sketch(QUAKE_A).similarity(sketch(QUAKE_OTHER)) < 0.1
    assert sketch(QUAKE_A).similarity(sketch(QUAKE_B)) < 0.3  # same happening, own words: no copy


def test_short_text_has_one_shingle() -> None:
    assert shingles("Quake hits town") == {b"quake hits town"}


def test_wire_copy_with_new_headline_points_at_the_original(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        save(
            store, coded(article("a1", QUAKE_A, title="Quake kills 38 in Kestrel Valley", source="desk one"))
        )
        save(store, coded(article("a2", QUAKE_A, title="Dozens dead as tremor hits town", source="desk two")))
        row = store.article("a2")
        assert row is not None
        assert row["duplicate_of"] == "a1"
        assert row["duplicate_similarity"] == 1.0
        assert store.article("a1")["duplicate_of"] is None  # type: ignore[index]


def test_update_with_added_paragraphs_is_a_copy(tmp_path: Path) -> None:
    update = QUAKE_A + (
        "\n\nLate on Tuesday the national government declared three days of mourning. Hospitals in the "
        "capital said they had room for the injured flown out by helicopter.\n\nThe governor asked for "
        "blood donors of every group to come to the provincial hospital."
    )
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A)))
        save(store, coded(article("a2", update)))
        row = store.article("a2")
        assert row is not None and row["duplicate_of"] == "a1"
        assert 0.6 <= row["duplicate_similarity"] < 1.0


def test_copy_of_a_copy_points_at_the_first(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        for i in range(3):
            save(store, coded(article(f"a{i}", QUAKE_A)))
        assert store.article("a2")["duplicate_of"] == "a0"  # type: ignore[index]


def test_own_reports_are_not_copies(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A)))
        save(store, coded(article("a2", QUAKE_B)))
        save(store, coded(article("a3", QUAKE_OTHER)))
        assert [store.article(i)["duplicate_of"] for i in ("a2", "a3")] == [None, None]  # type: ignore[index]


def test_recoding_keeps_one_sketch_and_the_link(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A)))
        save(store, coded(article("a2", QUAKE_A)))
        save(store, coded(article("a2", QUAKE_A)))  # re-coded
        n = store.conn.execute("SELECT COUNT(*) FROM sketch_bands WHERE article_id = 'a2'").fetchone()[0]
        assert n == 16
        assert store.article("a2")["duplicate_of"] == "a1"  # type: ignore[index]
        save(store, coded(article("a1", QUAKE_A)))  # the original re-coded: a2 stays its copy
        assert store.article("a1")["duplicate_of"] is None  # type: ignore[index]
