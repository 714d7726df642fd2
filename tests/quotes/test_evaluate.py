"""The quote scorer on hand-made attributions (issue 5): matching, content F1, speaker accuracy."""

from __future__ import annotations

import pytest

from wirewatch.evaluate.quotes import Gold, Tally, gold_attributions, predicted_attributions, score_article
from wirewatch.model import ActorRef, Quote

TEXT = "The mayor said the bridge will reopen. Critics say the works are late and costly."
MAYOR = ActorRef("The mayor", None, None, None, None, None)


def _quote(
    start: int, end: int, cue_start: int, speaker: tuple[int, int] | None, kind: str = "indirect"
) -> Quote:
    return Quote(
        "a",
        MAYOR,
        TEXT[start:end],
        start,
        end,
        "said",
        kind=kind,
        cue_start=cue_start,
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
    )


GOLD = [
    Gold(content=[(15, 37)], source=[(0, 9)], cue=[(10, 14)]),  # "the bridge will reopen"
    Gold(content=[(51, 80)], source=[(39, 46)], cue=[(47, 50)]),  # "the works are late and costly"
]


def test_perfect_prediction_scores_one() -> None:
    quotes = [_quote(15, 37, 10, (0, 9)), _quote(51, 80, 47, (39, 46))]
    scores = score_article(TEXT, quotes, GOLD).scores()
    assert scores["f1"] == scores["content_f1"] == scores["speaker_accuracy"] == scores["token_f1"] == 1.0
    assert scores["cue_accuracy"] == 1.0


def test_partial_overlap_and_wrong_speaker() -> None:
    # Content cut short ("the bridge", 2 of 4 words); speaker span elsewhere.
    quotes = [_quote(15, 25, 10, (60, 65))]
    scores = score_article(TEXT, quotes, GOLD).scores()
    assert scores["precision"] == 1.0 and scores["recall"] == 0.5
    assert scores["content_precision"] == 1.0 and scores["content_recall"] == pytest.approx(0.5)
    assert scores["speaker_accuracy"] == 0.0


def test_quotes_sharing_a_cue_are_one_attribution_and_nested_partials_are_dropped() -> None:
    quotes = [
        _quote(15, 25, 10, (0, 9)),
        _quote(26, 37, 10, (0, 9)),
        _quote(19, 25, 10, (0, 9), kind="partial"),
    ]
    (predicted,) = predicted_attributions(quotes)
    assert predicted.content == [(15, 25), (26, 37)]


def test_unmatched_prediction_lowers_precision_only() -> None:
    quotes = [_quote(15, 37, 10, (0, 9)), _quote(39, 46, 47, None)]
    scores = score_article(TEXT, quotes, GOLD[:1]).scores()
    assert scores["precision"] == 0.5 and scores["recall"] == 1.0


def test_gold_reads_fragments_and_skips_missing_content() -> None:
    record = {
        "attributions": [
            {
                "source": None,
                "cue": None,
                "content": {"start": 0, "end": 20, "fragments": [[0, 5], [10, 20]]},
            },
            {"source": None, "cue": None, "content": None},
        ]
    }
    assert gold_attributions(record) == [Gold([(0, 5), (10, 20)], None, None)]


def test_tallies_add_up() -> None:
    total = Tally()
    total.add(Tally(articles=1, gold=2, matched=1))
    total.add(Tally(articles=1, gold=2, matched=2))
    assert total.scores()["recall"] == 0.75
