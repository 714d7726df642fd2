"""The main event of a sentence, and the CAMEO statement reading of a sentence with none.

A sentence often codes several events ("X said Y attacked Z"; "after talks,
A and B signed a deal"). Gold sets and users asking "what does this sentence
say" want one: the event whose trigger stands highest in the dependency tree
(the main clause), then the most confident, then the first.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources

from spacy.tokens import Doc, Token

from wirewatch.doctools import SUBJECT_DEPS, expanded_root
from wirewatch.events.codebook import verb_inflections
from wirewatch.events.modality import cue_kinds, embedding_verb
from wirewatch.model import Event, Inference

STATEMENT_ROOT = "01"
ASKING_KINDS = frozenset({"request", "refusal"})
REFUSALS = Inference.NEGATED | Inference.REFUSED
# How deep below the parse root a statement verb may sit and still be the
# sentence's main verb (a dateline or a quote above it); 2 covers
# "'...,' he said" hanging from the quote's verb through parataxis.
STATEMENT_DEPTH = 2
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "parataxis", "ccomp", "conj", "appos"})


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The head token of the event's trigger in `doc`, None when its characters are not there."""
    return expanded_root(doc, event.trigger.start, event.trigger.end)


def trigger_depth(doc: Doc, event: Event) -> int:
    """How many arcs separate the event's trigger from its sentence root."""
    token = trigger_token(doc, event)
    return len(doc) if token is None else sum(1 for _ in token.ancestors)


def main_event(doc: Doc, events: Sequence[Event]) -> Event | None:
    """The event of the main clause: not hypothetical, not negated, highest trigger, most
    confident, first. An act asked for, refused or stopped ("urged Kenya to investigate",
    "gave up fighting and surrendered") gives way to the act that was done."""
    if not events:
        return None
    return min(
        events,
        key=lambda e: (
            e.modality == "hypothetical",
            e.polarity == "negated",
            trigger_depth(doc, e),
            -e.confidence,
            e.trigger.start,
        ),
    )


def sentence_event(doc: Doc, events: Sequence[Event]) -> Event | None:
    """What a sentence reports, as the evaluations read it: its main event, unless that event is
    only possible or asked for and the main verb is a statement verb, which makes the sentence a
    statement ("Japan is considering sending aid": CAMEO 014, consider a policy option; "X said
    Y could attack"): then None, and `statement_root` gives the reading."""
    event = main_event(doc, events)
    if event is None or event.modality != "hypothetical" or statement_root(doc) is None:
        return event
    if event.inferences & REFUSALS:
        return event  # "said it will not release the tanker unless ...": a refusal on a condition
    # An act ordered, asked for or refused is the event of the one who orders or refuses ("ordered
    # the paper to suspend publication"), read from its own rule.
    token = trigger_token(doc, event)
    asker = embedding_verb(token) if token is not None else None
    if asker is not None and cue_kinds(asker) & ASKING_KINDS:
        return event
    return None


@functools.lru_cache(maxsize=1)
def statement_forms() -> dict[str, str]:
    """Inflected statement verb → its CAMEO code, from data/statement_verbs.tsv."""
    text = resources.files("wirewatch").joinpath("data", "statement_verbs.tsv").read_text(encoding="utf-8")
    forms: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, code, *_ = line.split("\t")
        for form in verb_inflections(lemma) | _irregular(lemma):
            forms.setdefault(form, code)
    return forms


def _irregular(lemma: str) -> set[str]:
    from wirewatch.events.codebook import load_irregulars

    return {form for form, base in load_irregulars().items() if base == lemma}


def statement_code(token: Token) -> str | None:
    """The CAMEO statement code of a verb with a subject ("the ministry said"), else None."""
    if not any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return None
    return statement_forms().get(token.lower_)


def statement_root(doc: Doc) -> str | None:
    """Root 01 when a sentence's main verb is a statement verb; None otherwise.

    The main verb is the root or a verb at most STATEMENT_DEPTH arcs below it
    that is not in a subordinate clause: datelines ("HONG KONG, March 21 --")
    and quotes put the root elsewhere ("'...,' the minister said").
    """
    for token in doc:
        depth = sum(1 for _ in token.ancestors)
        if depth > STATEMENT_DEPTH or token.dep_ not in MAIN_CLAUSE_DEPS:
            continue
        if any(c.dep_ == "mark" for c in token.children):
            continue
        if statement_code(token) is not None:
            return STATEMENT_ROOT
    return None
