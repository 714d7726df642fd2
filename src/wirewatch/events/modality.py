"""Polarity and modality of an event trigger, read from the parse.

"did not meet" is negated; "plans to visit", "will meet", "accepted an
invitation to visit" are future; "if they attack", "whether to meet" and
questions are hypothetical; "X said Y attacked Z" is reported by X (unless X
speaks for Y's own side), and so is "X's accusation that Y attacked Z". The cue
words are data: data/modality_cues.tsv.

A verb that wraps another verb's act is read once here, whatever the rule:
"began shelling", "tried to storm" pass the act through; "stopped shelling",
"failed to arrest" negate it; "urged Kenya to investigate", "refused to
withdraw", "discussed sending troops" embed an act nobody has done, which is
hypothetical (the embedding verb is the event); so is what a trip or a dispatch
is for ("flew to Kabul to free the hostages": the trip is the event). "police
usually arrest protesters" and "armies attack when provoked" are habits, not
events.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from wirewatch.actors.lexicon import plural_word
from wirewatch.doctools import span_text
from wirewatch.errors import DataFileError
from wirewatch.events.codebook import load_irregulars, verb_inflections
from wirewatch.events.words import role_words
from wirewatch.model import Mention, Modality, Polarity

NEGATORS = frozenset({"no", "never", "not", "n't"})
ENACTMENT = "enactment"  # "launched a plan to": the plan's act set going, done (`_enacted`)
JOURNEY = "journey"  # "flew to Kabul to free the hostages": what the trip is for, not done (`aim_of`)
# "trained local fighters to fight the militants": what the means given are for, not done (`aim_of`)
EQUIPPING = "equipping"
# "would like to see Tokyo agree", "hopes Uganda will withdraw": another's act wished for, no act
WISH = "wish"
DESIGN = "design"  # "was planning to": a plan held, which another side may only claim (`modality`)
# "fears airstrikes", "warned of an offensive": dreaded, not done, and not the fearer's act
APPREHENSION = "apprehension"
MODALITY_KINDS = frozenset(
    {
        "future",
        "future-time",
        "hypothetical",
        "obligation",
        "report",
        "decision",
        "agreement",
        "prospect",
        "possibility",
        DESIGN,
    }
)
BELIEF = "belief"  # "I don't think we can surrender": its "not" is its clause's (see `polarity`)
# Classes of a governing verb (see the header of modality_cues.tsv).
CLAUSE_KINDS = frozenset(
    {
        "request",
        "refusal",
        "discussion",
        APPREHENSION,
        "aspectual",
        "participation",
        "attempt",
        "terminative",
        "failure",
        "postponement",
        "habitual",
        "chance",
        "supposition",
        "deontic",
        ENACTMENT,
        JOURNEY,
        EQUIPPING,
        WISH,
        "conspiracy",
        BELIEF,
    }
)
SHORTFALL = "shortfall"  # "not ... enough": a verdict on an amount, no refusal (see `falls_short`)
HITHERTO = "hitherto"  # "had not previously endorsed": not so far, no refusal (see `falls_short`)
SCOPE_KINDS = frozenset({"request", "refusal", "discussion", "conspiracy"})  # the act embedded is not done
PARTICIPATION = "participation"  # "engaged in looting", "guilty of violating the truce"
POSTPONEMENT = "postponement"  # "delayed lifting the ban": not done yet, no refusal (`_put_off`)
TRANSPARENT_KINDS = frozenset({"aspectual", PARTICIPATION, "attempt", "terminative", "failure", POSTPONEMENT})
NEGATING_KINDS = frozenset({"terminative", "failure", POSTPONEMENT})
FUTURE_KINDS = frozenset({"future", "decision"})
TIME_MODIFIER_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod"})
CLAUSE_DEPS = frozenset({"pcomp", "xcomp", "ccomp", "acl", "relcl", "advcl"})
# Arcs by which a governing word embeds an act: its infinitive or that-clause, a gerund after
# its preposition ("insisted on holding talks"), an event noun as its object or after its
# preposition ("rejected talks", "called for sanctions"), a clause on a noun ("a proposal to
# meet"); "conj" joins two embedded acts ("to free the hostages and apologise"); "acomp" goes
# from an adjective up to its copula's clause ("denied that it was responsible for the attack").
EMBEDDING_DEPS = frozenset(
    {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acl", "conj", "advcl", "acomp"}
)
# Arcs of the act's noun a verb of apprehension dreads: "fears airstrikes", "warned of an offensive".
FEARED_ARCS = frozenset({"dobj", "prep"})
# Prepositions through which a verb governs the act it asks for, refuses or discusses.
SCOPE_PREPS = frozenset({"for", "on", "upon", "from", "about"})
# A lexical future cue ("plans to", "threatened to") governs its complements; "will" on a
# governing verb reaches an adverbial clause too ("will retaliate, attacking ...").
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "dobj", "pobj", "prep", "pcomp", "conj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})  # no demand's base form ("that they be")
# A future cue must govern the trigger within this many arcs: "plans to visit"
# (1), "is ready to sign" (2). Further up it usually governs another clause.
FUTURE_REACH = 2
# Present forms that end in "-ed" like a past ("they need", "talks proceed").
ED_BASES = frozenset(
    {"need", "proceed", "succeed", "exceed", "feed", "bleed", "speed", "heed", "breed", "embed"}
)
GENERIC_MARKS = frozenset({"when", "whenever"})
TIME_MARKS = frozenset({"when", "whenever", "once", "until", "till", "before", "after"})
# "Syria hopes it will ...": the speaker's own act, read by the roles as the speaker's.
RESUMPTIVE = frozenset({"it", "they", "we", "i", "he", "she"})


@dataclass(frozen=True)
class Cues:
    """Cue kinds by word form, and by (verb form, particle) for phrasal cues ("call on")."""

    words: dict[str, frozenset[str]]
    phrasal: dict[tuple[str, str], frozenset[str]]


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    """data/modality_cues.tsv with inflections; a malformed row names its line."""
    text = resources.files("wirewatch").joinpath("data", "modality_cues.tsv").read_text(encoding="utf-8")
    irregular = load_irregulars()
    words: dict[str, set[str]] = {}
    phrasal: dict[tuple[str, str], set[str]] = {}
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, line in enumerate(rows[1:], start=2):
        parts = line.split("\t")
        if (
            len(parts) != 2
            or parts[1] not in MODALITY_KINDS | CLAUSE_KINDS | {SHORTFALL, HITHERTO}
            or not parts[0].split()
        ):
            raise DataFileError(f"modality_cues.tsv row {number}: expected 'word<TAB>kind': {line!r}")
        word, *particle = parts[0].split()
        forms = verb_inflections(word) | {f for f, lemma in irregular.items() if lemma == word}
        forms |= {word + "s"}
        for form in forms:
            if particle:
                phrasal.setdefault((form, particle[0]), set()).add(parts[1])
            else:
                words.setdefault(form, set()).add(parts[1])
    return Cues({k: frozenset(v) for k, v in words.items()}, {k: frozenset(v) for k, v in phrasal.items()})


def cue_kinds(token: Token, via: Token | None = None) -> frozenset[str]:
    """The cue kinds of a word. A particle or preposition of the word (or `via`, the preposition
    a path came up through) that makes a phrasal cue ("call on", "go on") gives that cue's
    kinds only: "ended up expelling" is no ending."""
    cues = load_cues()
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep")}
    # an infinitive's "to" makes the cue its preposition makes: "committed to withdraw" as "to withdrawing"
    particles |= {"to" for c in token.children if c.dep_ == "xcomp" and marked_by_to(c)}
    if via is not None:
        particles.add(via.lower_)
    phrasal: set[str] = set()
    for particle in particles:
        phrasal |= cues.phrasal.get((token.lower_, particle), frozenset())
    return frozenset(phrasal) if phrasal else cues.words.get(token.lower_, frozenset())


def word_kinds(word: str) -> frozenset[str]:
    """The kinds of a word alone or as the verb of a phrasal cue ("step" of "step up")."""
    cues = load_cues()
    kinds = set(cues.words.get(word, frozenset()))
    for (form, _), phrasal in cues.phrasal.items():
        if form == word:
            kinds |= phrasal
    return frozenset(kinds)


def _is_kind(word: str, kind: str) -> bool:
    return kind in load_cues().words.get(word, frozenset())


# Prepositions of an act's circumstances (time, cause, concession): what they name is not what
# the verb wraps.
CIRCUMSTANCE_PREPS = frozenset(
    # "at": on whose word it was done ("At the minister's request, the agency did not publish the
    # report": the request was made; only the publishing is denied)
    {"after", "before", "since", "following", "amid", "amidst", "during", "until", "till", "despite", "at"}
)


# The arcs through which a governing word's negation or ending reaches the trigger.
CARRYING_ARCS = frozenset({"dobj", "nsubjpass", "attr", "acomp", "xcomp", "pcomp", "prep", "ccomp"})


def polarity(token: Token) -> Polarity:
    """Negated when the trigger, or the verb governing a nominal/infinitive trigger, is negated.

    Negation follows the parse: a "not" in a trailing or subordinate clause is that clause's.
    Above the first governing verb, only wrappers carry it on ("did not try to attack"), and
    a verb of ending or failing negates the act it wraps, so "did not stop shelling" is affirmed.
    """
    flips = int(
        _negated(token)
        or _object_denied(token)
        or _shares_a_negation(token)
        or _joined_by_nor(token)
        or _complement_denied(token)
        or _yet_to_come(token)
    )
    # an ending under a modal of demand or possibility ("must stop shelling", "could stop the
    # assault by ending its attacks") ends nothing yet: the ended act is not denied
    ended, unreal = 0, False
    node, first = _embedded_coordination(token) or token, True
    while node.head.i != node.i:
        arc, head = node.dep_, node.head
        if arc in ("pobj", "pcomp") and head.dep_ == "prep" and head.head.i != head.i:
            if head.lower_ in CIRCUMSTANCE_PREPS:
                break  # "aid was suspended after Israel's attacks": when, not what, was ended
            node, arc, head = head, "prep", head.head  # "refrained from attacking": through the preposition
        if arc == "acl" and marked_by_to(node) and denied_by_no(head) and not cue_kinds(head):
            # "made no decision to withdraw", "gave no order to fire": the act the denied noun
            # would carry is not done
            flips += 1
            break
        if arc == "acl" and marked_by_to(node) and cue_kinds(head) & {"future", "attempt"}:
            # "has no plans to attack", "abandoned their plans to hijack the ship", "thwarted
            # the pirates' attempt to board the tanker": the plan's or the attempt's negation
            # and fate are the act's
            flips += int(_negated(head))
            node = head
            continue
        # a wrapper's infinitive the parse hangs as a purpose clause ("did not step up to oppose")
        wrapped = arc == "advcl" and infinitive_clause(node) and bool(cue_kinds(head) & TRANSPARENT_KINDS)
        # "acomp": the copula's "not" is its complement's ("was not satisfied with the reply");
        # "nsubjpass": a passive's subject is its object ("the probe was dropped", "talks were
        # not held")
        if arc not in CARRYING_ARCS and not wrapped:
            break
        if arc == "ccomp" and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            # a clause with its own subject has its own polarity, but for the "not" of a verb of
            # belief, which is its clause's: "I don't think we can surrender" says we cannot
            flips += int(BELIEF in cue_kinds(head) and _negated(head))
            break
        kinds = cue_kinds(head, via=node if arc == "prep" else None)
        if not (first or kinds & TRANSPARENT_KINDS):
            break
        flips += int(_negated(head) or (bool(kinds & {PARTICIPATION}) and _copula_negated(head)))
        ended += int(bool(kinds & NEGATING_KINDS))
        unreal = unreal or _unreal(head)
        if not kinds & TRANSPARENT_KINDS:
            break
        node, first = head, False
    flips += 0 if unreal else ended
    return "negated" if flips % 2 else "affirmed"


def _embedded_coordination(verb: Token) -> Token | None:
    """ "is not working to dismantle the gangs and arrest the smugglers": a conjunct with no subject
    of its own in an infinitive or a clause shares the words above its first conjunct, and their
    negation; the first conjunct, to walk up from."""
    shared = _conjunct_head(verb)
    if shared is None or shared.dep_ not in ("xcomp", "ccomp", "pcomp", "advcl"):
        return None
    return None if any(c.dep_ in SUBJECT_DEPS for c in verb.children) else shared


def _copula_negated(predicate: Token) -> bool:
    """ "was not responsible for the attack", "was never complicit in the massacre": an adjective
    predicate's negation is on its copula, which the parse makes its head."""
    return predicate.dep_ == "acomp" and _negated(predicate.head)


