"""A party's candidate in an election is a party politician (PTY), as a party label before the
name already says (issue 11: the 2016 nominees were of no sector in real news, helper draw 3021).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from wirewatch.model import Article, Mention
from wirewatch.pipeline import code_docs


def _by_name(nlp: Language, text: str) -> dict[str, Mention]:
    return {m.name or m.text: m for m in nlp(text)._.mentions or [] if m.kind == "person"}


def test_a_partys_candidate_is_a_party_politician(nlp: Language) -> None:
    found = _by_name(nlp, "Green presidential candidate Rosa Delgado toured three farms in Iowa.")
    assert found["Rosa Delgado"].sector == "PTY"
    found = _by_name(nlp, "Labour candidate Owen Pritchard conceded the seat on Friday.")
    assert found["Owen Pritchard"].sector == "PTY"


def test_the_surname_later_keeps_the_candidacy(nlp: Language) -> None:
    text = "Senate candidate Maria Lindqvist opened her campaign. Lindqvist criticised the governor."
    found = nlp(text)._.mentions or []
    sectors = [m.sector for m in found if m.name == "Maria Lindqvist" and m.rule == "person"]
    assert sectors == ["PTY", "PTY"]


def test_an_opposition_candidate_is_of_the_opposition(nlp: Language) -> None:
    found = _by_name(nlp, "Opposition candidate Samuel Otieno was arrested at a rally.")
    assert found["Samuel Otieno"].sector == "OPP"


def test_a_nominee_to_a_court_is_no_party_politician(nlp: Language) -> None:
    found = _by_name(nlp, "Supreme Court nominee Dana Marsh met three senators on Tuesday.")
    assert found["Dana Marsh"].sector != "PTY"


def test_a_candidates_rally_is_a_campaign_stop_not_a_protest(nlp: Language) -> None:
    from tests.coding import code

    events = code(nlp, "Green candidate Rosa Delgado held a rally in Toledo on Saturday.")
    assert not [e for e in events if e.plover == "PROTEST"]


def _sectors_on(nlp: Language, text: str, published: dt.date) -> dict[str, str | None]:
    article = Article(article_id="campaign", text=text, published=published)
    coded = code_docs(nlp, [article])
    return {m.name or m.text: m.sector for c in coded for m in c.mentions if m.kind == "person"}


def test_a_curated_person_during_a_presidential_campaign_is_a_party_politician(nlp: Language) -> None:
    # Issue 11 (helper draw 3121): in 2016 stories the nominees were ELI (a former secretary of
    # state) and of no sector ("no president yet"); their candidacies are on record now.
    text = "Hillary Clinton courted nurses in Denver, and Donald Trump mocked her plan in Tampa."
    sectors = _sectors_on(nlp, text, dt.date(2016, 9, 20))
    assert (sectors["Hillary Clinton"], sectors["Donald Trump"]) == ("PTY", "PTY")
    sectors = _sectors_on(nlp, "Joe Biden toured a steel plant in Scranton.", dt.date(2020, 8, 30))
    assert sectors["Joe Biden"] == "PTY"


def test_a_lost_candidacy_leaves_an_elite_and_a_won_one_the_office(nlp: Language) -> None:
    text = "Hillary Clinton praised the new museum, and Donald Trump signed the order."
    sectors = _sectors_on(nlp, text, dt.date(2018, 4, 11))
    assert (sectors["Hillary Clinton"], sectors["Donald Trump"]) == ("ELI", "GOV")
