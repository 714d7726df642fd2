"""Issue 12, the API part: no 5xx under mixed load, JSON errors for bad ranges, capped anonymous coding,
offline docs, an OpenAPI document that says what the API returns, security headers and a Host allowlist,
and country names where a code is expected."""

from __future__ import annotations

import os
import random
import re
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.serving import TOKEN, Running, copy_of_sample, run_server
from wirewatch.api import schemas
from wirewatch.store.sqlite import SqliteStore

HUGE = str(2**63)  # one past SQLite's largest INTEGER
SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy")


@pytest.fixture(scope="module")
def capped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """A server that lets anonymous requests code 300 characters, one request at a time."""
    db = copy_of_sample(tmp_path_factory, "capped")
    yield from run_server(db, api_anonymous_max_chars=300, api_anonymous_jobs=1, api_coding_queue=50)


def _article(client: int, n: int) -> dict[str, str]:
    text = (
        f"The foreign minister of France met officials from Kenya on Tuesday, meeting {client}-{n}. "
        "France and Kenya agreed to expand trade talks, a spokesman said."
    )
    return {"id": f"hard-{client}-{n}", "text": text, "date": "2024-06-04"}


def _json_error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, (response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/json"), response.headers
    message: str = response.json()["error"]["message"]
    return message


# --- load ---------------------------------------------------------------------------------------


def _client(i: int, url: str, acknowledged: list[str], failures: list[str]) -> None:
    rng = random.Random(i)
    with httpx.Client(base_url=url, timeout=120) as http:
        for n in range(12):
            kind = rng.choice(["write", "events", "article", "actors"])
            if kind == "write":
                r = http.post(
                    "/v1/articles", json=_article(i, n), headers={"Authorization": f"Bearer {TOKEN}"}
                )
            elif kind == "events":
                r = http.get("/v1/events", params={"country": rng.choice(["RUS", "Iran"]), "limit": 50})
            elif kind == "article":
                r = http.get("/v1/articles/sample-014-russia-invades-ukraine")
            else:
                r = http.get("/v1/actors", params={"limit": 20, "offset": n})
            if r.status_code >= 500 or not r.headers["content-type"].startswith("application/json"):
                failures.append(f"{kind}: {r.status_code} {r.text[:200]}")
            elif kind == "write" and r.status_code < 300:
                acknowledged.extend(x["article_id"] for x in r.json()["results"] if x["status"] == "coded")


@pytest.mark.slow
def test_mixed_reads_and_writes_answer_no_5xx(api: Running) -> None:
    """8 clients, 96 requests, about a quarter writes: no 5xx, and every acknowledged write is stored."""
    acknowledged: list[str] = []
    failures: list[str] = []
    threads = [threading.Thread(target=_client, args=(i, api.url, acknowledged, failures)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads)
    assert not failures, failures[:5]
    assert len(acknowledged) >= 10
    with SqliteStore.open(Path(api.settings.db)) as store:
        missing = [a for a in acknowledged if (store.article(a) or {}).get("status") != "coded"]
    assert not missing


# --- ranges ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/v1/events", "/v1/actors", "/v1/articles"])
def test_offsets_past_sqlite_integers_are_422_json(api: Running, path: str) -> None:
    assert "offset" in _json_error(api.client.get(path, params={"offset": HUGE}), 422)
    assert "offset" in _json_error(api.client.get(path, params={"offset": -1}), 422)
    assert "limit" in _json_error(api.client.get(path, params={"limit": 0}), 422)
    assert api.client.get(path, params={"offset": 2**53 - 1}).json()["items"] == []


# --- anonymous coding ------------------------------------------------------------------------------


@pytest.mark.slow
def test_anonymous_coding_is_capped_and_the_token_lifts_the_cap(capped: Running) -> None:
    text = "The president of France met officials from Kenya on Monday. " * 6  # 366 characters
    message = _json_error(capped.client.post("/v1/code", json={"text": text}), 413)
    assert "WIREWATCH_API_ANONYMOUS_MAX_CHARS" in message
    with_token = capped.client.post("/v1/code", json={"text": text}, headers=capped.auth())
    assert with_token.status_code == 200, with_token.text
    wrong = capped.client.post(
        "/v1/code", json={"text": "France met Kenya."}, headers={"Authorization": "Bearer x"}
    )
    _json_error(wrong, 401)


@pytest.mark.slow
def test_anonymous_requests_share_one_place_and_writes_still_go_through(capped: Running) -> None:
    """Issue 12: anonymous POST /v1/code starved authenticated writes. Here one anonymous request codes
    at a time, the others get 429 with Retry-After, and an authenticated write is answered meanwhile."""
    answers: list[httpx.Response] = []

    def anonymous(n: int) -> None:
        with httpx.Client(base_url=capped.url, timeout=120) as http:
            answers.append(http.post("/v1/code", json={"text": f"France met Kenya on Monday ({n})."}))

    threads = [threading.Thread(target=anonymous, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    write = capped.client.post("/v1/articles", json=_article(99, 0), headers=capped.auth())
    for t in threads:
        t.join(timeout=120)
    assert write.status_code == 201, write.text
    statuses = sorted(r.status_code for r in answers)
    assert 200 in statuses and 429 in statuses, statuses
    refused = next(r for r in answers if r.status_code == 429)
    assert int(refused.headers["retry-after"]) >= 1
    assert "WIREWATCH_API_ANONYMOUS_JOBS" in _json_error(refused, 429)


# --- headers and hosts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/", "/static/app.js", "/v1/stats", "/v1/nowhere", "/docs", "/openapi.json"]
)
def test_every_response_carries_the_security_headers(api: Running, path: str) -> None:
    response = api.client.get(path)
    for name in SECURITY_HEADERS:
        assert name in response.headers, (path, name)
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_the_ui_has_no_inline_script_or_style_for_the_policy_to_block(api: Running) -> None:
    page = api.client.get("/").text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), "inline <script>"
    assert "<style" not in page and " style=" not in page


def test_hosts_outside_the_allowlist_get_a_json_400(api: Running) -> None:
    message = _json_error(api.client.get("/v1/stats", headers={"Host": "attacker.example"}), 400)
    assert "WIREWATCH_API_ALLOWED_HOSTS" in message
    assert api.client.get("/v1/stats", headers={"Host": "localhost:8000"}).status_code == 200
    assert api.client.get("/v1/stats", headers={"Host": "[::1]:8000"}).status_code == 200


def test_host_allowlist_is_a_setting(tmp_path_factory: pytest.TempPathFactory) -> None:
    db = copy_of_sample(tmp_path_factory, "hosts")
    for running in run_server(db, api_allowed_hosts=("wirewatch.example.org",)):
        proxied = running.client.get("/v1/stats", headers={"Host": "wirewatch.example.org"})
        assert proxied.status_code == 200
        assert running.client.get("/v1/stats", headers={"Host": "other.example"}).status_code == 400
        assert running.client.get("/v1/stats").status_code == 200  # the address it listens on


# --- docs and OpenAPI -----------------------------------------------------------------------------


def test_docs_are_served_from_this_server_only(api: Running) -> None:
    page = api.client.get("/docs")
    assert page.status_code == 200
    references = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert references and all(r.startswith("/") and not r.startswith("//") for r in references), references
    assert "http" not in page.text
    for reference in references:
        assert api.client.get(reference).status_code == 200, reference
    init = api.client.get("/docs/init.js").text
    assert "/openapi.json" in init and "http" not in init


def test_openapi_declares_the_bearer_scheme_and_the_real_bodies(api: Running) -> None:
    doc = api.client.get("/openapi.json").json()
    assert doc["components"]["securitySchemes"]["bearer"] == {
        "type": "http",
        "scheme": "bearer",
        "description": doc["components"]["securitySchemes"]["bearer"]["description"],
    }
    paths = doc["paths"]
    assert paths["/v1/articles"]["post"]["security"] == [{"bearer": []}]
    assert paths["/v1/events"]["get"]["security"] == [{}, {"bearer": []}]  # reads are open here
    schemas_doc = doc["components"]["schemas"]
    assert "HTTPValidationError" not in schemas_doc
    assert set(schemas_doc["ErrorBody"]["required"]) == {"error"}
    for path, method in [("/v1/events", "get"), ("/v1/articles", "post"), ("/v1/code", "post")]:
        ref = paths[path][method]["responses"]["422"]["content"]["application/json"]["schema"]["$ref"]
        assert ref.endswith("/ErrorBody")
    ok = paths["/v1/events"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok["$ref"].endswith("/EventPage")


def test_responses_fit_their_documented_schemas(api: Running) -> None:
    events = api.client.get("/v1/events", params={"limit": 5}).json()
    page = schemas.EventPage.model_validate(events)
    assert page.items and set(schemas.Event.model_fields) <= set(events["items"][0])
    articles = schemas.ArticlePage.model_validate(api.client.get("/v1/articles").json())
    schemas.ArticleDetail.model_validate(
        api.client.get(f"/v1/articles/{articles.items[0].article_id}").json()
    )
    actors = schemas.ActorPage.model_validate(api.client.get("/v1/actors").json())
    schemas.ActorDetail.model_validate(api.client.get(f"/v1/actors/{actors.items[0].actor_id}").json())
    schemas.DyadStats.model_validate(
        api.client.get("/v1/stats/dyads", params={"a": "RUS", "b": "UKR"}).json()
    )
    schemas.Network.model_validate(api.client.get("/v1/network").json())
    schemas.Locations.model_validate(api.client.get("/v1/locations").json())
    schemas.Stats.model_validate(api.client.get("/v1/stats").json())
    error = api.client.get("/v1/events", params={"offset": HUGE}).json()
    assert schemas.ErrorBody.model_validate(error).error.details[0].field == "query.offset"


# --- silent empty results -------------------------------------------------------------------------


def _total(api: Running, **params: object) -> int:
    response = api.client.get("/v1/events", params=params)
    assert response.status_code == 200, response.text
    total: int = response.json()["total"]
    return total


def test_country_names_select_what_their_codes_select(api: Running) -> None:
    """Issue 12: country=Iran and dyad=Iran-USA gave an empty list and no error."""
    iran = _total(api, country="IRN")
    assert iran > 0
    assert (
        _total(api, country="Iran") == _total(api, country="iran") == _total(api, country="Iranian") == iran
    )
    dyad = _total(api, dyad="USA-IRN")
    assert dyad > 0 and _total(api, dyad="Iran-USA") == _total(api, dyad="Iran, United States") == dyad
    russia = api.client.get("/v1/stats/dyads", params={"a": "Russia", "b": "Ukraine"}).json()
    assert russia["dyad"] == ["RUS", "UKR"] and russia["periods"]
    named = api.client.get("/v1/actors", params={"country": "Ukraine"}).json()
    assert named["total"] == api.client.get("/v1/actors", params={"country": "UKR"}).json()["total"] > 0


def test_unknown_countries_and_types_are_422_saying_what_exists(api: Running) -> None:
    message = _json_error(api.client.get("/v1/events", params={"country": "Narnia"}), 422)
    assert "/v1/countries" in message and "ISO" in message
    assert "Narnia" in _json_error(api.client.get("/v1/events", params={"dyad": "Iran-Narnia"}), 422)
    message = _json_error(api.client.get("/v1/events", params={"type": "BOMB"}), 422)
    assert "ASSAULT" in message and "CONSULT" in message
    assert _total(api, type="consult") == _total(api, type="CONSULT") > 0
    countries = {c["code"]: c["name"] for c in api.client.get("/v1/countries").json()["items"]}
    assert countries["IRN"] == "Iran" and "NATO" in countries
    assert "ASSAULT" in api.client.get("/v1/plover").json()["items"]


# --- the coding queue and its workers -------------------------------------------------------------


def _coding_workers() -> list[int]:
    """Pids of this process's spawned children (the server runs in this process, in a thread)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == os.getpid() and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def _write_until_stored(running: Running, article: dict[str, str]) -> list[int]:
    """POST the article until it is acknowledged (at most 3 tries); the statuses met on the way."""
    statuses = []
    for _ in range(3):
        response = running.client.post("/v1/articles", json=article, headers=running.auth())
        statuses.append(response.status_code)
        if response.status_code < 300:
            break
        assert int(response.headers["retry-after"]) >= 1
        _json_error(response, 503)
    return statuses


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the worker through /proc")
def test_a_killed_coding_worker_is_replaced(tmp_path_factory: pytest.TempPathFactory) -> None:
    db = copy_of_sample(tmp_path_factory, "worker-killed")
    others = set(_coding_workers())  # other modules' servers may have theirs
    for running in run_server(db):
        assert _write_until_stored(running, _article(1, 1)) == [201]
        workers = set(_coding_workers()) - others
        assert len(workers) == 1, workers
        os.kill(workers.pop(), signal.SIGKILL)
        statuses = _write_until_stored(running, _article(1, 2))
        assert statuses[-1] == 201 and all(s == 503 for s in statuses[:-1]), statuses
        assert len(set(_coding_workers()) - others) == 1
        with SqliteStore.open(db) as store:
            assert all((store.article(f"hard-1-{n}") or {}).get("status") == "coded" for n in (1, 2))


def _post(url: str, article: dict[str, str], answers: list[tuple[str, httpx.Response]]) -> None:
    with httpx.Client(base_url=url, timeout=120) as http:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        answers.append((article["id"], http.post("/v1/articles", json=article, headers=headers)))


@pytest.mark.slow
def test_a_full_queue_answers_503_with_retry_after_and_loses_no_acknowledged_write(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    db = copy_of_sample(tmp_path_factory, "queue-full")
    answers: list[tuple[str, httpx.Response]] = []
    for running in run_server(db, api_coding_queue=1):
        threads = [
            threading.Thread(target=_post, args=(running.url, _article(2, n), answers)) for n in range(4)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    statuses = sorted(r.status_code for _, r in answers)
    assert 201 in statuses and 503 in statuses, statuses
    refused = next(r for _, r in answers if r.status_code == 503)
    assert "WIREWATCH_API_CODING_QUEUE" in _json_error(refused, 503)
    assert int(refused.headers["retry-after"]) >= 1
    with SqliteStore.open(db) as store:
        for article_id, response in answers:
            stored = (store.article(article_id) or {}).get("status")
            assert stored == ("coded" if response.status_code == 201 else None), (
                article_id,
                response.status_code,
            )


def test_api_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirewatch.settings import Settings

    monkeypatch.setenv("WIREWATCH_API_ALLOWED_HOSTS", "Wirewatch.example.org, localhost")
    monkeypatch.setenv("WIREWATCH_API_ANONYMOUS_MAX_CHARS", "500")
    monkeypatch.setenv("WIREWATCH_API_ANONYMOUS_JOBS", "0")
    monkeypatch.setenv("WIREWATCH_API_CODING_QUEUE", "7")
    monkeypatch.setenv("WIREWATCH_API_CODING_WORKERS", "2")
    settings = Settings.from_env()
    assert settings.api_allowed_hosts == ("wirewatch.example.org", "localhost")
    assert (settings.api_anonymous_max_chars, settings.api_anonymous_jobs) == (500, 0)
    assert (settings.api_coding_queue, settings.api_coding_workers) == (7, 2)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium absent: apt-get install chromium")
def test_docs_render_offline_under_the_policy_in_a_browser(api: Running) -> None:
    """Swagger UI draws every operation with the server's CSP in force, asking no other host for anything."""
    from playwright.sync_api import sync_playwright

    requested: list[str] = []
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.on("request", lambda r: requested.append(r.url))
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.goto(f"{api.url}/docs")
        page.wait_for_selector(".opblock", timeout=30_000)
        operations = page.locator(".opblock").count()
        browser.close()
    assert operations >= 10
    assert not problems, problems
    assert {u.split("/")[2] for u in requested if u.startswith("http")} == {api.url.split("/")[2]}


def test_requests_in_flight_never_share_a_connection(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Issue 12: a per-thread connection taken in the dependency was used by the endpoint on another
    thread while a second request used it too ("another row available"). Requests in flight at once,
    on any threads, each hold a connection of their own; finished ones give theirs back."""
    from wirewatch.api.app import StorePool

    pool = StorePool(copy_of_sample(tmp_path_factory, "pool"))
    held: list[int] = []
    counts: list[int] = []
    barrier = threading.Barrier(6)

    def request() -> None:
        with pool.connection() as store:
            held.append(id(store.conn))
            barrier.wait(timeout=30)  # all six in flight at once
            counts.append(store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    threads = [threading.Thread(target=request) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(set(held)) == 6 and counts == [30] * 6
    with pool.connection() as a, pool.connection() as b:
        assert a is not b and {id(a.conn), id(b.conn)} <= set(held)  # reused, not reopened
    pool.close()
