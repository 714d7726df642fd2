"""What a person's name looks like, and what may be learned as one.

A name has a name's shape: two or more capitalised words, none of them a common word
(`data/name_words.tsv`: the verbs and function words headlines capitalise). A headline is
no evidence of a name: "Merkel Warns Putin" is two people and a verb, not a person
"Merkel Warns". The knowledge base learns a person only from a PERSON entity of the body
text with a name's shape (`learnable`).

A common word is never a name, whichever word it is (`common_in_text`): one the text
capitalises only where a sentence or a headline starts, and either writes in lower case
elsewhere or the language model's vocabulary holds in lower case alone ("Arson is suspected
in the fire", "Turnout was low"). A name is capitalised wherever it stands.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from pathlib import Path

from spacy.attrs import ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.actors.state import strip_possessive
from wirewatch.doctools import doc_text, token_indices
from wirewatch.gazetteer.words import name_particles, name_words
from wirewatch.model import Inference, Mention

# Brackets an editor puts inside a name ("President [Donald] Trump").
_NAME_BRACKETS = re.compile(r"[\[\]]")
# The rule of the person mentions made from a PERSON entity (or a known name) with its own words.
NAMED_RULE = "person"
# What a mention the knowledge base learns a name from may have inferred: the office the
# knowledge base lent (KNOWN), never the country of a one-country story (ARTICLE).
LEARNABLE_INFERENCES = Inference.KNOWN
# A headline or label line: no sentence punctuation at its end, and most of its words capitalised.
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)]\s*$")
HEADLINE_MIN_CAPITALISED = 0.6
# A line in title case is a headline whatever it ends with ("Donor Pledges $5 Million for Ads.",
# "Tired Minister and Rival;"): at least this many words, every one capitalised but the
# function words (spaCy's English stop words). A sentence writes its verbs and nouns in lower
# case ("Obama met Merkel."), so one such word in lower case makes the line no headline.
TITLE_CASE_MIN_WORDS = 3
MIN_NAME_WORDS = 2
# Punctuation around a word of a line split at spaces ("Clinton;", "\"Talks").
_WORD_EDGES = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019"


def clean_name(text: str) -> str:
    return " ".join(_NAME_BRACKETS.sub("", text).split())


def is_common_word(word: str) -> bool:
    """A word that is never part of a person's name ("Warns", "Says", "And")."""
    return word.lower() in name_words("common")


def has_name_shape(name: str) -> bool:
    """Two or more capitalised words (particles aside), none a common word."""
    words = [w for w in name.split() if w.lower() not in name_particles()]
    return (
        len(words) >= MIN_NAME_WORDS
        and all(w[:1].isupper() for w in words)
        and not any(is_common_word(w) for w in words)
    )


def is_headline(line: str) -> bool:
    """A line that reads as a headline: no closing punctuation and most words capitalised, or
    every word but the function words capitalised (title case), with a stop or not."""
    if _SENTENCE_END.search(line):
        return _title_case(line)  # (most lines are paragraphs of sentences: no title case)
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised / len(words) >= HEADLINE_MIN_CAPITALISED


def _title_case(line: str) -> bool:
    """Every word capitalised but the function words, as headlines write them (see
    `TITLE_CASE_MIN_WORDS`). Stops at the first word in lower case: a paragraph's first few."""
    content = 0
    for word in line.split():
        word = word.strip(_WORD_EDGES)
        if not any(c.isalpha() for c in word) or word.lower() in STOP_WORDS:
            continue
        if not word[:1].isupper():
            return False
        content += 1
    return content >= TITLE_CASE_MIN_WORDS


def line_at(text: str, offset: int) -> str:
    """The line of `text` that holds character `offset`."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end != -1 else len(text)]


def learnable(mention: Mention, text: str) -> bool:
    """Whether the knowledge base may learn this person: named in the body (not a headline)
    by a name with a name's shape."""
    if mention.kind != "person" or mention.rule != NAMED_RULE or not mention.name:
        return False
    if mention.inferences & ~LEARNABLE_INFERENCES:
        return False
    return has_name_shape(mention.name) and not is_headline(line_at(text, mention.start))


def model_vocabulary(nlp: Language) -> frozenset[str]:
    """The words of the loaded model's vocabulary, as the model ships them (not the strings of
    the texts read since); empty for a model that is no package on disk (a blank pipeline)."""
    path = Path(nlp.path) / "vocab" / "strings.json" if nlp.path is not None else None
    if path is None or not path.is_file():
        return frozenset()
    with path.open(encoding="utf-8") as f:
        return frozenset(json.load(f))


def common_in_text(token: Token, vocabulary: Collection[str]) -> bool:
    """Is this capitalised word a common word in its text, no name (see the module's rule)?"""
    word = token.text
    if not (word.isalpha() and word[:1].isupper() and not word.isupper()):
        return False
    doc = token.doc
    if any(not _capital_forced(doc[i]) for i in token_indices(doc, ORTH, frozenset({get_string_id(word)}))):
        return False  # capitalised inside a sentence: a name
    if written_in_lower_case(doc, word):
        return True
    return word.lower() in vocabulary and word not in vocabulary


def written_in_lower_case(doc: Doc, word: str) -> bool:
    """Does the text write `word` in lower case somewhere ("hit" beside "Hit")?"""
    return bool(token_indices(doc, ORTH, frozenset({get_string_id(word.lower())})))


def _capital_forced(token: Token) -> bool:
    """Is `token` capitalised by where it stands: first in its sentence (after opening
    punctuation), or in a headline?"""
    if _first_in_sentence(token):
        return True
    return is_headline(line_at(doc_text(token.doc), token.idx))


def _first_in_sentence(token: Token) -> bool:
    """Only punctuation stands before `token` in its sentence. Walks back to the sentence start
    rather than asking for `token.sent`, which builds the Doc's sentences on every call."""
    doc = token.doc
    i = token.i
    while True:
        if i == 0 or doc[i].is_sent_start:
            return True
        i -= 1
        if not doc[i].is_punct:
            return False


def name_pieces(span: SpacySpan) -> list[SpacySpan]:
    """The names inside an entity the NER ran over common words: "Merkel Warns Putin" is
    "Merkel" and "Putin"; an entity without common words is one name."""
    pieces: list[SpacySpan] = []
    start = span.start
    for token in span:
        if (is_common_word(token.text) and token.text[:1].isupper()) or token.lower_ == "and":
            if token.i > start:
                pieces.append(span.doc[start : token.i])
            start = token.i + 1
    if start < span.end:
        pieces.append(span.doc[start : span.end])
    return pieces


def person_span(ent: SpacySpan) -> SpacySpan:
    """The name in a PERSON entity: no possessive, and a hyphenated tail the NER cut off
    put back ("Moon Jae" + "-in")."""
    span = strip_possessive(ent)
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
    ):
        end += 2
    return doc[span.start : end] if end != span.end else span
