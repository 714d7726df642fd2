"""Issue 13 in the web UI: a happening's reports side by side, a story's articles on a timeline,
both at phone width, in the same headless Chromium as test_browser.py."""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator

import pytest

from tests.serving import Running
from tests.web.test_browser import CHROMIUM, _open, _shot, browser, fresh_screenshots, page

__all__ = ["browser", "fresh_screenshots", "page"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium absent: apt-get install chromium"),
]

if CHROMIUM.exists():
    from playwright.sync_api import Browser, Page


def _frag(view: str, ident: str) -> str:
    return f"#/{view}/{urllib.parse.quote(ident, safe='')}"


@pytest.fixture(scope="module")
def story(api: Running) -> Iterator[dict]:
    """A story of three articles on three dates: a sample article and two later copies posted to the API."""
    original = api.client.get("/v1/articles/sample-014-russia-invades-ukraine").json()["article"]
    body = [
        {"id": "ui-copy-b", "text": original["text"], "date": "2022-03-05", "source": "Copy Desk B"},
        {"id": "ui-copy-a", "text": original["text"], "date": "2022-02-26", "source": "Copy Desk A"},
    ]
    assert api.client.post("/v1/articles", json=body, headers=api.auth()).status_code in (200, 201)
    found = api.client.get("/v1/stories", params={"article": "ui-copy-b"}).json()["items"]
    assert found, "the copy joined no story"
    yield api.client.get(f"/v1/stories/{found[0]['story_id']}").json()


def test_happenings_list_has_the_columns(page: Page, api: Running) -> None:
    _open(page, api, "#/happenings")
    total = api.client.get("/v1/happenings").json()["total"]
    assert page.locator("#happening-count").inner_text().startswith(f"{total} happenings")
    rows = page.locator("#happenings tbody tr")
    assert rows.count() == min(total, 100)
    first = api.client.get("/v1/happenings", params={"sort": "-article", "limit": 1}).json()["items"][0]
    row = page.locator(f'#happenings tr[data-happening="{first["happening_id"]}"]')
    assert row.locator("td.n-articles").inner_text() == str(first["n_articles"])
    assert row.locator("td.n-sources").inner_text() == str(first["n_sources"])
    assert row.locator("td.cameo").inner_text() == (first["cameo"] or "")
    _shot(page, "happenings")


def test_happening_page_shows_one_report_per_article(page: Page, api: Running) -> None:
    first = api.client.get("/v1/happenings", params={"sort": "-article", "limit": 1}).json()["items"][0]
    assert first["n_articles"] >= 2
    requested: list[str] = []
    page.on("request", lambda r: requested.append(urllib.parse.urlsplit(r.url).path))
    _open(page, api, _frag("happening", first["happening_id"]))
    # the happening's own response carries its reports: no request per article
    assert not [p for p in requested if p.startswith("/v1/articles/")], requested
    reports = page.locator("#reports .report")
    assert reports.count() == len(first["article_ids"])
    assert sorted(r.get_attribute("data-article") or "" for r in reports.all()) == sorted(
        first["article_ids"]
    )
    for aid in first["article_ids"]:
        detail = api.client.get(f"/v1/articles/{aid}").json()
        event = next(e for e in detail["events"] if e["event_id"] in first["event_ids"])
        report = page.locator(f'#reports .report[data-article="{aid}"]')
        assert report.locator("blockquote").first.inner_text() == event["sentence"]
        assert report.locator("mark.trigger").first.inner_text() == event["trigger"]["text"]
        href = report.locator("a.report-title").get_attribute("href") or ""
        assert href.startswith(f"#/article/{aid}")
    _shot(page, "happening")


def test_story_page_orders_its_articles_by_date(page: Page, api: Running, story: dict) -> None:
    assert {"ui-copy-a", "ui-copy-b"} <= set(story["article_ids"])
    requested: list[str] = []
    page.on("request", lambda r: requested.append(urllib.parse.urlsplit(r.url).path))
    _open(page, api, _frag("story", story["story_id"]))
    assert not [p for p in requested if p.startswith("/v1/articles/")], requested
    dates = [li.get_attribute("data-date") for li in page.locator("#story-articles li").all()]
    ids = [li.get_attribute("data-article") for li in page.locator("#story-articles li").all()]
    assert len(ids) == len(story["article_ids"]) >= 3
    assert dates == sorted(dates)
    assert ids.index("ui-copy-a") < ids.index("ui-copy-b")
    dots = page.locator("#story-timeline circle.story-article").all()
    assert len(dots) == len(ids)
    x = {d.get_attribute("data-article"): float(d.get_attribute("cx") or 0) for d in dots}
    assert x["ui-copy-a"] < x["ui-copy-b"]
    assert page.locator("#story-actors li").count() == len(story["top_actors"])
    for actor in story["top_actors"]:
        item = page.locator("#story-actors li").nth(story["top_actors"].index(actor))
        assert item.locator("a").inner_text() == actor["name"]
        assert (item.get_attribute("data-code") or None) == actor["code"]
    # each article with its evidence sentence, from the story's own response
    for a in story["articles"]:
        li = page.locator(f'#story-articles li[data-article="{a["article_id"]}"]')
        if a["event"]:
            assert li.locator("blockquote").inner_text() == a["event"]["sentence"]
            assert li.locator("mark.trigger").inner_text() == a["event"]["trigger"]["text"]
    _shot(page, "story")


def test_stories_list_links_to_the_story(page: Page, api: Running, story: dict) -> None:
    _open(page, api, "#/stories")
    row = page.locator(f'#stories tr[data-story="{story["story_id"]}"]')
    assert row.locator("td.n-articles").inner_text() == str(story["n_articles"])
    row.locator("td.headline a").click()
    page.wait_for_selector("#story-timeline")
    _shot(page, "stories")


def test_happenings_and_stories_fit_a_phone(browser: Browser, api: Running, story: dict) -> None:
    first = api.client.get("/v1/happenings", params={"sort": "-article", "limit": 1}).json()["items"][0]
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    views = [
        "#/happenings",
        _frag("happening", first["happening_id"]),
        "#/stories",
        _frag("story", story["story_id"]),
    ]
    try:
        for fragment in views:
            _open(pg, api, fragment)
            assert pg.locator("#error").count() == 0, fragment
            width = pg.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{fragment}: the page is {width} px wide"
            for svg in pg.locator("main svg").all():
                box = svg.bounding_box()
                assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, fragment
            _shot(pg, "phone-" + fragment.strip("#/").split("/")[0])
    finally:
        context.close()
    assert not errors, errors
