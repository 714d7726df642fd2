"""The web UI in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright) against a
real server over the coded sample corpus (issue 6). Screenshots go to tests/web/screenshots/."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serving import Running
from wirewatch.model import ActorRef, Article, CodedArticle, Event, Location, Span, event_id
from wirewatch.store.sqlite import SqliteStore

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium absent: apt-get install chromium"),
]

if CHROMIUM.exists():
    from playwright.sync_api import Browser, Page, sync_playwright

HOSTILE = (
    "Foreign ministers of France and Germany met in Paris on Monday to discuss the crisis. "
    '<script>window.__pwned = "script";</script> '
    '<img src="x" onerror="window.__pwned = &quot;img&quot;"> '
    "The ministers agreed to hold further talks next month, officials said."
)


@pytest.fixture(scope="module", autouse=True)
def fresh_screenshots() -> None:
    """Screenshots of this run only (the folder is git-ignored)."""
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser, api: Running, tmp_path: Path) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert not errors, errors


def _open(page: Page, api: Running, fragment: str) -> None:
    page.goto(f"{api.url}/{fragment}")
    page.wait_for_selector("body[data-ready=true]")


def _shot(page: Page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    assert (SHOTS / f"{name}.png").stat().st_size > 5_000


def _wait_rerender(page: Page) -> None:
    page.wait_for_function("document.body.dataset.ready === 'true'")


def test_explorer_loads_the_sample_corpus(page: Page, api: Running) -> None:
    _open(page, api, "#/events")
    total = api.client.get("/v1/events").json()["total"]
    assert page.locator("#count").inner_text().startswith(f"{total} events")
    assert page.locator("#events tbody tr").count() == min(total, 100)
    _shot(page, "explorer")


def test_filters_change_the_table(page: Page, api: Running) -> None:
    _open(page, api, "#/events")
    everything = page.locator("#events tbody tr").count()
    page.fill("#filters input[name=country]", "RUS")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**country=RUS**")
    _wait_rerender(page)
    rows = page.locator("#events tbody tr")
    expected = api.client.get("/v1/events", params={"country": "RUS"}).json()["total"]
    assert 0 < rows.count() == expected < everything
    for i in range(rows.count()):
        cells = (
            rows.nth(i).locator("td.sources").inner_text() + rows.nth(i).locator("td.targets").inner_text()
        )
        assert "RUS" in cells
    page.select_option("#filters select[name=quad_class]", "4")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**quad_class=4**")
    _wait_rerender(page)
    assert (
        page.locator("#events tbody tr").count()
        == (api.client.get("/v1/events", params={"country": "RUS", "quad_class": 4}).json()["total"])
    )
    _shot(page, "explorer-filtered")


def test_min_confidence_filter(page: Page, api: Running) -> None:
    """Issue 10: the explorer's minimum confidence goes to the API and every row shown meets it."""
    _open(page, api, "#/events")
    page.fill("#filters input[name=min_confidence]", "0.8")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**min_confidence=0.8**")
    _wait_rerender(page)
    expected = api.client.get("/v1/events", params={"min_confidence": 0.8}).json()["total"]
    assert page.locator("#count").inner_text().startswith(f"{expected} events")
    shown = page.locator("#events tbody td.confidence").all_inner_texts() if expected else []
    assert len(shown) == min(expected, 100) and all(float(c) >= 0.8 for c in shown)
    assert page.locator("#filters input[name=min_confidence]").input_value() == "0.8"


def test_sorting_by_a_column(page: Page, api: Running) -> None:
    _open(page, api, "#/events")
    page.click("th[data-sort=goldstein]")
    page.wait_for_url("**sort=goldstein**")
    _wait_rerender(page)
    page.click("th[data-sort=goldstein]")
    page.wait_for_url("**sort=-goldstein**")
    _wait_rerender(page)
    values = [float(v) for v in page.locator("#events td.goldstein").all_inner_texts() if v.strip()]
    assert values and values == sorted(values, reverse=True)


