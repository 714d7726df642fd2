"""Small hand-written articles and events for the stories tests (our own words)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from wirewatch.model import ActorRef, Article, CodedArticle, Event, Location, Span
from wirewatch.store.sqlite import SqliteStore
from wirewatch.stories.link import Linker

QUAKE_A = (
    "A strong earthquake shook the mountain town of Kestrel Valley on Tuesday, flattening the old market "
    "hall and cutting the only road to the coast. Rescue teams from the provincial capital dug through the "
    "rubble overnight and pulled eleven people alive from a collapsed school.\n\n"
    "The regional governor, Amara Velden, said the tremor measured 6.4 and that at least 38 people had died. "
    "Aftershocks kept families sleeping outdoors in the cold, and the army flew tents and water purifiers "
    "to a football ground on the edge of town.\n\n"
    "Engineers warned that the dam above Kestrel Valley would be inspected before residents could return."
)
QUAKE_B = (
    "Rescuers in Kestrel Valley kept searching the ruins of the market hall on Wednesday, a day after a 6.4 "
    "earthquake killed at least 38 people in the mountain town. Governor Amara Velden said eleven survivors "
    "had been pulled from the collapsed school and that soldiers had set up tents on the football ground.\n\n"
    "The road to the coast remained blocked by landslides, and engineers were still inspecting the dam above "
    "the town before families could go home."
)
QUAKE_OTHER = (
    "An earthquake struck the fishing port of Marrow Bay on Friday, toppling the lighthouse and damaging "
    "the harbour wall. Mayor Tobias Quill said nine people were injured and that the ferry to the islands "
    "was suspended while divers checked the pier.\n\n"
    "The tremor, measured at 5.1, was felt across the northern coast. Volunteers from the lifeboat station "
    "handed out blankets at the town hall, and the national geology office said small aftershocks could "
    "continue for several days."
)


def article(
    article_id: str,
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    published: dt.date | None = dt.date(2024, 3, 5),
    url: str | None = None,
) -> Article:
    return Article(article_id=article_id, text=text, title=title, source=source, published=published, url=url)


def coded(a: Article, events: tuple[Event, ...] = ()) -> CodedArticle:
    return CodedArticle(article=a, events=tuple(replace(e, article_id=a.article_id) for e in events))


def event(
    event_id: str,
    *,
    plover: str = "CONSULT",
    cameo: str = "040",
    source: str = "KEN",
    target: str = "ETH",
    date: str | None = "2024-03-05",
    precision: str | None = "day",
    place: tuple[str, str] | None = None,
    trigger: str = "met",
    confidence: float = 0.7,
    modality: str = "actual",
) -> Event:
    return Event(
        event_id=event_id,
        article_id="",
        plover=plover,
        mode=None,
        cameo=cameo,
        quad_class=1,
        goldstein=1.0,
        polarity="affirmed",
        modality=modality,  # type: ignore[arg-type]
        sources=(ActorRef(source, None, None, source, "GOV", None),),
        targets=(ActorRef(target, None, None, target, "GOV", None),) if target else (),
        sentence=f"{source} {trigger} {target}.",
        sentence_start=0,
        trigger=Span(4, 4 + len(trigger), trigger),
        confidence=confidence,
        rule="test",
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        location=Location(place[0], place[1], None, None) if place else None,
    )


def open_store(tmp_path: Path) -> SqliteStore:
    return SqliteStore.open(tmp_path / "stories.db")


def save(store: SqliteStore, c: CodedArticle) -> None:
    store.save_coded(c, Linker())
