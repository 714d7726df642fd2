"""Misspelled country names and demonyms ("Ethopia", "Afganistan", "Ghanians", "Quatar").

Wire copy, transcripts and older archives misspell country words; an exact gazetteer then
misses the actor altogether. A capitalised word that no table knows is compared with the
one-word country names, aliases and demonyms of the gazetteer. Only the commonest slip
counts: one letter dropped or added inside the word, and only a vowel, a silent "h" or a
doubled letter ("Ethopia", "Afganistan", "Quatar", "Phillipine"). Substitutions are not
read ("Angela" is not Angola, "Somani" not Somali), nor changes at the end of the word,
which make other words and names ("Americas", "Turkeys", "Hollande", "Brazile", "Georgi").
Further guards: at least `MIN_CHARS` letters, capitalised, not a person in the NER (the
caller's), one country only that close, and not itself a place name ("Indiana").

The comparison runs over the forms of the same first letter, a few dozen per word, so it
stays a cheap lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from wirewatch.actors.gazetteer import SurfaceForm, normalise

MIN_CHARS = 6
# Words whose reading is remembered (news repeats its capitalised words); then forgotten.
SEEN_MAX = 50_000
# Letters whose slip is common: vowels and the silent "h" ("Afganistan", "Gana").
SLIP_LETTERS = frozenset("aeiouyh")
FUZZY_FORMS = frozenset({"name", "alias", "demonym", "demonym_plural"})


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance of `a` and `b`; any value above `limit` is limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if limit == 1:
        return _one_edit(a, b)
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def _one_edit(a: str, b: str) -> int:
    """`edit_distance(a, b, 1)` without the table (the look-ups ask with limit 1 of many words): 0
    when equal, 1 for one substitution, insertion, deletion or swap of neighbours, else 2."""
    if a == b:
        return 0
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    if len(short) != len(long):
        return 1 if short[i:] == long[i + 1 :] else 2
    if a[i + 1 :] == b[i + 1 :]:
        return 1
    swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return 1 if swapped else 2


class FuzzyCountries:
    """Country word a misspelling stands for, if exactly one is close enough."""

    def __init__(self, forms: Iterable[SurfaceForm], is_place: Callable[[str], bool] | None = None) -> None:
        self._known: set[str] = set()
        # (first letter, length) -> forms: a slip changes the length by one, never the first letter
        self._buckets: dict[tuple[str, int], list[tuple[str, SurfaceForm]]] = {}
        self._is_place = is_place
        self._seen: dict[str, SurfaceForm | None] = {}
        for form in forms:
            key = normalise(form.text).casefold()
            self._known.add(key)
            if form.form in FUZZY_FORMS and " " not in key and len(key) >= MIN_CHARS - 1:
                self._buckets.setdefault((key[0], len(key)), []).append((key, form))

    def __call__(self, word: str) -> SurfaceForm | None:
        if len(word) < MIN_CHARS or not word[:1].isupper():
            return None
        if word not in self._seen:
            if len(self._seen) >= SEEN_MAX:
                self._seen.clear()
            self._seen[word] = self._reading(word)
        return self._seen[word]

    def _reading(self, word: str) -> SurfaceForm | None:
        key = word.casefold()
        if not key.isalpha() or key in self._known:
            return None
        candidates = [f for n in (len(key) - 1, len(key) + 1) for f in self._buckets.get((key[0], n), ())]
        hits = {form.code: form for text, form in candidates if one_slip(key, text)}
        if len(hits) != 1 or (self._is_place is not None and self._is_place(word)):
            return None
        form = next(iter(hits.values()))
        return SurfaceForm(word, form.code, form.form)


def one_slip(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter dropped or added inside the word, the letter
    being a vowel, an "h" or the double of its neighbour."""
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    i = next((k for k in range(len(short)) if long[k] != short[k]), len(short))
    if i == len(short) or long[:i] + long[i + 1 :] != short:
        return False  # the extra letter is at the end, or more than one letter differs
    letter = long[i]
    return letter in SLIP_LETTERS or letter in (long[i - 1 : i] + long[i + 1 : i + 2])
