"""Kinds of event missed in political news, stop 37, second pass (issue 10: recall on political
articles).

Classes left by the first pass: criticism told as an attitude ("was critical of", "dismissive
of"), as words had for someone ("had harsh words for", "kinder words for"), as a lashing, and as a
belittling description ("described the minister as weak"). The sentences are our own, on other
subjects, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Chilean foreign minister was sharply critical of the Argentine government.", "CHL", "ARG"),
        ("Norway's prime minister was openly dismissive of the Swedish government.", "NOR", "SWE"),
        ("The Thai opposition leader was scornful of the Thai army chief.", "THA", "THA"),
        ("The Czech president was contemptuous of the Czech parliament's inquiry.", "CZE", "CZE"),
    ],
)
def test_an_attitude_of_disapproval_of_an_actor_is_criticism(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "was critical of the government", "dismissive of", "scornful of", "contemptuous of the
    parliament's inquiry": the holder criticises the actor, or the doer of the act named (CAMEO
    111)."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111"
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister said the next week is critical for the talks.",
        "The Argentine striker was in critical condition after the match.",
        "The Chilean minister was critical of the weather forecast.",
    ],
)
def test_critical_of_no_actor_codes_no_criticism(nlp: Language, text: str) -> None:
    """A critical week, a striker in critical condition, a forecast no actor made: no charge."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ("The Turkish president had harsh words for the Greek government.", "ACCUSE", "TUR", "GRC"),
        ("The Indian minister reserved his sharpest words for Pakistan.", "ACCUSE", "IND", "PAK"),
        ("The Mexican president had kinder words for the Canadian prime minister.", "SUPPORT", "MEX", "CAN"),
        ("Egypt's foreign minister had warm words for the Saudi government.", "SUPPORT", "EGY", "SAU"),
    ],
)
def test_words_had_for_an_actor_judge_it(
    nlp: Language, text: str, plover: str, source: str, target: str
) -> None:
    """ "had harsh words for the government" criticises it (CAMEO 111); "had kind words for the
    prime minister" praises him (051)."""
    event = find(code(nlp, text), plover)
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish coach had kind words for the weather in Seville.",
        "The Turkish president had many words for the crowd in Ankara.",
    ],
)
def test_words_for_no_actor_or_of_no_judgement_code_nothing(nlp: Language, text: str) -> None:
    """Kind words for the weather name no actor; "many words" judges no one."""
    assert not [e for e in code(nlp, text) if e.plover in ("ACCUSE", "SUPPORT")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Brazilian president lashed the Argentine central bank over interest rates.", "BRA", "ARG"),
        ("Greek opposition leaders flayed the Greek government for the tax rise.", "GRC", "GRC"),
    ],
)
def test_lashing_an_actor_is_criticism(nlp: Language, text: str, source: str, target: str) -> None:
    """ "lashed the central bank over rates", "flayed the government": criticism (111) of an actor."""
    event = find(code(nlp, text), "ACCUSE")
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "A tropical storm lashed the coast of Cuba on Sunday.",
        "Heavy rain lashed Bangladesh for a third day.",
        "Cuban fishermen lashed the boats together before the storm.",
    ],
)
def test_lashing_by_weather_or_with_rope_codes_nothing(nlp: Language, text: str) -> None:
    """Storms and rain lash coasts; fishermen lash boats together: no words."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Danish minister described the Danish opposition leader as weak and naive.", "DNK", "DNK"),
        ("Colombia's president portrayed the Venezuelan president as a coward.", "COL", "VEN"),
        ("The Irish senator painted the Irish prime minister as clueless.", "IRL", "IRL"),
    ],
)
def test_a_belittling_description_of_an_actor_is_criticism(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "described the leader as weak", "portrayed the president as a coward": the words that
    belittle a person when called so (accuse.call-names-person) belittle when described so (111)."""
    event = find(code(nlp, text), "ACCUSE")
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Danish minister described the route as long and narrow.",
        "The Danish finance minister described the recovery as weak.",
    ],
)
def test_a_description_of_no_actor_codes_nothing(nlp: Language, text: str) -> None:
    """A long route, a weak recovery: no one belittled."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Kenyan senator said the Kenyan ministry's decision smacked of favoritism.", "KEN", "KEN"),
        ("Peru's opposition leader said the Peruvian president's pardon reeked of cronyism.", "PER", "PER"),
    ],
)
def test_an_act_that_smacks_of_a_wrong_is_criticism(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "said the ministry's decision smacked of favoritism", "reeks of cronyism": the speaker
    charges the doer of the act with the wrong it smacks of (CAMEO 111)."""
    event = find(code(nlp, text), "ACCUSE")
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan chef said the Kenyan ministry's sauce smacked of garlic.",
        "The Kenyan senator said the Kenyan ministry's ruling smacked of common sense.",
        "The Peruvian mayor said the Peruvian army's barracks reeked of sewage.",
    ],
)
def test_smacking_of_no_wrong_codes_nothing(nlp: Language, text: str) -> None:
    """Garlic, common sense and sewage are no wrong: no charge."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]
