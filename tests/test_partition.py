"""How a batch is split among the pool's workers (pipeline.partition)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirewatch.model import Article
from wirewatch.pipeline import CHUNK_SIZE, partition


def _articles(n: int) -> list[Article]:
    return [
        Article(article_id=f"a{i}", origin=f"o{i}", text="Text.", published=dt.date(2024, 1, 1))
        for i in range(n)
    ]


@pytest.mark.parametrize(("n", "workers"), [(0, 2), (1, 2), (7, 2), (256, 2), (966, 2), (100, 4), (50, 1)])
def test_chunks_keep_the_order_and_shrink_towards_the_end(n: int, workers: int) -> None:
    batch = _articles(n)
    chunks = partition(batch, workers)
    assert [a for c in chunks for a in c] == batch
    sizes = [len(c) for c in chunks]
    assert all(1 <= s <= CHUNK_SIZE for s in sizes)
    assert sizes == sorted(sizes, reverse=True)


def test_the_last_chunks_are_small_enough_for_the_workers_to_finish_together() -> None:
    sizes = [len(c) for c in partition(_articles(256), 2)]
    assert sizes[0] == CHUNK_SIZE and sizes[-1] == 1
    assert sum(sizes[-4:]) < CHUNK_SIZE  # the last chunk of each of two workers, twice over
