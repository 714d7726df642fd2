"""The article's title as evidence for who and where, never as text to code (actors/headline.py;
issue 11: police and suspects of short local stories left of no country, a running back read as
a president). Articles and titles written for these tests."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from wirewatch.actors.headline import parse_title, parse_titles
from wirewatch.actors.names import learnable
from wirewatch.model import Article, CodedArticle
from wirewatch.pipeline import _make_doc, code_docs


def _coded(
    nlp: Language, text: str, title: str | None, published: dt.date = dt.date(2008, 12, 20)
) -> CodedArticle:
    return code_docs(nlp, [Article(article_id="headline", text=text, title=title, published=published)])[0]


def _countries(coded: CodedArticle) -> dict[str, str | None]:
    return {m.text: m.country for m in coded.mentions}


GARAGE_FIRE = (
    "Prosecutors said Dana Whitcomb, 29, set fire to a rented garage on Elm Street. Lowell police "
    "arrested her on Sunday evening. Neighbours told officers they had seen smoke before midnight."
)


def test_the_places_a_title_names_count_towards_the_storys_country(nlp: Language) -> None:
    """The body names only the town's police; the title says the town is in Massachusetts."""
    title = "A Lowell, Massachusetts woman is charged with setting a garage fire"
    found = _countries(_coded(nlp, GARAGE_FIRE, title))
    assert found["Prosecutors"] == "USA" and found["Dana Whitcomb"] == "USA"
    assert "Massachusetts" not in found and "Lowell" not in found  # no mention comes from the title


def test_a_title_reads_a_city_name_several_countries_share(nlp: Language) -> None:
    """ "Richmond" is a city of Canada and of the United States: the title's "Richmond, B.C."
    says which one the body's police are."""
    text = (
        "A man was charged with assault on Saturday after a fight outside a bar. Officers said he "
        "was held overnight, and Richmond police said the victim was recovering."
    )
    found = _countries(_coded(nlp, text, "Richmond, B.C. man charged after a stabbing outside a bar"))
    assert found["Richmond police"] == "CAN" and found["man"] == "CAN"


def test_a_title_the_body_repeats_is_no_second_evidence(nlp: Language) -> None:
    title = "Neighbours in Lowell saw smoke"
    text = f"{title}.\n\nThe fire started in a garage. Police arrived within minutes."
    assert _countries(_coded(nlp, text, title)) == _countries(_coded(nlp, text, None))


SEASON_OVER = (
    "Bush hurt his knee in practice on Thursday, the team said on Friday. Bush will have surgery "
    "next week, and the coach said the club would miss him."
)


def test_a_bare_surname_takes_the_full_name_the_title_gives(nlp: Language) -> None:
    """ "Bush" in a 2008 story is the president the knowledge base knows, unless the title names
    a Kendall Bush: then every "Bush" of the body is him, and the knowledge base learns no one."""
    coded = _coded(nlp, SEASON_OVER, "Kendall Bush out for the season with a torn ligament")
    bushes = [m for m in coded.mentions if m.text == "Bush"]
    assert len(bushes) == 2
    assert all(m.name == "Kendall Bush" and m.actor_id != "p:george-w.-bush" for m in bushes)
    assert all(m.sector is None for m in bushes)
    assert not any(learnable(m, coded.article.text) for m in coded.mentions)


def test_a_headline_of_verbs_gives_no_name(nlp: Language) -> None:
    """ "Merkel Warns Putin": no person "Merkel Warns", and the body's Putin stays himself."""
    text = "Putin said on Tuesday that Russia would keep its pipelines open."
    coded = _coded(nlp, text, "Merkel Warns Putin Over Gas Supplies")
    putin = next(m for m in coded.mentions if m.text == "Putin")
    assert putin.actor_id == "p:vladimir-putin"
    assert not any(m.name and "Warns" in m.name for m in coded.mentions)


def test_a_place_named_with_its_state_is_that_place_where_its_name_stands_alone(nlp: Language) -> None:
    """ "Birmingham, Alabama" then "Birmingham police": the Alabama city's, not England's."""
    text = "A teenager was shot in Birmingham, Alabama on Friday. Birmingham police arrested a neighbour."
    found = _countries(_coded(nlp, text, None))
    assert found["Birmingham police"] == "USA"


def test_a_titles_qualified_place_is_the_one_the_body_names_alone(nlp: Language) -> None:
    """The title's "Victoria, B.C." is the city the body's "Victoria police" serve, not the capital
    of the Seychelles that "Victoria" alone names in the country table."""
    text = (
        "A cyclist was struck by a delivery van on Tuesday morning. Victoria police said the driver "
        "stayed at the scene and was not hurt."
    )
    found = _countries(_coded(nlp, text, "Victoria, B.C. cyclist hurt in collision with van"))
    assert found["Victoria police"] == "CAN"


def test_a_peoples_name_is_no_person(nlp: Language) -> None:
    """ "Nuban" (of the Nuba people of Sudan) describes refugees; the model tags it PERSON, and a
    title's country then made a person of the story's country of it (issue 11). A people's name
    is a civilian group word (`data/sectors.tsv`, as "Kurd", "Tamils")."""
    mentions = nlp("Aid workers handed out blankets to Nuban refugees at the camp.")._.mentions
    found = {m.text: m for m in mentions}
    assert found["Nuban refugees"].kind == "group" and found["Nuban refugees"].sector == "REF"
    assert not any(m.kind == "person" for m in mentions)


def test_a_batchs_titles_parsed_together_are_parsed_as_alone(nlp: Language) -> None:
    """The actor component parses the titles of a batch in one model call (headline.parse_titles):
    each title's parse, and so each article's mentions, are those of the title parsed alone."""
    articles = [
        Article(article_id="a", text=GARAGE_FIRE, title="A Lowell, Massachusetts woman is charged"),
        Article(article_id="b", text=SEASON_OVER, title="Reggie Bush to have knee surgery, Saints say"),
        Article(article_id="c", text=SEASON_OVER, title=None),
        Article(article_id="d", text=GARAGE_FIRE, title="Kenyan envoy meets Ethiopian premier in Addis"),
    ]
    docs = [_make_doc(nlp, a) for a in articles]
    titles = parse_titles(nlp, docs)
    assert titles[2] is None
    for doc, title in zip(docs, titles, strict=True):
        alone = parse_title(nlp, doc)
        assert (title is None) == (alone is None)
        if title is not None and alone is not None:
            assert [(t.text, t.dep_, t.head.i, t.ent_type_) for t in title] == [
                (t.text, t.dep_, t.head.i, t.ent_type_) for t in alone
            ]
    batched = code_docs(nlp, articles)
    for article, coded in zip(articles, batched, strict=True):
        assert coded.mentions == tuple(nlp(_make_doc(nlp, article))._.mentions)
