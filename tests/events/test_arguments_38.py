"""Argument shapes that lost events or targets on real news, stop 38 (issues 10 and 11, helper
G2), on sentences written by the team: a gerund phrase fronted before its clause is done by the
clause's subject; a charge's target hung on what it charges ("allegations of fraud against X")
is the noun's; charges filed or brought against someone accuse them; going to someone's defence or aid names
the one helped by the owner of the help, the helper by the verb's subject."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover", "countries"),
    [
        (
            "After criticizing the Greek government, the Turkish president flew to Ankara.",
            "ACCUSE",
            ({"TUR"}, {"GRC"}),
        ),
        (
            "Before meeting the Iranian foreign minister, the Iraqi premier visited Baghdad.",
            "CONSULT",
            ({"IRQ"}, {"IRN"}),
        ),
        ("By expelling the Russian envoy, Poland angered Moscow.", "SANCTION", ({"POL"}, {"RUS"})),
    ],
)
def test_a_fronted_gerund_is_done_by_the_clause_subject(
    nlp: Language, text: str, plover: str, countries: tuple[set[str], set[str]]
) -> None:
    assert dyad(find(code(nlp, text), plover)) == countries


def test_a_fronted_gerund_before_a_passive_clause_has_no_doer(nlp: Language) -> None:
    """A dangling modifier: the clause's subject is no one who met the envoy."""
    events = code(nlp, "After meeting the Iranian envoy, the Saudi plan was shelved.")
    assert not [e for e in events if e.plover == "CONSULT" and "SAU" in dyad(e)[0]]


def test_a_fronted_gerund_before_a_verb_of_saying_is_not_the_speakers(nlp: Language) -> None:
    """The phrase may belong to the reported clause: the officer tells who shot, the gunman did."""
    events = code(nlp, "After shooting the Canadian tourist, the police officer said the gunman fled.")
    assert not [e for e in events if e.plover == "ASSAULT" and any(a.sector == "COP" for a in e.sources)]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan opposition has repeatedly made allegations of fraud against the Ugandan minister.",
        "The Kenyan senator made accusations of bribery against the Ugandan company.",
    ],
)
def test_a_target_hung_on_what_a_charge_is_of_is_the_charges(nlp: Language, text: str) -> None:
    assert dyad(find(code(nlp, text), "ACCUSE")) == ({"KEN"}, {"UGA"})


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan prosecutors brought charges of fraud against the Ugandan minister.",
        "The Kenyan opposition filed charges against the Ugandan minister.",
    ],
)
def test_charges_brought_against_someone_accuse_them(nlp: Language, text: str) -> None:
    assert dyad(find(code(nlp, text), "ACCUSE")) == ({"KEN"}, {"UGA"})


def test_being_in_charge_is_no_accusation(nlp: Language) -> None:
    events = code(nlp, "The Kenyan minister was in charge of the Ugandan border talks.")
    assert not [e for e in events if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Kenyan foreign minister came to the Ugandan president's defense.", "SUPPORT"),
        ("The French government rose to the German chancellor's defence.", "SUPPORT"),
        ("Kenya rushed to Uganda's aid after the floods.", "AID"),
    ],
)
def test_the_owner_of_help_gone_to_is_the_one_helped(nlp: Language, text: str, plover: str) -> None:
    event = find(code(nlp, text), plover)
    sources, targets = dyad(event)
    assert len(sources) == 1 and len(targets) == 1 and sources != targets
    assert targets <= {"UGA", "DEU"}


def test_a_defence_owned_by_its_doer_is_no_help_to_it(nlp: Language) -> None:
    """Uganda defends its border: a state's own defence, not words for Uganda by anyone."""
    events = code(nlp, "Kenya criticised Uganda's defence of its border.")
    assert not [e for e in events if e.plover == "SUPPORT" and "UGA" in dyad(e)[1]]


def test_the_defense_of_a_state_is_no_words_of_support(nlp: Language) -> None:
    """A treaty's armed defence of allies: no verbal SUPPORT for them."""
    events = code(nlp, "The Polish president said Poland would come to the defense of Lithuania and Latvia.")
    assert not [e for e in events if e.rule.startswith("support.come-to")]


def test_an_official_protest_targets_the_one_it_is_lodged_with(nlp: Language) -> None:
    # CAMEO 114: a complaint made officially "to" a government is against that government
    text = "Ghana's foreign ministry protested to the Togolese authorities over the arrest of its fishermen."
    assert dyad(find(code(nlp, text), "ACCUSE")) == ({"GHA"}, {"TGO"})
