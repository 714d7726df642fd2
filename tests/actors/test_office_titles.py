"""People named only by their office ("the governor", "a former mayor") as actors (issue 11,
stop 39): the events they take part in are kept, and different offices are kept apart. Every
sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find


def _targets(nlp: Language, text: str, plover: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.sector) for a in find(code(nlp, text), plover).targets]


def test_an_office_charged_with_a_deed_is_still_the_one_meant(nlp: Language) -> None:
    """ "accused the governor of lying": the "of" tells the charge, not the office's domain."""
    cases = (
        ("Opposition leaders accused the governor of lying about the budget.", "governor"),
        ("The unions accused the president of betraying the workers.", "president"),
        ("Farmers accused the minister of hiding the drought figures.", "minister"),
    )
    for text, office in cases:
        assert _targets(nlp, text, "ACCUSE") == [(office, "GOV")], text


def test_an_office_of_a_domain_is_no_description_read_back(nlp: Language) -> None:
    """ "the minister of health" names the office by its domain and may bring in someone new: no
    description of the office alone, as before."""
    events = code(nlp, "The minister of health criticized the unions on Monday.")
    assert all(a.text != "minister" for e in events for a in e.sources), events


def test_every_office_of_a_list_hung_as_an_apposition_is_an_actor(nlp: Language) -> None:
    """ "criticized the governor, the mayor and the judge": the parser hangs "the mayor and the
    judge" on "the governor" as its apposition; each office is a target."""
    cases = (
        (
            "Protesters criticized the governor, the mayor and the judge.",
            "ACCUSE",
            ["governor", "mayor", "judge"],
        ),
        (
            "The bishop praised the president, the senator and the prosecutor.",
            "SUPPORT",
            ["president", "senator"],
        ),
    )
    for text, plover, offices in cases:
        found = [t for t, _ in _targets(nlp, text, plover)]
        assert found[: len(offices)] == offices, text


def test_an_apposition_that_renames_the_office_holder_is_no_list(nlp: Language) -> None:
    """ "the governor, the state's top official": one person, no second office added."""
    for text in (
        "Voters praised the governor, the state's top official, on Monday.",
        "The union criticized the president, the chairman of the board.",
    ):
        events = code(nlp, text)
        assert all(len(e.targets) <= 1 for e in events), [(e.plover, e.targets) for e in events]


def test_two_unnamed_offices_are_two_actors(nlp: Language) -> None:
    """ "the mayor came to the governor's defense": both of no country yet and GOV, still two
    actors, so the one has the other as target."""
    cases = (
        (
            "Protesters criticized the governor on Monday. The next day the mayor came to the governor's "
            "defense.",
            "SUPPORT",
            ("mayor", "governor"),
        ),
        (
            "The president criticized the prime minister on Tuesday.",
            "ACCUSE",
            ("president", "prime minister"),
        ),
    )
    for text, plover, (source, target) in cases:
        event = find(code(nlp, text), plover)
        assert [a.text for a in event.sources] == [source], text
        assert [a.text for a in event.targets] == [target], text


def test_the_same_office_named_twice_is_one_actor(nlp: Language) -> None:
    """A description read back to the office named before stays that actor: no event of the
    governor upon the governor."""
    events = code(nlp, "The governor spoke on Monday. Later the governor praised the governor's staff.")
    assert all({a.text for a in e.sources}.isdisjoint({a.text for a in e.targets}) for e in events), [
        (e.plover, e.sources, e.targets) for e in events
    ]


def test_an_office_brought_in_with_a_is_an_actor_a_former_one_an_elite(nlp: Language) -> None:
    """ "charged a former mayor": one who held the office, of no office now (ELI, as "former
    Governor X" is); "arrested a judge": a court's."""
    cases = (
        ("Prosecutors charged a former mayor with fraud on Tuesday.", "ACCUSE", ("former mayor", "ELI")),
        ("Police arrested a judge in Lagos on Friday.", "COERCE", ("judge", "JUD")),
        ("Protesters met with a former governor on Friday.", "CONSULT", ("former governor", "ELI")),
    )
    for text, plover, target in cases:
        assert _targets(nlp, text, plover) == [target], text


def test_the_former_office_with_no_holder_named_is_an_elite(nlp: Language) -> None:
    event = find(code(nlp, "The former mayor criticized the new budget on Monday."), "ACCUSE")
    assert [(a.text, a.sector) for a in event.sources] == [("former mayor", "ELI")]


def test_a_title_used_as_a_common_noun_is_no_actor(nlp: Language) -> None:
    """ "every governor must sign", "the role of a judge", "he is a former mayor": no one meant."""
    for text in (
        "Every governor must sign the bill.",
        "Activists criticized the role of a judge in the case.",
        "Unions criticized the powers of a governor over the budget.",
    ):
        events = code(nlp, text)
        assert all(not e.targets for e in events), [(e.plover, e.targets) for e in events]
    assert code(nlp, "He is a former mayor of the town.") == []


def test_a_title_of_a_resolved_name_stays_the_named_person(nlp: Language) -> None:
    event = find(code(nlp, "Unions criticized Governor Frank Baines on Monday."), "ACCUSE")
    assert [a.text for a in event.targets] == ["Governor Frank Baines"]
