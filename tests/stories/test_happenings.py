"""Happenings (issue 13, item 2): events of different articles reporting one happening, merged."""

from __future__ import annotations

from pathlib import Path

from tests.stories.helpers import QUAKE_A, QUAKE_B, QUAKE_OTHER, article, coded, event, open_store, save
from wirewatch.evaluate.happenings import evaluate_happening_cases
from wirewatch.model import Location
from wirewatch.store.queries import EventQuery
from wirewatch.store.stories import get_happening, query_happenings
from wirewatch.stories.happenings import dyad_key, lookup_keys, noisy_or, places_compatible, window

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "happening_cases.jsonl"


def test_windows_follow_precision() -> None:
    assert window("2024-03-05", "day") == ("2024-03-04", "2024-03-06")
    assert window("2024-03-04", "week") == ("2024-03-04", "2024-03-10")
    assert window("2024-02", "month") == ("2024-02-01", "2024-02-29")
    assert window("2024", "year") == ("2024-01-01", "2024-12-31")
    assert window("2024-03-05", "publication") == ("2024-03-02", "2024-03-05")
    assert window(None, None) is None


def test_meetings_are_looked_up_both_ways_accusations_not() -> None:
    assert lookup_keys(event("x")) == ["KEN>ETH", "ETH>KEN"]
    assert lookup_keys(event("x", plover="ACCUSE", cameo="112")) == ["KEN>ETH"]
    assert dyad_key(event("x", target="")) == "KEN>"


def test_copies_do_not_raise_confidence_independent_reports_do() -> None:
    assert noisy_or([0.7]) == 0.7
    assert round(noisy_or([0.7, 0.7]), 2) == 0.91


def test_same_article_twice_under_two_ids_is_one_happening_per_event(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        for a in ("a1", "a2"):
            events = (event(f"{a}e1"), event(f"{a}e2", plover="ACCUSE", cameo="112", trigger="accused"))
            save(store, coded(article(a, QUAKE_A, source=f"Desk {a}"), events))
        found, total = query_happenings(store, EventQuery(limit=100))
        assert total == 2
        for h in found:
            assert (h.n_articles, h.n_sources, h.n_mentions) == (2, 2, 2)
            assert h.confidence == 0.7  # a copy is no independent report


def test_copy_with_no_outlet_counts_one_source(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A), (event("a1e1"),)))
        save(store, coded(article("a2", QUAKE_A, title="A new headline"), (event("a2e1"),)))
        (h,), _ = query_happenings(store, EventQuery())
        assert (h.n_articles, h.n_sources) == (2, 1)


def test_independent_reports_merge_and_raise_confidence(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A, source="one"), (event("a1e1", source="ETH", target="KEN"),)))
        save(store, coded(article("a2", QUAKE_B, source="two"), (event("a2e1", date="2024-03-06"),)))
        (h,), _ = query_happenings(store, EventQuery())
        assert (h.n_articles, h.n_sources) == (2, 2)
        assert h.confidence > 0.9
        assert set(h.event_ids) == {"a1e1", "a2e1"}


def test_near_misses_stay_apart(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A), (event("a1e1"),)))
        save(store, coded(article("a2", QUAKE_B), (event("a2e1", date="2024-03-12"),)))  # a week later
        save(store, coded(article("a3", QUAKE_OTHER), (event("a3e1", target="SOM"),)))  # another dyad
        save(
            store,
            coded(article("a4", QUAKE_OTHER + " More."), (event("a4e1", plover="ACCUSE", cameo="112"),)),
        )
        _, total = query_happenings(store, EventQuery())
        assert total == 4


def test_future_events_are_no_happenings(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A), (event("a1e1", modality="future"),)))
        assert query_happenings(store, EventQuery())[1] == 0


def test_recoding_undoes_and_redoes_its_part(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A, source="one"), (event("a1e1"),)))
        save(store, coded(article("a2", QUAKE_B, source="two"), (event("a2e1"),)))
        save(store, coded(article("a2", QUAKE_B, source="two"), (event("a2e1"),)))  # re-coded, same
        (h,), _ = query_happenings(store, EventQuery())
        assert h.n_articles == 2
        # re-coded with the event now a week later: it leaves the happening and starts its own
        save(store, coded(article("a2", QUAKE_B, source="two"), (event("a2e1", date="2024-03-20"),)))
        found, total = query_happenings(store, EventQuery())
        assert total == 2 and all(h.n_articles == 1 for h in found)
        # re-coded with no event: only a1's happening is left
        save(store, coded(article("a2", QUAKE_B, source="two")))
        found, total = query_happenings(store, EventQuery())
        assert total == 1 and found[0].event_ids == ("a1e1",)
        assert get_happening(store, found[0].happening_id) == found[0]


def test_happening_filters_are_the_event_filters(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A), (event("a1e1"),)))
        save(store, coded(article("a2", QUAKE_OTHER), (event("a2e1", source="USA", target="CHN"),)))
        assert query_happenings(store, EventQuery(dyad=("CHN", "USA")))[1] == 1
        assert query_happenings(store, EventQuery(country="ETH"))[1] == 1
        assert query_happenings(store, EventQuery(plover="ACCUSE"))[1] == 0


def test_case_file_pairwise_precision_and_recall() -> None:
    report = evaluate_happening_cases(CASES)
    # measured 0.913 / 1.000: the one miss is the US designation of North Korea (20 Nov 2017)
    # merged with the Treasury's sanctions a day later (same type, dyad, adjacent days)
    assert report["precision"] >= 0.9
    assert report["recall"] >= 0.95


def test_a_country_holds_its_cities_two_cities_apart_do_not_meet() -> None:
    cuba = Location("Cuba", "CUB", 22.0, -79.5)
    havana = Location("Havana", "CUB", 23.13, -82.38)
    kyiv, lviv = Location("Kyiv", "UKR", 50.45, 30.52), Location("Lviv", "UKR", 49.84, 24.03)
    assert places_compatible(cuba, havana) and places_compatible(havana, cuba)
    assert not places_compatible(kyiv, lviv)
    assert places_compatible(kyiv, Location("Kiev city", "UKR", 50.44, 30.5))
    assert places_compatible(None, lviv)


def test_recoding_the_founder_of_a_shared_happening(tmp_path: Path) -> None:
    """Regression (issue 13): an undated event re-coded while its happening lives on with a copy's
    report goes back to that happening (it failed on the happening's id before)."""
    with open_store(tmp_path) as store:
        save(store, coded(article("a1", QUAKE_A, source="one"), (event("a1e1", date=None, precision=None),)))
        save(store, coded(article("a2", QUAKE_A, source="two"), (event("a2e1", date=None, precision=None),)))
        save(store, coded(article("a1", QUAKE_A, source="one"), (event("a1e1", date=None, precision=None),)))
        (h,), _ = query_happenings(store, EventQuery())
        assert (h.n_articles, set(h.event_ids)) == (2, {"a1e1", "a2e1"})
