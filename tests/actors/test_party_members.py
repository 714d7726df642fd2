"""Members of a party named by the party's plural ("Republicans", "Democrats", "the Tories", "GOP
leaders") are a party actor (PTY), of whatever country the story gives them (issue 11); a
party's members may block a bill as a legislature does (CAMEO 129). Sentences written for
these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find


def test_a_partys_plural_is_a_party_actor(nlp: Language) -> None:
    for text, words in [
        ("Republicans criticized the governor's budget on Tuesday.", "Republicans"),
        ("The Tories accused the minister of misleading parliament.", "Tories"),
        ("Democrats in the state house walked out of the session.", "Democrats"),
    ]:
        found = {m.text: m for m in nlp(text)._.mentions or []}
        assert words in found and found[words].sector == "PTY", (text, sorted(found))


def test_a_party_named_with_its_country_keeps_that_country(nlp: Language) -> None:
    found = {m.text: m for m in nlp("The Sweden Democrats won a fifth of the vote.")._.mentions or []}
    assert found["Sweden Democrats"].country == "SWE"


def test_party_members_accuse_and_block(nlp: Language) -> None:
    accused = find(code(nlp, "Democrats accused the Kenyan president of lying about the loans."), "ACCUSE")
    assert [a.sector for a in accused.sources] == ["PTY"]
    blocked = find(code(nlp, "Senate Republicans blocked the spending bill on Thursday."), "REJECT")
    assert blocked.cameo == "129" and [a.sector for a in blocked.sources] == ["PTY"]


def test_a_poll_share_of_a_party_does_nothing(nlp: Language) -> None:
    """ "Sixty percent of Democrats back the plan": what a poll measured, no act (a share of troops
    that withdrew still withdrew)."""
    assert code(nlp, "Sixty-one percent of Republicans agreed with the senator.") == []
    assert not [
        e
        for e in code(nlp, "The 80 percent of Democrats who back the mayor stayed home.")
        if e.plover == "SUPPORT"
    ]
    assert find(code(nlp, "Forty percent of the troops withdrew from the town."), "RETREAT")


def test_the_camps_of_party_politics_are_party_actors(nlp: Language) -> None:
    """ "Liberals", "Conservatives", "Progressives" name a camp's members as "Republicans" names
    a party's; the adjective before a name ("conservative Judge Anna Berg") is no group of them."""
    # sectors14 (stop 45 judges): with no party named, a camp is citizens, not a party
    blamed = find(code(nlp, "Progressives criticized the senator for opposing the bill."), "ACCUSE")
    assert [a.sector for a in blamed.sources] == ["CVL"]
    camp = nlp("Conservatives in parliament condemned the court reform.")
    found = {m.text: m for m in camp._.mentions or []}
    # sectors14: no party named in the text, so the camp is citizens (a chamber alone is not read)
    assert found["Conservatives"].sector == "CVL"
    judge = "The death of conservative Judge Anna Berg left the court split between two camps."
    assert not [m for m in nlp(judge)._.mentions or [] if m.sector == "PTY"]
