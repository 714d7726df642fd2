"""Two full names with one surname (issue 11, the shared-surname rule): one person when the given
names are forms of one name ("Fred"/"Frederick"), two people when they are different given names
("Pat"/"Sean": a mother and her son). Real news: the Benghazi killing targeted the mother, because
her son's full name resolved to her. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from wirewatch.actors.given_names import forms_of_one_name, is_given_name
from wirewatch.model import Mention


def _named(nlp: Language, text: str, words: str) -> Mention:
    return [m for m in nlp(text)._.mentions or [] if m.text == words][-1]


def test_short_forms_and_full_forms_are_one_name() -> None:
    assert forms_of_one_name("fred", "frederick")
    assert forms_of_one_name("bill", "william")
    assert forms_of_one_name("pat", "patricia") and forms_of_one_name("pat", "patrick")
    assert not forms_of_one_name("pat", "sean")
    assert not forms_of_one_name("patricia", "patrick")  # two rows share "pat", not each other
    assert is_given_name("pat") and not is_given_name("chair")


def test_a_relative_named_in_full_after_a_parent_is_another_person(nlp: Language) -> None:
    text = (
        "Pat Kowalczyk said her son, Sean Kowalczyk, died when the convoy was ambushed near Kandahar. "
        "Kowalczyk said she wanted answers."
    )
    assert _named(nlp, text, "Sean Kowalczyk").name == "Sean Kowalczyk"
    assert _named(nlp, text, "Pat Kowalczyk").name == "Pat Kowalczyk"


def test_a_short_form_of_a_given_name_is_the_same_person(nlp: Language) -> None:
    text = (
        "Frederick Ambrose, a fundraiser for the governor, testified before the grand jury on Monday. "
        "Fred Ambrose later pleaded guilty to obstruction."
    )
    assert _named(nlp, text, "Fred Ambrose").name == "Frederick Ambrose"
    text = (
        "Dave Whitcombe, the county sheriff, asked residents to stay indoors. "
        "David Whitcombe said roads were shut."
    )
    assert _named(nlp, text, "David Whitcombe").name == "Dave Whitcombe"


def test_a_given_name_met_alone_first_does_not_part_the_full_names(nlp: Language) -> None:
    """ "Fred's" alone, before "Fred Ambrose": the full name is still the one the article began with."""
    text = (
        "Frederick Ambrose, a fundraiser for the governor, testified before the grand jury on Monday. "
        "The family business that Fred's father founded was sold in 1990. "
        "Fred Ambrose later pleaded guilty to obstruction."
    )
    assert _named(nlp, text, "Fred Ambrose").name == "Frederick Ambrose"
