"""Quote cues (say, tell, add, according to ...), loaded from `data/quote_cues.tsv`.

The pipeline runs without a lemmatizer, so each verb's inflected forms are
generated here (regular ones by rule, irregular ones from the file).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

from spacy.strings import get_string_id
from spacy.tokens import Token

from wirewatch.errors import DataFileError
from wirewatch.events.codebook import verb_inflections

CUE_FILE = "quote_cues.tsv"
FRAMES = frozenset({"verb", "source"})
# Dependency labels of a verb that is a cue (a clause head), not a noun or modifier spelled alike.
VERB_DEPS = frozenset(
    {"ROOT", "ccomp", "conj", "advcl", "relcl", "parataxis", "xcomp", "acl", "pcomp", "csubj"}
)


@dataclass(frozen=True)
class Cue:
    lemma: str  # "say", "point out", "according to"
    kind: str  # speech | cognition | report | source
    frame: str  # verb | source
    particle: str | None = None  # "out" of "point out"


class CueLexicon:
    """Which tokens are quote cues."""

    def __init__(self, cues: list[Cue], irregular: dict[str, str]) -> None:
        self._verbs: dict[str, list[Cue]] = {}
        self._sources: dict[tuple[str, str], Cue] = {}
        self._source_firsts: set[str] = set()
        for cue in cues:
            if cue.frame == "source":
                self._source_firsts.add(cue.lemma.split(" ", 1)[0])
                first, second = cue.lemma.split(" ", 1)
                self._sources[(first, second)] = cue
                continue
            head = cue.lemma.split(" ", 1)[0]
            forms = verb_inflections(head) | {f for f, lemma in irregular.items() if lemma == head}
            for form in forms:
                self._verbs.setdefault(form, []).append(cue)
        # every word a cue may be or start, to find them in a Doc's array (`token_indices`)
        self.word_ids = frozenset(get_string_id(word) for word in (*self._verbs, *self._source_firsts))

    @classmethod
    def load(cls, text: str | None = None) -> CueLexicon:
        if text is None:
            text = resources.files("wirewatch").joinpath("data", CUE_FILE).read_text(encoding="utf-8")
        rows = csv.DictReader(
            (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
        )
        cues: list[Cue] = []
        irregular: dict[str, str] = {}
        for number, row in enumerate(rows, start=2):
            cues.append(_cue(row, number))
            for form in (row.get("irregular") or "").split():
                irregular[form] = row["cue"].split(" ", 1)[0]
        return cls(cues, irregular)

    def cues_for(self, form: str) -> list[Cue]:
        """The verb cues a word form may be ("said" -> say)."""
        return list(self._verbs.get(form.lower(), ()))

    def source_for(self, first: str, second: str) -> Cue | None:
        """The source cue two words make ("according", "to"), or None."""
        return self._sources.get((first.lower(), second.lower()))

    def verb_cue(self, token: Token) -> Cue | None:
        """The cue `token` is as a verb ("said", "pointing [out]"), or None."""
        if token.dep_ not in VERB_DEPS:
            return None
        for cue in self._verbs.get(token.lower_, ()):
            if cue.particle is None or any(
                c.dep_ == "prt" and c.lower_ == cue.particle for c in token.children
            ):
                return cue
        return None

    def source_cue(self, token: Token) -> Cue | None:
        """The cue `token` starts as a source phrase ("according [to]"), or None."""
        if token.i + 1 >= len(token.doc) or token.lower_ not in self._source_firsts:
            return None
        return self.source_for(token.text, token.doc[token.i + 1].text)


def _cue(row: dict[str, str], number: int) -> Cue:
    try:
        lemma, kind, frame = row["cue"].strip().lower(), row["kind"].strip(), row["frame"].strip()
    except (KeyError, AttributeError) as e:
        raise DataFileError(f"{CUE_FILE} row {number}: {e}: {row}") from e
    if frame not in FRAMES or not lemma:
        raise DataFileError(f"{CUE_FILE} row {number}: frame must be one of {sorted(FRAMES)}: {row}")
    if frame == "source" and " " not in lemma:
        raise DataFileError(f"{CUE_FILE} row {number}: a source cue is two words ('according to'): {row}")
    particle = lemma.split(" ", 1)[1] if frame == "verb" and " " in lemma else None
    return Cue(lemma, kind, frame, particle)


@functools.cache
def packaged_cues() -> CueLexicon:
    """The packaged lexicon (data/quote_cues.tsv), read once per process: the quote extractor,
    the coreference step and the learned stage's statement gate all read it."""
    return CueLexicon.load()
