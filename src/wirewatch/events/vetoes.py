"""Readings that are no political event: vetoes from the sentence around a trigger.

A rule that fits its trigger may still be refused by the context: an act done by
nature or in an accident ("floods cut off the villages", "killed a cyclist in a
crash"), public opinion or a poll's share ("62 percent of Republicans agreed"), a
prediction or a risk rather than a threat ("warned that the exit will sap Europe's
defences", "threatens to derail the talks"), a figure of speech ("their policies are
killing the middle class"), a march into a room. The topic and the participants'
sectors (sports, business, private persons) are judged in `relevance.py`;
`not_political` joins them with the figures of speech. Each returns True to refuse.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.events.accidents import names_an_accident, struck_down, structure_fell
from wirewatch.events.codebook import Rule, all_verb_forms
from wirewatch.events.fit import COMMITMENT_MODALS, clause_subjects
from wirewatch.events.modality import BE_FORMS, another_side, infinitive_clause, marked_by_to
from wirewatch.events.relevance import (
    PLACE_READINGS,
    PRIVATE_PERSON_SECTORS,
    SPEECH_LEMMAS,
    VERBAL_QUADS,
    between_private_persons,
    business_cooperation,
    news_gathering,
    off_topic,
    private_acquaintance,
    private_advice,
    private_cooperation,
    private_giving,
    private_meeting,
    private_person,
    private_repression,
    private_travel,
    private_tutelage,
    rally_of_office_holders,
)
from wirewatch.events.roles import (
    REFLEXIVES,
    RELATIVE_PRONOUNS,
    RESUMPTIVE_PRONOUNS,
    agent_objects,
    governing_verb,
    prep_objects,
    reciprocal,
    speaker_of_clause,
    with_modifiers,
)
from wirewatch.events.words import role_words
from wirewatch.model import Mention

SUPPORT_CAMEO = "051"  # CAMEO: praise or endorse
SHOOTING_CAMEO = "193"

# Where a clause ends, for the vocabulary that says what kind of news it is.
CLAUSE_BOUNDARIES = frozenset({"advcl", "relcl", "ccomp", "parataxis", "acl"})

# A warning's clause threatens only with a modal of what is to come or may come ("warned that it
# would retaliate", "could face sanctions").
WARNING_MODALS = COMMITMENT_MODALS | {"could", "might", "may", "can", "'d"}


def not_political(
    rule: Rule, token: Token, sources: tuple[Mention, ...], targets: tuple[Mention, ...]
) -> bool:
    """No political event, whatever the verb: sports, business or entertainment news ("the
    striker attacked the goal"), talk between private persons ("Lynch asked Coleman whether he
    had lied"), a meeting of private people ("students attended their first meeting"), a
    politician's rally ("Trump's second rally Thursday")."""
    return (
        off_topic(_clause_of(token), sources + targets)
        or _figure_of_speech(rule, token)
        or (between_private_persons(rule.cameo.quad_class, sources + targets) and not weapon_shown(rule))
        or private_meeting(rule.plover, sources, targets)
        or private_cooperation(rule.plover, sources, targets)
        or private_acquaintance(rule.plover, sources, targets)
        or private_tutelage(rule.cameo.quad_class, sources, targets)
        or private_advice(rule.cameo.quad_class, sources, targets)
        or private_giving(rule.plover, sources, targets)
        or news_gathering(rule.plover, rule.lemma, sources, targets)
        or business_cooperation(rule.plover, sources, targets)
        or private_repression(rule.plover, sources, targets)
        or private_travel(rule.cameo.code, sources, targets)
        or rally_of_office_holders(rule.cameo.code, sources)
    )


# Verbs of a threat made with a weapon in hand, no words: "the robber pointed a pistol at the
# cashier", "brandished a knife" (codebook threaten.*-weapon).
GESTURES = frozenset({"aim", "point", "brandish", "wave"})


def weapon_shown(rule: Rule) -> bool:
    """A threat made by showing a weapon is a deed, coded whoever did it (a criminal's threat to
    a clerk), no talk between private persons."""
    return rule.plover == "THREATEN" and rule.pos == "verb" and rule.lemma in GESTURES


def accident(rule: Rule, token: Token, sent: SpacySpan, sources: tuple[Mention, ...]) -> bool:
    """A death or injury a private person caused in an accident the sentence names ("a driver
    charged with DWI after he struck and killed a woman", "killed a cyclist in a crash", "ran
    over a woman"), or by striking someone with no weapon ("struck and killed a woman as she
    crossed the road"): no attack (`accidents.py`). Forces, police, armed groups and criminals
    keep theirs ("troops killed two men after the crash"), and so does a shooting."""
    if rule.plover != "ASSAULT" or rule.cameo.code == SHOOTING_CAMEO or not sources:
        return False
    if any(m.sector not in (None, "CVL") and not private_person(m) for m in sources):
        return False  # a driver charged for the death (a person of a crime story) is still a driver
    return names_an_accident(sent) or struck_down(token)


# Where a participle stands as another verb's complement: "were evacuating injured", "found
# two villagers wounded", "left dozens wounded".
COMPLEMENT_DEPS = frozenset({"xcomp", "oprd", "acomp"})
# What an act of harm of its own has: an object, a subject, an infinitive's "to", a passive.
OWN_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "aux", "auxpass"})