def _complement_denied(verb: Token) -> bool:
    """ "Pleaded not guilty": the "not" of a verb's fixed adjective denies the verb's act (a plea
    of guilt denied is a denial of it)."""
    return any(
        c.dep_ in ("acomp", "oprd") and any(g.dep_ == "neg" for g in c.children) for c in verb.children
    )


def _shares_a_negation(verb: Token) -> bool:
    """A conjunct with no auxiliary or subject of its own under a negated auxiliary: "did not
    enter the village or burn any homes", "has not withdrawn its troops or apologized" deny both
    acts; "did not attack the town but shelled the bridge" says the second was done."""
    shared = _conjunct_head(verb)
    if shared is None or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if any(c.dep_ == "cc" and c.lower_ in CONTRASTS for c in shared.children if c.i < verb.i):
        return False
    return any(c.dep_ in ("aux", "auxpass") for c in shared.children) and any(
        (c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATORS)) and not _additive(c)
        for c in shared.children
    )


def _joined_by_nor(verb: Token) -> bool:
    """A verb joined by "nor" is denied as the one before it: "did not invite the preacher, nor
    do we endorse his views", "neither confirmed nor denied the report" deny the second act,
    whether it has a subject of its own or not; "and", "or" and "but" deny nothing."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return False
    joiners = [c for c in (*verb.head.children, *verb.children) if c.dep_ == "cc" and c.i < verb.i]
    return any(c.lower_ == "nor" for c in joiners)


# Conjunctions after which a second act stands against a denied first ("not X but Y").
CONTRASTS = frozenset({"but", "yet"})


def _yet_to_come(verb: Token) -> bool:
    """ "have yet to agree", "Sudan has yet to respond", "is yet to be signed": not done so far, as
    "has not yet agreed" (modality_cues.tsv `hitherto`): negated, no refusal and no intent."""
    return (
        infinitive_clause(verb)
        and verb.head.i != verb.i
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.head.children)
    )


def _object_denied(verb: Token) -> bool:
    """ "reached no agreement", "sent no troops", "made no concessions": a verb's act is denied
    by "no" on its object."""
    return any(c.dep_ == "dobj" and denied_by_no(c) for c in verb.children)


def denied_by_no(noun: Token) -> bool:
    """ "no talks", "no agreement", "No militants": a noun denied by its determiner "no" (which
    the parse takes for a number after an adverb: "absolutely no room")."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ == "no" for c in noun.children)


# Focus adverbs that make a "not" additive: "isn't just attacking X but also Y", "did not merely
# criticise the ruling, it appealed it": the act is affirmed and more is added to it.
ADDITIVE_FOCUS = frozenset({"just", "only", "merely", "simply", "solely"})


def _additive(negator: Token) -> bool:
    """ "not just", "not only", "n't merely": the negation says the act is not all there is, and
    denies nothing of it."""
    after = negator.i + 1
    return after < len(negator.doc) and negator.doc[after].lower_ in ADDITIVE_FOCUS


def _negated(token: Token) -> bool:
    """A negation of the word itself ("did not meet", "never recognised", "no talks"); "not only"
    and "not just" add, they do not negate."""
    return denied_by_no(token) or any(
        (c.dep_ == "neg" and not _additive(c))
        or (c.dep_ == "advmod" and not _additive(c) and (c.lower_ in NEGATORS or _no_longer(c)))
        # "Neither can Beijing allow ...": a fronted "neither" the parse hangs on the verb; "Neither
        # Kenya nor Uganda sent troops": on its subject, which denies the act of both
        or (c.dep_ == "preconj" and c.lower_ == "neither")
        or (c.dep_ in ("nsubj", "nsubjpass") and _neither(c))
        for c in token.children
    )


def _neither(noun: Token) -> bool:
    """ "Neither Kenya nor Uganda": a noun denied with its conjuncts."""
    return any(g.dep_ in ("preconj", "det") and g.lower_ == "neither" for g in noun.children)


# Where a word of sufficiency says how much of the act there is: on the verb ("does not help
# enough"), or on its object or the one it is done for ("isn't offering enough veterans the
# treatment", "did not send sufficient aid").
MEASURED_DEPS = frozenset({"dobj", "dative", "nsubjpass"})
AMOUNT_DEPS = frozenset({"amod", "advmod", "det", "npadvmod"})


def falls_short(token: Token) -> bool:
    """ "The agency isn't offering enough veterans the treatment", "the donors did not send
    sufficient aid": a negated act measured by a word of sufficiency (modality_cues.tsv
    `shortfall`) is a verdict that there is too little of it, not a refusal: nothing was asked
    and turned down. PLOVER 2.0's REJECT is a refusal or a rejection; such a trigger stays
    negated ("did not accept the offer" still rejects it). So is a negated act told with an adverb
    of the time until then ("had not previously endorsed him", "has not yet invited her"): it had
    not happened so far, and no one refused it. So is an act put off ("delayed lifting the ban",
    "postponed easing the curfew"): not done yet, and not refused."""
    if _yet_to_come(token) or _put_off(token):
        return True
    if any(c.dep_ == "advmod" and HITHERTO in cue_kinds(c) for c in token.children):
        return True
    measured = [token, *(c for c in token.children if c.dep_ in MEASURED_DEPS)]
    return any(
        c.dep_ in AMOUNT_DEPS and SHORTFALL in cue_kinds(c) for m in measured for c in m.children
    ) or any(c.dep_ in MEASURED_DEPS and SHORTFALL in cue_kinds(c) for c in token.children)


def _put_off(token: Token) -> bool:
    """The act a verb of postponing takes as its gerund, infinitive or object ("delayed lifting the
    ban", "postponed the talks", "the talks were postponed")."""
    return token.dep_ in ("xcomp", "dobj", "nsubjpass") and POSTPONEMENT in cue_kinds(token.head)


def ceases(token: Token) -> bool:
    """Whether the trigger's negation ends what went on until now: "would no longer defend him",
    "does not back her anymore", "stopped supporting the government". Withdrawn support is an act
    of its own (`code.py` `_reading`), where "did not back the bill" only says nothing happened."""
    if any(c.dep_ == "advmod" and _from_now_on(c) for c in token.children):
        return True
    return token.dep_ in ("xcomp", "pcomp") and "terminative" in cue_kinds(token.head)


def _from_now_on(adverb: Token) -> bool:
    """ "no longer", "any longer", "anymore": the act is denied from now on, not just once."""
    if adverb.lower_ == "anymore":
        return True
    return adverb.lower_ == "longer" and any(c.lower_ in ("no", "any") for c in adverb.children)


def _no_longer(adverb: Token) -> bool:
    """ "would no longer defend him", "no longer supports the plan": "no" hangs on "longer", and
    denies the act from now on."""
    return adverb.lower_ == "longer" and any(c.lower_ == "no" for c in adverb.children)


