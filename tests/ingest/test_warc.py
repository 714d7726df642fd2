"""Web archives: HTML responses in a WARC become articles; other records are skipped, a
broken record is rejected with its offset and the rest is read (issue 14, item 4)."""

from __future__ import annotations

import io
import json
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
    """Start offsets of the gzip members (one per record in a gzipped WARC)."""
    starts, at = [], 0
    while at < len(data):
        starts.append(at)
        at = data.find(b"\x1f\x8b\x08", at + 1)
        if at < 0:
            break
    return starts


def test_a_broken_record_is_rejected_with_its_offset_and_the_rest_is_read(tmp_path: Path) -> None:
    data = bytearray(_warc(gzip=True))
    starts = _gzip_members(bytes(data))
    assert len(starts) == 5  # request, three pages, image
    broken = starts[2]  # the second page
    middle = (starts[2] + starts[3]) // 2
    data[middle : middle + 40] = b"\xff" * 40
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


def _events(db: Path, capsys: pytest.CaptureFixture[str]) -> list[tuple[object, ...]]:
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    return sorted(
        (
            r["date"],
            r["plover"],
            r["cameo"],
            r["sentence"],
            r["trigger"],
            json.dumps(r["sources"]),
            json.dumps(r["targets"]),
        )
        for r in rows
    )


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