def state_of_harm(rule: Rule, token: Token) -> bool:
    """ "Helicopters were evacuating injured from the island", "soldiers found two villagers
    wounded": a bare participle of harm that complements another verb, with no object, subject
    or "to" of its own, names the people hurt or their state, no act of the one who carries,
    treats, finds or leaves them ("tried to kill the commander", "kept shelling the town" are
    acts)."""
    if rule.plover != "ASSAULT" or rule.pos != "verb" or token.dep_ not in COMPLEMENT_DEPS:
        return False
    if token.lower_.endswith("ing"):
        return False
    return not any(c.dep_ in OWN_ARGUMENT_DEPS for c in token.children)


# Where a verb names whose course it turns: its subject, its object's "of" phrase or possessor.
COURSE_HOLDER_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound"})


def a_vessels_course(rule: Rule, token: Token) -> bool:
    """ "The pirates tried to reverse the course of the boats", "the tankers reversed course": a
    ship's, a plane's or a convoy's course turned is where it goes (role-word classes `craft`,
    `vehicle`, `naval`), no decision reversed ("the government reversed course on the tax")."""
    if rule.plover != "CONCEDE" or rule.pos != "verb":
        return False
    words = role_words()
    moving = words.craft | words.vehicle | words.naval
    objects = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in words.course]
    if not objects:
        return False  # "the navy dropped its demand" is still a concession
    holders = [c for h in [token, *objects] for c in h.children if c.dep_ in COURSE_HOLDER_DEPS]
    holders += [g for o in objects for g in prep_objects(o, {"of"})]
    return any(h.lower_ in moving for h in holders)


INVITE_CAMEO = "036"  # CAMEO: express intent to meet or negotiate (an invitation)


def invited_to_watch(rule: Rule, token: Token) -> bool:
    """ "Invited Gennifer Flowers to the debate", "invited the actor to sit in the front row at
    the show", "invited him to her birthday party": an invitation to a show, a party or a debate
    one attends (role-word class `occasion`) is no intent to meet for talks; "invited Mr. Trump
    to a meeting in Mexico City" is one."""
    if rule.cameo.code != INVITE_CAMEO or rule.pos != "verb":
        return False
    phrases = prep_objects(token, {"to"}) + [c for c in token.children if infinitive_clause(c)]
    return any(t.lower_ in role_words().occasion for p in phrases for t in p.subtree)


# A fire is a disaster as a verb's subject ("the church fire destroyed the records"); as an
# object it is shooting ("opened fire"), so it is not in role_words.tsv's class.
FIRES = frozenset({"fire", "fires"})


# Nouns of a disease's spread or kind, named by the disease on them: "the flu outbreak", "a strain
# of influenza", "the H7N9 virus".
CONTAGIONS = frozenset(
    {"outbreak", "outbreaks", "strain", "strains", "virus", "viruses", "epidemic", "pandemic"}
)


def done_by_nature(token: Token) -> bool:
    """An act whose subject is a disaster, a fire or a disease ("the church fire destroyed church
    records", "floods cut off the villages", "H5N1, which has spread across Asia, has killed 100
    people", "the flu outbreak hit the city"), or whose passive "by" agent is one ("camps
    threatened by flooding"): no one did it, and a word on the subject ("church") is where it
    happened, not a doer."""
    words = role_words()
    harms = words.disaster | words.peril
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]  # "has infected and killed"
    subjects += [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if any(c.lower_ in harms or c.lower_ in FIRES for c in subjects):
        return True
    spread = [s for s in subjects if s.lower_ in CONTAGIONS]
    named = [c for s in spread for c in s.children if c.dep_ in ("compound", "amod")]
    named += [o for s in spread for o in prep_objects(s, {"of"})]
    return any(n.lower_ in words.peril for n in named)


def an_ill_fought(rule: Rule, token: Token) -> bool:
    """ "Charities are fighting child poverty", "battling illiteracy", "the fight against malaria":
    a harm that befalls people (role-word class `peril`: poverty, hunger, a disease) fought is a
    social or medical effort, no attack on anyone; a word on it ("child") names whom it befalls,
    not a target ("the army fought the rebels" is still one). So is a wrong of society (class
    `vice`) fought, alone or named in the list of what is fought ("we are united to fight against
    the far right, misogyny and bigotry"): a cause, and the list one of causes, no enemy in arms."""
    if rule.plover != "ASSAULT":
        return False
    fought = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, {"against", "on"})
    words = role_words()
    if any(c.lower_ in words.vice for f in fought for c in _listed_with(f)):
        return True
    return bool(fought) and all(f.lower_ in words.peril for f in fought)


