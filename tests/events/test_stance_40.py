"""Refusals and verdicts told without a plain verb of refusing or accusing, stop 40 (issue 10: recall
on political articles).

A refusal told as room denied ("there is no room for compromise"), an indictment fought; criticism
told by a quoted name ("called the raid 'a disgrace'") or by calling a thing an example or a sign of
another's wrong. The sentences are our own, with the near sentences that must code nothing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, coded_types, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Iranian foreign ministry said there was no room for talks with Washington.", "IRN"),
        ("Chinese state television warned that there is absolutely no room for compromise.", "CHN"),
        ("The Israeli cabinet left no room for negotiation.", "ISR"),
    ],
)
def test_room_denied_for_give_and_take_is_a_refusal(nlp: Language, text: str, source: str) -> None:
    """ "said there was no room for talks": the speaker refuses to yield (the negated reading, 124)."""
    event = find(code(nlp, text), "REJECT")
    assert (event.cameo, event.rule) == ("124", "agree.room-for-compromise.n")
    assert dyad(event)[0] == {source}


def test_room_left_for_compromise_is_willingness(nlp: Language) -> None:
    """ "said there was room for compromise": the affirmed reading, an intent to yield (035)."""
    event = find(code(nlp, "The Turkish president said there was room for compromise with Greece."), "AGREE")
    assert event.cameo == "035"
    assert dyad(event)[0] == {"TUR"}


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian minister said there is no room in the hall for more chairs.",
        "The Egyptian coach said there is no room for error.",
        "Egypt said there were clashes with protesters in the south.",
    ],
)
def test_room_for_no_act_refuses_nothing(nlp: Language, text: str) -> None:
    """No room in a hall or for error refuses nothing; a speaker of "there were clashes" did not clash."""
    assert [e.rule for e in code(nlp, text) if e.rule == "agree.room-for-compromise.n"] == []
    assert all({a.country for a in e.sources} != {"EGY"} for e in code(nlp, text) if e.plover == "ASSAULT")


@pytest.mark.parametrize(
    "text",
    ["The Kenyan minister vowed to fight the indictment.", "The Kenyan minister will fight the allegations."],
)
def test_an_indictment_fought_is_rejected(nlp: Language, text: str) -> None:
    """ "vowed to fight the indictment": opposing the charge, as "fight the charges" (120)."""
    event = find(code(nlp, text), "REJECT")
    assert (event.rule, dyad(event)[0]) == ("reject.fight-policy", {"KEN"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Indian minister called the Pakistani raid \u201ca disgrace\u201d.", "PAK"),
        ("The Indian minister called the Pakistani minister \u201ca liar\u201d.", "PAK"),
    ],
)
def test_a_quoted_name_is_the_object_complement(nlp: Language, text: str, target: str) -> None:
    """ "called the raid 'a disgrace'": the parse takes the quoted complement for an appositive."""
    event = find(code(nlp, text), "ACCUSE")
    assert (event.rule, dyad(event)) == ("accuse.call-names", ({"IND"}, {target}))


def test_a_quoted_appositive_names_no_complement(nlp: Language) -> None:
    """ "met the minister, 'a friend'": an appositive after a comma is no name given."""
    events = code(nlp, "The Indian minister met the Pakistani minister, \u201ca friend\u201d, in Delhi.")
    assert [e.plover for e in events] == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "rule", "source", "target"),
    [
        (
            '"This is another example of the Syrian army\'s contempt for people," the British envoy said.',
            "accuse.verdict-example-of",
            "GBR",
            "SYR",
        ),
        (
            "The French foreign minister said the shelling was a sign of Moscow's disregard for the truce.",
            "accuse.verdict-sign-of",
            "FRA",
            "RUS",
        ),
    ],
)
def test_an_example_of_anothers_wrong_is_a_verdict(
    nlp: Language, text: str, rule: str, source: str, target: str
) -> None:
    """ "this is another example of the army's contempt": the speaker charges the wrong's owner (111)."""
    event = find(code(nlp, text), "ACCUSE")
    assert (event.rule, event.cameo) == (rule, "111")
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The French foreign minister said the parade was a sign of Russia's strength.",
        '"This is an example of our contempt for corruption," the Kenyan president said.',
        '"Is this another sign of Moscow\'s contempt for the truce?" the French minister asked.',
        "The French foreign minister said the raid was not a sign of Moscow's contempt for the truce.",
    ],
)
def test_no_verdict_without_anothers_wrong(nlp: Language, text: str) -> None:
    """A sign of strength, the speaker's own contempt, a question or a denial charge no one."""
    assert [e.plover for e in code(nlp, text) if e.plover == "ACCUSE"] == []


@pytest.mark.parametrize(
    ("text", "rule", "source"),
    [
        ("The Kenyan government did not back down on the fuel tax.", "concede.back-down", "KEN"),
        ("The Chilean government has not caved in to the strikers.", "concede.cave-in", "CHL"),
        ("The Turkish government has not budged on the visa rules.", "concede.budge", "TUR"),
        ("The Nigerian president never bowed to pressure from the unions.", "concede.bow-to", "NGA"),
    ],
)
def test_yielding_denied_is_a_refusal_to_yield(nlp: Language, text: str, rule: str, source: str) -> None:
    """ "did not back down", "has not budged": the negated reading of a verb of yielding (124)."""
    event = find(code(nlp, text), "REJECT")
    assert (event.rule, event.cameo, event.polarity) == (rule, "124", "affirmed")
    assert dyad(event)[0] == {source}


@pytest.mark.parametrize(
    ("text", "plovers"),
    [
        ("The Turkish government budged on the visa rules.", ["CONCEDE"]),
        ("The truck did not budge.", []),
        ("The talks did not yield results.", []),
    ],
)
def test_yielding_done_or_by_no_actor(nlp: Language, text: str, plovers: list[str]) -> None:
    """Ground yielded is a concession; a truck that did not budge, talks that yielded nothing: no refusal."""
    assert coded_types(nlp, text) == plovers


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Irish minister said the report was an indictment of the British government.", "IRL", "GBR"),
        ('"This is an indictment of Moscow\'s policy in Syria," the French envoy said.', "FRA", "RUS"),
    ],
)
def test_an_indictment_of_another_is_a_verdict(nlp: Language, text: str, source: str, target: str) -> None:
    """ "said the report was a damning indictment of the government": the speaker charges it (111)."""
    event = find(code(nlp, text), "ACCUSE")
    assert (event.rule, dyad(event)) == ("accuse.verdict-indictment", ({source}, {target}))


def test_a_legal_indictment_is_no_verdict(nlp: Language) -> None:
    """The indictment unsealed is the charge itself, no one's verdict on anyone."""
    events = code(nlp, "The indictment of the Kenyan minister was unsealed on Monday.")
    assert [e.rule for e in events if e.rule == "accuse.verdict-indictment"] == []
