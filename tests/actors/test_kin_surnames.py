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


# A courtesy title chooses between kin by gender (issue 11: "Mr. Clinton" in a story about
# Hillary Clinton that had named Bill Clinton went to her). Sentences written for these tests.
COUPLE = (
    "Senator Margaret Hollis is running for governor this year. Her husband, former Governor "
    "Robert Hollis, campaigned for her in Fresno. Reporters asked about the loan that "
    "Mr. Hollis arranged in 2009, and about the speech Mrs. Hollis gave on Monday."
)


def test_a_courtesy_title_picks_the_kin_of_its_gender(nlp: Language) -> None:
    names = [m.name for m in nlp(COUPLE)._.mentions if m.text in ("Hollis", "Mr. Hollis", "Mrs. Hollis")]
    assert names == ["Robert Hollis", "Margaret Hollis"]


def test_a_bare_surname_without_a_title_keeps_the_rule_of_its_sentence(nlp: Language) -> None:
    """Negative: with no courtesy title, the kin named just before in the sentence still wins."""
    text = COUPLE.replace("Mr. Hollis", "Hollis").replace("Mrs. Hollis", "the candidate")
    names = [m.name for m in nlp(text)._.mentions if m.text == "Hollis"]
    assert names == ["Margaret Hollis"]
