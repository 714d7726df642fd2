"""Recipients named as the one spoken to, stop 41 (helper TARGETS2), on sentences written by the
team.

A verbal act in a participle clause hung on a verb of speaking to someone ("told the minister,
demanding ...", "wrote to the governor, urging ...") is made to the one spoken to; before, it had
no target, or took one from inside what was demanded.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find, target_texts

pytestmark = pytest.mark.slow


def test_a_call_made_while_telling_someone_is_made_to_them(nlp: Language) -> None:
    text = "The senator told the interior minister, calling for an inquiry into the escape."
    assert target_texts(find(code(nlp, text), "REQUEST")) == ["interior minister"]


def test_a_demand_made_while_telling_someone_asks_them_not_the_ones_it_is_about(nlp: Language) -> None:
    text = "The senator told the Kenyan foreign minister, demanding that the detained journalists be freed."
    event = find(code(nlp, text), "REQUEST")
    assert target_texts(event) == ["Kenyan foreign minister"]


def test_a_demand_in_a_letter_is_made_to_the_one_written_to(nlp: Language) -> None:
    for text in (
        "The senator wrote to the interior minister, demanding an inquiry into the escape.",
        "The senator wrote a letter to the interior minister, demanding an inquiry into the escape.",
    ):
        assert target_texts(find(code(nlp, text), "REQUEST")) == ["interior minister"], text


def test_a_demand_told_to_the_press_has_no_addressee(nlp: Language) -> None:
    """Negative: reporters are not asked."""
    for text in (
        "The senator spoke to reporters, calling for an inquiry into the escape.",
        "The senator told reporters, calling for an inquiry into the escape.",
    ):
        assert target_texts(find(code(nlp, text), "REQUEST")) == [], text


def test_a_participle_naming_its_own_target_keeps_it(nlp: Language) -> None:
    """Negative: the one criticised is the participle's object, not the one told."""
    text = "The senator told the interior minister, sharply criticizing the police chief."
    assert [a.sector for a in find(code(nlp, text), "ACCUSE").targets] == ["COP"]


# The other party of talks named by its capital: the capital's government, as an actor named in the
# same "with" phrase would be; before, the talks or the refusal had no target.


def test_talks_with_a_capital_are_with_its_government(nlp: Language) -> None:
    for text in ("Iran negotiated with Kabul.", "Iran held talks with Kabul on Monday."):
        event = find(code(nlp, text), "CONSULT")
        assert [(a.country, a.sector) for a in event.targets] == [("AFG", "GOV")], text


def test_refusing_to_negotiate_with_a_capital_rejects_its_government(nlp: Language) -> None:
    for text in (
        "The rebels refused to negotiate with Kabul.",
        "The rebels, who have long refused to hold talks with Kabul, attacked a convoy.",
    ):
        event = find(code(nlp, text), "REJECT")
        assert [(a.country, a.sector) for a in event.targets] == [("AFG", "GOV")], text


def test_a_capital_at_home_is_the_government_the_rebels_refuse(nlp: Language) -> None:
    text = "The Taliban, who have long refused to negotiate peace with Kabul, attacked a convoy."
    event = find(code(nlp, text), "REJECT")
    assert [(a.country, a.sector) for a in event.targets] == [("AFG", "GOV")]


def test_a_capital_as_venue_or_home_of_the_ones_met_is_no_party(nlp: Language) -> None:
    """Negative: the officials met in a capital are the party, and the residents of a capital met
    are themselves the ones met; neither is the capital's government."""
    event = find(code(nlp, "Iran held talks with Afghan officials in Kabul."), "CONSULT")
    assert [a.text for a in event.targets] == ["Afghan officials"]
    event = find(code(nlp, "The president met with Kabul residents."), "CONSULT")
    assert [(a.country, a.sector) for a in event.targets] == [("AFG", "CVL")]


def test_a_government_refusing_its_own_capital_targets_no_one(nlp: Language) -> None:
    """Negative: a state is no party to talks with itself."""
    event = find(code(nlp, "The Afghan government refused to negotiate with Kabul."), "REJECT")
    assert event.targets == ()


def test_talks_one_urges_another_to_hold_are_not_the_urgers_party(nlp: Language) -> None:
    """Negative: the one urged is asked; the capital it is to talk with is no party of the appeal."""
    event = find(code(nlp, "The envoy urged the Kenyan government to resume talks with Kampala."), "REQUEST")
    assert [a.country for a in event.targets] == ["KEN"]
