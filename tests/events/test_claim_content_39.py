"""What a claim noun says (stop 39, sentences written for these tests): the act in the "that"
clause or "of" gerund of an accusation, allegation, claim, report or suspicion is told by the
claim's author, as after "said that" (reported), not done on the writer's word; the author's own
side telling its own act, a relative clause on the noun and a report as a speaker are left as
they were."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find


def test_the_act_an_accusation_or_allegation_says_is_reported(nlp: Language) -> None:
    text = "Ethiopia renewed its accusation that the Eritrean army was arming rebels in Tigray."
    assert find(code(nlp, text), "AID").modality == "reported"
    text = "Ethiopia renewed the allegation that Eritrean soldiers had shelled a border town."
    assert find(code(nlp, text), "ASSAULT").modality == "reported"


def test_the_act_a_claim_or_suspicion_says_is_reported(nlp: Language) -> None:
    text = "Ethiopia renewed its claim that the Eritrean army was arming rebels in Tigray."
    assert find(code(nlp, text), "AID").modality == "reported"
    text = "Ethiopia voiced suspicions that Eritrea had supplied weapons to the rebels."
    assert find(code(nlp, text), "AID").modality == "reported"


def test_a_confirmed_report_still_tells_an_alleged_act(nlp: Language) -> None:
    # the confirming is more words about it: the writer still states no shelling
    text = "Reports that Eritrean soldiers had shelled a border town were confirmed by the United Nations."
    assert find(code(nlp, text), "ASSAULT").modality == "reported"


def test_the_act_in_an_of_gerund_of_an_allegation_is_reported(nlp: Language) -> None:
    text = "Ethiopia repeated allegations of the Eritrean army arming rebels in Tigray."
    assert find(code(nlp, text), "AID").modality == "reported"


def test_the_same_act_stated_or_owned_by_its_doers_side_stays_actual(nlp: Language) -> None:
    assert find(code(nlp, "The Eritrean army was arming rebels in Tigray."), "AID").modality == "actual"
    text = "Ethiopia's claim that its jets had bombed a rebel base was welcomed in Addis Ababa."
    assert find(code(nlp, text), "ASSAULT").modality == "actual"


def test_a_report_as_speaker_and_a_relative_clause_are_left_alone(nlp: Language) -> None:
    text = "The report found that Eritrean soldiers had shelled a border town."
    assert find(code(nlp, text), "ASSAULT").modality == "actual"
    text = "Ethiopia rejected the report that Eritrea published after its soldiers shelled a border town."
    assert find(code(nlp, text), "ASSAULT").modality == "actual"
