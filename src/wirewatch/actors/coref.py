"""Step 6 of actor resolution: "he"/"she" as the most recent person (a deliberately simple
coreference, moved here unchanged from resolve.py; a fuller resolver is to replace it)."""

from __future__ import annotations

from wirewatch.actors.state import Resolution
from wirewatch.doctools import sentences

PRONOUNS = frozenset({"he", "she", "him", "her"})
# How far back (in sentences) "he"/"she" looks for the person it means.
PRONOUN_WINDOW_SENTENCES = 3


def resolve_pronouns(state: Resolution) -> None:
    doc = state.doc
    # A named person, or an unnamed civilian ("a man died after he was shot").
    people = sorted(
        (m for m in state.mentions if m.kind == "person" or (m.role and m.sector == "CVL")),
        key=lambda m: m.start,
    )
    sentence_starts = [s.start_char for s in sentences(doc)]
    for token in doc:
        if token.lower_ not in PRONOUNS or token.i in state.claimed:
            continue
        before = [m for m in people if m.end <= token.idx]
        if not before:
            continue
        last = before[-1]
        window = [s for s in sentence_starts if last.start < s <= token.idx]
        if len(window) >= PRONOUN_WINDOW_SENTENCES:
            continue
        state.add(
            token.i,
            token.i + 1,
            {
                "kind": "person",
                "country": last.country,
                "sector": last.sector,
                "name": last.name,
                "role": last.role,
                "actor_id": last.actor_id,
                "rule": "pronoun",
            },
        )
