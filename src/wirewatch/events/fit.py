"""Does a codebook rule fit its trigger token? The checks a rule's pattern sets on the parse.

A verb rule's particle ("call off"), the heads its object must name ("lifted the
sanctions"), its purposes ("deployed as peacekeepers"), its subjects, and the senses
it must not have: a question for "ask" ("asked whether talks would resume"), an
opinion for "agree" ("agreed that the crisis was grave"), words only ("called Ryan a
weak leader", "declined to comment"); a request that names what is asked, a mandative
clause. For a noun rule, the modifiers it needs or cannot have and whether a verb
carries its event (`governs`: "imposed sanctions", "called for a strike"). And the
sectors its sources must be of. These say which rule a token can be read by, not
whether the sentence refuses the reading (`vetoes.py`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from wirewatch.events.codebook import Codebook, Rule, all_verb_forms, noun_inflections
from wirewatch.events.modality import (
    APPREHENSION,
    BE_FORMS,
    PARTICIPATION,
    SUBJECT_DEPS,
    cue_kinds,
    infinitive_clause,
    load_cues,
    marked_by_to,
    past_word,
    present_base,
    word_kinds,
)
from wirewatch.events.relevance import electoral
from wirewatch.events.roles import (
    JUDGED,
    MARKERS,
    RELATIVE_PRONOUNS,
    active_by_objects,
    agent_participle,
    governing_verb,
    is_verbal,
    names_one_of,
    object_read_as_participle_subject,
    particle_objects,
    passive_subjects,
    prep_objects,
    small_clause,
)
from wirewatch.events.words import role_words
from wirewatch.model import Mention

# How a phase verb carries a nominal event: "resumed its attacks", "talks were resumed"; an
# ending verb carries it negated ("ended the strike", see modality.polarity).
PHASE_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
PHASE_KINDS = frozenset({"aspectual", "terminative"})

# Modal auxiliaries that make a that-clause say what will be done, not what is thought.
COMMITMENT_MODALS = frozenset({"will", "would", "shall", "should", "must", "'ll", "wo"})


def sense_fits(rule: Rule, token: Token) -> bool:
    """Word senses a rule's pattern cannot say: "air strikes" and "missile strikes" are no
    labour strike; "a campaign rally" and "mobilised voters" are an election's, no protest
    and no mobilisation; "tough talk" is a way of speaking, no consultation."""
    if electoral(token, rule.plover):
        return False
    if rule.plover == "PROTEST" and rule.pos == "noun":
        return not any(
            c.dep_ in ("compound", "amod") and c.lower_ in role_words().military for c in token.children
        ) and not (_falls_on_a_place(token) or _a_states_strike(token))
    if rule.plover == "CONSULT" and rule.pos == "noun":
        return not _a_way_of_speaking(token)
    return not _another_verbs_phrase(rule, token)


# Forms a trigger shares with another verb's phrasal verb, with that verb's particles: "wound up
# on the wrong plane", "the talks wound down" are "wind up" and "wind down" (ended up, ended),
# no wounding.
HOMOGRAPH_PARTICLES = {"wound": frozenset({"up", "down"})}


def _another_verbs_phrase(rule: Rule, token: Token) -> bool:
    """ "She wound up in hospital", "he wound up on a flight to Lisbon": a form of the rule's verb
    that is also another verb's, followed by that verb's particle, is the other verb's phrasal
    verb ("wind up": ended up), no act of the rule's ("rebels wounded three soldiers")."""
    particles = HOMOGRAPH_PARTICLES.get(token.lower_)
    if rule.pos != "verb" or not particles:
        return False
    after = [c for c in token.children if c.dep_ in ("prt", "prep", "advmod") and c.i == token.i + 1]
    return any(c.lower_ in particles for c in after)


# What makes a singular talk a way of speaking: its speaker's possessive, a word qualifying it
# ("tough talk", "locker-room talk"), or what it is about ("talk of wage cuts").
SPEECH_MARKS = frozenset({"poss", "amod", "compound"})
SPEECH_PREPS = frozenset({"of", "about"})
# Prepositions that name the other party of a talk ("a talk with the commander").
PARTNER_PREPS = frozenset({"with", "between"})


def _a_way_of_speaking(noun: Token) -> bool:
    """True when a noun of talks stands in the singular with no partner: "the minister's talk of
    wage cuts", "tough talk on immigration" are ways of speaking; "held talks", "a long talk with
    the commander" meet someone."""
    if noun.lower_ not in role_words().speech:
        return False
    holders = (noun, noun.head) if noun.dep_ in ("dobj", "attr") else (noun,)  # "had a talk with"
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for t in holders for c in t.children):
        return False
    # a bare singular is left to the plural's sense, as a headline writes it ("negotiators return
    # to Geneva for talk on missiles"); one owned, qualified or about something is a speech
    return any(
        c.dep_ in SPEECH_MARKS or (c.dep_ == "prep" and c.lower_ in SPEECH_PREPS) for c in noun.children
    )


# Entity labels of a place a blow falls on.
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _a_states_strike(noun: Token) -> bool:
    """True when a strike is named by a nation's adjective with no workers' word ("an earlier
    Israeli strike in Gaza City", "the Russian strikes"): states do not go on strike, their forces
    strike; a labour strike names its workers or trade ("a French rail strike", "the teachers'
    strike")."""
    return (
        noun.lower_ in ("strike", "strikes")
        and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children)
        and not any(c.dep_ in ("compound", "poss") for c in noun.children)
    )


def _falls_on_a_place(noun: Token) -> bool:
    """True when a protest noun falls "on" a place, so is a blow: "Israel's strikes on Gaza", "the
    strike on Kharkiv" (a labour strike is "at" a plant, "by" dockers, "over" pay)."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "on"
        and any(o.dep_ == "pobj" and o.ent_type_ in PLACE_LABELS for o in p.children)
        for p in noun.children
    )


def clause_subjects(clause: Token) -> list[Token]:
    """A clause's subjects, an expletive "there" among them ("there had been clashes")."""
    return [s for s in clause.children if s.dep_ in SUBJECT_DEPS or s.dep_ == "expl"]


