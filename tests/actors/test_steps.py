"""The actor steps on hand-built Docs (words, spaces, heads, dependencies and entities set by
hand on a blank English vocabulary): no model is loaded (issue 11)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from wirewatch.actors.context import ContextMatcher, load_context_forms
from wirewatch.actors.dateline import find_dateline
from wirewatch.actors.kb import ActorKB, load_curated
from wirewatch.actors.lexicon import SectorLexicon
from wirewatch.actors.names import has_name_shape, is_headline, learnable, name_pieces
from wirewatch.actors.organisations import Organisation, OrganisationMatcher, in_context, load_organisations
from wirewatch.actors.people import distinctive_parts
from wirewatch.actors.resolve import ActorResolver
from wirewatch.actors.roles import event_period, ref_in_time
from wirewatch.extensions import register_extensions
from wirewatch.gazetteer.countries import Gazetteer
from wirewatch.gazetteer.words import name_particles, place_words
from wirewatch.model import ActorRef, Inference, KnownActor, Mention, RoleSpan


@lru_cache(maxsize=1)
def _nlp() -> Language:
    register_extensions()
    return spacy.blank("en")


@lru_cache(maxsize=1)
def _resolver() -> ActorResolver:
    nlp = _nlp()
    return ActorResolver(
        nlp,
        Gazetteer.load(),
        SectorLexicon.load(),
        OrganisationMatcher(nlp, load_organisations()),
        ActorKB(load_curated()),
        ContextMatcher(nlp, load_context_forms()),
    )


def doc_of(
    tokens: list[tuple[str, int, str]],
    ents: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
    published: dt.date | None = None,
    sent_starts: tuple[int, ...] = (0,),
) -> Doc:
    """A Doc from (word, head index, dependency) triples; a space after every word but the
    last and before punctuation; `ents` as (start, end, label)."""
    words = [w for w, _, _ in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", ".", "'s"} for i in range(len(words))]
    doc = Doc(
        _nlp().vocab,
        words=words,
        spaces=spaces,
        heads=[h for _, h, _ in tokens],
        deps=[d for _, _, d in tokens],
        sent_starts=[i in sent_starts for i in range(len(words))],
    )
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    doc._.published = published
    return doc


def mentions_of(doc: Doc) -> dict[str, Mention]:
    return {m.text: m for m in _resolver()(doc)}


def test_a_capital_that_speaks_is_its_government_and_a_visited_one_a_place() -> None:
    said = doc_of([("Moscow", 1, "nsubj"), ("said", 1, "ROOT"), ("no", 1, "dobj"), (".", 1, "punct")])
    assert (mentions_of(said)["Moscow"].kind, mentions_of(said)["Moscow"].sector) == ("country", "GOV")
    visited = doc_of([("Envoys", 1, "nsubj"), ("visited", 1, "ROOT"), ("Kyiv", 1, "dobj"), (".", 1, "punct")])
    assert mentions_of(visited)["Kyiv"].kind == "place"
    shelled = doc_of(
        [("Kyiv", 2, "nsubjpass"), ("was", 2, "auxpass"), ("shelled", 2, "ROOT"), (".", 2, "punct")]
    )
    assert (mentions_of(shelled)["Kyiv"].kind, mentions_of(shelled)["Kyiv"].country) == ("place", "UKR")


def test_a_dateline_is_no_actor() -> None:
    words = ["PRETORIA", ",", "Nov", "2", "(", "Reuters", ")", "-", "Kenya", "signed", "."]
    heads = [9, 0, 0, 2, 5, 0, 5, 9, 9, 9, 9]
    deps = [
        "npadvmod",
        "punct",
        "appos",
        "nummod",
        "punct",
        "appos",
        "punct",
        "punct",
        "nsubj",
        "ROOT",
        "punct",
    ]
    doc = doc_of(list(zip(words, heads, deps, strict=True)))
    found = mentions_of(doc)
    assert found["PRETORIA"].kind == "place" and found["PRETORIA"].rule == "dateline"
    assert "Reuters" not in found and found["Kenya"].country == "KEN"


def test_a_dateline_the_ner_takes_for_a_person_is_no_person() -> None:
    words = ["LE", "BOURGET", ",", "France", "(", "Reuters", ")", "-", "Talks", "ended", "."]
    heads = [1, 9, 1, 1, 5, 1, 5, 9, 9, 9, 9]
    deps = [
        "compound",
        "npadvmod",
        "punct",
        "appos",
        "punct",
        "appos",
        "punct",
        "punct",
        "nsubj",
        "ROOT",
        "punct",
    ]
    doc = doc_of(list(zip(words, heads, deps, strict=True)), ents=[(0, 2, "PERSON"), (3, 4, "GPE")])
    assert not [m for m in _resolver()(doc) if m.kind != "place"]


def test_find_dateline_needs_a_dash_or_an_agency() -> None:
    nlp = _nlp()
    assert find_dateline(nlp("WASHINGTON (AP) \u2014 The talks began.")) is not None
    assert find_dateline(nlp("US-China talks resumed on Monday.")) is None
    assert find_dateline(nlp("UN, US and EU officials met.")) is None


def test_a_dateline_in_title_case_below_a_title_line() -> None:
    nlp = _nlp()
    dateline = find_dateline(nlp("Trade pact stalls\n\nOttawa (AFP) \u2013 The talks broke down."))
    assert dateline is not None and dateline.place.text == "Ottawa"


def test_platforms_are_no_actors() -> None:
    doc = doc_of(
        [("Twitter", 1, "nsubj"), ("denied", 1, "ROOT"), ("it", 1, "dobj"), (".", 1, "punct")],
        ents=[(0, 1, "PERSON")],
    )
    assert _resolver()(doc) == []


def _located(noun: str, first: str, second: str) -> list[tuple[str, int, str]]:
    """ "<noun> in <first> <second> voted ." """
    return [
        (noun, 4, "nsubj"),
        ("in", 0, "prep"),
        (first, 3, "compound"),
        (second, 1, "pobj"),
        ("voted", 4, "ROOT"),
    ]


@pytest.mark.parametrize(
    ("tokens", "text", "country"),
    [
        (_located("Voters", "New", "Mexico"), "New Mexico", "USA"),
        (_located("Police", "Mexico", "City"), "Mexico City", "MEX"),
    ],
)
def test_a_longer_place_name_is_read_whole(
    tokens: list[tuple[str, int, str]], text: str, country: str
) -> None:
    found = mentions_of(doc_of(tokens))
    assert found[text].country == country and "Mexico" not in found


def test_a_demonym_that_begins_a_place_name_is_no_nationality() -> None:
    # Issue 11 (helper draw 3121): "Vancouver, British Columbia" named Britain ("British").
    found = mentions_of(doc_of(_located("Firefighters", "British", "Columbia")))
    assert found["British Columbia"].country == "CAN" and "British" not in found


def test_a_place_after_a_comma_lies_in_that_division() -> None:
    words = ["A", "man", "in", "Paris", ",", "Texas", ",", "died", "."]
    heads = [1, 7, 1, 2, 3, 3, 7, 7, 7]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "appos", "punct", "ROOT", "punct"]
    found = mentions_of(
        doc_of(list(zip(words, heads, deps, strict=True)), ents=[(3, 4, "GPE"), (5, 6, "GPE")])
    )
    assert found["Paris"].country == "USA"


def test_a_division_named_after_a_capital_is_not_that_country() -> None:
    words = ["Sheriffs", "in", "Lima", "County", "said", "."]
    heads = [4, 0, 3, 1, 4, 4]
    deps = ["nsubj", "prep", "compound", "pobj", "ROOT", "punct"]
    found = mentions_of(doc_of(list(zip(words, heads, deps, strict=True))))
    assert "Lima" not in found and all(m.country != "PER" for m in found.values())


@pytest.mark.parametrize("country", ["U.S.", "US"])
def test_a_country_abbreviation_names_no_division(country: str) -> None:
    """Issue 10: "the US State Department" was read as a division "US State" of no country,
    blocking the department, and its events went uncoded; "Washington State" still is one."""
    words = ["The", country, "State", "Department", "praised", "Ghana", "."]
    heads = [3, 3, 3, 4, 4, 4, 4]
    deps = ["det", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"]
    found = mentions_of(
        doc_of(list(zip(words, heads, deps, strict=True)), ents=[(0, 4, "ORG"), (5, 6, "GPE")])
    )
    department = next(m for m in found.values() if "Department" in m.text)
    assert (department.country, department.sector) == ("USA", "GOV")


def test_an_acronym_is_read_in_the_story_of_its_country() -> None:
    words = ["The", "RSF", "attacked", "Sudan", "'s", "army", "."]
    heads = [1, 2, 2, 5, 3, 2, 2]
    deps = ["det", "nsubj", "ROOT", "poss", "case", "dobj", "punct"]
    found = mentions_of(doc_of(list(zip(words, heads, deps, strict=True))))
    assert (found["RSF"].country, found["RSF"].sector) == ("SDN", "REB")
    elsewhere = doc_of([("RSF", 1, "nsubj"), ("said", 1, "ROOT"), (".", 1, "punct")])
    assert mentions_of(elsewhere)["RSF"].name == "Reporters Without Borders"


def test_in_context_prefers_the_story_reading_then_the_plain_one() -> None:
    ngo = Organisation("Watchers", ("WW",), None, "NGO")
    militia = Organisation("West Wing", ("WW",), "SDN", "REB", frozenset({"SDN"}))
    assert in_context([ngo, militia], {"SDN"}) == militia
    assert in_context([ngo, militia], {"FRA"}) == ngo
    assert in_context([militia], {"FRA"}) is None


def test_fighters_named_after_an_organisation_are_its_wherever_they_are() -> None:
    words = ["FARC", "rebels", "in", "Havana", "said", "."]
    heads = [1, 4, 1, 2, 4, 4]
    deps = ["compound", "nsubj", "prep", "pobj", "ROOT", "punct"]
    found = mentions_of(doc_of(list(zip(words, heads, deps, strict=True))))
    assert found["rebels"].country == "COL"


def test_a_possessive_gives_its_country_and_a_coordinated_group_shares_it() -> None:
    words = ["Sanctions", "hit", "Iran", "'s", "police", "and", "officials", "."]
    heads = [1, 1, 4, 2, 1, 4, 4, 1]
    deps = ["nsubj", "ROOT", "poss", "case", "dobj", "cc", "conj", "punct"]
    found = mentions_of(doc_of(list(zip(words, heads, deps, strict=True))))
    assert found["Iran's police"].country == "IRN" and found["officials"].country == "IRN"


def test_the_same_group_named_again_keeps_its_country() -> None:
    words = [
        "Sudan",
        "'s",
        "army",
        "advanced",
        ".",
        "The",
        "United",
        "States",
        "said",
        "the",
        "army",
        "fired",
        ".",
    ]
    heads = [2, 0, 3, 3, 3, 7, 7, 8, 8, 10, 11, 8, 8]
    deps = [
        "poss",
        "case",
        "nsubj",
        "ROOT",
        "punct",
        "det",
        "compound",
        "nsubj",
        "ROOT",
        "det",
        "nsubj",
        "ccomp",
        "punct",
    ]
    doc = doc_of(list(zip(words, heads, deps, strict=True)), sent_starts=(0, 5))
    later = [m for m in _resolver()(doc) if m.text == "army"]
    assert later and later[0].country == "SDN"


def test_a_headline_is_split_at_its_common_words() -> None:
    words = ["Merkel", "Warns", "Putin"]
    doc = doc_of(list(zip(words, [1, 1, 1], ["nsubj", "ROOT", "dobj"], strict=True)), ents=[(0, 3, "PERSON")])
    assert [p.text for p in name_pieces(doc.ents[0])] == ["Merkel", "Putin"]
    names = {m.name for m in _resolver()(doc) if m.kind == "person"}
    assert names == {"Angela Merkel", "Vladimir Putin"}


def test_a_lone_word_the_ner_calls_a_person_that_names_a_city_is_the_city() -> None:
    words = ["Inspectors", "visited", "Douma", "."]
    doc = doc_of(
        list(zip(words, [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"], strict=True)),
        ents=[(2, 3, "PERSON")],
    )
    found = mentions_of(doc)
    assert (found["Douma"].kind, found["Douma"].country) == ("place", "SYR")


def test_a_lone_word_the_ner_calls_a_person_that_acts_is_no_town() -> None:
    # "Clinton" is also a town; one who says something is a person, not a place.
    words = ["Clinton", "said", "he", "would", "veto", "it", "."]
    heads = [1, 1, 4, 4, 1, 4, 1]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"]
    doc = doc_of(list(zip(words, heads, deps, strict=True)), ents=[(0, 1, "PERSON")])
    assert mentions_of(doc)["Clinton"].kind == "person"


def test_name_shape_and_headlines() -> None:
    assert has_name_shape("Ri Yong-ho") and has_name_shape("Ursula von der Leyen")
    assert not has_name_shape("Merkel Warns") and not has_name_shape("Douma")
    assert is_headline("Merkel Warns Putin Over Gas") and not is_headline("Merkel warned Putin on Monday.")
    mention = Mention(0, 12, "Merkel Warns", "person", "DEU", None, "Merkel Warns", rule="person")
    assert not learnable(mention, "Merkel Warns Putin\n\nBody.")
    body = Mention(9, 21, "Choe Son Hui", "person", "PRK", None, "Choe Son Hui", rule="person")
    assert learnable(body, "Minister Choe Son Hui arrived.")
    assert not learnable(body, "Minister Choe Son Hui Arrives")


@pytest.mark.parametrize(
    ("date", "sector", "role"),
    [
        (dt.date(2014, 8, 1), None, None),  # no office yet, nor a candidacy
        (dt.date(2016, 8, 1), "PTY", "presidential candidate"),  # the party's, not yet the state's
        (dt.date(2018, 8, 1), "GOV", "president"),
        (dt.date(2022, 8, 1), "ELI", None),  # after the first term: a former president
    ],
)
def test_a_curated_office_holds_only_within_its_term(
    date: dt.date, sector: str | None, role: str | None
) -> None:
    doc = doc_of(
        [("Donald", 1, "compound"), ("Trump", 2, "nsubj"), ("spoke", 2, "ROOT"), (".", 2, "punct")],
        ents=[(0, 2, "PERSON")],
        published=date,
    )
    trump = mentions_of(doc)["Donald Trump"]
    assert (trump.country, trump.sector, trump.role) == ("USA", sector, role)


def test_the_title_of_the_office_on_record_keeps_its_sector() -> None:
    """ "Chief Executive" before a company head is business, before Hong Kong's head of
    government (on record for that date) it is the office on record, GOV."""
    words = ["Chief", "Executive", "Carrie", "Lam", "spoke", "."]
    doc = doc_of(
        list(
            zip(
                words,
                [3, 3, 3, 4, 4, 4],
                ["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                strict=True,
            )
        ),
        ents=[(2, 4, "PERSON")],
        published=dt.date(2019, 6, 12),
    )
    lam = mentions_of(doc)["Chief Executive Carrie Lam"]
    assert (lam.country, lam.sector) == ("HKG", "GOV")


def test_a_former_minister_with_no_record_is_an_elite() -> None:
    words = ["Former", "minister", "Ana", "Lopes", "spoke", "."]
    doc = doc_of(
        list(
            zip(
                words,
                [3, 3, 3, 4, 4, 4],
                ["amod", "compound", "compound", "nsubj", "ROOT", "punct"],
                strict=True,
            )
        ),
        ents=[(2, 4, "PERSON")],
        published=dt.date(2020, 1, 1),
    )
    assert mentions_of(doc)["Former minister Ana Lopes"].sector == "ELI"


def test_roles_are_read_at_the_event_period() -> None:
    obama = KnownActor(
        "p:o",
        "Barack Obama",
        country="USA",
        origin="curated",
        roles=(RoleSpan("president", "USA", "GOV", "2009-01-20", "2017-01-20"),),
    )
    ref = ActorRef("Obama", "p:o", "Barack Obama", "USA", "ELI", None)
    assert event_period("2015") == (dt.date(2015, 1, 1), dt.date(2015, 12, 31))
    assert event_period("2017-02") == (dt.date(2017, 2, 1), dt.date(2017, 2, 28))
    assert ref_in_time(ref, obama, *event_period("2015")).role == "president"  # type: ignore[misc]
    assert ref_in_time(ref, obama, *event_period("2017")).sector == "ELI"  # type: ignore[misc]


def test_knowledge_stated_once() -> None:
    assert {"bin", "van", "von", "al", "jr"} <= name_particles()
    assert place_words("inside") < place_words("locative") | {"from"}
    assert "near" in place_words("locative") and "near" not in place_words("inside")


def test_a_datelines_country_is_not_the_country_of_the_groups_after_it() -> None:
    words = ["LE", "BOURGET", ",", "France", "(", "AP", ")", "-", "World", "leaders", "agreed", "."]
    heads = [1, 10, 1, 1, 5, 1, 5, 10, 9, 10, 10, 10]
    deps = [
        "compound",
        "npadvmod",
        "punct",
        "appos",
        "punct",
        "appos",
        "punct",
        "punct",
        "compound",
        "nsubj",
        "ROOT",
        "punct",
    ]
    doc = doc_of(list(zip(words, heads, deps, strict=True)), ents=[(0, 2, "GPE"), (3, 4, "GPE")])
    leaders = next(m for m in _resolver()(doc) if m.text.endswith("leaders"))
    assert leaders.country is None
    # Without the dateline the one country the sentence names is the group's.
    tokens = [("Leaders", 3, "nsubj"), ("in", 0, "prep"), ("France", 1, "pobj")]
    tokens += [("agreed", 3, "ROOT"), (".", 3, "punct")]
    doc = doc_of(tokens)
    assert next(m for m in _resolver()(doc) if m.text == "Leaders").country == "FRA"


def test_a_mixed_case_acronym_is_no_common_word() -> None:
    """ "LeT" (Lashkar-e-Taiba) is matched as written, never as "let" or a sentence's "Let"."""
    plain = doc_of([("Let", 1, "ROOT"), ("them", 1, "dobj"), ("talk", 1, "xcomp"), (".", 1, "punct")])
    assert not mentions_of(plain)
    named = doc_of([("LeT", 1, "nsubj"), ("denied", 1, "ROOT"), ("it", 1, "dobj"), (".", 1, "punct")])
    assert mentions_of(named)["LeT"].country == "PAK"


