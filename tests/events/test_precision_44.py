"""Precision classes of stop 44 (prec6), on sentences written by the team.

"Protested the decision" by a party, an organisation or a body of no sector known is a complaint
(CAMEO 114, ACCUSE), no demonstration; by people who take to the streets (civilians, workers,
students) it stays PROTEST, and so does a party protesting in a place. Words between a teacher, a
coach, a doctor or a parent and those in their care are instruction or care, no political event;
the same verbs between political actors stay coded.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


def _types(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.plover, e.trigger.text) for e in code(nlp, text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Labour Party protested the mayor's sale of the public library.", "mayor"),
        ("The human rights group protested the army's treatment of detained journalists.", "army"),
        ("Human Rights Watch protested the governor's pardon of the sheriff.", "governor"),
    ],
)
def test_a_body_protesting_a_deed_complains(nlp: Language, text: str, target: str) -> None:
    event = by_rule(code(nlp, text), "accuse.protest-deed")
    assert (event.plover, event.cameo) == ("ACCUSE", "114")
    assert [t.text for t in event.targets] == [target]
    assert ("PROTEST", "protested") not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # negative: people who take to the streets demonstrate, whatever they protest
        "Hundreds of nurses protested the council's sale of the public hospital.",
        "Farm workers protested the ministry's cut in grain prices.",
        "University students protested the government's decision to triple tuition fees.",
        # negative: a party protesting in a place rallies
        "The Labour Party protested outside the town hall on Saturday.",
    ],
)
def test_crowds_and_rallies_still_protest(nlp: Language, text: str) -> None:
    assert ("PROTEST", "protested") in _types(nlp, text), _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The teacher encouraged her pupils to write to their grandparents.",
        "The teacher asked her students to hand in their essays before the holidays.",
    ],
)
def test_a_teacher_asking_pupils_is_no_request(nlp: Language, text: str) -> None:
    assert not [t for t in _types(nlp, text) if t[0] == "REQUEST"], _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # negative: a teacher asking a government, a minister asking teachers
        ("The teacher urged the government to raise the pay of rural staff.", "government"),
        ("The education minister urged teachers to call off the strike.", "teachers"),
        ("Students urged the government to scrap the new exam.", "government"),
    ],
)
def test_requests_between_political_actors_stay(nlp: Language, text: str, target: str) -> None:
    event = by_rule(code(nlp, text), "request.urge")
    assert [t.text for t in event.targets] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Pakistan denounced India's threats to impose a naval blockade on Karachi.", "Karachi"),
        ("Beijing's threats to slap a tariff on Australian barley worried Canberra.", "Australian"),
    ],
)
def test_an_act_named_inside_a_threat_is_that_threat(nlp: Language, text: str, target: str) -> None:
    threats = [e for e in code(nlp, text) if e.plover == "THREATEN"]
    assert len(threats) == 1, [(e.trigger.text, e.rule) for e in threats]
    assert [t.text for t in threats[0].targets] == [target]


def test_another_doers_act_under_an_act_stays(nlp: Language) -> None:
    # negative: the raids are the militia's, the shelling the army's: two acts of force
    text = "The army shelled the villages after the militia's raids on the border posts."
    triggers = {e.trigger.text for e in code(nlp, text) if e.plover == "ASSAULT"}
    assert {"shelled", "raids"} <= triggers, triggers


def test_an_act_conjoined_to_another_stays(nlp: Language) -> None:
    # negative: breaking off relations and an embargo imposed after it are two sanctions
    text = "Washington broke off relations with Havana in 1961 and imposed a strict trade embargo."
    triggers = {e.trigger.text for e in code(nlp, text) if e.plover == "SANCTION"}
    assert "embargo" in triggers, triggers
