"""Acts told as nouns (stop 48, recall: political acts told only by their noun), on sentences
written by the team.

- A hearing a legislature holds into an actor's conduct or a wrong is its inquiry (CAMEO 090); a
  court's hearing, or one on a budget or a nomination, looks into no one.
- A news or press conference with another party named in its own "with" phrase is a meeting with
  it (CAMEO 040), also for whoever acts "at" it; one held alone or with reporters or
  private people shown to the public meets no one.
- The imposition of sanctions, tariffs or duties is their imposing (CAMEO 163) by its possessor or
  compound; the imposition of anything else is no sanction.
- The demolition of homes or buildings is their demolishing (CAMEO 171) by its possessor, "by"
  phrase or light verb's subject, with the owners' side named.
- An event noun that is the subject of a phase verb under a modal of possibility ("talks could
  resume"), that its predicate calls possible, likely or unlikely, or that "any" leads as subject
  ("any sanctions would hurt") is only possible.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code, dyad

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The House committee held public hearings on Russian meddling in the 2016 election.", "RUS"),
        ("The parliamentary committee concluded its hearing into Boris Johnson's conduct.", "GBR"),
    ],
)
def test_a_legislatures_hearing_into_a_conduct_is_its_inquiry(nlp: Language, text: str, target: str) -> None:
    event = by_rule(code(nlp, text), "accuse.hearing")
    assert event.cameo == "090" and event.modality == "actual"
    assert [a.sector for a in event.sources] == ["LEG"]
    assert dyad(event)[1] == {target}


@pytest.mark.parametrize(
    "text",
    [
        "A Madrid court held a hearing on the Catalan leader's conduct.",
        "The Senate committee held a hearing on Obama's nominee for attorney general.",
        "The House committee held a hearing on the Pentagon's budget.",
    ],
)
def test_a_hearing_on_no_wrong_or_by_a_court_is_no_inquiry(nlp: Language, text: str) -> None:
    # negative: a court hears a case; a budget or a nominee is no conduct looked into
    assert not [e for e in code(nlp, text) if e.rule == "accuse.hearing.n"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Scholz spoke at a joint news conference with Macron in Paris.", {"DEU", "FRA"}),
        ("At a press conference with Erdogan, Putin praised the grain deal.", {"RUS", "TUR"}),
    ],
)
def test_a_news_conference_with_another_party_is_a_meeting(nlp: Language, text: str, sides: set[str]) -> None:
    event = by_rule(code(nlp, text), "consult.news-conference")
    sources, targets = dyad(event)
    assert event.cameo == "040" and sources | targets == sides


@pytest.mark.parametrize(
    "text",
    [
        "Biden held a news conference in Washington on Friday.",
        "Biden held a press conference with reporters at the White House.",
        "Biden held a news conference with three Ohio women who said they had been defrauded.",
    ],
)
def test_a_news_conference_with_no_party_met_is_no_meeting(nlp: Language, text: str) -> None:
    # negative: alone, or telling the press, one meets no political actor
    assert not [e for e in code(nlp, text) if e.plover == "CONSULT"]


def test_the_imposition_of_tariffs_is_their_imposing(nlp: Language) -> None:
    events = code(nlp, "Beijing condemned the US imposition of tariffs on Chinese steel.")
    event = by_rule(events, "sanction.imposition")
    assert event.cameo == "163" and dyad(event) == ({"USA"}, {"CHN"})


def test_the_imposition_of_a_curfew_is_no_sanction(nlp: Language) -> None:
    # negative: only sanctions, tariffs and duties are imposed as a sanction
    events = code(nlp, "The Israeli imposition of a curfew on Hebron drew protests.")
    assert not [e for e in events if e.plover == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Israel's demolition of Palestinian homes in Silwan drew protests.",
        "The EU condemned the demolition of Palestinian schools by Israel.",
    ],
)
def test_the_demolition_of_homes_is_their_demolishing(nlp: Language, text: str) -> None:
    event = by_rule(code(nlp, text), "coerce.demolition")
    assert event.cameo == "171" and dyad(event)[0] == {"ISR"}


def test_the_demolition_of_a_stadium_by_no_one_named_is_no_act(nlp: Language) -> None:
    # negative: no doer, no owner's side
    events = code(nlp, "The demolition of the old stadium in Turin began in May.")
    assert not [e for e in events if e.cameo == "171"]


def test_talks_that_could_resume_are_only_possible(nlp: Language) -> None:
    event = by_rule(code(nlp, "Talks between Athens and Ankara could resume in the spring."), "consult.talks")
    assert event.modality == "hypothetical"


def test_talks_that_resumed_are_held(nlp: Language) -> None:
    event = by_rule(code(nlp, "Talks between Athens and Ankara resumed in the spring."), "consult.talks")
    assert event.modality == "actual"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("A summit between Xi and Biden is possible this year, officials in Beijing said.", "consult.summit"),
        ("Recognition of Kosovo by Belgrade remains unlikely.", "support.recognition"),
        ("Talks between Kyiv and Moscow are unlikely to resume before the winter.", "consult.talks"),
        ("Any sanctions by the EU on Chinese firms would hurt German carmakers.", "sanction.sanctions"),
    ],
)
def test_an_act_said_to_be_possible_or_of_any_kind_is_only_possible(
    nlp: Language, text: str, rule: str
) -> None:
    event = by_rule(code(nlp, text), rule)
    assert event.modality == "hypothetical" and event.plover != "THREATEN"


def test_an_act_said_to_have_been_brief_was_held(nlp: Language) -> None:
    # negative: a predicate that judges no likelihood leaves the talks held
    event = by_rule(code(nlp, "The talks between Kyiv and Moscow were brief."), "consult.talks")
    assert event.modality == "actual"
