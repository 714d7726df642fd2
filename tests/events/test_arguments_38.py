"""Argument shapes that lost events or targets on real news, stop 38 (issues 10 and 11, helper
G2), on sentences written by the team: a gerund phrase fronted before its clause is done by the
clause's subject."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover", "countries"),
    [
        (
            "After criticizing the Greek government, the Turkish president flew to Ankara.",
            "ACCUSE",
            ({"TUR"}, {"GRC"}),
        ),
        (
            "Before meeting the Iranian foreign minister, the Iraqi premier visited Baghdad.",
            "CONSULT",
            ({"IRQ"}, {"IRN"}),
        ),
        ("By expelling the Russian envoy, Poland angered Moscow.", "SANCTION", ({"POL"}, {"RUS"})),
    ],
)
def test_a_fronted_gerund_is_done_by_the_clause_subject(
    nlp: Language, text: str, plover: str, countries: tuple[set[str], set[str]]
) -> None:
    assert dyad(find(code(nlp, text), plover)) == countries


def test_a_fronted_gerund_before_a_passive_clause_has_no_doer(nlp: Language) -> None:
    """A dangling modifier: the clause's subject is no one who met the envoy."""
    events = code(nlp, "After meeting the Iranian envoy, the Saudi plan was shelved.")
    assert not [e for e in events if e.plover == "CONSULT" and "SAU" in dyad(e)[0]]


def test_a_fronted_gerund_before_a_verb_of_saying_is_not_the_speakers(nlp: Language) -> None:
    """The phrase may belong to the reported clause: the officer tells who shot, the gunman did."""
    events = code(nlp, "After shooting the Canadian tourist, the police officer said the gunman fled.")
    assert not [e for e in events if e.plover == "ASSAULT" and any(a.sector == "COP" for a in e.sources)]
