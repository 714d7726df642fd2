"""Rules and the learned classifier, fused: the classifier may veto a rule's class and may code
an event the rules found a trigger and actors for but no rule fitted.

Per sentence, with p the classifier's five class probabilities (learned.py) and k its best class:

1. The rules coded an event and the classifier agrees, or is unsure: the rules' events stand
   (their confidence averaged with p of their class).
2. The classifier is sure of another class (p[k] >= veto; for a class other than statements,
   p[k] >= veto_other, which in practice never happens) and all but rules out the class of the
   rules' main event (p <= keep): events of classes it rules out are dropped; when no event of
   class k is left, the best *candidate* of class k takes their place.
3. The rules coded nothing: when the classifier is sure of a class other than statements
   (p[k] >= add), the best candidate of that class is coded.

A candidate is what one of the codebook's rules codes at a trigger with its sense constraints
lifted (the object it names, the subject, a required target: `CandidateCoder`): the trigger, its
CAMEO code and the actors from the parse are still the rules'; the classifier only chooses.
Such events carry `Inference.MODEL` (rendered `model:penta+<rule>` in `rule`) and need a source
and a target that the sentence names, not inferred (`names_both_parties`). With no candidate of
its class the classifier codes nothing. (Until stop 26 a second classifier chose a PLOVER type
to code at the sentence's main verb, `Inference.MODEL_GENERIC`, "model:penta:<type>": on the
ECB+ and PolNeAR texts 2 of its 7 events were right, and it added 0.004 to the 5-fold penta
accuracy, 0.803 to 0.807. Stored events may still carry that mark.)
Statements (class 0) are no PLOVER event, so the classifier never adds one; it may still veto a
rule's event in a sentence that only reports what someone said, but not an accusation (words
said, like a statement: `SAID_TYPES`).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.doctools import (
    SUBJECT_DEPS,
    doc_batches,
    indices_within,
    sentence_of,
    sentences,
    token_indices,
)
from wirewatch.events.code import EventCoder
from wirewatch.events.codebook import Codebook
from wirewatch.events.fit import rule_fits_verb
from wirewatch.events.learned import Embedder, Models, penta_class, penta_classes
from wirewatch.events.main import main_event, statement_code, trigger_depth, trigger_token
from wirewatch.events.modality import (
    BELIEF,
    ENACTMENT,
    EQUIPPING,
    JOURNEY,
    NEGATING_KINDS,
    NEGATORS,
    TRANSPARENT_KINDS,
    cue_kinds,
)
from wirewatch.events.roles import DENIAL_CAMEO, JUDGED, is_verbal
from wirewatch.events.words import role_words
from wirewatch.model import MODEL_PREFIX, PERSON_PREFIX, ActorRef, Event, Inference, Mention
from wirewatch.quotes.cues import packaged_cues

MODEL_MARK = MODEL_PREFIX  # how Inference.MODEL is rendered in the event's rule
GENERIC_MARK = "model:penta"  # the start of every learned event's rule
STATEMENT = 0
# Events the statement class does not veto. On the ECB+ and PolNeAR texts its vetoes of ACCUSE
# (condemned, denounced, scolded, blamed) were wrong 5 times in 6; of other verbal events (promised
# to help, refused to discuss, talked to reporters) they were mostly right, and stand.
SAID_TYPES = frozenset({"ACCUSE"})
# Cues of modality that tell a phase of an act done ("kept supplying", "took part in"): no sign
# that a sentence reports mere words (`may_be_words`). A plan launched is a deed too, and so is a
# journey ("flew to Kabul"; what it is for is not, `modality.aim_of`), and so is the training or
# arming of forces (what it is for is not either).
ACTS_DONE = (TRANSPARENT_KINDS - NEGATING_KINDS) | {ENACTMENT, JOURNEY, EQUIPPING}
# Clauses in which a verb tells its act as its own finite clause (`told_as_done`): the sentence's
# main clause, a reported clause ("police said he shot ..."), a clause set beside another.
OWN_CLAUSES = frozenset({"ROOT", "ccomp", "parataxis"})
# The cue kind of a verb that only reports the clause it governs ("said", "told": modality_cues.tsv),
# or holds a view of it ("I thought she was shot": a belief carries only its "not" to the clause,
# `polarity`), and of one that opens a case to think through, unless it has a subject ("Say Iran
# closed ...").
REPORTING = frozenset({"report", BELIEF})
SUPPOSING = frozenset({"supposition"})
# Subordinators that make a clause open ("if they help us", "whether Russia attacked").
OPENING_MARKS = frozenset({"if", "whether", "unless"})
# Words that mark a sentence as speech or as open (`may_be_words`): quotation marks, a question,
# a condition, the first and second persons of someone speaking.
WORDS_OF_SPEECH = frozenset(
    {'"', "\u201c", "\u201d", "''", "``", "?"}
    | OPENING_MARKS
    | {"i", "me", "my", "we", "us", "our", "you", "your"}
)
# Groups a lifted candidate may have as its source (see `CandidateCoder.settle`): states,
# organisations of states, bodies of a state, and political and social groups.
COLLECTIVE_SECTORS = frozenset(
    {"GOV", "MIL", "LEG", "JUD", "COP", "IGO"}
    | {"REB", "OPP", "PTY", "CVL", "LAB", "EDU", "REL", "REF", "NGO", "CRM"}
)
# Targets read from a clause other than the verb's own arguments ("carrying out patrols to
# protect Indian ships": the ships are no target of "carrying").
CLAUSE_PARTIES = Inference.COMPLEMENT | Inference.CONDITION | Inference.SUMMARY
# Parties an inference supplied, not the sentence's words: the source's home ground, the place,
# the pair of countries a story names most, the local authorities, the host.
INFERRED_PARTIES = (
    Inference.DOMESTIC
    | Inference.PLACE
    | Inference.PAIR
    | Inference.HOST
    | Inference.IMPLIED
    | Inference.UNATTRIBUTED
    | Inference.UNATTRIBUTED_BOMBING
)


@dataclass(frozen=True)
class Opinion:
    """The classifier's probabilities of the five classes for one sentence."""

    penta: NDArray[np.float64]


