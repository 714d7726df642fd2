"""A commitment to an act is the intent to do it (stop 39, penta coverage).

"Norway is committed to providing aid", "Japan remains committed to holding talks": the act
hangs as a gerund on "committed to" (modality_cues.tsv `commit to`, future), whose subject (the
passive subject of "is committed") intends it. It is coded as intent (CAMEO 03x: 030 aid, 036
talks), as "plans to provide aid" is; before, the gerund had no subject and nothing was coded.
The sentences are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Norway is committed to providing aid to Sudan.", "033", "NOR", "SDN"),
        ("Japan remains committed to holding talks with China.", "036", "JPN", "CHN"),
        ("The Indian government is committed to resuming talks with Pakistan.", "036", "IND", "PAK"),
        ("Turkey is committed to sending peacekeepers to Bosnia.", "0334", "TUR", "BIH"),
    ],
)
def test_an_act_one_is_committed_to_is_intended(
    nlp: Language, text: str, cameo: str, source: str, target: str
) -> None:
    """ "is committed to providing aid to Sudan": Norway intends to aid Sudan (033), no aid given."""
    event = find(code(nlp, text), "AGREE")
    assert event.cameo == cameo
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Britain committed 500 troops to the NATO mission in Afghanistan.", "0334"),
        ("Kenya held talks with the Somali rebels.", "040"),
    ],
)
def test_troops_committed_and_talks_held_keep_their_codes(nlp: Language, text: str, cameo: str) -> None:
    """ "committed 500 troops to the mission" is a pledge of its own (0334), not an intent cue on
    itself; talks held are talks (040)."""
    assert [e.cameo for e in code(nlp, text)] == [cameo]


def test_a_commitment_to_no_act_codes_nothing(nlp: Language) -> None:
    """ "committed to the defence of Latvia": a cause, no act with a trigger, nothing coded."""
    assert code(nlp, "Canada is committed to the defence of Latvia.") == []


def test_a_vote_on_whether_to_act_lends_no_subject_to_the_act(nlp: Language) -> None:
    """ "vote on whether to give the leaders permission": a decision verb's preposition is no part
    of it, as "committed to" is: the gerund or infinitive under "on" gets no doer from the vote."""
    text = "Canadian nurses vote next week on whether to give their union leaders permission to strike."
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"]
