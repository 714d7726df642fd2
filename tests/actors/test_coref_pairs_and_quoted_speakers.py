"""Two readings of who a person is (issue 11, stop 41), sentences written for these tests:

- a given name alone coordinated with a full name shares its surname ("Dariusz and Peter Kowalski"
  are Dariusz Kowalski and Peter Kowalski), so that a later "Dariusz Kowalski" is not Peter,
  the one named in full;
- a "he" inside the quotation of a speaker who is a "he" too is not that speaker: the speaker's
  pronoun is resolved first, and the quotation's "he" is someone else.
"""

from __future__ import annotations

from spacy.language import Language

PAIR = (
    "Customs officers detained Dariusz and Peter Kowalski at the airport in Denver on Sunday. "
    "The brothers were charged with smuggling.\n\n"
    "Dariusz Kowalski told the judge he had not known what the crates held. "
    "Peter Kowalski said he had been asleep."
)


def test_a_given_name_coordinated_with_a_full_name_shares_its_surname(nlp: Language) -> None:
    mentions = nlp(PAIR)._.mentions
    names = {m.text: m.name for m in mentions if m.rule == "person" and "Kowalski" in (m.name or "")}
    assert names == {
        "Dariusz": "Dariusz Kowalski",
        "Peter Kowalski": "Peter Kowalski",
        "Dariusz Kowalski": "Dariusz Kowalski",
    }


def test_each_of_the_pair_speaks_for_himself(nlp: Language) -> None:
    doc = nlp(PAIR)
    assert [m.name for m in doc._.mentions if m.text == "he"] == ["Dariusz Kowalski", "Peter Kowalski"]


def test_a_known_surname_coordinated_with_a_full_name_takes_no_other_surname(nlp: Language) -> None:
    """Negative: "Putin" is a surname the knowledge base knows, not a given name of Xi's."""
    doc = nlp("Presidents Putin and Xi Jinping met in Moscow on Tuesday to discuss trade.")
    names = [m.name for m in doc._.mentions if m.kind == "person"]
    assert "Putin Jinping" not in names and "Xi Jinping" in names


def test_two_full_names_in_a_pair_keep_their_own(nlp: Language) -> None:
    """Negative: a pair both named in full is read as before."""
    doc = nlp("Police arrested Maria Ruiz and Daniel Ruiz in Madrid on Monday.")
    assert [m.name for m in doc._.mentions if m.kind == "person"] == ["Maria Ruiz", "Daniel Ruiz"]


LAWYER = (
    "The former governor Paul Hart was indicted for bribery on Monday. His attorney, Ben Ortiz, "
    "met reporters outside the courthouse on Tuesday.\n\n"
)


def test_a_he_quoted_by_a_he_is_not_the_speaker(nlp: Language) -> None:
    doc = nlp(LAWYER + "\u201cHe has never taken a dollar from anyone,\u201d he said.")
    assert [m.name for m in doc._.mentions if m.text.lower() == "he"] == ["Paul Hart", "Ben Ortiz"]


def test_a_he_after_the_quotation_still_goes_on_with_the_speaker(nlp: Language) -> None:
    """Negative: the speaker's own "he", outside the quotation, keeps the lawyer."""
    doc = nlp(LAWYER + "\u201cThe trial will show the truth,\u201d he said. He added that the case was weak.")
    assert [m.name for m in doc._.mentions if m.text.lower() == "he"] == ["Ben Ortiz", "Ben Ortiz"]


# A plural "they" after a pair acted: the pair, not the nearest plural name (issue 11, stop 41).
BUDGET = "Mayor Rosa Diaz and Governor Tom Hale cut the school budget in March. "


def test_they_is_the_pair_not_a_group_let_do_something_after_it(nlp: Language) -> None:
    """The subject of "allowed X to become" is the object of "allowed", no subject of its own."""
    text = BUDGET + (
        "Their cuts allowed the teachers' union to become a powerful force in the city.\n\n"
        "They cannot blame the deficit on the unions."
    )
    blame = next(e for e in nlp(text)._.events if e.trigger.text == "blame")
    assert sorted(a.name for a in blame.sources) == ["Rosa Diaz", "Tom Hale"]


def test_they_is_the_whole_pair_not_its_plural_member(nlp: Language) -> None:
    text = "The governor and the state senators cut the school budget in March.\n\nThey blamed the teachers."
    blamed = next(e for e in nlp(text)._.events if e.trigger.text == "blamed")
    assert sorted(a.text for a in blamed.sources) == ["governor", "state senators"]


def test_they_is_still_the_nearer_group_that_acted_after_the_pair(nlp: Language) -> None:
    """Negative: a group that is the subject of a later sentence is still the nearer one."""
    text = BUDGET + "The striking nurses marched on the capitol in April.\n\nThey demanded new talks."
    demanded = next(e for e in nlp(text)._.events if e.trigger.text == "demanded")
    assert [a.text for a in demanded.sources] == ["striking nurses"]