def modality(
    token: Token,
    sent: SpacySpan,
    sources: tuple[Mention, ...],
    speakers: Callable[[Token], list[Mention]],
    carrier: Token | None = None,
) -> Modality:
    """actual | future | hypothetical | reported; `speakers` gives the actors speaking at a verb.

    `carrier`: the verb a nominal trigger's rule names as carrying it ("ordered an
    investigation"): what embeds the act is looked for above that verb, not at it.
    """
    if span_text(sent).rstrip().endswith("?"):
        return "hypothetical"
    cues = load_cues().words
    chain = _governing_chain(token)
    if _not_done(token, chain, carrier):
        return "hypothetical"
    if any(_has_child_cue(t, "future", ("aux",)) for t in (token, _conjunct_head(token)) if t is not None):
        # "analysts say Iran will negotiate": another side's forecast, no intent Iran states
        return "hypothetical" if _forecast_by_another(chain, sources, speakers, cues) else "future"
    if _subject_of_future(token):
        return "future"  # "Obama's veto is expected to come before Friday"
    if _to_be_done(token, carrier):
        return "future"  # "Rice was to ask the United Nations", "the planned visit"
    if _temporal_present(carrier if carrier is not None else token):
        # "faces life in prison when he's sentenced in May", "talks resume once the hostages are
        # freed": a condition of the main clause, no intent of its actors
        return "hypothetical"
    if _future_time(token, cues) and not _past_form(token):
        # "will resign next week"; "resigned the next year" stays past; foretold by another side,
        # a forecast (above)
        return "hypothetical" if _forecast_by_another(chain, sources, speakers, cues) else "future"
    # "plans to visit", "will ... after protesters stormed": a governing future cue, unless the
    # trigger itself is in a past form; a plan another side tells of ("Israel claimed Hamas was
    # planning to capture soldiers") is its claim, no intent the doers state (no threat made).
    governor = None if _past_form(token) else _future_governor(chain, _offered_word(token, carrier))
    if governor is not None:
        claimed = DESIGN in cue_kinds(governor) and _forecast_by_another(chain, sources, speakers, cues)
        return "hypothetical" if claimed else "future"
    if aim_of(carrier if carrier is not None else token):
        # "flew to Kabul to free the hostages": what a trip made is for ("would travel to Lisbon to
        # meet its leaders" tells a plan, its aim with it: future, above)
        return "hypothetical"
    return "reported" if _reported(chain, sources, speakers, cues) else "actual"


def _reported(
    chain: list[Token],
    sources: tuple[Mention, ...],
    speakers: Callable[[Token], list[Mention]],
    cues: dict[str, frozenset[str]],
) -> bool:
    """Told by a speaker of another country than the doers' ("X said Y attacked Z"), or by no one:
    "it is alleged that he ...", "he is said to have ..." is a claim no one makes. So is what a
    claim noun says (`claim_content`): "accusations that the army was arming rebels" are told
    by their author ("Khartoum's claim that ..."), else by no one the writer names."""
    for n, t in enumerate(chain[1:], start=1):
        if claim_content(chain[n - 1], t):
            speaker = speakers(t)
            return another_side(speaker, sources) if speaker else True
        if "report" in cues.get(t.lower_, frozenset()):
            speaker = speakers(t)
            if speaker:
                return another_side(speaker, sources)
            return t.i == chain[1].i and _unattributed(t)
    return False


# Sectors of those who speak for a state: one of no known country tells its own side's plans.
STATE_SECTORS = frozenset({"GOV", "MIL"})


def _forecast_by_another(
    chain: list[Token],
    sources: tuple[Mention, ...],
    speakers: Callable[[Token], list[Mention]],
    cues: dict[str, frozenset[str]],
) -> bool:
    """A future told by another side than the doers' (`_reported`): "analysts say Iran will
    negotiate" is their forecast. An official of no known country ("Russia will deploy troops, the
    defence minister said") speaks for the doers' side: their plan, as they state it."""

    def outsiders(verb: Token) -> list[Mention]:
        found = speakers(verb)
        if any(m.country is None and m.sector in STATE_SECTORS for m in found):
            return list(sources)
        return found

    return _reported(chain, sources, outsiders, cues)


def another_side(speakers: list[Mention], doers: tuple[Mention, ...]) -> bool:
    """Whether the speakers are of no country of the doers' ("Kenya said Ugandan troops shelled
    the town"): what they tell is theirs to claim, not the doers' own account."""
    return not ({m.country for m in speakers} & {m.country for m in doers})


# How the clause of what a claim noun says hangs on it: "reports that the army had shelled the
# town", "suspicions that Iran had supplied drones".
CLAIM_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "appos"})


def claim_content(part: Token, noun: Token) -> bool:
    """Is `part` what the claim noun `noun` (role_words.tsv class `claim`: "accusation",
    "allegation", "report", "suspicion") says: its "that" clause ("accusations that his army was
    arming rebels"; a relative clause's "that" is its subject or object, no mark: "the report
    that the UN published") or its "of" with a gerund ("allegations of arming rebels")? The act
    in it is alleged, as after "accused X of" or "said that"; a claim of one's own deed ("a claim
    of responsibility for the bombing") says no clause, and "the report found that" is the
    report speaking, with the act under its verb."""
    if part.head.i != noun.i or noun.lower_ not in role_words().claim:
        return False
    if part.dep_ in CLAIM_CLAUSE_DEPS and any(c.dep_ == "mark" and c.lower_ == "that" for c in part.children):
        return True
    if part.dep_ == "acl" and part.lower_.endswith("ing"):
        # "allegations of the army arming rebels": the parse hangs the gerund on the noun, its
        # subject left as the object of "of" before it ("reports circulating online" say nothing)
        return any(c.dep_ == "prep" and c.lower_ == "of" and c.i < part.i for c in noun.children)
    return (
        part.dep_ == "prep"
        and part.lower_ == "of"
        and any(c.dep_ in ("pcomp", "pobj") and c.lower_.endswith("ing") for c in part.children)
    )


def _unattributed(report: Token) -> bool:
    """ "It is alleged that", "was reported to have": a passive verb of saying with no "by" agent
    tells a claim, not a fact the writer stands behind."""
    return (
        any(c.dep_ == "auxpass" for c in report.children)
        and not any(c.dep_ == "agent" for c in report.children)
        and not _negated(report)  # "has not been reported": nothing is claimed
    )


def _governing_chain(token: Token) -> list[Token]:
    """The trigger and the words above it; a past conjunct the parse hangs on a modal's verb
    goes up from the higher clause it belongs to (`higher_clause_conjunct`)."""
    higher = higher_clause_conjunct(token)
    chain = [token, higher, *higher.ancestors] if higher is not None else [token, *token.ancestors]
    for n, (below, above) in enumerate(itertools.pairwise(chain)):
        if headline_clause(below, above):
            # the clause stands beside the verb after the semicolon, under what governs both
            # ('"They promised us much; nothing was done," the spokesman said')
            return chain[: n + 1] + chain[n + 2 :]
    return chain


def headline_clause(clause: Token, head: Token) -> bool:
    """A clause the parse hangs as the complement of a verb after a semicolon ("Ministers condemn
    border shooting; Kenya vows response"): two clauses of a headline, neither inside the other."""
    if clause.dep_ != "ccomp" or clause.i > head.i:
        return False
    # the parse may hang the semicolon on either verb ("denounce ... ; Obama, others vow")
    return any(t.lower_ == ";" for t in clause.doc[clause.i + 1 : head.i])


def _not_done(token: Token, chain: list[Token], carrier: Token | None) -> bool:
    """Conditional, demanded, possible, asked for, needed or supposed: not done."""
    if any(_has_child_cue(t, "hypothetical", ("mark",)) for t in _own_clause(chain)):
        return True
    if _supposed(chain[-1]):
        return True  # "Say Mexico demanded that the United States prove ..."
    if _demanded_clause(token) or _course_urged(token):
        return True  # "it is crucial that Alberta make the same investment", "talks are the only way"
    if _counterfactual(carrier if carrier is not None else token):
        return True  # "would have welcomed an appointment", "could have sent peacekeepers"
    if _has_child_cue(token, "possibility", ("amod",)) or _judged_possible(token) or _any_such(token):
        return True  # "a possible strike", "a meeting is possible", "any sanctions would hurt"
    if _possible_object(carrier if carrier is not None else token):
        return True  # "waiting could expose them to criticism", "the vote may draw sanctions"
    if _forecast(carrier if carrier is not None else token):
        return True  # "will probably shell the port", "is likely to deploy troops"
    if _unfulfilled(chain):
        return True  # "failed to deliver on his vow that the troops would leave"
    if _provision(carrier if carrier is not None else token):
        return True  # "a proposal that would allow forces to enter", "signed a deal to release"
    if _provision_continued(chain[-1]):
        return True  # "... unveiled a plan that would create a command. Members would also pool jets."
    bearers = _modal_bearers(token) + ([carrier] if carrier is not None else [])
    # "Libya must hand over the suspects": demanded; "the government could deny them permits":
    # possible
    if any(_has_child_cue(t, kind, ("aux",)) for t in bearers for kind in ("obligation", "hypothetical")):
        return True
    verb = carrier if carrier is not None else token
    # "urged Kenya to investigate": asked for; "people need to come together to reject it": called for
    return embedding_verb(verb) is not None or _needed(verb) or _aimed_at(verb)


def _own_clause(chain: list[Token]) -> list[Token]:
    """The governing chain up to a relative clause told in a past form of its own ("if the rebels had
    heeded the mediators who urged a ceasefire"): the urging happened, and the "if" above is the
    heeding's, not its. A relative clause with no tense of its own ("the envoys who would mediate")
    stays under what is above it."""
    for n, node in enumerate(chain):
        if node.dep_ == "relcl" and _past_form(node) and not _has_modal(node):
            return chain[: n + 1]
    return chain


def _has_modal(verb: Token) -> bool:
    """A modal or future auxiliary on the verb ("would urge", "might have urged")."""
    return any(c.dep_ == "aux" and _is_modal(c.lower_) for c in verb.children)


# Arcs from an act up to the verb of its clause: "make the same investment", "to hold talks on".
CLAUSE_CONTENT_DEPS = frozenset({"dobj", "pobj", "prep", "xcomp", "conj"})


def _demanded_clause(token: Token) -> bool:
    """A clause an adjective of necessity (modality_cues.tsv `deontic`) says must come about: its
    that-clause or infinitive, on the adjective or on its copula ("it is crucial that Alberta make
    the same investment", "it is vital for the army to withdraw"). A past clause under it tells
    what was done ("it was important that the army withdrew")."""
    node = token
    for _ in range(1 + FUTURE_REACH):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in ("ccomp", "advcl", "xcomp", "csubj") and not _past_form(node):
            adjectives = [head, *(c for c in head.children if c.dep_ == "acomp")]
            if any("deontic" in cue_kinds(a) for a in adjectives):
                return True
        if node.dep_ not in CLAUSE_CONTENT_DEPS:
            return False
        node = head
    return False


# Present forms of the copula and its kin that say what an act is, as a rule, not what it was.
PRESENT_COPULAS = frozenset({"is", "are", "'s", "'re", "remain", "remains"})


def _course_urged(noun: Token) -> bool:
    """An act's noun as the subject of a present copula whose predicate says it must come about
    (modality_cues.tsv `deontic`: "talks are the only way to peace", "sanctions remain the key",
    "dialogue is essential"): a course urged, told of no act that happened (stop 46: nouns naming
    a topic, not an occurrence). A past copula ("the talks were the key") tells of ones held."""
    if noun.dep_ != "nsubj" or noun.head.lower_ not in PRESENT_COPULAS:
        return False
    return any(c.dep_ in ("attr", "acomp") and "deontic" in cue_kinds(c) for c in noun.head.children)


