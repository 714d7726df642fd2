"""A surname alone that two kin of the article bear is the one named in full just before it in its
own sentence (issue 11, real news: "Juanita Broaddrick, who claimed that Clinton had raped her", in
a sentence that had just named then-Gov. Bill Clinton, was coded as Hillary Clinton's act, the
Clinton named first in the article). Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find

TEXT = (
    "Linda Whitfield is running for governor this year. Her rivals have revived claims by Mary "
    "Okonjo, who accused then-Senator James Whitfield of bribery, and by Tom Reyes, who said that "
    "Whitfield had threatened him in 1994. Whitfield told supporters on Monday that she would win."
)


def test_a_bare_surname_is_the_kin_named_just_before_in_its_sentence(nlp: Language) -> None:
    bare = [m for m in nlp(TEXT)._.mentions if m.text == "Whitfield"]
    assert [m.name for m in bare] == ["James Whitfield", "Linda Whitfield"]


def test_the_act_is_coded_as_that_kin_s(nlp: Language) -> None:
    event = find(code(nlp, TEXT), "THREATEN")
    assert [a.name for a in event.sources] == ["James Whitfield"]