def sectors_fit(rule: Rule, sources: Iterable[Mention]) -> bool:
    """Every source is of a sector the rule allows; STATE is a state named as such. Sectors
    marked "!" are the ones it refuses ("!EDU": a scholar's "should" is an opinion)."""
    if not rule.source_sectors:
        return True
    refused = {s[1:] for s in rule.source_sectors if s.startswith("!")}
    if refused:
        return not any(m.sector in refused for m in sources)
    return all((m.sector or ("STATE" if m.kind == "country" else "")) in rule.source_sectors for m in sources)


def headline_passive(rule: Rule, token: Token) -> bool:
    """A headline drops "was": "Activist released", "Journalists detained". A verb whose rule
    names its objects, with no object and no auxiliary, and whose subject is of that class."""
    if any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in token.children):
        return False
    if object_read_as_participle_subject(token):
        return False  # "a strike killed 40 Palestinians sheltering in a school": it has an object
    if relative_object(token):
        # "the messages the agency released": the subject released them, it was not released.
        return False
    if any(c.dep_ == "ccomp" and clause_subjects(c) for c in token.children):
        return False  # "the minister urged that the rebels stop": a clause is its object
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or any(_with_an_article(s) for s in subjects):
        return False
    if rule.objects:
        return names_one_of(subjects, rule.objects)
    # "Two soldiers killed in blast", "Journalists detained in Minsk": a transitive trigger
    # left without its object.
    return (
        rule.requires_target
        and not rule.symmetric
        and "dobj" in rule.targets
        and token.lower_.endswith("ed")
        and token.dep_ == "ROOT"
    )


# A headline drops its articles as it drops "was": "Church burned in Kaduna" is a passive,
# "The old church burned to the ground" a building that burned.
ARTICLES = frozenset({"the", "a", "an"})


def _with_an_article(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ARTICLES for c in noun.children)


FIXED_ADJECTIVE_DEPS = frozenset({"acomp", "oprd"})


# Particles whose phrase completes the object, kept with their own object in the passive.
OBJECT_COMPLETING = frozenset({"as", "to", "under", "behind", "into"})


def _has_particle(token: Token, particle: str, on_object: bool = False) -> bool:
    """ "call off", "push for"; "recognised X as president", "attributed the attack to X" may hang
    their "as" or "to" on the object, and "scoured the mountains for the gunmen" (`on_object`) its
    "for"."""
    holders = [token]
    if particle in ("as", "to") or on_object:
        holders += [c for c in token.children if c.dep_ == "dobj"]
    # "was called a charlatan for promoting cures": a name given, then its reason; a phrase after
    # the name is no particle ("called on Obama to act, the latest sign ..." keeps its "on").
    named = min((c.i for c in token.children if c.dep_ == "oprd"), default=len(token.doc))
    # In the passive the particle is stranded ("protesters were fired on"); "was fired from his
    # job at a firm" has an "at" with an object of its own and is no "fire at". An "as" or "to"
    # phrase completes the object and keeps its own in the passive ("was traced to Moscow"), as does
    # the state the object is put in ("was placed under house arrest", "was taken into custody").
    passive = any(c.dep_ == "auxpass" for c in token.children) and particle not in OBJECT_COMPLETING
    # A particle follows its verb: "In an illustration of ..., contributors have given $200" is no
    # "give in".
    if any(
        c.dep_ in ("prt", "prep")
        and token.i < c.i < named
        and c.lower_ == particle
        and not _names_a_time(c)
        and not (passive and any(g.dep_ == "pobj" for g in c.children))
        for h in holders
        for c in h.children
    ):
        return True
    if particle == "by" and active_by_objects(token):
        return True  # "others stood by him": the parse reads the particle's phrase as an agent
    # A verb's fixed adjective is its particle too ("pleaded guilty"), which the parse may take for
    # an object's complement.
    if any(c.dep_ in FIXED_ADJECTIVE_DEPS and c.i > token.i and c.lower_ == particle for c in token.children):
        return True
    # "rolled back the restrictions": the parse may take the particle right after its verb for an adverb
    if any(c.dep_ == "advmod" and c.i == token.i + 1 and c.lower_ == particle for c in token.children):
        return True
    # "called for sanctions to be extended": the parse makes "for" the mark of the clause ("dismissed
    # the video as fake": "as" the clause's mark or adverb)
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ in CLAUSE_MARKERS and m.lower_ == particle and m.i > token.i for m in c.children)
        for c in token.children
    )


# How the parse hangs a particle on the clause it makes of the particle's phrase: "for sanctions to be
# extended" (mark), "as fake" (advmod).
CLAUSE_MARKERS = frozenset({"mark", "advmod"})


def as_complements(token: Token) -> list[Token]:
    """ "dismissed the video as fake", "as doctored": an "as" phrase of an adjective or a participle
    that the parse makes an adverbial clause, with no subject of its own ("as he said" is a clause),
    completes the object as "as a fake" does."""
    return [
        c
        for c in token.children
        if c.dep_ == "advcl"
        and any(m.dep_ in CLAUSE_MARKERS and m.lower_ == "as" for m in c.children)
        and not any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in c.children)
    ]


# The particle that is also the preposition of place: "give in", "cave in" against "gave a speech
# in Las Vegas". ("call for a strike" reads its particle's object as what is asked for.)
LOCATIVE_PARTICLE = "in"


def _only_a_preposition(rule: Rule, token: Token) -> bool:
    """True when the rule's "in" takes no object in the rule (no object words, no target of its
    own: "give in", "cave in") and the word after the verb has an object of its own: "gave a speech
    in Las Vegas" is the place of the speech, no "give in"; "gave in to the demands" keeps its
    particle."""
    particle = rule.particle
    if particle != LOCATIVE_PARTICLE or rule.objects or f"prep:{particle}" in rule.targets:
        return False
    found = [
        c for c in token.children if c.dep_ in ("prt", "prep") and c.lower_ == particle and c.i > token.i
    ]
    return bool(found) and all(any(g.dep_ == "pobj" for g in c.children) for c in found)


