"""Quotes and reported speech of a parsed document, with cue and speaker.

Three kinds, found in this order:

- **direct**: a passage in quotation marks that stands as what someone said
  ("“...,” Rodriguez added", "he said: “...”", a colon-ended lead-in paragraph
  followed by the quote, a quote over several paragraphs); a second quote right
  after one whose speaker is known continues it ("“...,” he said. “...”");
- **indirect**: a cue verb with a clausal complement ("Lavrov said that Russia
  welcomes ...", "..., Brown said"), or "according to X";
- **partial**: a short quoted phrase inside a sentence ("welcomes the
  “gradual normalization”"), attributed to the cue verb that governs it.

Marks are found with regular expressions; cue, subject and content with
lookups in the dependency parse. No extra model runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.doctools import sentence_of, token_at_or_after, token_indices
from wirewatch.model import Mention, Quote
from wirewatch.quotes.cues import CueLexicon, packaged_cues
from wirewatch.quotes.marks import Quoted, quoted_passages
from wirewatch.quotes.speakers import Speaker, SpeakerResolver, doc_text, forget_text

# A cue after a quote ("“...,” said James Brown") stands within this many tokens of the
# closing mark. The seeds need 7 ("Cuba's foreign minister Bruno Rodriguez told"); frames
# with a long apposition before the verb need more: 16 was the best on the PolNeAR dev split.
AFTER_WINDOW_TOKENS = 16
# A cue before a quote without a colon or comma ("said “...”", "told reporters that “...”")
# stands within this many tokens of the opening mark.
BEFORE_WINDOW_TOKENS = 5
# A second quote continues the previous one (same speaker and cue) when it starts at most
# this many characters after it: room for one attribution sentence ("he said. ").
CONTINUATION_GAP_CHARS = 80
# Dependents of a cue verb that hold what was said: a clause ("said that ...") or an
# infinitive ("vowed to ..."); adding xcomp raised recall on the PolNeAR dev split.
CONTENT_DEPS = ("ccomp", "xcomp")
# Characters looked at on each side of a quoted passage to tell a quotation standing as
# speech from a phrase quoted inside a running sentence.
CONTEXT_CHARS = 200
# Dependency labels of a cue verb standing inside or after its content ("..., Brown said",
# "Acts of protest, Mr. Obama said, are acts of patriotism").
PARENTHETICAL_DEPS = ("parataxis", "ccomp")
OPENING_CHARS = "\"\u201c\u2018'`"
CLOSING_CHARS = "\"\u201d\u2019'"
LEAD_IN_ENDS = (":", ",")
SENTENCE_ENDS = frozenset({".", "?", "!"})
# A signed quote: closing mark, a dash, then a capitalised name of one to four words on the same line.
_SIGNATURE = re.compile(
    r"[.,!?]?[\"\u201d'\u2019]*[ \t\u00a0]*(?P<dash>\u2015|\u2014|--)[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t][A-Z][\w.'\u2019-]*){0,3})"
)


# A transcript turn's label: one to three words in capitals, then a colon ("PENCE:", "MS. RUIZ:").
_LABEL = re.compile(r"[ \t]*(?P<name>[A-Z][A-Z.'\u2019-]+(?:[ \t][A-Z][A-Z.'\u2019-]+){0,2}):[ \t]+")


@dataclass
class Attribution:
    """One attribution before its speaker is resolved."""

    kind: str  # direct | indirect | partial
    start: int
    end: int
    cue: SpacySpan | None
    subject: Token | None
    signed: tuple[int, int] | None = None  # a name after a dash ("” ― Maria Lopez"), no subject


class QuoteExtractor:
    """Callable: (doc, mentions, article_id) -> quotes in text order."""

    def __init__(self, cues: CueLexicon) -> None:
        self.cues = cues

    @classmethod
    def load(cls) -> QuoteExtractor:
        return cls(packaged_cues())

    def __call__(self, doc: Doc, mentions: Sequence[Mention], article_id: str) -> list[Quote]:
        attributions = self.attributions(doc)
        resolver = SpeakerResolver(doc, mentions)
        quotes: list[Quote] = []
        for a in sorted(attributions, key=_order):
            speaker = _speaker(resolver, a)
            quotes.append(
                Quote(
                    article_id=article_id,
                    speaker=speaker.ref if speaker else None,
                    text=doc_text(doc)[a.start : a.end],
                    start=a.start,
                    end=a.end,
                    cue=a.cue.text if a.cue is not None else None,
                    kind=a.kind,
                    cue_start=a.cue.start_char if a.cue is not None else None,
                    speaker_start=speaker.start if speaker else None,
                    speaker_end=speaker.end if speaker else None,
                )
            )
        forget_text(doc)
        return sorted(quotes, key=lambda q: (q.start, q.end))

    def attributions(self, doc: Doc) -> list[Attribution]:
        """Direct, indirect and partial attributions of `doc`, speakers not yet resolved."""
        passages = [q for q in quoted_passages(doc_text(doc)) if q.double or _embedded(doc_text(doc), q)]
        direct = [q for q in passages if q.double and not _embedded(doc_text(doc), q)]
        found = self._direct(doc, direct)
        used = {a.cue.start for a in found if a.cue is not None}
        found += self._indirect(doc, used, [(q.start, q.end) for q in direct])
        found += self._partial(doc, [q for q in passages if _embedded(doc_text(doc), q)])
        return found

    # direct ---------------------------------------------------------------
    def _direct(self, doc: Doc, passages: list[Quoted]) -> list[Attribution]:
        out: list[Attribution] = []
        spans = [(q.start, q.end) for q in passages]
        for q in passages:
            labelled = _transcript_label(doc, q)
            if labelled is not None:
                out.append(labelled)
                continue
            cue = self._cue_after(doc, q) or self._cue_before(doc, q)
            if cue is not None:
                out.append(Attribution("direct", q.start, q.end, _cue_span(cue), _frame_subject(cue, spans)))
                continue
            signed = _signature(doc, q)
            if signed is not None:
                out.append(signed)
                continue
            previous = out[-1] if out else None
            if previous is not None and previous.cue is not None and _continues(doc_text(doc), previous, q):
                out.append(Attribution("direct", q.start, q.end, previous.cue, previous.subject))
        return out

    def _cue_after(self, doc: Doc, q: Quoted) -> Token | None:
        close = _token_at_or_after(doc, q.end)
        if close is None or not _frame_follows(doc_text(doc), q):
            return None
        # The parser's sentence often ends at the closing mark: the frame runs to the full stop.
        for token in doc[close.i : close.i + AFTER_WINDOW_TOKENS]:
            if token.idx > q.end and _ends_frame(token):
                break
            if self.cues.verb_cue(token) is not None:
                return token
        return None

    def _cue_before(self, doc: Doc, q: Quoted) -> Token | None:
        lead = _lead_in(doc, q)
        if not lead:
            return None
        lead_text = doc_text(doc)[lead[0].idx : q.start].rstrip(" \n" + OPENING_CHARS)
        ends_frame = lead_text.endswith(LEAD_IN_ENDS)
        for token in reversed(lead):
            distance = sum(1 for t in lead if t.i > token.i)
            if self.cues.verb_cue(token) is not None and (ends_frame or distance <= BEFORE_WINDOW_TOKENS):
                return self._outermost(token, {t.i for t in lead})
        if lead_text.endswith(":"):
            return _main_verb(lead)
        return None

    def _outermost(self, cue: Token, lead: set[int]) -> Token:
        """The cue verb whose report holds `cue` in the same lead-in: in "Ortiz said she
        recalled thinking, “...”" the quote is what Ortiz said (her own report of a thought)."""
        while (
            cue.dep_ in CONTENT_DEPS
            and cue.head.i in lead
            and self.cues.verb_cue(cue.head) is not None
            and _subject(cue.head) is not None
        ):
            cue = cue.head
        return cue

    # indirect -------------------------------------------------------------
    def _reported_within(self, cue: Token) -> bool:
        """True when `cue` stands in what another cue verb reports ("Ortiz said she remembers
        the manager being stunned", "Cole said the layoffs demand that ..."): the report is
        the outer speaker's, who is its source; the inner clause is part of its content."""
        token = cue
        while token.dep_ in CONTENT_DEPS and token.head.i != token.i:
            token = token.head
            if self.cues.verb_cue(token) is not None and _subject(token) is not None:
                return True
        return False

    def _indirect(self, doc: Doc, used: set[int], direct: list[tuple[int, int]]) -> list[Attribution]:
        out: list[Attribution] = []
        quoted = {t.i for s, e in direct for t in _tokens_between(doc, s, e)}
        for i in token_indices(doc, LOWER, self.cues.word_ids):  # no other word is a cue
            if i in used or i in quoted:
                continue
            token = doc[i]
            if self.cues.verb_cue(token) is not None:
                found = [] if self._reported_within(token) else _verb_attributions(token)
            elif self.cues.source_cue(token) is not None:
                found = _source_attributions(token)
            else:
                continue
            if found and not _mostly_inside(found, direct):
                out.extend(found)
        return out

    # partial --------------------------------------------------------------
    def _partial(self, doc: Doc, passages: list[Quoted]) -> list[Attribution]:
        out: list[Attribution] = []
        for q in passages:
            first = _token_at_or_after(doc, q.start)
            if first is None:
                continue
            cue = self._governing_cue(first)
            if cue is not None:
                out.append(Attribution("partial", q.start, q.end, _cue_span(cue), _subject(cue)))
        return out

    def _governing_cue(self, token: Token) -> Token | None:
        """The outermost cue verb with a subject above `token`: in "Cole said the layoffs
        demand “more training”" the phrase is Cole's, as the clause around it is."""
        found = None
        for ancestor in token.ancestors:
            if self.cues.verb_cue(ancestor) is not None and _subject(ancestor) is not None:
                found = ancestor
        return found


