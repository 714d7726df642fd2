"""An act told again takes the date of its nearest telling that has one (issue 11).

Real news names its act in the headline and dates it in the lede ("UNHCR condemns air attack on
camp" over "The UN refugee agency on Friday condemned ..."), and tells further points of a dated
statement after the story has moved to other times ("The administration also blamed Moscow for the
hack", two paragraphs after a July date). Both were dated to the publication day. Sentences
written for these tests; the guards mark where the class ends: an act done again, a standing act
in the perfect, a headline whose nearest telling has no date either.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import dated
from wirewatch.model import Article, Event, Inference
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
WEDNESDAY = dt.date(2024, 10, 16)
MONDAY = ("2024-10-14", "day")
UNDATED = ("2024-10-16", "publication")


def _events(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=WEDNESDAY)])[0].events)


def _by(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.trigger.text == trigger)


LEDE = "Kenya's foreign ministry on Monday accused Somalia of shelling the border town of Mandera. "
MOVED_ON = "In May, Somali troops crossed the border near the town. "


def test_a_headline_takes_the_day_of_its_lede(nlp: Language) -> None:
    events = _events(nlp, "Kenya accuses Somalia of shelling border town. " + LEDE)
    headline = _by(events, "accuses")
    assert dated(headline) == MONDAY
    assert Inference.RETOLD in headline.inferences
    assert headline.to_dict()["rule"].endswith("+retold")


def test_a_further_point_of_a_statement_takes_its_day(nlp: Language) -> None:
    events = _events(nlp, LEDE + MOVED_ON + "Kenya also accused Somalia of arming the militants.")
    assert [dated(e) for e in events if e.trigger.text == "accused"] == [MONDAY, MONDAY]


def test_a_retold_arrest_takes_the_day_of_the_arrest(nlp: Language) -> None:
    text = (
        "The army on Saturday arrested the opposition leader Kizza Besigye in Kampala. "
        "In May, Besigye led a march to parliament. "
        "The army arrested Besigye at a roadblock, witnesses said."
    )
    assert [dated(e) for e in _events(nlp, text) if e.trigger.text == "arrested"] == [
        ("2024-10-12", "day"),
        ("2024-10-12", "day"),
    ]


def test_an_act_done_again_or_in_the_perfect_is_not_a_retelling(nlp: Language) -> None:
    again = _events(nlp, LEDE + MOVED_ON + "Kenya accused Somalia again of arming the militants.")
    assert dated(again[-1]) == UNDATED
    perfect = _events(nlp, LEDE + MOVED_ON + "Kenya has also accused Somalia of arming the militants.")
    assert dated(perfect[-1]) == UNDATED


def test_a_headline_whose_nearest_telling_is_undated_keeps_the_publication_date(nlp: Language) -> None:
    """The thanks on Wednesday is a praise as CAMEO codes the endorsement: not the same act."""
    text = (
        "Museveni endorses Bobi Wine. President Yoweri Museveni is endorsing Bobi Wine, the opposition "
        "candidate, in a surprise turn. The two men traded insults for years. "
        "On Wednesday, Museveni thanked Wine for his restraint."
    )
    events = _events(nlp, text)
    assert dated(_by(events, "endorses")) == UNDATED
    assert dated(_by(events, "endorsing")) == UNDATED


def test_a_headline_naming_a_surname_takes_the_day_its_lede_gives_the_full_name(nlp: Language) -> None:
    text = (
        "Nurses' union endorses Kenyatta. "
        "The national nurses' union endorsed Uhuru Kenyatta for president on Monday."
    )
    assert dated(_by(_events(nlp, text), "endorses")) == MONDAY


def test_an_act_told_as_done_many_times_is_not_a_retelling(nlp: Language) -> None:
    events = _events(nlp, LEDE + MOVED_ON + "Kenya repeatedly accused Somalia of arming the militants.")
    assert events[-1].date != "2024-10-14"  # not Monday's accusation retold
    # a run of past accusations in the simple past, at times the text does not name
    assert dated(events[-1]) == (None, None)


def test_an_act_told_as_this_times_is_not_the_earlier_one_retold(nlp: Language) -> None:
    """issue 11, real news: "This time the clash between Warren and White is over ..." took the
    year of "A year ago I called your leadership disappointing", a year early: "this time" sets
    the act apart from the one told before, as "again" does."""
    text = (
        "A year ago, Senator Ortiz called the regulator's leadership a disgrace. "
        "This time the clash between Ortiz and the regulator is over disclosure rules."
    )
    events = _events(nlp, text)
    assert dated(_by(events, "called")) == ("2023", "year")
    assert dated(_by(events, "clash")) == UNDATED


def test_an_act_placed_after_another_happening_is_not_the_earlier_one_retold(nlp: Language) -> None:
    """issue 11, real news: in an obituary, "was also at the meeting after the break-in" took the day
    of the March meeting told before it, months before the break-in. An act placed after or before
    another happening is told by what it followed, a new act, as "again" tells one."""
    text = (
        "The trade minister met the union leaders in Nairobi on 3 March 2021. "
        "The trade minister also met the union leaders after the strike."
    )
    first, second = _events(nlp, text)
    assert dated(first) == ("2021-03-03", "day")
    assert dated(second) != ("2021-03-03", "day")
