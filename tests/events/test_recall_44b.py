"""Wordings of CAMEO acts that had no rule (stop-44 recall readings r11/r12, recall19). Our own
sentences.

- A raid or a search of premises by the police, prosecutors or intelligence officers is a search
  and seizure (CAMEO 171, COERCE), no armed attack; a raid by anyone else stays force (190); a
  search for a person, or of rubble, seizes nothing.
- Questioning or interviewing by the police is an inquiry into the one questioned (CAMEO 090); so
  is anyone questioned or interviewed on suspicion of a crime, whoever did it (091); a senator
  questioning a nominee or a reporter interviewing a minister inquires into no one.
- Approving or authorizing a gathering or a request grants it (CAMEO 080); withheld, it is a
  refusal (120); approving a budget gives leave to no one.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Slovak police raided the offices of the Slovak opposition party.",
            "Slovak police",
            "Slovak opposition party",
        ),
        (
            "The offices of the Slovak opposition party were raided by police.",
            "police",
            "Slovak opposition party",
        ),
        ("Slovak police searched the home of the opposition leader.", "Slovak police", "opposition leader"),
        (
            "The Bratislava headquarters of the Slovak opposition party was searched by police.",
            "police",
            "Slovak opposition party",
        ),
    ],
)
def test_a_police_raid_or_search_is_a_seizure(nlp: Language, text: str, source: str, target: str) -> None:
    coerce = find(code(nlp, text), "COERCE")
    assert coerce.cameo == "171"
    assert source in [m.text for m in coerce.sources]
    assert target in [m.text for m in coerce.targets]
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


def test_a_raid_by_fighters_stays_force(nlp: Language) -> None:
    events = code(nlp, "Slovak rebels raided a Slovak army outpost.")
    assert find(events, "ASSAULT").cameo == "190"
    assert not [e for e in events if e.plover == "COERCE"]


@pytest.mark.parametrize(
    "text",
    ["Slovak police searched for the gunman.", "Rescuers searched the rubble for Slovak survivors."],
)
def test_a_search_for_people_seizes_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "COERCE"]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Slovak opposition leader was questioned by detectives.", "090"),
        ("Slovak police interviewed the opposition leader for six hours.", "090"),
        ("The Slovak opposition leader was interviewed under caution on suspicion of bribery.", "091"),
        ("The Slovak opposition leader was questioned on suspicion of fraud.", "091"),
    ],
)
def test_police_questioning_is_an_inquiry(nlp: Language, text: str, cameo: str) -> None:
    accuse = find(code(nlp, text), "ACCUSE")
    assert accuse.cameo == cameo
    assert "opposition leader" in " ".join(m.text for m in accuse.targets)


@pytest.mark.parametrize(
    "text",
    [
        "The Slovak senators questioned the nominee for six hours.",
        "A Slovak journalist interviewed the opposition leader.",
        "The Slovak opposition leader was questioned about the budget.",
        "Slovak police questioned witnesses who saw the crash.",
    ],
)
def test_questions_put_by_others_inquire_into_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        ("The Slovak interior ministry approved the opposition rally.", "080", "Slovak interior ministry"),
        (
            "The Slovak interior ministry did not authorize the opposition rally.",
            "120",
            "Slovak interior ministry",
        ),
        (
            "The opposition rally was not approved by the Slovak interior ministry.",
            "120",
            "Slovak interior ministry",
        ),
        ("The Czech university did not approve the senator's lecture.", "120", "Czech university"),
    ],
)
def test_leave_for_a_gathering_granted_or_withheld(nlp: Language, text: str, cameo: str, source: str) -> None:
    events = [e for e in code(nlp, text) if e.cameo == cameo]
    assert events, [(e.plover, e.cameo, e.rule) for e in code(nlp, text)]
    assert events[0].polarity == "affirmed"
    assert source in [m.text for m in events[0].sources]


def test_a_budget_approved_gives_leave_to_no_one(nlp: Language) -> None:
    events = code(nlp, "The Slovak parliament approved the budget.")
    assert not [e for e in events if e.plover in ("CONCEDE", "REJECT")]
