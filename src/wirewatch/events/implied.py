"""Participants a sentence implies without naming them as arguments.

Each inference is marked on the event (`Inference`: DOMESTIC, UNATTRIBUTED, IMPLIED, PAIR,
PLACE, HOST, ..., rendered in its rule as "+domestic", "+unattributed", ...) and lowers its
confidence, so an analyst sees what was read and what was inferred:

- a place standing for its country ("shelled Juba", "talks in Moscow");
- a material act that falls on the source's own country ("police prevented the rally");
- an attack with no named attacker, coded to where it struck ("a roadside bomb near Samarra");
- an agentless arrest or investigation, by the local authorities (or the police or court the
  sentence names); an envoy summoned or expelled, by its host;
- forces in a passive retreat ("were demobilized");
- "both countries", and "arrived here".
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.actors.article import stateless
from wirewatch.actors.coref import ANAPHOR_RULES, Coreference
from wirewatch.actors.lexicon import CIVILIAN
from wirewatch.actors.places import WATER_RULE
from wirewatch.doctools import token_indices
from wirewatch.events.accidents import names_an_accident, struck_down
from wirewatch.events.codebook import Rule, all_verb_forms, verb_inflections
from wirewatch.events.relevance import IMPLIED_READING, private_person
from wirewatch.events.roles import (
    PARTICIPLE_ENDINGS,
    RELATIVE_PRONOUNS,
    Roles,
    actor_key,
    actors_at,
    agent_objects,
    coordinated,
    denies_a_claim,
    governing_verb,
    is_passive,
    passive_subjects,
    prep_objects,
    reciprocal,
    relative_doer,
    with_conjuncts,
)
from wirewatch.events.words import role_words
from wirewatch.gazetteer.countries import packaged_gazetteer
from wirewatch.gazetteer.words import place_words, water_namesake
from wirewatch.model import ActorRef, Event, Inference, Mention

# Confidence is the rule's prior, lowered for each weaker inference it needed.
HOST_RULE_PENALTY = 0.15
PLACE_TARGET_PENALTY = 0.1
PAIR_PENALTY = 0.15
UNATTRIBUTED_PENALTY = 0.25
INHERITED_SUBJECT_PENALTY = 0.1
MATERIAL_QUADS = frozenset({2, 4})
MATERIAL_CONFLICT = 4  # CAMEO quad class
# Entity labels of what may be a place or party the actor stage did not know.
NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON"})
CAPITAL_RULE = "gazetteer:capital"  # the actor stage's rule for a capital city's mention
LOCATIVE_PREPS = frozenset({"in", "near", "outside", "at", "of", "around", "on"})
LOCATED_KINDS = frozenset({"place", "country"})
# CAMEO codes of acts only an authority performs (administrative sanctions, arrest, deportation).
STATE_ACT_CODES = frozenset({"172", "173", "174", "175"})
# Sanctions an employer puts on its own staff (suspended, sacked, placed on leave: CAMEO 172, any
# employer's doing): with no agent named, no authority is implied.
DISCIPLINE_MODE = "discipline"
# Acts on oneself: a resignation has no one on the receiving end, at home or abroad.
SELF_DIRECTED_MODES = frozenset({"resign"})
SHOW_OF_FORCE = "150"  # CAMEO: demonstrate military or police power (a weapons test, a parade)
# CAMEO's actor type for attackers no one names ("Unidentified Armed Forces"): an unattributed
# attack's source is the country it happened in with this sector, never the state itself.
UNIDENTIFIED_FORCES = "UAF"


def country_mention(
    anchor: Mention | Token,
    code: str | None,
    sector: str | None,
    rule: str,
    name: str | None = None,
    named: bool = False,
) -> Mention:
    """A country standing in as a participant, on the text that implies it; `named`: shown by
    the country's name, where the text that implies it is an act or another actor's words ("The
    activist was detained": the authority that detained is not "detained", nor the activist)."""
    if isinstance(anchor, Mention):
        start, end = anchor.start, anchor.end
    else:
        start, end = anchor.idx, anchor.idx + len(anchor.text)
    actor_id = f"{code}:{sector}" if sector else code
    name = name or (country_name(code) if code else None)
    text = name if named and name else anchor.text
    return Mention(start, end, text, "country", code, sector, name, None, actor_id, rule)


# Pair nouns that need not be countries: the two sides of a civil war are its two armed
# forces ("the army and the Rapid Support Forces"), not two countries.
ANY_ACTOR_PAIRS = frozenset({"sides"})


@functools.lru_cache(maxsize=1)
def _pair_word_ids() -> frozenset[int]:
    words = role_words()
    return frozenset(get_string_id(w) for w in words.pair | words.parties)


def _pair_marker(token: Token) -> Token | None:
    """The word of a pair noun that makes it the pair a story is about: "both", "two"; on a noun
    of the sides to a dispute (role_words.tsv `parties`) with "warring", its determiner ("the
    warring factions"), where the second of the pair is put."""
    marker = next(
        (c for c in token.children if c.lower_ in ("both", "two") and c.dep_ in PAIR_MARKER_DEPS), None
    )
    if marker is not None or token.lower_ not in role_words().parties:
        return marker
    if not any(c.lower_ == "warring" and c.dep_ == "amod" for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ == "det"), None)


PAIR_MARKER_DEPS = frozenset({"det", "nummod", "predet"})


def pair_mentions(doc: Doc, mentions: list[Mention], by_token: dict[int, Mention]) -> dict[int, Mention]:
    """ "Both countries", "the two nations": the two countries the article has named most so far;
    "both sides": the two actors of any kind (countries, armed groups) it has named most.

    Actors named earlier in the phrase's own sentence are not counted: they are the third
    party that speaks to the pair ("Kenya's president urged both sides", "the US called on
    both countries"). The pair is put on two tokens of the phrase (the determiner or
    number, and the noun), which `actors_at` reads together. A story with fewer than two
    actors named before the phrase gives nothing. "The two leaders", "both men", "the pair" are
    the two people the coreference resolver finds named together last ("Modi spoke with Abe").
    """
    out = _people_pairs(doc, mentions)
    for i in token_indices(doc, LOWER, _pair_word_ids()):
        token = doc[i]
        if token.i in by_token:
            continue
        marker = _pair_marker(token)
        if marker is None:
            continue
        any_actor = token.lower_ in ANY_ACTOR_PAIRS or token.lower_ in role_words().parties
        earlier = _pair_candidates(mentions, token, by_country=not any_actor)
        if any_actor:
            actors = _most_named_actors(earlier)
            if len(actors) == 2:
                out[marker.i], out[token.i] = (_pair_copy(token, m) for m in actors)
            continue
        pair = _most_named_countries(earlier)
        if len(pair) == 2:
            out[marker.i], out[token.i] = (country_mention(token, code, None, "pair") for code in pair)
    return out


def _people_pairs(doc: Doc, mentions: list[Mention]) -> dict[int, Mention]:
    """ "The two leaders" after "Modi spoke with Abe": each of the two people on a word of the
    phrase (its determiner or number, and its noun), as for a pair of countries."""
    out: dict[int, Mention] = {}
    for head, people in Coreference.of(doc, mentions).pairs():
        token = doc[head]
        marker = next((c for c in token.lefts if c.dep_ in ("det", "nummod", "predet")), None)
        if marker is not None and len(people) == 2:
            out[token.i], out[marker.i] = (_pair_copy(token, m) for m in people)
    return out


def _pair_candidates(mentions: list[Mention], token: Token, *, by_country: bool) -> list[Mention]:
    """The mentions the pair is drawn from: those of the phrase's own sentence when it names
    two countries or more before it ("rejected an offer from Afghanistan for talks between
    the two neighbours"), else the story's before that sentence, without the third party
    the sentence names ("Kenya's president urged both sides"): for a pair of countries, its
    country; for "both sides", only that actor (a Sudanese minister may urge two Sudanese
    forces)."""
    sentence_start = token.sent.start_char
    own = [m for m in mentions if sentence_start <= m.start < token.idx and m.kind != "place"]
    if len({m.country for m in own if m.country}) >= 2:
        return own
    if by_country:
        countries = {m.country for m in own}
        return [m for m in mentions if m.start < sentence_start and m.country not in countries]
    third = {_actor_key(m) for m in own}
    return [m for m in mentions if m.start < sentence_start and _actor_key(m) not in third]