def test_an_organisation_no_table_lists_is_an_actor_with_the_country_its_name_holds() -> None:
    words = ["The", "Kenya", "Human", "Rights", "Commission", "urged", "the", "government", "."]
    heads = [4, 4, 4, 4, 5, 5, 7, 5, 5]
    deps = ["det", "compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"]
    found = mentions_of(doc_of(list(zip(words, heads, deps, strict=True)), ents=[(0, 5, "ORG")]))
    commission = found["Kenya Human Rights Commission"]
    assert (commission.kind, commission.country, commission.sector) == ("group", "KEN", None)
    assert "Kenya" not in found, "the country inside the name is no actor of its own"


def test_a_shop_or_a_firm_the_ner_calls_an_organisation_is_no_actor() -> None:
    words = ["Gunmen", "robbed", "Sam", "'s", "Club", "."]
    heads = [1, 1, 4, 2, 1, 1]
    deps = ["nsubj", "ROOT", "poss", "case", "dobj", "punct"]
    found = mentions_of(doc_of(list(zip(words, heads, deps, strict=True)), ents=[(2, 5, "ORG")]))
    assert not [m for m in found.values() if m.rule == "organisation:unlisted"]


def test_a_country_word_inside_a_persons_name_is_not_their_country() -> None:
    # Issue 11, read on real news: a person whose surname is a demonym ("Cuban") was coded as
    # that country's. The sentence names no other country, so the person has none.
    tokens = [("Organisers", 1, "nsubj"), ("invited", 1, "ROOT"), ("the", 4, "det")]
    tokens += [("novelist", 4, "compound"), ("Ruth", 5, "compound"), ("Dutch", 1, "dobj"), (".", 1, "punct")]
    doc = doc_of(tokens, ents=[(4, 6, "PERSON")])
    person = next(m for m in _resolver()(doc) if m.kind == "person")
    assert (person.name, person.country) == ("Ruth Dutch", None)


