"""Scoring of `wirewatch eval events` on hand-made records and predictions (issue 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wirewatch.errors import DataFileError
from wirewatch.evaluate.events import Prediction, cameo_scores, plover_scores
from wirewatch.events.codebook import load_codebook


def record(plover: str, source: list[str], target: list[str], reciprocal: bool = False) -> dict[str, Any]:
    def actors(codes: list[str]) -> list[dict[str, str | None]]:
        return [{"text": c, "code": c, "sector": None} for c in codes]

    return {
        "text": "x",
        "events": [
            {"plover": plover, "source": actors(source), "target": actors(target), "reciprocal": reciprocal}
        ],
    }


def pred(plover: str | None, sources: set[str], targets: set[str], cameo: str | None = None) -> Prediction:
    return Prediction(plover, cameo, frozenset(sources), frozenset(targets), None)


def test_plover_scores_count_types_actors_and_full_events() -> None:
    records = [
        record("ASSAULT", ["ISR"], ["PSE"]),
        record("CONSULT", ["USA", "RUS"], [], reciprocal=True),
        record("REJECT", ["JAP"], ["IGO"]),
        record("AID", ["FRA"], ["MLI"]),
    ]
    predictions = [
        pred("ASSAULT", {"ISR"}, {"PSE"}),
        pred("CONSULT", {"RUS"}, {"USA"}),  # reciprocal: sources and targets compared together
        pred("REJECT", {"JPN"}, {"IGO"}),  # JAP read as JPN; IGO matches an organisation
        pred(None, set(), set()),
    ]
    scores = plover_scores(records, predictions)
    assert scores["type_accuracy"] == 0.75
    assert scores["uncoded_share"] == 0.25
    assert scores["full_event_precision"] == 1.0 and scores["full_event_recall"] == 0.75
    assert scores["per_type"]["AID"]["recall"] == 0.0 and scores["per_type"]["ASSAULT"]["f1"] == 1.0
    # sources: ISR, {USA,RUS}, JPN right; FRA missed → 4 of 5
    assert scores["source_f1"] == round(2 * 1.0 * 0.8 / 1.8, 4)


def test_wrong_actor_spoils_the_full_event_but_not_the_type() -> None:
    scores = plover_scores([record("ASSAULT", ["ISR"], ["PSE"])], [pred("ASSAULT", {"ISR"}, {"LBN"})])
    assert scores["type_accuracy"] == 1.0 and scores["full_event_f1"] == 0.0 and scores["target_f1"] == 0.0


def test_cameo_scores_compare_roots() -> None:
    records = [
        {"text": "a", "cameo_root": "01"},
        {"text": "b", "cameo_root": "19"},
        {"text": "c", "cameo_root": "11"},
    ]
    predictions = [
        pred(None, set(), set(), "01"),
        pred("ASSAULT", {"X"}, {"Y"}, "190"),
        pred(None, set(), set()),
    ]
    scores = cameo_scores(records, predictions)
    assert scores["root_accuracy"] == round(2 / 3, 4)
    assert scores["root_accuracy_plover_roots"] == 0.5
    assert scores["uncoded_share"] == round(1 / 3, 4)


def test_codebook_fields_negated_received_modal_and_intent() -> None:
    book = load_codebook()
    accept = next(r for r in book.rules if r.rule == "agree.accept")
    assert accept.negated is not None and accept.negated.plover == "REJECT"
    assert any(r.received for r in book.rules) and book.modal_rules("must")
    assert book.intent[(2, "*")].plover == "AGREE" and book.intent[(4, "*")].plover == "THREATEN"
    assert book.intent[(1, "SUPPORT")].code == "032"
    assert book.cameo["172"].plover == "COERCE" and book.cameo["030"].plover == "AGREE"
    types = {r.plover for r in book.rules}
    assert len(types) == 16, sorted(types)


def test_bad_negated_code_names_the_rule(tmp_path: Path) -> None:
    path = tmp_path / "book.yaml"
    path.write_text("- {rule: x.neg, lemma: accept, pos: verb, cameo: '057', negated: '999'}\n")
    with pytest.raises(DataFileError, match=r"x\.neg.*999"):
        load_codebook(path)


def test_an_organisation_and_its_officers_score_as_igo() -> None:
    from wirewatch.evaluate.events import actor_code
    from wirewatch.model import ActorRef

    assert actor_code(ActorRef("UN officials", "UN:GOV", None, "UN", "GOV", None)) == "IGO"
    assert actor_code(ActorRef("NATO", "NATO", None, "NATO", "IGO", None)) == "IGO"
    assert actor_code(ActorRef("Chile", "CHL", None, "CHL", None, None)) == "CHL"


def test_role_words_table_names_a_bad_line(tmp_path: Path) -> None:
    from wirewatch.events.words import load_role_words

    path = tmp_path / "role_words.tsv"
    path.write_text("word\tclass\nbomb\tattack\nskirmish\tbattle\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="data line 2"):
        load_role_words(path)
    path.write_text("word\tclass\nbomb\tattack\n", encoding="utf-8")
    assert load_role_words(path).attack == frozenset({"bomb"})
