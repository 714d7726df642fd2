"""Finding an event's arguments in the dependency parse: subjects, objects, phrases, actors.

Shared by the event coder (`code.py` and the modules it calls: `fit.py`, `vetoes.py`,
`participants.py`) and the inferences of `implied.py`. Token objects are made anew
on every access in spaCy: positions (`.i`) are compared, never identity.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Set
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from wirewatch.actors.coref import Coreference, judged_for_a_deed
from wirewatch.actors.lexicon import packaged_sectors, plural_word
from wirewatch.actors.state import PATRON_WORDS
from wirewatch.doctools import expanded_root, goes_on, per_word
from wirewatch.events.codebook import Rule, all_verb_forms, load_codebook, noun_inflections
from wirewatch.events.modality import (
    ADDRESSEE_PREPS,
    FUTURE_KINDS,
    NOUN_DEPS,
    PARTICIPATION,
    SCOPE_KINDS,
    TRANSPARENT_KINDS,
    and_holder,
    asked_infinitive,
    cue_kinds,
    denied_by_no,
    higher_clause_conjunct,
    infinitive_clause,
    marked_by_to,
    past_word,
    phrasal_preposition,
)
from wirewatch.events.words import role_words
from wirewatch.model import Inference, Mention

VERBAL_DEPS = frozenset({"ROOT", "xcomp", "ccomp", "advcl", "relcl", "pcomp", "csubj", "parataxis", "acl"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Noun-phrase internal links along which an argument's actor is looked for.
# "acl"/"agent": "the blacklists established by the United States" belong to the US.
NP_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "appos", "prep", "pobj", "det", "conj", "cc", "acl", "agent"}
)
# Words that open a noun's content clause: "reports that", "the question whether".
CONTENT_MARKS = frozenset({"that", "whether", "if"})
# "Syria says it will withdraw": "it"/"they"/"we" as subject of a reported clause
# is the speaker of that clause.
RESUMPTIVE_PRONOUNS = frozenset({"it", "they", "we"})
# A verb without a subject of its own takes its governor's: "agreed to withdraw",
# "is ready to sign", "met and signed", "left, saying", "appears set to veto" (an object
# predicate of "appear", "seem").
INHERITING_DEPS = frozenset({"xcomp", "conj", "advcl", "acomp", "oprd"})
# Prepositions of place: a subject's phrase is not entered through them (see inside_phrase).
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around"})
# Place prepositions of where a thing named by a participle was made ("drafted in Cairo").
MADE_IN_PREPS = PLACE_PREPS - {"at"}
# "a rebel-held area", "Kurdish-controlled towns": whoever holds the place is in its phrase.
HELD_BY = frozenset({"held", "controlled", "occupied", "run", "dominated", "ruled"})
# Prepositions of topic: "the comment about Obama" is no act of Obama's, nor one done to him.
TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})
# "the army, which continued to shell": the relative pronoun stands for the noun it hangs on.
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
OWN_STATE_NOUNS = frozenset({"country", "government", "nation", "state", "administration"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our"})
# A party is read as its country's party sector ("USA:PTY"), one id for every party of the country;
# the party word it was read from tells the parties apart ("Democrats accused the GOP").
PARTY_SECTOR = "PTY"
PARTY_WORD_PREFIX = "sector:"
GENERIC_PARTY_WORDS = frozenset({"party", "parties"})
CIVILIAN = "CVL"
# How owners coordinated among a noun's modifiers hang on it (`co_owners`); a person's possessor
# ("his party's nominee") is whose the person is, no second actor.
OWNER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
PERSON_OWNER_DEPS = OWNER_DEPS - {"poss"}
DENIAL_CAMEO = "016"  # CAMEO: deny responsibility
# Possessive pronouns a person, not a body, owns by: "our people" in a leader's words, "his people".
PERSON_POSSESSIVES = frozenset({"our", "my", "his", "her"})


@dataclass(frozen=True)
class Roles:
    sources: tuple[Mention, ...]
    targets: tuple[Mention, ...]
    penalty: float
    inferences: Inference  # what finding them inferred (`implied.py`), shown in the event's rule


def actor_key(mention: Mention) -> str | None:
    """Who a mention is, for telling an event's target from its source: its actor id, but a party
    read from a party's word is only its country's party sector ("USA:PTY"), so the word, or the
    name a generic word is part of ("the Democratic Party"), tells the parties apart: "Democrats
    accused the GOP". Unnamed ordinary people ("a man", "another man", both "CAN:CVL") are each
    only themselves: "a man shot and killed another man" has a target. An office holder named by
    the title alone ("the governor", "the mayor", both "None:GOV") is only that office's holder:
    "the mayor came to the governor's defense" has a target."""
    if mention.sector == CIVILIAN and not mention.name:
        return f"{mention.actor_id}@{mention.start}"
    if mention.role and not mention.name and mention.kind == "group":
        return f"{mention.actor_id}/{mention.role}"
    word = mention.rule.removeprefix(PARTY_WORD_PREFIX)
    if mention.sector != PARTY_SECTOR or mention.name or word == mention.rule:
        return mention.actor_id
    if word in GENERIC_PARTY_WORDS:
        word = mention.text.lower().removeprefix("the ")
    return f"{mention.actor_id}/{word}"


def speaker_actors(verb: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Who speaks at a verb of saying (its subject), or whose a claim noun is ("Khartoum's claim
    that ...", "a Ugandan report that ...": `claim_owners`)."""
    subjects = [m for c in verb.children if c.dep_ == "nsubj" for m in actors_at(c, by_token)]
    if subjects or verb.lower_ not in role_words().claim:
        return subjects
    return [m for g in claim_owners(verb) for m in actors_at(g, by_token, through_places=False)]


# How a claim's author sits on the claim noun: "Khartoum's claims", "Israeli accusations", "a
# Reuters report".
CLAIM_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def claim_owners(claim: Token) -> list[Token]:
    """The words naming a claim noun's author: its owner or modifier before it ("Khartoum's
    claims", "Israeli accusations", "a Reuters report") or the one it is by or from."""
    owners = [g for g in claim.children if g.dep_ in CLAIM_OWNER_DEPS and g.i < claim.i]
    return owners + prep_objects(claim, {"by", "from"})


def claims_rejected(verb: Token) -> list[Token]:
    """The claims a verb takes as its object ("dismissed the claims", "rejected the allegations";
    role_words.tsv class `claim`): a rejection of them answers their author, as a denial does."""
    claims = role_words().claim
    return [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in claims]


# Dependents only a noun takes: a determiner, a possessor, a number, an adjective, a participle.
NOUN_DEPENDENTS = frozenset({"det", "poss", "nummod", "amod", "acl"})


