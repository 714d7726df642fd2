"""The owner of a noun of harm done ("arrest", "abduction", "killing") is the one it fell on when
the owners are people of a sector no harm is done by as a class (civilians, workers, reporters,
students, refugees, clergy), as a person or an office holder already was ("Navalny's arrest");
armed groups and states still own their acts ("the rebels' abduction of the aid workers"). The
sentences are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The workers' arrest was condemned by the union on Friday.",
        "Police said the children's abduction was reported to them on Sunday.",
        "The students' detention lasted three days, the university said.",
    ],
)
def test_people_who_own_a_harm_noun_underwent_it(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    owners = {"workers", "children", "students"}
    assert not [
        e for e in events if e.plover in {"COERCE", "ASSAULT"} and {s.text for s in e.sources} & owners
    ], [(e.plover, [s.text for s in e.sources]) for e in events]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The rebels' abduction of the aid workers shocked the region.", "rebels"),
        ("Hamas's abduction of two soldiers led to the war.", "Hamas"),
    ],
)
def test_armed_owners_of_a_harm_noun_did_it(nlp: Language, text: str, doer: str) -> None:
    events = code(nlp, text)
    assert any(e.plover == "ASSAULT" and doer in {s.text for s in e.sources} for e in events), events