def _judged_possible(noun: Token) -> bool:
    """An event noun its predicate says is possible, likely or unlikely (modality_cues.tsv
    `possibility`: "a meeting between the two leaders is possible", "Serbia's recognition of Kosovo
    remains unlikely", "talks are unlikely to resume"): what someone thinks may be, not done."""
    return noun.dep_ == "nsubj" and any(
        c.dep_ == "acomp" and "possibility" in cue_kinds(c) for c in noun.head.children
    )


def _any_such(noun: Token) -> bool:
    """An event noun as subject under "any" ("any sanctions on Russia would hurt Germany", "any
    hearing would be held in private"): whatever such act there may be, none in particular."""
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "det" and c.lower_ == "any" for c in noun.children
    )


def _possible_object(noun: Token) -> bool:
    """An event noun that a verb under a modal of possibility ("could", "might", "may") takes as
    its object or after its preposition ("delaying could expose the government to criticism from
    the opposition", "the vote might draw sanctions"): a possible consequence, not done and no one's
    intent. A noun of the act's circumstances ("could resign after the attack") is not what the
    verb brings about."""
    node = noun
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
        if node.head.lower_ in CIRCUMSTANCE_PREPS:
            return False
        node = node.head
    if node.dep_ not in ("dobj", "prep") or node.head.i == node.i:
        return False
    return _has_child_cue(node.head, "hypothetical", ("aux",))


def _aimed_at(verb: Token) -> bool:
    """Another's act that someone only tried to bring about: "tried to get Iran to agree", "sought
    to have the rebels release the hostages" (the infinitive with its own subject under a verb
    that is itself the infinitive of an attempt): aimed at, not done."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("ccomp", "xcomp", "advcl") or not marked_by_to(verb):
        return False
    own_doer = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if not own_doer and not any(c.dep_ == "dobj" for c in head.children):
        return False
    return head.dep_ == "xcomp" and head.head.i != head.i and "attempt" in cue_kinds(head.head)


# The words before an infinitive's "to" that make it a purpose clause whatever verb it hangs on:
# "in order to", "so as to" (the parse hangs "in order" as a prepositional phrase and "so as" as
# two marks, so the words are read, not the arcs).
PURPOSE_PHRASES = frozenset({("in", "order"), ("so", "as")})


def aim_of(verb: Token) -> bool:
    """Is the act of `verb` what another act is for: the infinitive of purpose of a journey or a
    dispatch (modality_cues.tsv `journey`: "flew to Kabul to free the hostages", "sent troops to
    quell the riot", "visited Hiroshima to honour the dead"), or any infinitive after "in order" or
    "so as"? It is aimed at, not done, and no promise either: the trip or the sending is the
    event. A conjunct shares it ("to free the hostages and apologise"), and so do an act tried or
    begun in it ("flew to Kabul to try to free them") and the event noun it takes as its object
    ("went to Gaza to broker a truce"). An infinitive of a phase, a decision or an attempt is no
    purpose ("moved to free", "voted to free", "tried to free"). Some purposes are served by the
    journey itself: help or protection gone or sent to give (role_words.tsv `protecting`: "sent
    funding to help the flood victims", "troops arrived to help") is given, and what a letter or a
    message is sent to say is said ("sent a letter to urge talks"). So is what forces are given the
    means for (modality_cues.tsv `equipping`): "trained local fighters to fight the militants",
    "armed the rebels to attack the base": the training or the arming is the event."""
    node = verb.head if verb.dep_ == "dobj" else verb
    for _ in range(1 + FUTURE_REACH):
        node = _purpose_conjunct_head(node) or node
        if not (node.dep_ == "xcomp" and cue_kinds(node.head) & TRANSPARENT_KINDS):
            break
        node = node.head
    to = next((c for c in node.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or node.head.i == node.i or any(c.dep_ in SUBJECT_DEPS for c in node.children):
        return False
    words = role_words()
    if verb.lower_ in words.protecting or node.lower_ in words.protecting:
        return False
    if to.i >= 2 and (to.nbor(-2).lower_, to.nbor(-1).lower_) in PURPOSE_PHRASES:
        return True
    head = node.head
    # means given by a verb only: on a noun ("sent arms to fight", "funding to rebuild") the
    # infinitive says what the thing sent is for, as a journey's does
    given = _is_kind(head.lower_, EQUIPPING) and node.dep_ != "acl"
    means = _is_kind(head.lower_, JOURNEY) or given
    if not means or not (node.dep_ == "advcl" or purpose_infinitive(node)):
        return False
    return not any(c.dep_ == "dobj" and c.lower_ in words.writing | words.carrier for c in head.children)


def _purpose_conjunct_head(verb: Token) -> Token | None:
    """The first conjunct whose purpose a conjunct shares: "to free the hostages and (to) reopen the
    port"; one with an auxiliary of its own other than "to" ("and has freed them") or that belongs
    to a higher clause (`higher_clause_conjunct`) tells its own act."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or higher_clause_conjunct(verb) is not None:
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children):
        return None
    return and_holder(verb) or verb.head


def _forecast(verb: Token) -> bool:
    """What someone foresees, no intent its actor states: a future under an adverb of likelihood
    ("the army will probably shell the port", "Ethiopia will likely send soldiers"), or the
    infinitive of a predicate adjective of likelihood ("Russia is likely to deploy troops"). A
    hedge on a past act ("the army likely shelled the port") tells it as done."""
    for node in (verb, _conjunct_head(verb)):
        if node is None:
            continue
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in node.children)
        if future and _has_child_cue(node, "possibility", ("advmod",)):
            return True
    head = verb.head
    if not infinitive_clause(verb) or head.i == verb.i or "possibility" not in cue_kinds(head):
        return False
    if head.dep_ == "acomp":
        return True
    # "Russia is expected to send troops", "the army is set to withdraw": a passive of foreseeing
    # says what others expect of the subject, no intent it states; "is feared to have killed"
    # tells a past act as claimed (the perfect), not foreseen
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return passive and not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def _unfulfilled(chain: list[Token]) -> bool:
    """A clause with its own subject under a verb of failure: what someone failed to bring about
    or to deliver on ("failed to deliver on his vow that the army would leave the valley", "failed
    to ensure that the militia disarmed") did not happen, and the clause's doer did not do it; nor
    did what someone failed to get another to do, the infinitive of the object of a verb that
    brings it about ("failed to persuade the militia to disarm", "failed to force the town to
    surrender"). A failure of the trigger's own verb ("failed to arrest him") is its negation
    (`polarity`)."""
    own_clause = False
    for below, above in itertools.pairwise(chain):
        if "failure" in cue_kinds(above) and own_clause:
            return True
        own_clause = (
            own_clause
            or (
                below.dep_ in ("ccomp", "acl")
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children)
            )
            or _object_infinitive(below, above)
        )
    return False


def _object_infinitive(clause: Token, verb: Token) -> bool:
    """ "persuade the militia to disarm", "force the town to surrender": the infinitive of what a
    verb's object is brought to do, the object's act and not the verb's subject's."""
    return (
        clause.dep_ in ("xcomp", "advcl")
        and marked_by_to(clause)
        and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        and any(c.dep_ == "dobj" for c in verb.children)
    )


COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should", "'d"})


def _counterfactual(verb: Token) -> bool:
    """A modal with the perfect: what would have been done and was not ("I would have welcomed
    an appointment", "the UN could have sent peacekeepers"); a conjunct shares its first
    conjunct's auxiliaries ("would have invaded and annexed")."""
    for node in (verb, _conjunct_head(verb)):
        if node is None:
            continue
        auxes = {c.lower_ for c in node.children if c.dep_ == "aux"}
        if auxes & COUNTERFACTUAL_MODALS and "have" in auxes:
            return True
    return False


def _supposed(root: Token) -> bool:
    """A sentence opened by an imperative of supposing ("Say Mexico demanded ...", "Suppose Iran
    closed ..."): its first word, governing a clause with no subject of its own, or hung by the
    parse on the main verb as a mere modifier ("Say" as an auxiliary)."""
    first = root.sent[0]
    if "supposition" not in cue_kinds(first):
        return False
    if first.i == root.i:
        return not any(c.dep_ in SUBJECT_DEPS for c in root.children) and any(
            c.dep_ == "ccomp" for c in root.children
        )
    return first.head.i == root.i and first.dep_ in ("aux", "advmod", "intj", "dep")


def _modal_bearers(token: Token) -> list[Token]:
    """The verbs whose modal auxiliary scopes over the trigger: its own, the first conjunct's it
    shares ("could reverse the rules or decline"), and those of the verbs it is the infinitive of
    ("could decide to attack", "could ... decline to appeal") or the participle adjunct of
    ("could deploy the courts against it, pushing for reviews": the same act, its manner), and that
    of the phase verb an event noun is the subject of ("talks could resume": the talks are only
    possible, as "could resume talks" makes them)."""
    found = [token, token.head] if _phase_subject(token) else [token]
    node = token
    for _ in range(1 + FUTURE_REACH):
        shared = _conjunct_head(node)
        if shared is not None:
            found.append(shared)
            node = shared
        if not (
            infinitive_clause(node)
            or _allowed_infinitive(node)
            or _participle_adjunct(node)
            or _wrapped_gerund(node)
        ):
            break
        if node.head.i == node.i:
            break
        node = node.head
        found.append(node)
    return found


def _phase_subject(token: Token) -> bool:
    """The subject of a verb that begins, goes on with or resumes it ("the talks could resume")."""
    return token.dep_ == "nsubj" and "aspectual" in cue_kinds(token.head)


def modals_over(token: Token) -> list[Token]:
    """The words that may carry a modal reading over the trigger's act: the verbs whose modal scopes
    over it (`_modal_bearers`) and their auxiliaries ("must" of "must release the sailors and
    apologise", "needs" of "needs to hand over the suspects")."""
    bearers = _modal_bearers(token)
    return [*bearers, *(c for b in bearers for c in b.children if c.dep_ == "aux")]


