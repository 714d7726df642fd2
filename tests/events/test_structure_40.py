"""Clause structure that hid an act or gave it to the wrong doer, stop 40 (helper STRUCT), on
sentences written by the team: a denial told in a present relative clause; the purpose infinitive
after a verb of readying others (its object does the act, not the trainer); a pronoun subject of a
fronted clause that stands for the main clause's subject. Each has a near sentence that must not
change."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, coded_types, find

pytestmark = pytest.mark.slow


# A denial of a charge in a present relative clause is the denial, as in a main clause (r4 class 7).


def test_a_denial_in_a_present_relative_clause_is_coded(nlp: Language) -> None:
    text = "Colonel Baranov, who denies the bribery charges, remains in military custody."
    event = find(code(nlp, text), "REJECT")
    assert event.cameo == "016"
    assert any("Baranov" in m.text for m in event.sources)


def test_a_denial_of_wrongdoing_in_a_relative_clause_is_coded(nlp: Language) -> None:
    text = "The Kenyan defence minister, who denies any wrongdoing, resigned on Thursday."
    assert "REJECT" in coded_types(nlp, text)


def test_a_present_relative_clause_of_stance_still_codes_nothing(nlp: Language) -> None:
    # near: a standing stance in the same frame is still no act
    text = "The farmers' union, which backs the grain subsidies, met the minister on Thursday."
    assert "SUPPORT" not in coded_types(nlp, text)


def test_a_rejection_in_a_present_relative_clause_stays_a_stance(nlp: Language) -> None:
    # near: rejecting a thing in the simple present is a stance, not a denial of a charge
    text = "The militia, which rejects the truce, shelled the border villages."
    assert "REJECT" not in coded_types(nlp, text)


# The purpose infinitive after a verb of readying others is its object's act (r3 wrong coding).


def test_training_a_militia_to_fight_is_no_assault_by_the_trainer(nlp: Language) -> None:
    text = "The French army has been training the Malian militia to fight the jihadist rebels."
    assault = find(code(nlp, text), "ASSAULT")
    assert "army" not in " ".join(m.text for m in assault.sources)
    assert {m.country for m in assault.sources} != {"FRA"}


def test_arming_rebels_to_attack_gives_the_attack_to_the_rebels(nlp: Language) -> None:
    text = "Ankara armed the Syrian rebels to attack the Kurdish fighters."
    assault = find(code(nlp, text), "ASSAULT")
    assert {m.country for m in assault.sources} == {"SYR"}


def test_troops_sent_to_fight_still_fight_for_the_sender(nlp: Language) -> None:
    # near: a verb of sending is no readying; the sender's troops fight for it
    text = "The French army sent troops to fight the jihadist rebels."
    assault = find(code(nlp, text), "ASSAULT")
    assert {m.country for m in assault.sources} == {"FRA"}


# A pronoun subject of a fronted clause stands for the main clause's subject named after it
# (r3 class 7: "Since 2008, when it invaded its neighbour, Moscow ...").


def test_it_in_a_fronted_when_clause_is_the_main_subject(nlp: Language) -> None:
    text = "Ever since 2019, when it invaded South Sudan, Uganda has kept troops in the north."
    assault = find(code(nlp, text), "ASSAULT")
    assert {m.country for m in assault.sources} == {"UGA"}


def test_it_in_a_fronted_after_clause_is_the_main_subject(nlp: Language) -> None:
    text = "Last year, after it attacked the border post, the militia lost ten men."
    assault = find(code(nlp, text), "ASSAULT")
    assert {m.text for m in assault.sources} == {"militia"}


def test_it_after_a_named_speaker_is_still_the_speaker(nlp: Language) -> None:
    # near: an actor named before the pronoun may be meant; the clause after it does not decide
    text = "Ethiopia said that when it attacked the border post, the militia lost ten men."
    assault = find(code(nlp, text), "ASSAULT")
    assert "militia" not in {m.text for m in assault.sources}


def test_it_is_no_office_holder_named_after_it(nlp: Language) -> None:
    # near: "it" cannot stand for a president
    text = "When it invaded the northern province in 2019, the Ugandan president was abroad."
    assert "ASSAULT" not in coded_types(nlp, text)


# A main verb the parser hung as a participle on the subject noun, misled by a parenthesis between
# them (r2 B9: "The Authority - which ... - called for an emergency meeting").


def test_a_call_after_a_relative_clause_in_commas_is_the_subjects(nlp: Language) -> None:
    text = "The Kenyan opposition, which has boycotted the vote since March, called for new elections."
    request = find(code(nlp, text), "REQUEST")
    assert {m.country for m in request.sources} == {"KEN"}


def test_a_call_after_a_relative_clause_in_dashes_is_the_subjects(nlp: Language) -> None:
    text = (
        "The Ghanaian Authority - which considers the court biased and has rejected Togo as a"
        " mediator - called for an emergency summit of the African Union."
    )
    request = find(code(nlp, text), "REQUEST")
    assert {m.country for m in request.sources} == {"GHA"}
    assert request.confidence >= 0.75  # its own subject, not one inherited through the parenthesis


def test_a_participle_after_a_parenthesis_with_no_main_verb_stays_a_description(nlp: Language) -> None:
    # near: a headline noun phrase with a bare participle reports no act of its head noun
    text = "Two Zambian journalists, one of them a photographer, detained in Cairo last week."
    assert "COERCE" not in coded_types(nlp, text)
