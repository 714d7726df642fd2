"""GET /v1/events?q= and ?actor= (and the endpoints taking the event filters) answer any typed
text with results or none, never a server error: FTS5 syntax is quoted away (0006_word_search)."""

from __future__ import annotations

import re

import pytest

from tests.serving import Running

TYPED = ['"', "AND", "OR NOT", "*", "talks*", 'sanctions"', "NEAR(a b)", "a:b", "^", "(", "'", "\\", "%", "_"]


@pytest.mark.parametrize("path", ["/v1/events", "/v1/network", "/v1/locations", "/v1/facets"])
def test_typed_text_never_breaks_a_query(api: Running, path: str) -> None:
    for typed in TYPED:
        for name in ("q", "actor"):
            response = api.client.get(path, params={name: typed})
            assert response.status_code == 200, (path, name, typed, response.text)


def test_operator_words_are_searched_as_words(api: Running) -> None:
    items = api.client.get("/v1/events", params={"q": "AND", "limit": 1000}).json()["items"]
    assert items and all(re.search(r"\band", e["sentence"], re.IGNORECASE) for e in items)
    quoted = api.client.get("/v1/events", params={"q": '"sanctions"', "limit": 1000}).json()
    plain = api.client.get("/v1/events", params={"q": "sanctions", "limit": 1000}).json()
    assert plain["total"] > 0 and quoted == plain