def _allowed_infinitive(verb: Token) -> bool:
    """The infinitive with a subject of its own that the parse hangs as a clause ("must allow the Red
    Cross to deliver food", "should permit inspectors to visit"): a modal on the verb above reaches it."""
    return verb.dep_ == "ccomp" and marked_by_to(verb)


def _wrapped_gerund(verb: Token) -> bool:
    """The gerund a wrapper takes ("must stop portraying", "could keep shelling"): the wrapper's
    modal scopes over the act it wraps."""
    head = verb.head
    return verb.dep_ == "xcomp" and verb.lower_.endswith("ing") and bool(cue_kinds(head) & TRANSPARENT_KINDS)


def _unreal(verb: Token) -> bool:
    """A verb under a modal of demand or possibility ("must stop", "could cease"): a wrapper that
    is only asked for or possible ends nothing yet."""
    kinds = ("obligation", "hypothetical")
    return any(_has_child_cue(v, kind, ("aux",)) for v in _modal_bearers(verb) for kind in kinds)


def _participle_adjunct(verb: Token) -> bool:
    """A bare participle clause on a verb ("..., pushing for reviews"), no "while" or "after"."""
    # the parse has no tags: the form says it
    unmarked = not any(c.dep_ == "mark" for c in verb.children)
    return verb.dep_ == "advcl" and verb.lower_.endswith("ing") and unmarked


def _conjunct_head(token: Token) -> Token | None:
    """The first conjunct of a verb with no auxiliary of its own, which it shares."""
    if token.dep_ != "conj" or token.head.i == token.i:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    if higher_clause_conjunct(token) is not None:
        return None
    return and_holder(token) or token.head


# Arcs by which a modal's clause hangs on the verb of a higher clause.
LOWER_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})


def higher_clause_conjunct(token: Token) -> Token | None:
    """The verb of the higher clause a past-form conjunct belongs to, when the parse hangs it on
    a modal's bare verb: "said the speaker should focus on the budget, and mocked him" (a bare verb
    after "should" cannot be past, so "mocked" is the saying subject's own act, done); else None.
    The parse has no tagger: the past is read from the form (`past_word`)."""
    head = token.head
    if token.dep_ != "conj" or head.i == token.i or head.dep_ not in LOWER_CLAUSE_DEPS:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    modal = any(c.dep_ == "aux" and _is_modal(c.lower_) for c in head.children)
    if not modal or past_word(head.lower_) or not past_word(token.lower_):
        return None
    return head.head if head.head.i != head.i else None


# Arcs of a verb that a lower clause's "and" can hang on.
VERB_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "pcomp", "conj"})


def and_holder(token: Token) -> Token | None:
    """The lower verb whose "and" a verb conjunct follows, when the parse hangs the conjunct on a
    higher verb instead: in "has a hard task in proving that his client did not fire the gun and,
    in the end, kill the guard" the parse makes "kill" a sister of "has", but the "and" is
    "fire"'s and so is the killing (denied with it). Else None."""
    head = token.head
    if token.dep_ != "conj" or head.i >= token.i or any(c.dep_ == "cc" for c in token.children):
        return None
    if any(c.dep_ == "cc" and c.i < token.i for c in head.children):
        return None  # the higher verb holds an "and" of its own
    own = {t.i for t in token.subtree}
    between = [t for t in token.doc[head.i + 1 : token.i] if t.i not in own and not t.is_punct]
    if not between or between[-1].dep_ != "cc":
        return None  # only the conjunct's own words ("in the end") and commas may follow its "and"
    holder = between[-1].head
    lower = holder.i != head.i and head in holder.ancestors and holder.dep_ in VERB_CLAUSE_DEPS
    if not lower or any(c.dep_ == "conj" for c in holder.children):
        return None
    return holder


def _is_modal(word: str) -> bool:
    """A modal auxiliary, whose verb is bare: "should", "must", "could", "will"."""
    return word in BARE_VERB_MODALS or _is_kind(word, "obligation")


# Nouns of what would be done if adopted; a modal in their relative clause states a provision.
PROVISIONS = frozenset(
    {
        "proposal",
        "proposals",
        "plan",
        "plans",
        "bill",
        "bills",
        "law",
        "laws",
        "resolution",
        "resolutions",
        "measure",
        "measures",
        "draft",
        "amendment",
        "amendments",
        "legislation",
        "deal",
        "deals",
        "agreement",
        "agreements",
        "accord",
        "accords",
        "pact",
        "treaty",
        "treaties",
        "motion",
        "initiative",
        "provision",
        "provisions",
        "rule",
    }
)
CONDITIONAL_MODALS = frozenset({"would", "could", "might", "may", "will", "shall"})
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})  # a noun's place
BE_FORMS = frozenset({"is", "are", "am", "was", "were", "'s", "'re", "be"})  # the parse has no lemmas
PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'s", "'re", "will"})
# The auxiliaries of a main clause set in time to come ("won't" is "wo" + "n't").
FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "shall", "wo"})
# The modals whose verb is bare (`_is_modal`).
BARE_VERB_MODALS = CONDITIONAL_MODALS | FUTURE_AUXILIARIES | COUNTERFACTUAL_MODALS


def _subject_of_future(token: Token) -> bool:
    """An event noun as the subject of what is to come: "the visit will take place in May", "the
    veto is expected to come before Friday", "the talks are set to resume"."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i == token.i:
        return False
    head = token.head
    if _has_child_cue(head, "future", ("aux",)):
        return True
    present = any(c.dep_ in ("aux", "auxpass") and c.lower_ in PRESENT_AUXILIARIES for c in head.children)
    return present and bool(cue_kinds(head) & FUTURE_KINDS)


def _provision(verb: Token) -> bool:
    """What a proposal, bill or resolution would do: a relative clause with a modal on a noun of
    the PROVISIONS class, or the infinitive such a clause governs ("a proposal that would allow
    forces to enter", "a bill that would impose sanctions", "a bill that would allow families to
    sue the government"), or the event noun such a clause has for its object ("a truce plan that
    would include talks in Cairo"), or the terms a bill or a settlement states in an infinitive
    (`_terms_of`): hypothetical, nobody's intent."""
    if _terms_of(verb):
        return True
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "would include a ceasefire, as well as meetings in Cairo"
    if _under_a_provision(verb):
        return True
    # the infinitive with a subject of its own is the leave the clause gives ("a bill that would
    # allow families to sue"): what it allows is the provision's content as much as "to impose"
    complement = infinitive_clause(verb) or _allowed_infinitive(verb) or verb.dep_ == "dobj"
    governing = verb.head if complement else None
    for node in (verb, governing):
        if node is None or node.dep_ != "relcl" or node.head.i == node.i:
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in node.children)
        if modal and node.head.lower_ in PROVISIONS:
            return True
    return False


# The modals of what a plan would have its parties do ("under the plan, Turkey would withdraw"): the
# conditional ones but "will" and "shall", the future of an act the plan's parties set in motion.
PLAN_MODALS = CONDITIONAL_MODALS - {"will", "shall"}


def _under_a_provision(verb: Token) -> bool:
    """ "Under the proposal, Turkey would withdraw its troops", "under the Norwegian plan, the rebels
    would free their hostages": a clause with a conditional modal whose "under" phrase names a plan,
    bill or deal says what it provides, no act done or intended by its subject ("under the deal signed
    in May, Turkey withdrew" tells the act)."""
    if not any(c.dep_ == "aux" and c.lower_ in PLAN_MODALS for c in verb.children):
        return False
    return any(
        g.dep_ == "pobj" and g.lower_ in PROVISIONS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "under"
        for g in c.children
    )


# How many sentences back a plan's content may go on in main clauses of its own.
PROVISION_REACH = 3


def _provision_continued(root: Token) -> bool:
    """A main clause with a conditional modal after a sentence that tells what a plan, proposal or
    bill would do ("France and Germany unveiled a proposal that would create a joint command.
    Member states would also pool their tankers."): it goes on stating the plan's content, no act
    done or promised by its subject, as far as main clauses with such a modal go on. A sentence
    with a verb of saying between ends the plan's account; a clause under a speaker in its own
    sentence is no main clause (`root` is the sentence's root)."""
    if root.dep_ != "ROOT" or not any(c.dep_ == "aux" and c.lower_ in PLAN_MODALS for c in root.children):
        return False
    start = root.sent.start
    for _ in range(PROVISION_REACH):
        if start == 0:
            return False
        sent = root.doc[start - 1].sent
        if any(_states_a_provision(t) for t in sent):
            return True
        if sent.root.dep_ == "ROOT" and any(
            c.dep_ == "aux" and c.lower_ in PLAN_MODALS for c in sent.root.children
        ):
            return _provision_continued(sent.root)  # the plan's account goes on
        if "report" in cue_kinds(sent.root):
            return False
        start = sent.start
    return False


def _states_a_provision(verb: Token) -> bool:
    """A relative clause with a conditional modal on a plan, bill or deal ("a proposal that would
    create a joint command"), or a clause under such a noun's "under" phrase."""
    if not any(c.dep_ == "aux" and c.lower_ in PLAN_MODALS for c in verb.children):
        return False
    if verb.dep_ == "relcl" and verb.head.lower_ in PROVISIONS:
        return True
    return _under_a_provision(verb)


