"""Background told in the present perfect after the story's day, and the generic present of a class
of people (issue 11): neither is an act of the publication day, so neither is dated; a lead's perfect
and a headline's present are the day's news and keep the publication date.

Sentences written for these tests (invented facts).
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import by_trigger, dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
THURSDAY = dt.date(2023, 3, 16)
STORY = "The prime minister on Monday accused the opposition of sabotaging the budget talks.\n\n"


def _events(nlp: Language, text: str, published: dt.date = THURSDAY) -> list[Event]:
    return code_docs(nlp, [Article("t", text, published=published)])[0].events


def test_a_perfect_after_the_storys_day_is_background(nlp: Language) -> None:
    text = STORY + "The opposition leader has praised the central bank and criticised the finance ministry."
    events = _events(nlp, text)
    assert dated(by_trigger(events, "accused")) == ("2023-03-13", "day")
    assert dated(by_trigger(events, "praised")) == (None, None)
    assert dated(by_trigger(events, "criticised")) == (None, None)


def test_a_leads_perfect_is_the_days_news(nlp: Language) -> None:
    text = "The finance minister has resigned, the government said.\n\nThe cabinet met on Monday."
    assert dated(by_trigger(_events(nlp, text), "resigned")) == ("2023-03-16", "publication")


def test_a_perfect_in_the_paragraph_of_the_storys_day_keeps_its_date(nlp: Language) -> None:
    text = (
        "The prime minister on Monday accused the opposition of sabotaging the budget talks. "
        "The opposition leader has praised the central bank."
    )
    assert dated(by_trigger(_events(nlp, text), "praised")) == ("2023-03-16", "publication")


def test_a_perfect_progressive_after_the_storys_day_goes_on_now(nlp: Language) -> None:
    text = "The mayor spoke to reporters on Tuesday.\n\nThe army has been shelling the town."
    assert dated(by_trigger(_events(nlp, text), "shelling")) == ("2023-03-16", "publication")


def test_a_bare_plural_in_the_simple_present_is_generic(nlp: Language) -> None:
    text = "The mayor spoke to reporters on Tuesday.\n\nConservatives call the minister cowardly."
    assert dated(by_trigger(_events(nlp, text), "call")) == (None, None)


def test_a_definite_group_in_the_simple_present_keeps_its_date(nlp: Language) -> None:
    text = "The mayor spoke to reporters on Tuesday.\n\nThe conservatives call the minister cowardly."
    assert dated(by_trigger(_events(nlp, text), "call")) == ("2023-03-16", "publication")


def test_a_headline_in_the_simple_present_is_the_days_news(nlp: Language) -> None:
    text = "Conservatives condemn the minister\nThe mayor spoke to reporters on Tuesday."
    assert dated(by_trigger(_events(nlp, text), "condemn")) == ("2023-03-16", "publication")


def test_a_claim_of_a_bare_plural_holds_now(nlp: Language) -> None:
    text = "The mayor spoke to reporters on Tuesday.\n\nProsecutors allege that Ms. Reyes bribed the judge."
    events = _events(nlp, text)
    assert dated(by_trigger(events, "allege")) == ("2023-03-16", "publication")


def test_a_gerund_of_means_is_told_in_its_verbs_story_time(nlp: Language) -> None:
    text = (
        "Yesterday, rebel gunners shelled a border post in the north.\n\n"
        "Dozens of villagers fled after a shell hit a school. The navy responded by firing "
        "missiles at the rebel boats."
    )
    assert dated(by_trigger(_events(nlp, text), "firing")) == ("2023-03-15", "day")


def test_a_gerund_of_means_of_a_perfect_keeps_the_publication_date(nlp: Language) -> None:
    text = "The navy has responded by firing missiles at the rebel boats."
    assert dated(by_trigger(_events(nlp, text), "firing")) == ("2023-03-16", "publication")


def test_a_later_gerund_of_until_does_not_date_the_act_it_ends(nlp: Language) -> None:
    text = "The colonel denied the charges for years until finally admitting them in March 2019."
    events = code_docs(nlp, [Article("t", text, published=None)])[0].events
    assert dated(by_trigger(events, "denied")) == (None, None)


def test_a_time_of_the_act_itself_before_until_still_dates_it(nlp: Language) -> None:
    text = "In March 2019 the colonel denied the charges until the court showed him the files."
    events = code_docs(nlp, [Article("t", text, published=None)])[0].events
    assert dated(by_trigger(events, "denied")) == ("2019-03", "month")


def test_a_headline_takes_the_day_of_its_act_told_in_other_words(nlp: Language) -> None:
    text = (
        "Germany denounces Iran over drone sales\n\n"
        "The German government on Tuesday accused Iran of selling attack drones to Russia."
    )
    assert dated(by_trigger(_events(nlp, text), "denounces")) == ("2023-03-14", "day")


def test_a_headline_of_another_kind_of_act_keeps_the_publication_date(nlp: Language) -> None:
    text = (
        "Germany praises Iran over drone talks\n\n"
        "The German government on Tuesday accused Iran of selling attack drones to Russia."
    )
    assert dated(by_trigger(_events(nlp, text), "praises")) == ("2023-03-16", "publication")


def test_a_passive_perfect_after_the_storys_day_is_the_news_it_came_to(nlp: Language) -> None:
    text = (
        "Gunmen attacked a bus depot in Mombasa on Tuesday, the police said.\n\n"
        "A man named Peter Otieno has been arrested over the attack."
    )
    assert dated(by_trigger(_events(nlp, text), "arrested")) == ("2023-03-16", "publication")


def test_an_act_of_force_in_the_perfect_after_the_storys_day_is_news(nlp: Language) -> None:
    text = (
        "Gunmen attacked a bus depot in Mombasa on Tuesday, the police said.\n\n"
        "Kenyan police have arrested Peter Otieno over the attack."
    )
    assert dated(by_trigger(_events(nlp, text), "arrested")) == ("2023-03-16", "publication")


def test_a_perfect_after_a_lead_in_the_simple_past_is_background(nlp: Language) -> None:
    text = (
        "Kenyan Senator Presses Farmers' Case\n\n"
        "Senator Amina Wako told farmers in Nakuru that the new levy would ruin them.\n\n"
        "She has criticised the finance ministry and called for lower fuel duties."
    )
    events = _events(nlp, text)
    assert dated(by_trigger(events, "criticised")) == (None, None)
    assert dated(by_trigger(events, "called")) == (None, None)


def test_a_perfect_after_a_lead_in_the_present_is_background(nlp: Language) -> None:
    text = (
        "The Ghanaian finance minister is touring the northern regions as a friend of farmers.\n\n"
        "Yet he has praised the central bank and denounced the opposition party."
    )
    events = _events(nlp, text)
    assert dated(by_trigger(events, "praised")) == (None, None)


def test_perfects_after_a_lead_in_the_perfect_go_on_with_the_news(nlp: Language) -> None:
    text = (
        "The finance minister has resigned, the government said.\n\n"
        "The opposition leader has praised the decision."
    )
    assert dated(by_trigger(_events(nlp, text), "praised")) == ("2023-03-16", "publication")


def test_a_perfect_in_the_lead_after_a_headline_is_the_days_news(nlp: Language) -> None:
    text = (
        "Senator Quits Over Levy\n\n"
        "The senator has criticised the finance ministry over the new levy."
    )
    assert dated(by_trigger(_events(nlp, text), "criticised")) == ("2023-03-16", "publication")


def test_a_perfect_in_a_main_clause_joined_to_another_is_background(nlp: Language) -> None:
    text = STORY + "Several donors left the party, and the senator has criticised the finance ministry."
    assert dated(by_trigger(_events(nlp, text), "criticised")) == (None, None)


def test_a_perfect_of_the_act_the_title_tells_is_the_days_news(nlp: Language) -> None:
    # the title tells the offer as the news; the body's perfect tells it on, after a lead in the present
    text = (
        "Kenyan nurses are pressing the health ministry over the cholera outbreak in Garissa.\n\n"
        "The nurses have offered to run a vaccination clinic at no cost, and they have criticised the"
        " ministry."
    )
    article = Article("t", text, title="Nurses offer to run free cholera clinic", published=THURSDAY)
    events = code_docs(nlp, [article])[0].events
    assert dated(by_trigger(events, "offered")) == ("2023-03-16", "publication")
    assert dated(by_trigger(events, "criticised")) == (None, None)  # not what the title tells
