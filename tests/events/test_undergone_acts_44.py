"""Acts undergone with no doer named, acts one is subjected to, and blame laid by evidence (stop 44,
recall16).
The sentences are our own.

- Force told from the side of the one it fell on with no "from" or "by" doer ("survived an
  assassination attempt in Kaduna", "came under attack near Herat") is as agentless as the
  passive: coded to unidentified attackers where it happened (PLOVER 2.0 ASSAULT; CAMEO 18x/19x).
- "Subjected to" an act of force or coercion: the passive's subject underwent it, its agent did it
  (CAMEO 182 beating, 1822 torture, 194 shelling, 170 harassment).
- An attempt escaped is undergone as one survived; a kidnapping attempt is unconventional
  violence (CAMEO 180), an assassination attempt 185.
- Evidence or clues said to point to an actor: blame laid on it by whoever reports it (CAMEO 112),
  as for blame laid in an agentless passive ("was traced to").
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow

FORCE = ("ASSAULT", "COERCE")


@pytest.mark.parametrize(
    ("text", "target", "country"),
    [
        (
            "The Ghanaian editor survived an assassination attempt in Kumasi last spring.",
            "Ghanaian editor",
            "GHA",
        ),
        ("A convoy of Afghan police officers came under attack near Herat.", "Afghan police officers", "AFG"),
    ],
)
def test_force_undergone_with_no_doer_is_coded_to_unknown_attackers_where_it_happened(
    nlp: Language, text: str, target: str, country: str
) -> None:
    event = find(code(nlp, text), "ASSAULT")
    assert [(m.country, m.sector) for m in event.sources] == [(country, "UAF")]
    assert target in [m.text for m in event.targets]


def test_force_undergone_from_a_named_doer_keeps_its_doer(nlp: Language) -> None:
    event = find(
        code(nlp, "The Ghanaian editor survived an assassination attempt by hired gunmen in Kumasi."),
        "ASSAULT",
    )
    assert [m.text for m in event.sources] == ["hired gunmen"]


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        (
            "The Syrian detainees were subjected to beatings by prison guards.",
            "ASSAULT",
            "182",
            "prison guards",
            "Syrian detainees",
        ),
        (
            "Egyptian activists were subjected to torture by police officers.",
            "ASSAULT",
            "1822",
            "police officers",
            "Egyptian activists",
        ),
        (
            "Ukrainian villagers were subjected to heavy shelling by Russian troops.",
            "ASSAULT",
            "194",
            "Russian troops",
            "Ukrainian villagers",
        ),
        (
            "Belarusian reporters were subjected to harassment by the riot police.",
            "COERCE",
            "170",
            "riot police",
            "Belarusian reporters",
        ),
    ],
)
def test_an_act_one_is_subjected_to_falls_on_the_subject_and_is_the_agents(
    nlp: Language, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    event = find(code(nlp, text), plover)
    assert event.cameo == cameo
    assert source in [m.text for m in event.sources]
    assert target in [m.text for m in event.targets]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Colombian mayor escaped an assassination attempt by paramilitary fighters.", "185"),
        ("The Nigerian pastor escaped a kidnapping attempt by armed bandits.", "180"),
    ],
)
def test_an_attempt_on_one_escaped_is_undergone(nlp: Language, text: str, cameo: str) -> None:
    event = find(code(nlp, text), "ASSAULT")
    assert event.cameo == cameo
    assert [m.text for m in event.sources] == [
        "armed bandits" if "bandits" in text else "paramilitary fighters"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian bridge survived the storm in Kumasi.",
        "The Syrian footballers were subjected to a fitness test by the coaches.",
        "The Kenyan minister came to the inquiry in Nairobi.",
        "The Afghan families fled Herat to escape the fighting.",
        "The Ghanaian editor survived a heart attack in Kumasi.",
        "The Kenyan school came under fire in Nairobi.",
    ],
)
def test_a_hardship_a_test_or_a_visit_is_no_act_undergone(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover in (*FORCE, "INVESTIGATE")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The evidence points to the Sudanese army, the Chadian prosecutor said.",
            "Chadian prosecutor",
            "Sudanese army",
        ),
        (
            "The Malian minister said the clues pointed to jihadist fighters.",
            "Malian minister",
            "jihadist fighters",
        ),
    ],
)
def test_evidence_pointing_to_an_actor_is_blame_laid_by_its_reporter(
    nlp: Language, text: str, source: str, target: str
) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "112"
    assert source in [m.text for m in event.sources]
    assert any(target in m.text for m in event.targets)


@pytest.mark.parametrize(
    "text",
    [
        "All the signs point to a wet winter in Chad, the Chadian minister said.",
        "The Chadian minister pointed to the rising prices.",
        "The evidence points to a gas leak, the Chadian prosecutor said.",
    ],
)
def test_evidence_or_signs_pointing_to_no_actor_lay_no_blame(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]
