"""Political-legal acts against office holders and members, and vows of them (stop 46, vows46).
Our own sentences about real kinds of events.

- Impeaching (CAMEO 112, as the impeachment nouns already were), told by the verb or by the motion,
  articles or complaint that bring the charge; a motion of censure is the legislature's rebuke
  (111). Vowed or pledged, an impeachment is a threat (THREATEN 130), as "threatened to impeach"
  was. Impeaching a witness's testimony charges no one.
- A subpoena is a step of its issuer's inquiry into the one it compels (CAMEO 090).
- Expelled from membership, not from a country: by an organisation of states, relations reduced
  with the member state (160); by a party or a legislature, a disciplinary sanction (172), not a
  deportation (174). With no doer named, the body one is expelled from expels.
- An elected office holder removed or suspended by a legislature, a court or a party is
  disciplined (172); immunity lifted or waived by a legislature is stripped (172), no concession.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


def _coded(nlp: Language, text: str) -> list[tuple[str, str, str | None, str]]:
    return [(e.plover, e.cameo, e.mode, e.modality) for e in code(nlp, text)]


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "target"),
    [
        (
            "South Korea's National Assembly impeached President Yoon Suk Yeol in December 2024.",
            "ACCUSE",
            "112",
            "President Yoon Suk Yeol",
        ),
        (
            "Peruvian lawmakers voted to impeach President Dina Boluarte.",
            "ACCUSE",
            "112",
            "President Dina Boluarte",
        ),
        (
            "Kenyan senators tabled an impeachment motion against the deputy president.",
            "ACCUSE",
            "112",
            "deputy president",
        ),
        (
            "Paraguayan opposition lawmakers filed articles of impeachment against the president.",
            "ACCUSE",
            "112",
            "president",
        ),
        (
            "Philippine activists filed an impeachment complaint against the vice president.",
            "ACCUSE",
            "112",
            "vice president",
        ),
        ("The Romanian parliament passed a censure motion against the cabinet.", "ACCUSE", "111", "cabinet"),
        (
            "The Senate Intelligence Committee subpoenaed Michael Flynn in 2017.",
            "ACCUSE",
            "090",
            "Michael Flynn",
        ),
        (
            "Federal prosecutors issued a subpoena to the Texas attorney general.",
            "ACCUSE",
            "090",
            "Texas attorney general",
        ),
    ],
)
def test_an_impeachment_a_censure_motion_or_a_subpoena_is_coded(
    nlp: Language, text: str, plover: str, cameo: str, target: str
) -> None:
    found = [e for e in code(nlp, text) if (e.plover, e.cameo) == (plover, cameo)]
    assert found, _coded(nlp, text)
    assert found[0].modality == "actual"
    assert target in [t.text for t in found[0].targets]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Philippine opposition vowed to impeach the vice president.", "130"),
        ("Democrats pledged to impeach the attorney general.", "130"),
        ("The Senate Intelligence Committee vowed to subpoena Michael Flynn.", "130"),
        ("The Kenyan ruling party vowed to expel the rebel senator.", "132"),
    ],
)
def test_a_vowed_political_legal_act_is_one_threat(nlp: Language, text: str, cameo: str) -> None:
    coded = [(e.plover, e.cameo, e.modality) for e in code(nlp, text)]
    assert coded == [("THREATEN", cameo, "actual")], coded


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source"),
    [
        ("The Arab League expelled Syria in 2011.", "SANCTION", "160", "Arab League"),
        ("Russia was expelled from the Council of Europe in 2022.", "SANCTION", "160", "Council of Europe"),
        ("The ANC expelled Julius Malema in 2012.", "COERCE", "172", "ANC"),
        ("The Kenyan senator was expelled from the ruling party in 2021.", "COERCE", "172", "ruling party"),
    ],
)
def test_an_expulsion_from_membership_is_no_deportation(
    nlp: Language, text: str, plover: str, cameo: str, source: str
) -> None:
    events = code(nlp, text)
    assert [(e.plover, e.cameo) for e in events] == [(plover, cameo)], _coded(nlp, text)
    assert [s.text for s in events[0].sources] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nigeria expelled two Ghanaian traders.", "Nigeria"),
        ("Two journalists were expelled from India.", "India"),
    ],
)
def test_an_expulsion_from_a_country_stays_a_deportation(nlp: Language, text: str, source: str) -> None:
    events = code(nlp, text)
    assert [(e.plover, e.cameo) for e in events] == [("COERCE", "174")], _coded(nlp, text)
    assert [s.text for s in events[0].sources] == [source]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Peru's Congress removed President Martin Vizcarra from office in 2020.",
            "President Martin Vizcarra",
        ),
        ("The Labour Party suspended Jeremy Corbyn in 2020.", "Jeremy Corbyn"),
        (
            "The Turkish parliament lifted the immunity of pro-Kurdish lawmakers in 2016.",
            "pro-Kurdish lawmakers",
        ),
        ("The Ukrainian parliament waived the lawmaker's immunity.", "lawmaker"),
    ],
)
def test_an_office_holder_removed_suspended_or_stripped_of_immunity_is_coerced(
    nlp: Language, text: str, target: str
) -> None:
    events = code(nlp, text)
    assert [(e.plover, e.cameo) for e in events] == [("COERCE", "172")], _coded(nlp, text)
    assert target in [t.text for t in events[0].targets]


@pytest.mark.parametrize(
    "text",
    [
        "The defence lawyer impeached the witness's testimony.",
        "The army removed President Mohamed Bazoum in a coup.",
        "Workers removed the debris after the storm.",
        "The Kenyan senator waived his immunity.",
        "The lungs expel air.",
    ],
)
def test_the_words_in_other_senses_discipline_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover in ("ACCUSE", "COERCE", "CONCEDE")], _coded(nlp, text)


def test_a_motion_of_no_named_kind_is_no_event_noun_that_speaks(nlp: Language) -> None:
    """ "Motion" is a trigger only with "impeachment" or "censure" on it: a plain motion that urges
    is its mover's words (the check that vetoes words said by an event noun reads the noun's
    modifiers too)."""
    text = "Our Senate motion urges the Philippine government to protect the fishermen, the senator said."
    assert ("REQUEST", "020") in [(e.plover, e.cameo) for e in code(nlp, text)], _coded(nlp, text)