def _to_be_done(token: Token, carrier: Token | None) -> bool:
    """An act still to come by its form: "be" with the act's infinitive ("Rice was to ask", "the
    minister is to visit Beijing") or an event noun so described ("the planned visit", "the
    proposed sanctions"); "yet to" ("have yet to agree") is not done so far (`polarity`), no plan."""
    if _has_child_cue(token, "prospect", ("amod",)):
        return True
    verb = carrier if carrier is not None else token
    if _yet_to_come(verb):
        return False
    return (
        verb.dep_ == "xcomp"
        and marked_by_to(verb)
        and verb.head.lower_ in BE_FORMS
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


# Nouns of a settlement whose terms an infinitive states, also when the parse hangs the
# infinitive on the verb that signs or reaches it ("signed a deal to release prisoners").
# An actor's plan or proposal is its intent (future, read by the cues), not terms agreed.
SETTLEMENTS = frozenset({"deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "treaty"})
INTENTS = frozenset({"proposal", "proposals", "plan", "plans", "initiative", "draft"})
TERMS = PROVISIONS - INTENTS  # what an infinitive on the noun states as terms


def _terms_of(verb: Token) -> bool:
    """The infinitive that states what a bill or a settlement provides: "an agreement to
    allow Cuban ships to dock", "a bill to impose sanctions", "signed a deal to release
    prisoners". The act is agreed or proposed, not yet done (the signing is the event)."""
    if not marked_by_to(verb) or verb.head.i == verb.i:
        return False
    head = verb.head
    if verb.dep_ in ("acl", "relcl"):
        return head.lower_ in TERMS
    return verb.dep_ == "advcl" and any(
        c.dep_ == "dobj" and c.lower_ in SETTLEMENTS and c.i < verb.i for c in head.children
    )


def _temporal_present(verb: Token) -> bool:
    """A time clause in the present passive speaks of what is to come: "when he's sentenced",
    "once the hostages are freed", "until the troops are withdrawn" (an active present may be
    a headline's past: "police arrest man after he stabs two"); so does one in the active present
    under a main verb in the future: "will not lift the embargo until Cuba frees the prisoners"."""
    if verb.dep_ != "advcl" or not any(
        m.lower_ in TIME_MARKS for m in verb.children if m.dep_ in ("mark", "advmod")
    ):
        return False
    if any(c.dep_ == "auxpass" and c.lower_ in PRESENT_AUXILIARIES - {"will"} for c in verb.children):
        return True
    future_main = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.head.children)
    return future_main and not _past_form(verb) and not any(c.dep_ == "aux" for c in verb.children)


def _needed(token: Token) -> bool:
    """The act of an infinitive under a verb of obligation in a present form ("Kenya needs to
    withdraw", "has to withdraw"), also through the purpose clause of an act so governed ("need to
    come together to reject") or its participle adjunct, the manner of it ("will have to pursue a
    slower approach, negotiating deals one by one": demanded, no intent). "Officials had to use a
    Taser", "needed to" in the past, may well have been done."""
    node = token
    for _ in range(FUTURE_REACH):
        if node.head.i != node.i and _participle_adjunct(node):
            node = node.head  # "has to pursue a new approach, negotiating deals": its manner
        if node.head.i == node.i or not infinitive_clause(node):
            return False
        head = node.head
        if ("obligation" in cue_kinds(head) and not _past_form(head)) or _have_to(node):
            return True
        node = head
    return False


# Present forms of "have" that, with "to", say what must be done ("has to investigate").
HAVE_PRESENT = frozenset({"have", "has", "'ve"})


def _have_to(infinitive: Token) -> bool:
    """ "Congress has to investigate", "we've got to back away", "they'd have to shoot him": an
    obligation, no act done ("had to withdraw", "had got to", past, may well have been; "have yet
    to agree" is not done so far, read as negated). The tense is the present "have"'s, not "got"'s."""
    head = infinitive.head
    if _yet_to_come(infinitive):
        return False
    if head.lower_ in HAVE_PRESENT:
        return True
    return head.lower_ == "got" and any(
        c.dep_ == "aux" and c.lower_ in HAVE_PRESENT | {"'s"} for c in head.children
    )


def marked_by_to(verb: Token) -> bool:
    """A verb with the infinitive's "to": "to withdraw"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def infinitive_clause(verb: Token) -> bool:
    """An infinitive complement or purpose clause: "needs to withdraw", "met to reject"."""
    return verb.dep_ in ("xcomp", "advcl") and marked_by_to(verb)


def _offered_word(token: Token, carrier: Token | None) -> Token | None:
    """The verb that says a word of feeling by offering it ("offered his condolences"), which is
    then no cue of intent; None for any other trigger."""
    return carrier if carrier is not None and token.lower_ in role_words().uttered else None


def _future_governor(chain: list[Token], saying: Token | None = None) -> Token | None:
    """The future cue within FUTURE_REACH arcs above the trigger: a "will" on a governing verb,
    or a verb or noun of intent or decision governing it as a complement. A conjunct shares its
    first conjunct's place, so its arc counts for none ("threats to close the ports and impose
    tariffs"). `saying`: a verb that offers a word of feeling, itself no intent."""
    reach = 0
    for below, t in itertools.pairwise(chain):
        # a phrasal cue's preposition is part of it: "committed to holding talks" as "plans to hold
        # talks"; a phase of the act is the act ("vowed to keep sending aid" as "vowed to send aid")
        reach += below.dep_ != "conj" and not phrasal_preposition(below, t) and not _phase_of(below, t)
        if reach > FUTURE_REACH or _own_tense(below):
            break
        if _has_child_cue(t, "future", ("aux",)):
            return t
        if saying is not None and t.i == saying.i:
            continue
        if below.dep_ == "prep" and below.lower_ in role_words().within:
            continue  # "during their talks, they agreed to ...": when, not what is agreed
        if (below.dep_ in COMPLEMENT_DEPS or intended_infinitive(below, t)) and cue_kinds(t) & FUTURE_KINDS:
            if t.dep_ in NOUN_DEPS and below.dep_ in ("ccomp", "acl") and not marked_by_to(below):
                continue  # "made threats that they'd have to shoot him": the clause is another's
            if _enacted(t):
                continue  # "launched a plan to offer loans": the plan is in effect, its act done
            return t
    return None


def _enacted(noun: Token) -> bool:
    """A plan put into effect ("launched a plan to offer loans", "has rolled out a plan to fund
    clinics"): a noun of intent that a verb of enactment
    (modality_cues.tsv `enactment`) in a past form takes as its object or passive subject. The act
    it sets going is done, as the launching of a programme is; "will launch a plan to" is still
    an intent, "announced a plan to" too (an announcement is no enactment)."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    return ENACTMENT in cue_kinds(verb) and _past_form(verb)


RELATIVE_WORDS = frozenset({"which", "that", "who", "whom", "whose", "what"})


def _own_tense(clause: Token) -> bool:
    """A relative clause with a subject of its own, not its relative word ("fears it would amount to
    an amnesty, which the ministry today rejects"): told in its own tense, and a "would" or "will"
    of the clause it hangs on is not its. ("a unit that investigates", with the relative word as
    subject, is what the unit is to do.)"""
    return clause.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_WORDS for c in clause.children
    )


def _phase_of(act: Token, wrapper: Token) -> bool:
    """ "kept sending", "continue to shell": `act` is the infinitive or gerund of an aspectual verb."""
    return act.dep_ == "xcomp" and "aspectual" in cue_kinds(wrapper)


def intended_infinitive(clause: Token, verb: Token) -> bool:
    """ "vowed on Sunday to shell the port": with an adjunct between, the parse hangs what a verb of
    intent intends as an adverbial clause; with no object on the verb it is no purpose of an object
    ("pledged money to rebuild the school" states what the money is for)."""
    return (
        clause.dep_ == "advcl"
        and marked_by_to(clause)
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    )


def phrasal_preposition(prep: Token, verb: Token) -> bool:
    """Is `prep` the preposition of a phrasal cue on `verb` ("committed to", "insisted on")?"""
    return prep.dep_ == "prep" and (verb.lower_, prep.lower_) in load_cues().phrasal


def decided(token: Token, carrier: Token | None = None) -> frozenset[str] | None:
    """The cue kinds of the decision whose act the trigger is, as the infinitive of a decision
    ("decided to expel") or the noun that infinitive carries ("agreed to impose sanctions"); None
    when it is no decided act, or an act of someone the clause names ("agreed to let inspectors
    inspect"). An "agreement" among the kinds makes it an agreement between parties."""
    verb = carrier if carrier is not None else token
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    kinds = cue_kinds(verb.head)
    return kinds if "decision" in kinds else None


def embedding_verb(token: Token) -> Token | None:
    """The word that asks for, refuses or discusses the act of `token`, else None.

    "called on the militia to free the hostages and apologise", "refused to withdraw the
    bill", "demanded that Israel release the prisoners", "discussed sending troops",
    "rejected talks", "called for sanctions", "a proposal by X for Y to withdraw". Also an act
    someone else is to do under a verb of intent: "wants Putin to attack", "expects Iran to"; and
    under a verb of wishing (modality_cues.tsv `wish`), through a verb of seeing too: "would like
    to see Tokyo agree".
    The walk goes up through embedding arcs only: "Kenya urged restraint and attacked Somalia"
    attacked; "X said Y attacked" is a report (see `modality`).
    """
    node = token
    of_another = False  # see `_told_of_another`
    while node.head.i != node.i and node.dep_ in EMBEDDING_DEPS:
        arc, head = node.dep_, node.head
        of_another = _told_of_another(node, of_another)
        if arc == "conj" or (arc == "pobj" and head.dep_ == "prep"):
            # a sibling act, or the preposition on the way up to its verb
            node = (higher_clause_conjunct(node) or and_holder(node) if arc == "conj" else None) or head
            continue
        if (
            arc == "prep"
            and node.lower_ not in SCOPE_PREPS
            and not phrasal_preposition(node, head)
            and APPREHENSION not in cue_kinds(head, via=node)
        ):
            # "after talks", "in Geneva": a circumstance, not what is asked for; a phrasal cue's own
            # preposition ("warned Iran against closing the strait") is what it asks, and "fears of
            # an offensive", "warned of sanctions" is what is dreaded
            return None
        if arc == "acl" and _participle_of_possessed(node, head):
            # "urged the president to cancel his decision allowing imports": what the possessor's
            # decision, ban or order does is presupposed, there before anyone asked
            return None
        via = node if arc == "prep" else _for_mark(node) if arc == "advcl" else None
        if arc == "advcl" and via is None and not asked_infinitive(node):
            if purpose_infinitive(node) and cue_kinds(head) & SCOPE_KINDS:
                # "met to discuss funding to help the victims", "asked for troops to guard the
                # border": what the thing discussed or asked for is for is not done either
                return head
            return None  # an adverbial clause is a circumstance unless "for X to": see below
        kinds = cue_kinds(head, via=via)
        if arc == "ccomp" and ("report" in kinds or headline_clause(node, head)):
            return None  # "told reporters that Y attacked": reported, not asked for
        if arc == "ccomp" and "request" in kinds and (_foretold(node) or _told_as_so(node)):
            # "insisted that Ottawa would not agree", "warned that the offensive was tarnishing its
            # image": said of what will be, was or is, not asked
            return None
        if kinds & SCOPE_KINDS:
            return head
        if APPREHENSION in kinds and arc in FEARED_ARCS:
            # "fears airstrikes", "warned of an offensive"; not a clause ("the gunmen are feared to
            # have killed nine" claims what was done, as `possibility` reads it)
            return head
        if kinds & {"future", WISH} and _intended_of_another(kinds, node, arc, head, of_another):
            return head  # "wants Putin to attack", "would like to see Tokyo agree": not their own act
        node = head
    return None


def _told_of_another(clause: Token, below: bool) -> bool:
    """Does the walk up to a wish pass an act of someone else's: a clause with a subject of its own
    other than a pronoun that may stand for the wisher ("would like to see Tokyo agree"; "hopes it
    will sign" is the wisher's own act)? A clause above it with a subject of its own tells what
    that subject does with it ("hope we showed you that every suspect was investigated": the
    showing is the wisher's own, and what it showed is so); one with none passes it on (`below`)."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return below
    return any(c.lower_ not in RESUMPTIVE for c in subjects)


def _intended_of_another(
    kinds: frozenset[str], clause: Token, arc: str, head: Token, of_another: bool
) -> bool:
    """Is the act under a verb of intent ("wants Putin to attack", "hopes Uganda will withdraw") or
    of wishing another's? Under a wish a clause further down with its own subject counts too
    ("would like to see Tokyo agree"): a wish is for no act of the wisher's."""
    if _someone_else(clause, arc, head):
        return True
    return WISH in kinds and of_another


def _participle_of_possessed(clause: Token, noun: Token) -> bool:
    """ "his decision allowing imports", "the ministry's order banning rallies": a bare participle
    (no subject, "that" or "to" of its own) on a possessed noun. A that-clause on one ("Israel's
    claim that mortars were fired") is the noun's content, not what it does."""
    return (
        any(c.dep_ == "poss" for c in noun.children)
        and not marked_by_to(clause)
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children)
    )


def _foretold(clause: Token) -> bool:
    """A that-clause with its own subject and "will" or "would" ("that Ottawa would not agree",
    "that the army will stay"): what the clause says will be, which no one demands of anyone."""
    return any(c.dep_ in SUBJECT_DEPS for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in clause.children
    )


# Finite auxiliaries of a clause told as past or going on: "had massed", "was tarnishing", "are fleeing".
TOLD_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "'s", "'re"})


def _told_as_so(clause: Token) -> bool:
    """A that-clause with its own subject told in a past form or with a finite auxiliary of
    progress or perfect ("that troops had massed", "that the offensive was tarnishing its image"):
    what was or is, which no one can be asked to do, and so is one in the present that no base form
    shares ("that the FBI is investigating him", "that there is no room"; a demand is a base form or a modal:
    "demanded that Israel release", "that charges be brought", "that talks should resume"; a past
    the same as its base, "that the state cut taxes", is no sign either)."""
    if not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return any(a.lower_ in TOLD_AUXILIARIES for a in auxiliaries)
    if clause.tag_ == "VBZ" or clause.lower_ in PRESENT_BE:
        return True  # "warned that there is no room for compromise": what is, no base form of a demand
    form = clause.lower_
    return past_word(form) and load_irregulars().get(form) != form


def purpose_infinitive(verb: Token) -> bool:
    """An infinitive of purpose after an object: "pledged money to support the programs", "had
    evidence to support its version" (on the noun, or on the verb that has the object). It states
    what the object is for, the aim of the act, no act of its own."""
    head = verb.head
    if head.i == verb.i or not marked_by_to(verb) or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if verb.dep_ == "acl":
        # on the object itself: on a noun elsewhere ("the refusal to ratify", "an effort to
        # normalize ties") the infinitive is the noun's content
        return head.dep_ == "dobj"
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "dobj" for c in head.children)


