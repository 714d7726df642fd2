"""A "they" that does something (not one that speaks) is the group last named doing or undergoing
something, not a group that only spoke a sentence earlier (issue 11, real news: "Israeli troops are
now deployed in Gaza. ... they have ordered residents to leave" went to the Israeli police quoted
just before). Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find

TEXT = (
    "Kenyan police said on Monday that 300 migrants had crossed the river overnight. "
    "Ugandan soldiers are now deployed along the border. "
    "Using loudspeakers, they have ordered families in the villages to leave their homes."
)


def test_they_who_order_families_out_are_the_soldiers(nlp: Language) -> None:
    event = find(code(nlp, TEXT), "COERCE")
    assert [(a.country, a.sector) for a in event.sources] == [("UGA", "MIL")]
