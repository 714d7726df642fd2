"""A piece of writing or speech with its owner named on it speaks for the owner (issue 10).

"The ministry's statement condemned the raid" is the ministry's condemnation: the statement is
the medium of the words, not the figure of speech that an abstract subject makes of an act of
force ("their policies are killing the middle class"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


def _coded(nlp: Language, text: str) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    return [
        (e.plover, e.cameo, [a.country for a in e.sources], [a.country for a in e.targets])
        for e in code(nlp, text)
    ]


def test_a_ministry_statement_condemning_is_the_ministry_condemning(nlp: Language) -> None:
    coded = _coded(nlp, "The Ghanaian foreign ministry's statement condemned the Togolese border raid.")
    assert ("ACCUSE", "111", ["GHA"], ["TGO"]) in coded


def test_a_government_letter_urging_is_the_government_asking(nlp: Language) -> None:
    coded = _coded(nlp, "A Chilean government letter urged Bolivia to reopen the border crossing.")
    assert any(e[0] == "REQUEST" and e[2] == ["CHL"] and e[3] == ["BOL"] for e in coded)


def test_a_writing_with_no_owner_is_still_no_ones_act(nlp: Language) -> None:
    assert _coded(nlp, "The statement condemned the Togolese border raid.") == []


def test_a_policy_hurting_people_is_still_a_figure_of_speech(nlp: Language) -> None:
    coded = _coded(nlp, "Ghana's new tariffs are killing Togolese traders.")
    assert not any(e[0] == "ASSAULT" for e in coded)
