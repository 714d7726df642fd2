"""Captives named by what was done to them (stop 39, penta coverage).

A release (CAMEO 084) needs its object to name people held: a word of the codebook's list
("prisoners", "hostages", "captives") or a person or group the actor step found. People named by
a word the actor step does not know ("stonemasons", "surveyors") are captives all the same when a
participle on the noun says they were taken or held ("kidnapped last week", "held captive",
"kept hostage"): role_words.tsv `holding`. The sentences are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Colombian army freed nine surveyors abducted near the Venezuelan border.", "084"),
        ("The Malian militia freed four conscripts held captive since March.", "084"),
        ("The Yemeni rebels released six linemen held hostage at the dam.", "084"),
        ("The Nigerian rebels said they would release two deckhands kidnapped in the raid.", "0353"),
    ],
)
def test_people_a_participle_calls_captives_can_be_released(nlp: Language, text: str, cameo: str) -> None:
    """ "freed nine surveyors abducted near the border", "release two deckhands kidnapped in the
    raid": the participle makes unknown people captives; the release (or its promise) is coded."""
    assert cameo in {e.cameo for e in code(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Colombian police released the trucks seized at the Venezuelan border.",
        "The Malian ministry released documents held by the intelligence agency.",
        "The Malian militia freed four stonemasons from the camp.",
    ],
)
def test_things_seized_or_people_not_said_to_be_held_are_no_release(nlp: Language, text: str) -> None:
    """Property seized ("trucks seized at the border") or held ("documents held by the agency") is
    no captive; and unknown people with no participle saying they were held stay uncoded."""
    assert not [e for e in code(nlp, text) if e.cameo in ("084", "0841", "0353")]
