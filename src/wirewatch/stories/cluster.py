"""Which story a new article joins: average-link similarity to each candidate story.

With unit-length article vectors, the mean similarity of an article to a
story's members (average link, as in agglomerative clustering) is the dot
product of the article with the story's summed vector divided by its size, so
one stored sum per story scores it exactly without reading its members. An
article joins the most similar story when that similarity reaches
`JOIN_THRESHOLD` and their dates are compatible; else it starts a story, in
the thread (the group of related stories: two earthquakes, two arrests by
the same police) of the most similar story when that reaches
`THREAD_THRESHOLD`, else in a thread of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wirewatch.stories.text import Vector, dot

# Calibrated by 5-fold cross-validation over ECB+ topics (`wirewatch eval stories` prints the
# per-fold choice and figures): the grid's best join threshold on the training folds was 0.15-0.2
# in every fold, the thread threshold 0.08.
JOIN_THRESHOLD = 0.15
THREAD_THRESHOLD = 0.08
# Two articles published this many days apart report different happenings: a story's articles
# come within days of its first one; what comes weeks later is a new story (in the same thread).
DATE_WINDOW_DAYS = 10


@dataclass(frozen=True)
class Candidate:
    """A stored story as the clusterer needs it."""

    story_id: str
    thread_id: str
    centroid: Mapping[str, float]  # sum of its members' unit vectors
    n_articles: int
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True)
class Placement:
    """Where an article goes: an existing story, or a new story in an existing or new thread."""

    story_id: str | None  # None: start a story
    thread_id: str | None  # None with story_id None: start a thread too
    similarity: float


def dates_compatible(published: str | None, story: Candidate, window: int = DATE_WINDOW_DAYS) -> bool:
    """An undated article, or a story with no dated member, fits any date."""
    if not published or not story.first_date or not story.last_date:
        return True
    day = dt.date.fromisoformat(published[:10])
    first = dt.date.fromisoformat(story.first_date[:10])
    last = dt.date.fromisoformat(story.last_date[:10])
    return first - dt.timedelta(days=window) <= day <= last + dt.timedelta(days=window)


def average_link(vector: Vector, story: Candidate) -> float:
    return dot(vector, story.centroid) / story.n_articles


def place(
    vector: Vector,
    published: str | None,
    candidates: Sequence[Candidate],
    *,
    join: float = JOIN_THRESHOLD,
    thread: float = THREAD_THRESHOLD,
) -> Placement:
    """The story an article joins, or the thread its new story starts in."""
    scored = sorted(
        ((average_link(vector, c), c) for c in candidates), key=lambda sc: (-sc[0], sc[1].story_id)
    )
    for similarity, story in scored:
        if similarity < join:
            break
        if dates_compatible(published, story):
            return Placement(story.story_id, story.thread_id, similarity)
    if scored and scored[0][0] >= thread:
        return Placement(None, scored[0][1].thread_id, scored[0][0])
    return Placement(None, None, scored[0][0] if scored else 0.0)