Lifted = tuple[int, int, str]  # a candidate's sentence start, trigger start and rule
Settle = Callable[[Event], Event | None]


@dataclass(frozen=True)
class FusionPolicy:
    """Thresholds on the classifier's probabilities (see the module docstring)."""

    veto: float = 0.7
    # The veto by another event class than statements needs this much: in practice none. By
    # 5-fold cross-validation (stop 30) such vetoes cost penta 0.817 -> 0.812, its coded share
    # 0.829 -> 0.819 and plover_gsr 0.891 -> 0.874: they mostly read a label convention ("troops
    # withdrew" and arrests as other classes than their CAMEO roots), not a misreading. The
    # statement class still vetoes: on real news most of its vetoes drop sentences of mere words.
    veto_other: float = 0.99
    keep: float = 0.15
    add: float = 0.6
    # A sentence whose main rule event is at least this confident (raw, before calibration) is
    # not read by the classifier: it skips about two thirds of the rules' sentences, which
    # moved the 5-fold penta accuracy from 0.731 to 0.728 and halved the embedding cost.
    trust: float = 0.75


class CandidateCoder(EventCoder):
    """Every rule of every trigger with its sense constraints lifted: what a sentence could say."""

    def __init__(self, codebook: Codebook) -> None:
        # Lifted: what the object must name, the that-clause of opinion, a required target.
        # Kept: the particle ("call off" and "call" are different verbs), so the base coder's
        # own rule filter (`rule_fits_verb`) serves; and what the subject must name, which is
        # the whole sense of those rules ("peacekeepers arrived" is aid, "crowds arrived" no
        # event; "a car bomb exploded" an attack, "tensions exploded" none).
        # A noun rule's objects are the modifiers that make its sense ("war games", "legal
        # action"), like a verb rule's subjects: kept; so is the actor noun an adjective's verdict
        # is passed on ("a bad actor"; "bad" alone is no verdict on anyone).
        relaxed = tuple(
            replace(
                r,
                objects=r.objects if r.pos == "noun" or JUDGED in r.objects else (),
                clause_opinion=False,
                requires_target=False,
            )
            for r in codebook.rules
        )
        super().__init__(replace(codebook, rules=relaxed))
        # The rules whose sense (what the object or subject names, an opinion clause) decides
        # their CAMEO code: a candidate coded with that sense lifted says nothing of the code.
        self._senses = {r.rule: r for r in codebook.rules if r.objects or r.clause_opinion}
        # The rules that code nothing without a target the sentence names.
        self._needs_target = frozenset(r.rule for r in codebook.rules if r.requires_target)
        self._lifted: set[Lifted] = set()
        self._found: list[Event] = []
        self._only: set[int] | None = None

    def candidates(
        self, doc: Doc, mentions: list[Mention], article_id: str, only: set[int] | None = None
    ) -> list[Event]:
        """Every rule's coding at every trigger, in the sentences starting at `only` (default all)."""
        self._found = []
        self._lifted = set()
        self._article_id = article_id
        self._only = only
        self(doc, mentions, article_id)
        return list(self._found)

    def _asked_acts(self, coded: list[tuple[Token, Event]]) -> set[int]:
        """As the rules read them; no reading of an act only asked for or wished is a candidate
        either: "would like to see Warsaw agree" codes no agreement whatever the classifier says."""
        asked = super()._asked_acts(coded)
        starts = {e.trigger.start for t, e in coded if t.i in asked}
        self._found = [e for e in self._found if e.trigger.start not in starts]
        return asked

    def _sentences(self, doc: Doc) -> list[SpacySpan]:
        every = sentences(doc)
        return every if self._only is None else [s for s in every if s.start_char in self._only]

    def codes_nothing(self, candidates: Sequence[Event], lifted: frozenset[Lifted]) -> bool:
        """Whether fusion codes nothing in a sentence with no rule event, whatever the classifier
        says: none of its candidates survives `settle`. Such a sentence need not be embedded."""
        return not any(self.settle(lifted, c) is not None for c in candidates)

    @property
    def lifted(self) -> frozenset[Lifted]:
        """The candidates of the last `candidates` call whose rule's sense did not hold."""
        return frozenset(self._lifted)

    def settle(self, lifted: frozenset[Lifted], event: Event) -> Event | None:
        """A candidate as fusion codes it. One whose rule's sense did not hold ("peacekeepers
        arrived" lifted to "the minister arrived", "provided arms" to "provided $5 billion in
        assistance") keeps its trigger, type and actors, but not the sub-code the sentence never
        said: the CAMEO root's code where that is of the rule's type (072 → 070), else the
        three-digit code (0841 → 084). Letting the type classifier choose the type instead
        changed 36 events of the labelled pool, about as many for the worse as for the better,
        and cost one PLOVER sentence of 175 (5-fold).

        Such a candidate needs a state, an organisation of states or a political or social group
        as its source, not one person (None otherwise): on real news the lifted senses of people's
        verbs were mostly not events at all ("Obama opened the museum" as a border opened to
        refugees, "gave him his pseudonym" as arms given, "cut her hair" as tariffs cut).

        A candidate of a rule that requires a target keeps that requirement (None without a
        target the sentence names): "a Michigan man shot to death one person", "she helped raise
        her siblings", "the navy has been carrying out patrols" lifted to a shooting, aid and
        joint patrols falling on the source's own country were 49 of 55 such events wrong on the
        ECB+ and PolNeAR texts (5-fold penta accuracy 0.767 -> 0.764)."""
        sense_lifted = (event.sentence_start, event.trigger.start, event.rule) in lifted and bool(event.cameo)
        if (sense_lifted or event.rule in self._needs_target) and not names_both_parties(event):
            return None
        if sense_lifted and self._light(event.trigger.text):
            return None  # "will take other measures" lifted to a hostage-taking: see `_light`
        if not sense_lifted or not event.cameo:  # (the second test only narrows the type)
            return event
        if not any(_collective_actor(a, COLLECTIVE_SECTORS) for a in event.sources):
            return None
        cameo = self.codebook.cameo
        root = cameo.get(event.cameo[:2] + "0")
        code = root if root is not None and root.plover == event.plover else cameo.get(event.cameo[:3])
        if code is None or code.code == event.cameo:
            return event
        return replace(
            event, mode=None, cameo=code.code, quad_class=code.quad_class, goldstein=code.goldstein
        )

    def _light(self, word: str) -> bool:
        """A support verb ("take", "make", "give", "hold": role_words.tsv "light") has no sense of
        its own to lift: its event is its noun's, and the noun did not fit ("took other
        measures", "made strong overtures"); nor has a verb of what may follow ("raise tensions"
        lifted to an alert raised: class "consequence")."""
        return any(self.codebook.is_form_of(word.lower(), verb) for verb in role_words().unliftable)

    def _first_event(
        self, token: Token, sent: SpacySpan, by_token: dict[int, Mention], article_id: str
    ) -> Event | None:
        first: Event | None = None
        for rule in self._rules_for(token):
            event = self._code(rule, token, sent, by_token, article_id)
            if event is not None:
                sense = self._senses.get(rule.rule)
                if sense is not None and is_verbal(token) and not rule_fits_verb(sense, token):
                    self._lifted.add((event.sentence_start, event.trigger.start, event.rule))
                self._found.append(event)
                first = first or event
            elif self._refused_in_context:
                break  # the word's sense fit, its context is no political event's
        return first