def _actor_key(mention: Mention) -> str | None:
    """Who a mention names: its actor, else its country."""
    return mention.actor_id or mention.country


def _most_named_countries(mentions: list[Mention]) -> list[str]:
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.country and mention.kind != "place":
            counts[mention.country] = counts.get(mention.country, 0) + 1
    ranked = sorted(counts, key=lambda code: -counts[code])  # stable: first named wins a tie
    return ranked[:2]


def _most_named_actors(mentions: list[Mention]) -> list[Mention]:
    """The two actors (countries, groups; not people or places) named most, each by its
    latest mention."""
    counts: dict[str, int] = {}
    latest: dict[str, Mention] = {}
    for mention in mentions:
        key = _actor_key(mention)
        if key is None or mention.kind not in ("country", "group", "igo"):
            continue
        counts[key] = counts.get(key, 0) + 1
        latest[key] = mention
    ranked = sorted(counts, key=lambda key: -counts[key])  # stable: first named wins a tie
    return [latest[key] for key in ranked[:2]]


def _pair_copy(token: Token, actor: Mention) -> Mention:
    """The actor, on the words of the pair phrase."""
    return dataclasses.replace(
        actor, start=token.idx, end=token.idx + len(token.text), text=token.text, rule="pair"
    )


def _is_igo(code: str | None) -> bool:
    entry = packaged_gazetteer().get(code) if code else None
    return entry is not None and entry.kind == "igo"


def country_name(code: str) -> str:
    """The country's name ("Ukraine" for UKR), else its code."""
    entry = packaged_gazetteer().get(code)
    return entry.name if entry is not None else code


def with_place_target(rule: Rule, token: Token, roles: Roles, places: dict[int, Mention]) -> Roles:
    """A place as the target when no actor is: "shelled Juba", "lifted the curfew in Montenegro".

    The place stands for its country. The object and the rule's prepositions
    count for every rule; a locative phrase ("in", "near", "across": place_words.tsv) and "into
    <place>" only for material actions (quad classes 2 and 4), whose place is where they bite
    ("an offensive into Gaza", "struck launchers near Sanaa"); a verbal
    act's place is a venue.
    An act on a person (a rule that needs a named target: kill, injure, arrest)
    takes a place only where the rule looks for its target ("shelled Juba"),
    never from "in Lima". A denied claim's words name no place of the denial (`denies_a_claim`).
    """
    if denies_a_claim(rule):
        return roles
    heads = [c for c in token.children if c.dep_ in {t for t in rule.targets if ":" not in t}]
    preps = {t.split(":", 1)[1] for t in rule.targets if t.startswith("prep:")}
    if rule.cameo.quad_class in MATERIAL_QUADS and not rule.requires_target:
        # where a material act bites ("in", "near", "across"), or what it moves into
        preps |= place_words("locative") | {"into"}
        # "suspended aid deliveries in Baghdad", "cut the aid programme for Bosnia": the place
        # in the object's phrase is where a material act bites.
        heads += [c for c in token.children if c.dep_ == "dobj" and c not in heads]
        governor = governing_verb(token) if token.dep_ != "ROOT" else None
        if governor is not None and rule.pos == "noun":
            # "carried out strikes on Aleppo": the parse often hangs the noun's phrase on the verb
            heads += [h for h in prep_objects(governor, {"in", "into"} | preps) if h.i != token.i]
    heads += prep_objects(token, preps) + _acts_against(token)
    source_countries = {m.country for m in roles.sources}
    for head in heads:
        if head.lower_ in place_words("water"):
            continue  # "attacks in the Gulf of Aden": at sea, on no one of Aden
        for place in actors_at(head, places):
            if place.rule == WATER_RULE:
                continue  # "seized a ship in the Gulf of Aden": the sea's namesake was not struck
            if _struck_inside(place, head, roles):
                # "fired the shots meant for rival gang members", "firing on a building used by
                # Israeli troops": an actor the search meets in the act's phrase is the one it
                # falls on, as it is, not a place standing for its country
                return Roles(roles.sources, (place,), roles.penalty + PLACE_TARGET_PENALTY, roles.inferences)
            if place.country and (place.country not in source_countries or _struck_at_home(rule)):
                # "shelled Kyiv", "visited Kyiv": the target is Ukraine, on the word Kyiv; a
                # capital visited or criticised stands for its government ("criticised
                # Washington"); a town or city struck, or sent relief, for its people, the
                # civilians of that country (as PLOVER and ICEWS code "rockets hit Tel Aviv").
                name = country_name(place.country)
                sector = _place_sector(place, rule)
                if _on_a_gathering(rule, token):
                    sector, name = CIVILIAN, f"protesters in {name}"
                target = country_mention(place, place.country, sector, "place-target", name)
                return Roles(
                    roles.sources,
                    (target,),
                    roles.penalty + PLACE_TARGET_PENALTY,
                    roles.inferences | Inference.PLACE,
                )
    return roles


def with_capital_party(rule: Rule, token: Token, roles: Roles, places: dict[int, Mention]) -> Roles:
    """The other party of talks named by its capital: "negotiated with Kabul", "held talks with
    Moscow", "refused to negotiate with Kabul", "refused to hold talks with Kabul" deal with that
    capital's government, as an actor named there would be the target ("refused to negotiate with
    the Afghan government"; "the Taliban refused to negotiate with Kabul" is a dyad at home). Only
    a capital (a town is where one talks, not with whom), and only in the "with" phrase of the act,
    of what it acts on or of its complement: "met in Kabul" names a venue. A state dealing with its
    own capital is dropped later (`final_roles.without_own_state`)."""
    if roles.targets or denies_a_claim(rule):
        return roles
    # "refused to negotiate with Kabul", but not "prodded Seoul to resume talks with Tokyo": the
    # talks of one whose object is asked to hold them are the object's, not the source's
    asks_object = any(c.dep_ in ("dobj", "dative") for c in token.children)
    complements = [c for c in token.children if c.dep_ == "xcomp" and not asks_object]
    verbs = [token, *complements]
    holders = verbs + [o for v in verbs for o in v.children if o.dep_ == "dobj"]
    for head in (g for h in holders for g in prep_objects(h, {"with"})):
        place = places.get(head.i)
        if place is None or place.rule != CAPITAL_RULE or place.country is None:
            continue
        target = country_mention(place, place.country, "GOV", "place-target", country_name(place.country))
        return Roles(
            roles.sources, (target,), roles.penalty + PLACE_TARGET_PENALTY, roles.inferences | Inference.PLACE
        )
    return roles


def capitals_between(rule: Rule, token: Token, roles: Roles, places: dict[int, Mention]) -> Roles:
    """The two sides of a meeting named by their capitals in its "between" phrase ("talks between
    Kyiv and Moscow resumed", "the call between Washington and Beijing"): the two governments, as
    a capital after "with" is (`with_capital_party`); a seat of an organisation of states, that
    organisation ("seven years of talks between Ottawa and Brussels": the EU, igos.tsv `seats`).
    Only for a mutual act of meeting with no party named otherwise, and only capitals of two
    countries: "talks between Geneva and Lausanne" name towns, where one talks, not with whom."""
    if roles.sources or roles.targets or rule.plover != "CONSULT" or not rule.symmetric:
        return roles
    named = [places.get(w.i) for g in prep_objects(token, {"between"}) for w in (g, *g.conjuncts)]
    capitals = {p.country: p for p in named if p is not None and p.rule == CAPITAL_RULE and p.country}
    if len(capitals) != 2:
        return roles
    seats = {code: packaged_gazetteer().seat_of(place.text) for code, place in capitals.items()}
    first, second = (
        country_mention(place, seats[code] or code, "IGO" if seats[code] else "GOV", "place-target")
        for code, place in capitals.items()
    )
    penalty = roles.penalty + PLACE_TARGET_PENALTY
    return Roles((first,), (second,), penalty, roles.inferences | Inference.PLACE)


def _on_a_gathering(rule: Rule, token: Token) -> bool:
    """An act of force whose object is a protest or a crowd ("crushed the protests across Iran",
    "dispersed the demonstrations"; role_words.tsv `gathering`): it falls on the people gathered,
    so the place or country standing in for its target is its civilians, not the state itself."""
    if rule.cameo.quad_class != MATERIAL_CONFLICT or rule.plover == "PROTEST":
        return False
    # "fired teargas to break up the protests": the object of the act's purpose
    verbs = [token, *(c for c in token.children if c.dep_ in ("xcomp", "advcl"))]
    return any(c.dep_ == "dobj" and c.lower_ in role_words().gathering for v in verbs for c in v.children)