@per_word
def is_verbal(token: Token) -> bool:
    """Verb or noun, read from the parse (the tagger is not run: see nlp.py). A word with a noun's
    dependents is a noun, however it is attached ("protests springing up in the streets",
    coordinated with a verb by the parse, has a participle hung on it)."""
    if any(c.dep_ in NOUN_DEPENDENTS for c in token.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj") for c in token.children):
        return True
    if token.dep_ == "conj":
        return is_verbal(token.head)
    return token.dep_ in VERBAL_DEPS


# An `objects` entry that any person or group of people fills ("released the correspondent",
# "freed 19 Christians", "released Boudou from prison"), read from the actor stage's mentions.
PEOPLE = "@people"
# An entry that a sum of money fills ("contributed $20 million", "allocated 40 million euros"),
# read from the named-entity label.
MONEY = "@money"
# An entry that any object fills: the verb needs one, whatever it is ("returned the statues to
# Libya" is a return of property, "returned to Libya" is not), but the subject itself ("has
# accepted himself", "barricaded themselves in"): a reflexive names no one else acted on.
ANY_OBJECT = "@any"
REFLEXIVES = frozenset(
    {"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself", "oneself"}
)
# An entry that one named person fills ("attacked Senator Cruz", not "attacked the village").
PERSON = "@person"
# An entry that a place, building, facility or vehicle fills (role_words.tsv class `ground`):
# "bombed targets in Gaza", "attacked a checkpoint", the place named then standing for the target.
GROUND = "@ground"
# An entry that a noun naming an actor in a role fills (role_words.tsv class `judged`): a verdict
# adjective with it is passed only on such a noun ("Russia is a bad actor", "a strong leader"),
# never alone ("the plan is bad", "the economy is strong").
JUDGED = "@judged"
MARKERS = frozenset({PEOPLE, MONEY, ANY_OBJECT, PERSON, GROUND, JUDGED})


def names_one_of(heads: list[Token], lemmas: tuple[str, ...]) -> bool:
    """Is a head noun, or a word modifying it ("peacekeeping troops"), one of `lemmas`? With
    `PEOPLE` among them, a head inside a mention of a person or a group of people counts too;
    with `MONEY`, a sum of money; with `ANY_OBJECT`, any head but a reflexive pronoun."""
    if ANY_OBJECT in lemmas and any(h.lower_ not in REFLEXIVES for h in heads):
        return True
    words = {h.lower_ for h in heads} | {
        m.lower_ for h in heads for m in h.children if m.dep_ in ("compound", "amod")
    }
    # "ex-ministers", "pro-government militiamen": the last element names the kind.
    words |= {w.rsplit("-", 1)[1] for w in words if "-" in w}
    words |= {w for h in heads for w in _held_as(h)}
    if any(words & noun_inflections(lemma) for lemma in lemmas if lemma not in MARKERS and " " not in lemma):
        return True
    if any(_names_pair(heads, lemma) for lemma in lemmas if " " in lemma):
        return True
    if MONEY in lemmas and any(_names_money(h) for h in heads):
        return True
    if PERSON in lemmas and any(_names_a_person(h) for h in heads):
        return True
    if GROUND in lemmas and any(h.lower_ in ground_forms() for h in heads):
        return True
    if JUDGED in lemmas and any(h.lower_ in role_words().judged for h in heads):
        return True
    return PEOPLE in lemmas and any(_names_people(h) for h in heads)


CAPTIVE = "captive"


def _held_as(head: Token) -> set[str]:
    """What a participle on the noun says its people are held as: "herders kidnapped last week" are
    captives (role_words.tsv `holding`), "sailors held hostage" hostages, "held captive" captives
    (the parser reads the complement of the passive participle as its complement or its object)."""
    held: set[str] = set()
    for clause in head.children:
        # a present participle is what the people do ("the men holding prisoners"), not done to them
        if clause.dep_ != "acl" or clause.i < head.i or clause.lower_.endswith("ing"):
            continue
        if clause.lower_ in role_words().holding:
            held.add(CAPTIVE)
        held |= {c.lower_ for c in clause.children if c.dep_ in ("oprd", "dobj")}
    return held


@functools.cache
def ground_forms() -> frozenset[str]:
    """The ground words of role_words.tsv in the singular and the plural ("tunnels", "sites")."""
    return frozenset(form for word in role_words().ground for form in noun_inflections(word))


def _names_pair(heads: list[Token], pair: str) -> bool:
    """A two-word entry, a modifier or determiner and its noun ("military cooperation", "arms deal",
    "no idea"): a head is the noun with that word on it; either alone is not enough ("military aid",
    "cooperation", "an idea")."""
    modifier, noun = pair.split(" ", 1)
    return any(
        h.lower_ in noun_inflections(noun)
        and any(
            m.dep_ in ("compound", "amod", "det") and m.lower_ in noun_inflections(modifier)
            for m in h.children
        )
        for h in heads
    )


CURRENCIES = frozenset(
    [
        "dollar",
        "dollars",
        "euro",
        "euros",
        "pound",
        "pounds",
        "yen",
        "yuan",
        "rupee",
        "rupees",
        "franc",
        "francs",
    ]
)


def _names_money(head: Token) -> bool:
    """ "$20 million", "40 million euros" (the entity tagger misses some sums), or a noun a sum
    stands before: "€45m support", "a $3 billion package" (the tagger marks the number only, and the
    parse hangs it on the unit: "€ 45 m support")."""
    if head.ent_type_ == "MONEY" or any(t.ent_type_ == "MONEY" for c in head.lefts for t in c.subtree):
        return True
    return head.lower_ in CURRENCIES and any(
        c.dep_ in ("nummod", "compound") and c.like_num for c in head.children
    )


def _names_a_person(head: Token) -> bool:
    """One person, or a noun a person's name stands beside ("his wife, Heidi")."""
    return any(
        _inside_mention(h, ("person",)) for h in [head, *(c for c in head.children if c.dep_ == "appos")]
    )


def _inside_mention(head: Token, kinds: tuple[str, ...]) -> bool:
    """Whether the actor stage read `head` as part of a mention of one of `kinds`."""
    mentions = getattr(head.doc._, "mentions", None) or []
    return any(m.kind in kinds and m.start <= head.idx < m.end for m in mentions)


def _names_people(head: Token) -> bool:
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        owner = head.head.head
        counted = owner.like_num or owner.ent_type_ in ("CARDINAL", "QUANTITY")
        if not (counted or owner.lower_ in role_words().measures):
            return False  # "the name of the suspect would be released"
    return _inside_mention(head, ("person", "group"))


def actors_at(token: Token, by_token: dict[int, Mention], through_places: bool = True) -> list[Mention]:
    """The actors an argument head names: itself, its conjuncts, the actor named in apposition to
    it ("Obama's nominee, Merrick Garland"), or inside its noun phrase.

    A group with no country of its own gives way to a named owner inside its phrase
    ("Hezbollah guerrillas"); owners coordinated inside the phrase all count ("Sierra
    Leonean and Liberian refugees").
    """
    found: list[Mention] = []
    for head in _listed(token, by_token):
        if is_summary(head):
            continue  # "..., a move criticized by Cuba" names no participant of the main act
        mention = by_token.get(head.i)
        where = head
        if mention is None and _pronoun_acted_on(head):
            found += [m for m in _acted_on_antecedents(head, by_token) if m not in found]
            continue
        if mention is None:
            # "Obama's nominee, Merrick Garland": the one named in apposition, not the possessor
            named = [
                c
                for c in head.children
                if c.dep_ == "appos" and c.i in by_token and not person_after_place(c, by_token)
            ]
            mention, where = (by_token[named[0].i], named[0]) if named else (None, head)
            mention = _with_head_country(mention, head, by_token) if mention is not None else None
        if mention is None and head.lower_ in role_words().relation:
            continue  # "the shooter's brother" is not the shooter
        owner = _persons_people_owner(mention, head, by_token) if mention is not None else None
        if mention is not None and owner is not None:
            mention = replace(mention, country=owner.country, actor_id=f"{owner.country}:{CIVILIAN}")
        elif mention is None or mention.country is None:
            inside = inside_phrase(head, by_token, through_places)
            if inside is not None and (mention is None or inside[1].country is not None):
                where, mention = inside
        # whose a person is ("his party's nominee") names no second actor
        person = mention is not None and mention.kind == "person"
        owners = co_owners(where, by_token, PERSON_OWNER_DEPS if person else OWNER_DEPS)
        for m in [mention, *owners] if mention is not None else []:
            if m not in found and not any((f.start, f.end) == (m.start, m.end) for f in found):
                found.append(m)
        if mention is not None and where.i == head.i:
            found += [m for m in _of_each_country(head, mention, by_token) if m not in found]
        found += [m for m in _beside_the_head(head, by_token) if m not in found]
    return found


def person_after_place(appos: Token, by_token: dict[int, Mention]) -> bool:
    """A person the parse puts in apposition to a place in a phrase renames the title before it,
    not the place: "the US envoy to the Middle East, George Mitchell" is the envoy, who is no
    party of his own to the act he arranged (issue 11: an appositive split into source and
    target). A dateline's place is in no phrase ("TOLEDO, Ohio - candidate Mark Rowe said")."""
    named = by_token.get(appos.i)
    place = appos.head
    return (
        appos.dep_ == "appos"
        and named is not None
        and named.kind == "person"
        and place.dep_ == "pobj"
        and place.ent_type_ in PLACE_LABELS
    )


# Arcs of a pronoun acted on: the object of a verb or of its phrase ("beat them", "fired at them").
ACTED_ON_DEPS = frozenset({"dobj", "dative", "pobj"})


def _pronoun_acted_on(token: Token) -> bool:
    """ "Police trapped the nurses and fired tear gas at them", "detained three reporters and
    deported them": a "them" acted on stands for the people named before it, as the pipeline's
    coreference resolver reads it (never its own clause's subject), not for nobody, which left
    the act with no target or with the source's own country as a filler. So does an "it" judged
    for a deed or charged with one ("the Sudanese army shelled the market. Rights groups condemned
    it for the attack", "accused it of shelling": `coref.judged_for_a_deed`), for the state, body
    or group named before it. Any other object "it" is as often a thing ("a bill ... we must
    oppose it", "break it as a story") and stays no actor."""
    word = token.lower_
    return (word == "them" and token.dep_ in ACTED_ON_DEPS) or (word == "it" and judged_for_a_deed(token))


def _acted_on_antecedents(pronoun: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The actors a "them" acted on stands for, named earlier in its own sentence (a "them" whose
    people were named further back, or named by no actor, "the moderators", is left alone; an
    "it" names one actor, wherever the resolver finds it), and none that is the unnamed doer of
    the pronoun's own clause: "eggs the crowd on to go after
    them", "urged the police to release them" (the object of the verb an infinitive hangs on
    does the infinitive's act; an infinitive of purpose is passed over too, "detained the
    reporters to question them", as the parse often makes an asked one a purpose clause)."""
    controllers: list[Token] = []
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    while infinitive_clause(verb) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
        controllers += [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in with_conjuncts(c)]
    start = pronoun.sent.start_char if pronoun.lower_ == "them" else 0
    return [
        m
        for m in pronoun_antecedent(pronoun, by_token)
        if start <= m.start < pronoun.idx and not any(m.start <= t.idx < m.end for t in controllers)
    ]


def _listed(token: Token, by_token: dict[int, Mention]) -> Iterator[Token]:
    """An argument head and its conjuncts, and the items of a list the parser hung on the first
    as its apposition ("praised the police, the army and the navy": "army", with "navy" its
    conjunct, is the apposition of "police"). Only an apposition that goes on with "and"/"or"
    and is a different actor, neither a person: "Senator Ruiz, the panel's chairman and a
    lawyer" renames the one. A plural noun renamed by a list names each one listed ("helped the
    reporters Ann Cole and Tom Reyes", "detained two suspects, Ortiz and Reyes"): the parser hangs
    the second name on the first as its conjunct."""
    for head in with_conjuncts(token):
        yield head
        first = by_token.get(head.i)
        for child in head.children:
            item = by_token.get(child.i)
            if child.dep_ != "appos" or first is None or item is None or not goes_on(child):
                continue
            if plural_word(head.lower_) or (
                "person" not in (first.kind, item.kind) and actor_key(item) != actor_key(first)
            ):
                yield from with_conjuncts(child)


def _beside_the_head(head: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Actors an argument head names beside its own: a person named before a title's owner
    (`_named_before_a_title`), and a pair on its determiner ("both countries": a pair of actors
    sits on the noun and its determiner)."""
    found = _named_before_a_title(head, by_token)
    for child in head.children:
        pair = by_token.get(child.i) if child.dep_ in ("det", "nummod", "predet") else None
        if pair is not None and pair.rule == "pair" and pair not in found:
            found.append(pair)
    return found


def _named_before_a_title(head: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """ "met with Mitchell and Nixon aide Magruder": the parse reads "Mitchell and Nixon" as the
    owners of the title ("aide"), but a person named and coordinated with the title's owner is a
    party of their own, met like the aide (issue 11: a meeting's other side left out). Only a
    person before "and" on a title of a person's name; the owner itself ("Nixon") is no party."""
    if by_token.get(head.i) is None or by_token[head.i].kind != "person":
        return []
    titles = [c for c in head.children if c.dep_ == "compound"]
    firsts = [
        n
        for t in titles
        for n in t.children
        if n.dep_ == "nmod"
        and any(c.dep_ == "cc" for c in n.children)
        and any(c.dep_ == "conj" for c in n.children)
    ]
    return [by_token[n.i] for n in firsts if n.i in by_token and by_token[n.i].kind == "person"]


def _with_head_country(named: Mention, head: Token, by_token: dict[int, Mention]) -> Mention:
    """ "an Ethiopian ship, MV Gibe": a group named in apposition with no country of its own is of
    the country its head's demonym gives (the vessel, a business, is Ethiopian), not that country
    itself, which `inside_phrase` would put in its place."""
    if named.country is not None or named.kind != "group" or named.sector is None:
        return named
    for child in head.children:
        owner = by_token.get(child.i) if child.dep_ in ("amod", "compound") else None
        if owner is not None and owner.kind == "country" and owner.country is not None:
            return replace(named, country=owner.country, actor_id=f"{owner.country}:{named.sector}")
    return named


def _persons_people_owner(group: Mention, head: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The person who owns ordinary people ("our people", "my children" in a Palestinian minister's
    words; "his people"), when the person's country is known: the people are of that country, and
    are not the person (killing them is no attack on the speaker), whatever country the sentence
    around them names ("Israel has killed our people")."""
    if group.sector != CIVILIAN or group.name:
        return None
    for child in head.children:
        owner = by_token.get(child.i) if child.dep_ == "poss" and child.lower_ in PERSON_POSSESSIVES else None
        if owner is not None and owner.kind == "person" and owner.country is not None:
            return owner
    return None


def denies_a_claim(rule: Rule) -> bool:
    """A rule for denying a claim named by its object ("denied the allegations", CAMEO 016): its
    target is the claim's author, never an actor or a place inside what the claim says."""
    return rule.cameo.code == DENIAL_CAMEO and bool(rule.objects)


def is_summary(noun: Token) -> bool:
    """ "..., a move criticized by Cuba": a noun set off by a comma that sums up the clause before."""
    start = noun.left_edge.i
    return noun.lower_ in role_words().summary and start > 0 and noun.doc[start - 1].text == ","


def co_owners(head: Token, by_token: dict[int, Mention], deps: Set[str] = OWNER_DEPS) -> list[Mention]:
    """Actors coordinated among a noun's modifiers: "Sierra Leonean and Liberian refugees"."""
    return [
        by_token[t.i]
        for child in head.children
        if child.dep_ in deps and child.i < head.i
        for t in with_conjuncts(child)
        # a person's name on a group's noun says whose the group is, and is no second actor:
        # "a Putin critic", "Trump supporters", "the Obama administration"
        if t.i in by_token and by_token[t.i].kind != "person"
    ]


def _of_each_country(head: Token, mention: Mention, by_token: dict[int, Mention]) -> list[Mention]:
    """An unnamed group "of" several coordinated countries is a group of each: "the foreign
    ministers of Kenya, Uganda and Tanzania" are Kenya's, Uganda's and Tanzania's ministers, not
    one country's alone (the actor step gives the group one country)."""

    if mention.kind != "group" or mention.name or mention.country is None:
        return []
    countries = [
        by_token[t.i].country
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for t in with_conjuncts(pobj)
        # the actor step may have put a copy of the group on the first owner already
        if t.i in by_token and (by_token[t.i].kind == "country" or by_token[t.i].sector == mention.sector)
    ]
    if len(set(countries)) < 2 or mention.country not in countries:
        return []
    return [
        replace(mention, country=c, actor_id=f"{c}:{mention.sector}")
        for c in dict.fromkeys(countries)
        if c is not None and c != mention.country
    ]


def with_conjuncts(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from with_conjuncts(child)


def inside_phrase(
    head: Token, by_token: dict[int, Mention], through_places: bool = True
) -> tuple[Token, Mention] | None:
    """The nearest actor inside a head's noun phrase, with the token it was found on.

    Without `through_places`, a phrase of place is not entered: whoever acts "by a quake in
    Iran" is not Iran (the actor resolver already owns "rebels in Darfur"). A patron's clause is
    never entered: "militias backed by Iran", "groups aligned with Republicans" are not their
    patrons.
    """

    def inside(token: Token) -> list[Token]:
        return [
            c
            for c in token.children
            if (
                c.dep_ in NP_DEPS
                or _measure_of_goods(token, c)
                or (c.dep_ == "npadvmod" and token.lower_ in HELD_BY)
            )
            and c.dep_ != "conj"
            and not (c.dep_ == "acl" and c.lower_ in PATRON_WORDS)  # "militias backed by Iran"
            and not content_clause(c)
            and not person_after_place(c, by_token)
            and not (c.dep_ == "prep" and (c.lower_ in TOPIC_PREPS or names_no_party(c)))
            and (through_places or not (c.dep_ == "prep" and c.lower_ in PLACE_PREPS))
            and not _where_made(token, c)
        ]

    if law_name(head):
        return None  # "the Kenya Transparency Act would freeze assets": no act of Kenya's
    frontier = inside(head)
    while frontier:
        nxt: list[Token] = []
        for token in frontier:
            if token.i in by_token and not _kind_of_thing(token, by_token):
                return token, by_token[token.i]
            nxt.extend(inside(token))
        frontier = nxt
    return None


def law_name(head: Token) -> bool:
    """ "The Kenya Transparency Act", "the Ghana Democracy Bill": a law's or a bill's own name (its
    capitalised head word, role-word class `statute`, with words of the name before it). A place
    or a people in the name tells what the law is about; the law is a legislature's, so the
    name gives it no actor ("Russia's foreign agent law", in lower case, is Russia's)."""
    return (
        head.lower_ in role_words().statute
        and head.is_title
        and any(c.dep_ in ("compound", "nmod") and c.i < head.i for c in head.children)
    )


def _measure_of_goods(token: Token, child: Token) -> bool:
    """A sum that measures the goods of a noun phrase ("goods worth $3 billion in American
    exports", "a list of products that amounted to $2 billion in American exports"; role_words.tsv
    `amounting`): whose the sum is, theirs the goods are, so the phrase is entered through it."""
    words = role_words().amounting
    return (child.dep_ == "relcl" and child.lower_ in words) or (
        child.dep_ == "npadvmod" and token.lower_ in words
    )


def _where_made(clause: Token, child: Token) -> bool:
    """A place phrase of a participle on a noun ("a truce plan drafted in Cairo", "a deal signed in
    Doha") tells where the thing was made, not whose it is nor whom it is aimed at: urging support
    for it asks nothing of Egypt (issue 11). The participle's "by" agent still names its owner
    ("the blacklist drawn up by the United States"), and "at" is left out: "talks aimed at the
    denuclearization of the DPRK" are aimed at it."""
    return clause.dep_ == "acl" and child.dep_ == "prep" and child.lower_ in MADE_IN_PREPS


def _kind_of_thing(token: Token, by_token: dict[int, Mention]) -> bool:
    """A bare sector adjective, one word naming no one (whatever country the sentence lends it), on
    a noun that names no actor tells what kind of thing the noun is, not whose it is or whom it
    is aimed at: "ruled out military action against Pyongyang" (the act rejected; Pyongyang is
    its target), "railed against military-hospital projects". "Israeli action" (a country) and
    "military leaders" (an actor noun) are read as before, and so is a subject ("the military
    council imposed a ban": a body acts, not a thing). A bare common noun of people on a noun of
    keeping track of them (role-word class `tally`: "no inmate checks were made", "the prisoner
    counts were falsified") tells what the record is of, not who acts on it or is accused. Nor does
    a bare common noun of private people inside a compound, on a word that itself modifies the noun
    ("investment in a passenger rail system", "cuts to the student loan scheme"): it tells what
    kind of rail or loan, and names no one ("the refugee camp" and "a police station" still do)."""
    mention = by_token[token.i]
    if token.dep_ == "compound" and token.head.lower_ in role_words().tally and token.is_lower:
        return token.head.i not in by_token  # "no inmate checks were made": inmates keep no checks
    if _kind_of_a_kind(token, mention, by_token):
        return True
    return (
        token.dep_ == "amod"
        and token.head.i not in by_token
        and token.head.dep_ not in SUBJECT_DEPS | {"nsubjpass"}  # "the military council imposed"
        and mention.kind == "group"
        and mention.name is None
        and mention.rule.startswith("sector:")
        and (mention.start, mention.end) == (token.idx, token.idx + len(token))
    )


def _kind_of_a_kind(token: Token, mention: Mention, by_token: dict[int, Mention]) -> bool:
    """ "a passenger rail system": a lower-case civilian noun compounded on a compound that names no
    one itself, a sector word read as a group of no name."""
    head = token.head
    return (
        token.dep_ == "compound"
        and token.is_lower
        and head.dep_ == "compound"
        and head.i not in by_token
        and head.head.i not in by_token
        and mention.kind == "group"
        and mention.name is None
        and mention.sector == CIVILIAN
        and mention.rule.startswith("sector:")
    )


def content_clause(clause: Token) -> bool:
    """ "claims that it is working for Khartoum": what a claim, report or proposal says, a clause
    of its own with "that", "whether" or "if", names its topic, not who owns the noun (issue 11)."""
    return (
        clause.dep_ == "acl"
        and any(c.dep_ == "mark" and c.lower_ in CONTENT_MARKS for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def coordinated(head: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """All actors of a coordinated phrase, however the parser attached its parts.

    "U.S. President Donald Trump and Russian President Vladimir Putin met": the
    small model hangs "Trump" as an apposition under the second title, so
    walking `conj` links alone finds only Putin.
    """
    listed = _listed_before(head, by_token)
    if listed:
        return listed + [m for m in actors_at(head, by_token) if m not in listed]
    subtree = [t for t in head.subtree if not under_prep(t, head)]
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in subtree):
        return []
    found: list[Mention] = []
    for t in subtree:
        mention = by_token.get(t.i)
        if mention is not None and mention not in found and not _names_whose(t, mention, by_token):
            found.append(mention)
    return found if len(found) > 1 else []


# Arcs the parser gives the first of two subjects a headline joins with a comma for "and".
HEADLINE_LIST_DEPS = frozenset({"dep", "npadvmod"})


def _listed_before(subject: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The actor a headline lists before a subject with a comma for "and" ("US, UK strike Houthi
    targets", "Russia, China hold joint drills"), which the parser hangs on the verb as a loose
    dependent, or a country it lists after one as its apposition ("Greece, Cyprus hold talks": a
    country is no other name of another). A place there is a dateline ("MOSCOW, Russia
    launched"), no actor."""
    if subject.dep_ != "nsubj" or subject.head.i == subject.i:
        return []
    own = by_token.get(subject.i)
    if own is not None and own.kind == "country":
        listed = [
            m
            for c in subject.children
            if c.dep_ == "appos" and (m := by_token.get(c.i)) is not None
            if m.kind == "country" and m.country != own.country
        ]
        if listed:
            return [own, *listed]
    start = subject.left_edge.i
    if start < 2 or subject.doc[start - 1].text != ",":
        return []
    first = subject.doc[start - 2]
    if first.head.i != subject.head.i or first.dep_ not in HEADLINE_LIST_DEPS:
        return []
    mention = by_token.get(first.i)
    return [mention] if mention is not None and mention.kind != "place" else []


def _names_whose(token: Token, mention: Mention, by_token: dict[int, Mention]) -> bool:
    """A person's name on the noun of another actor ("Hillary Clinton supporter", "a Putin
    critic"): whose that actor is, no actor of its own."""
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return mention.kind == "person" and head.i != token.i and by_token.get(head.i) not in (None, mention)


def under_prep(token: Token, head: Token) -> bool:
    # spaCy makes a new Token object on every access: compare positions, not identity.
    while token.i != head.i:
        if token.dep_ in ("prep", "relcl", "acl") or token.head.i == token.i:
            return True
        token = token.head
    return False


def subject_actors(token: Token, by_token: dict[int, Mention]) -> tuple[list[Mention], bool]:
    """Subject actors of a verb, inheriting from the governing verb when it has none."""
    if is_passive(token):
        return _passive_doers(token, by_token), False
    subjects = _subjects(token)
    for child in subjects:
        if token.dep_ == "relcl" and child.lower_ in RELATIVE_PRONOUNS:
            return _relative_subjects(token, by_token), True
        found = _not_struck(
            child, coordinated(child, by_token) or actors_at(child, by_token, through_places=False)
        )
        if not found and (child.lower_ in RESUMPTIVE_PRONOUNS or _own_state(child)):
            return _named_after(token, child, by_token) or pronoun_antecedent(child, by_token), True
        if found or child.i == subjects[-1].i:
            # "KYIV, Feb 24 - Russia launched": a dateline parsed as a second subject is passed over.
            return found, False
    controller = _controller(token, by_token)
    if controller is not None:
        return controller, True
    wrapper = _wrapper(token)
    if wrapper is not None:
        return _wrapper_subjects(wrapper, by_token, token.head if token.dep_ == "pcomp" else None), True
    if token.dep_ in INHERITING_DEPS and token.head.i != token.i:
        return _inherited_subjects(token, by_token), True
    doer_verb = _gerund_doers_verb(token)
    if doer_verb is not None:
        return _gerund_doers(token, doer_verb, by_token), True
    if token.dep_ == "relcl":
        return actors_at(token.head, by_token), True
    if token.dep_ == "acl":
        return _noun_clause_subjects(token, by_token)
    return [], False


# Prepositions of what an act of force falls on ("the attack on the school").
STRUCK_PREPS = frozenset({"on", "against"})
# CAMEO roots of the codebook's acts of force (18-20) whose nouns name what they fall on.
FORCE_NOUN_ROOTS = ("18", "19", "20")


@functools.cache
def force_nouns() -> frozenset[str]:
    """The forms of the codebook's nouns of acts of force ("attack", "raid", "airstrike")."""
    rules = load_codebook().rules
    return frozenset(
        form
        for r in rules
        if r.pos == "noun" and r.cameo.code.startswith(FORCE_NOUN_ROOTS)
        for form in noun_inflections(r.lemma)
    )


def _relative_subjects(clause: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Who does a relative clause's act: the noun its subject pronoun stands for, or the doers of
    the act of force that noun tells (`_act_doers`)."""
    antecedent = relative_doer(clause)
    if antecedent.lower_ in force_nouns():
        return _act_doers(antecedent, by_token)
    return actors_at(antecedent, by_token)


@functools.cache
def _force_carriers() -> frozenset[str]:
    """The forms of the verbs that carry out an act of force told by its noun ("carried out an
    attack", "launched an ambush": the codebook's governors of those nouns)."""
    rules = load_codebook().rules
    lemmas = frozenset(
        g for r in rules if r.pos == "noun" and r.cameo.code.startswith(FORCE_NOUN_ROOTS) for g in r.governors
    )
    return all_verb_forms(lemmas)


def _clause_owners(clause: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The owners of the noun a clause hangs on, who act in it: its possessor ("Kim Jong Un's visit
    to Beijing to meet Xi"), else the promiser a noun of promising names in its "from" or "by"
    phrase ("a pledge from the Taliban to free the hostages": the promiser does what it promised)."""
    noun = clause.head
    owners = [m for c in noun.children if c.dep_ == "poss" for m in actors_at(c, by_token)]
    if owners or not marked_by_to(clause):
        return owners
    promisers = prep_objects(noun, _promiser_phrases().get(noun.lower_, frozenset()))
    return [m for g in promisers for m in actors_at(g, by_token, through_places=False)]


@functools.cache
def _promiser_phrases() -> dict[str, frozenset[str]]:
    """The prepositions that name the promiser on each form of a noun of promising: the agent
    phrases of the codebook's noun rules that promise the act of their infinitive (`embeds`:
    "a pledge from the rebels to disarm", "the promise by Ghana to repay the loan")."""
    phrases: dict[str, frozenset[str]] = {}
    for r in load_codebook().rules:
        if r.pos == "noun" and r.embeds and r.agents:
            preps = frozenset(a.split(":", 1)[1] for a in r.agents if a.startswith("prep:"))
            for form in noun_inflections(r.lemma):
                phrases[form] = phrases.get(form, frozenset()) | preps
    return phrases


def _act_doers(act: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Who did an act of force a relative clause tells the harm of ("an attack in the Gaza Strip,
    which injured four"): whoever the act's own phrases name, never where it struck or what it
    fell on (`_not_struck`), else the subject of the verb that carried it out ("Boko Haram carried
    out an attack, which killed thirty"); else no one named, for `implied.unattributed`."""
    found = _not_struck(act, actors_at(act, by_token, through_places=False))
    if not found and act.dep_ == "dobj" and act.head.lower_ in _force_carriers():
        found = subject_actors(act.head, by_token)[0]
    return found


def _not_struck(subject: Token, found: list[Mention]) -> list[Mention]:
    """The actors a subject names less those an act of force it names falls on: in "the attack on
    the school killed 40" or "the raid on the opposition party left two dead" the school and the
    party were struck, they did not kill (issue 11, stop 47: the one struck coded as the doer).
    Whoever is in its other phrases ("the Israeli attack", "the attack by Hamas") still did it."""
    if subject.lower_ not in force_nouns():
        return found
    struck = [
        (p.left_edge.idx, p.right_edge.idx + len(p.right_edge))
        for p in subject.children
        if p.dep_ == "prep" and p.lower_ in STRUCK_PREPS
    ]
    return [m for m in found if not any(start <= m.start < end for start, end in struck)]


def _inherited_subjects(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The subject actors a subjectless verb takes from the verb above it: "said the speaker should
    focus on the budget, and mocked him" (the sayer mocked: `higher_clause_conjunct`), "did not
    fire the gun and, in the end, kill the guard" (the killer is the one who fired: `and_holder`).
    An active verb joined to a passive shares the passive's subject, the one acted on, not its
    agent: "Iran was sanctioned by the US and expelled two diplomats" (this one is active: a
    passive conjunct reads its own doers, `_passive_doers`). Only where the conjunction before it
    is the passive's: in "residents were locked in their homes and soldiers confiscated ..." the
    parse joins "soldiers" to "homes", and the verb after it has a subject of its own."""
    higher = higher_clause_conjunct(token) or and_holder(token) or token.head
    if token.dep_ == "conj" and is_passive(higher) and _joined_after(token, higher):
        return [m for s in passive_subjects(higher) for m in actors_at(s, by_token)]
    return subject_actors(higher, by_token)[0]


def _joined_after(conjunct: Token, verb: Token) -> bool:
    """Whether `conjunct` comes right after a conjunction or comma of `verb`'s ("was released and
    attacked", "was summoned, and later accused"), not after a word of `verb`'s phrases."""
    start = conjunct.left_edge.i
    before = conjunct.doc[start - 1] if start > 0 else None
    return before is not None and before.dep_ in ("cc", "punct") and before.head.i == verb.i


def _relative_antecedent(clause: Token) -> Token:
    """The noun a relative clause describes: the one it hangs on; but the nearer member of a pair
    after "between" when the clause follows it ("talks between the cabinet and the militia, who
    have rejected a truce": the militia rejects), also where the parse hangs the clause on the
    noun the pair is of ("fighting between the army and the rebels, who ..."). The two sides of a
    pair are contrasted; a clause about both would say so ("both of whom")."""
    head = clause.head
    pair = head if head.dep_ == "pobj" and head.head.lower_ == "between" else _between_pair(head)
    if pair is None:
        return head
    members = list(with_conjuncts(pair))
    gap = clause.doc[members[-1].right_edge.i + 1 : clause.left_edge.i]
    if len(members) < 2 or any(t.dep_ != "punct" for t in gap):
        return head
    return members[-1]


# Entity labels of a place a relative clause may be misattached to ("the ambush in the West Bank,
# which killed ten": the parse hangs the clause on the place).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def relative_doer(clause: Token) -> Token:
    """The noun a relative clause's subject pronoun stands for (`_relative_antecedent`); but for a
    clause of harm ("which killed ten", "that wounded four") hung on the place in an act of
    force's own phrase, that act: in "the ambush in the West Bank, which killed ten settlers" the
    ambush killed them, no place did (issue 11: a place read as the attacker)."""
    head = _relative_antecedent(clause)
    prep = head.head
    if head.dep_ != "pobj" or head.ent_type_ not in PLACE_LABELS or prep.lower_ not in PLACE_PREPS:
        return head
    harm = clause.lower_ in role_words().harming
    return prep.head if harm and prep.head.lower_ in force_nouns() else head


def _between_pair(noun: Token) -> Token | None:
    """The first member of the pair a noun is between: "fighting between the army and ..." -> army."""
    return next(iter(prep_objects(noun, {"between"})), None)


def _noun_clause_subjects(token: Token, by_token: dict[int, Mention]) -> tuple[list[Mention], bool]:
    """Who acts in a clause the parse hung on a noun: the sentence's subject when it is a main verb
    misread past a parenthesis (`_subject_before_parenthesis`), else as `acl_subjects` reads it."""
    subject = _subject_before_parenthesis(token)
    if subject is not None:
        return actors_at(subject, by_token, through_places=False), False
    return acl_subjects(token, by_token), True


# Marks that open and close a parenthesis inside a sentence: "X, which ..., called", "X - who ... - called".
PARENTHESIS_MARKS = frozenset({",", "-", "--", "\u2013", "\u2014"})


def _subject_before_parenthesis(verb: Token) -> Token | None:
    """The subject of a main verb that the parser hung as a participle on a noun, misled by a
    parenthesis between subject and verb: "The opposition, which has boycotted the vote, called
    for new elections", "The Authority - which has rejected him as a mediator - called for a
    meeting" (r2 B9). The sentence's root is then the subject noun, a comma or dash right after it
    opens a relative clause or an apposition, and the same mark closes it right before the verb
    (an adverb of the verb between: "- also criticised"). A bare participle after a noun with no
    parenthesis ("troops deployed to the border") stays a description."""
    doc = verb.doc
    root = verb.sent.root
    if verb.lower_.endswith("ing") or root.i >= verb.i or is_verbal(root):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass", "mark") for c in verb.children):
        return None
    close = verb.i - 1
    while close > root.i and doc[close].dep_ in ("advmod", "neg") and doc[close].head.i == verb.i:
        close -= 1
    mark = doc[close].text
    if mark not in PARENTHESIS_MARKS:
        return None
    opening = [t for t in doc[root.i + 1 : close] if t.text == mark]
    if len(opening) != 1 or opening[0].head.i != root.i or opening[0].i + 1 >= close:
        return None
    first = doc[opening[0].i + 1]
    inserted = first.lower_ in RELATIVE_PRONOUNS or any(
        a.dep_ == "appos" and a.head.i == root.i for a in [first, *first.ancestors]
    )
    return root if inserted else None


# Subject pronouns that may stand for a subject named after them: "it" for a state or a body.
# Not "they": a fronted "when they protested, police fired" most often means people named before.
CATAPHORIC_PRONOUNS = frozenset({"it"})


def _named_after(clause: Token, pronoun: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The actors a pronoun subject stands for when its clause is fronted before the main clause
    and the sentence names no actor before it: the main clause's subject, named after the clause
    ("Since 2008, when it invaded Georgia, Russia has ...", "After it seized the port, the
    junta ..."; r3 class 7)."""
    main = clause.head
    if pronoun.lower_ not in CATAPHORIC_PRONOUNS or clause.dep_ != "advcl" or main.i <= clause.i:
        return []
    start = pronoun.sent.start
    if any(i in by_token for i in range(start, pronoun.i)):
        return []  # "Kenya said that when it ..., Uganda ...": the actor named first may be meant
    after = [t for t in main.subtree if t.i > clause.right_edge.i]
    if any(t.lower_ == pronoun.lower_ and t.dep_ in ("dobj", "pobj") for t in after):
        return []  # "When it docked, police seized it": the one the main clause acts on
    subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.right_edge.i]
    found = [m for s in subjects for m in actors_at(s, by_token, through_places=False)]
    if pronoun.lower_ == "it" and any(m.kind == "person" or m.role for m in found):
        return []  # "it" is no person, nor an office's holder ("the president")
    return found


def _wrapper_subjects(
    wrapper: Token, by_token: dict[int, Mention], via: Token | None = None
) -> list[Mention]:
    """Who does the act a wrapper verb hangs: its subject; but the passive subject of a passive
    participle of intent with no agent ("Kenya is committed to holding talks"), who intends it;
    and the one asked, the object of a verb of asking through whose preposition (`via`) the act
    hangs ("warned Iran against closing the strait": Iran would close it)."""
    asked = [c for c in wrapper.children if c.dep_ == "dobj"]
    own_phrase = via is not None and phrasal_preposition(via, wrapper)
    if own_phrase and asked and "request" in cue_kinds(wrapper, via=via):
        return [m for c in asked for m in actors_at(c, by_token)]
    found = subject_actors(wrapper, by_token)[0]
    if found or agent_objects(wrapper) or not cue_kinds(wrapper) & FUTURE_KINDS:
        return found
    return [m for c in wrapper.children if c.dep_ == "nsubjpass" for m in actors_at(c, by_token)]


def _passive_doers(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The doers of a passive verb: its "by" agent; but the passive subject of a participation
    wrapper ("troops were involved in the killing", "were engaged in looting"), who took part."""
    if PARTICIPATION in cue_kinds(token):
        # "said it was not involved in the attack": a subject pronoun stands for its antecedent, as
        # an active verb's does (`subject_actors`)
        return [
            m
            for c in token.children
            if c.dep_ == "nsubjpass"
            for m in actors_at(c, by_token)
            or (pronoun_antecedent(c, by_token) if c.lower_ in RESUMPTIVE_PRONOUNS or _own_state(c) else [])
        ]
    agents = [a for a in agent_objects(token) or _far_agent_objects(token) if not _means(a)]
    # "she was released by her captors": the one acted on, named only as whose the doers are
    # (an agent noun the actor step reads no actor for), is never the doer of a passive
    sufferers = {actor_key(m) for c in passive_subjects(token) for m in actors_at(c, by_token)}
    return [
        m
        for a in agents
        for m in actors_at(a, by_token, through_places=False)
        if not (actor_key(m) in sufferers and by_token.get(a.i) is None)
    ]


def _subjects(token: Token) -> list[Token]:
    """A verb's subjects, less a reporting verb read as a second one (`_misread_report_verb`) and
    one denied by "no" ("No militants were inside the school, leaving 40 dead": no one did it)."""
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and not denied_by_no(c)]
    if len(subjects) > 1:
        return [c for c in subjects if not _misread_report_verb(c)] or subjects
    return subjects


def _misread_report_verb(subject: Token) -> bool:
    """One of two subjects that is a reporting verb right after a person's name ("Constable Ann
    Wells allege the man opened fire"): the parser read the speaker's verb (here with a slip, a
    plural verb after a singular name) as a noun compounded with the name, a second subject of
    the reported verb. The speaker reports the act; the other subject does it (issue 11). A
    reporting noun with a determiner ("the report", "his claims") is left alone."""
    return (
        "report" in cue_kinds(subject)
        and not any(c.dep_ in ("det", "poss") for c in subject.children)
        and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in subject.children)
    )


# Prepositions whose gerund tells how or when the verb's subject acted ("retaliated by
# expelling", "after meeting", "while visiting"); not "of"/"for" ("accused X of bombing",
# "praised X for helping": someone else's deed).
ADJUNCT_GERUND_PREPS = frozenset({"by", "after", "before", "while", "upon", "on"})


def _adjunct_gerund(token: Token) -> bool:
    """A gerund after a preposition of means or time on a verb, whose subject does it: after the
    verb ("retaliated by expelling") or fronted before its clause (see `_fronted_gerund`)."""
    prep = token.head
    if not (
        token.dep_ == "pcomp"
        and token.lower_.endswith("ing")
        and prep.lower_ in ADJUNCT_GERUND_PREPS
        and prep.dep_ == "prep"
        and prep.head.i != prep.i
        # an act's: "has three ways to seek enforcement: by asking prosecutors" is no one's act; a
        # verb's conjunct too ("condemned the move and retaliated by expelling ten diplomats")
        and (prep.head.dep_ in VERBAL_DEPS or (prep.head.dep_ == "conj" and is_verbal(prep.head)))
    ):
        return False
    if prep.head.i > token.i:
        return _fronted_gerund(prep, prep.head)
    return prep.head.lower_ not in STATIVE_VERBS


def _gerund_doers_verb(token: Token) -> Token | None:
    """The verb whose subject does a subjectless gerund: "Moscow retaliated by expelling ten
    diplomats" (`_adjunct_gerund`), "Ankara took measures including recalling its envoy" (a step
    of the measures taken, `_listed_step`)."""
    if _adjunct_gerund(token):
        return token.head.head
    if _listed_step(token):
        return token.head.head.head
    return None


def _gerund_doers(gerund: Token, verb: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Who does a subjectless gerund `verb`'s subject does (`_gerund_doers_verb`). After a passive
    with no agent, a gerund of time is its passive subject's act, the one the clause is about ("the
    opposition leader was arrested after criticising the president", "the envoy was expelled after
    meeting rebel leaders"), where the doers of the passive are unnamed. A gerund of means ("was
    dispersed by firing tear gas") is the unnamed doers' own, and with an agent named ("was
    captured by rebels after shelling it") the reading is open: both keep the verb's doers."""
    prep = gerund.head
    if prep.lower_ != "by" and is_passive(verb) and not agent_objects(verb) and not _far_agent_objects(verb):
        return [m for s in passive_subjects(verb) for m in actors_at(s, by_token, through_places=False)]
    return subject_actors(verb, by_token)[0]


# Verbs that adopt steps, besides the support verbs (role_words.tsv `light`): "announced measures".
ADOPTING_VERBS = frozenset({"announce", "adopt", "approve", "unveil", "order", "introduce"})


@functools.lru_cache(maxsize=1)
def _step_taking_forms() -> frozenset[str]:
    return all_verb_forms(role_words().light | ADOPTING_VERBS)


def _listed_step(token: Token) -> bool:
    """A gerund after "including" on a noun of steps (role_words.tsv `steps`) that a support verb
    or a verb of adopting takes as its object: "took measures including recalling its ambassador",
    "announced steps including expelling two diplomats" are steps of the one taking them. Demands
    or proposals "including releasing prisoners" are someone else's acts asked for."""
    prep = token.head
    noun = prep.head
    return (
        token.dep_ == "pcomp"
        and token.lower_.endswith("ing")
        and prep.dep_ == "prep"
        and prep.lower_ == "including"
        and noun.i != prep.i
        and noun.lower_ in role_words().steps
        and noun.dep_ == "dobj"
        and noun.head.i != noun.i
        and noun.head.lower_ in _step_taking_forms()
    )


def _fronted_gerund(prep: Token, verb: Token) -> bool:
    """A gerund phrase fronted before its clause ("After criticizing Athens, the Turkish president
    flew home") is done by the clause's subject (subject control), as it is after the verb. Only
    where that subject is an active one written after the phrase: a passive or subjectless clause
    ("After meeting the envoy, a deal was reached") leaves the gerund's doer untold (a dangling
    modifier). Nor before a verb of saying ("After shooting the clerk, the officer said the
    gunman fled"): the phrase often belongs to the reported clause, whose doer is someone else."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        bool(subjects)
        and "report" not in cue_kinds(verb)
        and all(s.i > prep.right_edge.i for s in subjects)
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    )


# Verbs that name no act a gerund could tell the means of.
STATIVE_VERBS = frozenset({"be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having"})


# Verbs that bring someone to the subject for the subject's own purpose: their infinitive is the
# subject's act ("summoned the ambassador to protest", "called in the envoy to complain").
SUMMONING_VERBS = frozenset({"summon", "convene", "recall"})


@functools.lru_cache(maxsize=1)
def _summoning_forms() -> frozenset[str]:
    return all_verb_forms(SUMMONING_VERBS)


def _controller(token: Token, by_token: dict[int, Mention]) -> list[Mention] | None:
    """Who does the act of an infinitive whose governor names someone else: the object
    ("urged Kenya to investigate", "forced Uganda to withdraw"), the one called on ("called
    on the militia to free"), the passive subject ("Iraq was forced to withdraw"). None when
    the governor names nobody, and the subject's act it is ("decided to withdraw").

    A verb that asks or intends someone else's act and names no actor as that someone gives
    nobody: "urged the militia to apologise" is no apology by the one urging.
    """
    readied = _readied_infinitive(token)
    stopped = _stopped_design(token)
    if (
        token.dep_ != "xcomp" and not asked_infinitive(token) and not readied and not stopped
    ) or token.head.i == token.i:
        return None
    governor = token.head
    passive = [c for c in governor.children if c.dep_ == "nsubjpass"]
    if passive:
        return [m for c in passive for m in actors_at(c, by_token)]
    kinds = cue_kinds(governor)
    asked = [c for c in governor.children if c.dep_ == "dobj"]
    if stopped:  # the design's owner, if the object names one ("the pirates' attempt")
        return [m for c in asked for o in c.children if o.dep_ == "poss" for m in actors_at(o, by_token)]
    if kinds & SCOPE_KINDS:
        asked += [
            g
            for c in governor.children
            if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS
            for g in c.children
            if g.dep_ == "pobj"
        ]
    if not asked or governor.lower_ in _summoning_forms():
        return None  # "summoned the chargé to protest the strikes": the one summoning protests
    found = [m for c in asked for m in actors_at(c, by_token)]
    if found or readied or kinds & (SCOPE_KINDS | FUTURE_KINDS) or governor.lower_ in _causing_forms():
        return found
    return None  # "sent troops to fight": troops of no named side fight for the subject


@functools.lru_cache(maxsize=1)
def _causing_forms() -> frozenset[str]:
    return all_verb_forms(role_words().causing)


@functools.lru_cache(maxsize=1)
def _uncovering_forms() -> frozenset[str]:
    return all_verb_forms(role_words().uncovering)


@functools.lru_cache(maxsize=1)
def _readying_forms() -> frozenset[str]:
    return all_verb_forms(role_words().readying)


def _stopped_design(clause: Token) -> bool:
    """ "Police foiled a plot to kill the governor", "uncovered a plan to bomb the embassy" with the
    infinitive hung on the verb: after the object of a verb of uncovering or stopping another's
    design (role_words.tsv `uncovering`) it tells what the design was, the act of those whose
    design it is, not of the verb's subject (`acl_subjects` reads it on the noun)."""
    return _infinitive_after_object(clause, _uncovering_forms())


def _readied_infinitive(clause: Token) -> bool:
    """ "trained the militia to fight the insurgents", "armed the rebels to attack": the act of
    the infinitive after the object of a verb of readying (role_words.tsv `readying`), which the
    parse makes a purpose clause of the one readying, is the object's; the trainer is not a party
    to the fighting (r3: "training the opposition forces to fight against Islamic State")."""
    return _infinitive_after_object(clause, _readying_forms())


def _infinitive_after_object(clause: Token, verbs: frozenset[str]) -> bool:
    """A "to" infinitive the parse hangs on one of `verbs` (forms) that has a direct object."""
    head = clause.head
    return (
        clause.dep_ in ("advcl", "xcomp")
        and head.i != clause.i
        and marked_by_to(clause)
        and head.lower_ in verbs
        and any(c.dep_ == "dobj" for c in head.children)
    )


def _wrapper(token: Token) -> Token | None:
    """The phase or attempt verb a subjectless clause hangs from when the parser did not make it
    an infinitive complement: "went on attacking" (a gerund after "on"), "insisted on holding",
    "refrained from attacking", or a clause labelled ccomp under "began"."""
    if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.i != token.head.i:
        verb = token.head.head
        kinds = cue_kinds(verb, via=token.head)
        if kinds & (TRANSPARENT_KINDS | SCOPE_KINDS):
            return verb
        if kinds & FUTURE_KINDS and phrasal_preposition(token.head, verb):
            return verb  # "is committed to sending troops"; "voted on whether to give" is no intent
    if token.dep_ == "ccomp" and token.head.i != token.i and cue_kinds(token.head) & TRANSPARENT_KINDS:
        return token.head
    return None


def _own_state(noun: Token) -> bool:
    """ "his country", "their government": the speaker's own state, read like "it"."""
    return noun.lower_ in OWN_STATE_NOUNS and owned_by_pronoun(noun)


def owned_by_pronoun(noun: Token) -> bool:
    """ "its jets", "their government", "our forces": a noun a possessive pronoun owns."""
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)


@per_word
def reciprocal(token: Token) -> bool:
    """Whether a verb's object, its object's possessor or a phrase on it is "each other" or "one
    another" ("accused each other", "attacked each other's policies", "clashed with one another")."""
    slots = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    slots += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    slots += [g for c in slots for g in c.children if g.dep_ == "poss"]
    return any(_each_other(t) for t in slots)


# The pairs of words that say "each other": "each other", "one another".
RECIPROCAL_PAIRS = frozenset({("each", "other"), ("one", "another")})


def _each_other(word: Token) -> bool:
    """ "each other", "one another" (in that order: "another one" is someone else)."""
    return any(
        ((c.lower_, word.lower_) if c.i < word.i else (word.lower_, c.lower_)) in RECIPROCAL_PAIRS
        and abs(c.i - word.i) == 1
        for c in word.children
    )


def passive_subjects(token: Token) -> list[Token]:
    """The passive subjects of a verb: its own, else those of the passive verb it is coordinated
    with ("was detained in March and sentenced to two years", "were arrested and later charged
    with sedition": the ones sentenced and charged are the ones detained and arrested). A
    conjunct with a subject or an object of its own is a clause of its own. A relative clause's
    subject pronoun stands for the noun the clause hangs on, as an active one does in
    `subject_actors`: "the activists, who were detained in Minsk" were the ones detained. A
    participle clause set beside its main clause tells of that clause's subject (`_reduced_participle`:
    "Arrested in March, the journalist was sentenced", "If convicted, he faces 20 years")."""
    own = [c for c in token.children if c.dep_ == "nsubjpass"]
    if token.dep_ == "relcl" and own and all(c.lower_ in RELATIVE_PRONOUNS for c in own):
        return [_relative_antecedent(token)]
    if _reduced_participle(token):
        return [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own or token.dep_ != "conj" or not is_passive(token) or not is_passive(token.head):
        return own
    if any(c.dep_ in ("nsubj", "dobj") for c in token.children):
        return own
    return passive_subjects(token.head)


# How a regular past participle ends (the pipeline has no tagger): "charged", "driven".
PARTICIPLE_ENDINGS = ("ed", "en")


def _second_participle(token: Token) -> bool:
    """A bare past participle coordinated with a passive verb: "arrested and [charged]"; not the past
    of a verb that has no passive ("was sanctioned and [retaliated]", role_words.tsv `unpassive`)."""
    return (
        token.dep_ == "conj"
        and token.lower_.endswith(PARTICIPLE_ENDINGS)
        and token.lower_ not in _unpassive_forms()
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in token.children)
        and is_passive(token.head)
    )


# Subordinators before a participle that compare it or say how things stand, not what was done to
# the main clause's subject: "as expected", "as reported by Reuters", "than planned".
COMPARING_MARKS = frozenset({"as", "than"})
# What a participle clause with one of these is a clause of its own by: its subject, auxiliary or object.
REDUCED_CLAUSE_OWN_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "expl", "csubj"})


def _reduced_participle(token: Token) -> bool:
    """A past participle with no subject, auxiliary or object of its own that the parse hangs on a
    main verb with a subject as an adverbial clause: "Arrested in March, the journalist was
    sentenced", "If convicted, he faces 20 years", "..., accused of treason": a passive whose
    subject is the main clause's (after "if" a condition, read as such by the modality stage). Not
    after a comparing "as" ("as reported by Reuters"), nor the past of a verb with no passive."""
    return (
        token.dep_ == "advcl"
        and token.lower_.endswith(PARTICIPLE_ENDINGS)
        and token.lower_ not in _unpassive_forms()
        and not any(c.dep_ in REDUCED_CLAUSE_OWN_DEPS for c in token.children)
        and not any(c.dep_ == "mark" and c.lower_ in COMPARING_MARKS for c in token.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children)
    )


@functools.lru_cache(maxsize=1)
def _unpassive_forms() -> frozenset[str]:
    return all_verb_forms(role_words().unpassive)


@per_word
def is_passive(token: Token) -> bool:
    """A passive verb, the second participle of one, or a participle clause (`passive_subjects`)."""
    return (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
        or _second_participle(token)
        or _reduced_participle(token)
    )


def agent_objects(token: Token) -> list[Token]:
    """The nouns of a passive's "by" phrase: "were arrested by police" -> [police]."""
    return [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def active_by_objects(token: Token) -> list[Token]:
    """A "by" phrase the parse takes for a passive's agent on an active verb ("several senators
    stood by the nominee", where the verb's particle is "by"): an active verb has no agent, so
    the phrase is the verb's own. None on a passive or a participle on a noun ("the nominee
    backed by the senators")."""
    if is_passive(token) or token.dep_ == "acl":
        return []
    return agent_objects(token)


def _far_agent_objects(token: Token) -> list[Token]:
    """A passive's "by" phrase the parse hangs on the gerund of its "of", "for" or "with" phrase:
    "has been accused of misusing public funds by government officials", "was arrested for
    smuggling arms by police". The gerund's own passive keeps its agent ("accused of being
    paid by Moscow"). So too the passive's agent the parse hangs on its active infinitive ("was
    invited to speak by the club", "was asked to resign by the board"): an active verb has no agent.
    """
    gerunds = [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "with")
        for g in c.children
        if g.dep_ == "pcomp" and not any(a.dep_ in ("auxpass", "nsubjpass") for a in g.children)
    ]
    infinitives = (
        [c for c in token.children if c.dep_ == "xcomp" and not is_passive(c)] if is_passive(token) else []
    )
    return [
        o
        for g in gerunds
        for c in g.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for o in c.children
        if o.dep_ == "pobj"
    ] + [o for v in infinitives for o in agent_objects(v)]


def _means(agent: Token) -> bool:
    """ "Dropped off by helicopter", "evacuated by boat": a bare noun of travel after "by" says
    how it was done, not who did it ("hit by an Israeli helicopter" still names a doer)."""
    return agent.lower_ in role_words().means and not any(
        c.dep_ in ("det", "amod", "compound", "poss") for c in agent.children
    )


def object_read_as_participle_subject(verb: Token) -> list[Token]:
    """ "killed about 40 Palestinians sheltering in a school": with no object of its own, the verb's
    object may be read as the subject of the participle after it; the noun right after the verb is
    its object."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return []
    return [
        subject
        for clause in verb.children
        if clause.dep_ in ("advcl", "ccomp")
        and clause.i > verb.i
        and clause.lower_.endswith("ing")
        # "killed when the gunmen were spraying bullets": a clause of its own, opened by its mark
        and not any(c.dep_ in ("mark", "advmod", "aux") for c in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj" and verb.i < subject.i < clause.i
    ]


# What marks a clause as one of its own, told (a finite verb, its mark, its negation, its
# object): no object complement of a verb ("held Moscow responsible").
_OWN_CLAUSE_DEPS = frozenset({"mark", "aux", "auxpass", "neg", "dobj", "nsubjpass", "expl"})


def small_clause(verb: Token) -> tuple[list[Token], list[Token]]:
    """ "held Moscow directly responsible", "declared the leader irrelevant": the object and its
    complement, which the parse takes for a clause ("Moscow ... responsible" a ccomp with its
    subject) or, after the object, for an adverbial clause. Returns (objects, complements); the
    rule's `objects` decide what the complement must be, so "said Moscow attacked" names none."""
    objects: list[Token] = []
    complements: list[Token] = []
    for clause in verb.children:
        if clause.i < verb.i or any(c.dep_ in _OWN_CLAUSE_DEPS for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1]
        if clause.dep_ == "ccomp" and subjects:
            objects += subjects
            complements.append(clause)
        elif (
            clause.dep_ in ("advcl", "xcomp")
            and not clause.lower_.endswith("ing")
            and not any(c.dep_ == "nsubj" for c in clause.children)
            and any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children)
        ):
            complements.append(clause)
    return objects, complements


def acl_subjects(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Who acts in a clause hung on a noun: the agent ("the blacklists established by the US");
    the noun itself when an actor's noun carries a present participle ("with the opposition
    demanding new elections", "students calling for a strike"); else the subject of the verb
    governing the noun ("accepted an invitation to visit", "issued a statement condemning")."""
    agents = agent_objects(token)
    if agents:
        return [m for a in agents for m in actors_at(a, by_token, through_places=False)]
    stood_for = _stood_for(token.head) if token.head.i not in by_token else None
    if stood_for is not None:
        return actors_at(stood_for, by_token, through_places=False)
    if token.lower_.endswith("ing") and token.head.i in by_token and not _addressee(token.head):
        return actors_at(token.head, by_token, through_places=False)  # the parse has no tags
    owners = _clause_owners(token, by_token)
    if owners:
        return owners
    states = _state_modifiers(token.head, by_token)
    if states and marked_by_to(token):
        return states  # "welcomed the Swedish decision to drop the charges": Sweden drops them
    if clause_read_as_phrase(token):
        return actors_at(token.head, by_token)
    if token.lower_.endswith("ing") and _names_doers(token.head):
        return []  # "backs rebel groups fighting the army": the groups fight, an actor no one named
    governor = governing_verb(token.head)
    if governor is not None and _reduced_passive(token):
        return []  # "would not comment on the means used to set the fire": whoever used them
    if governor is not None and marked_by_to(token) and governor.lower_ in _uncovering_forms():
        return []  # "police foiled a plot to kill the governor": the plotters, whom it names not
    if governor is not None:
        return subject_actors(governor, by_token)[0]
    if _lost_predicate(token):
        return actors_at(token.head, by_token)
    return []


def _state_modifiers(noun: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The states a nationality or a state's name on `noun` names as its owner ("the Kenyan decision",
    "the US move"), as a possessive does ("Kenya's decision"); not on a proposal, invitation or request
    (`role_words.tsv` class `proposal`), whose infinitive another is asked to do ("a Chinese invitation
    to visit Beijing": the guest visits)."""
    if noun.lower_ in role_words().proposal:
        return []
    return [
        m
        for c in noun.children
        if c.dep_ in MODIFIER_DEPS and c.i < noun.i
        for m in actors_at(c, by_token)
        if m.kind == "country"
    ]


# Kinds of `data/sectors.tsv` terms that name no one who acts: a settlement, goods.
NO_DOER_KINDS = frozenset({"place", "thing"})


def _reduced_passive(clause: Token) -> bool:
    """A past participle hung on a noun with no "by" phrase and no object of its own: a passive
    relative clause with its "which was" left out ("the weapons used to kill the mayor", "the
    frigate deployed in the strait"). Its doer is unnamed: not the subject of the verb that takes
    the noun ("the sheriff would not comment on the weapons used ..."), who only speaks of it."""
    return (
        clause.dep_ == "acl"
        and past_word(clause.lower_)
        and not marked_by_to(clause)
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "agent") for c in clause.children)
    )


# The dependents that name a noun's kind: "golf courses", "a psychiatric clinic", "rebel groups".
MODIFIER_DEPS = frozenset({"compound", "amod"})


def with_modifiers(noun: Token) -> list[Token]:
    """`noun` and the compounds and adjectives on it ("golf courses": golf, courses)."""
    return [noun, *(c for c in noun.children if c.dep_ in MODIFIER_DEPS)]


def _names_doers(noun: Token) -> bool:
    """Whether a noun the actor stage made no actor of names people or a body of them, by its own
    word, or a modifier's on a noun of a body of people (role_words.tsv `collective`; sectors from
    `data/sectors.tsv`): "rebel groups", "the militiamen", "armed men". A
    present participle on it is theirs ("backs rebel groups fighting the regime": the groups
    fight), never the act of the subject of the verb governing the noun, as the participle on a
    thing is ("issued a statement condemning the raid")."""
    words = with_modifiers(noun)
    if noun.lower_ not in role_words().collective:
        words = [noun]  # "a General Assembly vote condemning": a vote is no body of people
    return any(
        (term := packaged_sectors().get(w.lower_)) is not None and term.kind not in NO_DOER_KINDS
        for w in words
    )


# Nouns that stand in for a noun named before them: "super PACs, including the one backing him".
STAND_IN_NOUNS = frozenset({"one", "ones"})
# Prepositions that pick members out of the noun before them: "including the one", "among those".
MEMBER_PREPS = frozenset({"including", "among", "like", "especially"})
# Arcs of a noun phrase's head (the parse has no tags to say what is a noun), a conjunct too.
MEMBER_NOUN_DEPS = NOUN_DEPS | {"conj"}


def _stood_for(noun: Token) -> Token | None:
    """The noun a stand-in ("the one", "the ones") picks a member of, which does the act of the
    clause on it: "condemned the firms, including one funding the campaign" (a firm funds, not
    the one condemning). The noun before the preposition, whether the parse hangs the preposition
    on it or on the verb; None for any other noun, or a stand-in that picks from nothing named
    ("he was the one calling for talks")."""
    prep = noun.head
    if noun.lower_ not in STAND_IN_NOUNS or noun.dep_ != "pobj" or prep.lower_ not in MEMBER_PREPS:
        return None
    if prep.head.dep_ in MEMBER_NOUN_DEPS:
        return prep.head
    before = [t for t in noun.doc[noun.sent.start : prep.i] if t.dep_ != "punct"]
    last = before[-1] if before else None
    return last if last is not None and last.dep_ in MEMBER_NOUN_DEPS else None


def _addressee(noun: Token) -> bool:
    """ "sent a letter to Senate leaders opposing the bill": a participle after the one something
    is sent or said to is most often the sender's or the letter's, hung on the nearest noun."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to"


# Prepositions that also open a clause: "since ground forces invaded", "after troops withdrew".
CLAUSE_PREPOSITIONS = frozenset({"since", "after", "before", "until", "till"})


def clause_read_as_phrase(token: Token) -> bool:
    """A clause after a preposition that also opens clauses, which the parser read as a noun
    with a participle on it: "since ground forces invaded on Saturday" is the forces invading,
    not forces invaded. The noun has no verb of its own there, so the participle is its verb."""
    head = token.head
    return (
        token.dep_ == "acl"
        and head.dep_ == "pobj"
        and head.head.lower_ in CLAUSE_PREPOSITIONS
        and not any(c.dep_ in ("agent", "auxpass") for c in token.children)
    )


def _lost_predicate(token: Token) -> bool:
    """Whether a clause hung on the sentence's root noun is the sentence's own predicate, which
    the parser demoted: "The air force carried out at least three strikes" parsed as a noun
    phrase, "carried" a clause on "force". A verb with a direct object and no subject
    of its own says what the root noun did; a participle with no object stays a description
    ("troops deployed to the border"). The sentence has no other predicate: its root is the noun.
    So is a verb of asking right after the noun with the one it addresses after its preposition
    and the infinitive of what it asks ("The UN envoy called on the rebels to disarm", "appealed
    to the militias to"): a description has neither ("the envoy called on Monday")."""
    head = token.head
    if head.dep_ != "ROOT" or head.i > token.i:
        return False
    own = {c.dep_ for c in token.children}
    if own & {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}:
        return False
    return "dobj" in own or _demoted_appeal(token)


def _demoted_appeal(token: Token) -> bool:
    """A verb of asking (`modality_cues.tsv` kind request) the parse hangs on the noun just before
    it, with its own addressee after "on"/"upon"/"to"/"with" and an infinitive of what is asked."""
    return (
        token.i == token.head.i + 1
        and "request" in cue_kinds(token)
        and any(
            c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS and any(g.dep_ == "pobj" for g in c.children)
            for c in token.children
        )
        and any(c.dep_ == "xcomp" and marked_by_to(c) for c in token.children)
    )


def pronoun_antecedent(subject: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The actors a subject pronoun ("Syria says it will withdraw", "Cuba was removed, but it
    faces") or an own-state noun ("his country") stands for, as the pipeline's one coreference
    resolver (`wirewatch.actors.coref`) reads it over the Doc's actors."""
    anaphor = subject
    if _own_state(subject):
        anaphor = next((c for c in subject.children if c.dep_ == "poss"), subject)
    resolver = Coreference.of(subject.doc, subject.doc._.mentions or list(dict.fromkeys(by_token.values())))
    return list(resolver.antecedents(anaphor))


def speaker_of_clause(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The subject actors of the speech verb whose reported clause holds `token`; for a clause the
    parse hangs on no speech verb, the speaker the quote step found for the quotation holding it
    ('"Their plan is a disgrace. It must be withdrawn," said Senator Alder': both sentences are
    hers)."""
    verb = speech_verb(token)
    if verb is not None:
        return speaker_actors(verb, by_token)
    if _clause_of(token).dep_ != "ROOT":
        return []  # "everything an agent should stand for": a relative clause says how things are, to no one
    quote = quote_holding(token)
    if quote is None or quote.speaker is None or quote.speaker.country is None:
        return []
    speaker = quote.speaker
    named = [
        m for m in dict.fromkeys(by_token.values()) if m.text == speaker.text and m.country == speaker.country
    ]
    if named:
        return named[:1]
    fields = (speaker.country, speaker.sector, speaker.name, speaker.role, speaker.actor_id, "quote-speaker")
    return [Mention(quote.start, quote.start, speaker.text, "person", *fields)]


def _clause_of(token: Token) -> Token:
    """The head of the clause `token` belongs to, up through the verbs that lend it their subject."""
    clause = token
    while clause.dep_ in INHERITING_DEPS and clause.head.i != clause.i:
        clause = clause.head
    return clause


def speech_verb(token: Token) -> Token | None:
    """The speech verb whose reported clause holds `token`, as the parse tells it."""
    clause = _clause_of(token)
    if clause.dep_ == "ccomp" and clause.head.i != clause.i:
        return clause.head
    return None


def said_of(token: Token) -> list[Token]:
    """What the speaker of the clause holding `token` spoke of: the "of" or "about" phrase of its
    speech verb, or of the quote's cue ('"This is troubling," she said of the ministry's plan')."""
    verb = speech_verb(token)
    if verb is None:
        quote = quote_holding(token)
        verb = quote_cue(token.doc, quote) if quote is not None else None
    return prep_objects(verb, {"of", "about"}) if verb is not None else []


def quote_cue(doc: Doc, quote: Any) -> Token | None:
    """The word of a quotation's cue (its speech verb: "said", "adding"), if the quote has one."""
    if quote.cue_start is None:
        return None
    return expanded_root(doc, quote.cue_start, quote.cue_start + 1)


def quotation_holding(token: Token) -> tuple[Span, Token] | None:
    """The words of the direct quotation holding `token` and its cue (speech verb), when it has one."""
    quote = quote_holding(token)
    cue = quote_cue(token.doc, quote) if quote is not None else None
    words = token.doc.char_span(quote.start, quote.end, alignment_mode="expand") if cue is not None else None
    return (words, cue) if words is not None and cue is not None else None


def verbless_quotation(token: Token) -> Token | None:
    """The cue of a direct quotation that is `token`'s phrase alone, no verb ('"A disgrace," she
    said of the ruling'; '"Utterly shameful," ...': an adjective on its own or on the noun); None
    when the quote holds more ('"They lied, a disgrace," ...') or the phrase hangs on a word of it."""
    head = token.head if token.dep_ == "amod" else token
    quotation = quotation_holding(head)
    if quotation is None:
        return None
    words, cue = quotation
    if head.dep_ not in ("ROOT", "ccomp", "dobj", "dep") or head.head.i not in (head.i, cue.i):
        return None
    phrase = {t.i for t in head.subtree}
    return None if any(t.i not in phrase for t in words if not t.is_punct) else cue


def quote_holding(token: Token) -> Any:
    """The direct quotation (doc._.quotes) whose words hold `token`, if any."""
    for quote in getattr(token.doc._, "quotes", None) or ():
        if quote.kind == "direct" and quote.start <= token.idx < quote.end:
            return quote
    return None


def prep_objects(token: Token, preps: Set[str]) -> list[Token]:
    """The objects of the word's phrases of `preps` that may name a party (`_party_phrases`)."""
    doc = token.doc
    return [doc[i] for prep, objects in _party_phrases(token) if prep in preps for i in objects]


def particle_objects(token: Token, particles: Set[str]) -> list[Token]:
    """ "sealed off the street": the objects the parse hangs on the verb's particle itself, of the
    particles of `particles` (a phrasal verb's object, which `prep_objects` reads only where the
    parse takes the particle for a preposition)."""
    return [
        g
        for c in token.children
        if c.dep_ == "prt" and c.lower_ in particles
        for g in c.children
        if g.dep_ == "pobj"
    ]


@per_word
def _party_phrases(token: Token) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The word's prepositional phrases that may name a party, each as its preposition (lower
    case) and the indices of its objects. The role readers ask for a word's objects of one
    preposition or another a dozen times per rule tried at it: the phrases are read once."""
    return tuple(
        (c.lower_, tuple(g.i for g in c.children if g.dep_ == "pobj"))
        for c in token.children
        if c.dep_ in ("prep", "dative")  # "granted asylum to X": to-phrase as dative
        and not names_no_party(c)
    )


def names_no_party(prep: Token) -> bool:
    """A "with" phrase that names no one the act is done with or to: the neighbour of a border in a
    place phrase ("struck depots near the border with Turkey", wherever the parse hangs the "with")
    or a co-doer ("together with Canada, Mexico sued", "along with Chile"; `companions` reads it
    as a source).
    role_words.tsv classes `boundary` and `companion`."""
    if prep.lower_ != "with":
        return False
    words = role_words()
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    # a border a phrase puts the act near ("near", "across", "along the border with"); the border
    # acted on is the neighbour's too ("closed its border with Mexico"), and so is a border forces
    # are sent to: they face the neighbour ("troops were deployed to the border with Niger")
    in_phrase = (
        before is not None
        and before.lower_ in words.boundary
        and before.dep_ == "pobj"
        and before.head.lower_ not in TOWARDS
    )
    return in_phrase or _of_companion(prep)


# Prepositions of a destination: a border one is sent to faces its neighbour.
TOWARDS = frozenset({"to", "toward", "towards", "into"})


def _of_companion(prep: Token) -> bool:
    """A "together with" or "along with" phrase before its verb (`companions`)."""
    words = role_words()
    verb = prep.head.head if prep.head.lower_ in words.companion else prep.head
    fronted = prep.i < verb.i
    return fronted and (
        prep.head.lower_ in words.companion
        or any(c.dep_ == "advmod" and c.lower_ in words.companion for c in prep.children)
    )


def companions(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The co-doers a verb's "together with" or "along with" phrase names before it: "Together with
    Canada, Mexico sued the United States" is Canada's suit too. After the verb the phrase most
    often goes on with the object ("freed the blogger along with six activists")."""
    words = role_words()
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with" and _of_companion(c)]
    preps += [
        g
        for c in token.children
        if c.dep_ in ("prep", "advmod") and c.lower_ in words.companion
        for g in c.children
        if g.dep_ == "prep" and g.lower_ == "with"
    ]
    preps = [p for p in preps if p.i < token.i]
    return [m for p in preps for g in p.children if g.dep_ == "pobj" for m in actors_at(g, by_token)]


def agent_participle(noun: Token) -> Token | None:
    """A past participle with its doer in a "by" phrase describing an act's noun: "the sanctions
    imposed by the EU", "the blockade enforced by the navy" (the participle carries the act as a
    support verb would, and its agent is the doer). The parse's "agent" marks the passive (the
    tagger is not run)."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl" and agent_objects(c) and not any(o.dep_ == "dobj" for o in c.children)
        ),
        None,
    )


def governing_verb(token: Token) -> Token | None:
    """The verb a nominal trigger hangs from: "held talks", "during talks", "imposed sanctions"."""
    if token.dep_ in ("dobj", "nsubjpass", "attr"):
        return token.head
    words = role_words()
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        holder = token.head.head
        if token.head.lower_ == "of" and holder.lower_ in words.pass_of:
            # "ten days of war games", "a message of condolence", "imposed some of the harshest sanctions"
            return governing_verb(holder)
        if holder.dep_ in ("advmod", "prt") and holder.lower_ in words.particle and holder.head.i != holder.i:
            return holder.head  # "put Cuba back on its list": the phrase hangs on the particle
        return holder
    if token.dep_ == "compound" and token.head.lower_ in words.carrier:
        return governing_verb(token.head)  # "sent a condolence message to"
    if token.dep_ == "conj":
        return governing_verb(token.head)
    return None