def fuse_sentence(
    doc: Doc,
    rule_events: Sequence[Event],
    candidates: Sequence[Event],
    opinion: Opinion,
    policy: FusionPolicy,
    settle: Settle | None = None,
) -> list[Event]:
    """The events of one sentence after fusion (see the module docstring); `settle` gives a
    chosen candidate its final type (`CandidateCoder.settle`)."""
    proba = opinion.penta
    best = int(np.argmax(proba))
    if rule_events:
        main = main_event(doc, rule_events)
        if main is None or not (ruled := penta_classes(main.cameo)):
            return [_blend(e, proba) for e in rule_events]
        needed = policy.veto if best == STATEMENT else max(policy.veto, policy.veto_other)
        if best in ruled or proba[best] < needed or _p(main, proba) > policy.keep:
            return [_blend(e, proba) for e in rule_events]
        if main.cameo == DENIAL_CAMEO:
            # "denied they carried out the strike": the classifier reads the act denied; the
            # denial is words, which no reading of that act vetoes.
            return [_blend(e, proba) for e in rule_events]
        if best == STATEMENT and (main.plover in SAID_TYPES or _beside_the_words(doc, main)):
            # An accusation is words said, as a statement is ("Republicans who have condemned
            # Trump's remarks"): the statement class is no reading against it. Nor is it against
            # an act told beside the words ("Meeting in Washington, the ministers admitted ...").
            return [_blend(e, proba) for e in rule_events]
        kept = [_blend(e, proba) for e in rule_events if _p(e, proba) > policy.keep]
        if best != STATEMENT and not any(best in penta_classes(e.cameo) for e in kept):
            alternative = _alternative(doc, candidates, best, settle)
            if alternative is not None:
                kept.append(_as_model(alternative, proba))
        return kept
    if best == STATEMENT or proba[best] < policy.add:
        return []
    alternative = _alternative(doc, candidates, best, settle)
    return [_as_model(alternative, proba)] if alternative is not None else []


