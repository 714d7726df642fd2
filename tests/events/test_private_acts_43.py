"""Acts that are no act on another party (stop 43, rel6), on sentences written by the team.

Force whose only object is the doer's own reflexive is self-harm, no attack; a trip whose purpose
is a private errand (a wedding, a holiday, treatment, promoting one's business) visits no
government; one let go from a hospital or a clinic leaves as a patient, no captive freed; the
purpose infinitive of a request for funds is what the funds would do, no act of the one asking;
a bell rung is no telephone call.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


def _acts(nlp: Language, text: str) -> list[tuple[str, str, str, str]]:
    return [(e.plover, e.trigger.text, e.rule, e.modality) for e in code(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Retired soldiers are shooting themselves at four times the rate of other men, the study found.",
        "Retired policemen are shooting themselves at three times the rate of other workers.",
    ],
)
def test_force_on_oneself_is_no_attack(nlp: Language, text: str) -> None:
    acts = _acts(nlp, text)
    assert not [a for a in acts if a[0] == "ASSAULT"], acts


def test_force_on_others_stays(nlp: Language) -> None:
    # negative: the same clause with other people as the object is an attack
    text = "Government troops are killing civilians at twice the rate of last year, the senator said."
    assert by_rule(code(nlp, text), "assault.kill").plover == "ASSAULT"


def test_a_suicide_attack_keeps_its_victims(nlp: Language) -> None:
    # negative: a rule that names the reflexive ("blew himself up") is a suicide attack
    text = "A Taliban fighter blew himself up at the army checkpoint, killing seven soldiers."
    event = by_rule(code(nlp, text), "assault.blow-up-suicide")
    assert [t.text for t in event.targets] == ["soldiers"]


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister flew to Lisbon to attend his niece's wedding.",
        "The senator travelled to Germany for medical treatment after the election.",
        "The prime minister flew to Ireland to promote her family's golf resort.",
        "The governor flew to Spain on holiday with his wife.",
    ],
)
def test_a_private_trip_is_no_visit(nlp: Language, text: str) -> None:
    acts = _acts(nlp, text)
    assert not [a for a in acts if a[2].startswith(("consult.fly-to", "consult.travel-to"))], acts


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister flew to Lisbon for talks on the naval exercise.",
        "The foreign minister flew to Amman to discuss the border dispute.",
        "The envoy flew to Geneva to discuss the treatment of prisoners of war.",
    ],
)
def test_an_official_trip_stays_a_visit(nlp: Language, text: str) -> None:
    # negative: a trip for talks or to discuss others' plight is a visit
    acts = _acts(nlp, text)
    assert [a for a in acts if a[2].startswith(("consult.fly-to", "consult.travel-to"))], acts


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan opposition leader Amina Wanjiru was released from hospital on Monday.",
        "Doctors released the opposition leader from the clinic on Sunday.",
        "The Malawian president was released from a military hospital after heart surgery.",
    ],
)
def test_leaving_hospital_is_no_release_of_a_captive(nlp: Language, text: str) -> None:
    acts = _acts(nlp, text)
    assert not [a for a in acts if a[0] == "RETREAT"], acts


def test_a_release_from_prison_stays(nlp: Language) -> None:
    # negative: let go from prison or by captors is still a release
    acts = _acts(nlp, "The army released the opposition leader from prison on Sunday.")
    assert [a for a in acts if a[0] == "RETREAT"], acts


@pytest.mark.parametrize(
    "text",
    [
        "The charity appealed for $4 million to help drought victims in Somalia.",
        "The World Food Programme launched an appeal for $9 million to help refugees in Sudan.",
        "The Red Cross appealed for donations to help families who fled the fighting.",
    ],
)
def test_the_purpose_of_funds_asked_for_is_no_act(nlp: Language, text: str) -> None:
    acts = _acts(nlp, text)
    assert [a for a in acts if a[0] == "REQUEST"], acts
    assert not [a for a in acts if a[0] == "AID"], acts


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Norway sent $4 million to help drought victims in Somalia.", "AID"),
        ("The charity appealed for calm and pledged to help drought victims in Somalia.", "AGREE"),
    ],
)
def test_help_given_or_promised_stays(nlp: Language, text: str, plover: str) -> None:
    # negative: help sent, or promised beside an appeal, is the subject's own act
    acts = _acts(nlp, text)
    assert [a for a in acts if a[1] == "help" and a[0] == plover], acts


def test_a_bell_rung_is_no_call(nlp: Language) -> None:
    acts = _acts(nlp, "Farmers rang the church bells to warn of the rebel advance.")
    assert not [a for a in acts if a[0] == "CONSULT"], acts


def test_a_leader_rung_is_a_call(nlp: Language) -> None:
    # negative: a person rung is a telephone call
    event = by_rule(code(nlp, "The president rang the Japanese prime minister on Sunday."), "consult.ring")
    assert event.mode == "phone"
