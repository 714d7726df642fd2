"""What a protest, or a rejected demand, is for: the CAMEO sub-code of political reform it seeks.

CAMEO splits protests (141-145) and rejected demands for reform (123) by what is sought: a change
in leadership, in policy, rights, or a change in institutions or the regime (the last digit,
1 to 4). The phrase that says what is sought is read from the parse ("marched demanding the
president's resignation", "went on strike over fuel subsidy cuts", "rallied calling for
independence") and its words are classed by `data/reform_purposes.yaml`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Token

from wirewatch.errors import DataFileError
from wirewatch.events.codebook import CameoCode, noun_inflections, safe_yaml, verb_inflections
from wirewatch.events.modality import marked_by_to
from wirewatch.events.roles import prep_objects

DATA_FILE = "reform_purposes.yaml"
KEEP, DROP = "keep", "drop"
# Clauses hung on a protest or a demand that may say what it seeks ("demanding", "to protest").
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl", "ccomp", "conj"})
# What a change word's own phrase names as changed ("an end to military rule").
CHANGED_PREPS = frozenset({"of", "to", "in", "on"})
ASKED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "acl", "advcl"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
MODIFIER_DEPS = frozenset({"compound", "amod"})
# How far a change word is followed into what it changes ("a rise in the price of fuel").
CHANGE_DEPTH = 2


@dataclass(frozen=True)
class PurposeLexicon:
    """The classes of data/reform_purposes.yaml (see its header)."""

    codes: dict[str, str]  # base code -> keep | drop
    kinds: dict[str, str]  # word or "modifier word" / "verb particle" -> digit
    changes: dict[str, str | None]
    unclassed: frozenset[str]
    asking: frozenset[str]
    preps: frozenset[str]
    in_phrases: frozenset[str]
    # an inflected form -> the word listed ("elections" -> "election", "demanding" -> "demand"); the
    # parser runs no lemmatiser (see nlp.py)
    forms: dict[str, str]

    def lemma(self, token: Token) -> str:
        return self.forms.get(token.lower_, token.lower_)

    def sub_codes(self, base: str) -> list[str]:
        """The codes a rule's base code can become ("141" -> 1411 ... 1414)."""
        if base not in self.codes:
            return []
        return [base + digit for digit in sorted(set(self.kinds.values()))]


@functools.cache
def purpose_lexicon() -> PurposeLexicon:
    label = f"wirewatch/data/{DATA_FILE}"
    text = resources.files("wirewatch").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    try:
        data = safe_yaml(text)
    except yaml.YAMLError as e:
        raise DataFileError(f"{label}: not valid YAML: {e}") from e
    return _lexicon(data, label)


def _lexicon(data: Any, label: str) -> PurposeLexicon:
    try:
        codes = {str(k): str(v) for k, v in data["codes"].items()}
        kinds = {str(w).lower(): str(d) for d, words in data["kinds"].items() for w in words}
        changes = {str(w).lower(): (None if d is None else str(d)) for w, d in data["changes"].items()}
        lexicon = PurposeLexicon(
            codes=codes,
            kinds=kinds,
            changes=changes,
            unclassed=frozenset(str(w).lower() for w in data.get("unclassed", ())),
            asking=frozenset(str(w).lower() for w in data["asking"]),
            preps=frozenset(str(w).lower() for w in data["preps"]),
            in_phrases=frozenset(str(w).lower() for w in data["in_phrases"]),
            forms=_forms(data),
        )
    except (KeyError, TypeError, AttributeError) as e:
        raise DataFileError(f"{label}: expected codes, kinds, changes, asking, preps, in_phrases: {e}") from e
    unknown = {v for v in codes.values() if v not in (KEEP, DROP)}
    digits = set(kinds.values()) | {d for d in changes.values() if d is not None}
    if unknown or not digits <= set("123456789"):
        raise DataFileError(f"{label}: bad code action {sorted(unknown)} or kind {sorted(digits)}")
    return lexicon


def _forms(data: Any) -> dict[str, str]:
    words = [w for ws in data["kinds"].values() for w in ws] + list(data["changes"])
    words += list(data["asking"]) + list(data["in_phrases"])
    singles = {str(part).lower() for w in words for part in str(w).split()}
    forms: dict[str, str] = {}
    for word in sorted(singles):
        for form in verb_inflections(word) | noun_inflections(word):
            forms.setdefault(form, word)
    return {**forms, **{w: w for w in singles}}


def purpose_code(
    code: CameoCode, trigger: Token, carrier: Token | None, cameo: dict[str, CameoCode]
) -> CameoCode | None:
    """The sub-code of `code` that the act's purpose names ("demonstrated demanding the president's
    resignation": 141 -> 1411); `code` itself when it has none or nothing classed is sought, or
    None when the base code needs a classed purpose (reform_purposes.yaml `drop`)."""
    lexicon = purpose_lexicon()
    action = lexicon.codes.get(code.code)
    if action is None:
        return code
    kind = purpose_kind(trigger, carrier, lexicon)
    sub = cameo.get(code.code + kind) if kind else None
    if sub is not None:
        return sub
    return code if action == KEEP else None