def test_a_shared_initial_does_not_make_two_people_one() -> None:
    # Issue 11: "L." of one name and "L." of another made the second person the first.
    tokens = [("Judge", 3, "compound"), ("Ana", 3, "compound"), ("K.", 3, "compound")]
    tokens += [("Moreno", 4, "nsubj"), ("ruled", 4, "ROOT"), (".", 4, "punct")]
    tokens += [("Thomas", 8, "compound"), ("K.", 8, "compound"), ("Baird", 9, "nsubj")]
    tokens += [("testified", 9, "ROOT"), (".", 9, "punct")]
    doc = doc_of(tokens, ents=[(1, 4, "PERSON"), (6, 9, "PERSON")], sent_starts=(0, 6))
    names = {m.text: m.name for m in _resolver()(doc) if m.kind == "person"}
    assert names["Thomas K. Baird"] == "Thomas K. Baird"


def test_a_persons_surname_is_not_a_town_of_the_same_name() -> None:
    # Issue 11: the model tags a surname met earlier in full as a place ("Lopez", a town in the
    # Philippines, "LaSalle" in Canada); the town then gave its country to the sentence's people.
    tokens = [("Officers", 1, "nsubj"), ("detained", 1, "ROOT"), ("Daniel", 3, "compound")]
    tokens += [("Lopez", 1, "dobj"), (".", 1, "punct"), ("Lopez", 6, "nsubj"), ("faces", 6, "ROOT")]
    tokens += [("trial", 6, "dobj"), ("before", 6, "prep"), ("Judge", 11, "compound")]
    tokens += [("Ana", 11, "compound"), ("Ruiz", 8, "pobj"), (".", 6, "punct")]
    doc = doc_of(tokens, ents=[(2, 4, "PERSON"), (5, 6, "GPE"), (10, 12, "PERSON")], sent_starts=(0, 5))
    found = {m.start: m for m in _resolver()(doc)}
    lopez = found[doc[5].idx]
    assert (lopez.kind, lopez.name, lopez.country) == ("person", "Daniel Lopez", None)
    assert next(m for m in found.values() if m.text.endswith("Ruiz")).country is None


