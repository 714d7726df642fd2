"""Speakers of quote shapes the parse makes hard (issue 11): participles after a
preposition, transcript labels, a report inside another's report, a subject the parser
took from inside the quote, and two subjects on one verb. Texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from wirewatch.model import Quote

pytestmark = pytest.mark.slow


def _quotes(nlp: Language, text: str) -> list[Quote]:
    return list(nlp(text)._.quotes)


def _speaker_words(text: str, q: Quote) -> str | None:
    if q.speaker_start is None or q.speaker_end is None:
        return None
    return text[q.speaker_start : q.speaker_end]


def _one(nlp: Language, text: str, fragment: str) -> tuple[Quote, str | None]:
    found = [q for q in _quotes(nlp, text) if fragment in q.text]
    assert found, [q.text for q in _quotes(nlp, text)]
    return found[0], _speaker_words(text, found[0])


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("The mayor answered critics on Tuesday by saying that the budget was balanced.", "budget", "mayor"),
        ("Governor Lee, despite admitting that he had doubts, signed the bill.", "doubts", "Lee"),
        (
            "The coach would not name a starter, aside from saying he wants a fast team.",
            "fast team",
            "coach",
        ),
    ],
)
def test_a_participle_after_a_preposition_borrows_the_clause_subject(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    _, words = _one(nlp, text, fragment)
    assert words is not None and speaker in words


def test_a_transcript_label_names_the_speaker(nlp: Language) -> None:
    text = 'The channel aired the exchange. "REYES: She will not be there, and that is final."'
    q, words = _one(nlp, text, "She will not")
    assert words == "REYES" and not q.text.startswith("REYES")


def test_a_quote_framed_by_a_report_of_a_thought_is_the_outer_speakers(nlp: Language) -> None:
    text = 'Ortiz said she recalled thinking, "Nobody here is listening to me."'
    q, words = _one(nlp, text, "Nobody here")
    assert q.cue == "said" and words == "Ortiz"


def test_a_report_inside_a_report_is_not_a_second_attribution(nlp: Language) -> None:
    text = "Ortiz said she remembers the manager being surprised by the request."
    quotes = _quotes(nlp, text)
    assert [q.cue for q in quotes] == ["said"]


def test_two_subjects_the_nearest_speaks(nlp: Language) -> None:
    text = "THE DEBT Back when he ran the fund, Mr. Ruiz said that he avoided loans."
    _, words = _one(nlp, text, "avoided loans")
    assert words is not None and "Ruiz" in words


def test_a_subject_inside_the_quote_is_not_the_speaker(nlp: Language) -> None:
    text = '"If the plant cannot cool its reactors, it will fail," said Tom Reyes, an engineer.'
    _, words = _one(nlp, text, "cool its reactors")
    assert words is not None and "Reyes" in words
