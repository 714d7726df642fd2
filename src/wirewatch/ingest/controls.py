"""Control characters: removed from what is stored, made visible in what is printed.

A news article has no use for ESC, BEL or the other C0/C1 control characters;
stored, they would reach terminals raw (an ESC starts a terminal command) and
confuse the NLP. Tab and newline stay; carriage returns are normalised to
newlines by the readers; form feed and vertical tab are line breaks.
"""

from __future__ import annotations

import re

# C0 except tab, newline and carriage return; DEL; C1.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
# For printing: every control character but newline and tab.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """`text` without control characters (form feed and vertical tab become newlines)."""
    return _CONTROLS.sub("", text.translate(_LINE_BREAKS))


def printable(text: str) -> str:
    """`text` safe for a terminal: each control character but newline and tab shown as its
    Unicode control picture (ESC as "␛"), or "\ufffd" for C1. One character for one, so
    offsets into the text (actor and trigger spans) still point at the same words."""
    return _UNPRINTABLE.sub(_picture, text)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"
