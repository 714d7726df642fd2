"""The last step of actor resolution: home-grown groups and people of no office that name no
country take the country of a story about one country (marked `Inference.ARTICLE`, "+article"
in the rule). A person with a title of a sector that is no domestic one (a company's chief
executive, an IGO's spokesman) keeps no country: those travel. In a story of several
countries, a civil institution that names none ("the administration", "lawmakers") takes the
country of the story's dominating government, marked the same way."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from wirewatch.actors.lexicon import STATE_ORGANS
from wirewatch.actors.state import ANAPHOR_RULES
from wirewatch.gazetteer.words import place_words
from wirewatch.model import ORGANISATION_RULE, Inference, Mention

# A barred country that stands for all: the mention takes no article country at all.
ANY_COUNTRY = "*"

# An article is about one country when that country has at least this many of the mentions
# that carry a country, this share of them, and twice as many as any other country. (Half, not
# 0.6 since stop 25: an Iranian quake story naming the US, France and Britain as donors and
# sources, 22 of 37 mentions Iran's, left its officials of no country; the runner-up rule keeps
# two-country stories out.) Each place the article's title names counts as one mention of the
# body (`headline.py`): a headline says where the story is at least as plainly as a body's
# mention does, and no more than once for each place it names, so a title alone (at most two or
# three places) never outweighs a body that names another country throughout.
ARTICLE_COUNTRY_MIN_MENTIONS = 3
ARTICLE_COUNTRY_MIN_SHARE = 0.5
# Sectors of home-grown groups and officers that take the article's country when they name none.
DOMESTIC_SECTORS = frozenset(
    {"GOV", "COP", "MIL", "CVL", "OPP", "JUD", "LEG", "PTY", "LAB", "EDU", "REB", "CRM"}
)
# Sectors a person (not a group) of the story also takes its country in: a businessman, a
# television anchor or a preacher named in a story about one country is that country's, as a
# witness is; a company, a broadcaster or a church (groups) may be foreign.
PERSON_DOMESTIC_SECTORS = DOMESTIC_SECTORS | {"BUS", "MED", "REL"}
# Mentions that are no evidence of what the story is about: the dateline says where the
# reporter filed from, and a sea's namesake ("the Gulf of Aden") names no country's ground.
NOT_EVIDENCE_RULES = frozenset({"dateline", "gazetteer:water"})


# A civil institution with no country ("the administration", "lawmakers", "Congress") is of the
# story's dominating government: the country of at least this many of the story's named
# institutions of these sectors (groups, not people or pronouns: a foreign leader much talked
# about is not the story's government) and of twice as many as any other country's.
GOVERNMENT_SECTORS = frozenset({"GOV", "LEG"})
GOVERNMENT_MIN_MENTIONS = 3


def with_article_country(
    mentions: list[Mention],
    barred: Mapping[int, frozenset[str]] | None = None,
    origins: frozenset[int] = frozenset(),
    headline: Sequence[str] = (),
) -> list[Mention]:
    """Home-grown groups and people take the story's country, else state organs the story's
    dominating government's. `barred` (a group word's character offset -> countries) keeps a
    group from a country its sentence names only as its victims' ("gunmen attacked a Russian
    patrol": groups.py); `origins` (character offsets) are places named only as where a person
    comes from ("originally from Punjab": places.py), no evidence of where the story is;
    `headline` holds the country of each place the article's title names (`headline.py`)."""
    mentions = _with_one_country(mentions, barred or {}, origins, headline)
    institutions = [m for m in mentions if _institution(m)]
    code = _dominant(institutions)
    if code is None:
        return mentions
    return [
        replace(m, country=code, actor_id=f"{code}:{m.sector}", inferences=m.inferences | Inference.ARTICLE)
        if m.country is None and _institution(m) and not stateless(m)
        else m
        for m in mentions
    ]


def _institution(mention: Mention) -> bool:
    return (
        mention.kind == "group" and mention.sector in GOVERNMENT_SECTORS and mention.rule not in ANAPHOR_RULES
    )


def stateless(mention: Mention) -> bool:
    """A group said to be of no one country, or a state's organ said to be of others ("world
    leaders", "other leaders"); "other unions" are of the story's country as the ones before."""
    words = mention.text.lower().split()
    if place_words("stateless").intersection(words):
        return True
    return mention.sector in STATE_ORGANS and bool(place_words("stateless_organ").intersection(words))


def _dominant(mentions: list[Mention]) -> str | None:
    counts: dict[str, int] = {}
    for m in mentions:
        if m.country:
            counts[m.country] = counts.get(m.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < GOVERNMENT_MIN_MENTIONS:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if runner_up * 2 <= ranked[0][1] else None


def _with_one_country(
    mentions: list[Mention],
    barred: Mapping[int, frozenset[str]],
    origins: frozenset[int],
    headline: Sequence[str] = (),
) -> list[Mention]:
    """ "Police fired tear gas", "the crowds", "Chief Executive Carrie Lam", a witness or a fire
    chief in a story about one country: home-grown groups and people that name no country are
    that country's (marked ARTICLE, "+article" in the rule). A story that names several
    countries in earnest leaves them unknown."""
    counts: dict[str, int] = {}
    for m in mentions:
        if (
            m.country
            and m.kind in ("country", "person", "group", "place")
            and m.rule not in NOT_EVIDENCE_RULES
            and m.start not in origins
        ):
            counts[m.country] = counts.get(m.country, 0) + 1
    for code in headline:
        counts[code] = counts.get(code, 0) + 1
    total = sum(counts.values())
    if not counts:
        return mentions
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    code, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if top < ARTICLE_COUNTRY_MIN_MENTIONS or top / total < ARTICLE_COUNTRY_MIN_SHARE or runner_up * 2 > top:
        return mentions
    return [
        replace(
            m,
            country=code,
            actor_id=m.actor_id if m.kind == "person" else f"{code}:{m.sector}",
            inferences=m.inferences | Inference.ARTICLE,
        )
        if m.country is None and _home_grown(m) and not _barred(m, code, barred)
        else m
        for m in mentions
    ]


def _barred(mention: Mention, code: str, barred: Mapping[int, frozenset[str]]) -> bool:
    return any(
        mention.start <= at < mention.end and (code in codes or ANY_COUNTRY in codes)
        for at, codes in barred.items()
    )


def _home_grown(mention: Mention) -> bool:
    """A group or officer of a domestic sector, or a person with no office: a fire chief, a
    witness or a television anchor named in a story about one country is that country's."""
    if mention.rule == ORGANISATION_RULE:
        return False  # "ISIL" in a US story: `data/organisations.tsv` says whose it is, `-` no one's
    if mention.kind == "group":
        # "pirates" are no one country's, whatever the story's (`stateless_group` place words),
        # nor are "world leaders" or "other leaders" (`stateless` modifiers)
        words = mention.text.lower().split()
        no_country = place_words("stateless_group").intersection(words) or stateless(mention)
        return mention.sector in DOMESTIC_SECTORS and not no_country
    return mention.kind == "person" and (mention.sector is None or mention.sector in PERSON_DOMESTIC_SECTORS)
