"""Tests of wirewatch.ingest.html on small hand-written pages."""

from __future__ import annotations

import datetime
import socket

import pytest

from wirewatch.errors import ExtractionError
from wirewatch.ingest.html import HtmlExtract, extract_html

PARAGRAPHS = [
    "The city council of Lakeford voted on Tuesday to close the old river bridge "
    "after inspectors found deep cracks in two of its supporting piers, officials said.",
    "Mayor Ellen Brandt told reporters that the closure would last at least six months "
    "while engineers decide whether the structure can be repaired or must be replaced.",
    "Commuters will be diverted to the northern ring road, which the transport department "
    "expects to carry an extra twelve thousand vehicles a day during the works.",
    "Opposition councillors criticised the decision, arguing that the inspection reports "
    "had warned of the damage for more than three years without any action being taken.",
]
TITLE = "Lakeford closes river bridge after cracks found"


def _page(body: str, *, head: str = "") -> str:
    return (
        "<!DOCTYPE html><html><head>"
        f"<title>{TITLE} | Lakeford Gazette</title>"
        f'<meta property="og:title" content="{TITLE}">'
        f"{head}</head><body>{body}</body></html>"
    )


def _article_paragraphs(paragraphs: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


NAV = (
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
    '<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>'
)
SHARE = (
    '<div class="share-buttons"><a href="https://facebook.example/share">Share on Facebook</a>'
    '<a href="https://twitter.example/share">Share on Twitter</a></div>'
)
FIGURE = (
    '<figure><img src="bridge.jpg" alt="The bridge">'
    "<figcaption>The old river bridge on Monday. Photo: Jane Roe / Gazette</figcaption></figure>"
)
COMMENTS = (
    '<section id="comments" class="comments"><h3>3 Comments</h3>'
    '<div class="comment"><p>Reader99 says: About time somebody did something about '
    "that bridge, it has been shaking for years whenever a lorry goes over it.</p></div>"
    '<div class="comment"><p>Anna K. says: Typical council, always too late and always '
    "over budget, I will believe the repair when I see it finished.</p></div></section>"
)
DATE_META = (
    '<meta property="article:published_time" content="2021-03-09T08:15:00+00:00">'
    '<meta property="article:modified_time" content="2021-03-11T17:40:00+00:00">'
)


def _news_page() -> str:
    article = f"<article><h1>{TITLE}</h1>{SHARE}{FIGURE}{_article_paragraphs(PARAGRAPHS)}</article>"
    return _page(f"<header>{NAV}</header><main>{article}</main>{COMMENTS}", head=DATE_META)


@pytest.fixture(scope="module")
def news() -> HtmlExtract:
    return extract_html(_news_page(), url="https://gazette.example/news/bridge")


def test_main_text_is_extracted_as_paragraphs(news: HtmlExtract) -> None:
    assert news.text.split("\n\n") == PARAGRAPHS


def test_boilerplate_is_left_out(news: HtmlExtract) -> None:
    for debris in ("Weather", "Share on", "Reader99", "Typical council", "Photo: Jane Roe"):
        assert debris not in news.text


def test_title_is_metadata_not_first_line(news: HtmlExtract) -> None:
    assert news.title == TITLE
    assert not news.text.startswith(TITLE)


def test_original_publication_date_from_meta(news: HtmlExtract) -> None:
    assert news.published == datetime.date(2021, 3, 9)


def test_url_is_returned(news: HtmlExtract) -> None:
    assert news.url == "https://gazette.example/news/bridge"


def test_debris_lines_are_dropped() -> None:
    tail = (
        '<p>Related: <a href="/a">Council approves new budget for road repairs</a></p>'
        '<ul><li><a href="/b">Flood defences upgraded along the river</a></li>'
        '<li><a href="/c">Ring road roadworks start next month</a></li>'
        '<li><a href="/d">Transport department publishes traffic figures</a></li></ul>'
        "<p>Advertisement</p>"
        "<p>Get the latest Lakeford news in your inbox. Sign up for our free newsletter.</p>"
        "<p>Reporting by Sam Doe; Editing by Kim Poe</p>"
    )
    head = "<p>Published 09/03/2021 08:15</p>"
    credit = "<p>The bridge seen from the east bank. © Jane Roe / Lakeford Gazette</p>"
    body = f"{head}<p>{PARAGRAPHS[0]}</p>{credit}{_article_paragraphs(PARAGRAPHS[1:])}{tail}"
    text = extract_html(_page(f"<article>{body}</article>")).text
    assert text.split("\n\n") == PARAGRAPHS


def test_body_split_over_chunks_is_merged() -> None:
    first, second = PARAGRAPHS[:2], PARAGRAPHS[2:]
    chunks = (
        '<article class="story">'
        f'<div class="wrap"><div class="article-body">{_article_paragraphs(first)}</div></div>'
        '<div class="ad-slot"><p>Advertisement</p></div>'
        f'<div class="wrap"><div class="article-body">{_article_paragraphs(second)}</div></div>'
        "</article>"
    )
    text = extract_html(_page(chunks)).text
    assert text.split("\n\n") == PARAGRAPHS


def test_link_cluster_inside_paragraph_is_removed() -> None:
    card = (
        '<span class="card"><a href="/people/brandt">Ellen Brandt</a>'
        '<a href="/x">Brandt wins second term as mayor</a>'
        '<a href="/y">Mayor promises new bridge by 2025</a>'
        '<a href="/people/brandt">MORE</a></span>'
    )
    paragraph = (
        f'<p>Mayor <span class="person"><a href="/people/brandt">Ellen Brandt</a>{card}'
        "</span> told reporters that the closure would last at least six months while "
        "engineers decide whether the structure can be repaired or must be replaced.</p>"
    )
    body = f"<article><p>{PARAGRAPHS[0]}</p>{paragraph}{_article_paragraphs(PARAGRAPHS[2:])}"
    text = extract_html(_page(body + "</article>")).text
    assert "Mayor Ellen Brandt told reporters" in text
    assert "second term" not in text and "MORE" not in text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        _page(NAV),
        _page('<div class="share-buttons"><a href="/s">Share</a></div>'),
    ],
)
def test_no_main_text_raises(html: str) -> None:
    with pytest.raises(ExtractionError):
        extract_html(html)