def _names_a_time(prep: Token) -> bool:
    """ "on Monday", "at noon": a preposition of time is no particle ("fired on Monday")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _withholds_comment(verb: Token) -> bool:
    """ "Declined to comment", "refused to say where the money went", "declined to release the
    names": a refusal whose infinitive is a verb of comment, or keeps back names or details
    (role_words.tsv `withheld`), declines comment, no request or offer."""
    withheld = role_words().withheld
    return any(
        c.dep_ == "xcomp"
        and marked_by_to(c)
        and (c.lower_ in withheld or any(o.dep_ == "dobj" and o.lower_ in withheld for o in c.children))
        for c in verb.children
    )


# Verbs of a state an infinitive asks to keep: "to remain anonymous", "to stay unnamed".
STAYING = frozenset({"be", "remain", "stay"})


def _asks_to_stay_unnamed(verb: Token) -> bool:
    """ "Who asked to remain anonymous", "requested not to be named", "insisted on remaining
    anonymous": a source's asking that its name be kept back (role_words.tsv `withheld`) is the
    reporter's sourcing phrase, no request made of anyone ("asked the ministry to name the
    victims" still asks)."""
    withheld = role_words().withheld
    for c in verb.children:
        if c.dep_ != "xcomp" or not marked_by_to(c) or any(o.dep_ == "dobj" for o in c.children):
            continue
        # after "to" the verb is bare ("to remain"); a passive's participle ("not to be named")
        passive = any(a.dep_ == "auxpass" for a in c.children)
        if (c.lower_ in STAYING and any(a.dep_ == "acomp" and a.lower_ in withheld for a in c.children)) or (
            passive and c.lower_ in all_verb_forms(withheld)
        ):
            return True
    return any(_staying_unnamed(g, withheld) for c in verb.children if c.dep_ == "prep" for g in c.children)


def _staying_unnamed(gerund: Token, withheld: frozenset[str]) -> bool:
    """ "Insisted on remaining anonymous", "on staying unnamed": the gerund of staying unnamed."""
    return (
        gerund.dep_ == "pcomp"
        and gerund.lower_ in all_verb_forms(STAYING)
        and any(a.dep_ == "acomp" and a.lower_ in withheld for a in gerund.children)
    )


def _only_words(rule: Rule, token: Token) -> bool:
    """ "Called Ryan a weak leader": a verb with an object complement names, no call; "declined to
    comment", "refused to say": CAMEO 011, a statement, no rejection; "asked to remain
    anonymous": a sourcing phrase, no request."""
    if rule.plover == "CONSULT":
        return any(c.dep_ == "oprd" for c in token.children)
    if rule.plover == "REQUEST" and rule.pos == "verb" and _asks_to_stay_unnamed(token):
        return True
    return rule.plover == "REJECT" and _withholds_comment(token)


def rule_fits_verb(rule: Rule, token: Token) -> bool:
    if rule.particle and (
        not _has_particle(token, rule.particle, _sought_on_object(rule)) or _only_a_preposition(rule, token)
    ):
        return False
    if _only_words(rule, token) or (rule.cameo.code in PRAISE_AND_DEFENCE and _its_own_act(rule, token)):
        return False
    if rule.clause_opinion and _states_an_opinion(token):
        return False
    if rule.question_sense and _asks_a_question(token):
        return False
    if not _has_what_it_needs(rule, token):
        return False
    if rule.mandative and not any(_mandative(c) for c in token.children if c.dep_ == "ccomp"):
        return False
    if (
        rule.objects
        and not headline_passive(rule, token)
        and not names_one_of(_object_heads(token) + _particle_objects(rule, token), rule.objects)
    ):
        return False
    if rule.purposes and not names_one_of(purpose_heads(token), rule.purposes):
        return False
    if rule.not_objects and _names_unwanted(rule, token):
        return False
    if rule.subjects:
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "the first deployment of NATO peacekeeping troops arrived"
        subjects += [g for h in subjects for g in prep_objects(h, {"of"})]
        if not names_one_of(subjects, rule.subjects):
            return False
    return True


def _names_unwanted(rule: Rule, token: Token) -> bool:
    """Does what the verb takes name one of the rule's `not_objects`? Its object ("offered a
    reminder"), what "to" names where the verb takes no object ("agreed to an interview"), a
    prepositional verb's object after its particle ("asked for comment"), a passive subject ("pigs
    were slaughtered"), and the noun a relative clause or a participle with its agent describes
    ("the explanation being offered by the White House", as `objects` reads it)."""
    unwanted = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] + prep_objects(token, {"to"})
    unwanted += _particle_objects(rule, token) + relative_object(token)
    # "occupies one of the top posts": a part names what its "of" names.
    unwanted += [g for h in unwanted if counts_what_follows(h) for g in prep_objects(h, {"of"})]
    return names_one_of(unwanted, rule.not_objects)


# CAMEO codes of verbal support of another's act: praise (051) and defence (052); "upgraded their
# ties" (050) is a mutual act, no one's own.
PRAISE_AND_DEFENCE = frozenset({"051", "052"})
# A possessive pronoun and the subjects it can stand for: "its" and "their" any, "his" and
# "her" one (not "agents defended his decision"), "our" and "my" the speakers.
OWN_POSSESSIVES = {"its": None, "their": None, "his": "one", "her": "one", "our": "we", "my": "i"}


def _its_own_act(rule: Rule, verb: Token) -> bool:
    """True when a verb of support has for object its subject's own act: "the navy defended its
    actions", "the minister defended her decision", "the army praised its own conduct". CAMEO 051
    and 052 are praise and defence of another's policy or act; one's own names no one supported.
    A rule whose objects are acts reads any possessive pronoun that can stand for the subject, any
    other rule only "own" ("defended his deputy" is still another)."""
    acts = bool(rule.objects) and not {"@person", "@people"} & set(rule.objects)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(
        (acts or any(c.lower_ == "own" for c in o.children)) and _owned_by(o, s)
        for o in verb.children
        if o.dep_ == "dobj" and not o.ent_type_
        for s in subjects
    )


def ends_its_own_act(rule: Rule, verb: Token) -> bool:
    """True when a rule coded only as an order's demand (`asked`: "Stop the shelling") is said of
    what happened to its subject's own fighting: "Israel halted its offensive", "the rebels ceased
    their shelling" de-escalate (CAMEO 087) by the one who fought. "The army halted the rebel
    attack" stopped another's act, no retreat of its own."""
    return rule.asked and _its_own_act(rule, verb)


def _owned_by(noun: Token, subject: Token) -> bool:
    """The noun's possessive pronoun can stand for the subject ("his" for one person or body, not
    for "agents"; the parse here has no tags, so a plural is read by its "s")."""
    for p in noun.children:
        if p.dep_ != "poss" or p.lower_ not in OWN_POSSESSIVES:
            continue
        wanted = OWN_POSSESSIVES[p.lower_]
        if wanted is None:
            return True
        if wanted == "one":
            return (
                subject.lower_ in ("he", "she")
                or subject.ent_type_ == "PERSON"
                or not subject.lower_.endswith("s")
            )
        return subject.lower_ == wanted
    return False


