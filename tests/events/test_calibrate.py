"""Calibrated event confidence (issue 10): the table loads, maps monotonically and stays in range;
the pipeline calibrates every event; the fitting machinery labels, fits and bins as documented."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from wirewatch.errors import DataFileError
from wirewatch.events.calibrate import (
    CEILING,
    FLOOR,
    Calibration,
    event_features,
    load_calibration,
)
from wirewatch.events.calibrate_fit import (
    Sample,
    cameo_right,
    cross_validated,
    fit,
    plover_right,
    reliability,
)
from wirewatch.model import ActorRef, Event, Inference, Span

RAWS = [i / 20 for i in range(21)]


def _actor(text: str, country: str | None) -> ActorRef:
    return ActorRef(text, country, text, country, None, None)


def _event(**kw: object) -> Event:
    values: dict[str, object] = {
        "event_id": "e1",
        "article_id": "a1",
        "plover": "ASSAULT",
        "mode": None,
        "cameo": "190",
        "quad_class": 4,
        "goldstein": -10.0,
        "polarity": "affirmed",
        "modality": "actual",
        "sources": (_actor("Russia", "RUS"),),
        "targets": (_actor("Ukraine", "UKR"),),
        "sentence": "Russia attacked Ukraine.",
        "sentence_start": 0,
        "trigger": Span(7, 15, "attacked"),
        "confidence": 0.8,
        "rule": "assault.attack",
    }
    values.update(kw)
    return Event(**values)  # type: ignore[arg-type]


# --- the packaged table -------------------------------------------------------------------


def test_packaged_table_loads_with_a_weight_for_every_family() -> None:
    table = load_calibration()
    assert table.raw >= 0
    families = {f for f in table.weights if f.startswith("family=")}
    assert len(families) >= 10 and "family=ASSAULT" in families


def test_table_maps_monotonically_and_in_range() -> None:
    """For any features, a higher raw confidence never lowers the calibrated one."""
    table = load_calibration()
    names = sorted(table.weights)
    feature_sets = [(), *((n,) for n in names), *itertools.combinations(names[:12], 2)]
    for features in feature_sets:
        mapped = [table.probability(raw, features) for raw in RAWS]
        assert all(FLOOR <= p <= CEILING for p in mapped), features
        assert mapped == sorted(mapped), features


def test_extreme_weights_are_clamped() -> None:
    table = Calibration(0.0, 1.0, {"family=X": 50.0, "family=Y": -50.0})
    assert table.probability(1.0, ["family=X"]) == CEILING
    assert table.probability(0.0, ["family=Y"]) == FLOOR
    assert table.probability(0.7, ["unknown feature"]) == 0.5  # an unknown feature weighs nothing


def test_calibrated_event_keeps_everything_but_its_confidence() -> None:
    event = _event()
    calibrated = load_calibration().calibrated(event)
    assert replace(calibrated, confidence=event.confidence) == event
    assert FLOOR <= calibrated.confidence <= CEILING


@pytest.mark.parametrize(
    ("header", "rows", "problem"),
    [
        ("feature\tweight\tevents\tright", ["raw\t1.0\t1\t1"], "intercept"),
        ("feature\tweight\tevents\tright", ["intercept\t0.1\t1\t1", "raw\t-2\t1\t1"], "negative"),
        ("feature\tweight\tevents\tright", ["intercept\tx\t1\t1", "raw\t1\t1\t1"], "not feature"),
        ("feature\tweight\tevents\tright", ["intercept\tnan\t1\t1", "raw\t1\t1\t1"], "finite"),
        ("feature\tweight", ["intercept\t0.1", "raw\t1"], "header"),
    ],
)
def test_a_broken_table_is_refused_with_a_reason(
    tmp_path: Path, header: str, rows: list[str], problem: str
) -> None:
    path = tmp_path / "calibration.tsv"
    path.write_text("\n".join(["# comment", header, *rows]) + "\n")
    with pytest.raises(DataFileError, match=problem):
        load_calibration(path)


# --- features --------------------------------------------------------------------------------


def test_features_read_the_rule_marks_actors_and_modality() -> None:
    plain = event_features(_event())
    assert plain == ("family=ASSAULT",)
    inferred = event_features(
        _event(
            inferences=Inference.UNATTRIBUTED | Inference.DOMESTIC,
            targets=(),
            sources=(_actor("he", "RUS"),),
            modality="future",
            polarity="negated",
        )
    )
    assert set(inferred) == {
        "family=ASSAULT",
        "mark=+unattributed",
        "mark=+domestic",
        "pronoun",
        "no-target",
        "modality=future",
        "polarity=negated",
    }


def test_a_learned_classifiers_event_is_marked_model_and_its_rule_name_is_no_mark() -> None:
    features = event_features(_event(inferences=Inference.MODEL | Inference.IMPLIED))
    assert "model" in features and "mark=+implied" in features
    assert not any(f.startswith("mark=+assault") for f in features)
    assert "mark=+retreat" not in event_features(_event(rule="retreat", inferences=Inference.MODEL))


# --- labelling and fitting (hand-made records, never eval sentences) ----------------------------


def test_plover_right_needs_the_type_and_a_gold_source() -> None:
    gold = {
        "events": [
            {
                "plover": "ASSAULT",
                "source": [{"code": "RUS"}],
                "target": [{"code": "UKR"}],
                "reciprocal": False,
            }
        ]
    }
    assert plover_right(gold, _event())
    assert not plover_right(gold, _event(plover="COERCE"))
    assert not plover_right(gold, _event(sources=(_actor("Belarus", "BLR"),)))
    unnamed = {"events": [{"plover": "ASSAULT", "source": [], "target": [], "reciprocal": False}]}
    assert plover_right(unnamed, _event(sources=(_actor("Belarus", "BLR"),)))
    both = {"events": [{"plover": "CONSULT", "source": [{"code": "JAP"}, {"code": "RUS"}], "target": []}]}
    both["events"][0]["reciprocal"] = True
    met = _event(plover="CONSULT", sources=(_actor("Tokyo", "JPN"),), targets=(_actor("Moscow", "RUS"),))
    assert plover_right(both, met)  # JAP is read as JPN; a reciprocal event matches any participant


def test_cameo_right_by_penta_class_or_root() -> None:
    assert cameo_right({"penta": 4}, _event(cameo="190"))
    assert not cameo_right({"penta": 3}, _event(cameo="190"))
    assert cameo_right({"penta": 1}, _event(cameo="0431"))
    assert cameo_right({"cameo_root": "19"}, _event(cameo="193"))
    assert not cameo_right({"cameo_root": "18"}, _event(cameo="193"))
    assert not cameo_right({"cameo_root": "18"}, _event(cameo=None))


def test_reducing_relations_is_right_in_either_conflict_class() -> None:
    """Root 16 is material conflict by the mapping and verbal conflict by the penta annotators."""
    assert cameo_right({"penta": 3}, _event(cameo="163"))
    assert cameo_right({"penta": 4}, _event(cameo="163"))
    assert not cameo_right({"penta": 1}, _event(cameo="163"))


def _samples() -> list[Sample]:
    """Synthetic events: ASSAULT mostly right, SANCTION mostly wrong, higher raw more often right."""
    out = []
    for i in range(240):
        family = "ASSAULT" if i % 2 else "SANCTION"
        raw = (0.6, 0.7, 0.8, 0.9)[i % 4]
        right = (i % 10) < (8 if family == "ASSAULT" else 2) + (1 if raw >= 0.8 else 0)
        out.append(Sample("synthetic", i, raw, (f"family={family}",), right))
    return out


def test_fit_learns_the_families_and_stays_monotone() -> None:
    calibration = fit(_samples())
    assert calibration.raw >= 0
    assert calibration.weights["family=ASSAULT"] > calibration.weights["family=SANCTION"]
    assert (
        calibration.probability(0.8, ["family=ASSAULT"])
        > 0.6
        > calibration.probability(0.8, ["family=SANCTION"])
    )


def test_cross_validated_confidences_and_reliability_bins() -> None:
    samples = _samples()
    confidences = cross_validated(samples, 4)
    assert len(confidences) == len(samples) and all(FLOOR <= c <= CEILING for c in confidences)
    bins = reliability(confidences, [s.right for s in samples])
    assert [(b.low, b.high) for b in bins] == [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.0)]
    assert sum(b.events for b in bins) == len(samples)
    edge = reliability([0.2, 1.0, 0.0], [True, True, False])
    assert [b.events for b in edge] == [1, 1, 0, 0, 1]  # a bin holds its low edge; 1.0 is in the last


# --- the pipeline --------------------------------------------------------------------------------


@pytest.mark.slow
def test_pipeline_calibrates_every_event(nlp: Language) -> None:
    text = (
        "Russian forces shelled the Ukrainian city of Kharkiv on Monday. "
        "The European Union imposed new sanctions on Russia. "
        "Ukraine's foreign minister met his Polish counterpart in Warsaw."
    )
    assert nlp.pipe_names[-1] == "wirewatch_confidence"
    calibrated = nlp(text)._.events
    with nlp.select_pipes(disable=["wirewatch_confidence"]):
        raw = nlp(text)._.events
    assert calibrated and len(calibrated) == len(raw)
    table = load_calibration()
    for before, after in zip(raw, calibrated, strict=True):
        assert FLOOR <= after.confidence <= CEILING
        assert after.confidence == pytest.approx(table.calibrated(before).confidence)
        assert replace(after, confidence=before.confidence) == before
