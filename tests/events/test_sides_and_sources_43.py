"""Sources and sides read from the argument structure (stop 43, args6).

A passive's "by" agent named only as whose the doers are ("was freed by her abductors") does
not make the one acted on the doer. An unnamed group "of" several coordinated countries is each
country's ("the trade ministers of Peru, Chile and Bolivia"). "The country" after a state's
office in its own sentence is that office's state. The sentences are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


def _texts(events: list, plover: str, side: str) -> list[str | None]:
    return [a.name or a.text for e in events if e.plover == plover for a in getattr(e, side)]


def test_the_one_freed_by_her_abductors_is_no_releaser(nlp: Language) -> None:
    text = "Carla Mendes disappeared in March. Her family says she was freed by her abductors on Friday."
    assert "Carla Mendes" not in _texts(code(nlp, text), "RETREAT", "sources")


def test_a_by_agent_that_is_an_actor_keeps_its_doer(nlp: Language) -> None:
    text = "Carla Mendes disappeared in March. Her family says she was freed by Colombian police on Friday."
    release = find(code(nlp, text), "RETREAT")
    assert {a.country for a in release.sources} == {"COL"}
    assert [a.name for a in release.targets] == ["Carla Mendes"]


def test_ministers_of_several_countries_are_each_countrys(nlp: Language) -> None:
    text = "The trade ministers of Peru, Chile and Bolivia agreed to lower tariffs on copper."
    agree = find(code(nlp, text), "AGREE")
    countries = {a.country for a in agree.sources + agree.targets}
    assert countries == {"PER", "CHL", "BOL"}


def test_troops_of_two_states_are_both_attackers(nlp: Language) -> None:
    attack = find(code(nlp, "Troops of Chad and Niger attacked the rebel camp."), "ASSAULT")
    assert {a.country for a in attack.sources} == {"TCD", "NER"}


def test_the_minister_of_one_country_stays_that_countrys(nlp: Language) -> None:
    agree = find(code(nlp, "The trade minister of Peru agreed to lower tariffs with Chile."), "AGREE")
    assert {a.country for a in agree.sources} == {"PER"}


def test_the_country_after_a_states_office_is_that_state(nlp: Language) -> None:
    text = (
        "Argentina sent doctors last week. Spain's premier said the country would donate "
        "five aircraft to Chile."
    )
    assert {a.country for e in code(nlp, text) for a in e.sources if a.text == "the country"} == {"ESP"}


def test_the_country_named_in_its_own_sentence_wins(nlp: Language) -> None:

    doc = nlp(
        "Argentina sent doctors last week. The health minister of Nigeria said the country "
        "would close its ports."
    )
    assert [m.country for m in doc._.mentions if m.text == "the country"] == ["NGA"]


def test_the_country_with_no_state_in_its_sentence_is_the_earlier_one(nlp: Language) -> None:
    doc = nlp("Argentina sent doctors last week. A spokesman said the country would send more.")
    assert [m.country for m in doc._.mentions if m.text == "the country"] == ["ARG"]