def _listed_with(noun: Token) -> list[Token]:
    """`noun` and what is listed with it: its conjuncts, and the nouns the parse sets beside it as
    appositions, as it does with a list after commas ("the far right, the hatred and the bigotry")."""
    beside = [a for a in noun.children if a.dep_ == "appos"]
    return [noun, *noun.conjuncts, *beside, *(c for a in beside for c in a.conjuncts)]


# What an illness is counted and looked into by: "cases of cholera", "new infections".
ILLNESS_COUNTS = frozenset(
    {"case", "cases", "infection", "infections", "sample", "samples", "death", "deaths"}
)


def an_ill_looked_into(rule: Rule, token: Token) -> bool:
    """ "Officials are investigating cases of cholera", "inspectors probed the outbreak": an
    illness (role-word class `peril`, an outbreak, a virus) or its cases looked into is a medical
    inquiry, no accusation of anyone (CAMEO 09 looks into a wrong or an actor). So is an accident
    or a disaster looked into (`disaster` words: "the safety bureau is investigating the crash of
    a light aircraft"): a technical inquiry, whoever's craft it was. Cases with no
    illness named are the illness's when the clause names one ("investigating new cases to see
    whether they are linked to the outbreak"); "police investigated two cases of fraud", "the
    deaths of protesters" are still inquiries."""
    if rule.plover != "ACCUSE" or rule.pos != "verb" or not rule.cameo.code.startswith("09"):
        return False
    looked = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, {"into"})
    if not looked:
        return False
    ills = role_words().peril | CONTAGIONS
    clause = list(token.subtree)
    for thing in looked:
        if thing.lower_ in ills or thing.lower_ in role_words().disaster or structure_fell(thing):
            continue
        if thing.lower_ not in ILLNESS_COUNTS:
            return False
        of = prep_objects(thing, {"of"})
        if of and not any(o.lower_ in ills for o in of):
            return False  # "cases of fraud", "the deaths of protesters"
        named = of + [c for c in thing.children if c.dep_ in ("compound", "amod")]
        if not any(n.lower_ in ills for n in named) and not any(t.lower_ in ills for t in clause):
            return False
    return True


# Protest verbs that say how one moves: "into" a place they enter it ("blocked transport into
# Abidjan" is still a blockade).
MOTION_VERBS = frozenset({"march", "parade", "walk"})


def walked_in(rule: Rule, token: Token) -> bool:
    """ "A gunman who marched into a company party": a march "into" a place is entering it, no
    protest."""
    return rule.lemma in MOTION_VERBS and rule.pos == "verb" and bool(prep_objects(token, {"into"}))


def a_risk(rule: Rule, token: Token) -> bool:
    """ "Threatening to raise tensions", "threatens to derail the talks": what may follow, a risk,
    no threat of an act (role-word class `consequence`)."""
    return (
        rule.plover == "THREATEN"
        and rule.pos == "verb"
        and any(infinitive_clause(c) and c.lower_ in role_words().consequence for c in token.children)
    )


# What a warning "about" or "of" names when it foretells, not threatens: "the dangers of".
DANGERS = frozenset(
    {"danger", "dangers", "risk", "risks", "peril", "perils", "hazard", "hazards", "threat", "threats"}
)
# Who makes a threat, named on its noun: "Moscow's threat of famine", "the threat of hunger from the
# blockade" (a blockade's threat is its maker's act).
THREATENER_DEPS = frozenset({"poss", "compound"})
THREATENER_PREPS = frozenset({"by", "from"})


def a_danger(rule: Rule, token: Token) -> bool:
    """ "The refugees lived under threat of starvation", "the danger of famine": a threat noun of a
    harm that befalls people with no one doing it (role-word classes `peril` and `disaster`) names
    a danger, no threat by anyone; whoever lives under it is no threatener. A threat of a harm
    with its maker named ("the rebels' threat of starvation") and a threat of an act ("the threat
    of sanctions") are still threats."""
    if rule.plover != "THREATEN" or rule.pos != "noun":
        return False
    words = role_words()
    harms = prep_objects(token, {"of"})
    if not harms or not all(h.lower_ in words.peril | words.disaster for h in harms):
        return False
    if any(c.dep_ in THREATENER_DEPS for c in token.children):
        return False
    return not prep_objects(token, THREATENER_PREPS)