def _struck_at_home(rule: Rule) -> bool:
    """Whether a place of the source's own country stands for a target of the act: for a material
    act, yes ("the army shelled Homs" falls on Syrians), but not for a show or movement of force
    (PLOVER MOBILIZE): "deployed fighters across Darfur", "deployed surrogates across Arizona"
    say where the forces went at home, not against whom (issue 11)."""
    return rule.cameo.quad_class in MATERIAL_QUADS and rule.plover != "MOBILIZE"


def _acts_against(token: Token) -> list[Token]:
    """The "against" phrase of an act the trigger takes as its object, itself or through its
    complement ("ruled out taking military action against Pyongyang", "opposed sanctions against
    Moscow"): what the act would be aimed at is what its rejection or backing is about; a
    capital there stands for its state. "against" names no place an act happens in."""
    complements = [c for c in token.children if c.dep_ == "xcomp"]
    objects = [o for v in (token, *complements) for o in v.children if o.dep_ == "dobj"]
    # the parse hangs the phrase on the object or on the complement's verb ("taking ... against")
    return [g for h in (*objects, *complements) for g in prep_objects(h, {"against"})]


# Mention kinds of actors, not of places or countries: met by the place-target search inside an
# act's phrase, they are the target themselves.
ACTOR_KINDS = frozenset({"group", "person"})


def _struck_inside(actor: Mention, head: Token, roles: Roles) -> bool:
    """An actor of a known country, named inside the phrase of what an act falls on (not that
    phrase's own head, which the rule's slots did not take), other than the act's source or a
    pronoun ("pressed her advantage" is no act on herself)."""
    if actor.kind not in ACTOR_KINDS or actor.rule in ANAPHOR_RULES or actor.country is None:
        return False  # "suspended part of a military aid program for Kenya": no "military" struck
    if actor.start <= head.idx < actor.end:
        return False
    return actor_key(actor) not in {actor_key(m) for m in roles.sources}


def _place_sector(place: Mention, rule: Rule) -> str | None:
    """The sector a place stands for as an event's target: its government for a capital in a
    verbal act, its civilians for a town or city in a material act, else none (the country). A
    protest is aimed at the authorities, never at the people of the place it blocks."""
    if rule.cameo.quad_class not in MATERIAL_QUADS:
        return "GOV" if place.rule == CAPITAL_RULE else None
    return "CVL" if place.kind == "place" and rule.plover != "PROTEST" else None


def unattributed(
    token: Token,
    sent: SpacySpan,
    roles: Roles,
    located: dict[int, Mention],
    by_token: dict[int, Mention],
    placeless: bool = False,
) -> Roles:
    """An attack with no named attacker is coded, as CAMEO and PLOVER code it, to the country it
    happened in: "a roadside bomb near Samarra killed a US soldier" is IRQ → USA.

    Only when the sentence says what struck (a bomb, an explosion, a mortar round)
    or uses the agentless passive ("was killed in a car bomb explosion in
    Beirut"), and names the place in a locative phrase. With no place, an attack the sentence
    names ("five soldiers were killed in a roadside bombing", "a bomb killed two policemen") or
    force someone meant (`placeless`, `deliberate`: "was shot dead outside his home") is by
    attackers of no known country; a bare harm ("were killed on Monday") or a threat, no one's.

    So is force told from the side of the one it fell on with no "from" or "by" doer ("the
    governor survived an assassination attempt in Kaduna", "came under attack near Kandahar"):
    as agentless as the passive, read on the verb it is undergone through.
    """
    if Inference.RECEIVED in roles.inferences:
        if roles.sources:
            return roles
        undergone = governing_verb(token)
        if undergone is None:
            return roles
        # its subject is the one struck, no attacker
        return _unattributed(undergone, sent, roles, located, by_token, [], True, placeless)
    headline = Inference.HEADLINE in roles.inferences
    subjects = (
        [] if headline else [_for_antecedent(c) for c in token.children if c.dep_ in ("nsubj", "csubj")]
    )
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or headline
    attackers = subjects + agent_objects(token)
    return _unattributed(token, sent, roles, located, by_token, attackers, passive, placeless)


def _for_antecedent(subject: Token) -> Token:
    """A relative pronoun subject stands for the noun it is of (`relative_doer`): in "a bombing in
    Mosul, which wounded six", what wounded is the bombing, an attack no one is named for."""
    clause = subject.head
    return (
        relative_doer(clause) if clause.dep_ == "relcl" and subject.lower_ in RELATIVE_PRONOUNS else subject
    )


def _unattributed(
    token: Token,
    sent: SpacySpan,
    roles: Roles,
    located: dict[int, Mention],
    by_token: dict[int, Mention],
    attackers: list[Token],
    passive: bool,
    placeless: bool,
) -> Roles:
    """`unattributed` once the attackers named and whether the act is told agentless are known."""
    if token.dep_ == "acl" and token.lower_.endswith(PARTICIPLE_ENDINGS) and not roles.targets:
        # "Two Nigerian soldiers killed in Mali": the noun the participle hangs on was struck.
        passive, roles = (
            True,
            Roles(roles.sources, tuple(actors_at(token.head, by_token)), roles.penalty, roles.inferences),
        )
    if attackers and not all(a.lower_ in role_words().attack for a in attackers):
        return roles
    if not roles.targets:
        return roles  # "No one was injured in the fire": nobody named was struck
    if names_an_accident(sent) or struck_down(token):
        return roles  # "ten people were killed when an earthquake razed villages", "... when a van hit her"
    if not attackers and not passive:
        return roles
    if not attackers:
        named = clause_attacker(token, by_token)
        if named:
            return Roles(named, roles.targets, roles.penalty + INHERITED_SUBJECT_PENALTY, roles.inferences)
        if _in_mutual_fighting(token):
            # "rebels and soldiers were killed in clashes in Kordofan": they fell fighting each
            # other, and the place sent no attackers
            return _clash_sides(token, roles, by_token)
    # "rockets were fired from the Gaza Strip": where they came from, else where they struck.
    origins = _places_from(token, located)
    place = origins[0] if origins else located_in(sent, located, token)
    if place is None and not (placeless or attackers or _in_an_attack(token)):
        return roles
    bombing = any(a.lower_ in role_words().bomb for a in attackers) or any(
        t.lower_ in role_words().bomb for t in sent if t.dep_ == "pobj" and t.head.head.i == token.i
    )
    if place is None:
        # "five soldiers were killed in a roadside bombing": struck where the sentence does not say,
        # by attackers of no known country; the country of the ones struck is no guess at where
        # (soldiers and reporters fall abroad)
        anchor = attackers[0] if attackers else token
        source = country_mention(
            anchor,
            None,
            UNIDENTIFIED_FORCES,
            UNATTRIBUTED_RULE,
            "unidentified attackers",
            named=not attackers,
        )
    else:
        source = country_mention(
            place,
            place.country,
            UNIDENTIFIED_FORCES,
            UNATTRIBUTED_RULE,
            f"unidentified attackers in {country_name(place.country)}" if place.country else None,
        )
        fired = [c for c in token.children if c.dep_ in FIRED_DEPS and _is_projectile(_measured(c))]
        afar = (fired and not bombing) or _landed(token)
        if afar and not origins and all(t.country in (None, place.country) for t in roles.targets):
            # "Rockets were fired at the Israeli cities of ...", "a drone killed three militants
            # near Sanaa": what was fired came from elsewhere, so the country struck is no
            # attacker of its own (a bomb that went off in Beirut is coded to Lebanon's unknown
            # attackers, as PLOVER does). The attack happened; its attackers are of no known
            # country. A target of no country yet ("bombs hit a field hospital on the edge of
            # Idlib") is struck at the place too: the story's country comes to it later.
            source = country_mention(
                place, None, UNIDENTIFIED_FORCES, UNATTRIBUTED_RULE, "unidentified attackers"
            )
    mark = Inference.UNATTRIBUTED_BOMBING if bombing else Inference.UNATTRIBUTED
    return Roles((source,), roles.targets, roles.penalty + UNATTRIBUTED_PENALTY, roles.inferences | mark)