def _beside_the_words(doc: Doc, event: Event) -> bool:
    """The event is told in a clause of circumstance of a statement verb, not in what was said:
    "Meeting in Washington, the ministers admitted that ...", "After talks with Abe, Putin said
    ...". The statement class reads the sentence's words; the act beside them is no statement."""
    token = trigger_token(doc, event)
    if token is None:
        return False
    for node in (token, *token.ancestors):
        if node.dep_ in ("ccomp", "xcomp", "parataxis"):
            return False  # inside what was said
        if node.dep_ == "advcl" and statement_code(node.head) is not None:
            return True
    return False


def names_both_parties(event: Event) -> bool:
    """The sentence's own words name who acted and whom the act fell on, none of them inferred.

    Required of every event whose type the classifier chose over the words' sense (a lifted
    candidate, a type at the main verb). The classifier learned from sentences that all report
    an event, so it is sure of a class for many that report none; on real news such events with
    no named target or an inferred one were right about one time in six ("police found a box",
    "South Sudan gained its independence", "he had been dropped off by helicopter", "Khartoum
    reported fresh clashes"), and requiring a named target cost 1.1 points of the 5-fold penta
    accuracy (0.778 to 0.767) while dropping 73 of 819 events coded from the ECB+ and PolNeAR
    texts."""
    return bool(event.sources and event.targets) and not event.inferences & INFERRED_PARTIES