# Where a reported clause hangs on its verb of saying: a phrase above it frames the saying.
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})


def a_portrayal(token: Token) -> bool:
    """ "In the channel's telling, the army merely defends villages from bandits", "in RT's coverage,
    the government battles terrorists": a clause under a phrase of how an outlet or a side tells
    the story (role-word class `portrayal`) describes a portrayal, no dated act. What a speaker
    says under such a phrase ("in its coverage, the station said that troops attacked") is a
    report, read by the verb of saying, and is left to it."""
    words = role_words()

    def framing(prep: Token) -> bool:
        return prep.lower_ == "in" and any(p.lower_ in words.portrayal for p in prep.children)

    # A sentence that opens with one frames all its clauses, semicolons and all: "In RT's
    # coverage, Russia brims with tolerance; ... as the government battles terrorists".
    opening = framing(token.sent[0]) and token.sent[0].dep_ == "prep"
    node = token
    while True:
        if any(c.dep_ == "prep" and framing(c) for c in node.children):
            return True
        if node.dep_ in REPORTED_DEPS and node.head.i != node.i:
            return False
        if node.head.i == node.i:
            return opening
        node = node.head


def foretold(rule: Rule, token: Token, by_token: dict[int, Mention], sources: tuple[Mention, ...]) -> bool:
    """A warning that something will happen ("warned that Britain's exit will sap Europe's
    defences") or of a danger ("warned voters about the risks of staying home"): a prediction,
    no threat. A harm nature would do, even to people named ("warned that 200,000 people could
    be hit by flooding": `done_by_nature`), is a forecast. What the warner itself would do
    ("warned that it would retaliate", "the Iranian minister warned that Iran would respond") is
    still one; another side's act ("warned Kenya that Somalia would retaliate") is foretold: a
    threat is of one's own act (PLOVER 2.0 THREATEN), and the warner threatens nothing. So a reprisal
    told by a speaker of no side of its doer ("Israeli officials said Hezbollah would retaliate")
    is their forecast, no threat of Hezbollah's."""
    if rule.plover != "THREATEN" or rule.pos != "verb":
        return False
    if rule.vowed:
        speakers = speaker_of_clause(token, by_token)
        return bool(speakers) and another_side(speakers, sources)
    warned = [token, *(c for c in token.children if c.dep_ == "dobj")]  # the phrase may hang on either
    if any(p.lower_ in DANGERS for w in warned for p in prep_objects(w, {"about", "of"})):
        return True  # "warned his supporters about the dangers of staying home"
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        if done_by_nature(clause):
            return True  # "warned that thousands could be hit by floods": a forecast
        subjects = clause_subjects(clause)
        if subjects and not any(s.i in by_token or s.lower_ in RESUMPTIVE_PRONOUNS for s in subjects):
            return True
        doers = [by_token[s.i] for s in subjects if s.i in by_token]
        if doers and another_side(doers, sources):
            return True  # "warned Kenya that Somalia would retaliate": another's act foretold
        if subjects and not any(a.dep_ == "aux" and a.lower_ in WARNING_MODALS for a in clause.children):
            return True  # "warned Israel it was destroying its image": what is, no act to come
    return False


ALERT_CAMEO = "152"  # CAMEO: increase military alert status
HEALTH = "health"  # the word of a health body: "the health ministry", "the World Health Organization"


def an_alert_of_a_peril(rule: Rule, token: Token) -> bool:
    """ "The WHO raised its pandemic alert level to phase five", "raised the flood alert", "raised
    its alert level for bird flu": an alert against a disease or a disaster (role-word classes
    `peril` and `disaster`, or a contagion), or one a health body raises ("the health ministry
    raised its alert level"), is a warning to the public, no military alert (CAMEO 152); "the
    army raised its alert level along the border" still is one."""
    if rule.cameo.code != ALERT_CAMEO or rule.pos != "verb":
        return False
    words = role_words()
    harms = words.peril | words.disaster | CONTAGIONS
    raised = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(t.lower_ in harms for r in raised for t in r.subtree):
        return True
    raisers = [c for c in token.children if c.dep_ == "nsubj"] + agent_objects(token)
    return any(t.lower_ == HEALTH for r in raisers for t in r.subtree)


REPRESSION_CAMEO = "175"  # CAMEO: use tactics of violent repression (crowd-control weapons)


