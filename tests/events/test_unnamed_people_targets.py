"""Unnamed ordinary people are each only themselves (issues 10 and 11): "a man ... shot and killed
another man" is aimed at the other man, though both are "CAN:CVL"; real news had the country (from
the town) as the target instead, and "He shot one man" (He: an unnamed gunman) lost its target and
its event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


def test_a_man_who_kills_another_man_targets_that_man(nlp: Language) -> None:
    text = (
        "A man who had been fired from the warehouse a day earlier shot and killed another man on "
        "Friday, police in Winnipeg said."
    )
    event = find(code(nlp, text), "ASSAULT")
    assert [(a.text, a.sector) for a in event.targets] == [("man", "CVL")]


def test_an_unnamed_gunman_who_shot_one_man_is_coded(nlp: Language) -> None:
    event = find(code(nlp, "The man had a rifle. He shot one man in the lobby."), "ASSAULT")
    assert [a.text for a in event.sources] == ["He"]
    assert [(a.text, a.sector) for a in event.targets] == [("man", "CVL")]


def test_a_named_actor_is_still_no_target_of_its_own_act(nlp: Language) -> None:
    text = "Kenya accused Kenya's opposition leader of plotting, and the government said Kenya would act."
    for event in code(nlp, text):
        assert not {a.actor_id for a in event.sources} & {a.actor_id for a in event.targets} - {None}


def test_people_a_speaker_calls_ours_are_of_the_speaker_s_country_not_the_speaker(nlp: Language) -> None:
    """Real news: a Hamas leader's "by killing our people" targeted the leader himself."""
    text = (
        'Palestinian minister Khalil Nasser spoke on Sunday. "Israel has killed our people for years," '
        "Nasser said."
    )
    event = find(code(nlp, text), "ASSAULT")
    assert [(a.text, a.name, a.country, a.sector) for a in event.targets] == [("people", None, "PSE", "CVL")]
