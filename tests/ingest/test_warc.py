"""Web archives: HTML responses in a WARC become articles; other records are skipped, a
broken record is rejected with its offset and the rest is read (issue 14, item 4)."""

from __future__ import annotations

import html
import io
import json
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirewatch.cli import main
from wirewatch.ingest.readers import RawRecord, read_inputs
from wirewatch.model import Rejection

PAGES = {
    "https://news.example.org/2024/03/ministers-meet": (
        "2024-03-11",
        "Kenya and Ethiopia hold border talks",
        "The foreign ministers of Kenya and Ethiopia met in Nairobi on Monday to discuss the "
        "disputed border. Kenyan President William Ruto said the meeting had been productive.",
    ),
    "https://news.example.org/2024/03/colombo-protest": (
        "2024-03-16",
        "Protesters rally in Colombo",
        "Thousands of protesters rallied against the government in Colombo on Saturday. "
        "Police fired tear gas at the crowd near the president's residence.",
    ),
    "https://news.example.org/2024/03/aid-pledge": (
        "2024-03-20",
        "Germany pledges aid to Sudan",
        "Germany pledged humanitarian aid to Sudan on Wednesday, the German foreign ministry "
        "said in Berlin. The money will pay for food and medicine in Darfur.",
    ),
}
CRAWLED = "2024-04-02T10:00:00Z"


def _html(title: str, published: str, text: str) -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="{published}T08:00:00Z"></head>'
        f"<body><article><h1>{title}</h1><p>{text}</p>"
        "<p>Officials were expected to meet again later in the month to continue the talks "
        "and agree on the next steps.</p></article></body></html>"
    )


