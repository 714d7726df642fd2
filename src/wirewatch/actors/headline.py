"""The article's title as evidence for the actor steps, never as text to code.

The cleaner takes an article's headline out of its text (`ingest.clean`), and a record, a web
page or a feed item may give one of its own (`Article.title`: one path for every format). No
event and no mention comes from it, but it tells two things the body may leave out:

- where the story is: "a New Bedford, Massachusetts man" when the body names only the town's
  police; "Vancouver, B.C." when the body names only "Vancouver", a city Canada and the United
  States both have. Its places count towards the story's country (`article.py`) and are among
  the story's countries a shared place name is read in (`Places.headline`);
- who a bare surname is: "Reggie Bush" in the title and "Bush" alone in the body is the
  running back, not the president the knowledge base knows by that surname. A title's name
  only completes a body mention (`people.py`); it is never a mention, and the knowledge base
  never learns it (`names.learnable`: the completed mention is a "person-part").

A title the body repeats word for word is body text already, and no second evidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc

from wirewatch.actors.names import clean_name, has_name_shape, is_common_word
from wirewatch.actors.state import strip_possessive
from wirewatch.doctools import doc_text, entities
from wirewatch.model import name_key

# The model's own components a title is parsed with (ours would code it): the places and names
# of a title are found as the body's are, from its parse and its entities.
TITLE_COMPONENTS = frozenset({"tok2vec", "parser", "ner"})


def parse_title(nlp: Language, doc: Doc) -> Doc | None:
    """The Doc's title (`doc._.title`) parsed by the model, or None when there is none or the
    body repeats it."""
    return parse_titles(nlp, [doc])[0]


def parse_titles(nlp: Language, docs: Sequence[Doc]) -> list[Doc | None]:
    """`parse_title` of each Doc, the titles of a batch run through each model component in one
    call: a title is a few words, and alone it paid a model call's fixed cost (about 6 ms a title
    on this machine, against 3 in a batch of 32). A title's parse does not depend on the titles
    beside it."""
    made = [_title_doc(nlp, doc) for doc in docs]
    parsed = [title for title in made if title is not None]
    for name, component in nlp.pipeline:
        if name in TITLE_COMPONENTS and parsed:
            parsed = (
                list(component.pipe(parsed, batch_size=len(parsed)))
                if isinstance(component, TrainablePipe)
                else [component(title) for title in parsed]
            )
    done = iter(parsed)
    return [None if title is None else next(done) for title in made]


def _title_doc(nlp: Language, doc: Doc) -> Doc | None:
    """The Doc's title tokenised, None when there is none or the body repeats it."""
    title = " ".join((doc._.title or "").split())
    if not title or title in " ".join(doc_text(doc).split()):
        return None
    return nlp.make_doc(title)


def headline_names(title: Doc | None) -> dict[str, str]:
    """Surname (name key) -> the full name the title gives a person: a PERSON entity with a
    name's shape (`names.has_name_shape`: "Merkel Warns" is none), a headline's verbs after it
    left off ("Pierre Thomas Placed": Pierre Thomas). A surname two of the title's names share
    completes neither."""
    if title is None:
        return {}
    found: dict[str, str | None] = {}
    for ent in entities(title):
        if ent.label_ != "PERSON":
            continue
        words = clean_name(strip_possessive(ent).text).split()
        while words and _acronym(words[0]):
            words.pop(0)  # "RB Reggie Bush": a position's letters, no part of the name
        while words and is_common_word(words[-1]):
            words.pop()
        name = " ".join(words)
        if not has_name_shape(name) or any(_acronym(w) for w in words):
            continue  # "DRUNK DRIVER" of a headline in capitals: no name's shape
        surname = name_key(words[-1])
        found[surname] = name if found.get(surname, name) == name else None
    return {surname: name for surname, name in found.items() if name is not None}


def _acronym(word: str) -> bool:
    """A word in capitals longer than an initial ("RB", "FBI"; not "W.")."""
    return word.isupper() and len(word.rstrip(".")) > 1
