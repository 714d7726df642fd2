"""The last word on an event's roles once the parse has found them.

`finish` splits a symmetric act's sources into a pair and finds a meeting's host;
`without_own_state` drops a target that is its source's own state ("Biden pledged
that Washington would send aid"); `without_victims_country` takes back the story's
country an armed group was given when its victims are of that country; `with_victims_place`
gives ordinary people struck with no country read the country of the place they were struck;
`as_waging_forces` reads a nationality on an act of war waged with its state's forces as them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from wirewatch.actors.groups import NON_STATE_ARMED
from wirewatch.actors.places import FORCES_RULE, MILITARY
from wirewatch.events.codebook import Rule
from wirewatch.events.implied import HOST_RULE_PENALTY, host_of
from wirewatch.events.roles import Roles, actor_key, reciprocal
from wirewatch.events.words import role_words
from wirewatch.model import NO_INFERENCE, Inference, Mention

# PLOVER types of the acts of force a state's forces wage.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def as_waging_forces(plover: str, sources: Sequence[Mention]) -> tuple[Mention, ...]:
    """The doers of an act of force, each nationality on an act of war waged with its state's forces
    or arms ("Israeli air raids", "Turkish artillery": `places.FORCES_RULE`) read as that state's
    military (MIL), as "the Israelis bombed" is (issue 11: such doers coded with no sector). The
    same words as the one an act is aimed at name the state ("Lebanon protested the Israeli air
    raids" accuses Israel)."""
    if plover not in FORCE_TYPES:
        return tuple(sources)
    return tuple(
        replace(m, sector=MILITARY) if m.rule == FORCES_RULE and m.sector is None else m for m in sources
    )


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


# The actor stage's rule for a demonym as an argument ("an Australian"): a person of the country.
DEMONYM_RULE = "gazetteer:demonym"
# CAMEO's quad class of material conflict (assaults, coercion): acts that strike people somewhere.
STRIKING_QUAD = 4
CIVILIANS = "CVL"


# Clauses of their own inside an act's phrase, whose places are not the act's: "..., killing 20
# people, aid workers in Nairobi said", "shelled Juba and then talks were held in Addis Ababa".
OTHER_CLAUSES = frozenset({"ccomp", "parataxis", "conj", "csubj"})
# A clause hung on the act's noun ("the attack on the school in Jabaliya, which wounded 100 people").
NOUN_CLAUSES = frozenset({"relcl", "acl"})


def with_victims_place(rule: Rule, roles: Roles, token: Token, located: dict[int, Mention]) -> Roles:
    """Ordinary people an act of force strikes, with no country read for them, are of the country
    of the place where it struck them: "the attack on the school in the town of Jabaliya, which
    wounded around 100 people", "rebels shelled Juba, killing about 20 people" (PLOVER and ICEWS
    code such victims to the place; the actor step leaves a bare "people" none when the sentence
    names more than one country). Only the places of the act's own phrase count, and only when
    they are of one country."""
    if rule.cameo.quad_class != STRIKING_QUAD or not any(_unplaced_people(t) for t in roles.targets):
        return roles
    countries = _act_place_countries(token, located)
    if len(countries) != 1:
        return roles
    country = countries.pop()
    targets = tuple(_of_country(t, country) if _unplaced_people(t) else t for t in roles.targets)
    return (
        roles
        if targets == tuple(roles.targets)
        else Roles(roles.sources, targets, roles.penalty, roles.inferences)
    )


def _act_place_countries(token: Token, located: dict[int, Mention]) -> set[str]:
    """The countries of the places named in an act's own phrase (a noun's, when the act is a
    clause on it; the act of force's, when it is the harm that act did: "shelled Kadugli,
    killing 20 people"), not in a clause of its own inside it."""
    harm = token.dep_ == "advcl" and token.lower_ in role_words().harming
    top = token.head if token.dep_ in NOUN_CLAUSES or harm else token
    found: set[str] = set()
    frontier = [top]
    while frontier:
        word = frontier.pop()
        place = located.get(word.i)
        if place is not None and place.kind == "place" and place.country:
            found.add(place.country)
        frontier.extend(c for c in word.children if c.dep_ not in OTHER_CLAUSES)
    return found


def _unplaced_people(mention: Mention) -> bool:
    return (
        mention.kind == "group"
        and mention.sector == CIVILIANS
        and not mention.name
        and mention.country is None
    )


def _of_country(mention: Mention, country: str) -> Mention:
    return replace(mention, country=country, actor_id=f"{country}:{mention.sector}")


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
    if target.rule == DEMONYM_RULE:
        # "is investigating reports that another Australian fought for the Taliban": one of the
        # country's people, looked into by its own government, is no self-target
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
    if reciprocal(token):
        # "Johnson and Corbyn attacked each other's policies on Brexit": each is the other's
        # target, as in a symmetric act; "the two ministers accused each other": one source,
        # the pair, with no target. What the act is about ("on Brexit") is no target.
        targets = []
    # a noun whose own phrases alone name its other side ("received a distress call" from no one
    # the subject called with): no pair of subjects, no host, stands in for them
    own_phrases = rule.pos == "noun" and rule.own_targets
    if not targets and (rule.symmetric or reciprocal(token)) and len(sources) > 1 and not own_phrases:
        sources, targets = sources[:1], sources[1:]
    if not targets and rule.plover == "CONSULT" and sources and not own_phrases:
        host = host_of(token, sources, by_token)
        if host is not None:
            targets, penalty, inferred = [host], penalty + HOST_RULE_PENALTY, Inference.HOST
    return Roles(tuple(sources), tuple(targets), penalty, inferred)