def test_kin_with_one_surname_are_two_people_and_an_honorific_is_no_given_name() -> None:
    # Issue 11, read on real news: a suspect's mother named in full was taken for the suspect
    # (one surname), and her "she" then made him a woman.
    tokens = [("Officers", 1, "nsubj"), ("arrested", 1, "ROOT"), ("Daniel", 3, "compound")]
    tokens += [("Moreno", 1, "dobj"), (".", 1, "punct"), ("Lucia", 6, "compound"), ("Moreno", 7, "nsubj")]
    tokens += [("wept", 7, "ROOT"), (".", 7, "punct"), ("Moreno", 10, "nsubj"), ("pleaded", 10, "ROOT")]
    tokens += [(".", 10, "punct")]
    doc = doc_of(tokens, ents=[(2, 4, "PERSON"), (5, 7, "PERSON"), (9, 10, "PERSON")], sent_starts=(0, 5, 9))
    names = [m.name for m in _resolver()(doc) if m.kind == "person"]
    assert names == ["Daniel Moreno", "Lucia Moreno", "Daniel Moreno"]  # the surname: the one named first
    # "Ms Palin" (the model often takes the honorific in) and "Sarah Palin" share the name "Palin".
    assert distinctive_parts("ms palin") == ["palin"]


def test_a_person_with_no_office_in_a_one_country_story_is_that_countrys() -> None:
    # Issue 11, read on real news: witnesses, suspects and fire chiefs of local stories had no
    # country, as groups of a domestic sector already did (marked ARTICLE).
    tokens = [("Texas", 1, "compound"), ("police", 2, "nsubj"), ("detained", 2, "ROOT")]
    tokens += [("a", 4, "det"), ("man", 2, "dobj"), ("in", 2, "prep"), ("Houston", 5, "pobj")]
    tokens += [(".", 2, "punct"), ("Ohio", 9, "compound"), ("police", 10, "nsubj"), ("agreed", 10, "ROOT")]
    tokens += [(".", 10, "punct"), ("Tom", 13, "compound"), ("Baird", 14, "nsubj"), ("wept", 14, "ROOT")]
    tokens += [(".", 14, "punct")]
    ents = [(0, 1, "GPE"), (6, 7, "GPE"), (8, 9, "GPE"), (12, 14, "PERSON")]
    doc = doc_of(tokens, ents=ents, sent_starts=(0, 8, 12))
    baird = next(m for m in _resolver()(doc) if m.text == "Tom Baird")
    assert (baird.country, baird.sector) == ("USA", None)
    assert baird.inferences & Inference.ARTICLE


