"""Acts told as nouns (stop 47, recall: political acts told only by their noun), on sentences
written by the team.

- A call with or between parties named is a call held (CAMEO 041) under any verb; "a call for"
  or "a close call" discusses nothing.
- The two sides a mutual act's own "between" phrase names met, not the subject of the verb the
  noun hangs from ("after the meeting between A and B, officials said").
- Talks or a call between two capitals are between their governments.
- An arrest or a detention with the one held in its "of" phrase and no doer is the authorities',
  under any verb, as the agentless passive is; asked for, it is no act of anyone named; a
  person's possessive alone names the one held and no authority.
- The "by" phrase the parse hangs on what a deed is "of" names the deed's doer ("the expulsion of
  four diplomats by Poland"); on a noun of words it names no critic.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code, dyad

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Erdogan's call with Zelensky lasted about an hour.", {"TUR", "UKR"}),
        ("The call between Scholz and Putin ended without progress.", {"DEU", "RUS"}),
    ],
)
def test_a_call_with_a_party_named_is_a_call_held(nlp: Language, text: str, sides: set[str]) -> None:
    event = by_rule(code(nlp, text), "consult.call")
    sources, targets = dyad(event)
    assert sources | targets == sides and len(sources) == len(targets) == 1
    assert event.cameo == "041" and event.modality == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "The minister renewed her call for calm in Kenya.",
        "It was a close call with the storm, the mayor of Miami said.",
    ],
)
def test_a_call_with_no_party_met_is_no_call_held(nlp: Language, text: str) -> None:
    # negative: a call for something asks; a close call meets no one
    assert not [e for e in code(nlp, text) if e.cameo == "041"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("After the meeting between Macron and Scholz, officials were upbeat.", {"FRA", "DEU"}),
        ("Egypt hosted talks between Israel and Hamas in Cairo.", {"ISR", "PSE"}),
    ],
)
def test_the_sides_between_whom_a_meeting_is_are_its_parties(
    nlp: Language, text: str, sides: set[str]
) -> None:
    events = [e for e in code(nlp, text) if e.rule in ("consult.meeting.n", "consult.talks.n")]
    assert events, [(e.plover, e.rule) for e in code(nlp, text)]
    sources, targets = dyad(events[0])
    assert sources | targets == sides


def test_a_meeting_with_one_side_named_is_still_the_subjects(nlp: Language) -> None:
    # the verb's subject still meets the one named after "with"
    event = by_rule(code(nlp, "Erdogan attended a meeting with Putin in Sochi."), "consult.meeting")
    assert dyad(event) == ({"TUR"}, {"RUS"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The arrest of the mayor of Ankara set off protests.", "GOV"),
        ("The detention of two Turkish journalists in Istanbul drew criticism.", "MED"),
    ],
)
def test_an_arrest_told_by_its_noun_with_no_doer_is_the_authorities(
    nlp: Language, text: str, target: str
) -> None:
    event = by_rule(code(nlp, text), "coerce.")
    assert event.cameo == "173" and event.polarity == "affirmed"
    assert dyad(event)[0] == {"TUR"}
    assert [a.sector for a in event.targets] == [target]


def test_an_arrest_asked_for_is_no_arrest_made(nlp: Language) -> None:
    # negative: the opposition asked for it; no one of a country named would make it
    events = code(nlp, "The opposition called for the arrest of the police chief.")
    assert not [e for e in events if e.plover == "COERCE"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Talks between Baku and Yerevan resumed in May.", {"AZE", "ARM"}),
        ("The call between Tokyo and Seoul lasted an hour.", {"JPN", "KOR"}),
    ],
)
def test_a_meeting_between_two_capitals_is_between_their_governments(
    nlp: Language, text: str, sides: set[str]
) -> None:
    event = by_rule(code(nlp, text), "consult.")
    sources, targets = dyad(event)
    assert sources | targets == sides and len(sources) == len(targets) == 1
    assert {a.sector for a in event.sources + event.targets} == {"GOV"}


@pytest.mark.parametrize(
    ("text", "rule", "source", "target"),
    [
        ("The expulsion of three Belgian diplomats by Iran angered Brussels.", "coerce.exp", "IRN", "BEL"),
        ("The detention of a Kenyan activist by Ugandan police drew protests.", "coerce.det", "UGA", "KEN"),
    ],
)
def test_a_by_phrase_on_what_a_deed_is_of_names_its_doer(
    nlp: Language, text: str, rule: str, source: str, target: str
) -> None:
    event = by_rule(code(nlp, text), rule)
    assert dyad(event) == ({source}, {target})


def test_a_by_phrase_on_what_words_are_of_names_no_critic(nlp: Language) -> None:
    # negative: the author wrote the book; he criticised no one
    events = code(nlp, "Criticism of a book by the Turkish president grew in Ankara.")
    assert not [e for e in events if e.plover == "ACCUSE" and {a.country for a in e.sources} == {"TUR"}]


def test_a_persons_arrest_with_no_of_phrase_guesses_no_authority(nlp: Language) -> None:
    # negative: the possessor is the one held; her country is no guess at who held her
    events = code(nlp, "The Kenyan activist's detention angered Nairobi.")
    assert not [e for e in events if e.plover == "COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard received a distress call from a Liberian tanker.",
        "Toronto police received a call of a woman being attacked.",
    ],
)
def test_a_call_received_from_someone_is_no_call_held(nlp: Language, text: str) -> None:
    # negative: only the noun's own "with" or "between" phrase names whom a call is held with
    assert not [e for e in code(nlp, text) if e.cameo == "041"]


def test_talks_between_a_capital_and_a_seat_are_with_the_seats_body(nlp: Language) -> None:
    event = by_rule(code(nlp, "Talks between Ottawa and Brussels on trade went on for years."), "consult.")
    assert dyad(event)[0] | dyad(event)[1] == {"CAN", "EU"}


def test_a_by_phrase_on_a_thing_a_deed_is_of_names_no_doer(nlp: Language) -> None:
    # negative: the minister wrote the memo; no one was released
    events = code(nlp, "The release of a memo by the Kenyan interior minister angered the opposition.")
    assert not [e for e in events if e.plover == "RETREAT"]


def test_a_call_two_subjects_received_is_no_call_between_them(nlp: Language) -> None:
    # negative: the frigate and its helicopter took a call from a freighter; they held none together
    text = "The Indian frigate and its helicopter received a distress call from a Liberian freighter."
    assert not [e for e in code(nlp, text) if e.cameo == "041"]
