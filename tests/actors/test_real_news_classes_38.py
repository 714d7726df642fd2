"""Actor classes of real news the actor stage gave no sector (issue 11, stop 38): people described
by what they are known for in the news (a billionaire, a preacher, a talk-show host or a news
anchor, a widow). Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find, people_by_text


def test_people_known_for_wealth_preaching_or_broadcasting_have_their_sector(nlp: Language) -> None:
    cases = (
        ("Billionaire Rhoda Vance criticized the senator on Monday.", "Billionaire Rhoda Vance", "BUS"),
        ("Amos Reed, a Baptist preacher, praised the governor.", "Amos Reed", "REL"),
        ("Talk show host Dana Pell mocked the mayor on Friday.", "Talk show host Dana Pell", "MED"),
        ("Television anchor Dana Pell pressed the mayor.", "Television anchor Dana Pell", "MED"),
        ("Widow Mara Quill accused the county of neglect.", "Widow Mara Quill", "CVL"),
    )
    for text, name, sector in cases:
        assert people_by_text(nlp, text)[name].sector == sector, text


def test_a_businessman_or_anchor_of_a_one_country_story_is_its_own(nlp: Language) -> None:
    """A person of no country named in a story about one country is that country's (`article.py`),
    and a business or media person is no exception (a company or a broadcaster, groups, may be
    foreign): "Trump and Adelson met" in a US story, the billionaire named by his title."""
    text = (
        "Ohio police arrested two men in Toledo on Monday. Officials in Columbus said the men "
        "robbed a store. Billionaire Rolf Hart offered a reward, and Hart met the police chief."
    )
    assert people_by_text(nlp, text)["Hart"].country == "USA"


def test_the_south_of_a_sudan_story_is_south_sudan(nlp: Language) -> None:
    """In a story that names South Sudan (and neither Korea), "the South" is that state, as in a
    Korean story it is South Korea (`data/context_forms.tsv`): its invasion has a target."""
    text = (
        "South Sudan closed its border with Sudan on Friday. Officials in Juba said the "
        "invasion of the South by Sudanese troops had begun at dawn."
    )
    found = [m for m in nlp(text)._.mentions or [] if m.text.endswith("South")]
    assert [(m.kind, m.country) for m in found] == [("country", "SSD")]
    event = find(code(nlp, text), "ASSAULT")
    assert [a.country for a in event.targets] == ["SSD"]


def test_a_person_of_a_listed_organisation_works_for_it(nlp: Language) -> None:
    """ "Dana Pell of CNN" is of the network's sector, as "CNN's Dana Pell" is; a place after
    "of" names no employer."""
    event = find(code(nlp, "The mayor praised Dana Pell of CNN for her reporting on the flood."), "SUPPORT")
    assert [(a.text, a.sector) for a in event.targets] == [("Dana Pell", "MED")]
    assert (
        people_by_text(nlp, "The mayor praised Dana Pell of Ohio for her work.")["Dana Pell"].sector is None
    )
