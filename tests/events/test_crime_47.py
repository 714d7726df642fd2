"""Who was hit, in passives and crime news (stop 47, crime47). Our own sentences about real kinds
of events.

- A passive of force that names whom it fell on ("my son has been shot") takes no one else from
  a clause the parse hangs on it: the frame of speech it is told in, misparsed as its complement,
  names the speaker, not the one shot.
- A "by" phrase of a bare participle is of the noun the participle describes ("dogs left behind
  by the villagers were shot", misparsed as a clause): the villagers shot no one.
- "Both women", "the two men": the two people named together last of that gender, not a man and a
  woman the parse coordinated.
- An attack by no one named, told only as to come or as possible ("warned that the house would be
  struck"), is a warning or a fear, no event.
- An act off a coast ("off Somalia", "off the coast of Yemen") happens at sea: not in that country,
  so neither its police nor its courts nor attackers of it did it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import actor_names, code

pytestmark = pytest.mark.slow


def _assaults(nlp: Language, text: str) -> list:
    return [e for e in code(nlp, text) if e.plover == "ASSAULT"]


def test_a_passive_that_names_the_one_shot_takes_no_speaker_as_the_one_hit(nlp: Language) -> None:
    text = 'Sandra Ortiz on Monday recalled screaming "Somebody help me, my son\'s been shot."'
    assert all("Sandra Ortiz" not in actor_names(e.targets) for e in _assaults(nlp, text))


def test_a_passive_still_names_whom_its_infinitive_falls_on(nlp: Language) -> None:
    text = "If needed, force will be used to remove the remaining residents from Houston."
    (event,) = [e for e in code(nlp, text) if e.plover == "COERCE"]
    assert {t.text for t in event.targets} == {"remaining residents"}


def test_a_by_phrase_of_a_participle_names_no_one_hit(nlp: Language) -> None:
    hit = [e for e in _assaults(nlp, "Dogs left behind by the villagers are being shot.")]
    assert all("villagers" not in {t.text for t in e.targets} for e in hit)


def test_the_subject_a_participle_describes_is_still_the_one_hit(nlp: Language) -> None:
    (event,) = _assaults(nlp, "Soldiers left behind by the army were shot.")
    assert {t.text for t in event.targets} == {"Soldiers"}


@pytest.mark.parametrize(
    "victims",
    [
        "Lisa Brown, 45 - an ex-girlfriend of Mr. Adams - and Susan Adams, 67, the defendant's mother",
        "Lisa Brown, 45, an ex-girlfriend of Mr. Adams, and Susan Adams, 67, his mother",
    ],
)
def test_both_women_are_no_man_named_with_a_woman(nlp: Language, victims: str) -> None:
    text = (
        "The suspect, Mark Adams, 40, has a long record of domestic abuse. The victims have been "
        f"identified as {victims}. A spokesman said both women were stabbed several times in the "
        "flat where they were found."
    )
    (event,) = [e for e in _assaults(nlp, text) if e.cameo == "182"]
    assert "Mark Adams" not in actor_names(event.targets)


@pytest.mark.parametrize(
    "text",
    [
        "She said she had left the house after a phone warning from the Israelis that the family home "
        "would be struck because her brother was a Hamas commander.",
        "Villagers near the border fear their homes will be shelled again.",
    ],
)
def test_an_attack_by_no_one_named_told_as_only_possible_is_no_event(nlp: Language, text: str) -> None:
    assert not [(e.cameo, e.rule) for e in _assaults(nlp, text)]


def test_an_attack_by_no_one_named_that_happened_is_still_coded(nlp: Language) -> None:
    (event,) = _assaults(nlp, "Five soldiers were killed in a roadside bombing.")
    assert {s.country for s in event.sources} == {None}


@pytest.mark.parametrize(
    "text",
    [
        "Twelve pirates were arrested off the coast of Somalia in 2011.",
        "The arrest of the pirates is the largest seizure of the patrols off Somalia.",
    ],
)
def test_an_arrest_off_a_coast_is_not_by_that_coasts_police(nlp: Language, text: str) -> None:
    assert all("SOM" not in {s.country for s in e.sources} for e in code(nlp, text))


def test_an_attack_off_a_coast_is_by_attackers_of_no_known_country(nlp: Language) -> None:
    (event,) = _assaults(nlp, "Two fishermen were shot off the coast of Yemen.")
    assert {s.country for s in event.sources} == {None}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Twelve pirates were arrested in the Somali port of Bosaso in 2011.", "SOM"),
        ("Two fishermen were shot near the coast of Yemen.", "YEM"),
    ],
)
def test_an_act_on_a_coast_is_still_that_countrys(nlp: Language, text: str, country: str) -> None:
    assert {s.country for e in code(nlp, text) for s in e.sources} == {country}