def _warc(gzip: bool) -> bytes:
    """A WARC with a request, every page as an HTML response, and an image response."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    date = {"WARC-Date": CRAWLED}
    first = next(iter(PAGES))
    request = StatusAndHeaders(
        "GET /2024/03/ministers-meet HTTP/1.1", [("Host", "news.example.org")], is_http_request=True
    )
    writer.write_record(
        writer.create_warc_record(first, "request", http_headers=request, warc_headers_dict=date)
    )
    for url, (published, title, text) in PAGES.items():
        body = _html(title, published, text).encode()
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict=date
            )
        )
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://news.example.org/logo.png",
            "response",
            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
            http_headers=image,
            warc_headers_dict=date,
        )
    )
    return out.getvalue()


def _read(path: Path) -> list[RawRecord | Rejection]:
    return list(read_inputs([str(path)], max_chars=20_000))


@pytest.mark.parametrize("gzip", [False, True])
def test_html_responses_become_records_and_the_rest_is_skipped(
    tmp_path: Path, gzip: bool, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(_warc(gzip))
    with caplog.at_level("INFO", logger="wirewatch.ingest.warc"):
        items = _read(path)
    assert all(isinstance(i, RawRecord) for i in items), items
    records = [i for i in items if isinstance(i, RawRecord)]
    assert [r.url for r in records] == list(PAGES)
    assert {r.crawled for r in records} == {CRAWLED}
    assert all(r.kind == "html" and r.origin.startswith(f"{path} @ offset ") for r in records)
    assert len({r.record_id for r in records}) == 3
    assert [getattr(r, "record_id", None) for r in _read(path)] == [r.record_id for r in records]  # stable
    assert "2 WARC records skipped" in caplog.text
    assert "1 request" in caplog.text and "1 response (image/png)" in caplog.text


def _gzip_members(data: bytes) -> list[int]:
    """Start offsets of the gzip members (one per record in a gzipped WARC), found by
    decompressing each to its end: the magic bytes can also occur inside compressed data."""
    starts, at = [], 0
    while at < len(data):
        starts.append(at)
        member = zlib.decompressobj(wbits=31)
        member.decompress(data[at:])
        at = len(data) - len(member.unused_data)
    return starts


def test_a_broken_record_is_rejected_with_its_offset_and_the_rest_is_read(tmp_path: Path) -> None:
    data = bytearray(_warc(gzip=True))
    starts = _gzip_members(bytes(data))
    assert len(starts) == 5  # request, three pages, image
    broken = starts[2]  # the second page
    assert data[broken + 3] == 0  # no optional gzip header fields: the deflate data starts at +10
    # A first deflate byte of 0xff declares a reserved block type, so this member fails to
    # decompress on every run (bytes flipped at random inside the stream sometimes decode).
    data[broken + 10 : broken + 50] = b"\xff" * 40
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(bytes(data))
    items = _read(path)
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert len(rejections) == 1, items
    assert rejections[0].origin == f"{path} @ offset {broken}"
    assert rejections[0].message.startswith(f"{path} @ offset {broken}: ")
    urls = [i.url for i in items if isinstance(i, RawRecord)]
    first, _second, third = PAGES
    assert urls == [first, third]


def _events(db: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    fields = ("date", "plover", "cameo", "sentence", "trigger", "sources", "targets")
    return sorted(json.dumps([r[f] for f in fields], sort_keys=True) for r in rows)


@pytest.mark.slow
def test_warc_codes_to_the_same_events_as_the_html_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for number, (published, title, text) in enumerate(PAGES.values()):
        (folder / f"page{number}.html").write_text(_html(title, published, text))
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(_warc(gzip=True))
    assert main(["code", str(folder), "--db", str(tmp_path / "html.db"), "--quiet"]) == 0
    assert main(["code", str(warc), "--db", str(tmp_path / "warc.db"), "--quiet"]) == 0
    from_html = _events(tmp_path / "html.db", capsys)
    assert from_html, "the pages must code to events"
    assert _events(tmp_path / "warc.db", capsys) == from_html
    assert main(["articles", "--db", str(tmp_path / "warc.db"), "--format", "jsonl"]) == 0
    articles = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert {(a["url"], a["published"]) for a in articles} == {(u, p[0]) for u, p in PAGES.items()}


def test_a_broken_header_in_an_uncompressed_warc_is_rejected_and_the_rest_is_read(tmp_path: Path) -> None:
    data = bytearray(_warc(gzip=False))
    starts = [at for at in range(len(data)) if data.startswith(b"WARC/1.0\r\n", at)]
    broken = starts[2]  # the second page
    data[broken : broken + 4] = b"XXXX"
    path = tmp_path / "crawl.warc"
    path.write_bytes(bytes(data))
    items = _read(path)
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert [r.origin for r in rejections] == [f"{path} @ offset {broken}"]
    first, _second, third = PAGES
    assert [i.url for i in items if isinstance(i, RawRecord)] == [first, third]


def test_a_warc_on_standard_input_is_read_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    for gzip in (False, True):
        stdin = io.TextIOWrapper(io.BytesIO(_warc(gzip)))
        monkeypatch.setattr("sys.stdin", stdin)
        items = list(read_inputs(["-"], max_chars=20_000))
        assert [i.url for i in items if isinstance(i, RawRecord)] == list(PAGES), gzip
        assert all(isinstance(i, RawRecord) and i.origin.startswith("- @ offset ") for i in items)


def test_skipped_records_are_counted_for_the_summary() -> None:
    from collections import Counter

    from wirewatch.ingest.warc import counting_skipped, read_warc

    counter: Counter[str] = Counter()
    with counting_skipped(counter):
        records = list(read_warc(_warc(True), origin="crawl", max_chars=20_000))
    assert len(records) == 3
    assert counter == Counter({"request": 1, "response (image/png)": 1})
    list(read_warc(_warc(True), origin="crawl", max_chars=20_000))  # outside: counted nowhere
    assert counter.total() == 2


# --- the bundled sample corpus as a web archive (issue 14's bar) -------------------------------

SAMPLE = Path(__file__).parents[2] / "src" / "wirewatch" / "data" / "sample" / "articles.jsonl"
SAMPLE_CRAWLED = "2024-05-06T07:08:09Z"


def _sample_page(article: dict[str, str]) -> str:
    """A sample article as a news site would serve it: title, date, canonical URL, paragraphs."""
    paragraphs = "".join(
        f"<p>{html.escape(p.strip())}</p>" for p in article["text"].split("\n\n") if p.strip()
    )
    title = html.escape(article["title"])
    date = article.get("date")  # two sample articles have none: their date comes from the text
    meta = f'<meta property="article:published_time" content="{date}T06:00:00Z">' if date else ""
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<link rel="canonical" href="{article["url"]}">{meta}</head>'
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright Sample Desk</footer></body></html>"
    )


def _sample_warc(articles: list[dict[str, str]], broken_after: int) -> tuple[bytes, int]:
    """Every sample page as a gzipped HTML response, and a broken record (a gzip member whose
    bytes are damaged) after the `broken_after`-th page; returns the archive and its offset."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    broken_at = -1
    for number, article in enumerate(articles):
        if number == broken_after:
            broken_at = out.tell()
            spoiled = io.BytesIO()
            spoiler = WARCWriter(spoiled, gzip=True)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            spoiler.write_record(
                spoiler.create_warc_record(
                    "https://sample.wirewatch.invalid/spoiled",
                    "response",
                    payload=io.BytesIO(b"<html><body><p>" + b"lost words " * 200 + b"</p></body></html>"),
                    http_headers=headers,
                )
            )
            member = bytearray(spoiled.getvalue())
            member[len(member) // 2 : len(member) // 2 + 32] = b"\x00" * 32
            out.write(bytes(member))
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                article["url"],
                "response",
                payload=io.BytesIO(_sample_page(article).encode()),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": SAMPLE_CRAWLED},
            )
        )
    return out.getvalue(), broken_at


