"""Issue 11: two classes of actor error on real news, with sentences written for these tests.

1. People the small NER tags ORG ("Lester Holt", "Dmitry Kiselyov") are people where the
   article treats them as people: in apposition with a person's noun, named by the surname
   alone as a subject, dying or mourned, or tagged PERSON elsewhere; firms, schools and streets named after
   people ("Walter Energy", "George Washington University", "Philip Street") stay no person.
2. A person described in apposition as an officer of a named organisation ("Igor Sorokin, the
   head of RT") takes its country and sector, as "a spokeswoman for the Russian Foreign
   Ministry" already gave the ministry's.
"""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, people_by_text


def test_a_name_tagged_org_in_apposition_with_a_persons_noun_is_a_person(nlp: Language) -> None:
    text = (
        "The network named the anchor of its evening newscast, Lester Holt, as moderator of the final debate."
    )
    assert "Lester Holt" in people_by_text(nlp, text)
    found = people_by_text(nlp, "Tiffany Ornelas, the director of the charity, said the camp was overrun.")
    assert found["Tiffany Ornelas"].sector == "NGO"


def test_a_name_tagged_org_whose_surname_alone_is_a_subject_is_a_person(nlp: Language) -> None:
    text = "Lester Holt asked the candidates about the economy. Holt said both had dodged the question."
    found = people_by_text(nlp, text)
    assert found["Lester Holt"].name == found["Holt"].name == "Lester Holt"
    text = (
        "The first debate was moderated by Lester Holt. Holt said he would not check the facts. "
        "Trump accused Holt of being a Democrat."
    )
    events = [e for e in code(nlp, text) if e.plover == "ACCUSE"]
    assert [[t.name for t in e.targets] for e in events] == [["Lester Holt"]]


def test_a_name_tagged_org_that_dies_or_is_mourned_is_a_person(nlp: Language) -> None:
    found = people_by_text(nlp, "Tiffany Morales died on Sunday at a hospital in Lima.")
    assert found["Tiffany Morales"].country == "PER"
    assert "Tiffany Ornelas" in people_by_text(
        nlp, "Mourners gathered for the funeral of Tiffany Ornelas in Juba."
    )
    assert "Madeline Kafoury" in people_by_text(nlp, "Madeline Kafoury's funeral will be held on Friday.")


def test_firms_schools_and_streets_named_after_people_stay_no_person(nlp: Language) -> None:
    for text in (
        "Walter Energy said it would close the mine in Alabama. Energy prices fell.",
        "Students at George Washington University protested the decision.",
        "Police closed Philip Street after the shooting in Chicago.",
        "The analysts at Gordon Advisors said the firm would cut jobs.",
    ):
        assert not people_by_text(nlp, text), text


def test_an_officer_of_an_organisation_in_apposition_is_of_its_country_and_sector(nlp: Language) -> None:
    found = people_by_text(
        nlp, "Igor Sorokin, the head of RT, told a forum in Minsk that the ban was illegal."
    )
    assert (found["Igor Sorokin"].country, found["Igor Sorokin"].sector) == ("RUS", "MED")
    text = "Olga Petrenko, a spokeswoman for RT, said the channel would appeal the ban in France."
    found = people_by_text(nlp, text)
    assert (found["Olga Petrenko"].country, found["Olga Petrenko"].sector) == ("RUS", "MED")
    # an officer of a body the organisation owns: its country, its sector when none is named
    text = "Elena Markova, the head of RT's parent company, was sanctioned over the war in Ukraine."
    found = people_by_text(nlp, text)
    assert found["Elena Markova"].country == "RUS"


def test_a_critic_of_an_organisation_is_not_its_officer(nlp: Language) -> None:
    found = people_by_text(nlp, "Anna Lindqvist, a critic of RT, spoke at a rally in Stockholm.")
    assert found["Anna Lindqvist"].country == "SWE"