def deliberate(rule: Rule) -> bool:
    """Whether an act of force tells that someone meant it ("was shot", "were abducted", "was
    tortured"), not a harm an accident does as well (role_words.tsv `harming`: killed, wounded,
    injured): told with no place, only the one is an attack without the attack named."""
    return rule.plover == "ASSAULT" and role_words().harming.isdisjoint(verb_inflections(rule.lemma))


def _in_an_attack(token: Token) -> bool:
    """ "were killed in a roadside bombing", "wounded during an ambush": the harm's own "in" or
    "during" phrase names an attack (role_words.tsv `attack`)."""
    return any(_measured(n).lower_ in role_words().attack for n in prep_objects(token, ATTACK_PREPS))


# Sectors of the armed sides of a clash: forces of the state, rebels and armed gangs.
ARMED_SIDES = frozenset({"MIL", "COP", "REB", "CRM"})


def fired_on(token: Token, roles: Roles) -> bool:
    """Fire received with no one named firing it ("came under fire") that fell on armed men or on a
    vessel or vehicle (role_words.tsv `craft`, `vehicle`): "a UN convoy came under heavy fire near
    Aleppo", "Afghan troops came under fire in Helmand" are attacks (stop 46: acts told as nouns
    missed); an official, a party, a plan or a school under fire is criticised, and only a named
    critic tells which."""
    if roles.targets and all(m.sector in ARMED_SIDES for m in roles.targets):
        return True
    verb = governing_verb(token)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    words = role_words()
    return any(s.lower_ in words.craft | words.vehicle for s in subjects)


def _in_mutual_fighting(token: Token) -> bool:
    """Whether an agentless act happened "in" or "during" fighting between sides ("were killed in
    clashes", "died during heavy fighting"), not in an attack by someone unnamed."""
    preps = [p for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "during")]
    return any(o.lower_ in role_words().mutual for p in preps for o in p.children if o.dep_ == "pobj")


def _clash_sides(token: Token, roles: Roles, by_token: dict[int, Mention]) -> Roles:
    """The sides of a clash the struck name: armed ones of two sectors ("rebels, soldiers and
    civilians were killed in clashes") are source and target, as PLOVER codes mutual fighting;
    with one side named the other is unknown, and no source is coded."""
    struck = list(roles.targets)
    seen = {actor_key(m) for m in struck}
    # every one listed, however the parse splits the list ("dozens of rebels, soldiers and ...")
    heads = [h for s in passive_subjects(token) for h in (s, *prep_objects(s, {"of"}))]
    for head in heads:
        for mention in coordinated(head, by_token) or actors_at(head, by_token):
            if actor_key(mention) not in seen:
                seen.add(actor_key(mention))
                struck.append(mention)
    armed = [m for m in struck if m.sector in ARMED_SIDES]
    if len({m.sector for m in armed}) < 2:
        return roles
    first = armed[0]
    others = tuple(m for m in struck if m.sector != first.sector)
    return Roles((first,), others, roles.penalty + INHERITED_SUBJECT_PENALTY, roles.inferences)


# A clause that tells how an agentless attack happened: "were killed when ...", "as ...", "after ...".
SEQUENCE_MARKERS = frozenset({"when", "as", "after", "while"})


def _landed(token: Token) -> bool:
    """What struck fell on the place from elsewhere: a bomb, shell or missile that "hit", "struck"
    or "landed on" it (`role_words.tsv` classes landing and projectile), in the act's own clause or
    in the clause that tells how a passive's victims were struck ("were wounded when bombs hit the
    offices"), and no bomb that lay where it went off ("a roadside bomb hit a convoy": class
    planted). Such an attack's attackers are no more of the country it hit than a shell's (issue 11,
    stop 41: "bombs hit" a building in an air campaign were coded to the town's own country)."""
    words = role_words()
    for verb in (token, *_sequence_clauses(token)):
        if verb.lower_ not in all_verb_forms(words.landing):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            what = _measured(subject)
            if any(c.dep_ in ("compound", "amod") and c.lower_ in words.planted for c in what.children):
                continue
            if what.lower_ in words.bomb or _is_projectile(what):
                return True
    return False


# Verbs whose subject carried the attack out ("when militants ambushed the convoy").
ATTACK_VERBS = frozenset(
    {"attack", "ambush", "strike", "hit", "fire", "open", "launch", "shell", "bomb", "raid", "storm", "shoot"}
    | {"target", "bombard", "pound", "stab", "detonate", "overrun", "gun", "blow", "torch", "rake"}
)


def clause_attacker(token: Token, by_token: dict[int, Mention]) -> tuple[Mention, ...]:
    """The attacker that the attack's own sentence names, for a passive with no agent: the owner of
    the attack it happened in, "were killed in a Russian drone strike", "wounded during a Taliban
    ambush", "in the first week of the army's offensive"; a clause's doer, "were killed when
    militants ambushed their convoy" (the militants), "as government forces launched air
    strikes"; or the owner of what struck in that clause,
    "after a Taliban-claimed car bomb hit a bus", "when Russian missiles hit a market". A clause's
    doers are all the ones its subject lists ("when the gang members Tom Reyes and Lee Marsh
    were spraying bullets"). None when no such phrase or clause names an actor."""
    for noun in prep_objects(token, ATTACK_PREPS):
        noun = _measured(noun)  # "killed in the first days of the Israeli offensive"
        owner = _attack_owner(noun, by_token) if noun.lower_ in role_words().attack else None
        if owner is not None:
            return (owner,)
    for clause in _sequence_clauses(token):
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            if subject.lower_ in role_words().attack:
                owner = _attack_owner(subject, by_token)
                if owner is not None:
                    return (owner,)
            elif (clause.lower_ in all_verb_forms(ATTACK_VERBS) or _fires(clause)) and subject.i in by_token:
                doers = coordinated(subject, by_token) or [by_token[subject.i]]
                if all(m.kind != "place" for m in doers):
                    return tuple(doers)
    return ()


def _sequence_clauses(token: Token) -> list[Token]:
    """The clauses that tell how the act at `token` happened: "were killed when ...", "as ..."."""
    return [
        clause
        for clause in token.children
        if clause.dep_ == "advcl"
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in SEQUENCE_MARKERS for c in clause.children)
    ]


def _fires(verb: Token) -> bool:
    """A clause verb whose object is what strikes (role_words.tsv `attack`): "when gang members
    were spraying bullets from a rooftop", "as insurgents lobbed grenades over the wall" tell an
    attack by the clause's subject whatever the verb."""
    return any(c.dep_ == "dobj" and _measured(c).lower_ in role_words().attack for c in verb.children)


# Prepositions of the attack a passive's victims were struck in: "killed in a drone strike".
ATTACK_PREPS = frozenset({"in", "during"})