def test_headline_abbreviations_of_country_names() -> None:
    # Issue 11, read on real news: a headline's "N. Korea" was an unknown actor of no country.
    tokens = [("Leaders", 1, "nsubj"), ("condemn", 1, "ROOT"), ("N.", 3, "compound"), ("Korea", 1, "dobj")]
    tokens += [("and", 3, "cc"), ("S.", 6, "compound"), ("Sudan", 3, "conj")]
    found = {m.text: m.country for m in _resolver()(doc_of(tokens, ents=[(2, 4, "PERSON")]))}
    assert (found["N. Korea"], found["S. Sudan"]) == ("PRK", "SSD")


def test_a_group_of_no_one_country_does_not_take_the_sentences() -> None:
    # Issue 11, read on real news: "World leaders denounce N. Korea test" made the leaders
    # North Korea's: the one country a sentence names is not that of a world or foreign group.
    tokens = [("World", 1, "compound"), ("leaders", 2, "nsubj"), ("condemned", 2, "ROOT")]
    tokens += [("Chile", 5, "poss"), ("'s", 3, "case"), ("vote", 2, "dobj"), (".", 2, "punct")]
    leaders = next(m for m in _resolver()(doc_of(tokens)) if m.text.endswith("leaders"))
    assert leaders.country is None
    tokens = [("Local", 1, "amod"), ("leaders", 2, "nsubj"), ("condemned", 2, "ROOT")]
    tokens += [("Chile", 5, "poss"), ("'s", 3, "case"), ("vote", 2, "dobj"), (".", 2, "punct")]
    assert next(m for m in _resolver()(doc_of(tokens)) if m.text.endswith("leaders")).country == "CHL"