def test_csv_download_is_what_is_shown(page: Page, api: Running) -> None:
    _open(page, api, "#/events?type=SANCTION")
    shown = page.locator("#events tbody tr").count()
    with page.expect_download() as info:
        page.click("#download-csv")
    path = info.value.path()
    assert path is not None
    rows = list(csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8"))))
    assert len(rows) == shown > 0 and {r["plover"] for r in rows} == {"SANCTION"}
    ids = [r.get_attribute("data-event") for r in page.locator("#events tbody tr").all()]
    assert [r["event_id"] for r in rows] == ids


def test_row_links_to_its_evidence_in_the_article(page: Page, api: Running) -> None:
    _open(page, api, "#/events?country=UKR")
    first = page.locator("#events tbody tr").first
    event_id = first.get_attribute("data-event")
    first.locator("a.evidence").click()
    page.wait_for_url("**#/article/**")
    _wait_rerender(page)
    assert page.locator(f".event-card.selected[data-event='{event_id}']").count() == 1
    text = page.locator("#article-text")
    assert text.locator(".mention").count() > 3
    assert text.locator(f".trigger[data-event='{event_id}']").count() >= 1
    card = page.locator(f".event-card[data-event='{event_id}']").inner_text()
    assert "rule " in card and "confidence " in card
    _shot(page, "article")


def test_article_text_is_escaped(page: Page, api: Running) -> None:
    response = api.client.post(
        "/v1/articles", json={"id": "hostile-1", "text": HOSTILE, "date": "2024-02-05"}, headers=api.auth()
    )
    assert response.status_code in (200, 201), response.text
    assert response.json()["results"][0]["status"] in ("coded", "exists")
    _open(page, api, "#/article/hostile-1")
    assert page.evaluate("window.__pwned") is None
    shown = page.locator("#article-text").inner_text()
    assert "<script>" in shown and "onerror=" in shown
    assert page.locator("#article-text script, #article-text img").count() == 0
    _open(page, api, "#/events?q=ministers")
    assert page.evaluate("window.__pwned") is None


def test_actor_page_has_roles_and_a_timeline(page: Page, api: Running) -> None:
    _open(page, api, "#/actors?q=zelensky")
    page.click("#actors a")
    page.wait_for_url("**#/actor/**")
    _wait_rerender(page)
    assert page.locator("#actor-name").inner_text() == "Volodymyr Zelensky"
    assert "president" in page.locator("#roles").inner_text()
    assert page.locator("#timeline circle").count() >= 1
    _shot(page, "actor")


def test_dyad_view_shows_quad_classes_and_goldstein(page: Page, api: Running) -> None:
    _open(page, api, "#/dyad")
    page.fill("#dyad-form input[name=a]", "rus")
    page.fill("#dyad-form input[name=b]", "ukr")
    page.select_option("#dyad-form select[name=period]", "year")
    page.click("#dyad-form button")
    page.wait_for_url("**a=RUS**")
    _wait_rerender(page)
    stats = api.client.get("/v1/stats/dyads", params={"a": "RUS", "b": "UKR", "period": "year"}).json()
    bars = sum(1 for p in stats["periods"] if p["period"] for n in p["quad_class"].values() if n)
    assert page.locator("#dyad-chart rect.bar").count() == bars > 0
    assert page.locator("#dyad-table tbody tr").count() == len(stats["periods"])
    means = [p for p in stats["periods"] if p["period"] and p["mean_goldstein"] is not None]
    assert page.locator("#dyad-chart circle.goldstein").count() == len(means)
    _shot(page, "dyad")


def test_network_follows_the_filter(page: Page, api: Running) -> None:
    _open(page, api, "#/network")
    net = api.client.get("/v1/network").json()
    assert page.locator("#network circle.node").count() == len(net["nodes"])
    assert page.locator("#network line.edge").count() == len(net["edges"])
    _shot(page, "network")
    _open(page, api, "#/network?country=RUS")
    rus = api.client.get("/v1/network", params={"country": "RUS"}).json()
    assert page.locator("#network line.edge").count() == len(rus["edges"]) < len(net["edges"])


def _located_article(db: Path) -> None:
    text = "Ukrainian and Polish ministers met in Kyiv on Monday."
    start = text.index("met")
    event = Event(
        event_id=event_id("map-1", 0, start, "CONSULT"),
        article_id="map-1",
        plover="CONSULT",
        mode=None,
        cameo="040",
        quad_class=1,
        goldstein=1.0,
        polarity="affirmed",
        modality="actual",
        sources=(ActorRef("Ukrainian", "UKR", "Ukraine", "UKR", None, None),),
        targets=(ActorRef("Polish", "POL", "Poland", "POL", None, None),),
        sentence=text,
        sentence_start=0,
        trigger=Span(start, start + 3, "met"),
        confidence=0.8,
        rule="consult.meet",
        date="2024-03-04",
        date_precision="day",
        location=Location("Kyiv", "UKR", 50.45, 30.52),
    )
    article = Article("map-1", text, published=dt.date(2024, 3, 4))
    with SqliteStore.open(db) as store:
        store.save_coded(CodedArticle(article=article, events=(event,)))


def test_map_plots_located_events(page: Page, api: Running, sample_db: Path) -> None:
    _located_article(sample_db)
    located = api.client.get("/v1/locations").json()["items"]
    assert any(p["name"] == "Kyiv" for p in located)
    _open(page, api, "#/map")
    assert page.locator("#map circle.point").count() == len(located)
    assert page.locator("#map line.grid").count() > 10
    _shot(page, "map")


def test_seeds_posted_through_the_api_appear_in_the_explorer(
    page: Page, api: Running, seeds_dir: Path
) -> None:
    import json

    records = [json.loads(line) for line in (seeds_dir / "articles.jsonl").read_text().splitlines() if line]
    body = [{k: r[k] for k in ("id", "text", "date", "source") if r.get(k)} for r in records]
    assert api.client.post("/v1/articles", json=body, headers=api.auth()).status_code in (200, 201)
    _open(page, api, "#/events?country=CUB")
    links = page.locator("#events a.evidence").all()
    assert any(records[0]["id"] in (a.get_attribute("href") or "") for a in links)
    _shot(page, "seeds")
