"""Score coreference on the team's case file (`tests/fixtures/coref_cases.tsv`, issue 11).

Each case is a short passage, one anaphor in it (its words and which occurrence) and the actor it
means (words of that actor's mention or name; several joined by "|" for coordinated actors; NONE
when it means no actor). The passage runs through the pipeline up to the actor stage; the
pipeline's one resolver (`wirewatch.actors.coref.Coreference`) answers for the anaphor's head word.
A case is right when the answer names exactly the expected actors, or nothing for NONE: each
expected part is found (case aside) in a distinct answered mention's text or name, or lies in the
same noun phrase as it (the actor stage may split a title from the name it goes with,
"government spokeswoman | Yolande Makolo", or name a group by its country alone, "Polish").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirewatch.actors.coref import Coreference
from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError
from wirewatch.model import Mention

CASE_COLUMNS = ("kind", "passage", "anaphor", "occurrence", "antecedent")
NO_ANTECEDENT = "NONE"
ACTORS_COMPONENT = "wirewatch_actors"
PARAGRAPH_MARK = "\\n"


@dataclass(frozen=True)
class CorefCase:
    kind: str
    passage: str
    anaphor: str
    occurrence: int
    expected: tuple[str, ...]  # empty: no actor


@dataclass(frozen=True)
class CorefResult:
    case: CorefCase
    answer: tuple[Mention, ...]
    right: bool


@dataclass
class CorefReport:
    results: list[CorefResult] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        total = len(self.results)
        right = sum(r.right for r in self.results)
        kinds = Counter(r.case.kind for r in self.results)
        per_kind = {
            kind: round(sum(r.right for r in self.results if r.case.kind == kind) / n, 4)
            for kind, n in sorted(kinds.items())
        }
        return {
            "cases": total,
            "right": right,
            "accuracy": round(right / total, 4) if total else 0.0,
            "per_kind": per_kind,
            "errors": [_error(r) for r in self.results if not r.right],
        }


def load_cases(path: Path) -> list[CorefCase]:
    """The cases of a TSV case file (see `tests/fixtures/coref_cases.tsv`)."""
    label, rows = table_lines(path.name, path, CASE_COLUMNS)
    cases = []
    for number, row in enumerate(rows, start=2):
        cells = row.split("\t")
        if len(cells) != len(CASE_COLUMNS) or not cells[3].strip().isdigit():
            raise DataFileError(f"{label}, data row {number}: needs {', '.join(CASE_COLUMNS)}")
        kind, passage, anaphor, occurrence, antecedent = (c.strip() for c in cells)
        expected = () if antecedent == NO_ANTECEDENT else tuple(a.strip() for a in antecedent.split("|"))
        cases.append(
            CorefCase(kind, passage.replace(PARAGRAPH_MARK, "\n"), anaphor, int(occurrence), expected)
        )
    return cases


def evaluate_coref(path: Path, nlp: Language) -> CorefReport:
    """Run every case of `path` through `nlp` (the wirewatch pipeline) and score its anaphor."""
    cases = load_cases(path)
    names = nlp.pipe_names
    needed = names[: names.index(ACTORS_COMPONENT) + 1]
    with nlp.select_pipes(enable=needed):
        docs = list(nlp.pipe((c.passage for c in cases), batch_size=16))
    report = CorefReport()
    for case, doc in zip(cases, docs, strict=True):
        head = anaphor_head(doc, case)
        answer = Coreference.of(doc, doc._.mentions or []).antecedents(head)
        report.results.append(CorefResult(case, answer, _right(doc, case.expected, answer)))
    return report


def anaphor_head(doc: Doc, case: CorefCase) -> Token:
    """The head word of the case's anaphor: the pronoun, or a description's last word."""
    pattern = re.compile(rf"\b{re.escape(case.anaphor)}\b", re.IGNORECASE)
    matches = list(pattern.finditer(case.passage))
    if len(matches) < case.occurrence:
        raise DataFileError(
            f"case {case.passage[:40]!r}: no occurrence {case.occurrence} of {case.anaphor!r}"
        )
    match = matches[case.occurrence - 1]
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None or not len(span):
        raise DataFileError(f"case {case.passage[:40]!r}: {case.anaphor!r} is not a word of the parse")
    return span[-1]


def _right(doc: Doc, expected: tuple[str, ...], answer: tuple[Mention, ...]) -> bool:
    if len(expected) != len(answer):
        return False
    left = list(answer)
    for words in expected:
        hit = next((m for m in left if _names(doc, m, words)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _names(doc: Doc, mention: Mention, words: str) -> bool:
    """Does `mention` name the actor the words `words` of the passage name?"""
    low = words.lower()
    if low in mention.text.lower() or low in (mention.name or "").lower():
        return True
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    phrase = _phrase_head(span.root)
    for match in re.finditer(re.escape(words), doc.text, re.IGNORECASE):
        named = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if named is not None and _phrase_head(named.root).i == phrase.i:
            return True
    return False


def _phrase_head(token: Token) -> Token:
    """The head of the noun phrase a word is part of, through compounds, appositions and the
    country words that stand for a group ("Polish farmers": the mention "Polish")."""
    while token.dep_ in ("compound", "appos", "flat", "amod") and token.head.i != token.i:
        token = token.head
    return token


def _error(result: CorefResult) -> dict[str, Any]:
    case = result.case
    return {
        "kind": case.kind,
        "anaphor": f"{case.anaphor}#{case.occurrence}",
        "expected": "|".join(case.expected) or NO_ANTECEDENT,
        "got": "|".join(m.name or m.text for m in result.answer) or NO_ANTECEDENT,
        "passage": case.passage,
    }