def purpose_kind(trigger: Token, carrier: Token | None, lexicon: PurposeLexicon) -> str | None:
    """The kind of reform (a digit) the first classed word of what is sought names."""
    for word in _sought(trigger, carrier, lexicon):
        kind = _kind_of(word, lexicon, CHANGE_DEPTH)
        if kind is not None:
            return kind
    return None


def _sought(trigger: Token, carrier: Token | None, lexicon: PurposeLexicon) -> Iterator[Token]:
    """Words that may say what is sought, nearest first: the act's own "for"/"against"/"over"
    phrase and "in support of" phrase, then what the verbs of asking hung on it ask for; a
    nominal act's carrying verb ("staged a strike to protest pension cuts") is read the same way."""
    for head in (trigger, carrier):
        if head is None:
            continue
        yield from _phrases(head, lexicon)
        if lexicon.lemma(head) in lexicon.asking:
            yield from _asked(head, lexicon)
        for asking in head.children:
            # "rejected calls to scrap the reform", "rejected the opposition's demand for a new law"
            asked = asking.dep_ in OBJECT_DEPS and asking is not trigger
            if asked and lexicon.lemma(asking) in lexicon.asking:
                yield from _phrases(asking, lexicon)
                yield from _asked(asking, lexicon)
        for clause in head.children:
            if clause.dep_ in CLAUSE_DEPS and lexicon.lemma(clause) in lexicon.asking:
                yield from _phrases(clause, lexicon)
                yield from _asked(clause, lexicon)


def _phrases(head: Token, lexicon: PurposeLexicon) -> Iterator[Token]:
    for noun in prep_objects(head, lexicon.preps):
        yield from _with_conjuncts(noun)
    for noun in prep_objects(head, {"in"}):
        if lexicon.lemma(noun) in lexicon.in_phrases:
            named = prep_objects(noun, lexicon.preps | {"of", "at"})
            yield from (n for g in named for n in _with_conjuncts(g))


def _asked(asking: Token, lexicon: PurposeLexicon) -> Iterator[Token]:
    """What a verb or noun of asking asks for: its object, its infinitive or that-clause and their
    objects ("calls to scrap the reform", parsed as a relative clause; "demanding that Lukashenko
    resign")."""
    for child in asking.children:
        if child.dep_ in OBJECT_DEPS:
            yield from _with_conjuncts(child)
        elif child.dep_ in ASKED_CLAUSE_DEPS or (child.dep_ == "relcl" and marked_by_to(child)):
            yield child
            yield from (n for c in child.children if c.dep_ in OBJECT_DEPS for n in _with_conjuncts(c))
            yield from (n for g in prep_objects(child, lexicon.preps) for n in _with_conjuncts(g))


def _with_conjuncts(token: Token) -> list[Token]:
    """A noun, the nouns of its list, and a noun the parse hangs on it ("the new fuel tax outside
    parliament" parses the tax as a modifier of parliament)."""
    return [token, *token.conjuncts, *(c for c in token.children if c.dep_ == "nmod")]


def _kind_of(word: Token, lexicon: PurposeLexicon, depth: int) -> str | None:
    """A word's kind: two words first ("regime change", "step down"; "the far right" none), then
    a change word's changed thing, then the word itself, then a modifier ("fuel tax" is its tax)."""
    lemma = lexicon.lemma(word)
    for pair in _pairs(word, lemma, lexicon):
        if pair in lexicon.unclassed:
            return None
        if pair in lexicon.kinds:
            return lexicon.kinds[pair]
    modifiers = [c for c in word.children if c.dep_ in MODIFIER_DEPS]
    if lemma in lexicon.changes:
        changed = prep_objects(word, CHANGED_PREPS) if depth else []
        for found in (_kind_of(g, lexicon, depth - 1) for g in changed):
            if found is not None:
                return found
        for modifier in modifiers:
            if lexicon.lemma(modifier) in lexicon.kinds:
                return lexicon.kinds[lexicon.lemma(modifier)]
        return lexicon.changes[lemma]
    if lemma in lexicon.kinds:
        return lexicon.kinds[lemma]
    for modifier in modifiers:
        if lexicon.lemma(modifier) in lexicon.kinds:
            return lexicon.kinds[lexicon.lemma(modifier)]
    return None


def _pairs(word: Token, lemma: str, lexicon: PurposeLexicon) -> list[str]:
    pairs = [f"{lexicon.lemma(c)} {lemma}" for c in word.children if c.dep_ in MODIFIER_DEPS]
    return pairs + [f"{lemma} {c.lower_}" for c in word.children if c.dep_ == "prt"]
