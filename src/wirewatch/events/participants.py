"""Who did it and to whom: sources and targets for verb, noun, modal and verdict triggers.

Read from the parse through the helpers of `roles.py` (subjects, prepositional
objects, actors at a token): a verb's subject and its rule's target slots, a
passive's subject, a complement or a condition clause ("demanded that the US
cancel", "threatened ... if Iran goes ahead"), what a summary noun sums up; a noun's
possessor, governing verb, agent and "between" phrases, modifiers and indirect
objects; a received act ("faces sanctions from"); a modal's or a verdict's speaker
and subject. The roles found are settled in `final_roles.py`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Token

from wirewatch.actors.coref import DEMONSTRATIVES, rallied_to
from wirewatch.doctools import SUBJECT_DEPS
from wirewatch.events.addressees import participle_addressees, told_addressees
from wirewatch.events.codebook import (
    Codebook,
    Rule,
    all_verb_forms,
    load_codebook,
    noun_inflections,
    verb_inflections,
)
from wirewatch.events.final_roles import finish
from wirewatch.events.fit import (
    QUESTION_MARKS,
    RULING_WORDS,
    answered_offer,
    as_complements,
    governs,
    infinitive_predicate,
    is_amount,
    noun_governor,
    obliged_act,
    obliged_clause,
    purpose_heads,
    relative_object,
)
from wirewatch.events.implied import INHERITED_SUBJECT_PENALTY
from wirewatch.events.main import statement_forms
from wirewatch.events.modality import (
    ADDRESSEE_PREPS,
    BARE_VERB_MODALS,
    cue_kinds,
    infinitive_clause,
    marked_by_to,
)
from wirewatch.events.relevance import VERBAL_QUADS
from wirewatch.events.roles import (
    RELATIVE_PRONOUNS,
    STRUCK_PREPS,
    Roles,
    active_by_objects,
    actor_key,
    actors_at,
    agent_objects,
    claim_owners,
    claims_rejected,
    companions,
    content_clause,
    denies_a_claim,
    governing_verb,
    ground_forms,
    is_passive,
    is_summary,
    is_verbal,
    names_one_of,
    object_read_as_participle_subject,
    particle_objects,
    passive_subjects,
    prep_objects,
    pronoun_antecedent,
    relative_doer,
    said_of,
    small_clause,
    speaker_actors,
    speaker_of_clause,
    speech_verb,
    subject_actors,
    verbless_quotation,
    with_conjuncts,
)
from wirewatch.events.words import role_words
from wirewatch.model import NO_INFERENCE, Inference, Mention
from wirewatch.quotes.cues import packaged_cues

FIRST_PERSON = frozenset({"i", "we", "our", "my", "us", "me"})
COMPLEMENT_PENALTY = 0.05
COMPLEMENT_PREPS = frozenset({"to", "on", "against", "with", "from", "for"})
CONDITION_MARKS = frozenset({"if", "unless"})
# Third-person possessives the coreference step resolves ("her", a possessive, is an object form too).
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def with_compelled_target(token: Token, roles: Roles, by_token: dict[int, Mention]) -> Roles:
    """ "Fired warning shots, forcing the pirates to surrender", "shelled the town, forcing
    thousands of civilians to flee", "opened fire at an office, killing a clerk": an act of force
    with no target named falls on the ones it compels or harms (role_words.tsv `compel`,
    `harming`), the participle's object or its clause's subject. So does an act told by its noun:
    "launched an ambush, wounding three settlers" (the participle hangs on the verb that carries
    the noun out), "an attack on the convoy, which killed two soldiers" (issue 11: a domestic
    country guessed though the sentence names the ones struck). The people aboard a vehicle it
    struck are those it fell on first (`_aboard`)."""
    heads = _aboard(token)
    words = role_words()
    for clause in [] if heads else _clauses_of_harm(token):
        if clause.lower_ not in words.compel | words.harming:
            continue
        heads += [c for c in clause.children if c.dep_ == "dobj"]
        heads += [
            s
            for c in clause.children
            if c.dep_ in ("ccomp", "xcomp")
            for s in c.children
            if s.dep_ == "nsubj"
        ]
    targets = tuple(m for h in heads for m in actors_at(h, by_token) if m not in roles.sources)
    return Roles(roles.sources, targets, roles.penalty, roles.inferences) if targets else roles


def _aboard(act: Token) -> list[Token]:
    """The ones a vehicle or craft an act of force fell on carried (role_words.tsv `vehicle`,
    `craft`, `laden`): "an ambush on a bus carrying Israeli settlers", "fired on a boat ferrying
    migrants" struck the settlers and the migrants, as the bus and the boat are no actors."""
    words = role_words()
    struck = prep_objects(act, STRUCK_PREPS) + [c for c in act.children if c.dep_ == "dobj"]
    vehicles = [g for g in struck if g.lower_ in words.vehicle | words.craft]
    clauses = [c for g in vehicles for c in g.children if c.dep_ == "acl" and c.lower_ in words.laden]
    return [o for c in clauses for o in c.children if o.dep_ == "dobj"]


def _clauses_of_harm(act: Token) -> list[Token]:
    """The clauses that may tell what an act did: its own adverbial participles; for its noun, those of
    the verb it is the object of ("launched an ambush, wounding ...") and its relative clauses
    whose subject is the relative pronoun (`relative_doer`: the act, not a place in its phrase)."""
    clauses = [c for c in act.children if c.dep_ == "advcl"]
    if act.dep_ == "dobj":
        clauses += [c for c in act.head.children if c.dep_ == "advcl"]
    # a participle's, with no subject of its own: "before a policeman killed the gunman" is not
    # the harm the gunman's act did
    clauses = [c for c in clauses if not any(s.dep_ in SUBJECT_DEPS for s in c.children)]
    relatives = [w for w in act.subtree if w.dep_ == "relcl"]
    return clauses + [
        c
        for c in relatives
        if relative_doer(c).i == act.i
        and any(s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS for s in c.children)
    ]


