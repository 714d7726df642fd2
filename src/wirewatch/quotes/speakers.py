"""Who is speaking: the cue's subject, resolved to an actor mention.

No coreference model installs here, so pronouns ("he said") and definite
descriptions ("the minister added") are resolved by our own rules:

- "he"/"she" is the most recent person who was the subject of a clause or who
  spoke in an earlier attribution (else the most recent person named), skipping
  people named inside quotation marks (a speaker who says "... President
  Trump ..." is not Trump);
- "the minister", "the analyst" is the most recent person whose title or
  description holds that word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from wirewatch.doctools import doc_text as shared_doc_text
from wirewatch.model import ActorRef, Mention

PERSONAL_PRONOUNS = frozenset({"he", "she"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
DEFINITE = frozenset({"the", "this", "that"})
# How far back (characters) a pronoun or description looks for its person. News keeps an
# anaphoric speaker within a few paragraphs of the name; 2,000 characters covers the
# seed articles' "he told DW" / "he said" three paragraphs after "said James Brown".
ANTECEDENT_WINDOW_CHARS = 2000


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


@dataclass(frozen=True)
class _Candidate:
    position: int
    mention: Mention


class SpeakerResolver:
    """Resolves cue subjects to speakers, in text order (it remembers earlier speakers)."""

    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        quoted: Sequence[tuple[int, int]],
        descriptions: frozenset[str],
    ) -> None:
        self.doc = doc
        self.descriptions = descriptions
        self.mentions = [m for m in mentions if m.rule != "pronoun"]
        self.quoted = quoted
        people = [m for m in self.mentions if m.kind == "person" and not self._inside_quote(m.start)]
        self.people = people
        self.subjects = [_Candidate(m.start, m) for m in people if self._is_subject(m)]
        self.speakers: list[_Candidate] = []

    def speaker(self, subject: Token) -> Speaker:
        """The speaker named by `subject` (the cue's subject token)."""
        found = self._resolved(subject)
        if found is not None and found.kind == "person":
            self.speakers.append(_Candidate(subject.idx, found))
        return found_speaker(subject, found)

    def speaker_named(self, start: int, end: int) -> Speaker:
        """The speaker named by the words at `start`:`end` (a signature, no parse role)."""
        text = doc_text(self.doc)[start:end]
        for m in self.mentions:
            if m.start < end and start < m.end:
                ref = ActorRef(text, m.actor_id, m.name, m.country, m.sector, m.role)
                return Speaker(ref, start, end)
        return Speaker(ActorRef(text, None, None, None, None, None), start, end)

    def _resolved(self, subject: Token) -> Mention | None:
        low = subject.lower_
        if low in PERSONAL_PRONOUNS:
            return self._antecedent(subject.idx)
        mention = self._mention_at(subject)
        if mention is not None:
            return mention
        if low in self.descriptions and _is_definite(subject):
            return self._described(subject.idx, low)
        return None

    def _mention_at(self, token: Token) -> Mention | None:
        for m in self.mentions:
            if m.start <= token.idx < m.end:
                return m
        return None

    def _antecedent(self, position: int) -> Mention | None:
        """The latest earlier subject or speaker; failing that, the latest earlier person."""
        everyone = [_Candidate(m.start, m) for m in self.people]
        for candidates in (self.subjects + self.speakers, everyone):
            pool = [c for c in candidates if 0 < position - c.position <= ANTECEDENT_WINDOW_CHARS]
            if pool:
                return max(pool, key=lambda c: c.position).mention
        return None

    def _described(self, position: int, word: str) -> Mention | None:
        for m in reversed(self.people):
            if m.start >= position or position - m.start > ANTECEDENT_WINDOW_CHARS:
                continue
            if word in (m.role or "").split() or word in m.text.lower().split():
                return m
        return None

    def _inside_quote(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.quoted)

    def _is_subject(self, mention: Mention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and any(t.dep_ in SUBJECT_DEPS for t in span)


def _is_definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)


def found_speaker(subject: Token, mention: Mention | None) -> Speaker:
    """The Speaker record: the words at the cue, the actor they resolve to."""
    if mention is None:
        start, end = subject_extent(subject)
        text = doc_text(subject.doc)[start:end]
        return Speaker(ActorRef(text, None, None, None, None, None), start, end)
    if subject.lower_ in PERSONAL_PRONOUNS or not (mention.start <= subject.idx < mention.end):
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
