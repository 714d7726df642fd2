"""Actor classes of real news at stop 39 (issue 11): sources, sectors and targets the held-out
readings missed. Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, coded_types, find


def test_the_pronoun_owner_of_help_rallied_to_is_the_one_helped(nlp: Language) -> None:
    """ "came to his defense": the owner of the help is someone the text named before, never the
    one who comes to help, however near that subject stands."""
    cases = (
        (
            "Unions criticized Senator Paul Ruiz on Monday. The next day Governor Frank Baines came "
            "to his defense.",
            "Senator Paul Ruiz",
        ),
        (
            "After Mayor Tom Ruiz was attacked, Governor Ann Baines came to his defense on Monday.",
            "Mayor Tom Ruiz",
        ),
        (
            "Critics mocked Minister Omar Haddad over the budget. Premier Leo Strand rushed to his "
            "defence on Tuesday.",
            "Minister Omar Haddad",
        ),
    )
    for text, helped in cases:
        event = find(code(nlp, text), "SUPPORT")
        assert event.cameo == "052", text
        assert [a.text for a in event.targets] == [helped], text


def test_a_possessive_on_other_nouns_after_coming_is_no_help(nlp: Language) -> None:
    """A possessive on a noun no verb of rallying goes to codes nothing: "came to his office",
    "said his defense of the plan was sound" (his own argument)."""
    for text in (
        "Unions criticized Senator Paul Ruiz on Monday. Governor Frank Baines came to his office.",
        "Unions criticized Senator Paul Ruiz on Monday. Governor Frank Baines said his defense of the "
        "plan was sound.",
    ):
        assert coded_types(nlp, text) == ["ACCUSE"], text


def test_every_actor_of_a_list_the_parser_hung_as_an_apposition_is_a_target(nlp: Language) -> None:
    """ "praised the police, the army and the firefighters": the parser hangs "the army and the
    firefighters" on "the police" as its apposition; the army is named as well, not renamed."""
    cases = (
        ("The president praised the police, the army and the firefighters.", "SUPPORT", ["police", "army"]),
        (
            "The bishop condemned the rebels, the army and the militias on Sunday.",
            "ACCUSE",
            ["rebels", "army"],
        ),
    )
    for text, plover, targets in cases:
        assert [a.text for a in find(code(nlp, text), plover).targets][:2] == targets, text


def test_an_apposition_that_describes_a_person_adds_no_target(nlp: Language) -> None:
    """ "Tom Ruiz, the police chief and a veteran": descriptions of the one person, no list."""
    event = find(code(nlp, "The mayor praised Tom Ruiz, the police chief and a veteran."), "SUPPORT")
    assert [a.text for a in event.targets] == ["Tom Ruiz"]


def _agency(nlp: Language, text: str) -> tuple[str | None, str | None]:
    found = [m for m in nlp(text)._.mentions or [] if m.text.lower() == "the agency"]
    assert found, text
    return found[-1].country, found[-1].sector


def test_a_body_in_a_persons_title_is_no_antecedent_over_the_body_spoken_of(nlp: Language) -> None:
    """ "State Department spokesman Mark Toner said the FBI had ...; the agency": the spokesman
    speaks, his department does not; the agency is the police body he spoke of, which news calls
    an agency as it does a ministry."""
    for text in (
        "State Department spokesman Mark Toner said on Tuesday that the FBI had questioned the "
        "diplomat. The agency opened an investigation into the leak in May.",
        "A Treasury Department spokeswoman said the FBI was reviewing the records. The agency "
        "launched its probe of the senator in July.",
    ):
        assert _agency(nlp, text) == ("USA", "COP"), text


def test_an_agency_after_a_department_that_acts_is_the_department(nlp: Language) -> None:
    """The department itself acting, with no person in its phrase, stays the antecedent."""
    text = (
        "The State Department said on Tuesday that it had questioned the diplomat. The agency "
        "opened an investigation into the leak in May."
    )
    assert _agency(nlp, text) == ("USA", "GOV")
