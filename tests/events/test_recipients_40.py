"""Recipients, stop 40 (helper TARGETS), on sentences written by the team.

A "with" phrase after a border in a place phrase names the neighbour, no party of the act ("struck
depots near the frontier with Jordan"); "together with" / "along with" names a co-doer, a second
source, never the one acted on. A cooperative act done "at the request of" someone, with no other
side named, is done for the one who asked.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


def test_the_neighbour_of_a_border_near_a_strike_is_no_target(nlp: Language) -> None:
    event = find(code(nlp, "Syrian jets bombed fuel depots near the frontier with Jordan."), "ASSAULT")
    assert [a.country for a in event.sources] == ["SYR"]
    assert "JOR" not in {a.country for a in event.targets}


def test_a_border_closed_with_a_neighbour_still_targets_it(nlp: Language) -> None:
    """Negative: the border acted on is the neighbour's too."""
    event = find(code(nlp, "Jordan closed its frontier with Syria."), "SANCTION")
    assert [a.country for a in event.targets] == ["SYR"]


def test_together_with_names_a_second_source(nlp: Language) -> None:
    event = find(code(nlp, "Together with Norway, Denmark sued Russia over the fishing ban."), "ACCUSE")
    assert {a.country for a in event.sources} == {"DNK", "NOR"}
    assert [a.country for a in event.targets] == ["RUS"]


def test_along_with_names_a_second_source(nlp: Language) -> None:
    events = code(nlp, "Along with Ecuador, Colombia sued Venezuela at the court in The Hague.")
    event = find(events, "ACCUSE")
    assert {a.country for a in event.sources} == {"COL", "ECU"}
    assert [a.country for a in event.targets] == ["VEN"]


def test_talks_with_a_partner_keep_the_partner_as_target(nlp: Language) -> None:
    """Negative: a plain "with" names the other side."""
    event = find(code(nlp, "Denmark held talks with Norway."), "CONSULT")
    assert [a.country for a in event.targets] == ["NOR"]


def test_agreeing_at_anothers_request_agrees_with_the_one_who_asked(nlp: Language) -> None:
    event = find(code(nlp, "At the request of Ghana, Togo agreed to postpone the vote."), "AGREE")
    assert [a.country for a in event.sources] == ["TGO"]
    assert [a.country for a in event.targets] == ["GHA"]


def test_an_arrest_at_anothers_request_keeps_its_own_target(nlp: Language) -> None:
    """Negative: an act of force is not done to the one who asked for it."""
    event = find(code(nlp, "At the request of Ghana, Togo arrested the smugglers."), "COERCE")
    assert "GHA" not in {a.country for a in event.targets}


def test_agreeing_with_no_one_named_keeps_no_target(nlp: Language) -> None:
    """Negative: with no asker named, the agreement's other side stays unknown."""
    event = find(code(nlp, "Togo agreed to postpone the vote."), "AGREE")
    assert not event.targets


def test_protests_crushed_across_a_country_fall_on_its_civilians(nlp: Language) -> None:
    """The country standing in for the target is its people gathered, not the state."""
    event = find(code(nlp, "Belarusian police crushed the protests across Belarus."), "COERCE")
    assert [(a.country, a.sector) for a in event.targets] == [("BLR", "CVL")]


def test_demonstrations_dispersed_at_home_fall_on_the_civilians(nlp: Language) -> None:
    event = find(code(nlp, "Belarusian police dispersed the demonstrations."), "COERCE")
    assert [(a.country, a.sector) for a in event.targets] == [("BLR", "CVL")]


def test_a_rebellion_crushed_is_no_gathering(nlp: Language) -> None:
    """Negative: only a protest or crowd as the object names the people gathered."""
    event = find(code(nlp, "Belarusian police crushed the rebellion across Belarus."), "COERCE")
    assert [a.sector for a in event.targets] != ["CVL"]


def test_rallies_held_across_a_country_still_aim_at_it(nlp: Language) -> None:
    """Negative: a protest's own place is no act of force on a gathering."""
    event = find(code(nlp, "Belarusian protesters held rallies across Belarus."), "PROTEST")
    assert [(a.country, a.sector) for a in event.targets] == [("BLR", None)]


def test_along_with_after_the_object_adds_no_source(nlp: Language) -> None:
    """Negative: after the verb and its object, "along with" goes on with the object."""
    events = code(nlp, "Egyptian authorities freed the reporter Omar Nabil, along with nine students.")
    event = find(events, "RETREAT")
    assert [a.country for a in event.sources] == ["EGY"]


def test_tear_gas_fired_to_break_up_protests_falls_on_the_civilians(nlp: Language) -> None:
    events = code(nlp, "Kenyan police fired tear gas to break up the protests against the tax.")
    event = find(events, "COERCE")
    assert [(a.country, a.sector) for a in event.targets] == [("KEN", "CVL")]
