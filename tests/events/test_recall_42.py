"""Acts still missed on the stop-41 recall readings (r5/r6, recall3). The sentences are our own.

- A verb of VerbNet's amuse class in the active ("the minister's order angered the officers"): the
  object holds the feeling, about the subject or the doer of the act the subject names (CAMEO 110,
  PLOVER 2.0 ACCUSE), as the passive "the officers were angered by the order" already codes.
- Records or information handed over to another party are shared with it (CAMEO 064, COOPERATE).
- Professing to know nothing of a matter is denying any part in it (CAMEO 016, REJECT).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "holder", "about"),
    [
        ("The senator's remarks outraged Kenyan farmers.", "Kenyan farmers", "senator"),
        (
            "The Russian ambassador infuriated the Polish government with his speech.",
            "Polish government",
            "Russian ambassador",
        ),
        (
            "The Ugandan president's order angered Kenyan opposition leaders.",
            "Kenyan opposition leaders",
            "Ugandan president",
        ),
    ],
)
def test_a_feeling_stirred_in_the_object_is_its_disapproval(
    nlp: Language, text: str, holder: str, about: str
) -> None:
    accuse = find(code(nlp, text), "ACCUSE")
    assert holder in [m.text for m in accuse.sources]
    assert about in [m.text for m in accuse.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The storm alarmed residents of the Kenyan coast.",
        "Brazil upset Argentina in the final of the cup.",
        "The Italian navy disturbed the wreck of the ship.",
    ],
)
def test_a_feeling_stirred_by_no_one_or_another_sense_codes_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The ministry handed over the files to the Senate committee.", "ministry", "Senate committee"),
        (
            "The Swiss bank turned over its records to the French prosecutors.",
            "Swiss bank",
            "French prosecutors",
        ),
        ("The Kenyan police gave the Senate committee the documents.", "Kenyan police", "Senate committee"),
    ],
)
def test_records_handed_over_are_shared(nlp: Language, text: str, source: str, target: str) -> None:
    shared = by_rule(code(nlp, text), "cooperate.")
    assert shared.cameo == "064"
    assert source in [m.text for m in shared.sources]
    assert target in [m.text for m in shared.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The general handed over power to the civilian council.",
        "The Indian army handed over the prisoners to Pakistan.",
        "The ministry handed over the files on Tuesday.",
    ],
)
def test_handing_over_no_records_or_to_no_one_shares_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "064"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor of Lagos claimed to know nothing about the contract.", "mayor"),
        ("The Spanish foreign minister insisted she knew nothing of the payments.", "she"),
    ],
)
def test_professing_to_know_nothing_is_a_denial(nlp: Language, text: str, source: str) -> None:
    denial = find(code(nlp, text), "REJECT")
    assert denial.cameo == "016"
    assert any(source in m.text for m in denial.sources)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Lagos said he knew little about the contract.",
        "The Spanish foreign minister knew the contractor well.",
    ],
)
def test_knowing_something_denies_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "REJECT"]