# "called on X to", "appealed to X to", "pleaded with X to": the one asked, after a preposition.
ADDRESSEE_PREPS = frozenset({"on", "upon", "to", "with"})


def asked_infinitive(clause: Token) -> bool:
    """ "pushed the government to raise wages", "pleaded with the militants to free the
    engineers": the parse makes the infinitive of what a verb of asking asks of its object, or of
    the one it addresses after a preposition (`ADDRESSEE_PREPS`), a purpose clause (advcl), as if
    the one asking were to do it; with someone asked and the infinitive's "to" it is their act
    asked for."""
    head = clause.head
    return (
        clause.dep_ == "advcl"
        and head.i != clause.i
        and marked_by_to(clause)
        and "request" in cue_kinds(head)
        and any(c.dep_ == "dobj" or _addresses(c) for c in head.children)
    )


def _addresses(prep: Token) -> bool:
    """A preposition naming the one a verb of asking addresses: "on the rebels", "with Iran"."""
    named = any(g.dep_ == "pobj" for g in prep.children)
    return prep.dep_ == "prep" and prep.lower_ in ADDRESSEE_PREPS and named


def _for_mark(clause: Token) -> Token | None:
    """The "for" of a "for X to" clause ("called for her to step down", "pushed for the law to be
    revised"), which the parse hangs as an adverbial clause with "for" as its mark."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)


def _someone_else(clause: Token, arc: str, head: Token) -> bool:
    """Does an infinitive or clause under a verb of intent name its own doer: the governor's
    object ("wants Putin to attack") or a subject of the clause ("hopes Uganda will withdraw")?"""
    if arc == "xcomp":
        return any(c.dep_ == "dobj" for c in head.children)
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    hoping = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    return arc == "ccomp" and any(c.lower_ not in RESUMPTIVE or _other_person(c, hoping) for c in subjects)


FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})


def own_duty(verb: Token) -> bool:
    """An act the speaker's own "we" or "I" says it must do, not asked about and on no condition:
    "we must stand by Taiwan", "we should be standing by", "we need to back Kyiv"."""
    if any(c.dep_ == "aux" and _is_kind(c.lower_, "obligation") for c in verb.children):
        holder = verb
    elif _needed(verb):
        holder = verb.head  # "we need to back Kyiv": the subject is the verb of obligation's
    else:
        return False
    if any(c.dep_ == "mark" for c in holder.children) or any(t.text == "?" for t in holder.sent):
        return False  # "if we must back them", "should we back them?"
    return any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON_SUBJECTS for c in holder.children)


def _other_person(pronoun: Token, governors: list[Token]) -> bool:
    """ "I hope they help me": a pronoun of another grammatical person than the subject of the
    verb of intent ("they" after "I", "he" after "we") names someone else, whose act is wished
    for, not intended; "we hope we can" and "Kenya hopes it will" intend their own."""
    first = pronoun.lower_ in FIRST_PERSON_SUBJECTS
    return any((g.lower_ in FIRST_PERSON_SUBJECTS) != first for g in governors)


def by_chance(verb: Token) -> bool:
    """ "Felt chanced to meet a Navy lieutenant", "she happened to run into the minister": an
    encounter by chance, no act anyone chose (no consultation, no visit)."""
    return infinitive_clause(verb) and verb.head.i != verb.i and "chance" in cue_kinds(verb.head)


def habitual(token: Token, denial: bool = False) -> bool:
    """A habit or a generic statement, not an event: a generic subject (no determiner, no
    possessor, no number, no name: "police", "armies") with an adverb of habit on the trigger
    or a wrapper above it ("police usually arrest protesters"), or with a present verb and a
    "when" clause ("armies attack when they are provoked"). A named actor's habit ("Israeli
    soldiers routinely beat detainees") is still reported as its acts. A present verb under a
    condition states a rule, whoever its subject (`_rule_of_a_condition`).

    `denial`: the act denies a claim ("denies the charges"). News tells a denial in the present,
    in a relative clause as in a main clause ("the general, who denies the charges, ..." as "the
    general denies the charges"): an answer to a charge, no standing stance (`_standing_relative`).
    """
    if _rule_of_a_condition(token) or _generic_time_clause(token) or _participle_of_a_class(token):
        return True
    if (_standing_relative(token) and not denial) or _standing_permission(token):
        return True
    if _whenever_main(token):
        return True
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    # the passive's doer is its "by" phrase ("the site gets attacked by hackers every day"), a
    # vague count naming them after "of" ("by tens of thousands of hackers")
    doers = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subjects += [_counted(d) for d in doers]
    node = token
    while not subjects and _shares_its_subject(node):
        node = node.head
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
    if not subjects or not all(_generic(s) for s in subjects):
        return False
    node = token
    while True:
        if any(_of_habit(c) for c in node.children):
            return True
        if not _shares_its_subject(node):
            break
        node = node.head
    return present_base(token) and any(c.dep_ == "advcl" and _generic_when(c) for c in token.children)


# Verbs of leave whose present tense, given to a whole class of people, states a standing rule.
PERMISSION_VERBS = frozenset({"allow", "allows", "permit", "permits", "let", "lets"})
# "cannot allow", "could not permit": what one is unable to allow is a stance on a situation.
ABILITY_MODALS = frozenset({"can", "could", "ca"})


def _standing_permission(verb: Token) -> bool:
    """ "Kenya does not allow foreigners to own land", "neither state permits individuals to carry
    losses forward": leave given or withheld in the present to a class of people (a bare plural,
    `_generic`) is the content of a law, no act done once; "the junta did not allow the observers
    in", "Kenya will not allow foreign troops" (a past or a future) and "does not allow the
    journalists to enter" (people in view) are acts. "Neither can Beijing allow the unrest to go
    on", "we cannot allow this": what one is unable to allow is a stance, no leave withheld."""
    if verb.lower_ not in PERMISSION_VERBS:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ABILITY_MODALS for a in auxes) and _negated(verb):
        return True  # "the government cannot allow this chaos to go on": a stance, no leave withheld
    if auxes and not all(a.lower_ in ("do", "does") for a in auxes):
        return False  # "will not allow", "has allowed", "can allow"
    if not auxes and not _simple_present(verb):
        return False
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "acl") and marked_by_to(verb):
        return False  # "refused to allow": the refusal's tense is the act's
    # whom leave is given: the object, or the subject of the clause it governs ("allow
    # foreigners to own": the parse hangs "foreigners" on "own")
    given = [c for c in verb.children if c.dep_ == "dobj"]
    given += [
        g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"
    ]
    return bool(given) and all(plural_word(g.lower_) and _generic(g) for g in given)


# Conjunctions of a condition: a present main clause under one states a rule, no event.
CONDITION_MARKS = frozenset({"if", "unless", "whenever"})