def _attack_owner(noun: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The actor named inside an attack's or a weapon's phrase, not a place: "a Russian drone
    strike", "a Taliban-claimed car bomb" ("a strike near Kherson" names where, not whose)."""
    phrase = [t for c in noun.children if c.dep_ not in PHRASE_CLAUSES for t in c.subtree]
    owners = [
        by_token[t.i]
        for t in phrase
        if t.i in by_token and by_token[t.i].kind not in LOCATED_KINDS - {"country"}
    ]
    owners = [m for m in owners if not _located_at(m, noun)]
    return owners[0] if owners else None


# Clauses on a noun, which name other acts' doers: "the attack, which the navy announced".
PHRASE_CLAUSES = frozenset({"relcl", "acl", "advcl"})


def _located_at(mention: Mention, noun: Token) -> bool:
    """The mention sits in a locative phrase of the noun ("a strike near Kherson", "in Gaza")."""
    token = next((t for t in noun.subtree if t.idx == mention.start), None)
    while token is not None and token.i != noun.i:
        if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS:
            return True
        token = token.head
    return False


# Where a verb names what was fired: "rockets were fired", "a missile hit", "fired shells".
FIRED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


# Words that count or group what follows "of": "thousands of rockets", "a barrage of missiles".
QUANTITY_WORDS = frozenset(
    {"dozens", "hundreds", "thousands", "scores", "barrage", "salvo", "volley", "hail", "swarm", "wave"}
)


def _measured(token: Token) -> Token:
    """The noun a quantity stands before ("thousands of rockets": rockets), else the token."""
    if token.like_num or token.lower_ in QUANTITY_WORDS or token.lower_ in role_words().container:
        return next((g for g in prep_objects(token, {"of"})), token)
    return token


def _is_projectile(token: Token) -> bool:
    """A word of what is fired from afar: an attack word of the military's arms ("rockets",
    "missiles", "drones"), not a bomb that goes off where it lies nor an attack or gunfire,
    whose doers may be local."""
    words = role_words()
    if token.lower_ not in words.attack or token.lower_ in words.bomb:
        return False
    if token.lower_ in words.projectile:
        return True
    # "a drone strike", "an air strike": what struck is named by the weapon on the noun
    weapons = (words.attack & words.military) | AERIAL
    return token.lower_ in words.military or any(
        c.dep_ in ("compound", "amod") and c.lower_ in weapons for c in token.children
    )


# Modifiers that say an attack came from the air ("air strike", "aerial bombardment").
AERIAL = frozenset({"air", "aerial"})


def located_in(sent: SpacySpan, located: dict[int, Mention], verb: Token | None = None) -> Mention | None:
    """The place of the act: one the verb's own locative phrase names ("was detained in Tehran",
    not the town she came from), else the first place or country of the sentence named in a
    locative phrase ("in Beirut", "near the town of Samarra", "outside the Iraqi city of Basra")."""
    if verb is not None:
        for word in prep_objects(verb, LOCATIVE_PREPS):
            place = located.get(word.i)
            if place is not None and place.country and place.kind in LOCATED_KINDS and not _at_sea(word):
                return place
    for i in range(sent.start, sent.end):
        place = located.get(i)
        word = sent.doc[i]
        if place is None or not place.country or place.kind not in LOCATED_KINDS or _at_sea(word):
            continue  # "in a UN school" is no place of the UN's; "in the Gulf of Aden" of Yemen's
        if word.dep_ not in ("pobj", "compound", "amod", "poss"):
            continue
        if word.dep_ != "pobj" and not _names_ground(word.head, located):
            continue  # "the families of 11 Israeli athletes": a nationality, no place
        if any(a.dep_ == "prep" and a.lower_ in LOCATIVE_PREPS for a in word.ancestors):
            return place
    return None


# Nouns of ground a country's name or adjective locates ("the Iraqi capital", "on Syrian soil").
GROUND_NOUNS = frozenset(
    {"capital", "border", "frontier", "camp", "port", "island", "coast", "territory", "soil", "side"}
)


def _names_ground(noun: Token, located: dict[int, Mention]) -> bool:
    """Whether `noun`, modified by a country's name, is ground in that country: a place word
    ("the Iraqi city of Basra", "the Syrian border town"), a place itself ("Iraqi Kurdistan"), or
    ground ("on Syrian soil"); not people or things ("Israeli athletes", "the Israeli embassy")."""
    return noun.lower_ in _ground_words() or noun.i in located


@functools.cache
def _ground_words() -> frozenset[str]:
    return place_words("generic") | place_words("settlement") | place_words("water") | GROUND_NOUNS


def _at_sea(word: Token) -> bool:
    """A place word naming a sea ("the Gulf of Aden"), or a coast an act happened off ("off
    Somalia", "off the coast of Yemen": `_offshore`): no country's authorities act there."""
    return water_namesake(word.doc[word.i : word.i + 1]) or _offshore(word)


def _offshore(word: Token) -> bool:
    """Whether a place is named in an "off" phrase (place_words.tsv `offshore`): the first
    preposition above it that is not "of" ("off the coast of Yemen") is "off"."""
    for above in word.ancestors:
        if above.dep_ in ("prep", "prt") and above.lower_ != "of":
            return above.lower_ in place_words("offshore")
    return False


def _offshore_in(clause: SpacySpan, located: dict[int, Mention]) -> bool:
    """Whether a clause tells its act off a coast ("were arrested off Somalia"): at sea, by a navy
    or coast guard of any state, so neither the coast's country nor that of the ones it fell on."""
    return any(_offshore(clause.doc[i]) for i in range(clause.start, clause.end) if i in located)


def self_retreat(token: Token, roles: Roles, by_token: dict[int, Mention]) -> Roles:
    """ "A third of the guerrillas have been demobilized", "the troops were withdrawn": with no
    agent, the forces named are the ones standing down."""
    if any(c.dep_ == "agent" for c in token.children):
        return roles
    movers = [m for c in token.children if c.dep_ == "nsubjpass" for m in actors_at(c, by_token)]
    if not movers:
        return roles
    targets = tuple(m for m in roles.targets if m not in movers)
    penalty = roles.penalty + INHERITED_SUBJECT_PENALTY
    return Roles(tuple(movers), targets, penalty, roles.inferences | Inference.PASSIVE)


def state_act(rule: Rule) -> bool:
    """Acts only an authority performs: arrests, sentences, curfews, bans, deportations,
    releases of prisoners, investigations ("was put under investigation in Italy"), the acts
    of courts and prosecutors (role_words.tsv `court`: "were charged with sedition", "was
    convicted of fraud"), whatever their CAMEO code, and the codebook's `authority` rules
    (tariffs imposed, sanctions lifted, a law repealed). Houses "destroyed" or property "seized" may
    be anyone's doing; anyone may accuse ("was accused of fraud" implies no authority), and any
    employer may discipline its staff ("was fired as an accountant")."""
    return rule.mode != DISCIPLINE_MODE and (
        rule.authority
        or rule.cameo.code[:3] in STATE_ACT_CODES
        or rule.mode in ("release", "investigate")
        or rule.lemma.lower() in role_words().court
    )


# Economic sanctions, embargoes and tariffs (CAMEO 163) and their easing (085): one state's measure
# on another state, its firms or its people. With no agent named, the authority is no country the
# sentence names: the target's is the one punished, and where the act is told ("in Brussels") is
# no more than where it was decided. Its country is left unknown (`between_states`).
BETWEEN_STATES_CODES = frozenset({"163", "085"})
IMPLIED_RULE = IMPLIED_READING  # the rule of the mention of an implied authority (`implied_authority`)
UNATTRIBUTED_RULE = "unattributed"  # the rule of the mention of unnamed attackers (`unattributed`)


def between_states(rule: Rule) -> bool:
    """Whether an act of the authorities is one state's on another (`BETWEEN_STATES_CODES`)."""
    return rule.cameo.code[:3] in BETWEEN_STATES_CODES


def unnamed_attackers(sources: Iterable[Mention]) -> bool:
    """Whether an attack is by attackers no one named (`unattributed`): told only as to come or as
    possible ("warned that the house would be struck", "could be shelled"), it is a warning or a
    fear of whoever speaks, an attack that did not happen by no one known, and no event."""
    return all(m.rule == UNATTRIBUTED_RULE for m in sources)


def unnamed_authority(rule: Rule, sources: Iterable[Mention]) -> bool:
    """Whether an act of a codebook `authority` rule is by authorities of no country named
    (`implied_authority`): told only as to come or as possible ("sanctions will be imposed if ...",
    "the exemption should be repealed"), it is some speaker's warning, promise or advice, whose
    measure it would be none of the sentence's, and no event of its own."""
    return rule.authority and all(m.rule == IMPLIED_RULE and m.country is None for m in sources)


# Inferred doers name no one a reaction could be aimed at, nor a state a story's sanctions are by.
INFERRED_DOERS = Inference.UNATTRIBUTED | Inference.UNATTRIBUTED_BOMBING | Inference.IMPLIED | Inference.PAIR
SANCTIONS_IMPOSED = "163"


def named_doers(event: Event) -> bool:
    """Whether the event's sources were read as its doers, affirmed, none of them inferred."""
    return bool(event.sources) and event.polarity == "affirmed" and not event.inferences & INFERRED_DOERS


def with_story_imposers(events: list[Event]) -> list[Event]:
    """An agentless sanction or its easing ("tariffs were imposed on Chinese goods", "sanctions on
    Iran were lifted"), by authorities of no country named (`implied_authority`), is by the state
    the article told imposing sanctions on the same party before ("The US imposed tariffs on
    Chinese steel in March"): the named source of the latest earlier CAMEO 163 event that shares a
    target with it, not itself a target. Marked ANTECEDENT ("+antecedent"); with none, the
    authorities stay unnamed."""
    found: list[Event] = []
    for event in events:
        unnamed = Inference.IMPLIED in event.inferences and all(a.country is None for a in event.sources)
        if unnamed and (event.cameo or "")[:3] in BETWEEN_STATES_CODES:
            imposers = [
                e.sources
                for e in found
                if (e.cameo or "")[:3] == SANCTIONS_IMPOSED
                and named_doers(e)
                and _shared_party(e.targets, event.targets)
                and not _shared_party(e.sources, event.targets)
            ]
            if imposers:
                event = dataclasses.replace(
                    event, sources=imposers[-1], inferences=event.inferences | Inference.ANTECEDENT
                )
        found.append(event)
    return found


def _shared_party(one: Iterable[ActorRef], other: Iterable[ActorRef]) -> bool:
    """Whether an actor of `one` is of `other`: the same country, or the same name where none."""
    keys = {a.country or a.name or a.text for a in other}
    return any((a.country or a.name or a.text) in keys for a in one)


# Those held by captors, not by a state: no authority is implied in their release.
CAPTIVES = frozenset({"hostage", "hostages", "captive", "captives", "abductee", "abductees"})


ARREST = "173"
# Acts of the police: arrests, and crowd control (CAMEO 175: tear gas, water cannon, batons).
POLICE_ACTS = frozenset({ARREST, "175"})


SEARCH_AND_SEIZURE = "171"


def searched_by_authorities(rule: Rule, token: Token, sent: SpacySpan) -> bool:
    """An agentless raid or search of premises told in a sentence, or after one, that names the
    police, prosecutors or an inquiry (role_words.tsv `inquest`) is theirs, a search and seizure
    (CAMEO 171): "police are investigating the council; its offices were raided"."""
    if rule.cameo.code != SEARCH_AND_SEIZURE or rule.pos != "verb":
        return False
    words = role_words().inquest
    before = token.doc[sent.start - 1].sent if sent.start > 0 else sent
    return any(t.lower_ in words for t in [*before, *sent] if t.i != token.i)


EASED_SANCTIONS = "081"  # CAMEO: ease administrative sanctions, as dropping charges or an inquiry is


def prosecution_ended(rule: Rule, token: Token) -> bool:
    """An agentless end of a prosecution or an inquiry, its passive subject a role_words.tsv
    `prosecution` noun ("the charges against the governor were dropped", "the investigation into
    the minister was shelved in 2017"), is the prosecutors' or the courts' act, as dropping them
    is in the active (CAMEO 081); a lawsuit is dropped by whoever brought it, anyone."""
    if rule.cameo.code != EASED_SANCTIONS or rule.pos != "verb":
        return False
    return any(s.lower_ in role_words().prosecution for s in passive_subjects(token))


def implied_authority(
    rule: Rule,
    token: Token,
    sent: SpacySpan,
    roles: Roles,
    located: dict[int, Mention],
    by_token: dict[int, Mention],
) -> Roles:
    """ "An opposition leader was arrested in Caracas", "Egypt activist released": with no agent
    named, the authorities of the place (else of the person's country) did it, as CAMEO codes it.

    Only for the agentless passive, a headline participle ("activist released"), an act
    received ("faces an inquiry") or a noun of the authorities' act with no doer (`Rule.unowned`:
    "a probe into the minister is under way"); the source is that country's government (its
    police for an arrest), marked IMPLIED ("+implied"); with no place, the police or court its
    sentence names (`_named_authority`), and an envoy's host only by its place (`_on_envoys`).
    Sanctions and their easing are one state's on another (`between_states`): "tariffs were
    imposed on Chinese goods" is by authorities of no country named, on whom the rule's own
    phrases name.
    """
    verb = token if rule.pos == "verb" else governing_verb(token)
    if verb is None and rule.unowned:
        # "a probe into the minister began in Nairobi": the clause of the verb it is subject of
        verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    if verb is None:
        return roles
    passive = is_passive(verb)
    participle = verb.dep_ == "acl" and verb.lower_.endswith(PARTICIPLE_ENDINGS)
    participle = participle or Inference.HEADLINE in roles.inferences
    # an act told from the side of the one it fell on ("faces charges", "faced water cannon")
    received = Inference.RECEIVED in roles.inferences
    # an act of the authorities told as a noun with no doer ("a probe into the ministry is under
    # way", "the inquiry into the senator began"): only on the one its own phrases name
    unowned = rule.unowned and rule.pos == "noun" and not received
    if any(c.dep_ == "agent" for c in verb.children) or not (passive or participle or received or unowned):
        return roles
    if unowned and not roles.targets:
        return roles  # "an inquiry into the fire", "the probe was delayed": no one it falls on
    if unowned:
        passive = participle = False  # the verb's subject is none of the noun's parties
    if passive and any(c.dep_ == "dobj" for c in verb.children):
        return roles  # a passive with an object is given or billed something: "were charged a fee"
    targets = roles.targets
    if any(c.lower_ in CAPTIVES for c in passive_subjects(verb)):
        return roles  # hostages are released by whoever held them, not by the local authorities
    abroad = between_states(rule)
    if abroad and Inference.COMPLEMENT in roles.inferences:
        return roles  # one named in a clause the measure hangs on is not whom it falls on
    # the measure one state puts on another is no one it falls on ("his duties were suspended"):
    # only the rule's own slots name whom ("sanctions on Iran", "Russia was sanctioned")
    targets = targets or (() if abroad else _undergoers(verb, passive, participle, by_token))
    if not targets:
        return roles
    sector = _authority_sector(rule, verb)
    # "Tariffs were imposed on Chinese goods": by a state other than China, not named
    place = None if abroad else _authority_place(rule, verb, passive, participle, located)
    named = None if abroad or place is not None else _named_authority(sent, sector, targets, by_token)
    if named is not None:
        return Roles(
            (named,), targets, roles.penalty + UNATTRIBUTED_PENALTY, roles.inferences | Inference.IMPLIED
        )
    # an envoy's host summons or expels it, and an act off a coast is at sea: with no place named,
    # no country is known
    hosted = _on_envoys(verb, passive) or _offshore_in(_clause_span(verb, participle), located)
    country = place.country if place is not None else None if abroad or hosted else targets[0].country
    if country is None and not abroad and (hosted or not _unknown_authority(targets, sent, by_token)):
        return roles
    # on the place's words, else on the act's: never on the words of the one it was done to ("The
    # activist was detained": the activist did not detain himself)
    anchor: Mention | Token = place if place is not None else verb
    # "A third man has been bailed": the authorities of no known country, as an unidentified
    # attacker is of none (`unattributed`)
    name = None if country else UNIDENTIFIED_AUTHORITIES[sector]
    source = country_mention(anchor, country, sector, IMPLIED_RULE, name, named=place is None)
    return Roles(
        (source,), targets, roles.penalty + UNATTRIBUTED_PENALTY, roles.inferences | Inference.IMPLIED
    )


# The sectors of the authorities an agentless act implies that a sentence may name doing it: the
# police and the courts. A government named beside an act is as often the one that protests it.
NAMED_AUTHORITY_SECTORS = frozenset({"COP", "JUD"})


def _named_authority(
    sent: SpacySpan, sector: str, targets: tuple[Mention, ...], by_token: dict[int, Mention]
) -> Mention | None:
    """The police or court of one country that the act's own sentence names, where no place says
    whose authorities acted: "Polish police released the reporter, who was detained for a day",
    "Kenyan police said two men were arrested" (police acts); the courts for a court's act. Not
    one officer or spokesman ("..., Sergeant Earley said"): a person tells of the act, the force
    did it."""
    if sector not in NAMED_AUTHORITY_SECTORS:
        return None
    struck = {actor_key(t) for t in targets}
    found = [
        m
        for i in range(sent.start, sent.end)
        if (m := by_token.get(i)) is not None and m.sector == sector and m.country and m.kind != "person"
        if actor_key(m) not in struck
    ]
    return found[0] if len({m.country for m in found}) == 1 else None


def _on_envoys(verb: Token, passive: bool) -> bool:
    """Whether an agentless act falls on a state's envoys (its passive subject is a role_words.tsv
    `envoy` word: "the ambassador was summoned", "two diplomats were expelled"): the state that
    hosts them did it, never the envoy's own country."""
    return passive and any(s.lower_ in role_words().envoy for s in passive_subjects(verb))


def _undergoers(
    verb: Token, passive: bool, participle: bool, by_token: dict[int, Mention]
) -> tuple[Mention, ...]:
    """Those an agentless act fell on where its rule's slots name no one: the passive subject ("the
    activist was detained"), else the noun a participle hangs on ("Egypt activist released")."""
    found = tuple(m for c in passive_subjects(verb) for m in actors_at(c, by_token)) if passive else ()
    if not found and participle and verb.dep_ == "acl":
        found = tuple(actors_at(verb.head, by_token))
    return found


def _authority_place(
    rule: Rule, verb: Token, passive: bool, participle: bool, located: dict[int, Mention]
) -> Mention | None:
    """Where the authorities behind an agentless act are: the country one is expelled from, else
    the place its clause names, not one that says whose the one it fell on is ("the mayor of Rome")."""
    ground = _without_descriptions(located, passive_subjects(verb) if passive else [])
    return _expelled_from(rule, verb, ground) or located_in(_clause_span(verb, participle), ground, verb)


# Those an agentless act of the authorities may fall on with no country known: people and groups
# ("a man was bailed", "three women were charged", "the firm was charged"), not a country or an
# international organisation.
PEOPLE_KINDS = frozenset({"person", "group"})
# The authority an act implies when its country is not known, by its sector (`_authority_sector`).
UNIDENTIFIED_AUTHORITIES = {
    "COP": "unidentified police",
    "JUD": "unidentified court",
    "GOV": "unidentified authorities",
}


def _unknown_authority(targets: tuple[Mention, ...], sent: SpacySpan, by_token: dict[int, Mention]) -> bool:
    """Whether an agentless act of the authorities is by those of no known country: it falls on
    people ("a man was bailed"), and its sentence names no actor of a known country, whose
    authorities may be the ones that acted ("was released after the president pardoned him")."""
    if not all(t.kind in PEOPLE_KINDS for t in targets):
        return False
    return not any(by_token[i].country for i in range(sent.start, sent.end) if i in by_token)


def _without_descriptions(located: dict[int, Mention], subjects: Iterable[Token]) -> dict[int, Mention]:
    """The places but those that describe whom the act fell on: "the mayor of Rome was arrested"
    names whose mayor, not where the police who arrested him are; "movement of livestock in the
    UK was banned" names where (the nearest preposition above the place is "in")."""
    inside = {t.i: subject for subject in subjects for t in subject.subtree}
    return {i: m for i, m in located.items() if i not in inside or not _of_whom(i, inside[i])}


def _of_whom(i: int, subject: Token) -> bool:
    """Whether the nearest preposition between the place at token `i` and `subject` is "of"."""
    word = subject.doc[i]
    while word.i != subject.i and word.head.i != word.i:
        word = word.head
        if word.dep_ == "prep":
            return word.lower_ == "of"
    return False


def _clause_span(verb: Token, participle: bool) -> SpacySpan:
    """The words of the clause an agentless act is told in (with the noun a participle hangs on:
    "Egypt activist released"): the place of the act is named there, not in another clause of
    its sentence ("pressed Flynn on Russia issues, citing reports that Manafort had been
    investigated" names no Russian investigation)."""
    clause = verb.head if participle and verb.dep_ == "acl" else verb
    return verb.doc[clause.left_edge.i : clause.right_edge.i + 1]


def _authority_sector(rule: Rule, verb: Token) -> str:
    """Police make arrests ("Police (USA) arrest citizen", as ICEWS codes it), courts sentence
    and indict (JUD); other acts of the authorities are the government's. An act told with a
    court's terms is the court's whatever its verb: a release on bail, a jailing for years; so is
    the end of a prosecution ("the charges were dropped": `prosecution_ended`)."""
    if rule.lemma.lower() in role_words().court or _told_in_court_terms(verb):
        return "JUD"
    if prosecution_ended(rule, verb):
        return "JUD"
    return "COP" if rule.cameo.code in POLICE_ACTS | {SEARCH_AND_SEIZURE} else "GOV"


def _told_in_court_terms(verb: Token) -> bool:
    """ "released on bail", "freed after posting a $5,000 bond" (a surety anywhere in the act's
    clause, not its subject's words); "imprisoned for two years", "jailed for life" (a term in a
    "for" phrase of the act: "arrested last year" names no term)."""
    words = role_words()
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if any(t.lower_ in words.bail for t in verb.subtree if t.i not in subjects):
        return True
    return any(g.lower_ in words.term for g in prep_objects(verb, {"for"}))


EXPULSION = "174"
EXPEL = "expel"  # the verb of every expulsion, whatever its code ("two diplomats were expelled from Oslo")


def _expelled_from(rule: Rule, verb: Token, located: dict[int, Mention]) -> Mention | None:
    """ "Two journalists were expelled from India", "two diplomats were expelled from Oslo": the
    country one is expelled from expels."""
    if not rule.cameo.code.startswith(EXPULSION) and rule.lemma != EXPEL:
        return None
    return next(iter(_places_from(verb, located)), None)


def _places_from(verb: Token, located: dict[int, Mention]) -> list[Mention]:
    """The places of a known country a verb's "from" phrase names: where rockets were fired
    from, the country one was expelled from."""
    return [located[g.i] for g in prep_objects(verb, {"from"}) if g.i in located and located[g.i].country]


def _unknown_named_target(rule: Rule, token: Token, located: dict[int, Mention]) -> bool:
    """Whether a preposition the rule reads its target from names something the actor stage
    could not place: a proper name after "to" is somewhere, just not known to be home."""
    preps = {t.split(":", 1)[1] for t in rule.targets if t.startswith("prep:")}
    # A named entity (no date: "on Tuesday"); one the actor stage placed is known.
    return any(g.ent_type_ in NAME_LABELS and g.i not in located for g in prep_objects(token, preps))


def with_domestic_target(
    rule: Rule, sent: SpacySpan, roles: Roles, located: dict[int, Mention], token: Token | None = None
) -> Roles:
    """A material act with no named target and no other country in sight is domestic.

    "Young Algerians blocked roads", "the government lifted the state of
    emergency", "police prevented the demonstration": the act falls on the
    source's own country (PLOVER codes these ALG → ALG). A protest is aimed at
    that country's government. When the sentence names another country the
    target stays unknown rather than guessed. What is fired from afar ("North
    Korea fired two missiles", "Hamas fired rockets from Gaza") falls elsewhere, and so does an
    act for the purpose its rule names ("contribute to the peacekeeping mission").
    """
    if roles.targets or not _may_fall_at_home(rule):
        return roles
    if token is not None and (_falls_on_people_named(token) or _told_before(token)):
        # "told the agency to fire his deputy": on the deputy, not the whole country; "... put
        # him under house arrest. Arafat ordered the arrest": on him, not on Palestine
        return roles
    if token is not None and _falls_elsewhere(rule, token, roles):
        return roles
    if token is not None and _unknown_named_target(rule, token, located):
        return roles  # "sent supplies to Kherson" with Kherson unknown: there, not at home
    countries = {m.country for m in roles.sources}
    if len(countries) != 1 or None in countries or _is_igo(next(iter(countries))):
        return roles  # an organisation of states has no home ground: "the EU dispatched teams"
    if all(_private_doer(m) for m in roles.sources):
        return roles  # "pirates seized a tanker", "a man opened fire": not on their own country
    if any(_naval(m) for m in roles.sources):
        return roles  # "the warship's crew confiscated 14 rifles": at sea, not at home
    if any(stateless(m) for m in roles.sources):
        return roles  # "the Saudi-led coalition bombed a market": a coalition has no home ground
    named = {
        m.country for i in range(sent.start, sent.end) if (m := located.get(i)) is not None and m.country
    }
    if named - countries:
        return roles
    source = roles.sources[0]
    code = source.country
    sector = "GOV" if rule.plover == "PROTEST" else None
    name = None
    if token is not None and _on_a_gathering(rule, token):
        sector, name = CIVILIAN, f"protesters in {country_name(code)}" if code else None
    # on the act's words where it has them: the doer's own ("Xi") would read as a self-target
    anchor = token if token is not None else source
    target = country_mention(anchor, code, sector, "domestic", name, named=True)
    if actor_key(target) in {actor_key(m) for m in roles.sources}:
        # "the attack by Russia", "Russia launched an attack": a state named as the doer is the
        # country itself, whose own ground is no target apart from it (issue 11: Russia twice)
        return roles
    penalty = roles.penalty + PLACE_TARGET_PENALTY
    return Roles(roles.sources, (target,), penalty, roles.inferences | Inference.DOMESTIC)


def _may_fall_at_home(rule: Rule) -> bool:
    """Whether a rule's act may fall on its doer's own country: a material act, not done to
    oneself, for no mission abroad (what a concession is for, "freedoms", is yielded at home), not
    shown to others ("North Korea carried out a missile test"), and needing no partner ("the
    province made a large investment": cooperation with no partner named has none known)."""
    if rule.cameo.quad_class not in MATERIAL_QUADS or rule.mode in SELF_DIRECTED_MODES:
        return False
    if rule.purposes and rule.plover != "CONCEDE":
        return False
    return rule.cameo.code != SHOW_OF_FORCE and rule.plover != PARTNERED_TYPE


# The type whose act is done with a partner (CAMEO 06): with none named, none is known, and the
# doer's own country is no partner of its own.
PARTNERED_TYPE = "COOPERATE"
# Pronouns of people as an act's object: "arrested him", "helped them".
PERSON_OBJECTS = frozenset({"him", "her", "them", "me", "us"})
# Possessives of one person: "his deputy", "her aide" (not "its ban", which may be the state's own).
ONE_PERSONS = frozenset({"his", "her"})


def _falls_on_people_named(token: Token) -> bool:
    """Whether an act's object names the people it falls on, though no actor the stage placed: a
    pronoun ("arrested him"), each other ("not helping each other"), or one person's own ("fire his
    deputy"). The act falls on them, not on the doer's whole country."""
    if reciprocal(token):
        return True
    objects = [o for c in token.children if c.dep_ == "dobj" for o in with_conjuncts(c)]
    return any(
        o.lower_ in PERSON_OBJECTS or any(c.dep_ == "poss" and c.lower_ in ONE_PERSONS for c in o.children)
        for o in objects
    )


def _told_before(act: Token) -> bool:
    """An act told by a bare definite noun ("ordered the arrest", "condemned the raid") that an
    earlier sentence of the story told by the same word: the noun goes back to that act, whose
    target was named there (issue 11: "police tried to put the sheikh under house arrest. Arafat
    ordered the arrest" targeted Palestine, the doer's own country, in place of the sheikh)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in act.children):
        return False
    if any(c.dep_ in ("prep", "poss", "compound", "amod") for c in act.children):
        return False  # "the arrest of the sheikh", "the police raid": told here, with its own phrases
    return any(t.lower_ == act.lower_ for t in act.doc[: act.sent.start])


@functools.lru_cache(maxsize=1)
def _vessels() -> frozenset[str]:
    """Ships and aircraft (role_words class `craft`), not convoys, which travel at home too."""
    return role_words().craft - {"convoy", "convoys"}


def _falls_elsewhere(rule: Rule, token: Token, roles: Roles) -> bool:
    """A material act whose target is elsewhere than at its doers' home, though not named: what is
    fired from afar ("fired missiles", "Turkish drones hit a convoy"), a ship or aircraft seized or
    struck, a sanction, forces on a settlement, an army's attack ("Israeli jets bombed a school in
    Rafah": armies strike abroad as often as at home), and so an act of war told by its noun
    (role_words.tsv `warfare`: "braced for a Russian offensive") or by a nationality on it ("the
    Israeli attack on the school")."""
    if rule.plover == "SANCTION":
        return True  # "India banned exports of rice": a sanction falls on others, if on anyone
    if rule.pos == "noun" and (token.lower_ in role_words().warfare or _by_nationality(rule, token, roles)):
        return True
    if any(c.dep_ in ("dobj", "nsubj") and _is_projectile(_measured(c)) for c in token.children):
        return True
    if any(c.dep_ == "dobj" and c.lower_ in _vessels() for c in token.children):
        return True  # "the Houthis seized a cargo ship": at sea or in the air, not at home
    if _forces_on_a_settlement(token, roles):
        return True
    return rule.plover == "ASSAULT" and all(m.sector == "MIL" for m in roles.sources)


# PLOVER types of the acts of force whose doer a nationality on their noun may name.
FORCE_NOUN_TYPES = frozenset({"ASSAULT", "COERCE"})


def _by_nationality(rule: Rule, noun: Token, roles: Roles) -> bool:
    """An act of force whose doer is named by a nationality adjective on its noun ("the Israeli
    attack on the school", "a Russian raid")."""
    return rule.plover in FORCE_NOUN_TYPES and any(
        c.dep_ == "amod" and any(m.start <= c.idx < m.end for m in roles.sources) for c in noun.children
    )


def _forces_on_a_settlement(token: Token, roles: Roles) -> bool:
    """ "Israeli jets struck the town", "troops shelled a village": armed forces that strike a
    settlement whose country is not said strike no known country; their own nationality does
    not spill onto it (issue 11)."""
    if not all(m.sector == "MIL" for m in roles.sources):
        return False
    settlements = place_words("settlement")
    objects = [c.lower_ for c in token.children if c.dep_ == "dobj"]
    return any(w in settlements or (w.endswith("s") and w[:-1] in settlements) for w in objects)


# Sectors whose acts do not fall on their own country: criminals (pirates seize foreign ships) and
# companies; a private person's deed falls on other people, not on a state.
PRIVATE_DOERS = frozenset({"CRM", "BUS"})


def _naval(mention: Mention) -> bool:
    """A navy's ships and sailors act at sea: a material act of theirs with no target named falls
    on no country, least of all their own (role_words.tsv, class `naval`)."""
    return mention.sector == "MIL" and bool(set(mention.text.lower().split()) & role_words().naval)


def _private_doer(mention: Mention) -> bool:
    """A criminal, a firm, or one private person, named ("Kirkpatrick") or by a noun of one
    ("a disgruntled man", "a teenager"): their acts fall on no country."""
    one_person = mention.kind == "group" and mention.role is not None and mention.sector == "CVL"
    return mention.sector in PRIVATE_DOERS or private_person(mention) or one_person


def host_of(token: Token, sources: list[Mention], by_token: dict[int, Mention]) -> Mention | None:
    """Talks "in Moscow" with no named partner: the host government is the other party. Not at
    talks named for an organisation (`_gathering_of_states`)."""
    if _gathering_of_states(token, by_token):
        return None
    doc_mentions = getattr(token.doc._, "mentions", None) or []
    places = [m for m in doc_mentions if m.kind == "place"]
    countries = {m.country for m in sources}
    for anchor in (token, governing_verb(token)):
        if anchor is None:
            continue
        for place_token in prep_objects(anchor, {"in"}):
            for place in places:
                if place.start <= place_token.idx < place.end and place.country not in countries:
                    return country_mention(place, place.country, "GOV", "host", place.name)
    if any(c.lower_ == "here" and c.dep_ == "advmod" for c in token.children):
        return deictic_host(token, doc_mentions, countries)
    return None


def _gathering_of_states(token: Token, by_token: dict[int, Mention]) -> bool:
    """Talks named for an organisation of states ("pledged at U.N. climate talks in Paris", "took
    part in U.N. climate talks in Bonn") are held among its members: the city hosts them, and its
    country is one member among many, not the other side of the talks (issue 11: host read as
    the target). An organisation's own body meeting in a city ("G20 finance ministers meeting in
    Washington") keeps its host: a rule that needs a partner (`meet`) would lose the meeting."""
    nouns = [token, *(c for c in token.children if c.dep_ == "compound")]
    return any(
        c.dep_ in ("compound", "amod", "nmod") and c.i in by_token and _is_igo(by_token[c.i].country)
        for n in nouns
        for c in n.children
    )


def deictic_host(token: Token, mentions: list[Mention], countries: set[str | None]) -> Mention | None:
    """ "arrived here": where the reporter is, read as the last foreign country named before.

    A report filed from Havana names Cuba before it says "here"; the visitor's
    own country is skipped.
    """
    named = [m for m in mentions if m.end <= token.idx and m.country and m.country not in countries]
    if not named:
        return None
    last = max(named, key=lambda m: m.start)
    code = last.country
    return country_mention(last, code, "GOV", "here")