# --- helpers ----------------------------------------------------------------------


def _speaker(resolver: SpeakerResolver, a: Attribution) -> Speaker | None:
    if a.subject is not None:
        return resolver.speaker(a.subject)
    if a.signed is not None:
        return resolver.speaker_named(*a.signed)
    return None


def _transcript_label(doc: Doc, q: Quoted) -> Attribution | None:
    """A quoted transcript turn that names its speaker in capitals before a colon ("“PENCE:
    Well, the question ...”", "“MS. RUIZ: ...”"): the label is the speaker, the rest what
    was said."""
    match = _LABEL.match(doc_text(doc), q.start)
    if match is None:
        return None
    colon = doc.char_span(match.end("name"), match.end("name") + 1, alignment_mode="expand")
    if colon is None or not len(colon):
        return None
    return Attribution("direct", match.end(), q.end, colon, None, (match.start("name"), match.end("name")))


def _signature(doc: Doc, q: Quoted) -> Attribution | None:
    """A quote signed with a dash and a name ("... our greatest shame.” ― Maria Lopez")."""
    match = _SIGNATURE.match(doc_text(doc), q.end)
    if match is None:
        return None
    dash = doc.char_span(match.start("dash"), match.end("dash"), alignment_mode="expand")
    if dash is None or not len(dash):
        return None
    return Attribution("direct", q.start, q.end, dash, None, (match.start("name"), match.end("name")))


