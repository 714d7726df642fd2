"""Scope and modality classes of issue 10 ("the embedding verb is the event"), round 37, on
sentences written by the team: a past conjunct the parse hangs on a modal's bare verb, a modal on
a verb of ending, an act someone only tried to bring about, and a purpose infinitive read as
support."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


def test_past_conjunct_of_a_modal_verb_is_the_higher_clause_act(nlp: Language) -> None:
    # a bare verb after "must" cannot be past: "accused" is the minister's own act, done
    events = code(nlp, "The minister said Iran must release the sailors, and accused Tehran of piracy.")
    accusation = find(events, "ACCUSE")
    assert accusation.modality == "actual" and accusation.polarity == "affirmed"
    assert [m.text for m in accusation.sources] == ["minister"]
    assert dyad(accusation)[1] == {"IRN"}


def test_a_bare_conjunct_of_a_modal_verb_stays_asked_for(nlp: Language) -> None:
    events = code(nlp, "The minister said Iran must release the sailors and apologise.")
    assert all(e.modality != "actual" for e in events if e.plover == "RETREAT")


def test_a_demanded_stop_is_not_a_negated_act(nlp: Language) -> None:
    events = code(nlp, "Washington should quit threatening Cuba, the minister said.")
    assert dyad(find(events, "REQUEST"))[1] == {"USA"}
    # the threats the minister wants stopped are neither denied nor an act asked for (stop 48)
    assert not [e for e in events if e.plover == "THREATEN"]


def test_a_stop_done_still_negates(nlp: Language) -> None:
    shelling = find(code(nlp, "The rebels stopped shelling the city."), "ASSAULT")
    assert shelling.polarity == "negated"


def test_an_act_someone_tried_to_get_another_to_do_is_not_done(nlp: Language) -> None:
    release = find(code(nlp, "The envoy tried to get the rebels to release the hostages."), "RETREAT")
    assert release.modality == "hypothetical"
    own = find(code(nlp, "The envoy tried to release the hostages."), "RETREAT")
    assert own.modality == "actual"


def test_a_purpose_infinitive_supports_no_one_unless_it_names_them(nlp: Language) -> None:
    events = code(nlp, "The ministry released figures to support its account of the clash.")
    assert not [e for e in events if e.plover == "SUPPORT"]
    backing = find(code(nlp, "The ministry issued a statement to support Kenya."), "SUPPORT")
    assert dyad(backing)[1] == {"KEN"}


def test_a_past_conjunct_of_a_modal_verb_names_its_object_apart_from_the_sayer(nlp: Language) -> None:
    # "him" is the one told what he should do; the sayer is the subject of "mocked"
    text = "A Kenyan senator said the Kenyan governor should resign, and mocked him for losing the vote."
    mockery = find(code(nlp, text), "ACCUSE")
    assert mockery.modality == "actual"
    assert [m.text for m in mockery.sources] == ["Kenyan senator"]
    assert [m.sector for m in mockery.targets] == ["GOV"]
