"""Readings of stop 31 that are no event, or not the event the trigger's first sense codes (issue 10,
type precision on real news). Sentences written by the team about invented or paraphrased facts.

Classes: a talk in the singular is a speech, no consultation; defending or praising one's own act
supports no one; a reflexive object ("accepted himself") is no one else acted on; what one "has
to" or "has got to" do is an obligation, not done; a second verb sharing a denied auxiliary ("did not
enter the village or burn any homes") is denied too; "should" said of anyone at all ("no family
should have to bear such a loss") is a norm, no request; "no longer" denies the act.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


# --- a talk in the singular: a speech, no consultation ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The governor's talk about a stolen vote alarmed the state's election officials.",
        "Union leaders were angered by the minister's talk of wage cuts.",
        "The premier's tough talk on immigration worried Brussels.",
    ],
)
def test_a_talk_in_the_singular_is_no_consultation(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers held talks in Oslo on Tuesday.",
        "Kenya's president had a long talk with the rebel commander in Nairobi.",
        "Ethiopia and Eritrea opened talks on their disputed border.",
        # a bare singular, as headlines write the plural
        "Indian and Chinese envoys return to Geneva this week for talk on the disputed border.",
    ],
)
def test_talks_and_a_talk_with_a_partner_are_still_consultations(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "CONSULT")


# --- one's own act defended or praised: no support of another -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard defended its actions, saying its crew had fired only warning shots.",
        "The health minister defended her decision to close the clinics.",
        "Senior officials defended their handling of the flood relief.",
        "The army praised its own conduct during the floods.",
    ],
)
def test_ones_own_act_defended_supports_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Teachers defended the minister's decision to close the schools.",
        "Germany defended France's decision to recall its ambassador.",
        "The ruling party defended the president's policy on land reform.",
    ],
)
def test_anothers_act_defended_is_still_support(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        # ties are the pair's, not one side's own act
        "Chile and Peru have upgraded their diplomatic ties to embassy level.",
    ],
)
def test_a_mutual_tie_is_still_support(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "SUPPORT")


# --- a reflexive object of a verb that needs any object: no one else is acted on ----------


def test_accepting_oneself_is_no_agreement(nlp: Language) -> None:
    text = "The new mayor has accepted himself as he is, and nobody will change him."
    assert not [e for e in code(nlp, text) if e.plover == "AGREE"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Serbia accepted the court's ruling on the border.", "AGREE"),
        ("Germany returned the stolen statues to Libya.", "RETREAT"),
    ],
)
def test_any_other_object_still_codes(nlp: Language, text: str, plover: str) -> None:
    assert find(code(nlp, text), plover)


# --- "has to", "have got to": an obligation, no act done -----------------------------------


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The senator said Congress has to investigate the agency.", "ACCUSE"),
        ("The governor said Kenya has to expel the foreign monitors.", "SANCTION"),
        ("The Somali minister said Kenya has got to pull its troops out of the valley.", "RETREAT"),
        ("The opposition leader said the government has to release the detained journalists.", "RETREAT"),
    ],
)
def test_an_act_one_has_to_do_is_not_done(nlp: Language, text: str, plover: str) -> None:
    events = code(nlp, text)
    acts = [e for e in events if e.plover == plover]
    assert all(e.modality == "hypothetical" for e in acts), [(e.rule, e.modality) for e in acts]
    # where "has to" codes the demand, what it demands is no act of anyone (stop 48)
    assert acts or find(events, "REQUEST")


@pytest.mark.parametrize(
    ("text", "plover", "modality"),
    [
        ("The army had to withdraw from the town after heavy losses.", "RETREAT", "actual"),
    ],
)
def test_what_had_to_be_done_or_is_yet_to_come_keeps_its_reading(
    nlp: Language, text: str, plover: str, modality: str
) -> None:
    assert find(code(nlp, text), plover).modality == modality


# --- a denied auxiliary shared by a second verb denies both acts ----------------------------


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Witnesses said the soldiers did not enter the village or burn any homes.", "ASSAULT"),
        ("Kenya has not withdrawn its troops or apologized to Somalia.", "CONCEDE"),
    ],
)
def test_a_conjunct_sharing_a_denied_auxiliary_is_negated(nlp: Language, text: str, plover: str) -> None:
    assert all(e.polarity == "negated" for e in code(nlp, text) if e.plover == plover)
    assert find(code(nlp, text), plover)


@pytest.mark.parametrize(
    "text",
    [
        "The army did not attack the town but shelled the bridge.",
        "The army shelled the town and did not warn the residents.",
    ],
)
def test_an_act_said_against_a_denied_one_stays_affirmed(nlp: Language, text: str) -> None:
    shelling = [e for e in code(nlp, text) if e.cameo == "194"]
    assert shelling and all(e.polarity == "affirmed" for e in shelling)


# --- "should" said of anyone at all: a norm, no request -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The senator said no family should have to bear such a loss.",
        "The minister said any government should be ashamed of such a record.",
    ],
)
def test_an_obligation_of_anyone_at_all_asks_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]


def test_an_obligation_laid_on_a_named_actor_is_still_a_request(nlp: Language) -> None:
    assert find(code(nlp, "The senator said the police should release the protesters."), "REQUEST")


# --- "no longer": the act denied from now on ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # A named actor no longer defended is support withdrawn (SANCTION 160, test_political_recall_33).
        ("The speaker said he would no longer defend the decision.", "SUPPORT"),
        ("The army is no longer shelling the town.", "ASSAULT"),
    ],
)
def test_no_longer_denies_the_act(nlp: Language, text: str, plover: str) -> None:
    assert find(code(nlp, text), plover).polarity == "negated"


def test_support_no_longer_given_is_a_rejection(nlp: Language) -> None:
    assert find(code(nlp, "Kenya no longer supports the peace plan."), "REJECT")


def test_longer_alone_denies_nothing(nlp: Language) -> None:
    assert (
        find(code(nlp, "The army shelled the town for longer than a week."), "ASSAULT").polarity == "affirmed"
    )