def rule_fits_verdict(rule: Rule, token: Token) -> bool:
    """A verdict that needs its object names it: "responsible for the attack" (its particle's
    object), "behind the hack" (a preposition's own object); "responsible for security" and "behind
    the scenes" are no blame. An adjective on a predicate noun judges only a noun for an actor in a
    role (role_words.tsv `judged`): "Russia is a bad actor", "a corrupt official", not "a bad idea"."""
    if rule.particle == "to":  # "said the company is to blame": only the copula's infinitive
        return infinitive_predicate(token)
    if rule.purposes:  # "said the ministry failed to heed the warnings": the infinitive is a duty
        return names_one_of([c for c in token.children if c.dep_ == "xcomp"], rule.purposes)
    if token.dep_ == "amod":  # a verdict that needs its object ("responsible for") is none here
        return (not rule.objects or JUDGED in rule.objects) and token.head.lower_ in role_words().judged
    if not rule.objects:
        return True
    heads = [c for c in token.children if c.dep_ == "pobj"] if token.dep_ == "prep" else []
    if is_verbal(token) and not rule.particle:  # "said the remarks caused the crisis": its object
        heads += [c for c in token.children if c.dep_ == "dobj" and not _fact_on(c)]
        # or its measure, which the parser may hang as an adverb: "said Seoul has not done enough"
        heads += [c for c in token.children if c.dep_ == "advmod"]
    return names_one_of(heads + _particle_objects(rule, token), rule.objects)


def infinitive_predicate(token: Token) -> bool:
    """A copula's predicate told as an infinitive: "said the union is to blame", "said the rebels
    are more to blame" (on the degree word the copula takes). The infinitive of a verb ("wants to
    blame the press") is the act it names, no verdict."""
    if token.dep_ not in ("xcomp", "acomp") or not marked_by_to(token):
        return False
    copula = token.head.head if token.head.dep_ == "acomp" else token.head
    return copula.lower_ in BE_FORMS


# Words that stand for the noun inside its own relative clause ("the crisis that hit the farms").
RELATIVIZERS = frozenset({"that", "which", "who", "whom"})


