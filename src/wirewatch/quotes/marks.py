"""Find quoted passages by their quotation marks, in plain text (no parse needed).

Handles straight and curly double quotes, single quotes used as quotation
marks (not apostrophes), and the news convention for a quote running over
several paragraphs: each paragraph opens with a quotation mark and only the
last one closes it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

OPEN_DOUBLE = "\u201c"
CLOSE_DOUBLE = "\u201d"
OPEN_SINGLE = "\u2018"
CLOSE_SINGLE = "\u2019"
DOUBLE_MARKS = frozenset({OPEN_DOUBLE, CLOSE_DOUBLE, '"'})
# Characters a quote may not close with: a trailing comma belongs to the sentence frame
# ("“We are ready,” he said"), so the quoted text stops before it.
TRAILING = " \t\n,;:"
# A single-quoted passage longer than this is more likely two apostrophes than a quote
# (checked on the seed articles and hand-written tests; single quotes in news are short).
MAX_SINGLE_QUOTE_CHARS = 200
# A double-quoted passage that never closes is kept up to the end of its paragraph,
# but only when it is at least this long (a stray mark before a short phrase is noise).
MIN_UNCLOSED_CHARS = 40

# Typewriter quotes made of two apostrophes or backticks (''Yes,'' she said), as some
# newspapers print them, are read as one double mark followed by a blank.
TWO_CHAR_MARKS = ("''", "``")
_PARAGRAPH = re.compile(r"[^\n]+")
_SINGLE = re.compile(r"(?:^|(?<=[\s(\[\u201c\"]))['\u2018](?=\w)(.+?)(?<=[\w.,!?])['\u2019](?!\w)")


@dataclass(frozen=True)
class Quoted:
    """A quoted passage: `start`/`end` cover the words inside the marks."""

    start: int
    end: int
    text: str
    double: bool  # double quotation marks (single marks are inner or partial quotes)


def quoted_passages(text: str) -> list[Quoted]:
    """Every quoted passage of `text`, double-quoted ones first in text order, then single-quoted."""
    return list(_quoted_passages(text))


@functools.lru_cache(maxsize=8)
def _quoted_passages(text: str) -> tuple[Quoted, ...]:
    """(Remembered for the last few texts: the quote step and the coreference resolver both ask.)"""
    doubles = _double_quoted(text)
    singles = [q for q in _single_quoted(text) if not any(d.start <= q.start < d.end for d in doubles)]
    return (*doubles, *singles)


def scan_text(text: str) -> str:
    """`text` with two-character quotation marks as one mark and a blank (same offsets)."""
    for mark in TWO_CHAR_MARKS:
        text = text.replace(mark, '" ')
    return text


def _double_quoted(original: str) -> list[Quoted]:
    text = scan_text(original)
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    out: list[Quoted] = []
    open_at: int | None = None
    for index, (p_start, p_end) in enumerate(paragraphs):
        for pos in range(p_start, p_end):
            char = text[pos]
            if char not in DOUBLE_MARKS:
                continue
            if open_at is None and _opens(text, pos):
                open_at = pos + 1
            elif open_at is not None and _closes(text, pos):
                out.extend(_trimmed(text, open_at, pos, double=True, original=original))
                open_at = None
        if open_at is not None and not _continues(text, paragraphs, index):
            if p_end - open_at >= MIN_UNCLOSED_CHARS:
                out.extend(_trimmed(text, open_at, p_end, double=True, original=original))
            open_at = None
    return out


def _opens(text: str, pos: int) -> bool:
    char = text[pos]
    if char == OPEN_DOUBLE:
        return True
    if char == CLOSE_DOUBLE:
        return False
    before = text[pos - 1] if pos > 0 else " "
    return before.isspace() or before in "([—–-:"


def _closes(text: str, pos: int) -> bool:
    char = text[pos]
    if char == CLOSE_DOUBLE:
        return True
    if char == OPEN_DOUBLE:
        return False
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not after.isalnum()


def _continues(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """An unclosed quote goes on when the next paragraph opens with a quotation mark."""
    if index + 1 >= len(paragraphs):
        return False
    first = text[paragraphs[index + 1][0] :].lstrip()[:1]
    return first in (OPEN_DOUBLE, '"')


def _single_quoted(original: str) -> list[Quoted]:
    text = scan_text(original)
    out: list[Quoted] = []
    for match in _SINGLE.finditer(text):
        if len(match.group(1)) <= MAX_SINGLE_QUOTE_CHARS and "\n" not in match.group(1):
            out.extend(_trimmed(text, match.start(1), match.end(1), double=False, original=original))
    return out


def _trimmed(text: str, start: int, end: int, *, double: bool, original: str) -> list[Quoted]:
    """The passage without surrounding blanks and trailing commas; pieces split at paragraph marks."""
    pieces: list[Quoted] = []
    for part in _PARAGRAPH.finditer(text, start, end):
        s, e = part.start(), part.end()
        while s < e and (text[s] in TRAILING or text[s] in DOUBLE_MARKS):
            s += 1
        while e > s and (text[e - 1] in TRAILING or text[e - 1] in DOUBLE_MARKS):
            e -= 1
        if e > s:
            pieces.append(Quoted(s, e, original[s:e], double))
    if len(pieces) <= 1:
        return pieces
    # One passage over several paragraphs: one record from the first word to the last.
    return [Quoted(pieces[0].start, pieces[-1].end, original[pieces[0].start : pieces[-1].end], double)]
