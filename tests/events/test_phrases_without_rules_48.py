"""Common political phrases that had no rule, and negations the clause above them carries (issue
10, item 1 "Coverage"; stop 48, verbs48). Found on fresh real news (the Lee corpus' ABC stories,
half A); our own sentences about real kinds of events.

- Held told by a light verb and the state one is put in: "put under house arrest", "placed under
  arrest", "kept under house arrest", "taken into custody", "put behind bars" (CAMEO 173), active or
  passive; a plan put under review or a region under a curfew holds no one.
- An object and its complement the parse reads as a clause: "holds Moscow directly responsible"
  accuses (112), "declared the leader irrelevant" denounces (111); "said Moscow attacked" names
  no complement.
- A hunt by forces for a wanted person ("scoured the mountains for the gunmen") shows military or
  police power (150) against the one hunted; a search for survivors does not. Soldiers searching
  houses search premises (171), as the police do.
- A vow told in the agentless passive ("will be brought to justice, the president said")
  threatens (130), the speaker's; a doubt vows nothing.
- Force not ruled out ("did not rule out military action") is a veiled threat of it (138).
- Negations: "I don't think we can surrender" denies the surrender (a verb of belief's "not" is
  its clause's); "is not working to dismantle the gangs and arrest the smugglers" denies the
  arrest too; "said the cleric would not be arrested" is no denial of a deed done.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find, target_texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Egyptian police put the opposition leader under house arrest on Tuesday.", "opposition leader"),
        ("Myanmar's security forces placed the former premier under house arrest.", "former premier"),
        ("The Belarusian opposition leader was placed under house arrest.", "Belarusian opposition leader"),
        ("The Thai junta has kept the opposition leader under house arrest since 2021.", "opposition leader"),
        ("Two opposition leaders were taken into custody by police in Minsk.", "opposition leaders"),
        ("Kenyan police put the smugglers behind bars.", "smugglers"),
    ],
)
def test_held_told_by_a_light_verb_is_an_arrest(nlp: Language, text: str, target: str) -> None:
    event = find(code(nlp, text), "COERCE")
    assert (event.cameo, target_texts(event)) == ("173", [target])


@pytest.mark.parametrize(
    "text",
    [
        "The Indian government put the plan under review.",
        "The Egyptian army placed the region under a curfew.",
        "The Kenyan minister took the matter into account.",
    ],
)
def test_a_state_of_no_holding_is_no_arrest(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "173"]


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        ("Seoul holds Pyongyang fully accountable for the sinking.", "112", "Pyongyang"),
        ("The Indian government held Pakistan directly responsible for the incidents.", "112", "Pakistan"),
        ("The Ukrainians say they hold Mr Putin directly responsible for the incidents.", "112", "Putin"),
        ("The Israeli cabinet declared the Palestinian leader irrelevant.", "111", "Palestinian leader"),
        ("The Venezuelan opposition declared the government illegitimate.", "111", "government"),
    ],
)
def test_an_object_and_its_complement_read_as_a_clause(
    nlp: Language, text: str, cameo: str, target: str
) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert (event.cameo, target_texts(event)) == (cameo, [target])


@pytest.mark.parametrize(
    "text",
    ["The mayor of Lagos declared the bridge safe.", "The Nigerian president declared the summit open."],
)
def test_a_complement_that_judges_no_one_denounces_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Indian troops scoured the forests of Kashmir for the gunmen.", "gunmen"),
        ("American and Afghan forces scoured the eastern mountains for Osama bin Laden.", "Osama bin Laden"),
        ("US commandos were on the ground searching for the Taliban leader.", "leader"),
        ("Nigerian police combed the forest for the kidnappers.", "kidnappers"),
    ],
)
def test_a_hunt_by_forces_shows_their_power(nlp: Language, text: str, target: str) -> None:
    event = find(code(nlp, text), "MOBILIZE")
    assert event.cameo == "150"
    assert target in target_texts(event)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish soldiers searched the rubble for survivors.",
        "Police searched for the missing children in Kent.",
        "Villagers scoured the hills for the lost climbers.",
    ],
)
def test_a_search_for_the_lost_shows_no_force(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "MOBILIZE"]


def test_troops_searching_houses_search_premises(nlp: Language) -> None:
    text = "Russian tanks and troops raided the town of Kupiansk, arresting several men and searching homes."
    assert find(code(nlp, text), "COERCE") and [e for e in code(nlp, text) if e.cameo == "171"]


def test_a_vow_in_the_agentless_passive_is_the_speakers_threat(nlp: Language) -> None:
    text = "The Kenyan president said the militants would be brought to justice."
    event = find(code(nlp, text), "THREATEN")
    assert (event.cameo, [s.text for s in event.sources]) == ("130", ["Kenyan president"])


def test_a_doubt_vows_nothing(nlp: Language) -> None:
    assert not code(nlp, "Analysts doubt the militants will ever be brought to justice.")


def test_a_belief_denied_denies_its_clause(nlp: Language) -> None:
    text = "'I don't think that we can surrender to these groups,' the Colombian defence minister said."
    event = find(code(nlp, text), "RETREAT")
    assert event.polarity == "negated"


def test_a_negation_reaches_the_second_act_of_an_infinitive(nlp: Language) -> None:
    text = "The minister said Maduro is not working to dismantle the gangs and arrest the smugglers."
    event = find(code(nlp, text), "COERCE")
    assert event.polarity == "negated"


def test_an_act_not_to_come_is_no_denial(nlp: Language) -> None:
    events = code(nlp, "The Palestinian police chief said the cleric would not be arrested.")
    assert not [e for e in events if e.plover == "REJECT"]


def test_force_not_ruled_out_is_a_veiled_threat(nlp: Language) -> None:
    event = find(code(nlp, "The US president did not rule out military action against Iran."), "THREATEN")
    assert (event.cameo, target_texts(event)) == ("138", ["Iran"])


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Indian government ruled out military action against Pakistan.", "REJECT"),
        ("The French president did not rule out a new referendum.", "REJECT"),
    ],
)
def test_force_ruled_out_or_another_option_not_ruled_out_threatens_nothing(
    nlp: Language, text: str, plover: str
) -> None:
    assert [e.plover for e in code(nlp, text)] == [plover]
