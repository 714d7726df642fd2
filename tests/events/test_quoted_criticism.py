"""Criticism told as a speaker's feeling or inside a quote, stop 31 (issue 10: recall on political
articles).

Found by listing, against the PLOVER 2.0 manual, the events of PolNeAR political articles before
reading the coder's output: the largest class of misses was disapproval voiced by a named speaker
("said he was troubled by", "'this is deeply disappointing,' she said of"). The sentences are our
own, on other subjects, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chancellor Angela Merkel was troubled by Russia's moves in the Baltic.", "DEU", "RUS"),
        ("The Iranian foreign minister said he was appalled by the Israeli strike.", "IRN", "ISR"),
        ('"We are disappointed with Turkey," said Greek Prime Minister Nikos Varelas.', "GRC", "TUR"),
        ("The Polish president was angered by Germany's decision on the pipeline.", "POL", "DEU"),
        (
            'The Kenyan president said he is "surprised and troubled" by opposition lawmakers in Uganda.',
            "KEN",
            "UGA",
        ),
    ],
)
def test_a_feeling_of_displeasure_about_an_actor_is_disapproval(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 110: the one who holds the feeling disapproves of the actor it is about, or of the
    actor whose act it names."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "110" and dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan runner was troubled by a knee injury all season.",  # no actor it is about
        "Russia's moves in the Baltic troubled Chancellor Angela Merkel.",  # the active: left alone
        "The old Roman grave was disturbed by the floods.",  # no one holds a feeling
        "The French minister was not disappointed with the Chinese offer, aides said.",
    ],
)
def test_no_disapproval_without_a_holder_an_actor_or_an_affirmed_feeling(nlp: Language, text: str) -> None:
    affirmed = [e for e in code(nlp, text) if e.plover == "ACCUSE" and e.polarity == "affirmed"]
    assert not affirmed, affirmed


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ('"This is deeply troubling," Senator Alan Brooks said of the Pentagon\'s decision.', "USA", "USA"),
        (
            '"It is extremely disappointing," the Kenyan foreign minister said of the Ugandan decision.',
            "KEN",
            "UGA",
        ),
        ("The Mexican president called the American tariffs deeply troubling.", "MEX", "USA"),
    ],
)
def test_a_verdict_of_dismay_on_what_an_actor_did_is_criticism(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 111: "this is troubling," said of an actor's act, judges that actor."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111" and dyad(event) == ({source}, {target}), event


def test_a_quoted_verdict_in_its_own_sentence_is_the_speakers(nlp: Language) -> None:
    """The quote step's speaker says every sentence of the quotation, not only the one the parse
    hangs on the speech verb."""
    text = '"The dam is finished," said Senator Ruth Alder of Ohio. "The French plan is a disgrace."'
    event = find(code(nlp, text), "ACCUSE")
    assert dyad(event) == ({"USA"}, {"FRA"}) and event.rule == "accuse.verdict-disgrace", event


@pytest.mark.parametrize(
    "text",
    [
        '"This is wonderful," Senator Alan Brooks said of the Pentagon\'s decision.',  # praise
        '"This is deeply troubling," the Ohio senator said of the drought.',  # no actor judged
        '"The dam is finished," said Senator Ruth Alder of Ohio. "It is everything the French should avoid."',
    ],
)
def test_praise_a_verdict_on_no_actor_or_a_relative_clause_accuses_no_one(nlp: Language, text: str) -> None:
    coded = [e for e in code(nlp, text) if e.plover in ("ACCUSE", "REQUEST")]
    assert not coded, coded


@pytest.mark.parametrize(
    "text",
    [
        '"Enough is enough," Senator Ruth Alder of Ohio said to the Kenyan president, adding, "I respectfully'
        ' urge you to release the prisoners."',
        'In a letter to the Kenyan president, Senator Ruth Alder of Ohio wrote: "We urge you to release the'
        ' prisoners."',
        'Senator Ruth Alder of Ohio told the Kenyan president, "You must release the prisoners."',
    ],
)
def test_you_in_a_quote_is_the_one_the_speaker_addresses(nlp: Language, text: str) -> None:
    """CAMEO 02/10: the request in the quote is made of the one it is said to."""
    event = find(code(nlp, text), "REQUEST")
    assert dyad(event) == ({"USA"}, {"KEN"}), event


@pytest.mark.parametrize(
    "text",
    [
        'Senator Ruth Alder of Ohio told reporters, "You must read the bill."',  # the press: anyone
        '"You must release the prisoners," Senator Ruth Alder of Ohio said.',  # no one addressed
    ],
)
def test_you_said_to_the_press_or_to_no_one_named_is_no_target(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran offered talks with the United States, but Washington refused.", "USA", "IRN"),
        (
            "The Kenyan government asked Uganda for access to the prisoners, but Kampala declined.",
            "UGA",
            "KEN",
        ),
    ],
)
def test_a_bare_refusal_after_an_offer_or_ask_turns_it_down(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 120: "X offered ..., but Y declined" is Y rejecting X's offer."""
    event = find(code(nlp, text), "REJECT")
    assert event.cameo == "120" and dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan exports rose in May but declined in June.",
        "The Kenyan government offered a discount, but sales declined.",
    ],
)
def test_a_decline_after_no_offer_or_in_numbers_rejects_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "REJECT"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Mexican president has repeatedly hammered Congress and the ruling party.", "MEX", "MEX"),
        ("The Kenyan opposition leader hammered the government over the budget.", "KEN", "KEN"),
    ],
)
def test_hammering_a_public_actor_in_words_is_criticism(
    nlp: Language, text: str, source: str, target: str
) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.rule == "accuse.hammer" and dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal hammered Chelsea 4-0 on Sunday.",  # sport
        "The Kenyan minister hammered a nail into the wall.",  # a tool
        "The storm hammered the Kenyan coast.",  # weather
    ],
)
def test_hammering_in_sport_with_tools_or_by_weather_accuses_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]
