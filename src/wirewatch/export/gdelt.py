"""GDELT 2.0 event-table export: 61 tab-separated columns, no header, as GDELT publishes them.

Existing GDELT scripts read it with their usual column list. CAMEO codes are
written as strings with their leading zeros ("040", base "040", root "04").
IsRootEvent is 1 for an event in the article's lead paragraph, as GDELT marks it.
NumMentions, NumSources and NumArticles come from the event's happening (every
report of one real-world event merged, issue 13; 1, 1, 1 for an event that is
no happening, such as a future one); `per="happening"` writes one row per
happening, its representative report's columns with the happening's date,
place, codes and id.
Columns wirewatch has nothing for are left empty: ethnic and religion codes,
tone, the actors' own geography, ADM codes, feature ids, and the geo
country codes and geo types, which GDELT gives as FIPS 10-4 codes and
gazetteer classes that wirewatch's ISO 3166 data cannot supply exactly.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import IO, Any

from wirewatch.model import ActorRef, Event, Happening

ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS: tuple[str, ...] = (
    *("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"),
    *(f"Actor1{f}" for f in ACTOR_FIELDS),
    *(f"Actor2{f}" for f in ACTOR_FIELDS),
    *("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale"),
    *("NumMentions", "NumSources", "NumArticles", "AvgTone"),
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    *("DATEADDED", "SOURCEURL"),
)
# Types as GDELT's own documentation gives them; everything else is a string.
INTEGER_COLUMNS = frozenset(
    {"GlobalEventID", "Day", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions"}
    | {"NumSources", "NumArticles", "DATEADDED"}
)
FLOAT_COLUMNS = frozenset(
    {"FractionDate", "GoldsteinScale", "AvgTone"}
    | {f"{p}Geo_{c}" for p in ("Actor1", "Actor2", "Action") for c in ("Lat", "Long")}
)
# Events are read in chunks this large to look up their articles' URLs.
URL_CHUNK = 500

ArticleLookup = Callable[[list[str]], dict[str, dict[str, Any]]]
HappeningLookup = Callable[[list[str]], dict[str, Happening]]  # event ids -> their happenings
PER = ("event", "happening")


def global_event_id(event_id: str) -> int:
    """GDELT ids are integers: the first 15 hex digits of our id (fits a signed 64-bit column);
    a happening ("h:" + its first event's id) takes its first event's."""
    return int(event_id.removeprefix("h:").lstrip("e")[:15], 16)


def actor_columns(ref: ActorRef | None) -> list[str]:
    """Code, name, country, known group and type columns of one actor (IGOs as GDELT writes them)."""
    if ref is None:
        return [""] * len(ACTOR_FIELDS)
    country, group, sector = ref.country or "", "", ref.sector or ""
    if sector == "IGO":
        country, group = "", ref.country or ""
    code = "IGO" + group if group else country + (sector if sector not in ("", "IGO") else "")
    name = (ref.name or ref.text).upper()
    return [code, name, country, group, "", "", "", sector, "", ""]


def _date_columns(date: str | None) -> list[str]:
    if not date:
        return ["", "", "", ""]
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        year = date[:4] if date[:4].isdigit() else ""
        return ["", "", year, year]
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365.0
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _cameo_columns(cameo: str | None) -> list[str]:
    if not cameo:
        return ["", "", ""]
    return [cameo, cameo[:3], cameo[:2]]


def _date_added(coded_at: str | None) -> str:
    if not coded_at:
        return ""
    return dt.datetime.fromisoformat(coded_at).strftime("%Y%m%d%H%M%S")


def gdelt_row(e: Event, article: dict[str, Any], happening: Happening | None = None) -> list[str]:
    """One event as the 61 GDELT 2.0 columns, every value a string ("" when unknown); with its
    happening, the mention, source and article counts are the happening's."""
    counts = (happening.n_mentions, happening.n_sources, happening.n_articles) if happening else (1, 1, 1)
    loc = e.location
    lat, lon = (_num(loc.lat), _num(loc.lon)) if loc else ("", "")
    action_geo = ["", loc.name if loc else "", "", "", "", lat, lon, ""]
    row = (
        [str(global_event_id(e.event_id)), *_date_columns(e.date)]
        + actor_columns(e.sources[0] if e.sources else None)
        + actor_columns(e.targets[0] if e.targets else None)
        + [_is_root(e, article.get("text"))]
        + _cameo_columns(e.cameo)
        + [_num(e.quad_class), _num(e.goldstein), *(str(n) for n in counts), ""]
        + [""] * (2 * len(GEO_FIELDS))
        + action_geo
        + [_date_added(article.get("coded_at")), article.get("url") or article.get("source") or ""]
    )
    return row


# The lead paragraph is the first with at least this many words: a headline, a dateline or a
# photo credit above it is not the lead.
LEAD_MIN_WORDS = 15


def lead_end(text: str) -> int:
    """Offset where the article's lead paragraph ends (the whole text when it has one paragraph)."""
    start = 0
    for paragraph in text.split("\n\n"):
        end = start + len(paragraph)
        if len(paragraph.split()) >= LEAD_MIN_WORDS:
            return end
        start = end + 2
    return len(text)


def _is_root(e: Event, text: str | None) -> str:
    """GDELT's IsRootEvent: "1" when the event's sentence starts in the lead paragraph."""
    if not text:
        return ""
    return "1" if e.sentence_start < lead_end(text) else "0"


def _num(value: float | None) -> str:
    return "" if value is None else str(value)


def write_gdelt(
    events: Iterable[Event],
    fh: IO[str],
    articles: ArticleLookup,
    happenings: HappeningLookup | None = None,
    per: str = "event",
) -> int:
    """Write events as GDELT rows (`per="happening"`: one row per happening, at its first report
    in `events`); `articles` maps article ids to their url, source and coded_at, `happenings`
    event ids to their happenings."""
    writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    seen: set[str] = set()
    n = 0
    chunk: list[Event] = []
    for event in events:
        chunk.append(event)
        if len(chunk) >= URL_CHUNK:
            n += _write_chunk(writer, chunk, articles, happenings, per, seen)
            chunk = []
    return n + _write_chunk(writer, chunk, articles, happenings, per, seen)


def as_happening(e: Event, h: Happening) -> Event:
    """The event standing for its happening: the happening's id, codes, date and place."""
    return replace(
        e,
        event_id=h.happening_id,
        plover=h.plover,
        cameo=h.cameo,
        quad_class=h.quad_class,
        goldstein=h.goldstein,
        sources=h.sources or e.sources,
        targets=h.targets or e.targets,
        date=h.date,
        date_precision=h.date_precision,  # type: ignore[arg-type]
        location=h.location,
    )


def _write_chunk(
    writer: Any,
    chunk: list[Event],
    articles: ArticleLookup,
    happenings: HappeningLookup | None,
    per: str,
    seen: set[str],
) -> int:
    found = articles(sorted({e.article_id for e in chunk})) if chunk else {}
    of_event = happenings([e.event_id for e in chunk]) if chunk and happenings else {}
    written = 0
    for event in chunk:
        happening = of_event.get(event.event_id)
        if per == "happening" and happening is not None:
            if happening.happening_id in seen:
                continue
            seen.add(happening.happening_id)
            event = as_happening(event, happening)
        writer.writerow([_clean(v) for v in gdelt_row(event, found.get(event.article_id, {}), happening)])
        written += 1
    return written


def _clean(value: str) -> str:
    # Tabs and newlines would break a row; GDELT fields never hold them.
    return " ".join(value.split()) if any(c in value for c in "\t\r\n") else value
