"""The act a verb of threatening embeds is what is threatened: one act, the threat, not a second,
future event of its own ("threatened to sue the ministry" is no future lawsuit)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union threatened to sue the education ministry over the pay cuts.",
        "The regulator threatened to charge the mining company.",
        "The opposition leader threatens to sue the electoral commission.",
    ],
)
def test_a_threatened_verbal_act_is_the_threat(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert [e.plover for e in events] == ["THREATEN"], [(e.plover, e.rule, e.modality) for e in events]
    assert events[0].modality == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union plans to sue the education ministry over the pay cuts.",
        "The governor threatened the journalists and sued the newspaper.",
    ],
)
def test_an_act_not_embedded_in_a_threat_stays_its_own(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert "ACCUSE" in [e.plover for e in events], [(e.plover, e.rule, e.modality) for e in events]
