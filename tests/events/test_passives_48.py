"""Acts told in the passive (stop 48, passive48). Our own sentences about real kinds of events.

- A participle clause set beside its main clause ("Arrested in March, the journalist was
  sentenced", "If convicted, he faces 20 years") is a passive whose subject is the main clause's:
  the one arrested, the one who would be convicted. The parse hangs it on the main verb with no
  subject of its own, and the act found no one it fell on, or took the main clause's subject for
  its doer ("Criticised by Brazil, the president left": Brazil criticised).
- The end of a prosecution or an inquiry told in the agentless passive ("the charges against the
  governor were dropped", "the inquiry into the minister was shelved") is the prosecutors' or the
  courts' (JUD, implied), as dropping them is in the active; the one charged, named in the
  passive subject's own phrase, is its target. A lawsuit is anyone's to drop.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_code, code

from wirewatch.model import Inference

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Arrested in March, the Belarusian journalist was sentenced to five years.", "173", "BLR", "BLR"),
        ("Detained in Minsk in 2021, the Belarusian reporters were freed on Tuesday.", "173", "BLR", "BLR"),
        ("Criticised by Brazil, the Venezuelan president left the summit.", "111", "BRA", "VEN"),
    ],
)
def test_a_participle_clause_tells_of_the_main_clauses_subject(
    nlp: Language, text: str, cameo: str, source: str, target: str
) -> None:
    participle = text.split()[0].rstrip(",")
    acts = [e for e in code(nlp, text) if e.cameo == cameo and e.trigger.text == participle]
    assert acts, [(e.cameo, e.trigger.text, e.rule) for e in code(nlp, text)]
    event = acts[0]
    assert {s.country for s in event.sources} == {source}
    assert [t.country for t in event.targets] == [target]


def test_a_participle_clause_after_if_is_a_condition(nlp: Language) -> None:
    event = by_code(nlp, "If convicted, the Russian opposition leader faces 20 years in prison.", "116")
    assert [(s.country, s.sector) for s in event.sources] == [("RUS", "JUD")]
    assert [t.country for t in event.targets] == ["RUS"]
    assert event.modality == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "As reported by Reuters, the Chinese army held drills near Taiwan.",
        "Asked about the deal, the German chancellor said it was fair.",
    ],
)
def test_a_participle_after_as_or_of_words_to_a_speaker_is_no_act_on_the_subject(
    nlp: Language, text: str
) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.trigger.text in ("reported", "Asked")], [
        (e.cameo, e.rule) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The charges against the Kenyan governor were dropped in 2015.", "KEN", "KEN"),
        ("The investigation into the French minister was shelved in 2017.", "FRA", "FRA"),
        ("The case against the two Egyptian activists was dropped, their lawyer said.", "EGY", "EGY"),
    ],
)
def test_an_agentless_end_of_a_prosecution_is_the_courts(
    nlp: Language, text: str, source: str, target: str
) -> None:
    event = by_code(nlp, text, "081")
    assert [(s.country, s.sector) for s in event.sources] == [(source, "JUD")]
    assert [t.country for t in event.targets] == [target]
    assert event.targets[0].sector != "JUD"
    assert Inference.IMPLIED in event.inferences


def test_a_lawsuit_dropped_is_no_act_of_the_authorities(nlp: Language) -> None:
    assert not [
        e for e in code(nlp, "The lawsuit against the Nigerian senator was dropped.") if e.cameo == "081"
    ]
