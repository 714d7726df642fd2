"""Who acts in a subordinate clause or a second conjunct (stop 47, subord47).

- A title with a relative clause set off by a comma ("the minister, who met ...") refers to one the
  reader knows, as a bare title does: it is an actor, and the clause's act is its.
- A gerund of time after a passive with no agent ("was arrested after criticising") is the act of
  the one the passive acted on, whose doers are unnamed.
- An active verb joined to a passive ("was sanctioned by the US and expelled two diplomats") shares
  the passive's subject, not its agent; so does the past of a verb that has no passive
  ("was sanctioned and retaliated by ...", role_words.tsv `unpassive`), and a gerund of means
  after a conjunct ("condemned the move and retaliated by expelling") is the conjunct's subject's.

The sentences are our own, about real kinds of events.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

from wirewatch.model import Event

pytestmark = pytest.mark.slow


def _source_texts(event: Event) -> set[str]:
    return {a.text for a in event.sources}


def _countries(event: Event) -> set[str | None]:
    return {a.country for a in event.sources}


def test_a_title_with_a_relative_clause_set_off_acts_in_it(nlp: Language) -> None:
    text = "The foreign minister, who met his Indian counterpart on Monday, said the talks went well."
    meeting = find(code(nlp, text), "CONSULT")
    assert {a.sector for a in meeting.sources} == {"GOV"}


def test_a_title_with_a_relative_clause_set_off_acts_in_the_main_clause(nlp: Language) -> None:
    text = "The president, who was sworn in last year, condemned the Russian strike on the port."
    condemnation = find(code(nlp, text), "ACCUSE")
    assert {a.sector for a in condemnation.sources} == {"GOV"}


def test_a_title_with_a_relative_clause_set_off_is_acted_on(nlp: Language) -> None:
    text = "The prime minister dismissed the defence minister, who had criticised the war."
    dismissal = find(code(nlp, text), "COERCE")
    assert [a.text for a in dismissal.targets] == ["defence minister"]


def test_a_title_with_a_relative_clause_set_off_refers_back(nlp: Language) -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov flew to Beijing on Sunday. "
        "The minister, who met Wang Yi on Monday, praised China's position on Ukraine."
    )
    praise = find(code(nlp, text), "SUPPORT")
    assert {a.name for a in praise.sources} == {"Sergei Lavrov"}


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "The opposition leader was arrested after criticising the president.",
            "ACCUSE",
            "opposition leader",
        ),
        (
            "The Russian ambassador was expelled after meeting opposition leaders.",
            "CONSULT",
            "Russian ambassador",
        ),
    ],
)
def test_a_gerund_of_time_after_an_agentless_passive_is_the_subjects(
    nlp: Language, text: str, plover: str, doer: str
) -> None:
    assert _source_texts(find(code(nlp, text), plover)) == {doer}


def test_an_active_conjunct_of_a_passive_shares_its_subject(nlp: Language) -> None:
    text = "Iran was sanctioned by the United States and expelled two American diplomats."
    expulsions = [e for e in code(nlp, text) if e.cameo == "161"]
    assert [_countries(e) for e in expulsions] == [{"IRN"}]


def test_an_active_conjunct_of_a_passive_is_not_the_agents(nlp: Language) -> None:
    text = "The ambassador was summoned by the foreign ministry and later accused Kenya of lying."
    accusation = next(e for e in code(nlp, text) if e.cameo == "112")
    assert _source_texts(accusation) == {"ambassador"}


def test_a_verb_with_no_passive_joined_to_a_passive_is_active(nlp: Language) -> None:
    text = "The interior minister was criticised by the opposition and resigned on Friday."
    resignation = find(code(nlp, text), "RETREAT")
    assert _source_texts(resignation) == {"interior minister"}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Iran was sanctioned by the United States and retaliated by expelling two American diplomats.",
            "IRN",
        ),
        ("Moscow condemned the decision and retaliated by expelling ten Polish diplomats.", "RUS"),
    ],
)
def test_a_gerund_of_means_on_a_conjunct_is_its_subjects(nlp: Language, text: str, doer: str) -> None:
    expulsion = next(e for e in code(nlp, text) if e.cameo == "161")
    assert _countries(expulsion) == {doer}


def test_a_restrictive_relative_clause_still_names_one_new(nlp: Language) -> None:
    # "the minister who resigned" says which minister: no one the reader knows, and none named
    text = "Sergei Lavrov met Wang Yi on Monday. The minister who resigned on Friday criticised the talks."
    assert not [
        e for e in code(nlp, text) if e.plover == "ACCUSE" and "Sergei Lavrov" in {a.name for a in e.sources}
    ]


def test_a_conjunct_after_a_word_of_the_passives_phrase_is_not_the_one_acted_on(nlp: Language) -> None:
    # the parse joins "troops" to "houses": the seizing verb's subject is lost, not the villagers
    text = "Villagers were locked in their houses and troops seized their phones, witnesses said."
    assert not [e for e in code(nlp, text) if "Villagers" in _source_texts(e)]


def test_a_nationality_on_a_decision_names_the_doer_of_its_infinitive(nlp: Language) -> None:
    # the opposition welcomes; Kenya decided, and releases
    events = code(nlp, "The opposition welcomed the Kenyan decision to release the detained journalists.")
    assert _countries(find(events, "RETREAT")) == {"KEN"}


def test_a_state_named_on_a_move_names_the_doer_of_its_infinitive(nlp: Language) -> None:
    events = code(nlp, "Amnesty praised the Swedish move to drop the charges against the activist.")
    assert _countries(find(events, "CONCEDE")) == {"SWE"}


def test_a_nationality_on_an_invitation_is_the_host_not_the_guest(nlp: Language) -> None:
    # the invitation's infinitive is the guest's act
    events = code(nlp, "Putin accepted a Chinese invitation to visit Beijing.")
    visits = [e for e in events if e.trigger.text == "visit"]
    assert [_source_texts(e) for e in visits] == [{"Putin"}]