def _fact_on(noun: Token) -> bool:
    """A clause on the object that tells a whole fact, not what the noun is about: "had no idea (that)
    the road was closed" says only that a fact was unknown, where "has no idea what commuters endure"
    or "of the strength of the unions" judges the knower. The parser may hang the clause on the verb
    instead. A clause led by a wh-word, or by a relative pronoun standing for the noun ("a crisis
    that hit the farms"), is about the noun."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i]
    clauses += [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i]
    for clause in clauses:
        first = clause.doc[clause.left_edge.i]
        if first.lower_ in WH_WORDS or (first.lower_ in RELATIVIZERS and first.dep_ != "mark"):
            continue
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in clause.subtree):
            return True
    return False


def head_noun_first(rules: list[Rule], token: Token) -> list[Rule]:
    """The rules whose `objects` name the object's head noun, when one does, before those only a
    word modifying it fits: "called it one of the great miscarriages of justice" is blame (the
    noun), not praise (its adjective); "called it a great success" is praise either way. A rule
    of another type that fits only by an adjective gives way; a compound names the noun's kind
    ("used sarin gas" is a chemical attack, whatever "gas" alone would be)."""
    # a compound names the kind ("sarin gas" is sarin), an adjective judges it ("great miscarriage")
    nouns = _object_heads(token)
    heads = {h.lower_ for h in nouns} | {c.lower_ for h in nouns for c in h.children if c.dep_ == "compound"}
    by_head = [r for r in rules if r.objects and _names_a_head(r, heads)]
    if not by_head:
        return rules
    types = {r.plover for r in by_head}
    return [r for r in rules if not r.objects or r in by_head or r.plover in types]


def _names_a_head(rule: Rule, heads: set[str]) -> bool:
    words = (w for w in rule.objects if w not in MARKERS and " " not in w)
    return any(heads & noun_inflections(w) for w in words)


# The preposition an adverbial particle takes before the verb's object: "walked out of the talks",
# "walked away from the negotiations".
PARTICLE_PREPOSITIONS = {"out": "of", "away": "from"}


def _sought_on_object(rule: Rule) -> bool:
    """ "scoured the mountains for the gunmen", "combed the forest for the fugitives": what a place
    is searched for hangs on the place; read there for a rule that names what it takes
    (`objects`), which keeps "called the meeting for Monday" from being a call for anything."""
    return rule.particle == "for" and bool(rule.objects)


def _particle_objects(rule: Rule, token: Token) -> list[Token]:
    """ "looked into corruption", "insisted on elections": a prepositional verb's object follows
    its preposition; after "out" or "away" it follows the preposition the particle takes ("walked
    out of the talks", "pulled out of the negotiations", "walked away from the negotiations")."""
    if not rule.particle:
        return []
    found = prep_objects(token, {rule.particle}) + particle_objects(token, {rule.particle})
    if _sought_on_object(rule):
        found += [g for c in token.children if c.dep_ == "dobj" for g in prep_objects(c, {rule.particle})]
    taken = PARTICLE_PREPOSITIONS.get(rule.particle)
    if taken:
        particles = [
            c for c in token.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == rule.particle
        ]
        found += [g for p in [token, *particles] for g in prep_objects(p, {taken})]
    return found


# Per Doc: token index -> its `_object_heads`, as indices (the parse is fixed by then).
_OBJECT_HEADS_KEY = "wirewatch.object_heads"


def _object_heads(token: Token) -> list[Token]:
    """The nouns that may name a verb's object for a rule's `objects`; asked once per rule of
    the word, read once per token and Doc."""
    doc = token.doc
    known: dict[int, tuple[int, ...]] = doc.user_data.setdefault(_OBJECT_HEADS_KEY, {})
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = tuple(h.i for h in _read_object_heads(token))
    return [doc[i] for i in found]


def _read_object_heads(token: Token) -> list[Token]:
    # "called the accord a mistake", "described the storming as treasonous": the object
    # complement names it too.
    heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
    heads += _complement_read_as_adverb(token) + as_complements(token) + small_clause(token)[1]
    heads += [a for h in heads for a in _quoted_complement(h)]
    # "the messages the agency released": a relative clause's object is the noun it modifies; so is
    # its passive subject ("two diplomats, who were expelled": `passive_subjects`).
    heads += relative_object(token) + (passive_subjects(token) if token.dep_ == "relcl" else [])
    heads += [
        g
        for h in [token, *heads]
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
    ]
    # "tons of aid", "part of the stronghold": the noun after "of" names the object too.
    heads += [g for h in heads if counts_what_follows(h) for g in prep_objects(h, {"of"})]
    # "provided Egypt with military aid", "supplied the rebels with weapons": the thing given
    # is named after "with", the one given it is the object.
    heads += [g for h in [token, *heads] for g in prep_objects(h, {"with"})]
    # "provided $2 million in assistance", "$12 million for emergency relief": an amount's
    # "in" or "for" names what it is, whether the parse hangs it on the amount or the verb.
    amounts = [h for h in heads if is_amount(h)]
    if amounts:
        heads += [g for h in [*amounts, token] for g in prep_objects(h, {"in", "for"})]
    # "provided the army with aircraft, vehicles and weapons": every noun of a list.
    heads += [c for h in heads for c in h.conjuncts if c not in heads]
    return heads


def _quoted_complement(noun: Token) -> list[Token]:
    """ "called the raid 'a disgrace'", "labelled the president a dictator": the parse takes an object
    complement for the object's appositive; one opened by a quotation mark right after the object,
    or one with no comma between them (an appositive is set off: "the president, a general"), is
    the complement (a rule's `objects` still decide)."""
    return [
        a
        for a in noun.children
        if a.dep_ == "appos"
        and a.i > noun.i
        and a.left_edge.i > 0
        and (a.doc[a.left_edge.i - 1].text in QUOTING_MARKS or not a.doc[a.left_edge.i - 1].is_punct)
    ]


def _complement_read_as_adverb(token: Token) -> list[Token]:
    """ "called the governor cowardly": the tagger takes an adjective in -ly for a manner adverb of
    the verb; after the object it is the object complement (a rule's `objects` still decide, so
    "called the minister repeatedly" names nothing)."""
    objects = [c.i for c in token.children if c.dep_ == "dobj"]
    return [
        c
        for c in token.children
        if c.dep_ == "advmod" and objects and c.i > min(objects) and c.lower_.endswith("ly")
    ]


PURPOSE_PREPS = frozenset({"as", "on", "for", "with", "to", "into"})  # "into": where it is aimed


def purpose_heads(verb: Token) -> list[Token]:
    """What an act is said to be for: its "as", "on", "for", "with" and "to" phrases ("deployed as
    peacekeepers", "sent on a peacekeeping mission", "deployed troops to the UN peacekeeping
    mission", on the verb or its object) and its purpose infinitive with its object and phrases
    ("arrived to join the UN peacekeeping mission", "took steps to comply")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [g for h in [verb, *objects] for g in prep_objects(h, PURPOSE_PREPS)]
    # "stripped 94 critics of their citizenship": what is taken from the object
    heads += [g for h in [verb, *objects] for g in prep_objects(h, {"of"})]
    # an event noun's purpose infinitive hung on its light verb: "took steps to widen freedoms"
    clauses = [*verb.children, *(verb.head.children if verb.dep_ == "dobj" else ())]
    # the object's own infinitive: "filed a motion to unseal the records" asks the unsealing
    clauses += [c for o in objects for c in o.children if c.dep_ == "acl"]
    for clause in clauses:
        # "allowed US aircraft to use its bases", "permission to use its airspace": an infinitive
        # with a subject of its own, or on a noun, too
        if infinitive_clause(clause) or (clause.dep_ in ("ccomp", "acl", "relcl") and marked_by_to(clause)):
            heads.append(clause)  # "took steps to comply": the infinitive itself says what for
            heads += [c for c in clause.children if c.dep_ == "dobj"]
            heads += prep_objects(clause, PURPOSE_PREPS | {"in", "to", "from"})
            # "threatened to pull out of the talks": "out" carries the "of" phrase
            heads += [g for p in clause.children if p.lower_ == "out" for g in prep_objects(p, {"of"})]
    return heads + [g for h in heads for g in prep_objects(h, {"of"})]


def modified_by(noun: Token, words: tuple[str, ...]) -> bool:
    """Whether a compound or adjective on `noun` is one of `words` (any inflection), or the noun
    of its "of" or "for" phrase or a modifier of that ("a terror list", "its list of tax havens",
    "support for Houthi rebels")."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    of = prep_objects(noun, {"of", "for"})
    modifiers += of + [c for g in of for c in g.children if c.dep_ in ("compound", "amod")]
    return any({m.lower_ for m in modifiers} & noun_inflections(word) for word in words)


def counts_what_follows(noun: Token) -> bool:
    """ "tons of aid", "part of the stronghold", "dozens of prisoners": a measure, a part or a
    collective names what its "of" names; "the name of the woman" does not release her."""
    return is_amount(noun) or noun.lower_ in role_words().measures


def is_amount(token: Token) -> bool:
    """A sum or a quantity: "$2 million", "50,000 tonnes", "3 billion euros"."""
    if token.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or token.like_num:
        return True
    return any(c.dep_ == "nummod" for c in token.children)  # "40 million euros"


def _states_an_opinion(verb: Token) -> bool:
    """ "agreed that the crisis was grave", "accepted there had been clashes": a that-clause with a
    subject (an expletive "there" too) and no modal of what will be done, and no partner or object
    of an agreement ("agreed with Russia on a truce"). A modal of what ought to be ("should",
    "must") is a view shared ("the union leaders agreed that the strike should go on") unless
    parties bind themselves: a partner ("agreed with Chad that ..."), sides joined in the subject
    ("Chad and Niger agreed that ...") or the agreeing side as the clause's subject ("agreed that
    they should meet again")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and clause_subjects(c)]
    if not clauses or any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
        return False
    modals = {a.lower_ for clause in clauses for a in clause.children if a.dep_ == "aux"}
    if modals & (COMMITMENT_MODALS - OBLIGATION_MODALS):
        return False
    return not (modals & OBLIGATION_MODALS and _binds_its_parties(verb, clauses))


# Subjects of a that-clause that are the agreeing parties themselves ("agreed that they should").
PARTY_PRONOUNS = frozenset({"they", "we", "both", "each"})
# Entities joined in an agreeing subject that are sides to a deal (states, bodies), not people who
# share a view.
SIDE_ENTITIES = frozenset({"GPE", "ORG", "NORP"})


def _binds_its_parties(verb: Token, clauses: list[Token]) -> bool:
    """Whether an obligation agreed is laid by parties on themselves: a partner after "with", or
    the sides themselves as the clause's subject."""
    if prep_objects(verb, {"with"}):
        return True
    if any(
        c.dep_ == "conj" and c.ent_type_ in SIDE_ENTITIES for s in clause_subjects(verb) for c in s.children
    ):
        return True  # "Chad and Niger agreed that ...", not "Mayor Hill and Mayor Park agreed that ..."
    return any(s.lower_ in PARTY_PRONOUNS for clause in clauses for s in clause_subjects(clause))


QUESTION_MARKS = frozenset({"if", "whether"})
WH_WORDS = frozenset({"who", "whom", "whose", "what", "which", "why", "how", "when", "where"})
# Objects that make "ask" a question: "asked the FBI anything", "asked questions".
QUESTION_OBJECTS = frozenset({"anything", "something", "question", "questions", "nothing"})


def _asks_a_question(verb: Token) -> bool:
    """ "asked him whether talks would resume", "asked if he understood", "asked her how",
    "asked about the deal", "asked her: ...", "asked the FBI anything": a question, no request.
    An infinitive ("asked Obama to fire"), a "for" phrase ("asked Russia for help") or a
    that-clause ("asked that the court delay") makes it a request whatever else it has."""
    children = list(verb.children)
    if _states_what_is_asked(verb, infinitives=("xcomp",), clauses=("ccomp", "advcl")):
        return False
    clauses = [c for c in children if c.dep_ in ("ccomp", "advcl")]
    for clause in clauses:
        # "asked whether ...", "asked her how ...", '"Will you resign?" he asked'
        if clause.doc[clause.left_edge.i].lower_ in QUESTION_MARKS | WH_WORDS:
            return True
        if any(t.text == "?" for t in clause.subtree):
            return True
    objects = [c for c in children if c.dep_ == "dobj"]
    # "asked the minister about the visit": the phrase may hang on the one asked.
    if any(c.dep_ == "prep" and c.lower_ == "about" for h in [verb, *objects] for c in h.children):
        return True
    if any(o.lower_ in QUESTION_OBJECTS for o in objects):
        return True
    # "asked her: ...", "Nixon asks: ...": a colon hung on the verb or on the one asked.
    return any(c.text == ":" and c.i > verb.i for h in [verb, *objects] for c in h.children)


# Wh-words of a doubt that is a reproach ("questioned how / why the minister could ..."), and the
# modals that make a whether-clause one ("questioned whether the army could hold the city"; "whether
# the president would attend" only asks).
REPROACHING_WH = frozenset({"how", "why"})
DOUBTED_MODALS = frozenset({"could", "can", "should"})


def _doubts_a_clause(verb: Token) -> bool:
    """A how / why clause, or a whether / if clause with "could", "can" or "should", on the verb:
    doubt of what the clause tells, said against its subject."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "advcl") or clause.i < verb.i:
            continue
        opener = clause.doc[clause.left_edge.i].lower_
        if opener in REPROACHING_WH:
            return True
        modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        if opener in QUESTION_MARKS and modals & DOUBTED_MODALS:
            return True
    return False


# A court's words of decision: what it rules "should" be done is decided, no request.
RULING_WORDS = frozenset({"rule", "rules", "ruled", "ruling"})


def rule_fits_modal(rule: Rule, token: Token) -> bool:
    """A modal rule with `objects` fits only a court's ruling that the obliged subject stay where it
    is held ("ruled that the activist should remain in jail": CAMEO 173, held by the court's act),
    its objects the places of custody; one without fits any reported modal. A semi-modal (a rule
    with a particle) fits only as one: `semi_modal`."""
    if rule.particle:
        return semi_modal(token, rule.particle)
    if token.dep_ != "aux":
        return False
    if not rule.objects:
        return True
    verb = token.head
    if verb.dep_ != "ccomp" or verb.head.i == verb.i or verb.head.lower_ not in RULING_WORDS:
        return False
    return names_one_of(prep_objects(verb, {"in", "behind", "under"}), rule.objects)


# What may stand before a semi-modal that still obliges now: "does need to", not "will need to".
DO_SUPPORT = frozenset({"do", "does"})


def semi_modal(token: Token, particle: str) -> bool:
    """A verb of necessity that obliges its subject to the act of its infinitive, as "must" does:
    "said Serbia needs to hand over the suspects", "'Moscow has to withdraw,' the envoy said". Not
    with an object of its own ("needs help to rebuild"), nor denied ("does not need to resign",
    "need not apologise": nothing asked), nor under another auxiliary ("will have to pay", "would
    need to": a necessity foretold; "has had to"), nor asked ("does Trump have to say it?"); the
    past is no form of the rule (`Codebook.modal_rules`). Its infinitive is an act the subject
    does: "the refugees need to be safe" and "need to be protected" ask nothing of the refugees."""
    if token.dep_ in ("aux", "auxpass"):
        return False
    acts = [
        c
        for c in token.children
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == particle for a in c.children)
    ]
    if not acts or any(c.lower_ == "be" or any(a.dep_ == "auxpass" for a in c.children) for c in acts):
        return False
    subjects = [c.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    for child in token.children:
        if child.dep_ in ("dobj", "neg") or (child.dep_ == "aux" and child.lower_ not in DO_SUPPORT):
            return False
        if child.dep_ == "aux" and any(child.i < s for s in subjects):
            return False  # "does" before its subject: a question
    return True


def obliged_clause(token: Token) -> Token:
    """The clause a modal obliges, which holds its subject: an auxiliary's verb ("must withdraw"),
    a semi-modal's own ("needs to withdraw")."""
    return token.head if token.dep_ == "aux" else token


def obliged_act(token: Token) -> Token:
    """The act a modal asks for: an auxiliary's verb, a semi-modal's infinitive ("needs to
    withdraw": withdraw)."""
    if token.dep_ == "aux":
        return token.head
    return next((c for c in token.children if c.dep_ == "xcomp"), token)


# The auxiliaries of what will follow: "unless they withdraw, we will act".
CONSEQUENCE_AUXES = frozenset({"will", "would", "'ll", "\u2019ll", "shall"})
FIRST_PERSON_SUBJECTS = frozenset({"we", "i"})


def rule_fits_condition(rule: Rule, mark: Token) -> bool:
    """A condition laid on another with what will follow if it is not met, an ultimatum
    ("unless Iraq withdraws, we will act"; "if they do not stop, there will be consequences"): the
    mark of a condition unmet ("unless", or "if" with its clause denied) on a clause whose main
    clause says what will follow, the speaker's own act (a first-person subject; another's subject
    is checked against the speaker by `participants.condition_roles`) or a consequence the rule
    names ("there will be consequences", its `objects`). "Unless it rains, the talks will go on" and
    "if they stop, we will talk" lay no threat."""
    condition = mark.head
    if mark.dep_ != "mark" or condition.dep_ != "advcl" or condition.head.i == condition.i:
        return False
    if mark.lower_ == "if" and not any(c.dep_ == "neg" for c in condition.children):
        return False
    main = condition.head
    if not any(c.dep_ == "aux" and c.lower_ in CONSEQUENCE_AUXES for c in main.children):
        return False
    if any(c.dep_ == "expl" for c in main.children):
        return names_one_of([c for c in main.children if c.dep_ == "attr"], rule.objects)
    return any(c.dep_ == "nsubj" for c in main.children)


OBLIGATION_MODALS = frozenset({"must", "should"})
# Present forms that are no subjunctive of an act: "that they are innocent", "that they have".
NOT_SUBJUNCTIVE = BE_FORMS | frozenset({"have", "do", "can", "'ve"})


def _mandative(clause: Token) -> bool:
    """A clause of what must be done, with a subject of its own: a modal of obligation ("that Iran
    must halt"), a subjunctive "be" ("that the prisoners be freed", "that the vote be fair"), or
    a present form under a past verb, where reported speech would have shifted a claim to the past
    ("insisted that the army return", "insisted that the rebels stop"). The parse has no tags, so
    the forms are read by their shape."""
    if not clause_subjects(clause):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in OBLIGATION_MODALS for a in auxes):
        return True
    if auxes:
        return all(a.lower_ == "be" for a in auxes)
    if clause.lower_ == "be":
        return True
    return past_word(clause.head.lower_) and present_base(clause) and clause.lower_ not in NOT_SUBJUNCTIVE


def _has_what_it_needs(rule: Rule, token: Token) -> bool:
    """A request the rule needs stated (`needs_clause`), the offer a bare refusal answers (`answers`),
    or the act a doubt is about (`doubts`)."""
    if rule.needs_clause and not _names_what_is_asked(token):
        return False
    if rule.needs_infinitive and not any(c.dep_ == "xcomp" and marked_by_to(c) for c in token.children):
        return False
    if rule.doubts and not _doubts_a_clause(token):
        return False
    return not rule.answers or answered_offer(token) is not None


def answered_offer(verb: Token) -> Token | None:
    """The verb of offering or asking a bare refusal is coordinated with ("offered talks, but
    Washington declined"), or the one the clause reported by that conjunct holds ("they noted
    the lawyer offered a closed hearing, but the chairman declined", where the parse hangs the
    refusal on "noted"): none when the refusal has an object or clause of its own, or its
    conjunct offers nothing ("prices rose but then declined")."""
    own = {"dobj", "xcomp", "ccomp", "prep"}
    if verb.dep_ != "conj" or any(c.dep_ in own for c in verb.children):
        return None
    proffer = role_words().proffer
    if verb.head.lower_ in proffer:
        return verb.head
    reported = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i and c.lower_ in proffer]
    return reported[-1] if reported else None


def _names_what_is_asked(verb: Token) -> bool:
    """An infinitive, a that-clause or a "for" phrase on the verb or on the one asked: "called on
    Israel to withdraw", "called on the UN for help", "called on them, saying that ..." does not."""
    heads = [
        verb,
        *(g for c in verb.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"),
    ]
    infinitives = ("xcomp", "advcl", "acl", "relcl")
    return any(_states_what_is_asked(h, infinitives=infinitives, clauses=("ccomp",)) for h in heads)


def _states_what_is_asked(head: Token, infinitives: tuple[str, ...], clauses: tuple[str, ...]) -> bool:
    """An infinitive on one of the arcs `infinitives` ("to withdraw"), a that-clause on one of the
    arcs `clauses` ("that the court delay") or a "for" phrase ("for help") on `head`: what a
    request asks for."""
    objects = [c.i for c in head.children if c.dep_ == "dobj"]
    return any(
        (c.dep_ in infinitives and marked_by_to(c))
        or (c.dep_ in ("xcomp", "pcomp") and c.lower_.endswith("ing") and not _after_object(c, objects))
        or (c.dep_ in clauses and _a_that_clause(c))
        or (c.dep_ == "prep" and c.lower_ == "for")
        for c in head.children
    )


def _after_object(gerund: Token, objects: list[int]) -> bool:
    """ "denied firing the rockets" names the act; in "challenged the pirates ferrying the boats" the
    participle after the object tells what the object was doing, nothing asked of it."""
    return any(i < gerund.i for i in objects)


# Marks that open quoted words.
QUOTING_MARKS = frozenset({":", '"', "\u201c", "'", "\u2018", "``"})
# Pronouns in the object case: "denied him bail" is a verb's two objects, no clause with a subject.
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def _a_that_clause(clause: Token) -> bool:
    """A that-clause, or one with "that" left out and a subject of its own ("denied they carried
    out the strike"); not an if/whether or wh- clause, which asks a question."""
    marks = [g for g in clause.children if g.dep_ == "mark"]
    if marks:
        return any(m.lower_ == "that" for m in marks)
    if clause.i < clause.head.i or clause.doc[clause.left_edge.i].lower_ in QUESTION_MARKS | WH_WORDS:
        return False  # a quotation before its verb, a wh- or if-clause
    if any(t.text == "?" for t in clause.subtree):
        return False
    between = clause.doc[clause.head.i + 1 : clause.left_edge.i]
    if any(t.text in QUOTING_MARKS for t in between):
        return False  # 'asked her: "You say ..."': words quoted, no clause of what is asked or denied
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in OBJECT_PRONOUNS for g in clause.children)


def relative_object(verb: Token) -> list[Token]:
    """The noun a relative clause modifies when the clause's verb has a subject of its own and no
    object but a relative pronoun: "the prisoners (that) the army released" -> prisoners; or a
    passive participle with its agent describing the noun: "a school attacked by Israeli forces",
    "villages bombed by Russian jets" -> school, villages."""
    if verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children):
        return [] if any(c.dep_ == "dobj" for c in verb.children) else [verb.head]
    if verb.dep_ != "relcl":
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lower_ not in RELATIVE_PRONOUNS for o in objects):
        return []
    return [verb.head]