def _collective_actor(actor: ActorRef, sectors: frozenset[str]) -> bool:
    """A state ("USA"), or a body or group of one of `sectors` that is no one person (a title
    alone, "the senator", is one person holding an office)."""
    if actor.actor_id is None or actor.actor_id.startswith(PERSON_PREFIX) or actor.role is not None:
        return False
    if actor.sector is None:
        return actor.country is not None and actor.actor_id == actor.country
    return actor.sector in sectors


def _alternative(
    doc: Doc,
    candidates: Sequence[Event],
    cls: int,
    settle: Settle | None = None,
) -> Event | None:
    """The best candidate of class `cls`, as `settle` codes it."""
    found = _best_candidate(doc, candidates, cls)
    if found is not None and settle is not None:
        return settle(found)
    return found


def _p(event: Event, proba: NDArray[np.float64]) -> float:
    return max((float(proba[cls]) for cls in penta_classes(event.cameo)), default=0.0)


def _blend(event: Event, proba: NDArray[np.float64]) -> Event:
    return replace(event, confidence=round((event.confidence + _p(event, proba)) / 2, 2))


def _as_model(event: Event, proba: NDArray[np.float64]) -> Event:
    confidence = round(max(0.05, min(event.confidence, _p(event, proba))), 2)
    return replace(event, inferences=event.inferences | Inference.MODEL, confidence=confidence)


def _best_candidate(doc: Doc, candidates: Sequence[Event], cls: int) -> Event | None:
    """The candidate of class `cls` highest in the parse, then most confident, then first."""
    fitting = [c for c in candidates if penta_class(c.cameo) == cls]
    if not fitting:
        return None
    return min(fitting, key=lambda e: (trigger_depth(doc, e), -e.confidence, e.trigger.start))


def by_sentence(events: Sequence[Event]) -> dict[int, list[Event]]:
    grouped: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        grouped[event.sentence_start].append(event)
    return grouped


def fuse_doc(
    doc: Doc,
    rule_events: Sequence[Event],
    candidates: Sequence[Event],
    opinions: dict[int, Opinion],
    policy: FusionPolicy,
    settle: Settle | None = None,
) -> list[Event]:
    """Fuse every sentence that has rule events or candidates; `opinions` by sentence start."""
    rules, cands = by_sentence(rule_events), by_sentence(candidates)
    out: list[Event] = []
    for start in sorted(set(rules) | set(cands) | set(opinions)):
        opinion = opinions.get(start)
        coded = rules.get(start, [])
        if opinion is None:
            out.extend(coded)
            continue
        fresh = _new(cands.get(start, []), coded)
        out.extend(fuse_sentence(doc, coded, fresh, opinion, policy, settle))
    return sorted(out, key=lambda e: (e.sentence_start, e.trigger.start))


def _new(candidates: list[Event], coded: list[Event]) -> list[Event]:
    """Candidates that are not already coded events (same trigger, same type)."""
    seen = {(e.trigger.start, e.plover) for e in coded}
    return [c for c in candidates if (c.trigger.start, c.plover) not in seen]


def sentence_texts(events: Sequence[Event]) -> dict[int, str]:
    """Sentence start → the sentence's text, as the events carry it."""
    return {e.sentence_start: e.sentence for e in events}


def sentences_to_read(
    doc: Doc, events: Sequence[Event], candidates: Sequence[Event], policy: FusionPolicy
) -> dict[int, str]:
    """Sentence start → text of the sentences the classifier reads: those with candidates and no
    rule event, and those whose main rule event is less confident than `policy.trust` in a
    sentence that may be mere words (`may_be_words`) and is not told as done (`told_as_done`)."""
    texts: dict[int, str] = {}
    spans = {s.start_char: s for s in sentences(doc)}
    for start, coded in by_sentence(events).items():
        main = main_event(doc, coded)
        if main is None or main.confidence >= policy.trust:
            continue
        span = spans.get(start)
        if span is None or (may_be_words(span) and not told_as_done(doc, main)):
            texts[start] = main.sentence
    ruled = {e.sentence_start for e in events}
    texts |= {s: t for s, t in sentence_texts(candidates).items() if s not in ruled}
    return texts