def _order(a: Attribution) -> int:
    return a.cue.start_char if a.cue is not None else a.start


def _embedded(text: str, q: Quoted) -> bool:
    """A quoted phrase inside a running sentence, not a quotation standing as speech."""
    if not q.double:
        return True
    before = text[max(0, q.start - CONTEXT_CHARS) : q.start].rstrip(OPENING_CHARS + " ")
    after = text[q.end : q.end + CONTEXT_CHARS].lstrip(CLOSING_CHARS + " ")
    if not before or before.endswith(("\n", ":", ",", ".", "?", "!")):
        return False
    return not (q.text.endswith((".", "?", "!")) or after[:1] in (",",))


def _frame_follows(text: str, q: Quoted) -> bool:
    """A cue may follow the quote unless the quote ended its sentence and a new one starts."""
    rest = text[q.end : q.end + AFTER_WINDOW_TOKENS * 2]
    after = rest.lstrip(CLOSING_CHARS + " ,")
    if after.startswith("\n"):
        return False
    return not (q.text.endswith(".") and after[:1].isupper())


def _lead_in(doc: Doc, q: Quoted) -> list[Token]:
    """Tokens before the opening mark that may hold the cue: the sentence so far, or the
    previous paragraph when the quote opens its paragraph and that one ends with a colon."""
    paragraph_start = doc_text(doc).rfind("\n", 0, q.start) + 1
    if not doc_text(doc)[paragraph_start : q.start].strip(" " + OPENING_CHARS):
        previous_end = paragraph_start
        while previous_end > 0 and doc_text(doc)[previous_end - 1].isspace():
            previous_end -= 1
        previous_start = doc_text(doc).rfind("\n", 0, previous_end) + 1
        if not doc_text(doc)[previous_start:previous_end].endswith(":"):
            return []
        return _tokens_between(doc, previous_start, previous_end)
    first = _token_at_or_after(doc, q.start)
    if first is None:
        return []
    sent_start = max(sentence_of(first.doc, first.i).start_char, paragraph_start)
    return [t for t in _tokens_between(doc, sent_start, q.start) if not _is_open_mark(t)]


