"""Wordings of CAMEO acts that had no rule or a wrong reading (stop-44 recall readings r11/r12,
recall17). Our own sentences.

- A negated endorsement or invitation by the one who decides is a refusal (the rules' `negated`
  code: CAMEO 120, 125); one told with an adverb of the time until then ("had not previously
  endorsed") had only not happened yet: it stays negated.
- A court's remand in custody is a detention (CAMEO 173), the judiciary's when agentless; a case
  remanded to a lower court holds no one. Bailed is released on bail (CAMEO 084); a state or a bank
  bailed out is rescued with money (CAMEO 071).
- The agent of a passive invitation that the parse hangs on its infinitive ("was invited to speak
  by the club") is the inviter.
- Workers or a union striking with no purpose named strike (CAMEO 143), as a plan a threat
  (intent.tsv); authorities that work with another side cooperate (CAMEO 060), as a plan an
  offer of cooperation.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        (
            "The Peruvian government did not endorse the opposition candidate.",
            "120",
            "Peruvian government",
            "opposition candidate",
        ),
        (
            "The opposition candidate was not endorsed by the Peruvian government.",
            "120",
            "Peruvian government",
            "opposition candidate",
        ),
        (
            "The Chilean senate did not invite the Bolivian president.",
            "125",
            "Chilean senate",
            "Bolivian president",
        ),
    ],
)
def test_a_negated_endorsement_or_invitation_is_a_refusal(
    nlp: Language, text: str, cameo: str, source: str, target: str
) -> None:
    reject = find(code(nlp, text), "REJECT")
    assert reject.cameo == cameo
    assert reject.polarity == "affirmed"
    assert source in [m.text for m in reject.sources]
    assert target in [m.text for m in reject.targets]


def test_an_endorsement_not_given_so_far_refuses_nothing(nlp: Language) -> None:
    events = code(nlp, "Several Peruvian senators had not previously endorsed the opposition candidate.")
    assert not [e for e in events if e.plover == "REJECT"]


def test_a_remand_in_custody_is_a_detention_by_the_courts(nlp: Language) -> None:
    coerce = find(code(nlp, "A Peruvian opposition leader was remanded in custody until April."), "COERCE")
    assert coerce.cameo == "173"
    assert [m.sector for m in coerce.sources] == ["JUD"]
    assert "Peruvian opposition leader" in [m.text for m in coerce.targets]


def test_a_case_remanded_to_a_lower_court_holds_no_one(nlp: Language) -> None:
    events = code(nlp, "The Peruvian senator's appeal was remanded to the Supreme Court of Peru.")
    assert not [e for e in events if e.plover == "COERCE"]


def test_bailed_is_released_on_bail(nlp: Language) -> None:
    retreat = find(code(nlp, "A Peruvian opposition leader was bailed until April."), "RETREAT")
    assert retreat.cameo == "084"
    assert [m.sector for m in retreat.sources] == ["JUD"]


def test_a_state_bailed_out_is_rescued_not_freed(nlp: Language) -> None:
    events = code(nlp, "Portugal was bailed out by the European Union in 2011.")
    assert not [e for e in events if e.plover == "RETREAT"]
    assert find(events, "AID").cameo == "071"


def test_the_agent_of_a_passive_invitation_hung_on_its_infinitive_invites(nlp: Language) -> None:
    agree = find(code(nlp, "The Bolivian president was invited to speak by the Chilean senate."), "AGREE")
    assert agree.cameo == "036"
    assert "Chilean senate" in [m.text for m in agree.sources]


def test_an_active_infinitives_own_by_phrase_is_no_inviter(nlp: Language) -> None:
    events = code(nlp, "The Bolivian president was told to stand by the Chilean president.")
    assert not [e for e in events if e.plover == "AGREE" and e.rule == "consult.invite"]


def test_workers_preparing_to_strike_threaten_a_strike(nlp: Language) -> None:
    threat = find(code(nlp, "Peruvian miners are preparing to strike."), "THREATEN")
    assert threat.cameo == "133"
    assert "Peruvian miners" in [m.text for m in threat.sources]


def test_workers_striking_a_deal_strike_no_strike(nlp: Language) -> None:
    events = code(nlp, "Peruvian miners struck a conciliatory tone with the mining ministry.")
    assert not [e for e in events if e.plover in ("PROTEST", "THREATEN")]


def test_a_government_ready_to_work_with_another_offers_cooperation(nlp: Language) -> None:
    agree = find(
        code(nlp, "The Peruvian government stands ready to work with the Chilean government."), "AGREE"
    )
    assert "Peruvian government" in [m.text for m in agree.sources]
    assert "Chilean government" in [m.text for m in agree.targets]


def test_working_to_persuade_someone_is_no_cooperation_with_them(nlp: Language) -> None:
    events = code(
        nlp, "The Peruvian government's team worked to assure the opposition leader that talks would go on."
    )
    assert not [e for e in events if e.rule == "cooperate.work-with"]