def force_of_an_arrest(rule: Rule, token: Token) -> bool:
    """ "Police used a Taser to arrest a robbery suspect": a weapon used for an arrest (its
    infinitive of purpose a verb of `capturing`) is the force of that arrest, coded by its own
    verb (COERCE 173), no repression of a crowd (CAMEO 175); "used tear gas to disperse the crowd"
    still is one."""
    if rule.cameo.code != REPRESSION_CAMEO or rule.pos != "verb":
        return False
    capturing = role_words().capturing
    return any(
        c.dep_ in ("xcomp", "advcl") and marked_by_to(c) and c.lower_ in capturing for c in token.children
    )


def fire_support(rule: Rule, token: Token) -> bool:
    """ "Troops moved into the town, supported by heavy artillery fire", "the offensive was
    backed by air strikes": support whose "by" phrase is fire or strikes (role-word classes
    `attack`, or a `military` word on it) is military support of an operation, no praise or
    endorsement of an actor (CAMEO 051); "the resolution was supported by France" still is."""
    if rule.cameo.code != SUPPORT_CAMEO or rule.pos != "verb":
        return False
    words = role_words()
    doers = agent_objects(token)
    doers += [c for d in doers for c in d.conjuncts]
    return bool(doers) and all(
        d.lower_ in words.attack
        or any(m.lower_ in words.military for m in d.children if m.dep_ in ("compound", "amod"))
        for d in doers
    )


def public_opinion(rule: Rule, token: Token, carrier: Token | None, sources: tuple[Mention, ...]) -> bool:
    """Support that groups of the public hold ("Americans' support for the candidates", "women's
    support for the ban", "black voters supported Obama in two elections"): opinion a poll or a
    vote measures, no act, unless a verb of the rule voices it ("thousands of farmers voiced
    support for the strike")."""
    if not sources or not all(m.kind == "group" and m.sector == "CVL" for m in sources):
        return False
    if rule.pos == "verb":
        return rule.cameo.code == SUPPORT_CAMEO
    return token.lower_ in role_words().opinion and carrier is None


# Sectors of a group of the public whose help to a politician is votes or canvassing.
PUBLIC_SECTORS = frozenset({"CVL", "LAB", "EDU"})
# Sectors of a politician: a party's candidate, a legislator, an office holder, an elite.
POLITICIAN_SECTORS = frozenset({"PTY", "LEG", "GOV", "ELI"})


def electoral_help(rule: Rule, sources: tuple[Mention, ...], targets: tuple[Mention, ...]) -> bool:
    """ "Rural voters helped the senator fend off a challenger", "older women, who helped her win
    the primary": help a group of the public gives a politician is votes or canvassing, which a
    poll or a vote measures, no aid; "the army helped the villagers rebuild" is aid, and so is help
    given by a state or an organisation."""
    if rule.plover != "AID" or rule.pos != "verb" or not sources or not targets:
        return False
    public = all(m.kind == "group" and m.sector in PUBLIC_SECTORS for m in sources)
    return public and all(m.sector in POLITICIAN_SECTORS for m in targets)


# Prepositions of what one speaks of ("talked about the plan", "spoke of reform"), and of whom one
# speaks with or to.
TOPIC_PREPS = frozenset({"about", "of"})
HEARER_PREPS = frozenset({"with", "to"})
HEARER_DEPS = frozenset({"dobj", "dative"})


def talk_of_a_topic(
    rule: Rule, token: Token, sources: tuple[Mention, ...], targets: tuple[Mention, ...]
) -> bool:
    """ "The version Trump and other Republicans are talking about", "Democrats and Republicans spoke
    about the budget": a verb of speaking with what it is about and no one named as spoken with or to
    (nor "each other") tells what its subjects, of one side (one sector, or one country, known for
    all, or one named among "other" such), speak of side by side to the public: no meeting of the
    two. Subjects of two countries ("Putin and Erdogan talked about Syria") or of sides not known to
    be one ("Kerry and Lavrov talked about Syria", "the rebels and the government talked about a
    truce") are two parties talking; "talked with Erdogan about Syria" and "talks about a truce"
    (the noun) name their parties."""
    if rule.plover != "CONSULT" or rule.pos != "verb" or rule.lemma not in SPEECH_LEMMAS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for c in token.children):
        return False
    heard = prep_objects(token, HEARER_PREPS) + [c for c in token.children if c.dep_ in HEARER_DEPS]
    if heard or reciprocal(token):
        return False
    parties = (*sources, *targets)
    countries, sectors = {m.country for m in parties}, {m.sector for m in parties}
    if len(countries - {None}) > 1:
        return False
    if any(_among_others(token.doc, m) for m in parties):
        return True  # "Trump and other Republicans": one of them
    return (len(sectors) == 1 and None not in sectors) or (len(countries) == 1 and None not in countries)