def _main_verb(tokens: list[Token]) -> Token | None:
    for token in tokens:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return token
    return None


def _continues(text: str, previous: Attribution, q: Quoted) -> bool:
    gap = text[previous.end : q.start]
    return len(gap) <= CONTINUATION_GAP_CHARS and gap.count("\n\n") <= 1 and gap.count("\n") <= 2


def _verb_attributions(cue: Token) -> list[Attribution]:
    """Content of a cue verb: its clausal complement, or the clause it stands in."""
    subject = _subject(cue)
    complement = next((c for c in cue.children if c.dep_ in CONTENT_DEPS), None)
    if complement is not None:
        pieces = [_extent(list(complement.subtree))]
    elif cue.dep_ in PARENTHETICAL_DEPS and subject is not None:
        aside = {t.i for t in cue.subtree}
        clause = [t for t in cue.head.subtree if t.i not in aside]
        pieces = [_extent([t for t in clause if t.i < cue.i]), _extent([t for t in clause if t.i > cue.i])]
    else:
        return []
    return [Attribution("indirect", s, e, _cue_span(cue), subject) for s, e in pieces if e > s]


def _source_attributions(according: Token) -> list[Attribution]:
    """ "According to X, ...": X is the source, the rest of the clause the content."""
    to = next((c for c in according.children if c.dep_ == "prep"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return []
    phrase = {t.i for t in according.subtree}
    clause = [t for t in according.head.subtree if t.i not in phrase]
    cue = according.doc[according.i : according.i + 2]
    pieces = [
        _extent([t for t in clause if t.i < according.i]),
        _extent([t for t in clause if t.i > according.i]),
    ]
    return [Attribution("indirect", s, e, cue, source) for s, e in pieces if e > s]


def _subject(cue: Token) -> Token | None:
    """The cue's subject; for a participle with none up its own parse, the one it borrows,
    else the sentence's subject. A relative pronoun stays the subject ("who argued"), as a
    personal one does: the speaker resolver finds what it stands for."""
    subject = _own_or_borrowed_subject(cue)
    if subject is None and cue.lower_.endswith("ing"):
        subject = _sentence_subject(cue)
    return subject


def _sentence_subject(participle: Token) -> Token | None:
    """For a participle that found no subject up its own parse because the parser hung it
    inside a quote: the subject of the verb right before its comma ("..., Sanders said,
    suggesting ..."), else of the sentence's main verb before it ("He vowed ... while
    promising ...")."""
    doc = participle.doc
    if participle.i >= 2 and doc[participle.i - 1].text == ",":
        verb = doc[participle.i - 2]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    root = participle.sent.root
    if root.i >= participle.i:
        return None
    return next((c for c in root.children if c.dep_ == "nsubj"), None)


def _own_or_borrowed_subject(cue: Token) -> Token | None:
    """The cue's subject; for a participle with none, the one it borrows: the subject of the
    clause it hangs from ("..., Warren said, adding that ...", "answered by saying that ...",
    "After saying ..., she was taken", "despite admitting ..."), or of the verb whose object
    it describes ("His office released a statement saying ...")."""
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        # Two subjects are a parse error (a heading glued to the sentence, "THE BORROWING
        # Back then, Mr. Ruiz said"): the one nearest the verb is its subject.
        return min(subjects, key=lambda c: abs(c.i - cue.i))
    if cue.dep_ == "acl" and cue.head.dep_ == "dobj" and cue.head.head.i < cue.i:
        return _own_or_borrowed_subject(cue.head.head)
    if cue.dep_ in ("conj", "xcomp", "advcl") and cue.head.i < cue.i:
        found = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
        # "..., Sanders said, going on to say that ...": through the verb it hangs from
        if found is None and cue.head.dep_ in ("conj", "xcomp", "advcl"):
            return _own_or_borrowed_subject(cue.head)
        return found
    if cue.dep_ == "pcomp" and cue.head.dep_ == "prep":
        return _borrowed_subject(cue.head)
    return None


def _borrowed_subject(prep: Token) -> Token | None:
    """The subject of the nearest clause above a preposition ("he refuses to discuss them,
    aside from saying ..."), not crossing into another's reported clause."""
    token = prep
    for _ in range(BORROW_DEPTH):
        token = token.head
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if token.dep_ in ("ccomp", "ROOT"):
            break
    return None


# How many heads up a participle after a preposition may borrow its subject from.
BORROW_DEPTH = 4
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# How far before a cue a speaker's name may stand when the parser took the subject from a
# quote ("..., Harbor police Chief Ana Ruiz said").
SPEAKER_WINDOW_TOKENS = 8


def _frame_subject(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The speaker of a direct quote: the cue's subject, unless the parser took it from
    inside a quote (“We will ...,” Chief Ana Ruiz said: not "We"); then another subject of
    the cue outside the quotes, else the nearest name before the cue outside them, else the
    one right after it ("..., said Ana Ruiz")."""
    subject = _subject(cue)

    def inside(token: Token) -> bool:
        return any(s <= token.idx < e for s, e in quoted)

    if subject is None or not inside(subject):
        return subject
    doc = cue.doc
    for child in cue.children:
        if child.dep_ in ("nsubj", "nsubjpass") and not inside(child):
            return child
    for token in reversed(doc[max(0, cue.i - SPEAKER_WINDOW_TOKENS) : cue.i]):
        if inside(token) or token.text in OPENING_CHARS + CLOSING_CHARS:
            break
        if _names_someone(token):
            return _phrase_head(token, cue)
    after = next((t for t in doc[cue.i + 1 : cue.i + 4] if _names_someone(t) and not inside(t)), None)
    return _phrase_head(after, cue) if after is not None else subject


def _names_someone(token: Token) -> bool:
    """A capitalised word that is no date, or a personal pronoun (the pipeline has no tagger)."""
    if not token.is_alpha or token.ent_type_ in ("DATE", "TIME"):
        return False
    return token.text[:1].isupper() or token.lower_ in PERSONAL_PRONOUNS


def _phrase_head(token: Token, cue: Token) -> Token:
    """The head of the name `token` is part of ("Chuck" → "Jordan" in "Chief Chuck Jordan")."""
    while token.dep_ == "compound" and token.head.i != cue.i and token.head.i > token.i:
        token = token.head
    return token


def _extent(tokens: list[Token]) -> tuple[int, int]:
    """Characters from the first to the last token, without edge punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _mostly_inside(found: list[Attribution], spans: list[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(a.end, e) - max(a.start, s)) for a in found for s, e in spans)
    return inside * 2 > sum(a.end - a.start for a in found)


def _cue_span(cue: Token) -> SpacySpan:
    """The cue word, with its particle when one follows ("point out")."""
    end = cue.i + 1
    if end < len(cue.doc) and cue.doc[end].dep_ == "prt" and cue.doc[end].head == cue:
        end += 1
    return cue.doc[cue.i : end]


def _token_at_or_after(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, min(char + 1, len(doc_text(doc))), alignment_mode="expand")
    if span is not None and len(span):
        return span[0]
    after = token_at_or_after(doc, char)
    return doc[after] if after is not None else None


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens starting at characters `start` up to (not including) `end`."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return [t for t in span if start <= t.idx < end] if span is not None else []


def _ends_frame(token: Token) -> bool:
    return _is_open_mark(token) or token.text in SENTENCE_ENDS or "\n" in token.text


def _is_open_mark(token: Token) -> bool:
    return token.text in ("\u201c", '"', "``", "''") and token.whitespace_ == ""
