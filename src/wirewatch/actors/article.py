"""The last step of actor resolution: home-grown groups that name no country take the
country of a story about one country (marked `Inference.ARTICLE`, "+article" in the rule)."""

from __future__ import annotations

from dataclasses import replace

from wirewatch.model import Inference, Mention

# An article is about one country when that country has at least this many of the mentions
# that carry a country, this share of them, and twice as many as any other country.
ARTICLE_COUNTRY_MIN_MENTIONS = 3
ARTICLE_COUNTRY_MIN_SHARE = 0.6
# Sectors of home-grown groups and officers that take the article's country when they name none.
DOMESTIC_SECTORS = frozenset(
    {"GOV", "COP", "MIL", "CVL", "OPP", "JUD", "LEG", "PTY", "LAB", "EDU", "REB", "CRM"}
)
# Mentions that are no evidence of what the story is about: the dateline says where the
# reporter filed from.
NOT_EVIDENCE_RULES = frozenset({"dateline"})


def with_article_country(mentions: list[Mention]) -> list[Mention]:
    """ "Police fired tear gas", "the crowds", "Chief Executive Carrie Lam" in a story about one
    country: home-grown groups and people that name no country are that country's (marked
    ARTICLE, "+article" in the rule). A story that names several countries in earnest leaves them unknown."""
    counts: dict[str, int] = {}
    for m in mentions:
        if (
            m.country
            and m.kind in ("country", "person", "group", "place")
            and m.rule not in NOT_EVIDENCE_RULES
        ):
            counts[m.country] = counts.get(m.country, 0) + 1
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
        if m.country is None and m.sector in DOMESTIC_SECTORS and m.kind in ("person", "group")
        else m
        for m in mentions
    ]
