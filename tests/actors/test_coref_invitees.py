"""A subject pronoun that accepts, declines or answers is, first, the one an offer, an invitation
or a question was put to just before (issue 11: in "X invited a woman to sit in the front row. And
she has accepted that invitation", "she" went to the candidate the story was about). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.slow

INVITED = "Mayor Karen Whitman invited Alicia Moreno, a retired nurse, to open the new clinic in Fresno."
OFFERED = "Chancellor Maria Keller offered Ingrid Sommer the finance ministry on Monday."


def _first(nlp: Language, text: str, pronoun: str) -> str | None:
    mention = next(m for m in nlp(text)._.mentions if m.text == pronoun)
    return mention.name


@pytest.mark.parametrize(
    "text",
    [
        f"{INVITED}\n\nShe accepted the invitation on Friday.",
        f"{INVITED} She declined, citing her health.",
        f"{OFFERED}\n\nShe refused the post, saying she would stay at the central bank.",
    ],
)
def test_the_one_invited_accepts_or_declines(nlp: Language, text: str) -> None:
    invited = "Ingrid Sommer" if text.startswith("Chancellor") else "Alicia Moreno"
    assert _first(nlp, text, "She") == invited


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (f"{INVITED}\n\nShe said the city would hire forty more nurses.", "Karen Whitman"),
        (f"{OFFERED}\n\nShe also named a new defence minister.", "Maria Keller"),
    ],
)
def test_a_pronoun_that_does_not_answer_keeps_the_subject(nlp: Language, text: str, meant: str) -> None:
    """Negative: the same invitation or offer, then a pronoun whose verb answers nothing."""
    assert _first(nlp, text, "She") == meant