DOER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def doer_mentions(act: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The actors an act's or a deed's phrase names as its doer: its "by" agent ("an attack by
    forces loyal to the SPLA": the SPLA, as `actors_at` reads a group's owner), its possessor
    or a named modifier that is no place ("North Korea's reckless acts", "Hamas's raid"; "the
    Kabul bombing" names where, not who); not what it was done to ("a breach of U.N. resolutions",
    "the journalists' killing": `_owned`)."""
    found = [m for h in prep_objects(act, {"by"}) for m in actors_at(h, by_token)]
    found += [
        by_token[c.i]
        for c in act.children
        if c.dep_ in DOER_DEPS and c.i in by_token and not (c.dep_ == "poss" and _fell_on(act, by_token[c.i]))
    ]
    return [m for m in found if m.kind != "place"]


def _fell_on(act: Token, owner: Mention) -> bool:
    """Is `owner`, the possessor of the act noun `act`, the one it was done to ("the journalists'
    killing", "Navalny's arrest")?"""
    return act.lower_ in role_words().patient and _undergoer(owner)


def _passive_subject_is_target(rule: Rule, token: Token) -> bool:
    """ "X was arrested": the passive subject is what the object would be. Not for a rule whose
    target is only a prepositional object ("fired on", "complained about"): "a man who was fired
    from his job at a firm" was not shot at."""
    if not passive_subjects(token):
        return False
    return any(":" not in t for t in rule.targets)


# Prepositions of what an act is about or against, which the parse may hang on its addressee.
TOPIC_PREPS = frozenset({"about", "over", "against"})


def _targets(rule: Rule, token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    deps = {t for t in rule.targets if ":" not in t}
    preps = {t.split(":", 1)[1] for t in rule.targets if t.startswith("prep:")}
    heads = [c for c in token.children if c.dep_ in deps and not _object_of_stranded_prep(c)]
    if "dobj" in deps:
        heads += object_read_as_participle_subject(token)
    heads += prep_objects(token, preps) + particle_objects(token, preps)
    if rule.particle == "by" and "by" in preps:
        heads += active_by_objects(token)  # "stood by the nominee", read as an agent
    if "dobj" in deps:
        heads += relative_object(token) + _object_read_as_complement(token) + _object_after_as(token)
        heads += _small_clause_object(rule, token)
    # "withdrew its ambassador from Mexico": the phrase often hangs on the object, but not on one a
    # named actor owns: "attacked Le Pen's record on Russia" attacks Le Pen, Russia is the topic.
    heads += [
        g
        for c in token.children
        if c.dep_ in _object_deps(rule) and not _named_owner(c, by_token)
        for g in prep_objects(c, preps - {"of"})
    ]
    # "complained to the regulator about the firm": the parse hangs the phrase of what the act is
    # about on the one it is told to, when "to" names no target of the rule.
    heads += [g for a in prep_objects(token, {"to"} - preps) for g in prep_objects(a, preps & TOPIC_PREPS)]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    # "paid $500 million in aid to survivors": the phrase hangs on what the sum is of.
    heads += [
        g for c in objects if is_amount(c) for n in prep_objects(c, {"in"}) for g in prep_objects(n, preps)
    ]
    # "made a contribution of 56 million euros to the WFP": the phrase hangs on the sum after "of".
    heads += [g for n in prep_objects(token, {"of"}) if is_amount(n) for g in prep_objects(n, preps - {"of"})]
    given = [
        g
        for h in [token, *objects]
        for g in prep_objects(h, {"with"})
        if rule.objects and _names_given(g, rule.objects)
    ]
    if given:
        # "provided Egypt with military aid": the thing given follows "with", the one given it
        # is the object.
        heads = objects + [h for h in heads if h not in given]
    heads += _convened_bodies(rule, token)
    if _passive_subject_is_target(rule, token) and token.dep_ != "ROOT":
        heads = [c for c in token.children if c.dep_ == "nsubjpass"] + heads
    if rule.purposes and "in" in preps:
        # "contribute to the NATO-led force in Afghanistan": where what it is for is.
        heads += [g for h in purpose_heads(token) for g in prep_objects(h, {"in"})]
    found: list[Mention] = []
    for head in heads:
        for mention in actors_at(head, by_token):
            if mention not in found:
                found.append(mention)
    return found


# CAMEO root of requests: asking for a sitting of a body asks that body to convene.
REQUEST_ROOT = "02"


def _convened_bodies(rule: Rule, token: Token) -> list[Token]:
    """ "called for an emergency meeting of the Arab League", "urged a special session of the
    Security Council": a request for a sitting of a body (role_words.tsv `convened`) is made to the
    body, which is asked to convene; "a meeting with Iran" names a party, not a body convened."""
    if not rule.cameo.code.startswith(REQUEST_ROOT):
        return []
    asked = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, {"for"})
    sittings = [n for n in asked if n.lower_ in role_words().convened]
    return [g for n in sittings for g in prep_objects(n, {"of"})]


# Prepositions of a passive gerund telling what befell the main clause's subject ("died after
# being tortured"); not "by" ("was stopped by being arrested" is rare; "by" names a doer).
ADJUNCT_PREPS = frozenset({"after", "before", "while", "upon", "on"})


def _unplaced_patients(rule: Rule, token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Targets the parse puts out of the verb's reach: a destination hung inside a long object, or
    the one a passive gerund of circumstance happened to."""
    return _destination_inside_object(rule, token, by_token) or _adjunct_patients(token, by_token)


def _adjunct_patients(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """ "A student died after being tortured by police", "was freed after being held for a week":
    the passive gerund after "after", "while", "before" or "upon" happened to the main clause's
    subject."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ not in ADJUNCT_PREPS or prep.head.i == prep.i:
        return []
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in token.children):
        return []
    return [m for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass") for m in actors_at(c, by_token)]


# Arcs of the noun a destination phrase is wrongly hung on inside a long object (the parse has no
# part-of-speech tags): a phrase's noun or its apposition ("returned a pendant engraved with the
# image of Peter the Great to Russian officials").
NESTED_NOUN_DEPS = frozenset({"pobj", "appos"})


def _destination_inside_object(rule: Rule, token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The "to" phrase that ends a long object, where the parser hung it on the object's last noun
    instead of the verb: "handed the files seized from the ministry to Interpol", "returned a
    statue of the goddess Isis to Egypt". Only a phrase that closes the object and hangs on a noun
    inside it: an adjective's ("troops loyal to the king") or a verb's ("a man who had travelled
    to Syria") is its own."""
    if "prep:to" not in rule.targets:
        return []
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        last = max(t.i for t in obj.subtree)
        phrases = [
            t
            for t in obj.subtree
            if t.dep_ == "prep" and t.lower_ == "to" and t.head.i != obj.i and t.head.dep_ in NESTED_NOUN_DEPS
        ]
        for prep in phrases[-1:]:
            if max(t.i for t in prep.subtree) == last:
                return [m for g in prep.children if g.dep_ == "pobj" for m in actors_at(g, by_token)]
    return []


def _object_of_stranded_prep(noun: Token) -> bool:
    """ "backs Trump over Democratic nominee Hillary Clinton": the parse leaves "over" with no
    object and reads Clinton as a second object of the verb; an object after a preposition of
    the same verb that has no object of its own is that preposition's (here the one passed over)."""
    if noun.dep_ != "dobj":
        return False
    siblings = list(noun.head.children)
    return any(
        c.dep_ == "prep"
        and c.i < noun.i
        and not any(g.dep_ == "pobj" for g in c.children)
        and any(o.dep_ == "dobj" and o.i < c.i for o in siblings)  # the verb's own object comes first
        for c in siblings
    )


# The object of a rule that names what it acts on (`Rule.objects`), and its passive subject, which is
# the same object told in the passive ("the charges against the governor were dropped").
OBJECT_DEPS = frozenset({"dobj"})
NAMED_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def _object_deps(rule: Rule) -> frozenset[str]:
    """The deps of the words a rule's target phrases may hang on as on its object: the passive
    subject too where the rule names its object, for then that subject is the object ("the
    investigation into the minister was shelved", as "shelved the investigation into the
    minister"); another passive subject is the one acted on, whose phrases are its own."""
    return NAMED_OBJECT_DEPS if rule.objects else OBJECT_DEPS


def _named_owner(noun: Token, by_token: dict[int, Mention]) -> bool:
    """True when a named actor, not a pronoun, owns `noun` ("Le Pen's record", "Russia's strikes").
    An owning pronoun is most often the doer's own ("lifted its sanctions on Iran")."""
    return any(
        c.dep_ == "poss" and c.i in by_token and by_token[c.i].rule != "pronoun" for c in noun.children
    )


def _small_clause_object(rule: Rule, token: Token) -> list[Token]:
    """ "holds Moscow responsible", "denies US claims that ...": the object the parse made the
    subject of its complement, when the rule's `objects` name that complement; "denied militants
    were at the school" names no object (the clause is what is denied)."""
    objects, complements = small_clause(token)
    return objects if rule.objects and names_one_of(complements, rule.objects) else []


def _object_read_as_complement(verb: Token) -> list[Token]:
    """ "called SEC Chair Mary Jo White the biggest barrier": with two object complements and no
    object the parse took the object for a complement; the first is the object."""
    complements = [c for c in verb.children if c.dep_ == "oprd"]
    if len(complements) < 2 or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return complements[:1]


def _object_after_as(verb: Token) -> list[Token]:
    """ "condemned as a grave crime Uganda's shelling of the villages": with the "as" phrase put
    before a long object, the parse hangs the object on the phrase's noun as its apposition; it
    is the verb's object."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [a for n in prep_objects(verb, {"as"}) for a in n.children if a.dep_ == "appos"]


def _names_given(head: Token, words: tuple[str, ...]) -> bool:
    """ "with military aid", "with $50 billion in assistance": the phrase names one of `words`."""
    heads = [head, *prep_objects(head, {"of"}), *head.conjuncts]
    if is_amount(head):
        heads += prep_objects(head, {"in"})
    return names_one_of(heads, words)


def _prep_targets(
    rule: Rule, token: Token, by_token: dict[int, Mention], noun: Token | None = None
) -> list[Mention]:
    """The actors of `token`'s phrases the rule takes targets from; for a governing verb, not the
    phrase that holds the rule's `noun` itself ("placed on the EU sanctions list": the EU is the
    list's owner, no target)."""
    preps = {t.split(":", 1)[1] for t in rule.targets if t.startswith("prep:")}
    found: list[Mention] = []
    for head in prep_objects(token, preps):
        if noun is not None and head.i == noun.i:
            continue
        found.extend(m for m in actors_at(head, by_token) if m not in found)
    return found


def verb_roles(rule: Rule, token: Token, by_token: dict[int, Mention]) -> Roles | None:
    sources, inherited = subject_actors(token, by_token)
    aimed: list[Mention] = []
    if not sources and rule.passive_source:
        # "2,000 Russian soldiers were deployed to the border": the force sent is its sender's own;
        # "EU sanctions on Iran were lifted": the sanctions are the EU's, aimed at Iran.
        subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        aimed = [m for c in subjects for m in _prep_targets(rule, c, by_token)]
        sources = [m for c in subjects for m in actors_at(c, by_token) if m not in aimed]
    if not sources and rule.agents and is_passive(token):
        # "Syria was expelled from the Arab League": the body one is expelled from expels
        sources = _agent_phrase_doers(rule, token, by_token)
    if not sources:
        sources = _blame_reported(rule, token, by_token)
    if sources:
        sources += [m for m in companions(token, by_token) if m not in sources]
    targets = _direct_targets(rule, token, by_token, aimed)
    if not targets and "dobj" in rule.targets and not (rule.objects or rule.not_objects):
        # a rule that must read its object ("met the demands") reads none it has not seen
        targets = _shared_object(token, by_token)
    if rule.answers:
        targets = targets or _offerers(token, by_token)
    targets = _proposal_owners(token, by_token, sources) or targets
    if _passive_subject_is_target(rule, token):
        subjects = passive_subjects(token)
        passive = [m for c in subjects for m in _passive_patients(c, by_token)]
        kin = [m for c in subjects if _whose_apposition(c) is not None for m in actors_at(c, by_token)]
        targets = passive + [m for m in targets if m not in passive and m not in kin]
    penalty = INHERITED_SUBJECT_PENALTY if inherited else 0.0
    inferred = NO_INFERENCE
    if rule.plover == "REQUEST" and not targets:
        targets = _asked_for(token, by_token)
    if rule.plover == "REQUEST" and not _asked_by_name(token, by_token):
        forum = _forum_addressees(token, by_token, {actor_key(m) for m in sources})
        targets, inferred = (forum, Inference.HOST) if forum else (targets, inferred)
    if not targets:
        targets, inferred = _clause_targets(rule, token, by_token, sources)
        penalty += COMPLEMENT_PENALTY if targets else 0.0
    roles = finish(rule, token, sources, targets, penalty, by_token)
    return Roles(roles.sources, roles.targets, roles.penalty, roles.inferences | inferred) if roles else None


def _clause_targets(
    rule: Rule, token: Token, by_token: dict[int, Mention], sources: list[Mention]
) -> tuple[list[Mention], Inference]:
    """Targets a verb's own slots do not name, read from the clauses around it (each with the
    inference it is marked by): whom a speaker addresses a verbal act in a participle clause to,
    its complement, a threat's condition, what a summary noun sums up, or whom the teller of a
    verbal act tells it to."""
    keys = {actor_key(m) for m in sources}
    if rule.cameo.quad_class in VERBAL_QUADS and (found := participle_addressees(token, by_token, sources)):
        return found, NO_INFERENCE
    # '"My son was shot," his mother said', misparsed with the speech as the complement: a
    # material act's passive subject is whom it fell on, whoever that clause names
    framed = rule.cameo.quad_class not in VERBAL_QUADS and _named_patient(token)
    if not rule.denies and (found := _complement_targets(token, by_token, keys, rule.own_targets, framed)):
        return found, Inference.COMPLEMENT
    if rule.plover == "THREATEN" and (found := _condition_subjects(token, by_token, keys)):
        return found, Inference.CONDITION
    if found := (
        _summarised_actors(token, by_token, keys)
        or _restated_act_owners(token, by_token, keys)
        or _earlier_act_doers(token, by_token, keys)
    ):
        return found, Inference.SUMMARY
    if rule.cameo.quad_class in VERBAL_QUADS and (found := told_addressees(token, by_token, sources)):
        return found, Inference.COMPLEMENT
    if rule.cameo.quad_class in COOPERATIVE_QUADS and (found := _prompters(token, by_token, sources)):
        return found, NO_INFERENCE
    if rule.cameo.code.startswith(INVESTIGATION_ROOT) and (found := _reported_on(token, by_token, keys)):
        return found, Inference.COMPLEMENT
    return [], NO_INFERENCE


# CAMEO's root of investigations (090-094).
INVESTIGATION_ROOT = "09"


def _reported_on(token: Token, by_token: dict[int, Mention], keys: set[str | None]) -> list[Mention]:
    """An inquiry into a report or a claim (role_words.tsv `claim`) looks into the one its clause
    says acted: "is investigating reports that another Australian fought for the Taliban", "is
    probing claims that the minister took bribes" (issue 11: a target the sentence names left
    empty). Not the report's author, whom a rejection answers (`claims_rejected`)."""
    claims = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in role_words().claim]
    clauses = [c for claim in claims for c in claim.children if content_clause(c)]
    subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return [m for s in subjects for m in actors_at(s, by_token) if actor_key(m) not in keys]


# CAMEO quad classes of cooperation (verbal, material): the acts one does at another's asking.
COOPERATIVE_QUADS = frozenset({1, 2})


def _prompters(token: Token, by_token: dict[int, Mention], sources: list[Mention]) -> list[Mention]:
    """Whoever asked for a cooperative act the verb's "at the request of" phrase names (role_words.tsv
    `prompting`, the codebook's `prompted` nouns): "At the ministry's request, the regulator agreed
    to delay the ruling", "agreed at the urging of Kenya" agree with the ones who asked, the act's
    other side when no slot of the verb names one (issue 10: the recipient outside the object)."""
    verbs = [token, token.head] if token.dep_ == "xcomp" else [token]
    phrases = [g for v in verbs for g in prep_objects(v, role_words().prompting)]
    nouns = [g for g in phrases if g.lower_ in _prompted_nouns()]
    heads = [c for n in nouns for c in n.children if c.dep_ == "poss"]
    heads += [g for n in nouns for g in prep_objects(n, {"of", "from", "by"})]
    askers = [m for h in heads for m in actors_at(h, by_token)]
    keys = {actor_key(m) for m in sources} - {None}
    return [m for m in askers if m not in sources and actor_key(m) not in keys]


@functools.lru_cache(maxsize=1)
def _prompted_nouns() -> frozenset[str]:
    """Every form of the codebook's `prompted` nouns ("request", "urging", "behest")."""
    return frozenset(f for r in load_codebook().rules if r.prompted for f in noun_inflections(r.lemma))


# Where an appeal is made to a body of states in session: "at the Security Council".
FORUM_PREPS = frozenset({"at"})
FORUM_SECTOR = "IGO"


def _asked_by_name(token: Token, by_token: dict[int, Mention]) -> bool:
    """Whether an appeal names whom it asks as its own argument ("urged Russia to withdraw",
    "called on the council"), not only someone inside what it asks for ("urged support for a
    plan announced by Mubarak": the plan's author is not asked)."""
    heads = [c for c in token.children if c.dep_ in ("dobj", "dative")] + prep_objects(token, ADDRESSEE_PREPS)
    return any(h.i in by_token for x in heads for h in with_conjuncts(x))


def _forum_addressees(token: Token, by_token: dict[int, Mention], keys: set[str | None]) -> list[Mention]:
    """An appeal with no one named as asked, made at a body of states ("At the Security Council,
    the minister urged support for the truce", "Speaking at the African Union, she called for
    ..."), asks that body: its members are the ones to act (issue 11, the forum read as the
    addressee rather than a place named inside what is asked for). The body's own members asking
    it ask no one else."""
    heads = [token, *(c for c in token.children if c.dep_ == "advcl")]
    found = [m for h in heads for g in prep_objects(h, FORUM_PREPS) for m in actors_at(g, by_token)]
    return [m for m in found if m.sector == FORUM_SECTOR and actor_key(m) not in keys]


def _direct_targets(
    rule: Rule, token: Token, by_token: dict[int, Mention], aimed: list[Mention]
) -> list[Mention]:
    """The targets a verb's own slots name; a denial of a claim's, its author (`_claim_authors`);
    a seizure's, the owner of what is seized (`_owners_of_seized`)."""
    if denies_a_claim(rule) or _rejects_claims(rule, token):
        return _claim_authors(token, by_token)
    targets = _targets(rule, token, by_token) or aimed or _unplaced_patients(rule, token, by_token)
    if not targets and token.lower_ in role_words().seizing:
        targets = _owners_of_seized(token, by_token)
    return targets


def _owners_of_seized(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Whose property a seizure takes, the act's target (CAMEO 171 falls on the owner, not on the
    rifles or boats taken): the one it is taken from ("confiscated rifles from the pirates"), the
    captives of a conjoined arrest ("detained nine smugglers and confiscated their boats",
    "apprehending 26 pirates and confiscating arms": what is seized in the same act as its holders
    is theirs), else the one a pronoun owning what is taken stands for ("seized their boats"; the
    resolver's pick of the seizer itself is dropped as a self-target)."""
    taken = [o for c in token.children if c.dep_ == "dobj" for o in with_conjuncts(c)]
    holders = [g for h in [token, *taken] for g in prep_objects(h, {"from"})]
    holders += [g for c in token.children if c.dep_ == "dobj" for g in _closing_from(c)]
    holders += [
        o
        for v in token.conjuncts
        if v.lower_ in role_words().capturing
        for o in v.children
        if o.dep_ == "dobj"
    ]
    found = [m for g in holders for m in actors_at(g, by_token, through_places=False)]
    owners = [c for o in taken for c in o.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS]
    return found or [m for c in owners for m in pronoun_antecedent(c, by_token)]


def _closing_from(obj: Token) -> list[Token]:
    """The "from" phrase that ends a long object, hung by the parse on a noun inside it ("14
    rifles, 31 magazines and 923 rounds of ammunition from pirates"): what all of it is taken from."""
    last = max(t.i for t in obj.subtree)
    phrases = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "from" and t.head.i != obj.i]
    return [
        g for p in phrases[-1:] if max(t.i for t in p.subtree) == last for g in prep_objects(p.head, {"from"})
    ]


def _rejects_claims(rule: Rule, token: Token) -> bool:
    """A rejection whose object is a claim (`claims_rejected`) answers the claim's author."""
    return rule.plover == "REJECT" and bool(claims_rejected(token))


def _claim_authors(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Whom a denial of a claim answers: the claim's author, its owner or modifier ("denied a
    Reuters report", "Khartoum's claims", "Israeli accusations") or the one it is by or from, not
    an actor inside what the claim says: "denied the existence of an F.B.I. investigation into his
    dealings" answers no F.B.I., "denied suggestions that he was the source used by Woodward" no
    Woodward (PLOVER: a denial is aimed at the accuser; none named, the reaction step looks back)."""
    claims = [o for c in token.children if c.dep_ == "dobj" for o in with_conjuncts(c)]
    owners = [g for c in claims for g in claim_owners(c)]
    return [m for g in owners for m in actors_at(g, by_token, through_places=False)]


def _named_patient(token: Token) -> bool:
    """Whether a passive names whom it fell on, actor or not ("my son was shot", "the house was
    struck"): a clause the parse hangs on it is the frame of speech it is told in ('"My son has
    been shot," his mother said'), no complement naming another it fell on. Not the "it" of "it
    was decided that ...", whose clause is what was done."""
    return any(c.dep_ == "nsubjpass" and c.lower_ not in EXPLETIVE_SUBJECTS for c in token.children)


# Subjects that stand for the clause after the verb: "it was agreed that ...", "this was decided".
EXPLETIVE_SUBJECTS = frozenset({"it", "this", "that", "what"})


def _passive_patients(subject: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The ones a passive's subject says were acted on. "Pat Smith, whose son, Sean Smith, was
    killed": the parser makes the mother the subject and "whose son" her apposition, but the one
    killed is the son (named in his own apposition, or no one named)."""
    appos = _whose_apposition(subject)
    if appos is not None:
        return [m for c in appos.children if c.dep_ == "appos" for m in actors_at(c, by_token)]
    return actors_at(subject, by_token)


def _whose_apposition(subject: Token) -> Token | None:
    """The "whose son" the parser hangs on a subject as its apposition, if any."""
    return next(
        (
            a
            for a in subject.children
            if a.dep_ == "appos" and any(c.dep_ == "poss" and c.lower_ == "whose" for c in a.children)
        ),
        None,
    )


def _shared_object(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """ "The EU condemned and sanctioned Russia": a verb with no object of its own, joined by "and"
    or "or" to the next verb, shares that verb's object (the parse hangs it on the last verb)."""
    if any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in token.children):
        return []
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in token.children):
        return []
    joined = [c for c in token.children if c.dep_ == "conj" and c.i > token.i]
    objects = [o for c in joined[:1] for o in c.children if o.dep_ == "dobj"]
    return [m for o in objects for m in actors_at(o, by_token)]


def _proposal_owners(token: Token, by_token: dict[int, Mention], sources: list[Mention]) -> list[Mention]:
    """Whose offer, proposal or demand (role_words.tsv `proposal`) a verb answers, as a possessive
    pronoun on its object names it: the owner, not an actor inside what the proposal would do
    ("rejected their plan to resettle the refugees" answers the planners, not the refugees).
    Nobody accepts their own offer: a pronoun the resolver reads as the verb's own doer, in an
    infinitive asked of that doer, is the asker's ("the nurses pressed the ministry to take up
    their proposal to vaccinate prisoners": the nurses). A named owner ("the charity's
    proposal") is already the object's actor; the doer's own ("withdrew its plan") is no one."""
    keys = {actor_key(m) for m in sources}
    proposals = [
        o
        for c in token.children
        if c.dep_ == "dobj"
        for o in with_conjuncts(c)
        if o.lower_ in role_words().proposal
    ]
    pronouns = [
        c for o in proposals for c in o.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS
    ]
    if not pronouns:
        return []
    owners = [m for c in pronouns for m in pronoun_antecedent(c, by_token) if m.start < c.idx]
    others = [m for m in owners if actor_key(m) not in keys]
    if others or not owners or not infinitive_clause(token) or token.head.i == token.i:
        return others
    askers = subject_actors(token.head, by_token)[0]
    return [m for m in askers if actor_key(m) not in keys]


def _offerers(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Who made the offer or the ask a bare refusal answers ("Iran offered talks, but Washington
    declined": Iran)."""
    offer = answered_offer(token)
    return subject_actors(offer, by_token)[0] if offer is not None else []


def _blame_reported(rule: Rule, token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """ "The minister said the bombing was blamed on al-Shabaab", "Schiff said the hacking can be
    traced to Moscow": blame laid in an agentless passive is laid by whoever reports it; so is blame
    a clue the rule names as its subject lays ("the evidence points to the army, the prosecutor
    said")."""
    if not rule.lays_blame:
        return []
    if rule.subjects and any(c.dep_ == "nsubj" for c in token.children):
        return speaker_of_clause(token, by_token)
    if not any(c.dep_ == "auxpass" for c in token.children):
        return []
    if any(c.dep_ == "agent" for c in token.children):
        return []  # "was traced to Moscow by investigators": the agent laid it (not named as an actor)
    return speaker_of_clause(token, by_token)


# Determiners of a summary noun that points back at an act already named ("the move").
POINTING_DETERMINERS = frozenset({"the", "this", "that"})


def _restated_act_owners(
    token: Token, by_token: dict[int, Mention], sources: set[str | None]
) -> list[Mention]:
    """ "criticized the minister's decision to close the port, calling the move reckless": a
    summary noun the act is aimed at ("the move", "this step"), with no owner of its own, points
    back at the act named before it in the sentence; the nearest one an actor owns ("the
    minister's decision") is what the verdict judges, so its owner is the target."""
    words = role_words()
    pointing = [
        c
        for c in token.children
        if c.dep_ == "dobj"
        and c.lower_ in words.summary
        and any(d.dep_ == "det" and d.lower_ in POINTING_DETERMINERS for d in c.children)
        and not claim_owners(c)
    ]
    if not pointing:
        return []
    before = [n for n in pointing[0].sent if n.i < pointing[0].i and n.lower_ in words.summary]
    for act in reversed(before):
        owners = [c for c in act.children if c.dep_ == "poss" and c.i in by_token]
        found = [m for o in owners for m in actors_at(o, by_token) if actor_key(m) not in sources]
        if found:
            return found
    return []


def _earlier_act_doers(token: Token, by_token: dict[int, Mention], sources: set[str | None]) -> list[Mention]:
    """ "The parliament ordered the ministry to publish it. The minister rejected that order.":
    a bare noun the act is aimed at that points back ("that order", "this ban", "the move")
    stands for an act told before it, so whoever did that act is the target. The act is a verb
    of the noun's own lemma ("ordered" for "that order") earlier in the sentence or in the one
    before; a summary noun ("the move", "this decision") stands for the act the sentence before
    tells, unless that sentence reports speech. A noun with a phrase of its own ("the ban on
    imports", "that decision by the army") names its parties itself."""
    words = role_words()
    aimed = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, {"against"})
    pointing = [
        n
        for n in aimed
        if not claim_owners(n)
        and all(c.dep_ in ("det", "amod") for c in n.children)
        and any(
            d.dep_ == "det"
            and (d.lower_ in DEMONSTRATIVES or (d.lower_ == "the" and n.lower_ in words.summary))
            for d in n.children
        )
    ]
    if not pointing:
        return []
    noun = pointing[0]
    start = noun.sent.start
    before = noun.doc[noun.doc[start - 1].sent.start : start] if start > 0 else noun.doc[start:start]
    forms = verb_inflections(noun.lower_)
    acts = [v for v in noun.doc[before.start : noun.i] if v.lower_ in forms and is_verbal(v)]
    if not acts and noun.lower_ in words.summary and len(before):
        told = before.root
        if is_verbal(told) and not any(c.dep_ == "ccomp" for c in told.children):
            acts = [told]
    for act in reversed(acts):
        found = [m for m in subject_actors(act, by_token)[0] if actor_key(m) not in sources]
        if found:
            return found
    return []


def _summarised_actors(token: Token, by_token: dict[int, Mention], sources: set[str | None]) -> list[Mention]:
    """ "Trump placed the DPRK on the list, a move criticized by Cuba": a noun that sums up the
    main clause ("a move", "a decision") stands for what its subject did, so the subject is
    the target of what is said of it; so too when a relative clause says it of the noun ("a move
    that the UN denounced"). A relative clause whose pronoun is its doer ("a move that angered
    Cuba") is the move's own act, and aims at no one."""
    noun = token.head
    if not is_summary(noun) or not (token.dep_ == "acl" or relative_object(token) == [noun]):
        return []
    clause = noun.head
    while clause.dep_ != "ROOT" and not is_verbal(clause):
        clause = clause.head
    return [m for m in subject_actors(clause, by_token)[0] if actor_key(m) not in sources]


def _complement_targets(
    token: Token,
    by_token: dict[int, Mention],
    sources: set[str | None],
    subjects_only: bool = False,
    framed: bool = False,
) -> list[Mention]:
    """Targets inside the trigger's complement clause.

    "threatened to cut off electricity to Nakhichevan", "refused to lift the
    curfew on Palestinians": the object or the to/on/against/with phrase of the
    infinitive. "demanded that the US cancel its plans": the subject of the
    that-clause. With `subjects_only` (a rule of `own_targets`), only that subject: "helped
    Ukraine defend its cities" aids Ukraine, "helped bring down Nixon" no Nixon. With `framed` (a
    passive that names whom it fell on, `_named_patient`), no that-clause: it is the frame of
    speech the act is told in; "force was used to remove the residents" still names whom.
    """
    found: list[Mention] = []
    for child in token.children:
        purpose = child.dep_ == "advcl" and marked_by_to(child)
        if purpose and _for_subjects(child):
            heads = _for_subjects(child)  # "called for Europe to take in refugees": Europe is asked
        elif (child.dep_ == "xcomp" or purpose) and not subjects_only:
            heads = [c for c in child.children if c.dep_ in ("dobj", "dative")]
            # the one made or let to act is an actor itself: "resigned to allow Haiti's elections
            # to take place" lets no Haiti act
            heads += [s for s in _made_to_act(child) if s.i in by_token]
            heads += prep_objects(child, COMPLEMENT_PREPS)
            heads += [g for c in heads if c.dep_ == "dobj" for g in prep_objects(c, COMPLEMENT_PREPS)]
        elif child.dep_ == "ccomp" and _free_relative(child):
            # "denounced what the prime minister called North Korea's actions": whoever did what
            # is named (not the prime minister; not the U.N. of "a breach of U.N. resolutions")
            named = [c for c in child.children if c.dep_ in ("oprd", "attr")]
            doers = [m for n in named for m in doer_mentions(n, by_token)]
            if named:  # "called genocide by Sudanese forces": the parse may hang "by" on the verb
                doers += [m for h in prep_objects(child, {"by"}) for m in actors_at(h, by_token)]
            found.extend(m for m in doers if m not in found and actor_key(m) not in sources)
            continue
        elif child.dep_ == "ccomp" and not framed:
            # a passive clause's doer is its "by" phrase: "alleged she was harassed by her
            # supervisor" charges the supervisor, not her; with no actor there, its subject. A
            # bare participle's "by" is of the noun it describes ("dogs left behind by the
            # evacuees were shot", misparsed as a clause): the evacuees shot no one
            agents = [g for g in agent_objects(child) if g.i in by_token] if is_passive(child) else []
            heads = agents or [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            continue
        for head in heads:
            found.extend(
                m for m in actors_at(head, by_token) if m not in found and actor_key(m) not in sources
            )
    return found


def _made_to_act(verb: Token) -> list[Token]:
    """ "threatened to make the official testify", "vowed to have him arrested": after a causative
    verb (role_words.tsv `causative`) the parse hangs the one made to act as the subject of a
    clause of its own; that one is whom the intended act is aimed at, not the act's own object
    ("to make Iran pay for the attack" aims at Iran, not at the attack). A clause whose head an
    adverb of degree modifies is a state the subject is brought to, no act ("to make the
    battalions more ready to deploy")."""
    words = role_words()
    if verb.lower_ not in words.causative:
        return []
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    degrees = [c for c in clauses for a in c.children if a.dep_ == "advmod" and a.lower_ in words.degree]
    acts = [c for c in clauses if c not in degrees]
    return [s for c in acts for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def _free_relative(clause: Token) -> bool:
    """A clause that is the trigger's object through "what" ("condemned what he called a crime"):
    its subject only names the thing, and is no party to the act."""
    return any(c.dep_ in ("dobj", "nsubj") and c.lower_ in ("what", "whatever") for c in clause.children)


def _for_subjects(clause: Token) -> list[Token]:
    """The subject of a "for X to act" infinitive: the one whose act is wanted, not the object of
    that act ("called for Europe to take in refugees" asks Europe, not the refugees)."""
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]


def _asked_for(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """ "Called for the city council to reopen the shelter", "issued a call for the council to
    reopen it": the parse hangs the infinitive away from its "for" phrase; the one named after
    "for" that the infinitive's "to" follows is the one asked ("called for sanctions to be
    imposed" names no actor; "called for the release of" has no infinitive)."""
    found: list[Mention] = []
    for asked in prep_objects(token, {"for"}):
        after = asked.right_edge.i + 1
        if after < len(asked.doc) and asked.doc[after].lower_ == "to" and asked.doc[after].dep_ == "aux":
            found += [m for m in actors_at(asked, by_token) if m not in found]
    return found


# PLOVER types of the verbs that answer a request: turned down or granted ("rejected Sweden's
# request", "approved the Navy's request").
ANSWERING_TYPES = frozenset({"REJECT", "CONCEDE"})


def _answerers(token: Token, by_token: dict[int, Mention], codebook: Codebook) -> list[Mention]:
    """The one a request (role_words.tsv `asking`) was made to, as the subject of a verb that
    answers it: "Britain turned down Sweden's extradition request", "the court granted his request"
    (the answer's own event is coded apart; its target is the asker)."""
    verb = governing_verb(token)
    if verb is None or token.lower_ not in role_words().asking:
        return []
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if not any(
        r.plover in ANSWERING_TYPES and (not r.particle or r.particle in particles)
        for r in codebook.verb_rules(verb.lower_)
    ):
        return []
    if is_passive(verb):
        return [m for g in agent_objects(verb) for m in actors_at(g, by_token)]
    return subject_actors(verb, by_token)[0]


def _purpose_targets(noun: Token, by_token: dict[int, Mention], sources: set[str | None]) -> list[Mention]:
    """ "a strike to protest against X", "a campaign to pressure X": the object or the
    against/on/to phrase of an infinitive clause hung on the noun."""
    found: list[Mention] = []
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl", "advcl") or not marked_by_to(clause):
            continue
        heads = _for_subjects(clause)  # "a call for Europe to take in refugees": Europe is asked
        if not heads and clause.dep_ != "advcl":
            heads = [c for c in clause.children if c.dep_ == "dobj"] + prep_objects(clause, COMPLEMENT_PREPS)
        for head in heads:
            found.extend(
                m for m in actors_at(head, by_token) if m not in found and actor_key(m) not in sources
            )
    return found


def _condition_subjects(
    token: Token, by_token: dict[int, Mention], sources: set[str | None]
) -> list[Mention]:
    """A threat is aimed at whoever its condition names: "Russia threatened to stop the talks
    if the United States goes ahead", "... unless Iran halts enrichment"."""
    found: list[Mention] = []
    verbs = [token] + [c for c in token.children if c.dep_ == "xcomp"]
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children
            ):
                continue
            for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                found.extend(
                    m for m in actors_at(subject, by_token) if m not in found and actor_key(m) not in sources
                )
    return found


def modal_roles(rule: Rule, token: Token, by_token: dict[int, Mention]) -> Roles | None:
    """ "A said B must stop": A (the speaker) asks B (the subject of the obliged verb); "the judge
    ruled that B should remain in jail": the court holds B (a rule with `objects`, `rule_fits_modal`).

    "We must keep pushing these policies": an obligation the speaker lays on itself is an
    opinion with no one asked, no request; so is one laid on anyone at all ("no family should have
    to bear such a loss").
    """
    clause, act = obliged_clause(token), obliged_act(token)  # "must act"; "needs to act"
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_anyone(c) for c in subjects):
        return None
    if rule.objects:
        return _speaker_to_subject(clause, by_token)  # the court, and the one it keeps held
    if clause.dep_ == "ccomp" and clause.head.lower_ in RULING_WORDS:
        return None  # "a judge ruled that the fine should be paid": a ruling decides, it asks no one
    if _held_view(clause):
        return None  # "many farmers believe the ministry should act": a view held, no one asked
    if subjects and not any(_names_an_actor(c, by_token) for c in subjects) and _an_effect(act, subjects):
        return None  # "the house's use by the police should send a signal": a thing, no one asked
    roles = _speaker_to_subject(clause, by_token)
    if roles is not None and _judges_itself(clause, roles):
        return None  # "Trump's ratings mean he has to win the suburbs": no one asks itself
    if roles is not None and _leave_asked(act):
        # "residents should be allowed to return": the ones let act benefit; the request is put to
        # whoever gives leave, its "by" agent if told ("should be allowed by the army to ..").
        givers = [m for h in agent_objects(act) for m in actors_at(h, by_token)]
        return Roles(roles.sources, tuple(givers), roles.penalty, roles.inferences)
    return roles


def _leave_asked(verb: Token) -> bool:
    """ "should be allowed to return", "must be permitted to stay": a passive verb of giving leave
    (role_words.tsv `leave`) with the act let done after "to"."""
    return (
        verb.lower_ in all_verb_forms(role_words().leave)
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


# The kind of quote cue (data/quote_cues.tsv) that tells a view held, not words addressed to anyone.
VIEW_CUE = "cognition"


def _held_view(verb: Token) -> bool:
    """Whether the clause of `verb` is what its holder believes, feels or thinks ("many farmers
    believe the ministry should cut the tax", "some residents feel the council should step in,
    the agent said"): an opinion, reported by whoever reports it; neither the holder nor the
    reporter asks anyone for anything. "The union said the ministry should act" is said to be
    asked, and asks; so does a speaker's own "I think the ministry should act"."""
    holder = speech_verb(verb)
    if holder is None:
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in holder.children):
        return False  # '"I think the army should withdraw," the minister said': her own demand
    cue = packaged_cues().verb_cue(holder)
    return cue is not None and cue.kind == VIEW_CUE


def condition_roles(mark: Token, by_token: dict[int, Mention]) -> Roles | None:
    """ "'Unless Iraq withdraws, we will act,' the minister said": the speaker threatens the one the
    condition is laid on (the subject of the condition's clause). What follows must be the
    speaker's own act ("we will act", "said Iran would retaliate"), by its "we", by its own
    state or by a consequence with no doer ("there will be consequences", `fit.rule_fits_condition`);
    "unless Iraq withdraws, Syria will act" threatens for another, not for the speaker."""
    condition, main = mark.head, mark.head.head
    verb = speech_verb(main)
    if verb is not None and verb.lower_ not in statement_forms():
        return None  # "Republicans fear he will lose unless ...": a fear, no one's threat
    roles = _speaker_to_subject(condition, by_token)
    if roles is None:
        return None
    doers = [c for c in main.children if c.dep_ == "nsubj"]
    if doers and not any(c.lower_ in FIRST_PERSON for c in doers):
        own = [m for c in doers for m in (actors_at(c, by_token) or pronoun_antecedent(c, by_token))]
        if not own or not all(_speaks_for(roles.sources, m) for m in own):
            return None  # "the new administration will pay a price": a forecast of another's lot
    return roles


# The sectors that speak for their state: a minister's "Iran would retaliate" is its own threat.
STATE_SECTORS = frozenset({"GOV", "MIL", "STATE"})


def _speaks_for(speakers: tuple[Mention, ...], doer: Mention) -> bool:
    """Whether `doer` is one of the speakers, or the state or government a speaker of that state's
    government speaks for ("the Iranian minister warned that Iran would retaliate")."""
    if actor_key(doer) in {actor_key(m) for m in speakers}:
        return True
    state = doer.sector is None or doer.sector in STATE_SECTORS
    return state and any(m.country == doer.country and m.sector in STATE_SECTORS for m in speakers)


def _an_effect(verb: Token, subjects: list[Token]) -> bool:
    """What a thing is to do to others, an effect ("her use of the army should send a signal"): a
    singular subject and an active verb with an object. "The oppression of the people must end",
    "intervention must be avoided" (a passive) and "all parties must uphold the truce" (a plural,
    people) ask whoever does or can do it."""
    singular = all(not s.lower_.endswith("s") for s in subjects)
    active = not any(c.dep_ == "auxpass" for c in verb.children)
    return singular and active and any(c.dep_ == "dobj" for c in verb.children)


def _names_an_actor(subject: Token, by_token: dict[int, Mention]) -> bool:
    """Whether a subject is an actor itself (or one in apposition to it), not a thing an actor
    inside its phrase owns or does ("Her use of the army", "the ministry's plan")."""
    return any(
        h.i in by_token or any(c.dep_ == "appos" and c.i in by_token for c in h.children)
        for h in with_conjuncts(subject)
    )


# Determiners of a subject that stands for anyone at all: "no family should have to bear such a
# loss", "more than any mother should bear" state a norm, asking no one.
ANYONE_DETERMINERS = frozenset({"any", "no"})


def _anyone(subject: Token) -> bool:
    """A subject that stands for anyone at all, no one in particular."""
    return any(c.dep_ == "det" and c.lower_ in ANYONE_DETERMINERS for c in subject.children)


def rebuttal_roles(token: Token, by_token: dict[int, Mention]) -> Roles | None:
    """ "The minister said the reports were baseless": the speaker denies a claim (the clause's
    subject, a `claim` word of role_words.tsv), aimed at whoever the claim is owned by or comes from
    ("the opposition's claims", "claims by the opposition"), or at no one named. Nothing when the
    clause denies the verdict ("were not false") or its subject is no claim ("the bridge was false").
    So does the one who calls the claim it holds a view of false ("described the reports as baseless"),
    and a speaker who says a claim has no ground (`warrant`: "there was no truth to the reports")."""
    regarding = regarded_as(token)
    clause = token.head if regarding is None else regarding
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    if regarding is not None:  # "described the reports as baseless": its holder denies its object
        claims, speakers = claims_rejected(regarding), _holders(regarding, by_token)
    elif token.lower_ in role_words().warrant:  # "said there was no truth to the reports"
        claims, speakers = _claims_without_warrant(token), speaker_of_clause(clause, by_token)
    else:
        claims = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in role_words().claim]
        speakers = speaker_of_clause(clause, by_token)
    if not claims or not speakers:
        return None
    owners = [g for c in claims for g in claim_owners(c)]
    targets = [m for g in owners for m in actors_at(g, by_token) if m not in speakers]
    return Roles(tuple(speakers), tuple(targets), 0.0, NO_INFERENCE)


# How a claim's ground is tied to the claim: "no truth to the reports", "in", "behind", "no basis for".
WARRANT_PREPS = frozenset({"to", "in", "behind", "for"})


def _claims_without_warrant(ground: Token) -> list[Token]:
    """The claims a ground (role_words.tsv `warrant`) is said to be none of: "no truth to the
    reports", "no basis for the allegations". Nothing without its "no": "some truth to the reports",
    "the report was the truth" deny nothing."""
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in ground.children):
        return []
    return [c for c in prep_objects(ground, WARRANT_PREPS) if c.lower_ in role_words().claim]


def verdict_roles(token: Token, by_token: dict[int, Mention], rule: Rule | None = None) -> Roles | None:
    """ "A said B's plan was a disgrace", "A said B lied": A (the speaker) condemns B, the actor the
    verdict is passed on, named as the clause's subject or as the doer of the thing it names ("B's plan",
    "the raid by B"), or, for a verdict that names a wrong after "of", the one whose wrong it is ("this
    is another example of B's contempt"). Nothing when the clause denies it ("was not a betrayal"), when
    the speaker judges itself ("we were wrong") or when no actor is judged ("the weather was a disgrace")."""
    regarding = regarded_as(token)
    if regarding is not None:
        return _regarding_roles(regarding, by_token)
    verbless = _verbless_verdict(token, by_token)
    if verbless is not None:
        return verbless
    if token.dep_ == "amod" or (infinitive_predicate(token) and token.head.dep_ == "acomp"):
        # "said Russia is a bad actor": the adjective's noun is the predicate; "said the rebels are
        # more to blame": the degree word the infinitive hangs on
        token = token.head
    clause = token if token.dep_ == "ccomp" else token.head  # "said Khartoum lied": the verb itself
    # "said the union is not to blame": the infinitive may carry the copula's "not"
    denials = [*clause.children, *(token.children if infinitive_predicate(token) else ())]
    if any(c.dep_ == "neg" for c in denials) and (rule is None or rule.negated is None):
        return None  # a charge denied defends; a praise denied ("is not honest") is blame (`negated`)
    if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children):
        return None  # "asked whether the ban was unfair", "if it is renewed, it would be unjust"
    if any(c.dep_ == "punct" and c.text == "?" for c in clause.children):
        return None  # '"Is this a sign of their contempt?" she asked': a question passes no verdict
    if (
        clause is token
        and is_verbal(token)
        and not (rule is not None and rule.vowed)  # "said Moscow would pay a heavy price": a threat
        and any(c.dep_ == "aux" and c.lower_ in BARE_VERB_MODALS for c in token.children)
    ):
        return None  # "said Bolivia would fail", "said the army will protect the border": a forecast
    roles = _wrongdoer_named(rule, token, clause, by_token) or _speaker_to_subject(clause, by_token)
    if roles is None or _judges_itself(clause, roles):
        return None
    if _owned_by_speakers_state(clause, roles, by_token):
        return None  # "the Kenyan minister said Kenya's own ban was unfair": its own side's act
    if rule is not None and rule.vowed and not _of_another_country(roles):
        return None  # "ordinary Britons will pay a heavy price, the Labour leader said": a lament
    return roles


def _of_another_country(roles: Roles) -> bool:
    """Whether everyone a speaker says will pay a price is of a country named and not the speaker's:
    "Russia will pay a heavy price," said the Ukrainian president, is a threat; the price a
    speaker's own people or people of no country will pay is a forecast or a lament."""
    own = {m.country for m in roles.sources}
    return bool(roles.targets) and all(m.country and m.country not in own for m in roles.targets)


def _verbless_verdict(token: Token, by_token: dict[int, Mention]) -> Roles | None:
    """'"A disgrace," the opposition leader said of the court's ruling': a quotation that is the
    verdict's phrase alone, no verb, passes the verdict on what its cue speaks of ("of", "about"):
    the speaker (the cue's subject) condemns the actor named there or the doer of the act named.
    None when the quote holds more than the phrase, or nothing it speaks of names an actor."""
    cue = verbless_quotation(token)
    if cue is None:
        return None
    speakers = speaker_actors(cue, by_token)
    held = {actor_key(m) for m in speakers}
    judged = [m for m in _judged(prep_objects(cue, {"of", "about"}), by_token) if actor_key(m) not in held]
    if not speakers or not judged:
        return None
    return Roles(tuple(speakers), tuple(judged), 0.0, NO_INFERENCE)


def _wrongdoer_named(
    rule: Rule | None, token: Token, clause: Token, by_token: dict[int, Mention]
) -> Roles | None:
    """ "'This is one more example of the junta's contempt for its people,' the envoy said": a
    verdict that names the wrong after its "of" (rule particle) judges the one whose wrong it is;
    None when that wrong has no owner named ("smacked of cronyism": the subject's doer, as ever)."""
    if rule is None or rule.particle != "of":
        return None
    wrongs = prep_objects(token, {"of"})
    if any(c.lower_ in FIRST_PERSON for w in wrongs for c in w.children if c.dep_ == "poss"):
        return None  # "an example of our contempt for corruption": the speaker's own
    owners = _judged(wrongs, by_token)
    speakers = speaker_of_clause(clause, by_token)
    return Roles(tuple(speakers), tuple(owners), 0.0, NO_INFERENCE) if owners and speakers else None


def regarded_as(token: Token) -> Token | None:
    """The verb of holding an opinion whose "as" phrase `token` is (role_words.tsv `regarding`):
    "viewed Washington's move as a provocation", "sees the ban as unfair"; None otherwise."""
    if token in as_complements(token.head):  # "described the reports as baseless": the parse's clause
        return token.head if token.head.lower_ in _regarding_forms() else None
    prep = token.head
    if token.dep_ not in ("pobj", "amod") or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.lower_ in _regarding_forms() else None


@functools.lru_cache(maxsize=1)
def _regarding_forms() -> frozenset[str]:
    """Every form of the verbs of holding an opinion (the parse has no lemmas)."""
    return all_verb_forms(role_words().regarding)


def _regarding_roles(verb: Token, by_token: dict[int, Mention]) -> Roles | None:
    """ "Beijing regards the Japanese visit as a provocation": the one who holds the view (the verb's
    subject) judges the actor its object names or the doer of the act it names. Nothing when the view
    is denied ("does not see it as a provocation"), when the object names no actor ("the weather") or
    only the holder itself."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    holders = _holders(verb, by_token)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holding = {actor_key(m) for m in holders}
    judged = [m for m in _judged(objects, by_token) if actor_key(m) not in holding]
    if not holders or not judged:
        return None
    roles = Roles(tuple(holders), tuple(judged), 0.0, NO_INFERENCE)
    return None if _owned_by_speakers_state(verb, roles, by_token, objects) else roles


def _holders(verb: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The ones who hold the view a verb of holding an opinion tells: its subject's actors."""
    return [
        m
        for c in verb.children
        if c.dep_ == "nsubj"
        for m in (actors_at(c, by_token) or pronoun_antecedent(c, by_token))
    ]


def _owned_by_speakers_state(
    clause: Token, roles: Roles, by_token: dict[int, Mention], judged: list[Token] | None = None
) -> bool:
    """A verdict on an act whose owner is the state its speaker speaks for ("the Kenyan minister
    said Kenya's ban was unfair"): the speaker's own side, no one else judged. An actor of the same
    country in its own right ("the Serbian election board") is judged."""
    states = {m.country for m in roles.sources if m.country}
    if judged is None:  # the reported clause's subject; a view's object ("sees Kenya's ban as unfair")
        judged = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    owners = [g for c in judged for g in c.children if g.dep_ == "poss"]
    return bool(owners) and all(g.i in by_token and actor_key(by_token[g.i]) in states for g in owners)


# The pronouns by which a reported clause's subject is most often its own speaker ("he said he was
# a strong leader", "the ministry said it was a reliable partner").
SPEAKERS_OWN = frozenset({"he", "she", "it", "they"})


def _judges_itself(clause: Token, roles: Roles) -> bool:
    """A speaker's verdict on itself, or what it lays on itself, by a pronoun that is the speaker's
    own ("he thought he was a trusted voice", "his ratings mean he has to win"): as with "we were
    wrong", no one else is judged or asked."""
    subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    speakers = {actor_key(m) for m in roles.sources}
    return any(c.lower_ in SPEAKERS_OWN for c in subject) and any(
        actor_key(m) in speakers for m in roles.targets
    )


# Subjects that stand for what the speaker spoke of ("this is a disgrace," she said of ...).
SPOKEN_OF = frozenset({"this", "that", "it"})
# Where a feeling says what it is about: "appalled by the raid", "disappointed with the ruling",
# "angry at Moscow", "upset over the vote", "critical of the ministry".
FEELING_PREPS = frozenset({"by", "with", "at", "over", "of"})


def feeling_complement(token: Token) -> bool:
    """A word of feeling completing a linking verb: "we are disappointed", or "appears unhappy
    with", "seemed dissatisfied with", which the parse takes for an object's complement; not one
    completing an object ("the ruling left the minister unhappy": the object holds it)."""
    if token.dep_ == "acomp":
        return True
    return token.dep_ == "oprd" and not any(c.dep_ == "dobj" for c in token.head.children)


def feeling_roles(rule: Rule, token: Token, by_token: dict[int, Mention]) -> Roles | None:
    """ "The minister was appalled by the raid", "we are disappointed with Moscow's decision": the
    one who holds the feeling (the passive subject, or the subject of the copula the participle
    complements) disapproves of the actor it is about, named in its phrase or as the doer of the
    act named there. The active "the raid appalled the minister" is left to the verb's own reading:
    its subject is the stimulus, not a source."""
    lead = token  # "surprised and troubled by": the first of coordinated feelings holds the phrases
    while lead.dep_ == "conj" and lead.head.i != lead.i:
        lead = lead.head
    clause = lead.head if feeling_complement(lead) else token
    if clause is token and not any(c.dep_ == "nsubjpass" for c in token.children):
        return _stirred_roles(rule, token, by_token) if rule.stirs else None
    holders = [
        m
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for m in (actors_at(c, by_token) or pronoun_antecedent(c, by_token))
    ]
    if not holders:
        return None  # "the site was disturbed by looters": no one holds a feeling
    about = [
        g for f in dict.fromkeys((token, lead)) for g in prep_objects(f, FEELING_PREPS) + agent_objects(f)
    ]
    return finish(rule, token, holders, _judged(about, by_token), 0.0, by_token)


def _stirred_roles(rule: Rule, token: Token, by_token: dict[int, Mention]) -> Roles | None:
    """ "The minister's order angered the officers": in the active the object holds the feeling,
    about the subject or the doer of the act the subject names."""
    holders = [m for c in token.children if c.dep_ == "dobj" for m in actors_at(c, by_token)]
    stimulus = [c for c in token.children if c.dep_ == "nsubj"]
    if not holders or not stimulus:
        return None
    about = [m for m in _judged(stimulus, by_token) if m not in holders]
    return finish(rule, token, holders, about, 0.0, by_token)


def _judged(heads: list[Token], by_token: dict[int, Mention]) -> list[Mention]:
    """The actors a feeling or a verdict is about: those the heads name, or the doers of the acts
    they name ("appalled by Israel's strike", "said of the ministry's plan"), each once."""
    named = (m for g in heads for m in [*actors_at(g, by_token), *doer_mentions(g, by_token)])
    return list(dict.fromkeys(named))


def _speaker_to_subject(verb: Token, by_token: dict[int, Mention]) -> Roles | None:
    """The speaker of a reported clause (source) and the clause's subject (target), for what the
    speaker lays on or says of that subject; None when the subject is the speaker's own "we" or
    "I", or either is no actor."""
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ in FIRST_PERSON for c in subject):
        return None
    if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE_WHICH for c in subject):
        return _said_of_antecedent(verb, by_token)
    speakers = speaker_of_clause(verb, by_token)
    named = [m for c in subject for m in actors_at(c, by_token)]
    subjects = _spoken_of_pronoun(verb, subject, by_token) or named
    if not subjects and any(c.lower_ in SPOKEN_OF for c in subject):
        # '"This is deeply troubling," she said of the ministry's plan': what "this" stands for
        subjects = _judged(said_of(verb), by_token)
    if not speakers or not subjects:
        return None
    return Roles(tuple(speakers), tuple(subjects), 0.0, NO_INFERENCE)


# The personal pronouns by which a speaker names the one its cue says it spoke of, with the kind
# of actor each can be: one person for "he" and "she", a group, a body or a state for "they".
SPOKEN_OF_PRONOUNS = {"he": True, "she": True, "they": False}


def _spoken_of_pronoun(verb: Token, subject: list[Token], by_token: dict[int, Mention]) -> list[Mention]:
    """ "'He is a liar,' the senator said of the governor": a he, she or they subject of what is said
    is the one its speech verb says it was said of ("of", "about"), whoever the pronoun would
    otherwise go back to; only an actor so named, of the pronoun's kind ("they" is no one person,
    "he" no ministry)."""
    persons = {SPOKEN_OF_PRONOUNS[c.lower_] for c in subject if c.lower_ in SPOKEN_OF_PRONOUNS}
    if len(persons) != 1:
        return []
    named = [by_token[h.i] for h in said_of(verb) if h.i in by_token]
    # one person: a named one, or an office held by one ("the Argentine president", a role)
    return [m for m in named if (m.kind == "person" or m.role is not None) in persons]


# The relative pronoun of a clause that passes a verdict on what was just told ("..., which is
# frankly insulting"); "who" is of a person, read by the clause's own subject.
RELATIVE_WHICH = frozenset({"which"})


def _said_of_antecedent(verb: Token, by_token: dict[int, Mention]) -> Roles | None:
    """ "'Ottawa handed us an ultimatum, which is insulting,' the minister said": a verdict in a
    "which" clause judges what the clause it hangs on told: the doer its noun names ("the plan by
    Ottawa", "were handed an ultimatum by Ottawa") or else the doer of the verb the noun hangs
    from, as the speaker of that clause says. Nothing when that doer is the speaker's own "we" or
    the speaker itself."""
    antecedent = verb.head
    holder = antecedent
    while not is_verbal(holder) and holder.head.i != holder.i:
        holder = holder.head
    if not is_verbal(holder):
        return None
    speakers = speaker_of_clause(holder, by_token)
    # "imposed tariffs on our steel, which is outrageous": the parse hangs the clause on the
    # nearest noun, which the clause's verb may only have acted on; but the doer after "by" is hers.
    if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "by":
        heads = [antecedent]
    else:
        heads = [antecedent] if antecedent.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else []
    judged = [m for m in _judged(heads, by_token) if m.text.lower() not in FIRST_PERSON]
    if not judged and holder is not antecedent:
        doers = [c for c in holder.children if c.dep_ == "nsubj"]
        if any(c.lower_ in FIRST_PERSON for c in doers):
            return None
        judged, _ = subject_actors(holder, by_token)
    keys = {actor_key(m) for m in speakers}
    judged = [m for m in dict.fromkeys(judged) if actor_key(m) not in keys]
    if not speakers or not judged:
        return None
    return Roles(tuple(speakers), tuple(judged), 0.0, NO_INFERENCE)


def _received_roles(
    rule: Rule, token: Token, by_token: dict[int, Mention], codebook: Codebook
) -> Roles | None:
    """ "Cuba faces new restrictions from the United States": source after "from"/"by", target the subject."""
    governor = governing_verb(token)
    if governor is None or not governs(rule, governor, codebook, token):
        return None
    if token.dep_ == "pobj" and not _undergone_through(token.head, governor):
        return None  # "is under investigation" is received; "was at the inquiry" is not
    givers = prep_objects(token, {"from", "by"}) + prep_objects(governor, {"from", "by"})
    if is_passive(governor):
        # "were subjected to beatings by prison guards": the passive's subject underwent the act,
        # its agent did it
        targets, inherited = [m for c in passive_subjects(governor) for m in actors_at(c, by_token)], False
        givers += agent_objects(governor)
    else:
        targets, inherited = subject_actors(governor, by_token)
    # "suffered raids at the hands of militias": the hands are the doer's.
    givers += [
        g
        for h in prep_objects(token, {"at"}) + prep_objects(governor, {"at"})
        if h.lower_ == "hands"
        for g in prep_objects(h, {"of"})
    ]
    # "an invitation extended by Ri": the agent of a participle on the noun.
    givers += [
        g
        for c in token.children
        if c.dep_ == "acl"
        for a in c.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]
    # "a stabbing by an intruder at his UK home": where the doer struck is not who did it
    sources = [m for g in givers for m in actors_at(g, by_token, through_places=False)]
    penalty = INHERITED_SUBJECT_PENALTY if inherited else 0.0
    return Roles(tuple(sources), tuple(m for m in targets if m not in sources), penalty, Inference.RECEIVED)


def _undergone_through(prep: Token, governor: Token) -> bool:
    """Whether a preposition names an act its verb's subject undergoes: "under" ("came under
    attack"), or "to" after a verb of subjecting ("were subjected to torture")."""
    words = role_words()
    return prep.lower_ in words.subjected or (prep.lower_ == "to" and governor.lower_ in words.subjecting)


def _phrase_parties(
    rule: Rule, token: Token, targets: list[Mention], by_token: dict[int, Mention]
) -> tuple[list[Mention], list[Mention]]:
    """A sourceless nominal's parties in its own phrases: its agent phrase ("the attack by Hamas
    on Israel", "a visit from the Japanese minister"; "the raids by provincial police closed four
    clinics", "the shelling by army units went on": a "by" phrase on a deed's noun names its doer
    whether or not the deed falls on someone the phrase names; not a place, "by the river"), read
    for words only where they fall on someone ("the protest by farmers" is no formal protest
    lodged: a noun of words is left to its verbs); else the first of a "between" pair ("talks
    between Kenya and Uganda")."""
    sources: list[Mention] = []
    deed = rule.cameo.quad_class not in VERBAL_QUADS
    if targets or deed or rule.plover == "CONSULT":
        agent_preps = {"by", "from"} if rule.plover == "CONSULT" else {"by"}
        agents = _agent_objects(token, agent_preps, deed, by_token)
        # "a stabbing by an intruder in her UK home": the doer's place is not the doer
        sources = [m for g in agents for m in actors_at(g, by_token, through_places=False)]
    if not targets and rule.plover != "CONSULT":
        sources = [m for m in sources if m.kind != "place"]
    between = prep_objects(token, {"between"})
    if not between and token.dep_ == "nsubj" and is_verbal(token.head):
        # "fighting broke out between the army and the RSF": the pair hangs on the noun's verb.
        between = prep_objects(token.head, {"between"})
    if between and not sources:
        pair = [m for b in between for m in actors_at(b, by_token)]
        return pair[:1], pair[1:]
    if not sources and not targets and rule.symmetric:
        pair = _modifier_pair(token, by_token)
        return pair[:1], pair[1:]
    return sources, targets


def _agent_objects(
    token: Token, agent_preps: frozenset[str] | set[str], deed: bool, by_token: dict[int, Mention]
) -> list[Token]:
    """The objects of a nominal's agent phrases; for a deed, also the "by" phrase the parse hangs
    on the actor the deed is "of" ("the expulsion of four diplomats by Poland", "the detention of
    the opposition leader by Russian authorities"): the one done to does not do it. Not on a thing
    ("the release of a letter by the FBI director" is his letter), nor for a noun of words
    ("criticism of a novel by Rushdie" is no criticism by Rushdie)."""
    heads = prep_objects(token, agent_preps)
    if heads or not deed:
        return heads
    done_to = [g for g in prep_objects(token, {"of"}) if g.i in by_token]
    return [g for actor in done_to for g in prep_objects(actor, {"by"})]


# Words that join the two sides of a pair written before a noun: "Israeli-Palestinian talks",
# "US/China talks", "Indian and Pakistani talks".
PAIR_JOINERS = frozenset({"-", "–", "—", "/", "and"})


def _modifier_pair(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The two sides of a mutual act named as a joined pair of states or organisations of states
    before its noun, as "between" names them after it: "Israeli-Palestinian talks", "the US-China
    trade talks", "Jordanian-US joint patrols" (issue 11, stop 46: acts told as nouns missed). Only
    names joined by a hyphen, a slash or "and", next to each other: one name there says where or
    about what ("the Syria talks"), and two apart ("the UN Syria talks") no pair."""
    words = sorted(
        {w.i: w for c in _modifiers(token) for w in (c, *c.children) if w.dep_ in PAIR_DEPS}.values(),
        key=lambda w: w.i,
    )
    sides: list[Mention] = []
    for word in words:
        for mention in actors_at(word, by_token, through_places=False):
            if mention.kind in DOER_KINDS and mention not in sides:
                sides.append(mention)
    if len(sides) != 2 or actor_key(sides[0]) == actor_key(sides[1]):
        return []
    doc = token.doc
    first, second = (doc.char_span(m.start, m.end, alignment_mode="expand") for m in sides)
    if first is None or second is None:
        return []
    joiners = doc[first.end : second.start]
    return sides if len(joiners) == 1 and joiners[0].lower_ in PAIR_JOINERS else []


def _governor_subjects(
    rule: Rule, governor: Token, by_token: dict[int, Mention]
) -> tuple[list[Mention], float]:
    """A nominal's doers as its governing verb's subject, with the penalty of an inherited one,
    or as the agent of the participle describing it ("the sanctions imposed by the EU")."""
    if governor.dep_ == "acl" and agent_objects(governor):
        return [m for g in agent_objects(governor) for m in actors_at(g, by_token)], 0.0
    sources, inherited = subject_actors(governor, by_token)
    if not sources and rule.passive_source:
        # "the army was put on high alert": with no agent, the force's own state of alert.
        sources = [m for c in governor.children if c.dep_ == "nsubjpass" for m in actors_at(c, by_token)]
    if not sources and _stance_told_as_there_is(rule, governor):
        sources = speaker_of_clause(governor, by_token)
    return sources, INHERITED_SUBJECT_PENALTY if inherited else 0.0


def _stance_told_as_there_is(rule: Rule, governor: Token) -> bool:
    """ "Tehran said there is no room for talks": a stance a rule names "be" for, told in a reported
    "there is" clause, is the speaker's own; only such rules, so "said there were clashes" makes
    no speaker a fighter."""
    return (
        "be" in rule.governors
        and not rule.received
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in governor.children)
    )


def prompted_roles(token: Token, by_token: dict[int, Mention]) -> Roles | None:
    """ "At the urging of the ministry, the bank agreed", "at Kenya's request, the army waited": the
    one whose asking is named (the noun's possessor or its "of"/"from"/"by" phrase) asked the subject
    of the verb the phrase hangs on; the act that followed is that subject's own, coded apart."""
    if token.dep_ != "pobj" or token.head.lower_ not in role_words().prompting:
        return None
    verb = token.head.head
    if not is_verbal(verb):
        return None  # "a vote at the request of the minority": no one named as asked
    askers = [m for c in token.children if c.dep_ == "poss" for m in actors_at(c, by_token)]
    askers += [m for g in prep_objects(token, {"of", "from", "by"}) for m in actors_at(g, by_token)]
    asked, inherited = subject_actors(verb, by_token)
    penalty = INHERITED_SUBJECT_PENALTY if inherited else 0.0
    return Roles(tuple(askers), tuple(m for m in asked if m not in askers), penalty, NO_INFERENCE)


def noun_roles(rule: Rule, token: Token, by_token: dict[int, Mention], codebook: Codebook) -> Roles | None:
    if rule.received:
        return _received_roles(rule, token, by_token, codebook)
    if token.dep_ == "compound" and token.head.lower_ in role_words().effort:
        token = token.head  # "launched a mediation effort between A and B": the phrase is the effort's
    governor = noun_governor(rule, token, codebook)
    sources, patients, penalty = _doers(rule, token, governor, by_token, codebook)
    targets = _noun_targets(rule, token, governor, sources, _without_forums(rule, token, governor, by_token))
    if rule.plover == "REQUEST":
        # "turned down Sweden's request to extradite the publisher": Britain was asked
        targets = _answerers(token, by_token, codebook) or targets or _asked_for(token, by_token)
    if not targets and rule.agents and sources:
        targets = _acted_over(token, by_token)
    if not targets:
        targets = patients
    if not targets and sources and not rule.own_targets:
        targets = _members_met(rule, token, by_token, sources)
    if not sources:
        sources, targets = _unowned_parties(rule, token, targets, by_token)
    return finish(rule, token, sources, targets, penalty, by_token)


def _members_met(
    rule: Rule, token: Token, by_token: dict[int, Mention], sources: list[Mention]
) -> list[Mention]:
    """Those a meeting is "of" ("was at a meeting of the campaign's top staff", "attended a
    meeting of senior party officials"), or the body the noun's modifier names ("called an
    emergency cabinet meeting", "chaired a board meeting"): the ones met by whoever attends it
    (issue 11: the meeting's other side left out). Only for a meeting among parties (a symmetric
    CONSULT noun), never a place it was held in ("a Geneva meeting"), nor the source itself."""
    if rule.plover != "CONSULT" or not rule.symmetric:
        return []
    # a modifier that is itself a name ("cabinet"), not the first word of a kind of meeting ("a
    # town hall meeting" meets no town)
    heads = prep_objects(token, {"of"}) + [
        c for c in token.children if c.dep_ == "compound" and c.i in by_token
    ]
    found = [m for g in heads for m in actors_at(g, by_token, through_places=False)]
    return [m for m in found if m not in sources]


# What a participle of aiming aims at: "aimed at", "directed against".
AIMED_PREPS = frozenset({"at", "against"})


def _aimed_at(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The target a participle of aiming on an act's noun names (role_words.tsv `aiming`): "strikes
    aimed at Ukrainian troops", "strikes directed against the rebels", "sanctions targeting
    Russian banks" (issue 11: a target the sentence names left out)."""
    clauses = [c for c in token.children if c.dep_ == "acl" and c.lower_ in role_words().aiming]
    heads = [g for c in clauses for g in prep_objects(c, AIMED_PREPS)]
    heads += [o for c in clauses for o in c.children if o.dep_ == "dobj"]
    return [m for h in heads for m in actors_at(h, by_token)]


def _past_what_of(rule: Rule, token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """A target phrase the parse hangs on what the noun is "of" rather than on the noun:
    "allegations of fraud against the minister", "accusations of bribery against the firm"
    (issue 11: a target named in the sentence left out). Only for a noun whose "of" tells what it
    charges, not whom ("of" is none of its target phrases): "criticism of the crackdown against
    protesters" criticises the crackdown's doer, not the protesters. Not past an "of" object that
    is itself an actor."""
    preps = {t.split(":", 1)[1] for t in rule.targets if t.startswith("prep:")}
    if not preps or "of" in preps:
        return []
    kinds = [n for n in prep_objects(token, {"of"}) if n.i not in by_token]
    return [m for n in kinds for g in prep_objects(n, preps) for m in actors_at(g, by_token)]


def _noun_targets(
    rule: Rule, token: Token, governor: Token | None, sources: list[Mention], by_token: dict[int, Mention]
) -> list[Mention]:
    """A nominal's targets: its own phrases, else its governing verb's, its indirect object or
    object, a purpose or complement clause, the subject of a clause the noun governs, or what a
    complaint's participle alleges against. A rule of `own_targets` takes only the noun's own
    phrases ("a call with the Kenyan president"; "received a distress call from a freighter" names
    no one called with)."""
    if rule.own_targets:
        return _targets(rule, token, by_token)
    targets = (
        _targets(rule, token, by_token) or _aimed_at(token, by_token) or _past_what_of(rule, token, by_token)
    )
    if governor is not None and not targets:
        # "imposed sanctions on Iran": the parser often hangs the phrase on the verb.
        targets = (
            _prep_targets(rule, governor, by_token, token)
            if not rule.symmetric
            else _targets(rule, governor, by_token)
        )
    if not targets and governor is not None and "dative" in rule.targets:
        targets = _indirect_objects(token, governor, by_token)
    if not targets and not rule.symmetric and sources:
        targets = _modifier_patients(token, by_token, sources)
    if not targets and not rule.symmetric and governor is not None and token.dep_ == "pobj":
        # "placed the DPRK on its list", "put Iran under sanctions": the governor's object, or its
        # passive subject ("Lavrov was added to the EU sanctions list").
        targets = [
            m for c in governor.children if c.dep_ in ("dobj", "nsubjpass") for m in actors_at(c, by_token)
        ]
    if not targets and not rule.symmetric:
        # "began a hunger strike to protest against Sweden's decision": a purpose clause, on the
        # noun or on its governing verb, names whom the act is aimed at.
        source_ids = {actor_key(m) for m in sources}
        targets = _purpose_targets(token, by_token, source_ids)
        if not targets and governor is not None:
            targets = _complement_targets(governor, by_token, source_ids)
    if not targets:
        # "its demand that Israel ease restrictions": the subject of the clause the noun governs.
        targets = [
            m
            for clause in token.children
            if clause.dep_ in ("acl", "ccomp")
            for subject in clause.children
            if subject.dep_ in ("nsubj", "nsubjpass")
            for m in actors_at(subject, by_token)
        ]
    if not targets and rule.venues:
        targets = _alleged_against(token, governor, by_token)
    return targets


# Bodies that hear complaints lodged with them: organisations of states (the UN Security Council,
# the African Union), courts, the police. A complaint lodged there is about someone else.
FORUM_SECTORS = frozenset({"IGO", "JUD", "COP"})


def _without_forums(
    rule: Rule, token: Token, governor: Token | None, by_token: dict[int, Mention]
) -> dict[int, Mention]:
    """The actors a complaint's target may be: not the body it is lodged with (the rule's
    `venues` phrases, on the noun or its governing verb) when that body hears complaints ("filed a
    complaint with the UN Security Council": the Council is where, not whom, it is about)."""
    preps = {v.split(":", 1)[1] for v in rule.venues}
    heads = [g for h in (token, governor) if h is not None for g in prep_objects(h, preps)] if preps else []
    forums = [m for g in heads for m in actors_at(g, by_token) if m.sector in FORUM_SECTORS]
    return {i: m for i, m in by_token.items() if m not in forums} if forums else by_token


def _alleged_against(token: Token, governor: Token | None, by_token: dict[int, Mention]) -> list[Mention]:
    """Whom a complaint alleges against, told by a participle on it or its verb (role_words.tsv
    `alleging`): its object ("..., accusing Somalia of arming militias") or its clause's subject
    ("..., arguing that Eritrea was massing troops")."""
    clauses = [
        c
        for h in (token, governor)
        if h is not None
        for c in h.children
        if c.dep_ in ("advcl", "acl", "xcomp") and c.lower_ in role_words().alleging
    ]
    heads = [g for c in clauses for g in c.children if g.dep_ == "dobj"]
    heads += [
        s for c in clauses for g in c.children if g.dep_ == "ccomp" for s in g.children if s.dep_ == "nsubj"
    ]
    return [m for h in heads for m in actors_at(h, by_token)]


def _doers(
    rule: Rule, token: Token, governor: Token | None, by_token: dict[int, Mention], codebook: Codebook
) -> tuple[list[Mention], list[Mention], float]:
    """A nominal's (sources, patients, penalty): its named possessor, else its governing verb's
    subject, else a possessive pronoun that stands for one of its clause's parties; the pronoun
    owner of the help a verb of rallying goes to is the one helped beside that subject."""
    sources, patients = _possessor_roles(rule, token, by_token)
    penalty = 0.0
    if not sources and rule.agents:
        sources = _agent_phrase_doers(rule, token, by_token)
    if (
        not sources
        and governor is not None
        and governs(rule, governor, codebook, token)
        and not _doer_on_the_noun(rule, token, governor, by_token)
        and not _sides_between(rule, token, by_token)
    ):
        sources, penalty = _governor_subjects(rule, governor, by_token)
    if not sources and not patients:
        sources, patients = _pronoun_possessor_roles(rule, token, by_token)
    elif not patients and rallied_to(token):
        patients = _pronoun_possessor_roles(rule, token, by_token)[1]  # "came to his defence": the one helped
    return sources, patients, penalty


def _sides_between(rule: Rule, token: Token, by_token: dict[int, Mention]) -> bool:
    """A mutual act whose own "between" phrase names both its sides ("after the meeting between
    Modi and Sharif, officials were upbeat", "Qatar hosted talks between Israel and Hamas"): they
    met, not the subject of the verb the noun hangs from (`_phrase_parties` reads the pair)."""
    if not rule.symmetric:
        return False
    return len([m for g in prep_objects(token, {"between"}) for m in actors_at(g, by_token)]) > 1


def _doer_on_the_noun(rule: Rule, token: Token, governor: Token, by_token: dict[int, Mention]) -> bool:
    """An act whose noun names its own doer by a modifier, governed by a verb of ending
    (modality_cues.tsv `terminative`): "Egypt tried to halt the Israeli offensive", "Hamas could stop
    the Russian assault": who stops it is not who wages it; the modifier, or no one, is its doer. So
    with an act of war under any verb (`_waged_by_forces`: "the rebels braced for Russian
    airstrikes", "Kyiv survived the Russian offensive"): the nationality names the forces."""
    ends = "terminative" in cue_kinds(governor)
    return (ends or _waged_by_forces(rule, token)) and bool(_modifier_doers(token, by_token))


# Prepositions of acting in the face of another's stance: "signed the bill despite criticism from
# the unions", "sent the letter over the objections of the ministry".
OVERRIDING_PREPS = frozenset({"despite", "over", "notwithstanding"})


def _acted_over(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The one who acts in the face of an objection or criticism (the subject of the verb its
    "despite" or "over" phrase hangs on) is the one it is aimed at."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in OVERRIDING_PREPS:
        return []
    return subject_actors(prep.head, by_token)[0] if is_verbal(prep.head) else []


def _agent_phrase_doers(rule: Rule, token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """A nominal's doers its rule's agent phrases name ("over the objections of the ministry",
    "criticism from both parties"): they, not the verb it hangs on, did the act."""
    preps = {t.split(":", 1)[1] for t in rule.agents if t.startswith("prep:")}
    return [m for g in prep_objects(token, preps) for m in actors_at(g, by_token)]


def _unowned_parties(
    rule: Rule, token: Token, targets: list[Mention], by_token: dict[int, Mention]
) -> tuple[list[Mention], list[Mention]]:
    """A nominal's parties when no possessor or governing verb names its doer: its own phrases
    ("the attack by Hamas"), else a modifier ("Israeli air strikes on Gaza"), read where the act
    falls on someone named or is one of war (`_waged_by_forces`)."""
    sources, targets = _phrase_parties(rule, token, targets, by_token)
    if not sources and (targets or _waged_by_forces(rule, token)) and not rule.symmetric:
        sources = [m for m in _modifier_doers(token, by_token) if m not in targets]
    return sources, targets


# PLOVER types of the acts of force a state's forces wage.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def _waged_by_forces(rule: Rule, token: Token) -> bool:
    """An act of force whose nationality adjective names its doer though no one struck is named
    (issue 11, stop 46: acts told as nouns missed): an act of war by its noun (role_words.tsv
    `warfare`: "Russian airstrikes in Idlib continued", "the continuing Israeli offensive"), by a
    weapon or force on it (`military`: "an Israeli mortar strike killed forty"), or one its own
    phrase aims at a building, a post or a vehicle (`ground`: "the Israeli attack on the school").
    Elsewhere a nationality on a deed may say only where it happened ("the Pakistani bombings")."""
    if rule.plover not in FORCE_TYPES:
        return False
    words = role_words()
    if token.lower_ in words.warfare:
        return True
    if any(c.dep_ in ("amod", "compound") and c.lower_ in words.military for c in token.children):
        return True
    return any(g.lower_ in ground_forms() for g in prep_objects(token, STRUCK_PREPS))


# Countries and organisations of states whose name, written as a modifier, names a nominal's doer.
DOER_KINDS = frozenset({"country", "igo"})
# Arcs of the words before a noun that may name one side of a pair ("Israeli-Palestinian talks").
PAIR_DEPS = frozenset({"amod", "compound", "nmod", "conj"})
# Sectors of the armed and security forces, whose bare noun as a compound names a nominal's doer.
FORCE_SECTORS = frozenset({"COP", "MIL"})
# Sectors of the state bodies whose name, as a modifier, names a nominal's doer ("the Justice
# Department inquiry into the senator", "a State Department review of the embassy's spending").
STATE_BODY_SECTORS = frozenset({"GOV", "JUD", "LEG", "COP", "MIL"})


def _modifier_doers(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """A nominal's doer named by a modifier: a nationality adjective ("Israeli air strikes on
    Gaza", "Russian shelling of Kharkiv") or an organisation's or a state's abbreviation ("US
    sanctions on Iran", "NATO strikes on Serbia"). Read only where the act falls on someone the
    phrase names (the caller's test): a country's name as a compound is as often where or about
    what ("the Gaza attacks", "Syria talks"), and "Russian sanctions" alone may be on Russia."""
    found: list[Mention] = []
    for child in _modifiers(token):
        for mention in actors_at(child, by_token):
            acronym = child.dep_ in ("compound", "conj") and child.text.isupper()
            doer = mention.kind in DOER_KINDS and (child.dep_ == "amod" or acronym or mention.kind == "igo")
            # "the police shooting of a student", "an army raid on the village": a force as a compound
            doer = doer or (child.dep_ == "compound" and mention.sector in FORCE_SECTORS)
            # "the Justice Department inquiry": a state body named (capitalised) as the modifier
            body = mention.kind == "group" and mention.sector in STATE_BODY_SECTORS
            doer = doer or (body and child.text[:1].isupper())
            if doer and mention not in found:
                found.append(mention)
    return found


# Kinds of actor whose name, as a compound on an act's noun whose doer is named elsewhere, is the
# one the act falls on; a country's name there is as often where or about what ("the Syria talks").
PATIENT_MODIFIER_KINDS = frozenset({"person", "group"})


def _modifier_patients(token: Token, by_token: dict[int, Mention], sources: list[Mention]) -> list[Mention]:
    """The one an act's noun falls on, named by a compound on it when the noun's doer is named by
    its possessor or its governing verb's subject: "the FBI reopened the Clinton email probe", "the
    regulator widened its Exxon inquiry", "the board lifted the Navalny travel ban" (issue 11: a
    recipient told as a modifier left out). Not a modifier that names a doer (`_modifier_doers`: "the
    Justice Department inquiry", "the police shooting"), a common noun, a country or a place."""
    doers = _modifier_doers(token, by_token)
    found: list[Mention] = []
    for child in _modifiers(token):
        if not child.text[:1].isupper() or any(ch.isdigit() for ch in child.text):
            continue  # a name ("government assistance" is help the government gives; "H5N1" a code)
        for mention in actors_at(child, by_token, through_places=False):
            if mention.kind not in PATIENT_MODIFIER_KINDS or mention in doers or mention in sources:
                continue
            if mention.kind != "person" and mention.sector is None:
                continue  # a name the actor step could give no kind of body
            if child.dep_ == "amod" and mention.kind != "person":
                continue  # a surname the parse reads as an adjective, not "Conservative"
            if mention not in found:
                found.append(mention)
    return found


def _modifiers(token: Token) -> Iterator[Token]:
    """The adjectives and compounds on `token`, and those on its compounds ("the EU sanctions
    list": "EU" modifies "sanctions", which modifies "list")."""
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            yield child
            if child.dep_ in ("compound", "nmod"):
                # "the State Department and FBI investigation": a coordinated modifier too
                yield from (c for c in child.children if c.dep_ in ("amod", "compound", "conj"))


# Verbs of charging someone with an offence: a noun rule governed by these alone names the
# offence ("accused Kyiv of aggression"), and the accusation is the verb's subject's.
CHARGING_VERBS = frozenset({"accuse", "charge", "suspect", "indict", "convict"})


def _indirect_objects(noun: Token, governor: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The support verb's indirect object: "gave Sri Lanka a loan", "gave Putin a stern warning".
    The parse often takes a name before the noun for a compound of it ("gave the Pentagon
    permission", "granted US warplanes access"): with no indirect object, such an actor is it."""
    given = [m for c in governor.children if c.dep_ == "dative" for m in actors_at(c, by_token)]
    if given or noun.dep_ != "dobj":
        return given
    return [m for c in noun.children if c.dep_ == "compound" for m in actors_at(c, by_token)]


def _possessor_roles(
    rule: Rule, token: Token, by_token: dict[int, Mention]
) -> tuple[list[Mention], list[Mention]]:
    """The noun's possessor as (sources, patients): its doer ("Russia's invasion", "Putin's
    offensive"), but for a noun of what is done to someone, a person possessor is the one it was
    done to ("Nijjar's killing", "Navalny's arrest"; "Russia's arrest of X" is still Russia's),
    and for an offence one is accused of, the possessor committed it and accused no one ("the
    administration's corruption")."""
    owners = [m for c in token.children if c.dep_ == "poss" for m in actors_at(c, by_token)]
    return _owned(rule, token, owners)


def _owned(rule: Rule, token: Token, owners: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """`_possessor_roles` for the owners found: doers, or the ones the act was done to."""
    if owners and rule.governors and set(rule.governors) <= CHARGING_VERBS:
        return [], owners
    if owners and rallied_to(token):
        return [], owners
    if owners and all(_fell_on(token, m) for m in owners):
        return [], owners
    return owners, []


# Sectors of people a harm is done to, never its doers as a class: "the children's abduction", "the
# journalists' killing", "the refugees' deportation" fell on them; "the rebels' abduction of the
# workers" is the rebels' act.
UNDERGOER_SECTORS = frozenset({"CVL", "MED", "REF", "EDU", "REL", "LAB"})


def _pronoun_possessor_roles(
    rule: Rule, token: Token, by_token: dict[int, Mention]
) -> tuple[list[Mention], list[Mention]]:
    """A possessive pronoun on an event noun as `_possessor_roles` reads a named owner ("his harsh
    criticism of China", "the agency is reviewing evidence in its probe of the senator"), read
    only when neither a named owner nor a governing verb's subject names the doer ("Israel began
    its offensive" is Israel's). The actor step leaves his/its/their out of its mentions (a "his"
    inside an object phrase would take that phrase's place as a target), so it is resolved here,
    and kept only when the antecedent is also one the nearest clause above the noun is about (see
    `_clause_parties`): a possessive binds to the parties of its own clause, and
    an antecedent found sentences back was wrong for most such nouns on real news ("the pirate
    boats broke off their attack" went to a helicopter named before; "the White House pressed
    the FBI to suppress its investigation" to the White House)."""
    owners = [c for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS]
    if not owners:
        return [], []
    local = {actor_key(m) for m in _clause_parties(token, by_token)}
    found = [
        m
        for c in owners
        for m in pronoun_antecedent(c, by_token)
        if actor_key(m) in local or rallied_to(token)  # the one helped is none of the helper's clause
    ]
    return _owned(rule, token, found)


def _clause_parties(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The actors the nearest clause above `token` is about: its subject and object ("voters
    distrust Okafor because of his criticism of Ghana"; "it" read as the pronoun it stands for),
    or actors on the way up to it ("views Trump as ... his criticism", parsed with "Trump" as the
    root). A subject whose phrase holds `token` ("his criticism of Bolivia angers them") is none,
    and a clause with no subject of its own ("ordered the agency to halt its investigation")
    names no one: its understood subject may be anyone the clauses above name."""
    found: list[Mention] = []
    inside = {token.i}
    for above in token.ancestors:
        if above.i in by_token:
            found += actors_at(above, by_token)
        if is_verbal(above):
            if not any(c.dep_ in SUBJECT_DEPS for c in above.children):
                return found
            arguments = [c for c in above.children if c.dep_ in SUBJECT_DEPS | {"dobj"} and c.i not in inside]
            return found + [
                m for c in arguments for m in (actors_at(c, by_token) or pronoun_antecedent(c, by_token))
            ]
        inside.add(above.i)
    return found


def _one_person(mention: Mention) -> bool:
    """A person named or by a title alone ("the opposition leader's arrest")."""
    return mention.kind == "person" or mention.role is not None


def looked_into(token: Token, targets: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The targets of an inquiry noun with no doer that its own phrase names ("a probe into the
    senator", "into the ministry's spending"; not an actor of the clause around it: "said
    throughout the investigation that the gang leaders ..."), but those who suffered the harm it
    looks into: "a probe into the death of the journalist", "an inquiry into the attack on the
    embassy" or "into the activist's arrest" look into whoever did it (role_words.tsv `patient`,
    `suffered`), not into them; its doer ("into the killings by the militia", "into the Russian
    attack", "into Russia's attack", as `doer_mentions` reads one) stays. An arrest or a detention
    with no doer (a `patient` noun) holds only the one its "of" phrase names: "the arrest of the
    mayor"; "the French researcher's detention" tells who was held, and guesses no authority from
    the possessor's country."""
    words = role_words()
    harms = words.patient | words.suffered
    if token.lower_ in words.patient:
        own = {t.i for g in prep_objects(token, {"of"}) for t in g.subtree}
    else:
        own = {t.i for t in token.subtree} - {token.i}
    kept = []
    for mention in targets:
        span = token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.i in own and not _suffered_in(token, span.root, mention, harms):
            kept.append(mention)
    return tuple(kept)


def _suffered_in(token: Token, word: Token, mention: Mention, harms: frozenset[str]) -> bool:
    """Whether `mention` (its root `word`), under the noun `token`, hangs on a harm noun as the one
    it fell on; the noun itself is none (an arrest with no doer holds the one its "of" names)."""
    while word.i != token.i and word.head.i != word.i:
        if word.head.i != token.i and word.head.lower_ in harms:
            if word.dep_ == "prep":
                return word.lower_ != "by"
            return word.dep_ not in DOER_DEPS or (word.dep_ == "poss" and _undergoer(mention))
        word = word.head
    return False


def _undergoer(mention: Mention) -> bool:
    """An owner a patient noun ("killing", "arrest", "abduction") fell on: a person, or people of a
    sector no harm is done by as a class (`UNDERGOER_SECTORS`)."""
    return _one_person(mention) or mention.sector in UNDERGOER_SECTORS