def noun_governor(rule: Rule, noun: Token, codebook: Codebook) -> Token | None:
    """The verb that carries a nominal event: a participle describing the noun with its doer in a
    "by" phrase, when it is one of the rule's verbs or a support verb ("the sanctions imposed by
    the EU", "the offensive mounted by the army"; not "the strikes seen by witnesses"), else the
    verb the noun hangs from."""
    participle = agent_participle(noun)
    if participle is not None:
        named = named_governor(rule, participle, codebook)
        light = any(codebook.is_form_of(participle.lower_, g) for g in role_words().light)
        if (named or light) and governs(rule, participle, codebook, noun):
            return participle
    return governing_verb(noun)


def named_governor(rule: Rule, verb: Token, codebook: Codebook) -> bool:
    """Is `verb` one of the verbs a noun rule names as carrying it (its `governors`, "*" apart)?"""
    return any(codebook.is_form_of(verb.lower_, g) for g in rule.governors if g != "*")


def governs(rule: Rule, verb: Token, codebook: Codebook, noun: Token) -> bool:
    """Does `verb` carry the nominal event `noun` of `rule`, its subject being the source?"""
    if any(c.dep_ == "oprd" for c in verb.children):
        return False  # "called the strikes an act of aggression" names them, it calls no strike
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and _asks(verb, codebook):
        # "called for a strike", "pressed for sanctions": what is asked, not done (unless the
        # noun's rule codes the asking: "called for the release of prisoners")
        return rule.plover == "REQUEST"
    if APPREHENSION in cue_kinds(verb, via=noun.head if noun.dep_ == "pobj" else None):
        return False  # "residents fear airstrikes", "warned of a crackdown": dreaded, not done by them
    if any(codebook.is_form_of(verb.lower_, g) for g in rule.governors) or _copula_named(rule, verb):
        return True
    if met_within(rule, verb, noun):
        return True
    if "*" in rule.governors:
        # "condemned the airstrike", "welcomed the talks": the verb is an event of its own.
        return not _codes_its_own_event(rule, verb, codebook)
    # "continued its offensive", "resumed its raids", "stepped up air strikes": a phase verb
    # carries what a support or phase verb of the rule carries, as its object ("kept talking
    # during negotiations" carries none); "engaged in an offensive", "were involved in the
    # killing of": so does a participation wrapper, through its own preposition.
    if noun.dep_ == "pobj" and PARTICIPATION in cue_kinds(verb, via=noun.head):
        return _carried_by_support(rule)
    if _going_on_with(verb, noun):
        return _carried_by_support(rule)
    if noun.dep_ not in PHASE_OBJECT_DEPS:
        return False
    return bool(cue_kinds(verb) & PHASE_KINDS) and _carried_by_support(rule)


