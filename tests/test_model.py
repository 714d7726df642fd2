"""Typed provenance (issue 10, item 8): the inferences of an event or a mention, and the `rule`
string of the JSON contract rendered from them and parsed back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirewatch.model import (
    LEARNED,
    NO_INFERENCE,
    ActorRef,
    Event,
    Inference,
    Mention,
    Span,
    parse_rule,
    render_rule,
)

SUFFIXES = [m for m in Inference if not m & LEARNED]
# The strings the coder wrote before the inferences were typed (README, CHANGELOG, calibration.tsv).
WRITTEN = [
    ("consult.meet+pair", "consult.meet", Inference.PAIR),
    ("model:penta+attack.shell", "attack.shell", Inference.MODEL),
    ("model:penta+assault.verb.attack+implied", "assault.verb.attack", Inference.MODEL | Inference.IMPLIED),
    ("model:penta:assault", "assault", Inference.MODEL_GENERIC),
    ("model:penta:coerce+place+pair", "coerce", Inference.MODEL_GENERIC | Inference.PLACE | Inference.PAIR),
    ("assault.kill+unattributed-bombing", "assault.kill", Inference.UNATTRIBUTED_BOMBING),
    ("coerce.arrest+headline+implied", "coerce.arrest", Inference.HEADLINE | Inference.IMPLIED),
    ("agree.accept+complement+negated", "agree.accept", Inference.COMPLEMENT | Inference.NEGATED),
    ("retreat.withdraw+intent", "retreat.withdraw", Inference.INTENT),
    ("person+known", "person", Inference.KNOWN),
    ("sector:police+article", "sector:police", Inference.ARTICLE),
    ("person+known+article", "person", Inference.KNOWN | Inference.ARTICLE),
    ("gazetteer:demonym-modifier", "gazetteer:demonym-modifier", NO_INFERENCE),
]


@pytest.mark.parametrize("member", list(Inference), ids=lambda m: m.name)
def test_every_member_round_trips(member: Inference) -> None:
    text = render_rule("consult.meet", member)
    assert parse_rule(text) == ("consult.meet", member)
    if member & LEARNED:
        assert text.startswith("model:penta") and text.endswith("consult.meet")
    else:
        assert text == f"consult.meet+{member.mark}"


@pytest.mark.parametrize(("text", "base", "inferences"), WRITTEN, ids=[w[0] for w in WRITTEN])
def test_the_strings_the_coder_wrote_read_as_typed(text: str, base: str, inferences: Inference) -> None:
    assert parse_rule(text) == (base, inferences)
    assert render_rule(base, inferences) == text


@given(
    base=st.from_regex(r"[a-z][a-z.:-]{0,20}", fullmatch=True).filter(lambda b: not b.startswith("model:")),
    learned=st.sampled_from([NO_INFERENCE, Inference.MODEL, Inference.MODEL_GENERIC]),
    marks=st.sets(st.sampled_from(SUFFIXES)),
)
def test_any_typed_rule_round_trips(base: str, learned: Inference, marks: set[Inference]) -> None:
    inferences = learned
    for mark in marks:
        inferences |= mark
    assert parse_rule(render_rule(base, inferences)) == (base, inferences)


@given(st.lists(st.sampled_from([*(m.mark for m in SUFFIXES), "here", "x.y", "", "model:penta"]), max_size=6))
def test_any_stored_string_renders_back_to_itself(parts: list[str]) -> None:
    """A database written by another version: unknown or out-of-order marks stay in the base."""
    text = "+".join(["consult.meet", *parts])
    assert render_rule(*parse_rule(text)) == text
    assert render_rule(*parse_rule("model:penta+" + text)) == "model:penta+" + text


def test_an_unknown_mark_stays_in_the_base_rule() -> None:
    assert parse_rule("consult.meet+here+pair") == ("consult.meet+here", Inference.PAIR)
    assert parse_rule("consult.meet+pair+place") == ("consult.meet+pair", Inference.PLACE)


def _event(**kw: object) -> Event:
    values: dict[str, object] = {
        "event_id": "e1",
        "article_id": "a1",
        "plover": "CONSULT",
        "mode": None,
        "cameo": "040",
        "quad_class": 1,
        "goldstein": 1.0,
        "polarity": "affirmed",
        "modality": "actual",
        "sources": (ActorRef("Kenya", "KEN", "Kenya", "KEN", None, None),),
        "targets": (),
        "sentence": "Both countries met.",
        "sentence_start": 0,
        "trigger": Span(15, 18, "met"),
        "confidence": 0.5,
        "rule": "consult.meet",
    }
    values.update(kw)
    return Event(**values)  # type: ignore[arg-type]


def test_event_json_renders_rule_in_place_and_provenance_last() -> None:
    event = _event(inferences=Inference.MODEL | Inference.PAIR)
    out = event.to_dict()
    assert list(out) == [
        "event_id",
        "article_id",
        "plover",
        "mode",
        "cameo",
        "quad_class",
        "goldstein",
        "polarity",
        "modality",
        "sources",
        "targets",
        "sentence",
        "trigger",
        "confidence",
        "rule",
        "date",
        "date_precision",
        "location",
        "provenance",
    ]
    assert out["rule"] == "model:penta+consult.meet+pair" and out["provenance"] == ["model", "pair"]
    assert _event().to_dict()["rule"] == "consult.meet" and _event().to_dict()["provenance"] == []


def test_mention_rule_text() -> None:
    police = Mention(
        0, 6, "Police", "group", "CHL", "COP", rule="sector:police", inferences=Inference.ARTICLE
    )
    assert police.rule_text() == "sector:police+article"
    assert Mention(0, 5, "Kenya", "country", "KEN", rule="gazetteer:name").rule_text() == "gazetteer:name"