def test_an_organisation_of_states_the_gazetteer_knows_stays_its_own() -> None:
    words = ["The", "Security", "Council", "condemned", "it", "."]
    heads = [2, 2, 3, 3, 3, 3]
    deps = ["det", "compound", "nsubj", "ROOT", "dobj", "punct"]
    found = mentions_of(doc_of(list(zip(words, heads, deps, strict=True)), ents=[(0, 3, "ORG")]))
    assert (found["Security Council"].kind, found["Security Council"].country) == ("igo", "UNSC")


def test_a_place_name_after_a_courtesy_title_is_a_surname() -> None:
    """ "Mrs. Clinton" is no town of Clinton; "in Clinton" still is one."""
    words = [("Mrs.", 1, "compound"), ("Clinton", 2, "nsubj"), ("spoke", 2, "ROOT"), (".", 2, "punct")]
    titled = doc_of(words, ents=[(1, 2, "GPE")])
    assert not [m for m in mentions_of(titled).values() if m.kind == "place"]
    met = [("Police", 1, "nsubj"), ("met", 1, "ROOT"), ("in", 1, "prep"), ("Clinton", 2, "pobj")]
    placed = doc_of(met, ents=[(3, 4, "GPE")])
    assert mentions_of(placed)["Clinton"].kind == "place"