def met_within(rule: Rule, verb: Token, noun: Token) -> bool:
    """ "During their talks in Nairobi, the two presidents agreed to open the border": whoever acts
    during a meeting (a symmetric CONSULT noun in a `within` phrase on the verb) takes part in it,
    whatever the verb codes of its own. So does whoever acts "at" a meeting whose other side its own
    phrase names (`Rule.own_targets`: "at a joint news conference with Netanyahu, Trump praised
    Israel"); "at the summit" alone names no one met."""
    within = role_words().within | ({"at"} if rule.own_targets else set())
    return (
        rule.plover == "CONSULT"
        and rule.symmetric
        and noun.dep_ == "pobj"
        and noun.head.lower_ in within
        and noun.head.head.i == verb.i
    )


def _going_on_with(verb: Token, noun: Token) -> bool:
    """ "pressed on with its attacks", "pushed ahead with the raids", "went on with the talks": a
    verb of going on (an aspectual cue, with its particle or the "ahead" the parse makes an
    adverb) carries the act of its "with" phrase as a phase verb carries its object."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.head.head.i != verb.i:
        return False
    ahead = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "ahead"]
    kinds = cue_kinds(verb, via=ahead[0]) if ahead else cue_kinds(verb)
    return "aspectual" in kinds


def _copula_named(rule: Rule, verb: Token) -> bool:
    """A rule naming "be" among its governors ("is under investigation"): the parse has no
    lemmas and "be" is irregular beyond the verb table, so its forms are read here."""
    return "be" in rule.governors and verb.lower_ in BE_FORMS | {"been", "being"}


def _carried_by_support(rule: Rule) -> bool:
    """A nominal rule whose governors include a support verb or a phase verb: its noun is an act
    any verb carrying acts can carry."""
    return any(g in role_words().light or _phase_word(g) for g in rule.governors)


def _phase_word(word: str) -> bool:
    """A phase verb alone ("begin", "stop") or as the verb of an aspectual phrasal one ("step" of
    "step up"); not a verb only some phrasal use of which ends an act: "call" of "call off" is
    the asking verb of "called for a withdrawal", which "continued their withdrawal" is not; nor
    one that asks alone, whatever its phrasal use: "press" of "press on" is the verb of "pressed
    for a withdrawal"."""
    bare = load_cues().words.get(word, frozenset())
    return bool(bare & PHASE_KINDS) or ("request" not in bare and "aspectual" in word_kinds(word))


def _asks(verb: Token, codebook: Codebook) -> bool:
    """A verb of asking ("call for", "press for", "appeal for"): one the codebook codes REQUEST."""
    return any(r.plover == "REQUEST" for r in codebook.verb_rules(verb.lower_))


def _codes_its_own_event(rule: Rule, verb: Token, codebook: Codebook) -> bool:
    """A verb with a rule of another type that codes it whatever its object ("condemn",
    "reject", "welcome"); a verb whose rules ask for particular objects, subjects or purposes
    ("lift", "launch", "send", "arrived for peacekeeping"), or that codes only with its infinitive
    ("told the rebels to disarm": "told reporters after the meeting" is no request), carries other
    nouns as a support verb."""
    return any(
        r.plover != rule.plover
        and not (r.objects or r.particle or r.subjects or r.purposes or r.needs_infinitive)
        for r in codebook.verb_rules(verb.lower_)
    )
