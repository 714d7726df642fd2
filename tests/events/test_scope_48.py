"""What a request, a demand, a wish or a purpose is for is no act of anyone (stop 48, scope), on
sentences written by the team.

PLOVER codes the asking (REQUEST by the one who asks, to the one asked), the refusal or the talks,
never their content as an act: "pressed his counterpart to open an investigation" opens none,
"wants Tokyo to provide aid" provides none, and "said the army must take responsibility
and let convoys in" concedes nothing when the reported "must" codes the demand. A wish asks no
one ("would like to see Warsaw agree", "hopes India will release"): its content is not coded
either. What forces are trained or armed for ("to fight the jihadists") is aimed at, not done. An
act that its embedding word does not code as an event, a conditional, a plan or vow of one's own
and a promise stay as they were.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code, dyad, find

from wirewatch.events.main import main_event
from wirewatch.model import Event

pytestmark = pytest.mark.slow


def _types(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.plover, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("text", "asked", "dyad_"),
    [
        (
            "The Philippine president pressed his Chinese counterpart to open an investigation "
            "into the collision.",
            "ACCUSE",
            ({"PHL"}, {"CHN"}),
        ),
        ("Seoul wants Tokyo to provide aid to the families of wartime labourers.", "AID", ({"KOR"}, {"JPN"})),
        ("Canada called on India to release the two detained diplomats.", "RETREAT", ({"CAN"}, {"IND"})),
    ],
)
def test_what_is_asked_for_is_the_request_only(
    nlp: Language, text: str, asked: str, dyad_: tuple[set[str], set[str]]
) -> None:
    events = code(nlp, text)
    assert dyad(find(events, "REQUEST")) == dyad_
    assert not [e for e in events if e.plover == asked], _types(events)


def test_what_a_reported_must_demands_is_no_act(nlp: Language) -> None:
    text = (
        "The Red Cross said the Sudanese army must take responsibility and let aid convoys reach "
        "the town, and that the convoys must be allowed to deliver medicine."
    )
    events = code(nlp, text)
    request = by_rule(events, "request.reported-must")
    assert dyad(request)[1] == {"SDN"}
    assert not [e for e in events if e.plover in ("CONCEDE", "AID")], _types(events)


def test_a_noun_in_a_demanded_clause_goes_with_it(nlp: Language) -> None:
    """ "must mediate peace talks": the talks read as told by the speaker are the demand's too."""
    events = code(nlp, "The Sudanese leader said Egypt must mediate new peace talks with Ethiopia.")
    assert find(events, "REQUEST")
    assert not [e for e in events if e.plover == "CONSULT"], _types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Berlin would like to see Warsaw agree to the new migration quotas.",
        "Ottawa hopes India will release the detained Canadians.",
        "Kenya expects Uganda to withdraw its troops from the border.",
    ],
)
def test_an_act_wished_of_another_is_no_event(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover in ("AGREE", "RETREAT")], _types(events)


def test_an_act_wished_is_no_candidate_of_the_classifier_either(nlp: Language) -> None:
    doc = nlp("Berlin would like to see Warsaw agree to the new migration quotas.")
    assert not [e for e in doc._.events or [] if e.plover == "AGREE"]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Russian instructors are training Malian soldiers to fight the jihadists.", "training"),
        ("Iran armed the Houthi rebels to attack Saudi oil facilities.", "armed"),
    ],
)
def test_what_forces_are_trained_or_armed_for_is_not_done(nlp: Language, text: str, given: str) -> None:
    events = code(nlp, text)
    assert [e for e in events if e.trigger.text == given and e.modality == "actual"], _types(events)
    assault = find(events, "ASSAULT")
    assert assault.modality == "hypothetical"


# --- negatives: what stays as it was ---------------------------------------------------------


def test_an_act_whose_asking_codes_nothing_stays_hypothetical(nlp: Language) -> None:
    arrest = find(code(nlp, "The court ordered police to arrest the former minister."), "COERCE")
    assert arrest.modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "plover", "modality"),
    [
        ("Iran vowed to retaliate against Israel.", "THREATEN", "actual"),
        ("The Turkish minister said the navy could blockade the port.", "COERCE", "hypothetical"),
        ("Putin promised that Russian troops would leave Syria.", "AGREE", "actual"),
        ("Kenya hopes it will sign the trade deal with Uganda.", "AGREE", "actual"),
    ],
)
def test_vows_conditionals_and_own_intents_stay(nlp: Language, text: str, plover: str, modality: str) -> None:
    assert find(code(nlp, text), plover).modality == modality


def test_the_request_is_the_main_event(nlp: Language) -> None:
    doc = nlp("Canada called on India to release the two detained diplomats.")
    event = main_event(doc, doc._.events or [])
    assert event is not None and event.plover == "REQUEST"


def test_money_sent_to_help_is_still_help_given(nlp: Language) -> None:
    event = by_rule(code(nlp, "The government sent new funding to help the flood victims."), "aid.help")
    assert event.modality == "actual"


def test_what_a_wisher_says_they_showed_was_done(nlp: Language) -> None:
    """A clause under the wisher's own act ("hope we showed you that ...") tells what was so, no
    act wished of another."""
    text = "'We hope we showed you that every possible suspect was investigated,' the police chief said."
    assert find(code(nlp, text), "ACCUSE").modality == "actual"