def _among_others(doc: Doc, mention: Mention) -> bool:
    """ "(Trump and) other Republicans": "other" before the mention puts the one named beside it
    among them, one side."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == "other"


# How the task a verb of help helps with hangs on it: "helps people understand" (a clause with its
# subject), "helped to explain" (an infinitive); "help Mr Trump win" the parse may make a noun phrase.
TASK_DEPS = frozenset({"ccomp", "xcomp", "dobj"})


def counsel_given(rule: Rule, token: Token) -> bool:
    """ "The ministry helps people understand the tax rules", "helped reporters pursue the story",
    "helped the senator win the primary": help with a task of knowing, telling or winning (role-word
    class `counsel`) is counsel, information or a campaign's backing, no aid (CAMEO 07 is material,
    humanitarian, military or economic: "helped the villagers rebuild their houses" stays aid). Only
    for a verb of help, whose task is its clause (codebook `own_targets`): "funded his campaign" is
    money given."""
    if rule.plover != "AID" or rule.pos != "verb" or not rule.own_targets:
        return False
    counsel = role_words().counsel
    return any(c.dep_ in TASK_DEPS and c.lower_ in counsel for c in token.children)


VISIT_CAMEO = "042"  # CAMEO: make a visit
PRIVATE_SECTOR = "CVL"  # civilians: patients, children, a family


def visit_to_a_site(rule: Rule, token: Token, targets: tuple[Mention, ...]) -> bool:
    """ "Has made a dozen visits to the site", "her visit to the factory": a visit to a building or
    a site (role-word class `ground`) that names no one visited, or only the place the site is in
    ("visited Kenya's largest hospital"), meets no one, no consultation; nor does a visit to
    private people ("visited patients", "visiting children in their homes"). "A visit to Mexico"
    visits its government, "visited wounded soldiers" the forces."""
    if rule.cameo.code != VISIT_CAMEO:
        return False
    places = prep_objects(token, {"to"}) + [c for c in token.children if c.dep_ == "dobj"]
    sites = [p for p in places if p.lower_ in role_words().ground]
    if not targets:
        return bool(sites)
    if all(_private_people(m) for m in targets):
        return True  # "visited patients at a clinic", "visiting children in their homes"
    # "Ging visited Gaza's hospital": the place on the site says where it is, no one visited
    # ("the White House" is a name: its whole is the one visited)
    owned = [(p, c) for p in sites for c in p.children if c.dep_ in ("poss", "compound")]

    def covers(m: Mention, t: Token) -> bool:
        return m.start <= t.idx < m.end

    return bool(owned) and all(any(covers(m, o) and not covers(m, p) for p, o in owned) for m in targets)


# The prepositions of what one arrives in; the kinds of mention that name a country or a city there.
INSIDE_PREPS = frozenset({"in", "into"})
PLACE_KINDS = frozenset({"country", "place"})


def arrived_inside(rule: Rule, token: Token, targets: tuple[Mention, ...]) -> bool:
    """ "He arrived in Congress in 1993", "the senator arrived in the Senate chamber": a body or a
    building one arrives in is joined or entered, no one visited. A visit (CAMEO 042) told by where one
    arrives needs a country or a city there, standing for its government ("arrived in Beijing"), or a
    host called on ("arrived at the White House")."""
    if rule.cameo.code != VISIT_CAMEO or rule.pos != "verb" or not targets:
        return False
    inside = [t.idx for head in prep_objects(token, INSIDE_PREPS) for t in head.subtree]
    if not all(any(m.start <= i < m.end for i in inside) for m in targets):
        return False
    return not any(m.kind in PLACE_KINDS or m.rule in PLACE_READINGS for m in targets)


# Where a trip's purpose is said: "for her son's wedding", "on holiday".
PURPOSE_PREPS = frozenset({"for", "on"})


def a_private_trip(rule: Rule, token: Token) -> bool:
    """ "Flew to Rome for her son's wedding", "travelled to Zurich for medical treatment", "flew to
    Ireland to promote his golf resort": a trip whose purpose (its "for" or "on" phrase, its
    purpose infinitive or that infinitive's object) is a private or business errand (role-word
    class `errand`) visits no government there (CAMEO 042); "flew to Cairo for talks" does. A
    purpose noun with an "of" phrase is about others ("to discuss the treatment of prisoners")."""
    if rule.cameo.code != VISIT_CAMEO:
        return False
    purposes = prep_objects(token, PURPOSE_PREPS)
    for clause in (c for c in token.children if c.dep_ in ("advcl", "xcomp") and marked_by_to(c)):
        purposes += [clause, *(c for c in clause.children if c.dep_ == "dobj")]
    errands = role_words().errand
    for purpose in purposes:
        if prep_objects(purpose, {"of"}):
            continue
        if any(w.lower_ in errands for w in with_modifiers(purpose)):
            return True
    return False


def released_from_care(rule: Rule, token: Token) -> bool:
    """ "Was released from hospital", "doctors released the senator from the clinic", "released
    from a psychiatric facility": one let go from a place of care (role-word class `care`, or a
    word modifying the place) leaves as a patient, no captive freed (CAMEO 084); "released from
    prison" still is."""
    if rule.plover != "RETREAT" or rule.pos != "verb":
        return False
    places = prep_objects(token, {"from"})
    care = role_words().care
    return any(w.lower_ in care for p in places for w in with_modifiers(p))


