"""Acts a sentence mentions that are not its acts (stop 43, scope), on sentences written by the team.

A past participle hung on a noun with no "by" phrase ("the weapons used to kill the mayor", "the
frigate deployed in the strait") is a passive with its doer unnamed: the subject of the verb that
takes the noun only speaks of it, and the participle is no act of theirs. A present clause under
"whenever" says what happens each time, not an act done once.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


def _acts(nlp: Language, text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(e.plover, e.trigger.text, e.modality, tuple(s.text for s in e.sources)) for e in code(nlp, text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Colonel Diaz would not describe the boats used to attack the tanker.", "attack"),
        ("The police chief declined to discuss the tools used to attack the embassy.", "attack"),
    ],
)
def test_a_reduced_passive_on_a_noun_is_not_the_speakers_act(nlp: Language, text: str, trigger: str) -> None:
    acts = _acts(nlp, text)
    assert not [a for a in acts if a[1] == trigger], acts


def test_a_participle_describing_a_ship_is_no_deployment(nlp: Language) -> None:
    text = "The corvette, deployed in the strait since March, was shelled by the rebels."
    acts = _acts(nlp, text)
    assert not [a for a in acts if a[0] == "MOBILIZE"], acts
    assert [a for a in acts if a[0] == "ASSAULT"], acts


def test_the_act_with_its_own_subject_stays(nlp: Language) -> None:
    # negative: the same infinitive with a subject of its own is that subject's act
    event = by_rule(code(nlp, "The sheriff said the rebels used rifles to kill the mayor."), "assault.kill")
    assert [s.text for s in event.sources] == ["rebels"]


def test_a_participle_with_its_agent_stays(nlp: Language) -> None:
    # negative: a "by" phrase names the participle's doer
    events = code(nlp, "Russia condemned the sanctions imposed by the European Union.")
    assert by_rule(events, "accuse.condemn").plover == "ACCUSE"
    assert [s.text for s in by_rule(events, "sanction.sanctions.n").sources] == ["European Union"]


@pytest.mark.parametrize(
    "text",
    [
        "Whenever opposition lawmakers boycott the vote, they are not helping the refugees, she said.",
        "Whenever the generals complain to reporters, they do not help the soldiers at the front.",
        "Whenever ministers speak this way, they are attacking the judges, the lawyer said.",
    ],
)
def test_a_present_clause_under_whenever_is_a_habit(nlp: Language, text: str) -> None:
    acts = _acts(nlp, text)
    assert not [a for a in acts if a[0] in ("AID", "ACCUSE", "ASSAULT")], acts


def test_an_act_told_once_stays(nlp: Language) -> None:
    # negative: no "whenever"; the present progressive tells what is being done now
    event = by_rule(code(nlp, "The Kenyan army is not helping the refugees, the minister said."), "aid.help")
    assert (event.plover, event.polarity) == ("AID", "negated")
