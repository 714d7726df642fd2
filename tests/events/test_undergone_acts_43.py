"""Acts told from the side of the one who underwent them, and agentless threats (stop 43, recall10).
The sentences are our own.

- A noun of threat, force or coercion carried by a verb of undergoing (face, suffer, endure,
  survive, withstand): the subject is the target, the doer the "from", "by" or "at the hands of"
  phrase (PLOVER 2.0 THREATEN, ASSAULT, COERCE; CAMEO 130, 190, 185, 170).
- A threat or intimidation in the agentless passive ("was threatened", "was harassed"), coded to
  unidentified doers where it happened, as an agentless attack is (CAMEO 130, 170).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        (
            "The Honduran editor has faced death threats from gang leaders.",
            "THREATEN",
            "gang leaders",
            "Honduran editor",
        ),
        (
            "The Malian villages suffered raids at the hands of jihadist fighters.",
            "ASSAULT",
            "jihadist fighters",
            "Malian villages",
        ),
        (
            "Kenyan students endured harassment from police officers.",
            "COERCE",
            "police officers",
            "Kenyan students",
        ),
        (
            "The Peruvian governor survived an assassination attempt by hired gunmen.",
            "ASSAULT",
            "hired gunmen",
            "Peruvian governor",
        ),
    ],
)
def test_an_act_undergone_falls_on_the_subject(
    nlp: Language, text: str, plover: str, source: str, target: str
) -> None:
    event = find(code(nlp, text), plover)
    assert source in [m.text for m in event.sources]
    assert target in [m.text for m in event.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian governor survived the floods in Lima.",
        "The Honduran minister faced a hard question from the committee.",
        "Kenyan farmers face the threat of drought.",
        "The Ugandan president suffered a heart attack.",
    ],
)
def test_a_hardship_or_a_question_undergone_is_no_act(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover in ("THREATEN", "ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("A Honduran lawyer was threatened in Tegucigalpa last week.", "THREATEN"),
        ("A Belarusian blogger was harassed in Minsk for months.", "COERCE"),
        ("A Guatemalan prosecutor was intimidated in Guatemala City.", "COERCE"),
    ],
)
def test_an_agentless_threat_is_coded_to_unknown_doers_where_it_happened(
    nlp: Language, text: str, plover: str
) -> None:
    event = find(code(nlp, text), plover)
    assert event.sources and event.targets


@pytest.mark.parametrize(
    "text",
    [
        "A Honduran lawyer felt threatened in Tegucigalpa last week.",
        "A Belarusian blogger was praised in Minsk for months.",
    ],
)
def test_a_threat_felt_or_another_passive_codes_no_threat(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover in ("THREATEN", "COERCE")]


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        (
            "The Malian soldiers came under fire from jihadist fighters.",
            "ASSAULT",
            "jihadist fighters",
            "Malian soldiers",
        ),
        (
            "The Kenyan finance minister came under fire from opposition senators.",
            "ACCUSE",
            "opposition senators",
            "Kenyan finance minister",
        ),
    ],
)
def test_coming_under_fire_is_force_from_armed_men_and_criticism_from_speakers(
    nlp: Language, text: str, plover: str, source: str, target: str
) -> None:
    events = code(nlp, text)
    event = find(events, plover)
    assert source in [m.text for m in event.sources]
    assert target in [m.text for m in event.targets]
    assert len({e.plover for e in events if e.rule.endswith("under-fire.n")}) == 1


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Chilean senator labelled the Bolivian president a dictator.", "Bolivian president"),
        ("The Chilean senator dubbed the Peruvian minister a coward.", "Peruvian minister"),
        ("The Turkish government labelled the Kurdish militants terrorists.", "Kurdish militants"),
    ],
)
def test_labelling_or_dubbing_someone_a_pejorative_is_name_calling(
    nlp: Language, text: str, target: str
) -> None:
    accuse = find(code(nlp, text), "ACCUSE")
    assert any(target in m.text for m in accuse.targets)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean senator labelled the Bolivian president a partner.",
        "The Chilean senator labelled the trade summit a success.",
        "The Chilean senator dubbed the new bridge a landmark.",
    ],
)
def test_labelling_with_no_pejorative_is_no_name_calling(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


def test_a_threat_joined_to_a_verb_with_its_doer_is_not_put_on_unknown_doers(nlp: Language) -> None:
    events = code(nlp, "A Honduran lawyer was harassed and threatened by gang members in Tegucigalpa.")
    assert not [e for e in events if e.plover == "COERCE" and e.sources and "gang" not in e.sources[0].text]
