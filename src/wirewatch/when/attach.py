"""Which event of a sentence a phrase (a date, a place) belongs to, from the dependency parse.

An event stands in the parse for its trigger and, for a nominal trigger, the verb it
hangs from ("held talks", "during talks"). A phrase belongs to the nearest such token
above it, else to the sentence's main verb ("On Tuesday, Ri issued the invitation during
talks"); an event takes the phrase of its own tokens, else of the nearest token above
them that has one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from spacy.tokens import Doc, Token

from wirewatch.model import Event

T = TypeVar("T")
# Dependency labels of a nominal trigger whose head verb carries its time and place.
NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "appos"})


def governor(token: Token) -> Token | None:
    """The verb a nominal trigger hangs from, if any."""
    if token.dep_ in NOMINAL_DEPS:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head
    if token.dep_ == "conj" and token.head.i != token.i:
        return governor(token.head)
    return None


def event_tokens(doc: Doc, event: Event) -> set[int]:
    """Token indices standing for `event` in the parse: its trigger and the trigger's governor."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return set()
    trigger = span.root
    gov = governor(trigger)
    return {trigger.i} | ({gov.i} if gov is not None else set())


def _owner(token: Token, anchors: set[int]) -> Token:
    """The nearest event token above `token`, else its sentence's root."""
    while token.head.i != token.i and token.i not in anchors:
        token = token.head
    return token


def _up(token: Token) -> list[Token]:
    """`token` and its ancestors, nearest first."""
    return [token, *token.ancestors]


def assign(doc: Doc, events: Sequence[Event], phrases: Sequence[tuple[int, int, T]]) -> list[T | None]:
    """For each event, the phrase (start, end, payload) of its sentence that belongs to it.

    A phrase belongs to the nearest event token above it (or to the sentence's root).
    An event takes the phrase of the nearest token, from its own tokens upwards, that has
    one: a trigger in a "when he arrived ..." clause takes the time of the main verb.
    """
    tokens = [event_tokens(doc, e) for e in events]
    anchors = set().union(*tokens) if tokens else set()
    owned: dict[int, list[tuple[int, T]]] = {}
    for start, end, payload in phrases:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        owner = _owner(root.head, anchors)
        owned.setdefault(owner.i, []).append((start, payload))
    return [_take(doc, event, own, owned) for event, own in zip(events, tokens, strict=True)]


def _take(doc: Doc, event: Event, own: set[int], owned: dict[int, list[tuple[int, T]]]) -> T | None:
    best: tuple[int, T] | None = None
    for i in own:
        for steps, token in enumerate(_up(doc[i])):
            if token.i in owned:
                if best is None or steps < best[0]:
                    best = (steps, _nearest(owned[token.i], event))
                break
    return best[1] if best else None


def _nearest(phrases: list[tuple[int, T]], event: Event) -> T:
    return min(phrases, key=lambda p: abs(p[0] - event.trigger.start))[1]