def may_be_words(sentence: SpacySpan) -> bool:
    """Whether a sentence may report mere words, a thought or an act not done: what the statement
    class reads, and the only reading by which it vetoes the rules. It takes a verb of saying or
    thinking (data/quote_cues.tsv), a cue of modality other than a phase of an act done
    (data/modality_cues.tsv: modals, plans, requests, refusals), a negation, a condition, a
    question, quotation marks or a first or second person. A sentence with none reports an act
    ("Police arrested three men in Lagos on Sunday.") and is not embedded. On the ECB+ and
    PolNeAR texts (stop 32) such sentences were a third of the rule sentences embedded, and the
    statement class vetoed a rule event in 8 of them, 6 wrongly ("had strongly defended the
    Navy's action", "pressed Felt for help")."""
    cues = packaged_cues()
    for token in sentence:
        if (
            token.lower_ in WORDS_OF_SPEECH
            or token.lower_ in NEGATORS
            or token.dep_ == "neg"
            or cue_kinds(token) - ACTS_DONE
            or cues.verb_cue(token) is not None
            or cues.source_cue(token) is not None
        ):
            return True
    return False


def told_as_done(doc: Doc, event: Event) -> bool:
    """The event's trigger is a verb that tells its act as done, in a finite clause of its own:
    the main clause or a reported one ("He shot one man, police said"; "Woodward said he first
    spoke with Felt"), with no modal, negation, "to" or other cue of modality on it, no "if" or
    "whether", no question mark, and nothing but a verb of saying over it. The statement class
    reads the sentence's words; such a sentence is words only in that someone reports the act.
    On the ECB+ and PolNeAR texts (stop 33) the statement class vetoed the rule event in 12 of
    114 such sentences, 10 times wrongly (a shooting, a meeting, a settlement reached, a contact
    made, all reported by someone); not reading them saves a third of the rule sentences embedded."""
    token = trigger_token(doc, event)
    if token is None or not is_verbal(token) or token.dep_ not in OWN_CLAUSES:
        return False
    if _open_clause(token) or sentence_of(doc, token.i)[-1].text == "?":
        return False
    if token.dep_ == "ccomp":
        head = token.head
        kinds = cue_kinds(head) - ACTS_DONE - REPORTING
        if any(c.dep_ in SUBJECT_DEPS for c in head.children):
            kinds -= SUPPOSING
        return not kinds and not _open_clause(head)
    return True


def _open_clause(verb: Token) -> bool:
    """A modal, negation, infinitive "to", other cue of modality or opening subordinator on a verb."""
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in NEGATORS:
            return True
        if child.dep_ == "mark" and child.lower_ in OPENING_MARKS:
            return True
        if child.dep_ in ("aux", "auxpass") and (child.lower_ == "to" or cue_kinds(child) - ACTS_DONE):
            return True
    return False


def opinions_of(models: Models, vectors: NDArray[np.float32]) -> list[Opinion]:
    return [Opinion(p) for p in models.penta.proba(vectors)]


def trigger_sentences(doc: Doc, codebook: Codebook) -> set[int]:
    """Starts of the sentences with an actor and a word some rule triggers on: where a candidate
    may be coded (a cheap look-up before the candidate coder runs)."""
    actor_starts = [m.start for m in doc._.mentions or [] if m.kind != "place"]
    triggers = token_indices(doc, LOWER, codebook.verb_and_noun_form_ids)
    return {
        sent.start_char
        for sent in sentences(doc)
        if any(sent.start_char <= a < sent.end_char for a in actor_starts)
        and indices_within(triggers, sent.start, sent.end)
    }


def needs_candidates(rule_events: Sequence[Event], opinion: Opinion, policy: FusionPolicy) -> bool:
    """Whether fusion may reach for a candidate in this sentence (cheap test before coding them)."""
    best = int(np.argmax(opinion.penta))
    if best == STATEMENT or opinion.penta[best] < min(policy.add, policy.veto):
        return False
    if not rule_events:
        return bool(opinion.penta[best] >= policy.add)
    return bool(opinion.penta[best] >= policy.veto) and any(
        best not in penta_classes(e.cameo) for e in rule_events
    )


