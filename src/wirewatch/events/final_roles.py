"""The last word on an event's roles once the parse has found them.

`finish` splits a symmetric act's sources into a pair and finds a meeting's host;
`without_own_state` drops a target that is its source's own state ("Biden pledged
that Washington would send aid"); `without_victims_country` takes back the story's
country an armed group was given when its victims are of that country.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from wirewatch.actors.groups import NON_STATE_ARMED
from wirewatch.events.codebook import Rule
from wirewatch.events.implied import HOST_RULE_PENALTY, host_of
from wirewatch.events.roles import Roles, actor_key
from wirewatch.model import NO_INFERENCE, Inference, Mention


def without_own_state(roles: Roles) -> Roles:
    """No event targets its own source's state: "Biden pledged that Washington would send aid",
    "EU ministers froze assets held in the bloc", "Russia aims to ease exports of Russian food"
    name the source's own country, not whom the act is aimed at. A part of that state other
    than its government (its army, police, opposition, people) stays a target."""
    kept = tuple(t for t in roles.targets if not _own_state(t, roles.sources))
    if len(kept) == len(roles.targets):
        return roles
    return Roles(roles.sources, kept, roles.penalty, roles.inferences)


def without_victims_country(rule: Rule, roles: Roles) -> Roles:
    """An armed group's country is never its victims': "they attacked the USS Cole", with "they"
    the terrorists a US story gave the story's country (ARTICLE), is an attack by terrorists of no
    country read. The actor step bars the same inference when the victims' country is named in the
    group's own sentence ("gunmen attacked a Russian patrol": groups.py); this is the attacker
    named before, through a pronoun (issue 11)."""
    if rule.plover != "ASSAULT":
        return roles
    victims = {t.country for t in roles.targets if t.country and Inference.ARTICLE not in t.inferences}
    sources = tuple(
        _of_no_country(m) if _story_country_armed(m) and m.country in victims else m for m in roles.sources
    )
    return (
        roles
        if sources == tuple(roles.sources)
        else Roles(sources, roles.targets, roles.penalty, roles.inferences)
    )


def _story_country_armed(mention: Mention) -> bool:
    return (
        mention.kind == "group"
        and mention.sector in NON_STATE_ARMED
        and Inference.ARTICLE in mention.inferences
    )


def _of_no_country(mention: Mention) -> Mention:
    return replace(
        mention,
        country=None,
        actor_id=f"{None}:{mention.sector}",
        inferences=mention.inferences & ~Inference.ARTICLE,
    )


def _own_state(target: Mention, sources: Sequence[Mention]) -> bool:
    country = target.country
    if country is None or target.kind == "person" or target.actor_id not in (country, f"{country}:GOV"):
        return False
    if Inference.ARTICLE in target.inferences:
        # a group given the story's country ("Canada and India each expelled six of the other's
        # diplomats"): whose it is was not read, so it is no evidence of a self-target
        return False
    # A group of no known sector ("the Kenya Human Rights Commission") is no state of its own.
    return any(s.country == country and _a_state(s) for s in sources)


def _a_state(source: Mention) -> bool:
    return source.sector == "GOV" or (source.sector is None and source.kind != "group")


def finish(
    rule: Rule,
    token: Token,
    sources: list[Mention],
    targets: list[Mention],
    penalty: float,
    by_token: dict[int, Mention],
) -> Roles | None:
    source_ids = {actor_key(m) for m in sources}
    targets = [m for m in targets if actor_key(m) not in source_ids]
    inferred = NO_INFERENCE
    if not targets and rule.symmetric and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]
    if not targets and rule.plover == "CONSULT" and sources:
        host = host_of(token, sources, by_token)
        if host is not None:
            targets, penalty, inferred = [host], penalty + HOST_RULE_PENALTY, Inference.HOST
    return Roles(tuple(sources), tuple(targets), penalty, inferred)
