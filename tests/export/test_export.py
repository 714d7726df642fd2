"""Exports round-trip (issue 6): jsonl reads back into the same events, parquet keeps its schema,
GDELT has 61 columns of the right types with CAMEO codes as zero-padded strings."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.cli import main
from wirewatch.export import export_events, iter_events
from wirewatch.export.gdelt import COLUMNS, FLOAT_COLUMNS, INTEGER_COLUMNS
from wirewatch.export.parquet import SCHEMA
from wirewatch.export.table import CSV_FIELDS, event_from_dict, read_jsonl
from wirewatch.model import ActorRef, Article, CodedArticle, Event, Location, Span, event_id
from wirewatch.store.queries import EventQuery, QueryError, event_dict
from wirewatch.store.sqlite import SqliteStore

TEXT = (
    "Cuban foreign minister Bruno Rodriguez held talks with Ri Yong-ho in Havana. "
    "The United States imposed sanctions on North Korea. "
    "NATO condemned Russia's attack; Russia did not attack Finland."
)


def _ref(text: str, country: str | None, sector: str | None = None, name: str | None = None) -> ActorRef:
    return ActorRef(text, f"{country}:{sector}" if sector else country, name or text, country, sector, None)


def _event(
    article_id: str, trigger: str, plover: str, cameo: str, quad: int, goldstein: float, **kw: object
) -> Event:
    start = TEXT.index(trigger)
    sentence_start = TEXT.rfind(". ", 0, start) + 2 if ". " in TEXT[:start] else 0
    end_of_sentence = TEXT.find(".", start) + 1
    values: dict[str, object] = {
        "event_id": event_id(article_id, sentence_start, start, plover),
        "article_id": article_id,
        "plover": plover,
        "mode": None,
        "cameo": cameo,
        "quad_class": quad,
        "goldstein": goldstein,
        "polarity": "affirmed",
        "modality": "actual",
        "sources": (),
        "targets": (),
        "sentence": TEXT[sentence_start:end_of_sentence],
        "sentence_start": sentence_start,
        "trigger": Span(start, start + len(trigger), trigger),
        "confidence": 0.8,
        "rule": f"{plover.lower()}.test",
        "date": "2017-11-22",
        "date_precision": "day",
    }
    values.update(kw)
    return Event(**values)  # type: ignore[arg-type]


def _coded(article_id: str = "export-1", url: str | None = "https://example.invalid/a") -> CodedArticle:
    havana = Location("Havana", "CUB", 23.1136, -82.3666)
    events = (
        _event(
            article_id,
            "held talks",
            "CONSULT",
            "040",
            1,
            1.0,
            sources=(_ref("Bruno Rodriguez", "CUB", "GOV", "Bruno Rodriguez"),),
            targets=(_ref("Ri Yong-ho", "PRK", "GOV", "Ri Yong-ho"), _ref("DPRK", "PRK")),
            location=havana,
        ),
        _event(
            article_id,
            "imposed sanctions",
            "SANCTION",
            "163",
            4,
            -8.0,
            sources=(_ref("The United States", "USA"),),
            targets=(_ref("North Korea", "PRK"),),
            date="2017-11",
            date_precision="month",
        ),
        _event(
            article_id,
            "condemned",
            "ACCUSE",
            "111",
            3,
            -2.0,
            mode="disapprove",
            sources=(_ref("NATO", "NATO", "IGO", "North Atlantic Treaty Organization"),),
            targets=(_ref("Russia", "RUS"),),
        ),
        _event(
            article_id,
            "attack Finland",
            "ASSAULT",
            "0211",
            4,
            -10.0,
            polarity="negated",
            sources=(_ref("Russia", "RUS"),),
            targets=(_ref("Finland", "FIN"),),
            date=None,
            date_precision=None,
        ),
    )
    article = Article(
        article_id, TEXT, title="Talks", url=url, source="Test", published=dt.date(2017, 11, 22)
    )
    return CodedArticle(article=article, events=events)


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    s = SqliteStore.open(tmp_path / "export.db")
    s.save_coded(_coded())
    s.save_coded(_coded("export-2", url=None))
    return s


ALL = EventQuery(include_all=True, limit=None)


def test_jsonl_reads_back_into_the_same_events(store: SqliteStore, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert export_events(store, ALL, "jsonl", out) == 8
    stored = list(iter_events(store, ALL))
    back = read_jsonl(out)
    assert [e.to_dict() for e in back] == [e.to_dict() for e in stored]
    assert back[0].location == stored[0].location and back[0].sources == stored[0].sources
    assert [event_dict(e) for e in stored] == [e.to_dict() for e in stored]


def test_filters_apply_to_the_export(store: SqliteStore, tmp_path: Path) -> None:
    out = tmp_path / "rus.jsonl"
    assert export_events(store, EventQuery(country="RUS", limit=None), "jsonl", out) == 2  # negated left out
    assert {e.plover for e in read_jsonl(out)} == {"ACCUSE"}
    assert export_events(store, EventQuery(dyad=("PRK", "CUB"), limit=None), "jsonl", out) == 2
    assert export_events(store, EventQuery(include_all=True, limit=3), "jsonl", out) == 3


def test_csv_has_one_flat_row_per_event(store: SqliteStore, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    export_events(store, ALL, "csv", out)
    with out.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 8 and tuple(rows[0]) == CSV_FIELDS
    consult = next(r for r in rows if r["plover"] == "CONSULT")
    assert consult["targets_country"] == "PRK;PRK" and consult["cameo"] == "040"
    assert float(consult["lat"]) == pytest.approx(23.1136) and consult["location"] == "Havana"


def test_parquet_keeps_the_documented_schema_and_the_events(store: SqliteStore, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert export_events(store, ALL, "parquet", out) == 8
    table = pq.read_table(out)
    assert table.schema.equals(SCHEMA)
    rows = table.to_pylist()
    stored = [e.to_dict() for e in iter_events(store, ALL)]
    assert [event_from_dict(r).to_dict() for r in rows] == stored
    empty = tmp_path / "empty.parquet"
    assert export_events(store, EventQuery(country="ZZZ", limit=None), "parquet", empty) == 0
    assert pq.read_table(empty).schema.equals(SCHEMA)


def _gdelt_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as fh:
        lines = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert all(len(line) == 61 for line in lines)
    return [dict(zip(COLUMNS, line, strict=True)) for line in lines]


def test_gdelt_has_61_columns_of_the_right_types(store: SqliteStore, tmp_path: Path) -> None:
    out = tmp_path / "events.gdelt.tsv"
    assert export_events(store, ALL, "gdelt", out) == 8
    assert len(COLUMNS) == 61 and COLUMNS[26:29] == ("EventCode", "EventBaseCode", "EventRootCode")
    rows = _gdelt_rows(out)
    for row in rows:
        for name in INTEGER_COLUMNS:
            assert row[name] == "" or int(row[name]) >= 0, name
        for name in FLOAT_COLUMNS:
            assert row[name] == "" or isinstance(float(row[name]), float), name
    codes = {(r["EventCode"], r["EventBaseCode"], r["EventRootCode"]) for r in rows}
    assert codes == {("040", "040", "04"), ("163", "163", "16"), ("111", "111", "11"), ("0211", "021", "02")}
    consult = next(r for r in rows if r["EventCode"] == "040" and r["SOURCEURL"])
    assert (consult["Day"], consult["MonthYear"], consult["Year"]) == ("20171122", "201711", "2017")
    assert consult["Actor1Code"] == "CUBGOV" and consult["Actor1CountryCode"] == "CUB"
    assert consult["Actor2Name"] == "RI YONG-HO" and consult["QuadClass"] == "1"
    assert consult["ActionGeo_FullName"] == "Havana" and float(consult["ActionGeo_Long"]) < -82
    assert consult["SOURCEURL"] == "https://example.invalid/a" and len(consult["DATEADDED"]) == 14
    month_only = next(r for r in rows if r["EventCode"] == "163")
    assert month_only["Day"] == "" and month_only["Year"] == "2017"  # never invent a day
    nato = next(r for r in rows if r["EventCode"] == "111")
    assert (nato["Actor1Code"], nato["Actor1KnownGroupCode"], nato["Actor1Type1Code"]) == (
        "IGONATO",
        "NATO",
        "IGO",
    )
    assert len({r["GlobalEventID"] for r in rows}) == 8
    assert {r["IsRootEvent"] for r in rows} <= {"0", "1"} and "1" in {r["IsRootEvent"] for r in rows}


def test_gdelt_loads_with_pandas_style_readers(store: SqliteStore, tmp_path: Path) -> None:
    pyarrow_csv = pytest.importorskip("pyarrow.csv")
    out = tmp_path / "events.gdelt.tsv"
    export_events(store, ALL, "gdelt", out)
    table = pyarrow_csv.read_csv(
        out,
        read_options=pyarrow_csv.ReadOptions(column_names=list(COLUMNS)),
        parse_options=pyarrow_csv.ParseOptions(delimiter="\t", quote_char=False),
        convert_options=pyarrow_csv.ConvertOptions(
            column_types={"EventCode": "string", "EventBaseCode": "string", "EventRootCode": "string"}
        ),
    )
    assert table.num_columns == 61 and table.num_rows == 8
    assert "040" in table.column("EventCode").to_pylist()


def test_export_command(store: SqliteStore, tmp_path: Path) -> None:
    store.close()
    out = tmp_path / "cli.jsonl"
    db = str(tmp_path / "export.db")
    assert main(["export", "--db", db, "--format", "jsonl", "-o", str(out), "--country", "prk"]) == 0
    assert {e.plover for e in read_jsonl(out)} == {"CONSULT", "SANCTION"}
    assert (
        main(["export", "--db", db, "--format", "gdelt", "-o", str(out), "--all", "--type", "assault"]) == 0
    )
    assert len(_gdelt_rows(out)) == 2
    with pytest.raises(SystemExit) as usage:  # the filters are checked as arguments (issue 12)
        main(["export", "--db", db, "--format", "csv", "-o", str(out), "--dyad", "PRK"])
    assert usage.value.code == 2


def _with_confidences(store: SqliteStore) -> None:
    """A third article whose four events are 0.3, 0.55, 0.8 and 0.95 confident."""
    coded = _coded("export-3")
    events = tuple(
        replace(e, confidence=c) for e, c in zip(coded.events, (0.3, 0.55, 0.8, 0.95), strict=True)
    )
    store.save_coded(replace(coded, events=events))


def test_min_confidence_applies_to_the_export(store: SqliteStore, tmp_path: Path) -> None:
    """Issue 10: only events at least as confident as asked for are written, in every format."""
    _with_confidences(store)
    out = tmp_path / "sure.jsonl"
    assert export_events(store, replace(ALL, min_confidence=0.8), "jsonl", out) == 10  # 0.8 is kept
    assert all(e.confidence >= 0.8 for e in read_jsonl(out))
    assert export_events(store, replace(ALL, min_confidence=0.9), "csv", out) == 1
    assert export_events(store, replace(ALL, min_confidence=0.0), "gdelt", out) == 12
    with pytest.raises(QueryError, match="0 to 1"):
        export_events(store, replace(ALL, min_confidence=1.5), "jsonl", out)


def test_export_command_takes_min_confidence(
    store: SqliteStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_confidences(store)
    store.close()
    out, db = tmp_path / "cli.jsonl", str(tmp_path / "export.db")
    assert (
        main(["export", "--db", db, "--format", "jsonl", "-o", str(out), "--all", "--min-confidence", "0.5"])
        == 0
    )
    assert sorted(e.confidence for e in read_jsonl(out) if e.article_id == "export-3") == [0.55, 0.8, 0.95]
    for bad in ("1.2", "-0.1", "high"):
        with pytest.raises(SystemExit) as exc:
            main(["export", "--db", db, "--format", "jsonl", "-o", str(out), "--min-confidence", bad])
        assert exc.value.code == 2 and "0 to 1" in capsys.readouterr().err


_names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)
_actors = st.builds(
    ActorRef,
    text=_names,
    actor_id=st.none() | _names,
    name=st.none() | _names,
    country=st.none() | st.sampled_from(["USA", "RUS", "UN"]),
    sector=st.none() | st.sampled_from(["GOV", "MIL", "IGO"]),
    role=st.none() | _names,
)


@settings(max_examples=60, deadline=None)
@given(
    sources=st.lists(_actors, max_size=3),
    targets=st.lists(_actors, max_size=3),
    sentence=_names,
    goldstein=st.none() | st.floats(-10, 10),
    lat=st.none() | st.floats(-90, 90),
)
def test_event_json_round_trips(
    sources: list[ActorRef],
    targets: list[ActorRef],
    sentence: str,
    goldstein: float | None,
    lat: float | None,
) -> None:
    event = Event(
        event_id="e0123456789abcdef",
        article_id="a",
        plover="CONSULT",
        mode=None,
        cameo="040",
        quad_class=1,
        goldstein=goldstein,
        polarity="affirmed",
        modality="actual",
        sources=tuple(sources),
        targets=tuple(targets),
        sentence=sentence,
        sentence_start=0,
        trigger=Span(0, 1, sentence[:1]),
        confidence=0.5,
        rule="r",
        location=Location("Place", None, lat, 10.0) if lat is not None else None,
    )
    assert event_dict(event) == event.to_dict()
    line = json.dumps(event.to_dict(), ensure_ascii=False)
    assert event_from_dict(json.loads(line)) == event


def test_is_root_event_marks_the_lead_paragraph() -> None:
    from wirewatch.export.gdelt import lead_end

    headline = "Talks in Havana"
    lead = (
        "Cuba's foreign minister held talks on Wednesday with his North Korean counterpart "
        "in Havana, officials said."
    )
    rest = "The two countries established relations in 1960."
    text = f"{headline}\n\n{lead}\n\n{rest}"
    end = lead_end(text)
    assert text[:end].endswith("officials said.") and text.index(rest) > end
    assert lead_end("One short paragraph.") == len("One short paragraph.")
