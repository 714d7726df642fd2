"""An object "it" judged for a deed or charged with one is the actor named before (issue 11, stop
46). "The Sudanese army shelled the market. Rights groups condemned it for the attack": the market
between them made the resolver read "it" as that thing, and the event coder read no object "it" at
all, so the condemnation had no target. A verb that judges its object for a deed its "for" phrase
names (coref_words.tsv class judging), or charges it with one its "of" phrase names, takes an
actor; any other object "it" is as often a thing and stays none. Sentences written for these
tests about real events.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

from wirewatch.actors.coref import Coreference

pytestmark = pytest.mark.slow


SHELLED = "The Sudanese army shelled a market in El Fasher. Rights groups condemned it for the attack."
ACCUSED = "Ethiopia filled the dam in 2020. Egypt accused it of taking too much water from the Nile."


def _it(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.lower_ == "it" and t.dep_ == "dobj")
    return [m.text for m in Coreference.of(doc, doc._.mentions or []).antecedents(head)]


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (SHELLED, "Sudanese army"),
        ("The Myanmar army seized power in 2021. The UN condemned it for killing civilians.", "Myanmar army"),
        (ACCUSED, "Ethiopia"),
    ],
)
def test_an_it_judged_for_a_deed_is_the_actor_named_before(nlp: Language, text: str, meant: str) -> None:
    assert _it(nlp, text) == [meant]


def test_the_judgement_targets_the_actor_the_it_stands_for(nlp: Language) -> None:
    event = next(e for e in code(nlp, SHELLED) if e.rule.startswith("accuse.condemn"))
    assert [(a.text, a.country, a.sector) for a in event.targets] == [("Sudanese army", "SDN", "MIL")]
    accused = find(code(nlp, ACCUSED), "ACCUSE")
    assert [a.text for a in accused.targets] == ["Ethiopia"]


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese army launched an offensive on Monday. The United Nations condemned it.",
        "The government sent the budget to parliament in March. The opposition has criticised it for years.",
    ],
)
def test_an_it_for_a_thing_stays_no_actor(nlp: Language, text: str) -> None:
    """The offensive, not the army, is what was condemned; "for years" names no deed."""
    assert _it(nlp, text) == []
    assert all(not e.targets for e in code(nlp, text) if e.plover == "ACCUSE")
