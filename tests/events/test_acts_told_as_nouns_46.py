"""Acts told as nouns (stop 46, recall: the largest class of acts missed), on sentences written by
the team.

- A nationality on an act of war (role_words.tsv `warfare`), on an act of force a weapon word
  qualifies, or on one aimed at a building or a post names its doer even when no one struck is
  named; the act falls abroad rather than on the doer's own country.
- A joined pair of states before a mutual act's noun are its two sides ("Ethiopian-Eritrean talks").
- A noun that names nothing but an asking, with its possessor, is that possessor's request under
  any verb; the one who answers it is the one asked.
- A promise told as a noun with its infinitive is its owner's promise; one kept or broken was made
  before.
- A feeling an act's noun stirs is the feeling of whoever it stirs, aimed at the act's doer (the
  noun's subject says nothing, so it is no event "saying" it).
- Fire that falls on armed men or a convoy with no one named firing it is an attack by unknown
  attackers of the place; on an official it is criticism, left to a named critic.
- Precision: an act dreaded ("fears", "warned of") is not done and not the fearer's; an act said
  to be the way to an end ("talks are the only way") is a course urged.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule", "source"),
    [
        ("Russian airstrikes near Idlib continued overnight.", "assault.airstrike.n", "RUS"),
        ("The continuing Turkish offensive in Syria has displaced thousands.", "assault.offensive.n", "TUR"),
        ("The Saudi missile strikes went on for a week.", "assault.strike.n", "SAU"),
        ("The envoy condemned the Syrian attack on the hospital.", "assault.attack.n", "SYR"),
    ],
)
def test_a_nationality_on_an_act_of_war_names_its_doer(
    nlp: Language, text: str, rule: str, source: str
) -> None:
    event = by_rule(code(nlp, text), rule)
    sources, targets = dyad(event)
    assert sources == {source}
    assert source not in targets  # armies strike abroad: no guess of the doer's own country
    assert event.modality == "actual"


def test_a_nationality_on_a_bombing_may_say_only_where(nlp: Language) -> None:
    # negative: "the Pakistani bombings" were bombings in Pakistan, by whoever set them off
    events = code(nlp, "The Pakistani bombings shocked the region.")
    assert not [e for e in events if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "rule", "source"),
    [
        ("Residents of Tyre fear Israeli airstrikes on Hezbollah.", "assault.airstrike.n", "ISR"),
        ("Ankara warned of a Syrian offensive against the Kurds.", "assault.offensive.n", "SYR"),
        ("Fears of a Russian offensive grew in Kharkiv.", "assault.offensive.n", "RUS"),
        ("The villagers fled, fearing Russian airstrikes.", "assault.airstrike.n", "RUS"),
    ],
)
def test_an_act_dreaded_is_not_done_and_not_the_fearers(
    nlp: Language, text: str, rule: str, source: str
) -> None:
    event = by_rule(code(nlp, text), rule)
    assert event.modality == "hypothetical"
    assert {a.country for a in event.sources} == {source}


def test_a_claim_of_what_was_done_is_no_act_dreaded(nlp: Language) -> None:
    # negative: the passive of fearing with a perfect tells what the gunmen are said to have done
    events = code(nlp, "The gunmen are feared to have killed nine farmers in Zamfara.")
    event = by_rule(events, "assault.kill")
    assert event.modality == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Kenya and Somalia are the only way to end the dispute.",
        "Dialogue between Kenya and Somalia remains the best option.",
    ],
)
def test_an_act_said_to_be_the_way_is_a_course_urged(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "CONSULT")
    assert event.modality == "hypothetical"


def test_talks_that_were_the_key_were_held(nlp: Language) -> None:
    # negative: a past copula tells of talks held
    event = find(code(nlp, "The talks between Kenya and Somalia were the key to the deal."), "CONSULT")
    assert event.modality == "actual"


@pytest.mark.parametrize(
    ("text", "plover", "sides"),
    [
        ("Ethiopian-Eritrean talks resumed in Asmara.", "CONSULT", {"ETH", "ERI"}),
        ("The US-China trade talks ended in Beijing on Friday.", "CONSULT", {"USA", "CHN"}),
        ("Jordanian-US joint patrols along the border began in May.", "COOPERATE", {"JOR", "USA"}),
        ("The EU-Japan summit opened in Tokyo.", "CONSULT", {"EU", "JPN"}),
    ],
)
def test_a_joined_pair_before_a_mutual_act_are_its_sides(
    nlp: Language, text: str, plover: str, sides: set[str]
) -> None:
    sources, targets = dyad(find(code(nlp, text), plover))
    assert sources | targets == sides and len(sources) == len(targets) == 1


def test_two_names_not_joined_are_no_pair(nlp: Language) -> None:
    # negative: the UN's Syria talks are talks about Syria, no meeting of the UN and Syria
    assert not [e for e in code(nlp, "The UN Syria talks resumed in Geneva.") if e.plover == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Norway's extradition request was turned down by the court in London.", "NOR", "GBR"),
        ("Britain turned down Sweden's request to extradite the publisher.", "SWE", "GBR"),
        ("The union's demands were met on Friday.", None, None),
    ],
)
def test_an_asking_noun_is_its_possessors_request(
    nlp: Language, text: str, source: str | None, target: str | None
) -> None:
    event = find(code(nlp, text), "REQUEST")
    sources, targets = dyad(event)
    if source is not None:
        assert sources == {source}
    else:
        assert [a.sector for a in event.sources] == ["LAB"]
    if target is not None:
        assert target in targets


def test_an_asking_word_with_another_sense_still_needs_its_verb(nlp: Language) -> None:
    # negative: a country's demand for a commodity asks no one
    assert not [e for e in code(nlp, "China's demand for soybeans rose sharply.") if e.plover == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("China's pledge to buy more American farm goods eased the talks.", "CHN"),
        ("Ghana's promise to repay the loan calmed the markets.", "GHA"),
    ],
)
def test_a_promise_told_as_a_noun_is_its_owners(nlp: Language, text: str, source: str) -> None:
    event = find(code(nlp, text), "AGREE")
    assert {a.country for a in event.sources} == {source}


@pytest.mark.parametrize(
    "text",
    [
        "China kept its pledge to buy more soybeans.",
        "The minister broke his promise to cut taxes in Kenya.",
        "The donors' pledges of aid to Malawi fell short.",
    ],
)
def test_a_promise_kept_broken_or_of_money_is_no_promise_told(nlp: Language, text: str) -> None:
    # negative: a promise kept or broken was made before; a pledge of money is another rule's
    assert not [e for e in code(nlp, text) if e.rule in ("agree.pledge.n", "agree.promise.n")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Israeli strikes angered Egypt.", "EGY", "ISR"),
        ("The Ghanaian government's pledge to cut fuel subsidies angered the unions.", "GHA", "GHA"),
    ],
)
def test_a_feeling_an_acts_noun_stirs_is_aimed_at_its_doer(
    nlp: Language, text: str, source: str, target: str
) -> None:
    event = by_rule(code(nlp, text), "accuse.feeling-anger")
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A UN convoy came under heavy fire near Aleppo.", "UN"),
        ("Kenyan troops came under fire near Kismayo.", "KEN"),
    ],
)
def test_fire_on_forces_or_a_convoy_is_an_attack(nlp: Language, text: str, target: str) -> None:
    event = by_rule(code(nlp, text), "assault.under-fire.n")
    assert target in {a.country for a in event.targets}
    assert [a.sector for a in event.sources] == ["UAF"]


def test_an_official_under_fire_is_no_attack(nlp: Language) -> None:
    # negative: criticism with no critic named codes nothing
    events = code(nlp, "The Kenyan finance minister came under fire in Nairobi over the budget.")
    assert not [e for e in events if e.plover == "ASSAULT"]
