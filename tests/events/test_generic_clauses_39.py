"""Clauses that report no particular act, stop 39 (helper GENERIC), on sentences written by the
team: a "whenever" or present "when" generalisation, a present relative clause stating a standing
stance, a participle naming a class of people, an obligation laid on a thing rather than an
actor, help by voters to a politician, a visit to a building, an idea rejected. Each has a near
sentence that must still code its event."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, coded_types, find

from wirewatch.events.modality import habitual

pytestmark = pytest.mark.slow


def test_a_whenever_generalisation_is_no_ban(nlp: Language) -> None:
    assert "COERCE" not in coded_types(nlp, "Whenever a regime bans rallies, dissent goes underground.")


def test_a_present_when_generalisation_is_no_sanction(nlp: Language) -> None:
    text = "When the government imposes tariffs on imports, it is shoppers who pay the bill."
    assert "SANCTION" not in coded_types(nlp, text)


def test_a_past_when_clause_still_reports_its_act(nlp: Language) -> None:
    text = "When the cabinet imposed tariffs on imports, dairy farmers protested."
    assert "SANCTION" in coded_types(nlp, text)


def test_a_present_relative_clause_states_a_standing_stance(nlp: Language) -> None:
    text = "The Gun Owners League, which supports Republicans in Congress, bought airtime in Ohio."
    assert "SUPPORT" not in coded_types(nlp, text)


def test_a_conjoined_present_relative_clause_states_a_stance_too(nlp: Language) -> None:
    text = "Hezbollah, which controls the south and rejects Israel's existence, fired rockets."
    assert "REJECT" not in coded_types(nlp, text)


def test_a_past_relative_clause_still_reports_its_act(nlp: Language) -> None:
    text = "The Gun Owners League, which supported Republicans in Congress, bought airtime in Ohio."
    assert "SUPPORT" in coded_types(nlp, text)


def test_a_participle_naming_a_class_of_people_is_no_request(nlp: Language) -> None:
    text = "Arrivals of migrants seeking asylum climbed steeply during the summer."
    assert "REQUEST" not in coded_types(nlp, text)


def test_a_participle_of_people_who_act_still_requests(nlp: Language) -> None:
    """The doers of their clause, with a particular demand: the protesters did demand it."""
    text = "The crowds demanding the mayor's resignation marched to city hall."
    event = find(code(nlp, text), "REQUEST")
    assert [a.sector for a in event.targets] == ["GOV"]


def test_a_participle_clause_of_its_own_still_counts(nlp: Language) -> None:
    """ "accusations that X was arming Y" is no participle on a class: the claim's act stays."""
    text = "The president rejected accusations by Khartoum that his army was arming Sudanese rebels."
    arming = next(t for t in nlp(text) if t.lower_ == "arming")
    assert not habitual(arming)  # (the denied act itself is left out by the denial, see test_scope_39)


def test_an_obligation_laid_on_a_thing_asks_no_one(nlp: Language) -> None:
    text = '"Her deployment of the navy should send a warning to smugglers," the minister said.'
    assert "REQUEST" not in coded_types(nlp, text)


def test_an_obligation_laid_on_an_actor_still_asks_it(nlp: Language) -> None:
    event = find(code(nlp, '"The army should free the journalists," the minister said.'), "REQUEST")
    assert [a.sector for a in event.targets] == ["MIL"]


def test_voters_helping_a_politician_is_no_aid(nlp: Language) -> None:
    text = (
        "The senator won easily thanks to suburban voters, especially older nurses, who helped her"
        " beat back a challenge from a rival."
    )
    assert "AID" not in coded_types(nlp, text)


def test_an_army_helping_villagers_is_still_aid(nlp: Language) -> None:
    assert "AID" in coded_types(nlp, "The army helped the villagers rebuild their houses.")


def test_a_visit_to_a_building_site_meets_no_one(nlp: Language) -> None:
    text = "The senator has paid a dozen visits to the factory since its construction began."
    assert "CONSULT" not in coded_types(nlp, text)


def test_a_visit_to_a_country_still_visits_it(nlp: Language) -> None:
    event = find(code(nlp, "The senator paid a visit to Kenya last month."), "CONSULT")
    assert [a.country for a in event.targets] == ["KEN"]


def test_rejecting_a_stereotype_is_an_attitude(nlp: Language) -> None:
    text = "The nurses rejected the stereotype that their union is lazy."
    assert "REJECT" not in coded_types(nlp, text)


def test_rejecting_the_idea_of_talks_is_still_a_rejection(nlp: Language) -> None:
    event = find(code(nlp, "Tehran rejected the idea of talks with Washington."), "REJECT")
    assert [a.country for a in event.sources] == ["IRN"]