def test_bare_fragment_is_accepted() -> None:
    text = extract_html(_article_paragraphs(PARAGRAPHS)).text
    assert text.split("\n\n") == PARAGRAPHS


def test_nothing_is_downloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during extraction")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    result = extract_html(_news_page(), url="https://gazette.example/news/bridge")
    assert result.published == datetime.date(2021, 3, 9)


@pytest.mark.parametrize("depth", [250, 255, 300, 3000])
def test_deeply_nested_article_is_extracted(depth: int) -> None:
    """Issue 12: 255 nested divs gave "no main text found" (libxml2 stops at depth 256); 250 worked."""
    article = f"<article><h1>{TITLE}</h1>{_article_paragraphs(PARAGRAPHS)}</article>"
    wrapped = '<div class="page">' + "<div>" * depth + article + "</div>" * depth + "</div>"
    assert extract_html(_page(f"<header>{NAV}</header>{wrapped}")).text.split("\n\n") == PARAGRAPHS


def test_flattening_keeps_everything_but_excess_wrapper_tags() -> None:
    from wirewatch.ingest.nesting import BARE_WRAPPER_DEPTH, flatten_nesting

    page = '<p>a &amp; b &#39;<!-- c --><br><img src="x"/><script>if (a<b) x="</div>";</script></p>'
    assert flatten_nesting(page) == page
    deep = "<div>" * 500 + page + "</div>" * 500
    flat = flatten_nesting(deep)
    assert page in flat
    wrappers = flat.replace(page, "")
    assert wrappers == "<div>" * BARE_WRAPPER_DEPTH + "</div>" * BARE_WRAPPER_DEPTH