CONCESSION_CAMEO = "080"  # CAMEO: yield (leave given: "allowed", "permitted")
# Where leave to come or go crosses a border: a country, a state or a territory named or meant.
STATE_LABELS = frozenset({"GPE", "LOC", "NORP"})
TERRITORIES = frozenset({"country", "territory", "territories", "border", "borders", "region", "zone"})


def routine_leave(
    rule: Rule, token: Token, sources: tuple[Mention, ...], targets: tuple[Mention, ...]
) -> bool:
    """ "Officers allowed them to leave", "the guards permitted the visitors to enter": leave to come
    or go (role-word class `passage`) given by no state named to people of no public role (or to
    no one named: the target then is only the source's own country, guessed) is routine, no
    political concession. "The government allowed the opposition to leave the country" (a political
    party let go) and "Israel allowed the Palestinians to leave" (a state's leave) are still coded."""
    if rule.cameo.code != CONCESSION_CAMEO or rule.pos != "verb":
        return False
    passage = role_words().passage
    clauses = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and marked_by_to(c)]
    if not clauses or any(c.lower_ not in passage for c in clauses):
        return False
    if any(w.ent_type_ in STATE_LABELS or w.lower_ in TERRITORIES for c in clauses for w in c.subtree):
        return False  # "did not allow the observers to enter the country": a border, no routine
    if not sources or any(m.kind == "country" or m.rule == "domestic" for m in sources):
        return False
    return all(
        m.rule == "domestic" or (m.kind in ("person", "group") and (m.sector or "") in PRIVATE_PERSON_SECTORS)
        for m in targets
    )


def done_to_oneself(rule: Rule, token: Token) -> bool:
    """ "The officer shot himself", "veterans killing themselves at three times the rate": force
    whose only object is the doer's reflexive pronoun is self-harm, no attack on anyone (a rule
    that names the reflexive, "blew himself up", is a suicide attack and keeps it); "killed his
    wife and then himself" still has a target."""
    if rule.plover != "ASSAULT" or rule.pos != "verb":
        return False  # "distanced herself from the governor" (SANCTION 160) has its party in "from"
    if any(o in REFLEXIVES for o in rule.objects):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return bool(objects) and all(o.lower_ in REFLEXIVES for o in objects)


# CAMEO codes of damage to property: seize or damage (171) and destroy (1712).
PROPERTY_DAMAGE = frozenset({"171", "1712"})
POSSESSIVE_PRONOUNS = frozenset({"their", "his", "her", "its", "our", "my"})


def own_property_destroyed(
    rule: Rule, token: Token, sources: tuple[Mention, ...], targets: tuple[Mention, ...]
) -> bool:
    """ "Villagers set fire to their own houses before fleeing", "some residents burned their homes
    so the militia could not use them": damage done by people to what is their own, with no other
    actor named, attacks no one. A thing said to be one's "own" is always the doer's; a possessive
    pronoun alone is read so only for private people (civilians, people of no sector known), since
    a force's "their houses" may be the villagers' ("militiamen set fire to the villagers' houses"
    still has a target)."""
    if rule.cameo.code not in PROPERTY_DAMAGE or targets or not sources:
        return False
    # "set fire to their homes": what "to" names is the thing burned, the object only the fire
    things = prep_objects(token, {"to"}) or [c for c in token.children if c.dep_ == "dobj"]
    things += [c for t in things for c in t.conjuncts]
    if not things:
        return False
    owned = [any(c.lower_ == "own" for c in t.children) for t in things]
    if all(owned):
        return True
    private = all(
        m.kind in ("person", "group") and (m.sector or "") in PRIVATE_PERSON_SECTORS for m in sources
    )
    return private and all(
        any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in t.children) for t in things
    )


