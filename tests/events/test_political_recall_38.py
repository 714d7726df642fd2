"""Kinds of event missed in political news, stop 38 (issue 10: recall on political articles).

Accusations told as allegations ("alleged that the ministry rigged the count", "made allegations
against"), and praise told as words or compliments ("offered complimentary words about",
"paid a compliment to"). The sentences are our own, on other subjects, with the readings the same
words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Kenyan opposition alleged that the Kenyan electoral commission had rigged the count.",
            "KEN",
            "KEN",
        ),
        (
            "Peruvian prosecutors allege that the former Peruvian president took bribes from builders.",
            "PER",
            "PER",
        ),
        ("Ukraine alleges Russia shelled the power plant overnight.", "UKR", "RUS"),
    ],
)
def test_an_allegation_against_an_actor_is_an_accusation(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "alleged that the commission had rigged the count", "allege the president took bribes":
    the one alleging accuses the one the clause charges (CAMEO 112)."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "112"
    assert dyad(event) == ({source}, {target})


def test_allegations_made_against_an_actor_accuse_it(nlp: Language) -> None:
    """ "made fresh allegations against the government": the noun with its support verb (CAMEO
    112)."""
    event = find(
        code(nlp, "The Zambian opposition leader made fresh allegations against the Zambian government."),
        "ACCUSE",
    )
    assert event.cameo == "112"
    assert dyad(event) == ({"ZMB"}, {"ZMB"})


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan opposition alleged that ballots went missing in two counties.",
        "The Peruvian police arrested the alleged leader of the smuggling ring.",
    ],
)
def test_an_allegation_naming_no_actor_codes_no_accusation(nlp: Language, text: str) -> None:
    """Ballots gone missing charge no one; "the alleged leader" is a participle with no one alleging."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE" and e.cameo == "112"]


def test_the_one_alleging_after_the_clause_is_no_target(nlp: Language) -> None:
    """ "..., alleges the refugee council": the parse makes the council the verb's object; it alleges, it is
    not charged (no accusation of the council by the army)."""
    events = code(
        nlp,
        "The Ethiopian army shelled the camp on Monday, alleges the Norwegian Refugee Council.",
    )
    assert not [e for e in events if e.cameo == "112" and "NOR" in dyad(e)[1]]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Hungarian prime minister has offered complimentary words about the Chinese president.",
            "HUN",
            "CHN",
        ),
        ("The Brazilian president had approving words for the Argentine president.", "BRA", "ARG"),
        ("The Greek prime minister offered effusive praise for the Cypriot president.", "GRC", "CYP"),
        ("The Danish prime minister paid a compliment to the Norwegian government.", "DNK", "NOR"),
    ],
)
def test_praise_told_as_words_or_a_compliment_is_support(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "offered complimentary words about the president", "paid a compliment to the government":
    praise of the actor named (CAMEO 051). Words, a compliment or praise offered are the saying
    itself (role_words.tsv `uttered`), no promise of support to come."""
    event = find(code(nlp, text), "SUPPORT")
    assert event.cameo == "051"
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Hungarian prime minister offered complimentary words about the weather.",
        "The Danish minister paid a compliment to the chef's soup.",
    ],
)
def test_praise_of_no_actor_codes_nothing(nlp: Language, text: str) -> None:
    """Words about the weather, a compliment to a soup: no actor praised."""
    assert not [e for e in code(nlp, text) if e.plover == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Estonian foreign minister claimed that Russia had meddled in the Estonian vote.", "EST", "RUS"),
        (
            "The Chilean senator argued that the Chilean mining agency colluded with the contractor.",
            "CHL",
            "CHL",
        ),
        ("Kenyan prosecutors said the Kenyan governor embezzled state funds.", "KEN", "KEN"),
    ],
)
def test_a_claim_of_meddling_or_wrongful_gain_is_an_accusation(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "claimed that Russia had meddled in the vote", "argued that the agency colluded", "said the
    governor embezzled": the speaker charges the clause's subject with wrongdoing (CAMEO 112)."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "112"
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian minister said the storm interfered with the count.",
        "The Estonian minister said Estonia had not interfered in the Latvian vote.",
    ],
)
def test_meddling_by_no_actor_or_denied_codes_no_accusation(nlp: Language, text: str) -> None:
    """A storm is no actor; the speaker's own country, denied, is charged by no one."""
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE" and e.polarity == "affirmed" and e.targets]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Iraqi prime minister was supportive of the Turkish government.", "IRQ", "TUR"),
        ("The Dutch foreign minister was complimentary of the Belgian envoy.", "NLD", "BEL"),
        ("The Yemeni president was appreciative of Oman's mediation.", "YEM", "OMN"),
    ],
)
def test_an_attitude_of_approval_of_an_actor_is_support(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """ "was supportive of the government", "complimentary of the envoy", "appreciative of Oman's
    mediation": the holder approves of the actor, or of the doer of the act named (CAMEO 051), the
    mirror of "critical of"."""
    event = find(code(nlp, text), "SUPPORT")
    assert event.cameo == "051"
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi minister was supportive of the reform.",
        "The Iraqi minister was admiring the view from the tower.",
    ],
)
def test_approval_of_no_actor_codes_no_support(nlp: Language, text: str) -> None:
    """A reform no actor is named for, a view admired: no one approved of."""
    assert not [e for e in code(nlp, text) if e.plover == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ("The Swiss president ripped into the Austrian chancellor.", "ACCUSE", "CHE", "AUT"),
        ("The Swiss president questioned the Austrian chancellor's temperament.", "ACCUSE", "CHE", "AUT"),
    ],
)
def test_attacks_in_words_of_the_news(
    nlp: Language, text: str, plover: str, source: str, target: str
) -> None:
    """ "ripped into the chancellor", "questioned the chancellor's temperament" criticise him
    (CAMEO 111), as "tore into" and "questioned his fitness" do."""
    event = find(code(nlp, text), plover)
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Swiss president ripped into the report.",
        "The Swiss president questioned the temperament of the horse.",
    ],
)
def test_attacks_in_words_on_no_actor_code_nothing(nlp: Language, text: str) -> None:
    """A report and a horse are no actors."""
    assert not [e for e in code(nlp, text) if e.plover in ("SUPPORT", "ACCUSE")]


@pytest.mark.parametrize(
    "text",
    [
        "The Ohio governor campaigned for the Republican senator in Cleveland.",
        "The Ohio governor stumped for the Republican senator in Cleveland.",
    ],
)
def test_campaigning_for_a_candidate_endorses_it(nlp: Language, text: str) -> None:
    """ "campaigned for the senator", "stumped for the senator": an endorsement (CAMEO 051)."""
    event = find(code(nlp, text), "SUPPORT")
    assert event.cameo == "051"
    assert {a.sector for a in event.targets} == {"LEG"}


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump campaigned for president in Ohio.",
        "The Ohio governor campaigned for the tax bill.",
        "The senator campaigned for a second term.",
    ],
)
def test_campaigning_for_an_office_or_a_bill_endorses_no_one(nlp: Language, text: str) -> None:
    """An office sought, a bill or a term: no actor endorsed."""
    assert not [e for e in code(nlp, text) if e.plover == "SUPPORT"]