class LearnedComponent:
    """The `wirewatch_learned` pipeline step: the classifiers, candidates where needed, fusion.

    Embedding is the costliest step after parsing, so the classifier reads only the sentences
    where it may change something (`sentences_to_read`: candidates and no rule event, or a rule
    event less confident than `FusionPolicy.trust` in a sentence that may be mere words,
    `may_be_words`, and is not told as done, `told_as_done`; not those where fusion codes nothing
    whatever it says, `CandidateCoder.codes_nothing`). Each sentence is embedded alone, so an
    article's events never depend on the articles coded beside it. Candidates are coded only
    in sentences with an actor and a trigger word where the rules coded nothing, and where the
    classifier vetoes the rules (`needs_candidates`). Embedding also every sentence whose main
    verb has an actor as subject doubled the cost and moved the cross-validated penta accuracy by 0.002."""

    def __init__(self, coder: CandidateCoder, models: Models | None, policy: FusionPolicy) -> None:
        self.coder = coder
        self.models = models
        self.policy = policy

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def warm_up(self) -> None:
        """Load the embedder now, so that processes forked after this share it."""
        if self.models is not None:
            Embedder.load()

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Docs in, the same Docs out with fused events: the rules' events and candidates of a
        batch of Docs first, then one embedder call for the batch's sentences (each embedded
        alone, see `Embedder`), then the fusion."""
        for batch in doc_batches(docs, batch_size):
            if self.models is None:
                yield from batch
                continue
            prepared = [self._prepare(doc) for doc in batch]
            texts = [text for p in prepared for text in p.texts.values()]
            opinions = iter(opinions_of(self.models, Embedder.load()(texts)) if texts else [])
            for doc, p in zip(batch, prepared, strict=True):
                self._finish(doc, p, {start: next(opinions) for start in p.texts})
                yield doc

    def _prepare(self, doc: Doc) -> _Prepared:
        """The rules' events, candidates where the rules coded nothing, the sentences to embed."""
        events = list(doc._.events or [])
        rules = by_sentence(events)
        # Candidates where the rules coded nothing; where they did, only if the classifier vetoes.
        maybe = trigger_sentences(doc, self.coder.codebook) - set(rules)
        mentions, article_id = doc._.mentions or [], doc._.article_id or ""
        candidates = self.coder.candidates(doc, mentions, article_id, maybe) if maybe else []
        lifted = self.coder.lifted if maybe else frozenset()
        texts = sentences_to_read(doc, events, candidates, self.policy)
        # A sentence whose fusion codes nothing whatever the classifier says is not embedded:
        # without its opinion, `fuse_doc` keeps its rule events, which are none.
        found = by_sentence(candidates)
        moot = {
            start for start in texts if start not in rules and self.coder.codes_nothing(found[start], lifted)
        }
        return _Prepared(events, candidates, {s: t for s, t in texts.items() if s not in moot}, lifted)

    def _finish(self, doc: Doc, prepared: _Prepared, opinions: dict[int, Opinion]) -> None:
        events, candidates, lifted = prepared.events, list(prepared.candidates), prepared.lifted
        if not opinions:
            return
        rules = by_sentence(events)
        needed = {s for s, o in opinions.items() if needs_candidates(rules.get(s, []), o, self.policy)}
        if needed:
            # Candidates where the classifier vetoes the rules.
            vetoes = needed & set(rules)
            candidates += self.coder.candidates(doc, doc._.mentions or [], doc._.article_id or "", vetoes)
            lifted |= self.coder.lifted
        fused = fuse_doc(
            doc,
            events,
            candidates,
            opinions,
            self.policy,
            functools.partial(self.coder.settle, lifted),
        )
        published = doc._.published
        if published is not None:
            fused = [
                e
                if e.date is not None
                else replace(e, date=published.isoformat(), date_precision="publication")
                for e in fused
            ]
        doc._.events = fused


@dataclass(frozen=True)
class _Prepared:
    events: list[Event]
    candidates: list[Event]
    texts: dict[int, str]  # sentence start → text of the sentences to embed, in sentence order
    lifted: frozenset[Lifted]  # candidates whose rule's sense did not hold (`CandidateCoder.settle`)
