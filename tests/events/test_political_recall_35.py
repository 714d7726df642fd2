"""Kinds of event missed in political news, stop 35 (issue 10: recall on political articles).

Classes found in the held-out PolNeAR articles of stop 34 and their dev set. The sentences are our
own, on other subjects, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Chad declared war on Sudan in 2005.",
        "The rebel commander declared war on the government in Bamako last year.",
    ],
)
def test_declaring_war_on_an_actor_threatens_force(nlp: Language, text: str) -> None:
    """ "declared war on" is the formal announcement that force will be used: a threat of
    military force (CAMEO 138), aimed at the one war is declared on."""
    event = find(code(nlp, text), "THREATEN")
    assert event.cameo == "138"
    assert event.targets


def test_a_war_declared_on_no_actor_is_no_event(nlp: Language) -> None:
    """ "declared war on potholes" threatens no one."""
    events = code(nlp, "The mayor declared war on potholes last spring.")
    assert not [e for e in events if e.plover == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        (
            "After the raid on its border post, Armenia struck back at Azerbaijan within hours.",
            "ASSAULT",
            "190",
        ),
        ("The Indian army struck back decisively after the ambush in Kashmir.", "ASSAULT", "190"),
        ("The army retaliated against the rebels after the convoy was ambushed.", "ASSAULT", "190"),
        ("The Kenyan government struck back at its critics in a statement.", "ACCUSE", "111"),
    ],
)
def test_striking_back_is_force_by_armed_men_and_words_by_office_holders(
    nlp: Language, text: str, plover: str, cameo: str
) -> None:
    """ "struck back", "retaliated": force used in return (CAMEO 190) by a state, its forces or
    armed men, with or without a named target; a government striking back at its critics answers
    with words (111, as "hit back at")."""
    events = code(nlp, text)
    event = find(events, plover)
    assert event.cameo == cameo
    assert plover == "ASSAULT" or not [e for e in events if e.plover == "ASSAULT"]


def test_islamists_are_an_actor(nlp: Language) -> None:
    """ "radical Islamists", like "fundamentalists", are a religious movement the actor stage
    makes an actor: their bombing is theirs."""
    event = find(code(nlp, "Radical Islamists bombed a church in Lahore in 2016."), "ASSAULT")
    assert [s.text for s in event.sources] == ["Radical Islamists"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Mayor Adams traded insults with Governor Hochul on Sunday.", "accuse.trade-barbs"),
        (
            "Senator Warren locked horns with Treasury Secretary Janet Yellen over bank rules.",
            "accuse.lock-horns",
        ),
        ("The speaker butted heads with the president over the budget.", "accuse.butt-heads"),
        ("Labour MPs bickered with the party leadership over the manifesto.", "accuse.bicker"),
        ("Governor DeSantis went after President Biden in a speech on Tuesday.", "accuse.go-after"),
        ("Former President Trump tore into President Biden at a rally.", "accuse.tear-into"),
        ("Republican senators piled on Senator Menendez after the indictment.", "accuse.pile-on"),
        ("Governor Newsom bashed Governor DeSantis over the migrant flights.", "accuse.bash"),
    ],
)
def test_idioms_of_a_war_of_words_accuse(nlp: Language, text: str, rule: str) -> None:
    """Trading barbs, locking horns, butting heads, bickering with someone, going after, tearing
    into, piling on or bashing them: words of attack on a named actor (CAMEO 111), as sparring
    and feuding are."""
    event = find(code(nlp, text), "ACCUSE")
    assert (event.rule, event.cameo) == (rule, "111")
    assert event.targets


@pytest.mark.parametrize(
    "text",
    [
        "Israeli and Hezbollah forces traded fire across the border.",
        "Police went after the suspects on foot.",
        "The two ministers exchanged letters on Monday.",
    ],
)
def test_fire_traded_and_a_pursuit_are_no_war_of_words(nlp: Language, text: str) -> None:
    """Fire traded is force (assault.trade-fire), police going after suspects a pursuit, letters
    exchanged no barbs."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "The Dutch government admitted its mistakes in the childcare benefits affair.",
            "concede.admit-fault",
        ),
        (
            "Prime Minister Kishida accepted responsibility for the party's defeat.",
            "concede.accept-responsibility",
        ),
        ("The finance minister took responsibility for the failed budget.", "concede.take-responsibility"),
        ("The senator retracted her allegation against the governor.", "concede.retract-claim"),
    ],
)
def test_owning_a_fault_concedes(nlp: Language, text: str, rule: str) -> None:
    """Admitting mistakes, accepting or taking responsibility, retracting an allegation: the
    other side of denying an accusation, a concession (CAMEO 080)."""
    event = find(code(nlp, text), "CONCEDE")
    assert (event.rule, event.cameo) == (rule, "080")


