"""Kinds of event missed in political news, stop 32 (issue 10: recall on political articles).

Found by finding, for each event the PLOVER 2.0 manual calls for in six held-out PolNeAR
articles, the stage of the coder that lost it, then grouping the losses. The sentences are our
own, on other subjects, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        (
            "Voters in Lagos distrust the Nigerian senator Bello Okafor, given his angry criticism of Ghana"
            " and its central bank.",
            "ACCUSE",
            "NGA",
            "GHA",
        ),
        (
            "The Kenyan anti-graft agency said it is examining new documents in its probe of the"
            " Ugandan minister.",
            "ACCUSE",
            "KEN",
            "UGA",
        ),
    ],
)
def test_a_possessive_pronoun_names_the_doer_of_an_event_noun(
    nlp: Language, text: str, plover: str, source: str, target: str
) -> None:
    """CAMEO 111, 090: "his criticism of X" is criticism by whoever "his" is, as "Okafor's
    criticism of X" would be; the pronoun is the subject of its own clause or the one the clause
    is about."""
    event = find(code(nlp, text), plover)
    assert {a.country for a in event.sources} == {source}, event.sources
    assert target in {a.country for a in event.targets}, event.targets


@pytest.mark.parametrize(
    "text",
    [
        # "To go slow" has no subject of its own: "its" may be anyone the clauses above name.
        "The Peruvian ministry asked the Chilean agency to go slow in its investigation of the mayor.",
        # The pronoun is inside the subject: "his" is not the ones the clause is about.
        "Chileans are angry with President Ruiz, and his criticism of Bolivia only makes them angrier.",
    ],
)
def test_a_possessive_pronoun_is_not_read_across_clauses(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.rule in ("accuse.investigation.n", "accuse.criticism.n")], events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Kenyan police reopened the investigation into the former Ugandan minister.", "KEN", "UGA"),
        ("Peruvian prosecutors said they were restarting the probe of the Bolivian consul.", "PER", "BOL"),
    ],
)
def test_an_investigation_reopened_is_an_investigation(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 090: verbs of doing again ("reopen", "restart", "relaunch") are phase verbs, as
    "resume" is: the act they carry goes on, done by their subject."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "090" and event.modality == "actual", event
    assert {a.country for a in event.sources} == {source}, event.sources
    assert {a.country for a in event.targets} == {target}, event.targets


def test_a_border_reopened_is_still_a_concession(nlp: Language) -> None:
    event = find(code(nlp, "Kenya reopened the border with Somalia."), "CONCEDE")
    assert event.cameo == "081", event


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean senator Maria Alvarez called President Ruiz a weak and ineffective leader.",
        "The Kenyan opposition leader called the finance minister a coward.",
    ],
)
def test_belittling_someone_by_name_is_criticism(nlp: Language, text: str) -> None:
    """CAMEO 111: "called X a weak leader" criticises X as "called X a liar" does."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111" and event.targets, event


def test_a_thing_called_weak_is_no_ones_criticism(nlp: Language) -> None:
    assert not [e for e in code(nlp, "Chilean bankers called the recovery weak.") if e.plover == "ACCUSE"]


def test_a_bare_refusal_answers_an_offer_told_in_a_reported_clause(nlp: Language) -> None:
    """CAMEO 120: "X noted A offered B, but C declined": the parse coordinates the refusal with
    the verb that reports the offer; it still turns the offer down."""
    text = "Reporters noted Kenya invited Uganda to the summit, but Uganda declined."
    event = find(code(nlp, text), "REJECT")
    assert {a.country for a in event.sources} == {"UGA"}, event.sources
    assert {a.country for a in event.targets} == {"KEN"}, event.targets


def test_a_fall_after_a_rise_rejects_nothing(nlp: Language) -> None:
    text = "Analysts noted the Chilean peso had risen, but then it declined."
    assert not [e for e in code(nlp, text) if e.plover == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean socialist party is beating the conservatives in every region.",
        "The Kenyan senator is beating her rival in every county, the poll found.",
    ],
)
def test_a_party_or_candidate_beating_a_rival_wins_a_vote(nlp: Language, text: str) -> None:
    """No PLOVER event: a lead in a poll or a vote is no assault (CAMEO 182 is blows)."""
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


def test_police_beating_protesters_is_still_an_assault(nlp: Language) -> None:
    event = find(code(nlp, "Kenyan police beat the protesters with batons."), "ASSAULT")
    assert event.cameo == "182", event


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        (
            "A Senate panel voted on Monday to hold the Chilean envoy Jorge Vidal in contempt of Congress"
            " for refusing to testify.",
            "REJECT",
            "CHL",
        ),
        ("The Chilean reporter was jailed for insulting the Peruvian president.", "ACCUSE", "CHL"),
    ],
)
def test_the_deed_one_is_punished_for_is_the_punished_ones(
    nlp: Language, text: str, plover: str, source: str
) -> None:
    """A gerund after "for" under a verb that acts on someone ("held X in contempt for refusing",
    "was jailed for insulting") tells a deed of the one acted on."""
    event = find(code(nlp, text), plover)
    assert {a.country for a in event.sources} == {source}, event.sources


def test_the_deed_one_is_criticised_for_stays_the_critics_words(nlp: Language) -> None:
    events = code(nlp, "The Kenyan president criticised Uganda for refusing to attend the summit.")
    assert not [e for e in events if e.plover == "REJECT"], events
