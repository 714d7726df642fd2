"""A candidacy named as a description ("the presidential nominee", "the Republican nominee") is the
candidate of this article who fits it (issue 10: "several Republicans have withdrawn their
endorsement of the presidential nominee" coded no target; "the nominee has clashed with party
leaders" no source).

Coreference matches a description against the words the text gave a person; a candidate is
often named with the title before the name ("Republican presidential nominee Donald Trump"),
which the person's mention leaves out, or with none at all, the knowledge base knowing the
candidacy ("presidential candidate" at the article's date). A person fits when the text calls
them a nominee or candidate, or the knowledge base gives them a candidacy; a party word on
the description ("the Republican nominee") must be among the words the text gave that person.
Salience never chooses: when two people fit (both parties' nominees, "the nominee" bare) the
description is left as it is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirewatch.actors.state import Resolution, named_person, standing_for
from wirewatch.model import Mention

# Nouns of a candidacy a description may name, and the words of a role that is one.
CANDIDACY_WORDS = frozenset({"nominee", "candidate"})
# Words of a title run before a name, or of an apposition after it, that describe the person.
TITLE_DEPS = frozenset({"compound", "amod", "nmod"})


def add_named_candidate(state: Resolution, start: int, end: int) -> bool:
    """Add the mention of the one candidate the description at tokens `start` to `end` fits
    ("the presidential nominee"), when exactly one person named before it does; True if added."""
    words = state.doc[start:end]
    if words[-1].lower_ not in CANDIDACY_WORDS or not state.free(start, end):
        return False
    wanted = {t.lower_ for t in words[:-1] if t.dep_ in TITLE_DEPS and t.text[:1].isupper()}
    fitting: dict[str, Mention] = {}
    for mention in state.mentions:
        if mention.end > words.start_char or not named_person(mention):
            continue
        described = _described_words(state.doc, mention)
        if _a_candidate(mention, described) and wanted <= described:
            fitting[mention.actor_id or mention.name or mention.text] = mention
    if len(fitting) != 1:
        return False
    state.add(start, end, standing_for(next(iter(fitting.values())), "description", "person"))
    return True


def _a_candidate(mention: Mention, described: frozenset[str]) -> bool:
    role = set((mention.role or "").lower().split())
    return bool(CANDIDACY_WORDS & (role | described))


def _described_words(doc: Doc, mention: Mention) -> frozenset[str]:
    """Lower-cased words the text gives a person at one mention: the mention's own, the title run
    before the name ("Republican presidential nominee Donald Trump"), an apposition's noun and
    its modifiers ("Trump, the Republican nominee")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return frozenset()
    head = span.root
    words = {t.lower_ for t in span}
    words.update(t.lower_ for t in _title_run(head) if t.i < span.start)
    for appos in (c for c in head.children if c.dep_ == "appos"):
        words.add(appos.lower_)
        words.update(c.lower_ for c in appos.children if c.dep_ in TITLE_DEPS)
    return frozenset(words)


def _title_run(head: Token) -> list[Token]:
    """The words before a name that its parse hangs on it as a title, with their own modifiers."""
    run = [c for c in head.lefts if c.dep_ in TITLE_DEPS]
    return run + [g for c in run for g in c.lefts if g.dep_ in TITLE_DEPS]