def _private_people(mention: Mention) -> bool:
    """People of no public role visited ("patients", "children", "a family"): no state, group or
    office holder to meet."""
    return mention.kind in ("person", "group") and mention.sector == PRIVATE_SECTOR


def an_idea_rejected(rule: Rule, token: Token) -> bool:
    """ "The students rejected the stereotype that their generation is lazy", "they reject the
    idea that they are radicals": an idea or label (role-word class `notion`) rejected with a
    clause of what it holds is an attitude to a claim, no rejection of anyone's proposal
    ("rejected the idea of talks" still is one)."""
    if rule.plover != "REJECT" or rule.pos != "verb":
        return False
    notions = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in role_words().notion]
    return any(
        any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        for n in notions
        for clause in n.children
        if clause.dep_ in ("acl", "ccomp", "relcl")
    )


def a_promise_kept(rule: Rule, token: Token) -> bool:
    """ "They had kept their promise not to reveal his name", "Iran broke its pledge to halt the
    sales", "reneged on his promise": a promise told as a noun under a verb of keeping or breaking
    it (role-word class `keeping`) was made before; the sentence tells of its keeping, no promise
    made then."""
    if rule.plover != "AGREE" or rule.pos != "noun":
        return False
    verb = governing_verb(token)
    return verb is not None and verb.lower_ in _keeping_forms()


@functools.cache
def _keeping_forms() -> frozenset[str]:
    return all_verb_forms(role_words().keeping)


# Words of a share of a group, as a poll or a vote measures it: "62 percent of Republicans".
POLL_SHARES = frozenset({"percent", "per cent", "%", "pct", "percentage"})


def said_by_the_public(rule: Rule, sources: tuple[Mention, ...]) -> bool:
    """Words of people at large ("people are blaming it on immigrants", "critics call it a
    mouthpiece"): no actor said them."""
    public = role_words().public
    return rule.cameo.quad_class in VERBAL_QUADS and all(m.text.lower() in public for m in sources)


def a_poll_share(token: Token) -> bool:
    """A share of a group as the doer ("sixty-two percent of Republicans agreed", "the 85 percent of
    Democrats who back Clinton"): for a verbal event, what a poll or a vote measured, no act of
    the group's ("forty percent of the troops withdrew" is still a withdrawal)."""
    subjects = _relative_antecedent(token, [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")])
    for subject in subjects:
        if subject.lower_ in POLL_SHARES:
            return True
        if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.lower_ in POLL_SHARES:
            return True
    return False


def _figure_of_speech(rule: Rule, token: Token) -> bool:
    """An act whose subject is a policy, a law, an idea or a piece of writing ("their policies are
    killing the middle class", "the tariffs hit farmers", "the Kremlin's policies threaten
    Moldova", "the Charter allows for sanctions"): a figure of speech or a provision, no act of
    anyone's. An event noun said of one ("the letter was her sharpest attack yet", "the tariffs
    are an attack on farmers") says what it is, no act of its own; a verdict passed on one
    ("Hungary's media law was a disgrace") is what the speaker says of it."""
    if rule.pos == "verdict":
        return False
    if rule.pos != "verb":
        copula = token.head if token.dep_ == "attr" and token.head.lower_ in BE_FORMS else None
        subjects = [c for c in copula.children if c.dep_ == "nsubj"] if copula is not None else []
        return any(s.lower_ in role_words().abstract for s in subjects)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]  # "... and killed"
    return any(
        s.lower_ in role_words().abstract and not _owners_words(rule, s)
        for s in _relative_antecedent(token, subjects)
    )


# The dependencies that name a writing's owner on it: "the ministry's statement", "a State
# Department letter".
WRITER_DEPS = frozenset({"poss", "compound"})


def _owners_words(rule: Rule, subject: Token) -> bool:
    """True when `subject` is a piece of writing or speech with its owner named on it and the act
    is one of words ("the ministry's statement condemned the raid", "a government letter urged
    Kenya to act"): the owner speaks through it, so the act is the owner's, no figure of speech."""
    return (
        subject.lower_ in role_words().writing
        and rule.cameo.quad_class in VERBAL_QUADS
        and any(c.dep_ in WRITER_DEPS for c in subject.children)
    )


def _relative_antecedent(token: Token, subjects: list[Token]) -> list[Token]:
    """A relative clause's subjects, its antecedent for a relative pronoun ("the Charter, which
    allows for sanctions": the Charter)."""
    if token.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return [token.head]
    return subjects


def _clause_of(token: Token) -> Token:
    """The head of the clause a trigger stands in, for the vocabulary around it."""
    while token.dep_ not in CLAUSE_BOUNDARIES and token.head.i != token.i:
        token = token.head
    return token
