"""`wirewatch eval penta` scoring on hand-made records and predictions (no model needed)."""

from __future__ import annotations

from typing import Any

import pytest

from wirewatch.evaluate.events import Prediction
from wirewatch.evaluate.penta import penta_class, penta_scores, read_prediction, source_overlaps
from wirewatch.evaluate.registry import penta_n


@pytest.mark.parametrize(
    ("cameo", "cls"),
    [
        ("01", 0), ("010", 0), ("0214", 0),
        ("03", 1), ("036", 1), ("04", 1), ("057", 1),
        ("06", 2), ("074", 2), ("0841", 2),
        ("09", 3), ("10", 3), ("111", 3), ("120", 3), ("138", 3),
        ("14", 4), ("15", 4), ("163", 4), ("17", 4), ("180", 4), ("190", 4), ("20", 4),
        (None, None), ("", None), ("0", None), ("00", None), ("21", None), ("ab", None),
    ],
)  # fmt: skip
def test_cameo_roots_map_to_penta_classes(cameo: str | None, cls: int | None) -> None:
    assert penta_class(cameo) == cls


def record(penta: int, origin: str = "train", source: list[str] | None = None) -> dict[str, Any]:
    return {"id": f"p{penta}", "text": f"sentence {penta}", "penta": penta, "origin": origin,
            "source": source or [], "target": []}  # fmt: skip


def event(cameo: str | None, plover: str = "X", sources: tuple[str, ...] = (), rule: str = "r") -> Prediction:
    return Prediction(plover, cameo, frozenset(), frozenset(), rule, sources)


STATEMENT = Prediction(None, "01", frozenset(), frozenset(), None)  # no event, statement verb
NOTHING = Prediction(None, None, frozenset(), frozenset(), None)


def test_readings_event_statement_and_none() -> None:
    assert read_prediction(event("190")).penta == 4 and read_prediction(event("190")).kind == "event"
    assert (read_prediction(STATEMENT).penta, read_prediction(STATEMENT).kind) == (0, "statement")
    assert (read_prediction(NOTHING).penta, read_prediction(NOTHING).kind) == (None, "none")
    # an event without a CAMEO code falls back on its PLOVER type's root
    assert read_prediction(event(None, plover="AID")).penta == 2


def test_statement_readings_are_reported_apart() -> None:
    records = [record(0), record(0), record(4), record(3), record(2, origin="test")]
    predictions = [STATEMENT, event("010"), event("190"), event("190"), NOTHING]
    s = penta_scores(records, predictions)
    assert (s["events"], s["statement_readings"], s["uncoded"]) == (3, 1, 1)
    assert s["coded_share"] == 0.6 and s["coded_share_with_statements"] == 0.8
    assert s["accuracy"] == 0.6  # statement right, 010 right, 190 right; 190 for 3 wrong; uncoded wrong
    assert s["accuracy_events_only"] == 0.4  # the statement reading counts wrong
    assert s["accuracy_coded"] == 0.75  # 3 of the 4 with a reading
    assert s["statement_precision"] == 1.0
    assert s["per_class"]["0"]["recall"] == 1.0 and s["per_class"]["0"]["predicted"] == 2
    assert s["per_class"]["4"]["precision"] == 0.5 and s["per_class"]["4"]["recall"] == 1.0
    assert s["per_class"]["2"]["recall"] == 0.0 and s["per_class"]["1"]["f1"] == 0.0
    assert s["confusion"]["3"]["4"] == 1 and s["confusion"]["2"]["uncoded"] == 1
    assert sum(sum(row.values()) for row in s["confusion"].values()) == 5
    assert s["origin"]["train"] == {"records": 4, "accuracy": 0.75, "accuracy_events_only": 0.5,
                                    "coded_share": 0.75}  # fmt: skip
    assert s["origin"]["test"]["accuracy"] == 0.0
    misses = {(m["gold"], m["predicted"], m["reading"]) for m in s["misses"]}
    assert misses == {(3, 4, "event"), (2, None, "none")}


def test_source_match_counts_sentences_with_gold_sources() -> None:
    records = [
        record(4, source=["Israeli helicopters and battle tanks"]),
        record(4, source=["The Macedonian army"]),
        record(3, source=["Turkey 's top diplomat"]),
        record(1),  # no gold source: not scored
    ]
    predictions = [
        event("190", sources=("Israeli helicopters",)),
        event("190", sources=("the rebels",)),  # shares only "the": no match
        STATEMENT,  # no event, no source: a miss
        event("036", sources=("Putin",)),
    ]
    s = penta_scores(records, predictions)
    assert s["source_scored"] == 3 and s["source_match"] == round(1 / 3, 4)
    assert s["source_scored_events"] == 2 and s["source_match_on_events"] == 0.5


def test_source_overlap_is_by_word_and_case_insensitive() -> None:
    assert source_overlaps(["TURKEY"], ["Turkey 's top diplomat"])
    assert source_overlaps(["U.S. forces"], ["the U.S."])
    assert not source_overlaps(["the army of Chad"], ["the government of Mali"])
    assert not source_overlaps([], ["Israel"])


def test_penta_scores_refuse_misaligned_predictions() -> None:
    with pytest.raises(ValueError, match="2 records but 1 predictions"):
        penta_scores([record(0), record(1)], [STATEMENT])


def test_every_penta_share_knows_its_n() -> None:
    s = penta_scores([record(0, source=["A"]), record(4, origin="test")], [STATEMENT, event("190")])
    n = penta_n(s)
    assert n["accuracy"] == 2 and n["accuracy_coded"] == 2 and n["source_match"] == 1
    assert n["per_class.4.recall"] == 1 and n["origin.test.accuracy"] == 1
