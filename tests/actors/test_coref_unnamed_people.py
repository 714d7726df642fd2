"""Pronouns for people named by a noun alone (issue 11, real news: a police spokesman's "He shot one
man" was coded as the victim's shooting). Each unnamed person is someone of their own for gender:
"a woman" and "a man" are both "None:CVL", and a "she" for the woman made every unnamed civilian
female, so a later "he" skipped the man for a person named before. Sentences written for these
tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code

from wirewatch.model import Mention


def _pronoun(nlp: Language, text: str, word: str) -> Mention | None:
    return next((m for m in nlp(text)._.mentions or [] if m.text == word and m.rule == "pronoun"), None)


def test_a_she_for_an_unnamed_woman_leaves_an_unnamed_man_male(nlp: Language) -> None:
    text = (
        "A man walked into the pharmacy with a bag. A woman ran out, and she called for help. "
        "He fired two shots at the guard."
    )
    he = _pronoun(nlp, text, "He")
    assert he is not None and he.sector == "CVL" and he.name is None


def test_he_is_the_unnamed_gunman_not_the_victim_named_before(nlp: Language) -> None:
    text = (
        "Daniel Okafor was stabbed on Tuesday when a man entered the bakery. "
        "He wounded a police officer before he fled, said a woman who saw the attack."
    )
    attacks = [e for e in code(nlp, text) if e.trigger.text == "wounded"]
    assert attacks, [(e.plover, e.trigger.text) for e in code(nlp, text)]
    assert [(s.text, s.name, s.sector) for s in attacks[0].sources] == [("He", None, "CVL")]