@pytest.mark.parametrize("title", ["Senator", "Sen.", "President", "Governor"])
def test_a_place_name_after_a_capitalised_office_title_is_a_surname(title: str) -> None:
    """ "Senator Warren" is no town of Warren, "President Lincoln" no capital of Nebraska."""
    words = [(title, 1, "compound"), ("Warren", 2, "nsubj"), ("spoke", 2, "ROOT"), (".", 2, "punct")]
    titled = doc_of(words, ents=[(1, 2, "GPE")])
    assert not [m for m in mentions_of(titled).values() if m.kind == "place"]


def test_a_sector_word_inside_an_organisations_name_is_no_group_of_its_own() -> None:
    """ "Junior Doctors Association" is one organisation, not a group of doctors; "Kenya Defence
    Forces" is headed by its sector word and keeps it."""
    words = [
        ("Junior", 2, "compound"),
        ("Doctors", 2, "compound"),
        ("Association", 3, "nsubj"),
        ("struck", 3, "ROOT"),
        (".", 3, "punct"),
    ]
    found = mentions_of(doc_of(words, ents=[(0, 3, "ORG")]))
    expected = [("Junior Doctors Association", "organisation:unlisted")]
    assert [(m.text, m.rule) for m in found.values()] == expected
    forces = [("Defence", 1, "compound"), ("Forces", 2, "nsubj"), ("attacked", 2, "ROOT"), (".", 2, "punct")]
    found = mentions_of(doc_of(forces, ents=[(0, 2, "ORG")]))
    assert found["Defence Forces"].sector == "MIL"


