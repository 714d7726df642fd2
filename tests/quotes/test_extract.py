"""Quotes, cues and speakers on short texts written for these tests (issue 5)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from wirewatch.model import Quote

pytestmark = pytest.mark.slow


def _quotes(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    return list(doc._.quotes)


def _one(quotes: list[Quote], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_direct_quote_with_cue_after(nlp: Language) -> None:
    text = (
        "Kenyan President William Ruto opened the summit in Nairobi.\n\n"
        "\u201cNo country can fix the climate alone,\u201d Ruto told the delegates."
    )
    q = _one(_quotes(nlp, text), "No country")
    assert q.kind == "direct" and q.cue == "told"
    assert q.speaker is not None and q.speaker.name == "William Ruto" and q.speaker.country == "KEN"
    assert q.text == "No country can fix the climate alone"


def test_colon_paragraph_introduces_the_quote(nlp: Language) -> None:
    text = (
        "German Chancellor Olaf Scholz spoke about the energy crisis:\n\n"
        '"Our gas storage is full and we will get through the winter."'
    )
    q = _one(_quotes(nlp, text), "gas storage")
    assert q.speaker is not None and q.speaker.name == "Olaf Scholz"
    assert q.cue == "spoke"


def test_pronoun_speaker_skips_people_named_inside_the_quote(nlp: Language) -> None:
    text = (
        '"Trade will recover next year," said Maria Lopez, an economist at the central bank.\n\n'
        '"Even if President Joe Biden raises tariffs, exports to Canada keep growing," she said.'
    )
    q = _one(_quotes(nlp, text), "exports to Canada")
    assert q.speaker is not None and q.speaker.text == "she" and q.speaker.name == "Maria Lopez"


def test_second_quote_after_he_said_continues_the_first(nlp: Language) -> None:
    text = (
        "Farmers protested in Paris on Monday, led by union leader Jean Dupont.\n\n"
        '"We cannot sell below cost," he said. "The supermarkets must pay a fair price."'
    )
    quotes = _quotes(nlp, text)
    first, second = _one(quotes, "below cost"), _one(quotes, "fair price")
    for q in (first, second):
        assert q.speaker is not None and q.speaker.name == "Jean Dupont"
    assert first.cue_start == second.cue_start


def test_description_refers_back_to_the_person(nlp: Language) -> None:
    text = (
        "Indian Foreign Minister Subrahmanyam Jaishankar met his Chinese counterpart in Beijing.\n\n"
        '"The border must stay calm," the minister added.'
    )
    q = _one(_quotes(nlp, text), "border must stay calm")
    assert q.speaker is not None and q.speaker.name == "Subrahmanyam Jaishankar"
    assert q.speaker.text == "the minister"


def test_indirect_speech_and_partial_quote(nlp: Language) -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva said on Friday that Brazil welcomes "
        "the \u201cslow thaw\u201d between the two neighbours."
    )
    quotes = _quotes(nlp, text)
    indirect = _one([q for q in quotes if q.kind == "indirect"], "Brazil welcomes")
    partial = _one([q for q in quotes if q.kind == "partial"], "slow thaw")
    assert indirect.text.startswith("that Brazil welcomes") and indirect.cue == "said"
    for q in (indirect, partial):
        assert q.speaker is not None and q.speaker.country == "BRA"


def test_trailing_attribution_without_marks(nlp: Language) -> None:
    text = "The ceasefire is holding in the north, a United Nations spokesman said."
    q = _one(_quotes(nlp, text), "ceasefire")
    assert q.kind == "indirect" and q.cue == "said"
    assert q.text == "The ceasefire is holding in the north"


def test_according_to(nlp: Language) -> None:
    text = "According to Chilean officials, the copper mine will reopen next week."
    q = _one(_quotes(nlp, text), "copper mine")
    assert q.cue == "According to" and q.speaker is not None and q.speaker.country == "CHL"


def test_scare_quotes_and_titles_are_not_quotes(nlp: Language) -> None:
    text = "The so-called \u201cpeace dividend\u201d was the subject of the film \u201cQuiet Harbours\u201d."
    assert _quotes(nlp, text) == []


def test_quote_signed_with_a_dash(nlp: Language) -> None:
    text = (
        "Readers wrote in about the new tram line.\n\n"
        "\u201cIt takes me to work in half the time it used to.\u201d \u2015 Ana Ruiz\n\n"
        "\u201cThe fares are too high for students.\u201d \u2015 Tomas Berg"
    )
    quotes = _quotes(nlp, text)
    first, second = _one(quotes, "half the time"), _one(quotes, "fares are too high")
    assert first.speaker is not None and first.speaker.text == "Ana Ruiz"
    assert second.speaker is not None and second.speaker.text == "Tomas Berg"


def test_a_statement_saying_is_said_by_whoever_issued_it(nlp: Language) -> None:
    text = "The Norwegian Embassy in Ottawa issued a statement saying that Oslo had no view on the vote."
    q = _one(_quotes(nlp, text), "Oslo had no view")
    assert q.speaker_start is not None and q.speaker_end is not None
    assert "Embassy" in text[q.speaker_start : q.speaker_end]


def test_a_participle_after_said_borrows_the_speaker_of_said(nlp: Language) -> None:
    text = (
        '"The voters do not trust the council," Ortiz said, suggesting a few questions, '
        'including, "Mayor Lee, do you really think that tenants want a higher rent?"'
    )
    quotes = _quotes(nlp, text)
    assert all(q.speaker_start is not None for q in quotes), [(q.text, q.speaker_start) for q in quotes]
    q = _one(quotes, "tenants want")
    assert q.speaker_start is not None and "Ortiz" in text[q.speaker_start : q.speaker_end]