@pytest.mark.slow
def test_the_sample_corpus_as_a_warc_codes_to_the_same_events_as_its_html_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    articles = [json.loads(line) for line in SAMPLE.read_text().splitlines() if line.strip()]
    assert len(articles) >= 30
    folder = tmp_path / "pages"
    folder.mkdir()
    for number, article in enumerate(articles):
        (folder / f"{number:03d}.html").write_text(_sample_page(article))
    data, broken_at = _sample_warc(articles, broken_after=len(articles) // 2)
    warc = tmp_path / "sample.warc.gz"
    warc.write_bytes(data)

    assert main(["code", str(folder), "--db", str(tmp_path / "html.db"), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["code", str(warc), "--db", str(tmp_path / "warc.db")]) == 3  # one rejection
    summary = capsys.readouterr().err
    assert f"{len(articles)} coded, 1 rejected" in summary
    assert f"{warc} @ offset {broken_at}: broken WARC record" in summary

    from_html = _events(tmp_path / "html.db", capsys)
    assert len(from_html) > len(articles), "the sample must code to events"
    assert _events(tmp_path / "warc.db", capsys) == from_html
    with sqlite3.connect(tmp_path / "warc.db") as conn:
        rows = conn.execute("SELECT url, published, crawled, status, origin FROM articles").fetchall()
    with sqlite3.connect(tmp_path / "html.db") as conn:
        pages = set(conn.execute("SELECT url, published FROM articles WHERE status = 'coded'"))
    assert {(u, p) for u, p, _, s, _ in rows if s == "coded"} == pages
    assert {u for u, _ in pages} == {a["url"] for a in articles}
    assert {c for _, _, c, s, _ in rows if s == "coded"} == {SAMPLE_CRAWLED}
    assert [o for *_, s, o in rows if s == "rejected"] == [f"{warc} @ offset {broken_at}"]


def test_the_code_summary_counts_the_records_that_are_not_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages are given as coded already: only the request and the image are left to count."""
    from wirewatch.store.sqlite import SqliteStore

    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(_warc(gzip=True))
    db = tmp_path / "w.db"
    ids = {r.record_id for r in _read(warc) if isinstance(r, RawRecord)}
    monkeypatch.setattr(SqliteStore, "coded_ids", lambda self: set(ids))
    assert main(["code", str(warc), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "3 already coded" in err
    assert "skipped 2 web-archive records, not articles (1 request, 1 response (image/png))" in err