def test_an_organisation_the_ner_missed_is_read_by_its_names_shape() -> None:
    """Issue 10 (recall on political articles): "The Anti-Defamation League has protested ..."
    after a quote came with no entity, so the league was no actor. A definite, capitalised noun
    phrase headed by an organisation's word is the organisation; a headline's words are not."""
    words = [
        ("The", 3, "det"),
        ("Civic", 3, "compound"),
        ("Literacy", 3, "compound"),
        ("League", 4, "nsubj"),
        ("denounced", 4, "ROOT"),
        ("the", 6, "det"),
        ("cuts", 4, "dobj"),
        (".", 4, "punct"),
    ]
    found = mentions_of(doc_of(words))
    assert [(m.text, m.rule) for m in found.values()] == [("Civic Literacy League", "organisation:unlisted")]
    headline = [("Mayor", 1, "compound"), ("Slams", 3, "nsubj"), ("Farmers", 3, "compound")]
    headline += [("League", 3, "ROOT")]
    assert not [m for m in mentions_of(doc_of(headline)).values() if m.rule == "organisation:unlisted"]


def test_a_command_a_bureau_or_a_service_named_by_the_ner_is_an_organisation() -> None:
    """Issue 10, read on real news: "the Western Naval Command", "the International Maritime
    Bureau" and "the Secret Service" were no actors, their head words not among an organisation's
    (`name_words.tsv`); "the Oval Office" stays a room."""
    for head in ("Command", "Bureau", "Service"):
        words = [("The", 3, "det"), ("Northern", 3, "compound"), ("Coastal", 3, "compound")]
        words += [(head, 4, "nsubj"), ("protested", 4, "ROOT"), (".", 4, "punct")]
        found = mentions_of(doc_of(words, ents=[(0, 4, "ORG")]))
        assert [(m.text, m.rule) for m in found.values()] == [
            (f"Northern Coastal {head}", "organisation:unlisted")
        ]
    room = [("He", 1, "nsubj"), ("left", 1, "ROOT"), ("the", 4, "det"), ("Oval", 4, "compound")]
    room += [("Office", 1, "dobj"), (".", 1, "punct")]
    assert not [
        m
        for m in mentions_of(doc_of(room, ents=[(2, 5, "ORG")])).values()
        if m.rule == "organisation:unlisted"
    ]


def test_the_people_of_a_listed_territory_are_its_civilians() -> None:
    """Issue 10, read on real news: "Gazans" killed in a strike were no actor, though Gaza is one
    of Palestine's names in the country table; its people are Palestine's civilians."""
    words = [("Gazans", 1, "nsubj"), ("marched", 1, "ROOT"), ("on", 1, "prep"), ("Sunday", 2, "pobj")]
    found = mentions_of(doc_of([*words, (".", 1, "punct")], ents=[(0, 1, "NORP")]))
    assert (found["Gazans"].country, found["Gazans"].sector) == ("PSE", "CVL")
