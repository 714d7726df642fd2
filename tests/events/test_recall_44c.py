"""Acts told as not done so far, investigations told as nouns, agentless police raids (stop-44
recall readings r11/r12, recall20). Our own sentences.

- "has yet to X" is "has not yet X-ed" (modality_cues.tsv `hitherto`): not done so far, negated,
  no intent and no refusal; "will X" stays an intent.
- A raid or a search of premises told with no doer, in a sentence (or after one) that names the
  police, prosecutors or an inquiry, is the authorities' search and seizure (CAMEO 171); with no
  such words an agentless raid stays force.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian governor has yet to endorse the mayor of Accra.",
        "Ghana has yet to send troops to Mali.",
    ],
)
def test_yet_to_is_not_done_so_far(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert events
    assert all(e.polarity == "negated" for e in events)
    assert not [e for e in events if e.plover in ("AGREE", "THREATEN", "REJECT")]


def test_yet_to_reads_as_not_yet(nlp: Language) -> None:
    yet_to = code(nlp, "The Ghanaian governor has yet to endorse the mayor of Accra.")
    not_yet = code(nlp, "The Ghanaian governor has not yet endorsed the mayor of Accra.")

    def reading(events: list) -> list:
        return [(e.plover, e.cameo, e.polarity) for e in events]

    assert reading(yet_to) == reading(not_yet)


@pytest.mark.parametrize(
    ("text", "plover", "polarity"),
    [
        ("The Ghanaian governor will endorse the mayor of Accra.", "AGREE", "affirmed"),
        ("The Ghanaian governor endorsed the mayor of Accra.", "SUPPORT", "affirmed"),
        ("Ghana plans to send troops to Mali.", "THREATEN", "affirmed"),
    ],
)
def test_an_intent_or_a_done_act_is_unchanged(nlp: Language, text: str, plover: str, polarity: str) -> None:
    events = [e for e in code(nlp, text) if e.plover == plover]
    assert events and all(e.polarity == polarity for e in events)


def test_what_two_sides_have_yet_to_agree_is_no_intent(nlp: Language) -> None:
    events = code(nlp, "Ghana and Togo have yet to agree on the fishing quotas.")
    agree = [e for e in events if e.plover == "AGREE"]
    assert agree and all(e.polarity == "negated" and e.modality == "actual" for e in agree)


@pytest.mark.parametrize(
    "text",
    [
        "Slovak prosecutors are looking into the opposition party's accounts. The offices of the"
        " Slovak opposition party in Bratislava were raided on Tuesday.",
        "The headquarters of the Slovak opposition party in Bratislava were searched on Tuesday as part"
        " of a fraud inquiry.",
    ],
)
def test_an_agentless_raid_after_an_inquiry_is_a_seizure(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    coerce = [e for e in events if e.plover == "COERCE" and e.cameo == "171"]
    assert coerce and "Slovak opposition party" in [m.text for m in coerce[0].targets]
    assert coerce[0].sources[0].sector == "COP"
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_an_agentless_raid_with_no_inquiry_stays_force(nlp: Language) -> None:
    events = code(nlp, "The offices of the Slovak opposition party in Bratislava were raided on Tuesday.")
    assert not [e for e in events if e.plover == "COERCE"]