@pytest.mark.parametrize(
    "text",
    [
        "The minister acknowledged that turnout was low.",
        "Hamas claimed responsibility for the attack.",
        "The club admitted two new members.",
    ],
)
def test_a_fact_acknowledged_or_an_attack_claimed_concedes_nothing(nlp: Language, text: str) -> None:
    """A that-clause of fact, an attack claimed and members let in are no concession."""
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Several Conservative MPs disavowed Boris Johnson after the report.", "sanction.disavow-ally"),
        ("Mayor Bass distanced herself from Governor Newsom over the budget.", "sanction.distance-from"),
        ("Senator Manchin broke with President Biden over the spending bill.", "sanction.break-with"),
        ("Labour MPs turned against Jeremy Corbyn after the election.", "sanction.turn-against"),
        ("Senator Collins renounced her support for Judge Kavanaugh.", "sanction.renounce-endorsement"),
    ],
)
def test_disowning_an_ally_withdraws_support(nlp: Language, text: str, rule: str) -> None:
    """Disavowing, distancing oneself from, breaking with or turning against an actor one stood
    with, or renouncing one's support for them: support withdrawn (CAMEO 160), as abandoning them
    and withdrawing an endorsement are; the support renounced is no endorsement of its own."""
    events = code(nlp, text)
    event = find(events, "SANCTION")
    assert (event.rule, event.cameo) == (rule, "160")
    assert event.targets
    assert not [e for e in events if e.plover == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister disavowed the remarks made by his aide.",
        "The government broke with tradition and held the parade indoors.",
        "The prime minister renounced violence.",
    ],
)
def test_disowning_words_or_a_custom_is_no_break_with_an_actor(nlp: Language, text: str) -> None:
    """Remarks disavowed, a tradition broken with, violence renounced: no actor is disowned."""
    assert not [e for e in code(nlp, text) if e.plover == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Governor Abbott threw his support behind Senator Cruz.", "support.support.n"),
        ("The teachers' union threw its weight behind Senator Warren.", "support.weight-behind.n"),
        ("Democrats rallied behind President Biden after the debate.", "support.rally-behind"),
        ("Senator Graham vouched for Judge Barrett at the hearing.", "support.vouch-for"),
    ],
)
def test_support_thrown_behind_or_vouched_for_someone(nlp: Language, text: str, rule: str) -> None:
    """Support or weight thrown behind someone, a rally behind them, vouching for them: support
    (CAMEO 051) of the one named, not a protest rally."""
    event = find(code(nlp, text), "SUPPORT")
    assert (event.rule, event.cameo) == (rule, "051")
    assert event.targets


@pytest.mark.parametrize(
    ("text", "plover", "rule"),
    [
        ("Governor Newsom fired back at his Republican critics on Twitter.", "ACCUSE", "accuse.fire-back"),
        ("Soldiers fired back at the gunmen.", "ASSAULT", "assault.fire-at"),
        (
            "Prime Minister Trudeau poked fun at Premier Ford during the dinner.",
            "ACCUSE",
            "accuse.poke-fun-at",
        ),
    ],
)
def test_firing_back_is_a_retort_from_office_holders_and_fire_from_troops(
    nlp: Language, text: str, plover: str, rule: str
) -> None:
    """An office holder firing back at critics retorts (CAMEO 111); soldiers firing back fire."""
    events = code(nlp, text)
    assert find(events, plover).rule == rule
    assert [e.plover for e in events] == [plover]
