"""Names whose country depends on the article: "the North" in a Korean story, Georgia the
US state, the two Congos. Rules live in `data/context_forms.tsv`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from wirewatch.errors import DataFileError

CONTEXT_COLUMNS = ("form", "code", "kind", "when", "unless")
KINDS = frozenset({"country", "region"})


@dataclass(frozen=True)
class ContextForm:
    form: str
    code: str
    kind: str  # country | region
    when: frozenset[str]  # empty: always
    unless: frozenset[str]

    def applies(self, codes: set[str]) -> bool:
        """Whether the article's other country codes call for this reading."""
        return (not self.when or bool(codes & self.when)) and not codes & self.unless


def load_context_forms(path: Path | None = None) -> list[ContextForm]:
    if path is None:
        text = resources.files("wirewatch").joinpath("data", "context_forms.tsv").read_text(encoding="utf-8")
        label = "wirewatch/data/context_forms.tsv"
    else:
        text, label = path.read_text(encoding="utf-8"), str(path)
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not rows or tuple(c.strip() for c in rows[0]) != CONTEXT_COLUMNS:
        raise DataFileError(f"{label}: header must be {', '.join(CONTEXT_COLUMNS)}")
    forms = []
    for number, cells in enumerate(rows[1:], start=2):
        cells = [c.strip() for c in cells] + [""] * (len(CONTEXT_COLUMNS) - len(cells))
        form, code, kind, when, unless = cells[: len(CONTEXT_COLUMNS)]
        if not form or not code or kind not in KINDS:
            raise DataFileError(f"{label}, row {number}: needs a form, a code and a kind in {sorted(KINDS)}")
        forms.append(ContextForm(form, code, kind, _codes(when), _codes(unless)))
    return forms


def _codes(cell: str) -> frozenset[str]:
    return frozenset(c.strip() for c in cell.split("|") if c.strip())


class ContextMatcher:
    """Finds the context forms of a Doc: (span, candidate readings of that form)."""

    def __init__(self, nlp: Language, forms: Iterable[ContextForm]) -> None:
        self._forms: dict[str, list[ContextForm]] = {}
        self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form in forms:
            if form.form not in self._forms:
                variants = {form.form, form.form[:1].upper() + form.form[1:]}  # "The North" opens a sentence
                self._matcher.add(form.form, [nlp.make_doc(v) for v in variants])
            self._forms.setdefault(form.form, []).append(form)

    def __call__(self, doc: Doc) -> list[tuple[Span, list[ContextForm]]]:
        return [
            (Span(doc, start, end), self._forms[doc.vocab.strings[key]])
            for key, start, end in self._matcher(doc)
        ]
