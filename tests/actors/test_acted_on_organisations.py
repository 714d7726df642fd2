"""Organisations no table lists, named as what a state, a court or an armed group acts on (issue 11,
stop 46; `actors/acted_on.py`). The named target was left out: a firm the NER tags ORG is no actor
where nothing says what it is, so "prosecutors are investigating Lafarge" had no target and
"regulators fined Boeing" coded nothing. Such a name is a company's actor (BUS) where an act of
`data/acted_on.tsv` is done to it or to what it owns; a brand named elsewhere stays no actor, and
a firm's words against another firm stay no event. Sentences written for these tests about real
events.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find, mentions_by_text

pytestmark = pytest.mark.slow


def _targets(nlp: Language, text: str, plover: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.country, a.sector) for a in find(code(nlp, text), plover).targets]


@pytest.mark.parametrize(
    ("text", "plover", "target"),
    [
        ("French prosecutors are investigating Lafarge over payments to armed groups.", "ACCUSE", "Lafarge"),
        ("American regulators fined Boeing $200 million in 2022.", "COERCE", "Boeing"),
        ("Washington imposed sanctions on Huawei in 2019.", "SANCTION", "Huawei"),
        ("The Justice Department filed a lawsuit against Microsoft in 1998.", "ACCUSE", "Microsoft"),
    ],
)
def test_a_firm_acted_on_by_an_authority_is_the_named_target(
    nlp: Language, text: str, plover: str, target: str
) -> None:
    assert _targets(nlp, text, plover) == [(target, None, "BUS")]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Belgian police raided the offices of Huawei in Brussels.", "COERCE"),
        ("Belgian police raided Huawei's offices in Brussels.", "COERCE"),
        ("Rioters set fire to a warehouse owned by Amazon.", "ASSAULT"),
    ],
)
def test_the_owner_of_premises_acted_on_is_the_target(nlp: Language, text: str, plover: str) -> None:
    """Police raid a firm's offices, rioters burn its warehouse: the owner is the target, not the
    city the offices stand in."""
    owners = {"Huawei", "Amazon"}
    assert [a.text for a in find(code(nlp, text), plover).targets if a.text in owners]
    assert all(a.sector == "BUS" for a in find(code(nlp, text), plover).targets)


def test_a_nationality_before_the_name_is_the_firms_country_and_no_second_actor(nlp: Language) -> None:
    assert _targets(nlp, "Canada banned China's Huawei from its 5G networks in 2022.", "COERCE") == [
        ("China's Huawei", "CHN", "BUS")
    ]


def test_a_brand_named_outside_an_act_done_to_it_is_no_actor(nlp: Language) -> None:
    assert "Huawei" not in mentions_by_text(nlp, "Huawei unveiled a new phone in Shenzhen on Monday.")


@pytest.mark.parametrize(
    "text",
    ["Oracle sued Google over its use of Java.", "The software firm accused Oracle of misleading investors."],
)
def test_a_firm_suing_or_accusing_another_is_no_political_event(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]
