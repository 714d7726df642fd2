"""Every /v1 endpoint against a real uvicorn server on 127.0.0.1 over a real SQLite file (issue 6)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.serving import TEST_MAX_CHARS, TEST_MAX_REQUEST_BYTES, TOKEN, Running, copy_of_sample, run_server

pytestmark = pytest.mark.slow

PUTIN_XI = (
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday. "
    "The two leaders signed an agreement on energy cooperation."
)


def _error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    message: str = body["error"]["message"]
    assert len(message) > 15, message  # a sentence, not a code
    return message


# --- OpenAPI and reads ---------------------------------------------------------------


def test_openapi_lists_every_endpoint(api: Running) -> None:
    spec = api.client.get("/openapi.json").json()
    assert spec["info"]["title"] == "wirewatch"
    paths = set(spec["paths"])
    for path in (
        "/v1/code",
        "/v1/articles",
        "/v1/articles/{article_id}",
        "/v1/events",
        "/v1/actors",
        "/v1/actors/{actor_id}",
        "/v1/stats/dyads",
        "/v1/network",
        "/v1/locations",
        "/v1/stats",
    ):
        assert path in paths, path


def test_articles_are_paged(api: Running) -> None:
    first = api.client.get("/v1/articles", params={"limit": 5}).json()
    second = api.client.get("/v1/articles", params={"limit": 5, "offset": 5}).json()
    assert first["total"] >= 30 and len(first["items"]) == 5 and first["next_offset"] == 5
    ids = {a["article_id"] for a in first["items"]} | {a["article_id"] for a in second["items"]}
    assert len(ids) == 10
    assert all(a["status"] in ("coded", "rejected") for a in first["items"])


def test_article_has_text_with_spans_that_match_it(api: Running) -> None:
    detail = api.client.get("/v1/articles/sample-014-russia-invades-ukraine").json()
    text = detail["article"]["text"]
    assert detail["mentions"] and detail["events"]
    for m in detail["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
    for e in detail["events"]:
        assert text[e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"]
        assert e["rule"] and 0 < e["confidence"] <= 1
    for q in detail["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


def test_unknown_article_and_actor_are_404_with_a_hint(api: Running) -> None:
    assert "GET /v1/articles" in _error(api.client.get("/v1/articles/no-such-article"), 404)
    assert "GET /v1/actors" in _error(api.client.get("/v1/actors/no-such-actor"), 404)
    assert "/openapi.json" in _error(api.client.get("/v1/nothing-here"), 404)
    _error(api.client.delete("/v1/events"), 405)


def _events(api: Running, **params: object) -> dict[str, object]:
    response = api.client.get("/v1/events", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def _items(body: dict[str, object]) -> list[dict[str, object]]:
    items = body["items"]
    assert isinstance(items, list)
    return items


def _countries(event: dict[str, object], side: str | None = None) -> set[str]:
    sides = [side] if side else ["sources", "targets"]
    return {a["country"] for s in sides for a in event[s]}  # type: ignore[attr-defined]


def test_event_filters_each_narrow_the_list(api: Running) -> None:
    everything = _items(_events(api))
    assert len(everything) >= 40
    rus = _items(_events(api, country="rus"))
    assert 0 < len(rus) < len(everything)
    assert all("RUS" in _countries(e) for e in rus)
    sanction = _items(_events(api, type="SANCTION"))
    assert sanction and all(e["plover"] == "SANCTION" for e in sanction)
    conflict = _items(_events(api, quad_class=4))
    assert conflict and all(e["quad_class"] == 4 for e in conflict)
    dyad = _items(_events(api, dyad="RUS-UKR"))
    assert dyad
    for e in dyad:
        pair = (_countries(e, "sources"), _countries(e, "targets"))
        assert ("RUS" in pair[0] and "UKR" in pair[1]) or ("UKR" in pair[0] and "RUS" in pair[1])
    window = _items(_events(api, since="2018-01-01", until="2018-12-31"))
    assert window and all("2018-01-01" <= str(e["date"]) <= "2018-12-31" for e in window)
    month = _items(_events(api, since="2018-03", until="2018-03"))
    assert month and all(str(e["date"]).startswith("2018-03") for e in month)
    search = _items(_events(api, q="sanctions"))
    assert search and all("sanctions" in str(e["sentence"]).lower() for e in search)
    actor = _items(_events(api, actor="zelensky"))
    assert actor and all(
        any("zelensky" in (a["name"] or "").lower() for s in ("sources", "targets") for a in e[s])  # type: ignore[attr-defined]
        for e in actor
    )
    assert len(_items(_events(api, all="true"))) >= len(everything)


def test_events_keep_the_event_json_contract(api: Running, sample_db: Path) -> None:
    from wirewatch.store.queries import EventQuery, matching_events
    from wirewatch.store.sqlite import SqliteStore

    with SqliteStore.open(sample_db) as store:
        events = matching_events(store, EventQuery(include_all=True))
    stored = {e.event_id: json.loads(json.dumps(e.to_dict())) for e in events}
    served = _items(_events(api, all="true"))
    assert served and all(e == stored[str(e["event_id"])] for e in served)


def test_events_sort_and_page(api: Running) -> None:
    by_goldstein = [
        e["goldstein"] for e in _items(_events(api, sort="-goldstein")) if e["goldstein"] is not None
    ]
    assert by_goldstein == sorted(by_goldstein, reverse=True)
    total = _events(api, limit=3)["total"]
    seen = []
    for offset in range(0, int(total), 25):  # type: ignore[call-overload]
        seen += [e["event_id"] for e in _items(_events(api, limit=25, offset=offset))]
    assert len(seen) == len(set(seen)) == total


def test_events_as_csv(api: Running) -> None:
    response = api.client.get("/v1/events", params={"country": "RUS", "format": "csv", "limit": 1000})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == int(response.headers["x-total-count"]) == _events(api, country="RUS")["total"]
    assert all("RUS" in (r["sources_country"] + r["targets_country"]) for r in rows)


def test_bad_filters_say_what_to_send(api: Running) -> None:
    assert "YYYY-MM-DD" in _error(api.client.get("/v1/events", params={"since": "yesterday"}), 400)
    assert "USA-RUS" in _error(api.client.get("/v1/events", params={"dyad": "USA"}), 422)  # issue 12
    assert "sort by one of" in _error(api.client.get("/v1/events", params={"sort": "colour"}), 400)
    assert "limit" in _error(api.client.get("/v1/events", params={"limit": 5000}), 422)
    assert "quad_class" in _error(api.client.get("/v1/events", params={"quad_class": 7}), 422)


def test_actors_and_actor_page(api: Running) -> None:
    page = api.client.get("/v1/actors", params={"limit": 10}).json()
    assert page["total"] > 10 and len(page["items"]) == 10
    counts = [a["n_events"] for a in page["items"]]
    assert counts == sorted(counts, reverse=True)
    found = api.client.get("/v1/actors", params={"q": "zelensky"}).json()["items"]
    assert [a["actor_id"] for a in found] == ["p:volodymyr-zelensky"]
    detail = api.client.get("/v1/actors/p:volodymyr-zelensky").json()
    assert detail["actor"]["country"] == "UKR"
    assert any(r["role"] == "president" for r in detail["roles"])
    for alias in detail["actor"]["aliases"]:  # the knowledge base's other names find the actor too
        found = api.client.get("/v1/actors", params={"q": alias}).json()["items"]
        assert "p:volodymyr-zelensky" in [a["actor_id"] for a in found], alias
    assert detail["events"] and {e["side"] for e in detail["events"]} <= {"source", "target"}
    dates = [e["date"] for e in detail["events"] if e["date"]]
    assert dates == sorted(dates)


def test_dyad_stats_agree_with_the_events(api: Running) -> None:
    stats = api.client.get("/v1/stats/dyads", params={"a": "RUS", "b": "UKR", "period": "year"}).json()
    events = _items(_events(api, dyad="RUS-UKR"))
    assert stats["dyad"] == ["RUS", "UKR"] and stats["period"] == "year"
    assert sum(p["events"] for p in stats["periods"]) == len(events)
    for p in stats["periods"]:
        mine = [e for e in events if (e["date"] or "")[:4] == (p["period"] or "")] if p["period"] else []
        if p["period"]:
            assert p["events"] == len(mine) == sum(p["quad_class"].values())
            goldstein = [float(e["goldstein"]) for e in mine if e["goldstein"] is not None]  # type: ignore[arg-type]
            assert p["mean_goldstein"] == pytest.approx(sum(goldstein) / len(goldstein), abs=1e-3)
    assert "period" in _error(
        api.client.get("/v1/stats/dyads", params={"a": "RUS", "b": "UKR", "period": "week"}), 422
    )
    _error(api.client.get("/v1/stats/dyads", params={"a": "RUS"}), 422)


def test_network_and_locations(api: Running) -> None:
    net = api.client.get("/v1/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    assert all(e["source"] != e["target"] for e in net["edges"])
    only_rus = api.client.get("/v1/network", params={"country": "RUS"}).json()
    assert all("RUS" in (e["source"], e["target"]) for e in only_rus["edges"])
    located = api.client.get("/v1/locations").json()["items"]
    assert all(p["lat"] is not None and p["lon"] is not None for p in located)


def test_min_confidence_filters_every_read_of_events(api: Running) -> None:
    """Issue 10: min_confidence on /v1/events, /v1/network, /v1/locations and /v1/stats/dyads."""
    everything = _items(_events(api))
    confidences = sorted(float(e["confidence"]) for e in everything)  # type: ignore[arg-type]
    assert all(0.05 <= c <= 0.99 for c in confidences)  # calibrated (events/calibrate.py)
    threshold = confidences[len(confidences) // 2]
    sure = _items(_events(api, min_confidence=threshold))
    assert 0 < len(sure) < len(everything) and all(float(e["confidence"]) >= threshold for e in sure)  # type: ignore[arg-type]
    assert len(sure) == sum(c >= threshold for c in confidences)
    assert _events(api, min_confidence=0)["total"] == len(everything)
    assert api.client.get("/v1/network", params={"min_confidence": 1}).json() == {"nodes": [], "edges": []}
    assert api.client.get("/v1/locations", params={"min_confidence": 1}).json() == {"items": []}
    dyad = {"a": "RUS", "b": "UKR", "period": "year"}
    stats = api.client.get("/v1/stats/dyads", params={**dyad, "min_confidence": threshold}).json()
    assert (
        sum(p["events"] for p in stats["periods"])
        == _events(api, dyad="RUS-UKR", min_confidence=threshold)["total"]
    )
    for bad in (1.5, -0.2, "sure"):
        assert "min_confidence" in _error(api.client.get("/v1/events", params={"min_confidence": bad}), 422)
    assert "min_confidence" in _error(api.client.get("/v1/network", params={"min_confidence": 2}), 422)


# --- POST /v1/code: coded, not stored ------------------------------------------------------


def test_code_returns_events_and_stores_nothing(api: Running) -> None:
    before = api.client.get("/v1/stats").json()
    response = api.client.post("/v1/code", json={"text": PUTIN_XI, "date": "2024-05-07", "source": "test"})
    assert response.status_code == 200, response.text
    coded = response.json()
    assert coded["article"]["published"] == "2024-05-07"
    assert {m["country"] for m in coded["mentions"]} >= {"RUS", "CHN"}
    assert any(e["plover"] == "CONSULT" for e in coded["events"])
    assert api.client.get("/v1/stats").json() == before
    assert api.client.get(f"/v1/articles/{coded['article']['article_id']}").status_code == 404


def test_code_extracts_the_text_of_an_html_page(api: Running) -> None:
    page = (
        "<html><head><title>Talks in Moscow</title></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>Talks in Moscow</h1><p>{PUTIN_XI}</p><p>Officials from both countries said the talks"
        " would continue next year in Beijing.</p></article><footer>Share this story</footer></body></html>"
    )
    response = api.client.post("/v1/code", json={"text": page, "html": True})
    assert response.status_code == 200, response.text
    text = response.json()["article"]["text"]
    assert "Vladimir Putin" in text and "<p>" not in text and "Share this story" not in text


def test_code_rejects_an_article_over_the_size_limit_with_413(api: Running) -> None:
    text = "The minister spoke at length. " * (TEST_MAX_CHARS // 20)
    message = _error(api.client.post("/v1/code", json={"text": text}, headers=api.auth()), 413)
    assert "size limit" in message and "--max-chars" not in message


def test_code_refuses_malformed_bodies(api: Running) -> None:
    assert "not valid JSON" in _error(
        api.client.post("/v1/code", content=b'{"text": ', headers={"content-type": "application/json"}), 400
    )
    assert "text" in _error(api.client.post("/v1/code", json={"body": "hello"}), 422)
    assert "text" in _error(api.client.post("/v1/code", json={"text": ""}), 422)


def test_request_bodies_over_the_limit_get_413(api: Running) -> None:
    big = json.dumps({"text": "x" * TEST_MAX_REQUEST_BYTES}).encode()
    assert "WIREWATCH_MAX_REQUEST_BYTES" in _error(
        api.client.post(
            "/v1/articles", content=big, headers={**api.auth(), "content-type": "application/json"}
        ),
        413,
    )

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count as it reads
        yield b'{"text": "'
        for _ in range(TEST_MAX_REQUEST_BYTES // 10_000 + 1):
            yield b"y" * 10_000
        yield b'"}'

    _error(api.client.post("/v1/code", content=chunks(), headers={"content-type": "application/json"}), 413)


# --- POST /v1/articles: auth, idempotence, rejections -----------------------------------------


def test_writes_need_the_bearer_token(api: Running) -> None:
    body = {"text": PUTIN_XI, "id": "auth-test"}
    assert "Authorization: Bearer" in _error(api.client.post("/v1/articles", json=body), 401)
    wrong = {"Authorization": "Bearer not-the-token"}
    assert "WIREWATCH_API_TOKEN" in _error(api.client.post("/v1/articles", json=body, headers=wrong), 401)
    assert api.client.post("/v1/articles", json=body).headers["www-authenticate"] == "Bearer"
    assert api.client.get("/v1/articles/auth-test").status_code == 404


def test_ingest_is_idempotent(api: Running) -> None:
    body = {"text": PUTIN_XI, "id": "putin-xi-2024", "date": "2024-05-07", "source": "Test Wire"}
    first = api.client.post("/v1/articles", json=body, headers=api.auth())
    assert first.status_code == 201, first.text
    assert first.json()["results"] == [
        {"article_id": "putin-xi-2024", "status": "coded", "n_events": first.json()["results"][0]["n_events"]}
    ]
    events = _items(_events(api, article="putin-xi-2024"))
    assert events and len(events) == first.json()["results"][0]["n_events"]
    again = api.client.post("/v1/articles", json=[body, body], headers=api.auth())
    assert again.status_code == 200
    assert [r["status"] for r in again.json()["results"]] == ["exists", "exists"]
    assert _items(_events(api, article="putin-xi-2024")) == events
    listed = [a for a in api.client.get("/v1/articles", params={"limit": 1000}).json()["items"]]
    assert [a["article_id"] for a in listed].count("putin-xi-2024") == 1


def test_ids_with_slashes_are_addressable(api: Running) -> None:
    body = {"text": PUTIN_XI, "id": "wire/2024/05/putin-xi", "date": "2024-05-07"}
    assert api.client.post("/v1/articles", json=body, headers=api.auth()).status_code == 201
    detail = api.client.get("/v1/articles/wire%2F2024%2F05%2Fputin-xi").json()
    assert detail["article"]["article_id"] == "wire/2024/05/putin-xi"


def test_ingest_without_id_uses_the_text_hash(api: Running) -> None:
    text = "Japan and South Korea agreed on Friday to resume regular security talks, officials said."
    one = api.client.post("/v1/articles", json={"text": text}, headers=api.auth()).json()["results"][0]
    two = api.client.post("/v1/articles", json={"text": "  " + text + "\n"}, headers=api.auth()).json()
    assert two["results"][0] == {
        "article_id": one["article_id"],
        "status": "exists",
        "n_events": one["n_events"],
    }


def test_rejected_articles_are_recorded_with_the_reason(api: Running) -> None:
    long_text = "Officials met again in the capital to discuss the plan. " * (TEST_MAX_CHARS // 50)
    batch = [
        {"text": long_text, "id": "too-long-1"},
        {
            "text": "Die Regierung in Berlin hat am Montag neue Sanktionen gegen den Iran beschlossen, "
            "sagte ein Sprecher des Auswärtigen Amtes in der Hauptstadt.",
            "id": "german-1",
        },
    ]
    response = api.client.post("/v1/articles", json=batch, headers=api.auth())
    assert response.status_code == 200, response.text
    results = {r["article_id"]: r for r in response.json()["results"]}
    assert results["too-long-1"]["status"] == "rejected" and results["too-long-1"]["reason"] == "too-large"
    assert results["german-1"]["status"] == "rejected" and results["german-1"]["reason"] == "language"
    rejected = api.client.get("/v1/articles", params={"status": "rejected", "limit": 1000}).json()["items"]
    stored = {a["article_id"]: a for a in rejected}
    assert stored["too-long-1"]["reason"] == "too-large" and "size limit" in stored["too-long-1"]["message"]
    assert stored["german-1"]["reason"] == "language"


def test_ingest_refuses_malformed_articles(api: Running) -> None:
    message = _error(api.client.post("/v1/articles", json={"txt": "a"}, headers=api.auth()), 422)
    assert "text: Field required" in message and "txt" in message
    assert "1.text" in _error(
        api.client.post("/v1/articles", json=[{"text": "fine"}, {"x": 1}], headers=api.auth()), 422
    )
    assert api.client.get("/v1/articles", params={"limit": 1000}).status_code == 200


def test_seed_articles_added_through_the_api_appear_in_the_events(api: Running, seeds_dir: Path) -> None:
    records = [json.loads(line) for line in (seeds_dir / "articles.jsonl").read_text().splitlines() if line]
    body = [{k: r[k] for k in ("id", "text", "date", "source", "url", "title") if r.get(k)} for r in records]
    response = api.client.post("/v1/articles", json=body, headers=api.auth())
    assert response.status_code in (200, 201), response.text
    for r in response.json()["results"]:
        assert r["status"] in ("coded", "exists"), r
        assert _items(_events(api, article=r["article_id"], all="true")), r
    cuba = _items(_events(api, country="CUB"))
    assert any(e["article_id"] == records[0]["id"] for e in cuba)


# --- servers with other settings ------------------------------------------------------------


@pytest.fixture(scope="module")
def no_token(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    yield from run_server(copy_of_sample(tmp_path_factory, "no-token"), api_token=None)


@pytest.fixture(scope="module")
def protected(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    yield from run_server(copy_of_sample(tmp_path_factory, "protected"), api_protect_reads=True)


def test_without_a_token_in_the_settings_writes_are_off(no_token: Running) -> None:
    response = no_token.client.post(
        "/v1/articles", json={"text": PUTIN_XI}, headers={"Authorization": "Bearer x"}
    )
    assert "WIREWATCH_API_TOKEN" in _error(response, 403)
    assert no_token.client.get("/v1/events").status_code == 200


def test_reads_can_be_protected(protected: Running) -> None:
    assert "Authorization" in _error(protected.client.get("/v1/events"), 401)
    _error(protected.client.get("/v1/articles", headers={"Authorization": "Bearer nope"}), 401)
    assert protected.client.get("/v1/events", headers=protected.auth()).status_code == 200
    assert protected.client.post("/v1/code", json={"text": PUTIN_XI}).status_code == 401
    assert protected.client.get("/openapi.json").status_code == 200  # the API's description stays open
    assert TOKEN not in protected.client.get("/").text
