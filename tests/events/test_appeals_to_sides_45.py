"""Appeals that coded nothing or lost their addressee (urge17). Our own sentences.

1. A request of the sides to a dispute ("urged the two sides to", "called on all parties to",
   "appealed to the warring factions to"; role_words.tsv `parties`) is a REQUEST: to the pair the
   story names where it names one, else with no target, never dropped for want of a named target.
   "The warring factions" / "the warring parties" are that pair as "both sides" is.
2. "The UN envoy called on the rebels to disarm": the parse makes the noun the root and the verb
   of asking a clause on it; with its own addressee after "on"/"upon"/"to" and an infinitive,
   that verb is the sentence's predicate (roles._lost_predicate).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


def _requests(nlp: Language, text: str) -> list[tuple[list[str], list[str | None]]]:
    return [
        ([s.text for s in e.sources], sorted(t.country or t.sector or "" for t in e.targets))
        for e in code(nlp, text)
        if e.plover == "REQUEST"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The NATO secretary general urged the two sides to return to the table.", "NATO"),
        ("The UN envoy called on all parties to respect the truce in the north.", "UN envoy"),
        (
            "The Ghanaian president appealed to the warring factions to open the roads to convoys.",
            "Ghanaian president",
        ),
        ("The African Union urged both parties to reopen the airport.", "African Union"),
    ],
)
def test_a_request_of_unnamed_sides_has_no_target(nlp: Language, text: str, source: str) -> None:
    requests = _requests(nlp, text)
    assert len(requests) == 1
    sources, targets = requests[0]
    assert source in " ".join(sources)
    assert targets == []


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between Ethiopia and Eritrea spread along the border. The Ghanaian president appealed "
        "to the warring factions to open the roads to convoys.",
        "Clashes between Ethiopia and Eritrea spread along the border. The African Union urged the warring "
        "parties to reopen the airport.",
    ],
)
def test_the_warring_sides_are_the_pair_the_story_names(nlp: Language, text: str) -> None:
    assert [targets for _, targets in _requests(nlp, text)] == [["ERI", "ETH"]]


@pytest.mark.parametrize(
    "text",
    [
        "The NATO secretary general urged the two sides.",  # nothing asked
        "The general urged the two sides of the valley to be fenced.",  # sides of a place
        "The senator urged her colleagues to vote against the bill.",  # no sides of a dispute
        "The NATO secretary general praised the two sides for their restraint.",  # no request
    ],
)
def test_sides_not_asked_to_act_stay_uncoded(nlp: Language, text: str) -> None:
    assert _requests(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The UN envoy called on the rebels to disarm.", "UN envoy", "REB"),
        ("The EU envoy called upon the militias to leave the capital.", "EU envoy", "REB"),
        (
            "The Nigerian president appealed to the insurgents to surrender their weapons.",
            "Nigerian president",
            "REB",
        ),
        ("The UN envoy called on Israel to halt the raids.", "UN envoy", "ISR"),
    ],
)
def test_an_appeal_parsed_as_a_clause_on_its_subject_is_the_predicate(
    nlp: Language, text: str, source: str, target: str
) -> None:
    requests = _requests(nlp, text)
    assert len(requests) == 1
    sources, targets = requests[0]
    assert sources == [source]
    assert targets == [target]


@pytest.mark.parametrize(
    "text",
    [
        "The UN envoy called on Monday.",  # a call made, no one addressed, nothing asked
        "The UN envoy arrived on Monday to meet the rebels.",  # no verb of asking
    ],
)
def test_a_clause_on_the_subject_with_no_appeal_asks_nothing(nlp: Language, text: str) -> None:
    assert _requests(nlp, text) == []