def _rule_of_a_condition(verb: Token) -> bool:
    """ "If you cannot pay the fees, the state offers grants", "if a trawler enters its waters,
    the coast guard seizes it": a verb in the simple present (no auxiliary, no past or -ing form)
    with a clause of condition says what is done whenever the condition holds; "if they attack,
    we will respond" is a future (read by the modality), "when the talks failed, the army
    attacked" an event."""
    if not _simple_present(verb):
        return False
    if verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in RESUMPTIVE for c in verb.children):
        return False  # "she told the pastor she apologizes if ...": her own words, said then
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def _generic_time_clause(token: Token) -> bool:
    """ "Whenever a government bans rallies, dissent goes underground", "when a state imposes
    tariffs, it is its consumers who pay": an act in a "whenever" clause, or in a "when" clause in
    the simple present under a main clause in the simple present, is any case of its kind, no act
    done once ("when the government imposed tariffs, farmers protested" is one; "when he visits
    Paris next week, he will meet" is to come, read by the modality)."""
    clause = _clause_verb(token)
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return False
    marks = {m.lower_ for m in clause.children if m.dep_ in ("advmod", "mark")}
    if "whenever" in marks:
        return True
    return "when" in marks and _simple_present(clause) and _simple_present(clause.head)


# Auxiliaries of a present that may tell a habit: "they are not helping", "they do not help".
HABIT_AUXILIARIES = frozenset({"is", "are", "am", "'s", "'re", "do", "does"})


def _whenever_main(token: Token) -> bool:
    """ "Whenever farmers complain in public, they are not helping each other", "whenever the
    council meets, its members attack the mayor": the clause a "whenever" clause governs, in a
    present form, says what happens each time, whoever its subject; no act done once. A past
    one ("whenever the envoy came, he met the rebels") is left to tell the acts it sums up."""
    clause = _clause_verb(token)
    if _past_form(clause) or any(
        c.dep_ == "aux" and c.lower_ not in HABIT_AUXILIARIES for c in clause.children
    ):
        return False
    return any(
        c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ == "whenever" for m in c.children)
        for c in clause.children
    )


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a trigger stands in: the trigger itself, the verb an event noun
    is the object of ("imposes tariffs"), or the verb a conjunct or complement shares its subject
    with ("bans rallies and arrests ...")."""
    node = token
    while node.dep_ in NOUN_SLOT_DEPS and node.head.i != node.i:
        node = node.head
    while node.dep_ in SUBJECT_SHARING_DEPS and node.head.i != node.i:
        node = node.head
    return node


# Where an event noun stands in its verb's clause: "imposes tariffs", "slaps tariffs on goods".
NOUN_SLOT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "prep", "attr"})


def _participle_of_a_class(token: Token) -> bool:
    """ "Arrivals of migrants seeking asylum rose", "police detained migrants seeking asylum":
    a participle on a generic plural noun (no determiner, possessor, number or name) that is not
    the subject of its clause, with no one named in its phrase and only a bare object, names a
    class of people by what such people do, no act of theirs; "the protesters demanding his
    resignation", "protesters demanding reforms marched" (the doers of the clause), "prosecutors
    investigating the break-in" (one act) and "groups fighting against Sudan" still act."""
    if token.dep_ != "acl" or not token.lower_.endswith("ing"):
        return False
    if any(c.dep_ in OWN_CLAUSE_DEPS for c in token.children):
        return False  # "accusations that his country was arming rebels": a clause of its own
    if any(t.ent_type_ in NAMED_TYPES for t in token.subtree):
        return False  # "armed groups fighting a war against South Sudan": aimed at someone named
    if any(c.dep_ == "dobj" and not _generic(c) for c in token.children):
        return False  # "prosecutors investigating the break-in": one particular act
    noun = token.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        return False  # "thousands rallied, with students calling on the government to resign": their act then
    plural = noun.lower_.endswith("s") and not noun.lower_.endswith("ss")
    return plural and noun.dep_ not in ("nsubj", "nsubjpass") and _generic(noun)


# What a participle has when it is a clause of its own ("that it was arming"), no reduced relative.
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
# Entity types that name a particular actor or place.
NAMED_TYPES = frozenset({"GPE", "ORG", "PERSON", "NORP", "FAC", "LOC"})


def _standing_relative(token: Token) -> bool:
    """ "The lobby, which backs farm subsidies, met ...", "a super PAC that supports
    Republicans": a relative clause in the simple present says what its antecedent stands for,
    a standing role or stance, no act done once ("the lobby, which backed the minister in
    March", "which has condemned the raid" are acts; so is a present with a date, a plan: "who
    meets the minister on Monday"). So is one in the present passive: "anyone who is convicted",
    "those who are detained" name a class of people, not an act done to someone once."""
    clause = token
    while clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head  # "which controls the town and rejects the truce"
    if clause.dep_ != "relcl":
        return False
    if _simple_present(token):
        subject_dep = "nsubj"
    elif _present_passive(clause):
        subject_dep = "nsubjpass"
    else:
        return False
    if not any(c.dep_ == subject_dep and c.lower_ in RELATIVE_SUBJECTS for c in clause.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)


RELATIVE_SUBJECTS = frozenset({"which", "who", "that"})
# The present passive's auxiliaries: "is convicted", "are detained", "gets arrested".
PRESENT_PASSIVE_AUXILIARIES = frozenset({"is", "are", "gets", "get"})


def _present_passive(verb: Token) -> bool:
    """A passive in the simple present: "is convicted", not "was convicted", "has been detained"."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxiliaries) and all(
        a.dep_ == "auxpass" and a.lower_ in PRESENT_PASSIVE_AUXILIARIES for a in auxiliaries
    )


# Clauses that take their subject from the verb they hang on: "kept shelling", "and killed".
SUBJECT_SHARING_DEPS = frozenset({"xcomp", "pcomp", "conj"})


def _shares_its_subject(node: Token) -> bool:
    """A wrapper's complement or a conjunct ("kept shelling", "... and killed"), or a clause of
    manner with no subject of its own ("demonstrators have sometimes gathered while marching"):
    its doer, and a habit said of it, are the governing verb's."""
    if node.head.i == node.i:
        return False
    if node.dep_ in SUBJECT_SHARING_DEPS:
        return True
    return node.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


def _counted(noun: Token) -> Token:
    """What a vague count counts ("thousands of hackers" → hackers); else the noun itself."""
    if noun.ent_type_ != "CARDINAL" or any(c.dep_ == "nummod" for c in noun.children):
        return noun
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), noun)


def _of_habit(modifier: Token) -> bool:
    """An adverb of habit ("usually"), a time phrase of every one of its units ("every day",
    "each week") or of many cases ("in many hijackings", "in most cases")."""
    if modifier.dep_ == "advmod":
        return _is_kind(modifier.lower_, "habitual")
    if modifier.dep_ == "prep" and modifier.lower_ == "in":
        return any(
            c.dep_ in ("amod", "det") and c.lower_ in ("many", "most")
            for g in modifier.children
            if g.dep_ == "pobj"
            for c in g.children
        )
    return modifier.dep_ == "npadvmod" and any(
        c.dep_ == "det" and c.lower_ in ("every", "each") for c in modifier.children
    )


def _generic(noun: Token) -> bool:
    """ "police", "armies": a common noun with no determiner, possessor, number or named modifier."""
    if noun.ent_type_ or noun.lower_ in RESUMPTIVE or noun.lower_ in ("you", "one"):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "predet") or c.ent_type_ for c in noun.children)


def _generic_when(clause: Token) -> bool:
    return any(m.dep_ in ("advmod", "mark") and m.lower_ in GENERIC_MARKS for m in clause.children)


def present_base(verb: Token) -> bool:
    """A present plural form with no auxiliary: "attack", not "attacked", "attacks", "will attack"."""
    return _simple_present(verb) and not verb.lower_.endswith("s")


def _simple_present(verb: Token) -> bool:
    """A present form with no auxiliary: "attack", "attacks"; not "attacked", "attacking",
    "will attack"."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return not verb.lower_.endswith(("ed", "ing")) and verb.lower_ not in _irregular_past()


def _has_child_cue(token: Token, kind: str, deps: tuple[str, ...]) -> bool:
    return any(c.dep_ in deps and _is_kind(c.lower_, kind) for c in token.children)


@functools.lru_cache(maxsize=1)
def _irregular_past() -> frozenset[str]:
    """Past forms from irregular_verbs.tsv, those that equal the base too ("set", "put", "cut")."""
    return frozenset(load_irregulars())


def _past_form(token: Token) -> bool:
    """A verb in a past form ("resigned", "met") or with a perfect auxiliary ("has resigned")."""
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in token.children):
        return True
    return past_word(token.lower_)


def past_word(form: str) -> bool:
    """True when the lower-case verb form `form` reads as a past ("resigned", "met") by its shape
    (the pipeline runs without a tagger)."""
    return (form.endswith("ed") and form not in ED_BASES) or form in _irregular_past()


def refused_now(verb: Token) -> bool:
    """ "Trump won't condemn it", "the ministry would not comment": "will" or "would" denied on the
    verb (or the first conjunct it shares them with), with no time named for it, is a refusal
    made now, not a forecast; "won't attend the summit next week", "would not have attacked"
    stay what they are."""
    for node in (verb, _conjunct_head(verb)):
        if node is None:
            continue
        auxes = {c.lower_ for c in node.children if c.dep_ == "aux"}
        if not auxes & FUTURE_AUXILIARIES:
            continue
        if "have" in auxes or not _negated(node):
            return False
        return not _timed(node)
    return False


def _timed(verb: Token) -> bool:
    """A time named for the verb's act: "next week", "in May", "on Friday", "soon"."""
    if _future_time(verb, load_cues().words):
        return True
    for c in verb.children:
        if c.dep_ in ("npadvmod", "tmod"):
            return True
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree):
            return True
    return False


def _future_time(token: Token, cues: dict[str, frozenset[str]]) -> bool:
    """A time modifier of the trigger that points ahead: "at some point in the future", "next week"."""
    frontier = [c for c in token.children if c.dep_ in TIME_MODIFIER_DEPS]
    while frontier:
        if any("future-time" in cues.get(t.lower_, frozenset()) for t in frontier):
            return True
        # Stay inside the modifier's noun phrases: "from taking part in the upcoming vote" is no time.
        frontier = [c for t in frontier for c in t.children if c.dep_ not in CLAUSE_DEPS]
    return False
