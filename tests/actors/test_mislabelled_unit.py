"""`actors.mislabelled` on hand-built parses (no model): which ORG entities that start with a
given name are people (issue 11)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from wirewatch.actors.lexicon import SectorLexicon
from wirewatch.actors.mislabelled import person_tagged_org
from wirewatch.actors.state import Places

# English lexical attributes (capitalisation, alphabetic) without a model.
VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, ents=ents)


def _first_org(doc: Doc) -> bool:
    ent = next(e for e in doc.ents if e.label_ == "ORG")
    return person_tagged_org(ent, SectorLexicon.load(), Places({}))


# "Lester Holt , the moderator , asked ." with Holt's apposition "moderator"
HOLT_APPOS = (
    ["Lester", "Holt", ",", "the", "moderator", ",", "asked", "."],
    [1, 6, 1, 4, 1, 1, 6, 6],
    ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"],
    ["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"],
)


def test_a_given_name_in_apposition_with_a_persons_noun_is_a_person() -> None:
    assert _first_org(_doc(*HOLT_APPOS))


def test_a_given_name_and_a_firms_word_is_no_person_whatever_the_apposition() -> None:
    words = ["Walter", "Energy", ",", "the", "moderator", ",", "asked", "."]
    assert not _first_org(_doc(words, *HOLT_APPOS[1:]))


def test_a_name_with_no_sign_of_a_person_is_left_to_the_model() -> None:
    words = ["Lester", "Holt", ",", "the", "firm", ",", "asked", "."]
    assert not _first_org(_doc(words, *HOLT_APPOS[1:]))


def test_a_surname_alone_as_a_subject_makes_the_full_name_a_persons() -> None:
    # "They met Lester Holt . Holt said ."
    doc = _doc(
        ["They", "met", "Lester", "Holt", ".", "Holt", "said", "."],
        [1, 1, 3, 1, 1, 6, 6, 6],
        ["nsubj", "ROOT", "compound", "dobj", "punct", "nsubj", "ROOT", "punct"],
        ["O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
    )
    assert _first_org(doc)


def test_no_given_name_first_is_no_person() -> None:
    words = ["Acme", "Holt", ",", "the", "moderator", ",", "asked", "."]
    assert not _first_org(_doc(words, *HOLT_APPOS[1:]))
