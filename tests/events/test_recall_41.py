"""Acts the coder did not find, stop 41 (issue 10: recall on political articles).

Personnel sanctions an authority puts on its own officials (suspended, sacked, reassigned, placed on
leave: CAMEO 172, PLOVER COERCE), and refusals told as an idiom of shutting out or chilling a
proposal ("slammed the door on talks", "poured cold water on the plan": CAMEO 120). The sentences
are our own, with the near sentences that must code nothing new.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule", "source"),
    [
        (
            "The interior ministry suspended the regional police chief.",
            "coerce.suspend-official",
            "interior ministry",
        ),
        ("The president sacked the defence minister on Friday.", "coerce.sack-official", "president"),
        (
            "The justice ministry placed the ambassador on administrative leave.",
            "coerce.place-on-leave",
            "justice ministry",
        ),
        ("The governor reassigned the head of the state police.", "coerce.reassign-official", "governor"),
    ],
)
def test_a_personnel_sanction_on_an_official_is_coercion(
    nlp: Language, text: str, rule: str, source: str
) -> None:
    """An authority suspending, removing, reassigning or sending on leave one of its officials imposes
    an administrative sanction on them (172)."""
    event = find(code(nlp, text), "COERCE")
    assert (event.cameo, event.rule) == ("172", rule)
    assert source in {s.text for s in event.sources}


@pytest.mark.parametrize(
    "text",
    [
        "The union suspended its week-long strike.",
        "The mourners placed wreaths on the memorial.",
        "Riot police fired rubber bullets at the crowd.",
        "The court dismissed the prosecutor's appeal.",
        # any employer fires its staff: an agentless firing implies no authority
        "The clerk had been fired a week earlier as a senior accountant at the bank, the police said.",
    ],
)
def test_no_personnel_sanction_without_an_official(nlp: Language, text: str) -> None:
    """Suspending a strike, placing wreaths, firing bullets, dismissing an appeal: no official, no 172."""
    assert not [e for e in code(nlp, text) if e.cameo == "172"]


@pytest.mark.parametrize(
    ("text", "rule", "target"),
    [
        ("The cabinet slammed the door on talks with the separatists.", "reject.slam-door", "separatists"),
        (
            "The finance minister poured cold water on the union's wage proposal.",
            "reject.cold-water",
            "union",
        ),
        ("Berlin closed the door on the Italian plan.", "reject.close-door", "Italy"),
    ],
)
def test_a_proposal_shut_out_or_chilled_is_refused(nlp: Language, text: str, rule: str, target: str) -> None:
    """ "slammed the door on talks", "poured cold water on the proposal": a refusal (120) of what is
    proposed, its owner the target."""
    event = find(code(nlp, text), "REJECT")
    assert (event.cameo, event.rule) == ("120", rule)
    assert target in {t.name or t.text for t in event.targets}


@pytest.mark.parametrize(
    "text",
    [
        "The envoy slammed the door as he left the meeting room.",
        "Firefighters poured water on the burning warehouse.",
        "The consulate closed its doors on Sunday.",
    ],
)
def test_a_door_slammed_or_water_poured_on_a_thing_refuses_nothing(nlp: Language, text: str) -> None:
    """A literal door or water: no refusal, and no criticism read from "slammed"."""
    assert not [e for e in code(nlp, text) if e.plover in ("REJECT", "ACCUSE")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The interior ministry acknowledged that its police had opened fire on the marchers.",
            "interior ministry",
        ),
        ("The navy admitted that its warships had shelled the port.", "navy"),
        ("The junta conceded that its soldiers killed four students.", "junta"),
    ],
)
def test_an_act_of_force_its_own_side_admits_is_a_concession(nlp: Language, text: str, source: str) -> None:
    """ "acknowledged that its police had opened fire on the marchers": the act stays, and the one who
    admits it concedes (080), the mirror of a denial (016)."""
    events = code(nlp, text)
    concession = find(events, "CONCEDE")
    assert concession.cameo == "080"
    assert source in {s.text for s in concession.sources}
    assert [e for e in events if e.quad_class == 4]  # the admitted act is still coded


@pytest.mark.parametrize(
    "text",
    [
        "The electoral commission acknowledged that turnout had been low.",
        "The Georgian army acknowledged that Russian jets had bombed the village.",
        "The navy denied that its sailors had sunk the fishing boats.",
        "The admiral said that his sailors sank two pirate skiffs.",
    ],
)
def test_a_fact_or_anothers_act_acknowledged_concedes_nothing(nlp: Language, text: str) -> None:
    """A fact acknowledged, another side's act acknowledged, a denial, an act told with "said":
    no concession."""
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"]
