"""Who is speaking: the cue's subject, resolved to an actor mention.

A pronoun ("he said", "they said") or a definite description ("the minister added", "the group
said") is resolved by the one coreference resolver of the pipeline (`wirewatch.actors.coref`,
whose rule the README states): the most salient compatible earlier actor, the speakers of earlier
quotes first, skipping people named inside quotation marks (a speaker who says "... President
Trump ..." is not Trump).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from wirewatch.actors.coref import ANAPHOR_RULES, Coreference
from wirewatch.doctools import doc_text as shared_doc_text
from wirewatch.model import ActorRef, Mention

# `Doc.text` joins every token on each access; the quote stage reads it often, so it is
# kept in the Doc's user data while the stage runs.
_TEXT_KEY = "wirewatch.quotes.text"


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once per run of the quote stage."""
    return shared_doc_text(doc)


def forget_text(doc: Doc) -> None:
    doc.user_data.pop(_TEXT_KEY, None)


@dataclass(frozen=True)
class Speaker:
    """The speaker as an actor, and where the text names it at the cue."""

    ref: ActorRef
    start: int
    end: int


class SpeakerResolver:
    """Resolves cue subjects to speakers: a named actor, or the antecedent of an anaphor."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention]) -> None:
        self.doc = doc
        self.mentions = [m for m in mentions if m.rule not in ANAPHOR_RULES]
        self.coreference = Coreference.of(doc, self.mentions)

    def speaker(self, subject: Token) -> Speaker:
        """The speaker named by `subject` (the cue's subject token)."""
        return found_speaker(subject, self._resolved(subject))

    def speaker_named(self, start: int, end: int) -> Speaker:
        """The speaker named by the words at `start`:`end` (a signature, no parse role)."""
        text = doc_text(self.doc)[start:end]
        for m in self.mentions:
            if m.start < end and start < m.end:
                ref = ActorRef(text, m.actor_id, m.name, m.country, m.sector, m.role)
                return Speaker(ref, start, end)
        return Speaker(ActorRef(text, None, None, None, None, None), start, end)

    def _resolved(self, subject: Token) -> Mention | None:
        if self.coreference.is_anaphor(subject):
            meant = self.coreference.antecedents(subject)
            return meant[0] if meant else None
        for m in self.mentions:
            if m.start <= subject.idx < m.end:
                return m
        return None


def found_speaker(subject: Token, mention: Mention | None) -> Speaker:
    """The Speaker record: the words at the cue, the actor they resolve to."""
    if mention is None:
        start, end = subject_extent(subject)
        text = doc_text(subject.doc)[start:end]
        return Speaker(ActorRef(text, None, None, None, None, None), start, end)
    if not (mention.start <= subject.idx < mention.end):
        start, end = subject_extent(subject)
        words = doc_text(subject.doc)[start:end]
        ref = ActorRef(words, mention.actor_id, mention.name, mention.country, mention.sector, mention.role)
        return Speaker(ref, start, end)
    return Speaker(mention.ref(), mention.start, mention.end)


def subject_extent(subject: Token) -> tuple[int, int]:
    """Characters of the subject's phrase (with its apposition), without trailing punctuation."""
    tokens = list(subject.subtree)
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
