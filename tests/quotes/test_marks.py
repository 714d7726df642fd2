"""Quotation marks found in plain text (issue 5)."""

from __future__ import annotations

from wirewatch.quotes.marks import quoted_passages


def _texts(text: str) -> list[str]:
    return [q.text for q in quoted_passages(text)]


def test_curly_and_straight_double_quotes() -> None:
    text = '\u201cWe will not give in,\u201d the mayor said. Then: "Nothing changes," she added.'
    assert _texts(text) == ["We will not give in", "Nothing changes"]


def test_offsets_point_into_the_text() -> None:
    text = 'The envoy said: "Talks resume in May."'
    (q,) = quoted_passages(text)
    assert text[q.start : q.end] == q.text == "Talks resume in May."


def test_quote_over_several_paragraphs_is_one_passage() -> None:
    text = (
        "\u201cThe harvest failed twice.\n\n"
        "\u201cNow the villages are empty,\u201d the farmer said.\n\nNext paragraph."
    )
    (q,) = quoted_passages(text)
    assert q.text.startswith("The harvest failed") and q.text.endswith("villages are empty")


def test_apostrophes_are_not_quotes() -> None:
    text = "It\u2019s the farmers\u2019 view that the port\u2019s closure hurts."
    assert _texts(text) == []


def test_single_quoted_phrase_is_a_partial_quote() -> None:
    text = "The minister welcomed the 'gradual easing' of the blockade."
    (q,) = quoted_passages(text)
    assert q.text == "gradual easing" and not q.double


def test_typewriter_double_apostrophes_are_double_quotes() -> None:
    text = "''We need rain,'' the farmer said."
    assert _texts(text) == ["We need rain"]


def test_short_unclosed_mark_is_dropped() -> None:
    assert _texts('A stray " mark.\n\nNext.') == []
