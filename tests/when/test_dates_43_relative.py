"""Two readings of an event's time seen wrong in real news (issue 11, stop 43).

A date set off after a relative clause is the happening's before it: "prosecutors investigating the
bombing at the embassy, which housed the consulate, on May 3": the parser hangs May 3 from a verb,
but the phrase closes the noun phrase of the bombing and its place, and dates the
bombing, not the investigating (`when.attach.happening_before_relative`). After a relative clause on
a noun of no happening, or with no relative clause between, the date stays the verb's.

A plural codebook noun of an act in words with its author as possessor ("the senator's threats") is a
run of utterances made at times the text does not name, none of them of the publication day
(`when.tally.told_as_a_run_of_utterances`); one threat, or threats with a day of their own, keep
their date.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import by_trigger, dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
WEDNESDAY = dt.date(2024, 10, 16)


def _events(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=WEDNESDAY)])[0].events)


def test_a_date_after_a_relative_clause_is_not_the_investigating(nlp: Language) -> None:
    text = (
        "He cooperated with prosecutors investigating the bombing at the embassy, which housed the "
        "trade mission, on March 3, 2019."
    )
    assert dated(by_trigger(_events(nlp, text), "investigating"))[0] != "2019-03-03"


def test_a_date_after_a_relative_clause_on_the_robberys_place_is_not_the_charging(nlp: Language) -> None:
    text = (
        "Prosecutors in Lyon charged two men over the robbery at the bank, which held the city's "
        "payroll, on March 3, 2019."
    )
    assert dated(by_trigger(_events(nlp, text), "charged"))[0] != "2019-03-03"


def test_a_date_after_a_relative_clause_on_a_person_stays_the_verbs(nlp: Language) -> None:
    text = "Germany expelled the ambassador of Iran, which had denied the charges, on Friday."
    assert dated(by_trigger(_events(nlp, text), "expelled")) == ("2024-10-11", "day")


def test_a_date_with_no_relative_clause_between_stays_the_verbs(nlp: Language) -> None:
    text = "Prosecutors in Lyon charged two men over the robbery at the bank on March 3, 2019."
    assert dated(by_trigger(_events(nlp, text), "charged")) == ("2019-03-03", "day")


def test_a_possessed_plural_of_threats_is_no_act_of_the_publication_day(nlp: Language) -> None:
    text = "Beijing dismissed the senator's threats to impose tariffs on Chinese steel."
    assert dated(by_trigger(_events(nlp, text), "threats")) == (None, None)


def test_a_possessed_threat_keeps_the_publication_day(nlp: Language) -> None:
    text = "Beijing dismissed the senator's threat to impose tariffs on Chinese steel."
    assert dated(by_trigger(_events(nlp, text), "threat")) == ("2024-10-16", "publication")


def test_possessed_threats_with_a_day_of_their_own_keep_it(nlp: Language) -> None:
    text = "Beijing dismissed the senator's threats on Monday to impose tariffs on Chinese steel."
    assert dated(by_trigger(_events(nlp, text), "threats")) == ("2024-10-14", "day")
