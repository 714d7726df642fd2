"""Polarity and modality of an event trigger, read from the parse.

"did not meet" is negated; "plans to visit", "will meet", "accepted an
invitation to visit" are future; "if they attack", "whether to meet" and
questions are hypothetical; "X said Y attacked Z" is reported by X (unless X
speaks for Y's own side). The cue words are data: data/modality_cues.tsv.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from wirewatch.errors import DataFileError
from wirewatch.events.codebook import load_irregulars, verb_inflections
from wirewatch.model import Mention, Modality, Polarity

NEGATORS = frozenset({"no", "never", "not", "n't"})
MODALITY_KINDS = frozenset({"future", "future-time", "hypothetical", "obligation", "report"})
TIME_MODIFIER_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod"})
CLAUSE_DEPS = frozenset({"pcomp", "xcomp", "ccomp", "acl", "relcl", "advcl"})
# A future cue must govern the trigger within this many arcs: "plans to visit"
# (1), "is ready to sign" (2). Further up it usually governs another clause.
FUTURE_REACH = 2


@functools.lru_cache(maxsize=1)
def modality_cues() -> dict[str, str]:
    """Word form → cue kind (future | hypothetical | report), inflections included."""
    text = resources.files("wirewatch").joinpath("data", "modality_cues.tsv").read_text(encoding="utf-8")
    irregular = load_irregulars()
    cues: dict[str, str] = {}
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, line in enumerate(rows[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 2 or parts[1] not in MODALITY_KINDS:
            raise DataFileError(f"modality_cues.tsv row {number}: expected 'word<TAB>kind': {line!r}")
        word, kind = parts
        forms = verb_inflections(word) | {f for f, lemma in irregular.items() if lemma == word}
        forms |= {word + "s"}
        for form in forms:
            cues.setdefault(form, kind)
    return cues


def polarity(token: Token) -> Polarity:
    """Negated when the trigger, or the verb governing a nominal/infinitive trigger, is negated."""
    scope = [token] + ([token.head] if token.dep_ in ("dobj", "pobj", "xcomp", "attr") else [])
    for t in scope:
        if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in t.children):
            return "negated"
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            return "negated"
    return "affirmed"


def modality(
    token: Token,
    sent: SpacySpan,
    sources: tuple[Mention, ...],
    speakers: Callable[[Token], list[Mention]],
) -> Modality:
    """actual | future | hypothetical | reported; `speakers` gives the actors speaking at a verb."""
    if sent.text.rstrip().endswith("?"):
        return "hypothetical"
    cues = modality_cues()
    chain = [token, *token.ancestors]
    if any(_has_child_cue(t, cues, "hypothetical", ("mark",)) for t in chain):
        return "hypothetical"
    if _has_child_cue(token, cues, "obligation", ("aux",)):
        return "hypothetical"  # "Libya must hand over the suspects": demanded, not done
    if _has_child_cue(token, cues, "future", ("aux",)):
        return "future"
    if _future_time(token, cues) and not _past_form(token):
        return "future"  # "will resign next week"; "resigned the next year" stays past
    # "plans to visit", "will ... after protesters stormed": a governing future cue, unless the
    # trigger itself is in a past form.
    for t in chain[1 : 1 + FUTURE_REACH] if not _past_form(token) else ():
        if cues.get(t.lower_) == "future" or _has_child_cue(t, cues, "future", ("aux",)):
            return "future"
    for t in chain[1:]:
        if cues.get(t.lower_) == "report":
            speaker = speakers(t)
            if speaker and not ({m.country for m in speaker} & {m.country for m in sources}):
                return "reported"
            break
    return "actual"


def _has_child_cue(token: Token, cues: dict[str, str], kind: str, deps: tuple[str, ...]) -> bool:
    return any(c.dep_ in deps and cues.get(c.lower_) == kind for c in token.children)


@functools.lru_cache(maxsize=1)
def _irregular_past() -> frozenset[str]:
    """Past forms from irregular_verbs.tsv, those that equal the base too ("set", "put", "cut")."""
    return frozenset(load_irregulars())


def _past_form(token: Token) -> bool:
    """A verb in a past form ("resigned", "met") or with a perfect auxiliary ("has resigned")."""
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in token.children):
        return True
    return token.lower_.endswith("ed") or token.lower_ in _irregular_past()


def _future_time(token: Token, cues: dict[str, str]) -> bool:
    """A time modifier of the trigger that points ahead: "at some point in the future", "next week"."""
    frontier = [c for c in token.children if c.dep_ in TIME_MODIFIER_DEPS]
    while frontier:
        if any(cues.get(t.lower_) == "future-time" for t in frontier):
            return True
        # Stay inside the modifier's noun phrases: "from taking part in the upcoming vote" is no time.
        frontier = [c for t in frontier for c in t.children if c.dep_ not in CLAUSE_DEPS]
    return False
