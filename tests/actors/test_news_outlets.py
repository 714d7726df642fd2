"""News outlets are media actors of their home country, and a capital in an outlet's name is no
government (issue 11: "The Washington Post" read as Washington, the New York Times left out as the
target of a judge's refusal; helper draw 3021). Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find, mentions_in


def test_a_newspaper_named_after_a_capital_is_no_government(nlp: Language) -> None:
    found = mentions_in(nlp, "The Washington Post reported that the senator had resigned.")
    assert [(m.country, m.sector) for m in found if "Post" in m.text] == [("USA", "MED")]
    assert not [m for m in found if m.sector == "GOV"]


def test_a_newspapers_request_rejected_targets_the_newspaper(nlp: Language) -> None:
    text = "A judge rejected a Wall Street Journal request to see the sealed files."
    event = find(code(nlp, text), "REJECT")
    assert [(t.country, t.sector) for t in event.targets] == [("USA", "MED")]


def test_a_broadcaster_is_a_media_actor_of_its_country(nlp: Language) -> None:
    found = mentions_in(nlp, "The senator sparred on Tuesday with Fox News host Anna Berg.")
    assert any(m.sector == "MED" and m.country == "USA" for m in found)


def test_talking_to_a_news_outlet_is_an_interview_not_a_consultation(nlp: Language) -> None:
    events = code(nlp, "The campaign manager Dana Ortiz talked to NBC News on Monday about the debate.")
    assert not [e for e in events if e.plover == "CONSULT"]
    events = code(nlp, "The campaign manager Dana Ortiz talked to the governor on Monday about the debate.")
    assert [e for e in events if e.plover == "CONSULT"]


def test_calls_among_news_outlets_are_no_consultation(nlp: Language) -> None:
    text = "The CBS News/Politico poll reached 800 voters by telephone calls over three days."
    assert not [e for e in code(nlp, text) if e.plover == "CONSULT"]


def test_a_newspaper_no_table_lists_is_a_media_actor_by_its_masthead(nlp: Language) -> None:
    """Issue 10 (recall on political articles): "After the Arizona Republic endorsed a Democrat"
    coded nothing, the paper being no actor. A name ending in a masthead word is a newspaper of
    the place it is named after; "Republic" only after a state's or province's name."""
    event = find(code(nlp, "The Ohio Republic endorsed the mayor's reelection bid on Sunday."), "SUPPORT")
    assert [(s.country, s.sector) for s in event.sources] == [("USA", "MED")]
    event = find(code(nlp, "The Tulsa Courier sharply criticized the governor on Friday."), "ACCUSE")
    assert [(s.text, s.country, s.sector) for s in event.sources] == [("Tulsa Courier", "USA", "MED")]
    found = mentions_in(nlp, "Leaders of the Islamic Republic and the Chechen Republic met in Moscow.")
    assert not [m for m in found if m.sector == "MED"]


def test_commentators_and_columnists_are_the_media(nlp: Language) -> None:
    """Issue 10 (recall on political articles): "The popular commentator and Clinton supporter
    applauded the first lady" was refused as talk between private persons, the commentator being
    no actor. CAMEO codes commentators, columnists and pundits as the media (MED)."""
    text = "The veteran columnist praised Governor Ruth Ames for her budget plan."
    event = find(code(nlp, text), "SUPPORT")
    assert [s.sector for s in event.sources] == ["MED"]
    found = mentions_in(nlp, "Conservative pundits attacked the senator's record on Monday.")
    assert [m.sector for m in found if "pundits" in m.text] == ["MED"]
