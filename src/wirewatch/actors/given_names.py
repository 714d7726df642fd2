"""Given names and their forms: whether two full names that share a surname are one person.

"Fred LaRue" and "Frederick LaRue" are one man; "Pat Smith" and her son "Sean Smith" are two
people. The forms of a name are the team's table `data/given_name_variants.tsv`; the gendered
given names of `data/coref_words.tsv` are given names too.
"""

from __future__ import annotations

import functools

from wirewatch.actors.lexicon import coref_words
from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError

VARIANTS_FILE = "given_name_variants.tsv"
# Classes of `data/coref_words.tsv` whose words are given names (honorifics are no name part).
GIVEN_NAME_CLASSES = frozenset({"female", "male"})


@functools.cache
def name_forms() -> dict[str, frozenset[int]]:
    """Given name -> the rows of the variants table that hold it (a short form may be in several)."""
    label, rows = table_lines(VARIANTS_FILE, None, ("name", "forms"))
    out: dict[str, set[int]] = {}
    for number, row in enumerate(rows, start=2):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != 2 or not cells[0] or not cells[1]:
            raise DataFileError(f"{label}, data row {number}: needs a name and its forms")
        for word in [cells[0], *cells[1].split()]:
            out.setdefault(word.lower(), set()).add(number)
    return {word: frozenset(numbers) for word, numbers in out.items()}


def is_given_name(word: str) -> bool:
    """Whether a word (lower case) is a given name of either table: not a title the model took
    into a name ("Chair White"), nor a second surname."""
    return coref_words().get(word) in GIVEN_NAME_CLASSES or word in name_forms()


def forms_of_one_name(first: str, second: str) -> bool:
    """Whether two given names (lower case) are one name: the same word, or forms one row of the
    variants table holds ("fred" and "frederick", "dave" and "david")."""
    forms = name_forms()
    return first == second or bool(forms.get(first, frozenset()) & forms.get(second, frozenset()))
