"""Code the events of a parsed Doc: codebook triggers, roles from the dependency tree.

Sources and targets come from the parse (subject, object, prepositional
phrases, passives, coordination: `roles.py`), never from mere co-occurrence in
a sentence; what a sentence implies without naming it (a place for its
country, the authorities behind an arrest) is inferred in `implied.py` and
marked. An event whose participants are not actors is left uncoded.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.actors.groups import NON_STATE_ARMED
from wirewatch.doctools import sentences
from wirewatch.events.codebook import CameoCode, Codebook, Rule, all_verb_forms, noun_inflections
from wirewatch.events.implied import (
    HOST_RULE_PENALTY,
    INHERITED_SUBJECT_PENALTY,
    PAIR_PENALTY,
    UNIDENTIFIED_FORCES,
    host_of,
    implied_authority,
    pair_mentions,
    self_retreat,
    state_act,
    unattributed,
    with_domestic_target,
    with_place_target,
)
from wirewatch.events.modality import (
    BE_FORMS,
    SUBJECT_DEPS,
    by_chance,
    cue_kinds,
    decided,
    habitual,
    infinitive_clause,
    marked_by_to,
    modality,
    past_word,
    polarity,
    present_base,
    word_kinds,
)
from wirewatch.events.purpose import purpose_code
from wirewatch.events.relevance import (
    VERBAL_QUADS,
    between_private_persons,
    business_cooperation,
    electoral,
    news_gathering,
    off_topic,
    private_meeting,
    rally_of_office_holders,
)
from wirewatch.events.roles import (
    RELATIVE_PRONOUNS,
    RESUMPTIVE_PRONOUNS,
    Roles,
    actor_key,
    actors_at,
    governing_verb,
    is_summary,
    is_verbal,
    names_one_of,
    prep_objects,
    speaker_actors,
    speaker_of_clause,
    subject_actors,
)
from wirewatch.events.words import role_words
from wirewatch.model import (
    LEARNED,
    NO_INFERENCE,
    ActorRef,
    Event,
    Inference,
    Mention,
    Modality,
    Polarity,
    Span,
    event_id,
)

PRONOUN_PENALTY = 0.1
TIME_ENTITIES = frozenset({"DATE", "TIME"})
SUPPORT_CAMEO = "051"  # CAMEO: praise or endorse
FIRST_PERSON = frozenset({"i", "we", "our", "my", "us", "me"})
COMPLEMENT_PENALTY = 0.05
COMPLEMENT_PREPS = frozenset({"to", "on", "against", "with", "from", "for"})
CONDITION_MARKS = frozenset({"if", "unless"})
# A verdict is the predicate of a copular clause ("was a disgrace", "is dangerous", "seems reckless").
VERDICT_DEPS = frozenset({"attr", "acomp", "oprd"})
# The parse has no lemmas: the copula's forms.
COPULAS = (
    BE_FORMS
    | {"been", "being", "\u2019s", "\u2019re"}
    | all_verb_forms(frozenset({"seem", "appear", "remain", "become"}))
)
# CAMEO 18 (unconventional violence) vs 19 (conventional military force): see _unconventional.
MATERIAL_FORCE_CODES = frozenset({"191", "192"})  # blockade, occupation: military whoever does them
SHOOTING_CAMEO = "193"
NON_MILITARY_SECTORS = frozenset({"COP", "CVL", "CRM", "OPP", "LAB", "EDU", "MED", "REL", "BUS", "REF"})
# A decided act of conflict is the act ("the EU decided to impose sanctions" sanctions); a
# decided act of cooperation stays a promise (AGREE, intent.tsv) until it is done.
DECIDED_QUADS = frozenset({3, 4})
MATERIAL_COOPERATION = 2  # CAMEO quad class
MATERIAL_CONFLICT = 4
AGREEMENT = "agreement"  # the cue kind of a decision taken together ("agreed to"), modality_cues.tsv
# What an `embeds` verb embeds: its infinitive, clause or preposition, then at most an object
# noun and a preposition ("agreed to impose sanctions", "agreed to a truce").
EMBEDDED_DEPS = frozenset({"xcomp", "ccomp", "prep"})
EMBEDDED_NOUN_PATH = ("dobj", "pobj")
# How a phase verb carries a nominal event: "resumed its attacks", "talks were resumed"; an
# ending verb carries it negated ("ended the strike", see modality.polarity).
PHASE_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
PHASE_KINDS = frozenset({"aspectual", "terminative"})
# Where a clause ends, for the vocabulary that says what kind of news it is.
CLAUSE_BOUNDARIES = frozenset({"advcl", "relcl", "ccomp", "parataxis", "acl"})
# Modal auxiliaries that make a that-clause say what will be done, not what is thought.
COMMITMENT_MODALS = frozenset({"will", "would", "shall", "should", "must", "'ll", "wo"})
# A warning's clause threatens only with a modal of what is to come or may come ("warned that it
# would retaliate", "could face sanctions").
WARNING_MODALS = COMMITMENT_MODALS | {"could", "might", "may", "can", "'d"}
UNCONVENTIONAL_CAMEO = "180"
PHYSICAL_ASSAULT_CAMEO = "182"
BOMBING_CAMEO = "183"


class EventCoder:
    """Callable returning the `Event`s of one Doc given its mentions."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        # Actors (and places) by token, for the inferences that read places too; set per Doc.
        self._located: dict[int, Mention] = {}
        self._by_token: dict[int, Mention] = {}
        # Set by `_code`: its rule's sense fit, the event's context refused it (see `_first_event`).
        self._refused_in_context = False

    def __call__(self, doc: Doc, mentions: list[Mention], article_id: str) -> list[Event]:
        by_token = _mentions_by_token(doc, mentions)
        by_token.update(_first_person_speakers(doc, by_token))
        by_token.update(pair_mentions(doc, mentions, by_token))
        places = _mentions_by_token(doc, [m for m in mentions if m.kind == "place"], places=True)
        self._located = {**places, **by_token}
        self._by_token = by_token
        events: dict[tuple[str, int, str, tuple[str, ...], tuple[str, ...]], Event] = {}
        for sent in self._sentences(doc):
            coded = []
            for token in sent:
                event = self._first_event(token, sent, by_token, article_id)
                if event is not None:
                    coded.append((token, event))
            for event in self._without_embedding(coded):
                key = _dedup_key(event)
                if key not in events or events[key].confidence < event.confidence:
                    events[key] = event
        ordered = sorted(events.values(), key=lambda e: (e.sentence_start, e.trigger.start))
        return self._reaction_targets(doc, ordered, by_token)

    def _reaction_targets(self, doc: Doc, events: list[Event], by_token: dict[int, Mention]) -> list[Event]:
        """A reaction to an act (ACCUSE, SUPPORT), or an act fought off (a `counters` rule: "repulsed
        a pirate attack on the tanker"), is aimed at whoever did the act, never at the one it was
        done to: "France condemned the killing of the journalist by the militia" and
        "the UN condemned Hamas's attack on the town" target the doers the act noun's own event
        names; "the UN condemned the attack on the peacekeepers" targets no peacekeepers.
        A reaction to an act whose doer is not named ("the White House condemned the bombing",
        "Japan welcomed the release") targets the doer of that act as the article coded it
        before: the source of the latest earlier event of the noun's PLOVER type, named, not
        inferred. A denial of accusations ("Sudan denied the claims") targets whoever accused the
        denier before. Marked `Inference.ANTECEDENT` ("+antecedent")."""
        coded_at = {e.trigger.start: e for e in events}
        found: list[Event] = []
        for event in events:
            act = self._act_object(doc, event)
            if act is not None and _aimed_inside(event, act):
                done = coded_at.get(act.idx)
                doers = (
                    done.sources
                    if done is not None and _named_doers(done)
                    else tuple(m.ref() for m in doer_mentions(act, by_token))
                )
                event = replace(
                    event,
                    targets=tuple(a for a in doers if a not in event.sources),
                    inferences=event.inferences & ~GUESSED_TARGETS,
                )
            kinds = self._reacted_to(event, act)
            denial = kinds == {"ACCUSE"} and event.plover == "REJECT"
            earlier = [
                e
                for e in found
                if e.plover in kinds and _named_doers(e) and (not denial or _aimed_at(e, event.sources))
            ]
            doers = tuple(a for a in earlier[-1].sources if a not in event.sources) if earlier else ()
            if doers:
                confidence = round(max(0.05, event.confidence - ANTECEDENT_PENALTY), 2)
                event = replace(
                    event,
                    targets=doers,
                    confidence=confidence,
                    inferences=event.inferences | Inference.ANTECEDENT,
                )
            found.append(event)
        return found

    def _act_object(self, doc: Doc, event: Event) -> Token | None:
        """The act a reaction (ACCUSE, SUPPORT) is about: the trigger's object when it is an event
        noun ("condemned the attack on the embassy", "welcomed the release of the hostages"); or
        the act a `counters` rule's source fought off ("repulsed two hijack attempts")."""
        counters = self._countering.get(event.rule)
        if (event.plover not in REACTION_TYPES and counters is None) or event.inferences & LEARNED:
            return None
        span = doc.char_span(event.trigger.start, event.trigger.end)
        if span is None or len(span) != 1:
            return None
        objects = [c for c in span[0].children if c.dep_ == "dobj"]
        if counters is not None:
            return next((c for c in objects if names_one_of([c], counters.objects)), None)
        return next((c for c in objects if self.codebook.noun_rules(c.lower_)), None)

    @functools.cached_property
    def _countering(self) -> dict[str, Rule]:
        return {r.rule: r for r in self.codebook.rules if r.counters}

    def _reacted_to(self, event: Event, act: Token | None) -> set[str]:
        """The PLOVER types of what a targetless reaction is about: for a condemnation or a
        welcome, the type of the event noun that is its object; for a denial of responsibility
        (CAMEO 016), an accusation."""
        if event.targets or event.inferences & LEARNED:
            return set()
        if event.plover == "REJECT" and event.cameo == DENIAL_CAMEO:
            return {"ACCUSE"}
        if act is None:
            return set()
        return {r.plover for r in self.codebook.noun_rules(act.lower_)}

    def _sentences(self, doc: Doc) -> list[SpacySpan]:
        """The sentences to code (all of them; a subclass may code fewer)."""
        return sentences(doc)

    @functools.cached_property
    def _embedding_rules(self) -> frozenset[str]:
        return frozenset(r.rule for r in self.codebook.rules if r.embeds)

    def _without_embedding(self, coded: list[tuple[Token, Event]]) -> list[Event]:
        """Drop an event of an `embeds` rule when the act its infinitive or clause embeds is
        coded, affirmed: "agreed to impose sanctions" is the sanctions, not an agreement (see
        codebook); "agreed to stop attacking" stays an agreement."""
        embedding = self._embedding_rules
        done = [(t, e) for t, e in coded if e.polarity == "affirmed" and e.modality != "hypothetical"]
        return [
            event
            for token, event in coded
            if event.rule not in embedding
            or not any(_embeds(token, other) for other, _ in done if other.i != token.i)
        ]

    def _first_event(
        self, token: Token, sent: SpacySpan, by_token: dict[int, Mention], article_id: str
    ) -> Event | None:
        """Rules are tried in codebook order; the first that codes an event wins. One whose sense
        fits but whose context says no political event (`_refused_in_context`) ends the search: the
        word's next sense is no reading of it ("Trump attacked his wife, Heidi" is words between
        private persons, not an attack)."""
        for rule in self._rules_for(token):
            event = self._code(rule, token, sent, by_token, article_id)
            if event is not None:
                return event
            if self._refused_in_context:
                return None
        return None

    def _rules_for(self, token: Token) -> list[Rule]:
        form = token.lower_
        if token.dep_ == "aux":
            return self.codebook.modal_rules(form)
        if token.dep_ in VERDICT_DEPS and token.head.lower_ in COPULAS:
            verdicts = self.codebook.verdict_rules(form)
            if verdicts:
                return verdicts
        verbs, nouns = self.codebook.verb_rules(form), self.codebook.noun_rules(form)
        if not verbs and not nouns:
            return []
        if is_verbal(token):
            return [r for r in verbs if rule_fits_verb(r, token)]
        if token.ent_type_ in TIME_ENTITIES:
            return []  # "in March", "on Strike Day": a date, no event noun
        # A noun rule's `objects` are the modifiers it needs ("war games", not "the Asian Games"),
        # its `not_objects` those it cannot have ("a heart attack").
        return [
            r
            for r in nouns
            if (not r.objects or _modified_by(token, r.objects))
            and not (r.not_objects and _modified_by(token, r.not_objects))
            and (not r.purposes or names_one_of(_purpose_heads(token), r.purposes))
        ]

    def _unnamed_target(self, rule: Rule, token: Token, roles: Roles, by_token: dict[int, Mention]) -> Roles:
        """A target the rule's slots did not name: the ones an act of force compels, else a place."""
        if rule.cameo.quad_class == MATERIAL_CONFLICT:
            roles = _with_compelled_target(token, roles, by_token)
        return roles if roles.targets else with_place_target(rule, token, roles, self._located)

    def _code(
        self, rule: Rule, token: Token, sent: SpacySpan, by_token: dict[int, Mention], article_id: str
    ) -> Event | None:
        self._refused_in_context = False
        if not _sense_fits(rule, token):
            return None
        if rule.pos == "noun" and rule.plover == "REQUEST" and not self._governed(rule, token):
            # "called for the release of": the asking is the verb's; "the State Department's
            # release", "Burma's bipartisan appeal" ask nothing
            return None
        roles = self._roles(rule, token, by_token)
        if roles is not None and not roles.sources:
            roles = self._implied_source(rule, token, sent, roles, by_token)
        if roles is None or not roles.sources or not _sectors_fit(rule, roles.sources):
            return None
        if not roles.targets and not rule.symmetric:
            roles = self._unnamed_target(rule, token, roles, by_token)
        roles = _without_own_state(_without_victims_country(rule, roles))
        offered = _offered_with_no_one_named(rule, token)
        if rule.requires_target and not roles.targets and not offered:
            return None  # a rule that needs a named target gets no guessed one
        if not roles.targets and not rule.symmetric and not offered:
            roles = with_domestic_target(rule, sent, roles, self._located, token)
        sources, targets = roles.sources, roles.targets
        if any(_bare_pronoun(m) for m in sources + targets):
            roles = Roles(sources, targets, roles.penalty + PRONOUN_PENALTY, roles.inferences)
        if any(m.rule == "pair" for m in sources + targets):
            roles = Roles(sources, targets, roles.penalty + PAIR_PENALTY, roles.inferences | Inference.PAIR)
        carrier = self._carrier(rule, token)
        self._refused_in_context = (
            habitual(carrier or token)
            or by_chance(carrier or token)
            or _not_political(rule, token, sources, targets)
            or _accident(rule, sent, sources)
            or _done_by_nature(token)
            or _walked_in(rule, token)
            or _public_opinion(rule, token, carrier, sources)
            or _said_by_the_public(rule, sources)
            or (rule.cameo.quad_class in VERBAL_QUADS and _a_poll_share(token))
            or _foretold(rule, token, by_token)
            or _a_risk(rule, token)
            or self._said_by_an_event(rule, token, by_token)
            or self._deed_hung_on_words(rule, token)
        )
        if self._refused_in_context:
            return None  # "police usually arrest protesters"; "the striker attacked the goal"
        mood = modality(token, sent, sources, lambda verb: speaker_actors(verb, by_token), carrier)
        code, plover, mode, sign, mood, reading = self._reading(
            rule,
            polarity(token),
            mood,
            Inference.IMPLIED in roles.inferences,
            decided(token, carrier) if mood == "future" else None,
        )
        code = self._unconventional(code, sources, roles.inferences)
        sought = purpose_code(code, token, carrier, self.codebook.cameo) if code is rule.cameo else code
        if sought is None:
            return None  # a rejected demand that asks for no reform (reform_purposes.yaml `drop`)
        code = sought  # "marched demanding the president's resignation": 141 -> 1411
        confidence = round(max(0.05, rule.confidence - roles.penalty), 2)
        trigger = Span(token.idx, token.idx + len(token.text), token.text)
        return Event(
            event_id=event_id(article_id, sent.start_char, token.idx, plover),
            article_id=article_id,
            plover=plover,
            mode=mode,
            cameo=code.code,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            polarity=sign,
            modality=mood,
            sources=tuple(m.ref() for m in sources),
            targets=tuple(m.ref() for m in targets),
            sentence=sent.text.strip(),
            sentence_start=sent.start_char,
            trigger=trigger,
            confidence=confidence,
            rule=rule.rule,
            inferences=roles.inferences | reading,
        )

    def _roles(self, rule: Rule, token: Token, by_token: dict[int, Mention]) -> Roles | None:
        """Source and target actors as the parse gives them."""
        if rule.pos == "modal":
            return _modal_roles(token, by_token)
        if rule.pos == "verdict":
            return _verdict_roles(token, by_token)
        if rule.pos == "verb" and _headline_passive(rule, token):
            # "Egypt activist released": the subject is the one released, by whom is not said.
            subject = [m for c in token.children if c.dep_ == "nsubj" for m in actors_at(c, by_token)]
            return Roles((), tuple(subject), 0.0, Inference.HEADLINE)
        if rule.pos == "verb":
            return _verb_roles(rule, token, by_token)
        return _noun_roles(rule, token, by_token, self.codebook)

    def _implied_source(
        self, rule: Rule, token: Token, sent: SpacySpan, roles: Roles, by_token: dict[int, Mention]
    ) -> Roles:
        """A source the sentence implies without naming it (see `implied.py`)."""
        if rule.plover == "ASSAULT":
            if not roles.targets and not rule.requires_target:
                # "a missile hit a hospital in Kharkiv": the ground struck stands for its country
                roles = with_place_target(rule, token, roles, self._located)
            return unattributed(token, sent, roles, self._located, by_token)
        if rule.plover == "RETREAT" and rule.pos == "verb" and not state_act(rule):
            # "Troops were withdrawn" stand down themselves; "journalists were freed" did not
            # free themselves: a release is the authorities' act (implied_authority).
            roles = self_retreat(token, roles, by_token)
        if not roles.sources and state_act(rule) and self._governed(rule, token):
            roles = implied_authority(rule, token, sent, roles, self._located, by_token)
        return roles

    def _said_by_an_event(self, rule: Rule, token: Token, by_token: dict[int, Mention]) -> bool:
        """Words or a stance whose subject is an event, not an actor ("the spate of police
        shootings demands that Americans listen", "the strikes prompted calls for calm"): whoever
        the event noun's phrase names ("police") did not say it."""
        if rule.pos != "verb" or rule.cameo.quad_class not in VERBAL_QUADS:
            return False
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            heads = [subject]
            if _counts_what_follows(subject):
                heads += prep_objects(subject, {"of"})  # "a spate of shootings"
            if any(self.codebook.noun_rules(h.lower_) and h.i not in by_token for h in heads):
                return True  # ("the opposition", an actor, still speaks)
        return False

    def _deed_hung_on_words(self, rule: Rule, token: Token) -> bool:
        """A deed in a participle the parse hangs on a verb of words ("accused the government of
        bombing the area, killing seven people"): the deed is what the words are about, no act
        of the speaker's; the verb's rules all code talk (CAMEO's verbal quad classes)."""
        if rule.pos != "verb" or rule.cameo.quad_class in VERBAL_QUADS or token.dep_ != "advcl":
            return False
        if not token.lower_.endswith("ing") or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return False
        known = self.codebook.verb_rules(token.head.lower_)
        return bool(known) and all(r.cameo.quad_class in VERBAL_QUADS for r in known)

    def _carrier(self, rule: Rule, token: Token) -> Token | None:
        """The verb a nominal trigger's rule names as carrying its event ("ordered an
        investigation", "continued its offensive"), not any verb it happens to hang from."""
        verb = governing_verb(token) if rule.pos == "noun" else None
        if verb is None:
            return None
        named = any(self.codebook.is_form_of(verb.lower_, g) for g in rule.governors if g != "*")
        if named or ("*" not in rule.governors and _governs(rule, verb, self.codebook, token)):
            return verb
        return None

    def _governed(self, rule: Rule, token: Token) -> bool:
        """A nominal trigger counts only under one of its rule's verbs ("put under investigation",
        not "the probe is said to have")."""
        if rule.pos != "noun":
            return True
        verb = governing_verb(token)
        return verb is not None and _governs(rule, verb, self.codebook, token)

    def _unconventional(
        self, code: CameoCode, sources: tuple[Mention, ...], inferences: Inference
    ) -> CameoCode:
        """CAMEO keeps 19 (conventional military force) for armed forces and states. Violence by
        police, civilians or criminals is 18 (182, physically assault); an attack with no named
        attacker is 18 too (183 when a bomb or blast struck, else 180)."""
        if not code.code.startswith("19") or code.code in MATERIAL_FORCE_CODES:
            return code
        fired_from_afar = all(m.country is None and m.sector == UNIDENTIFIED_FORCES for m in sources)
        if inferences & (Inference.UNATTRIBUTED | Inference.UNATTRIBUTED_BOMBING) and not fired_from_afar:
            # (a missile, a drone or an air strike from no known country is still military force)
            wanted = BOMBING_CAMEO if Inference.UNATTRIBUTED_BOMBING in inferences else UNCONVENTIONAL_CAMEO
            return self.codebook.cameo.get(wanted, code)
        if sources and all(m.sector in NON_MILITARY_SECTORS for m in sources):
            return self.codebook.cameo.get(PHYSICAL_ASSAULT_CAMEO, code)
        return code

    def _reading(
        self,
        rule: Rule,
        sign: Polarity,
        mood: Modality,
        implied: bool = False,
        decision: frozenset[str] | None = None,
    ) -> tuple[CameoCode, str, str | None, Polarity, Modality, Inference]:
        """The coding a rule gives under the trigger's polarity and modality.

        A negated trigger with a `negated` code is that code, affirmed ("did not
        accept" is a rejection). A promised or threatened material action is
        AGREE or THREATEN (data/intent.tsv), an actual event of intent; not when
        nobody named promises it ("he will be sentenced" stays a future COERCE).
        A promise not to make a concession is a refusal ("will not lift the
        embargo", intent.tsv). A decided act of conflict is the act itself, and so is any act
        one side decided alone ("Mexico decided to grant asylum to Morales"); an act of
        cooperation agreed between parties stays a promise ("agreed to withdraw").
        """
        if sign == "negated" and rule.negated is not None:
            # "will not lift the embargo" is refused now, as "did not accept" was
            code = rule.negated
            now = "actual" if mood == "future" and not implied else mood
            return code, code.plover or rule.plover, code.mode, "affirmed", now, Inference.NEGATED
        alone = decision is not None and AGREEMENT not in decision
        if decision is not None and sign == "affirmed" and (alone or rule.cameo.quad_class in DECIDED_QUADS):
            return rule.cameo, rule.plover, rule.mode, sign, "actual", Inference.DECIDED
        refusal = self.codebook.refusal_of(rule)
        if mood == "future" and sign == "negated" and refusal is not None and not implied:
            return (
                refusal,
                refusal.plover or rule.plover,
                refusal.mode,
                "affirmed",
                "actual",
                Inference.REFUSED,
            )
        intent = self.codebook.intent_of(rule)
        if mood == "future" and sign == "affirmed" and intent is not None and not implied:
            return intent, intent.plover or rule.plover, intent.mode, sign, "actual", Inference.INTENT
        return rule.cameo, rule.plover, rule.mode, sign, mood, NO_INFERENCE


def _with_compelled_target(token: Token, roles: Roles, by_token: dict[int, Mention]) -> Roles:
    """ "Fired warning shots, forcing the pirates to surrender", "shelled the town, forcing
    thousands of civilians to flee": an act of force with no target named falls on the ones it
    compels (role_words.tsv `compel`), the participle's object or its clause's subject."""
    heads = []
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.lower_ not in role_words().compel:
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


def _offered_with_no_one_named(rule: Rule, token: Token) -> bool:
    """ "The EU stands ready to help", "Japan is willing to assist": help offered with nothing
    after it is offered to whoever needs it, an intent with no target (not the doer's own country);
    "ready to help Ukraine" names its target, "is ready to help end the war" is another act. Only
    material cooperation (CAMEO quad class 2): "ready to attack" with no one named threatens no one."""
    return (
        rule.cameo.quad_class == MATERIAL_COOPERATION
        and token.dep_ == "xcomp"
        and token.head.dep_ == "acomp"
        and "future" in cue_kinds(token.head)
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "dative") for c in token.children)
    )


def _bare_pronoun(mention: Mention) -> bool:
    """A pronoun actor ("he") with nothing inferred on it. One that took a one-country story's
    country (ARTICLE) is not penalised: its rule, "pronoun+article", never read as "pronoun"."""
    return mention.rule == "pronoun" and not mention.inferences


def _embeds(verb: Token, act: Token) -> bool:
    """Is `act` what `verb` embeds: its infinitive or clause ("agreed to withdraw"), or the event
    noun that infinitive carries ("agreed to impose sanctions"), or its prepositional object
    ("agreed to a truce")? Not anything further down ("agreed to a ceasefire halting the
    incursion")."""
    path = []
    for node in [act, *act.ancestors]:
        if node.i == verb.i:
            break
        path.append(node.dep_)
    else:
        return False
    top, below = path[-1], path[:-1]
    return (
        top in EMBEDDED_DEPS
        and len(below) <= len(EMBEDDED_NOUN_PATH)
        and all(dep in EMBEDDED_NOUN_PATH for dep in below)
    )


def _sense_fits(rule: Rule, token: Token) -> bool:
    """Word senses a rule's pattern cannot say: "air strikes" and "missile strikes" are no
    labour strike; "a campaign rally" and "mobilised voters" are an election's, no protest
    and no mobilisation."""
    if electoral(token, rule.plover):
        return False
    if rule.plover == "PROTEST" and rule.pos == "noun":
        return not any(
            c.dep_ in ("compound", "amod") and c.lower_ in role_words().military for c in token.children
        )
    return True


def _not_political(
    rule: Rule, token: Token, sources: tuple[Mention, ...], targets: tuple[Mention, ...]
) -> bool:
    """No political event, whatever the verb: sports, business or entertainment news ("the
    striker attacked the goal"), talk between private persons ("Lynch asked Coleman whether he
    had lied"), a meeting of private people ("students attended their first meeting"), a
    politician's rally ("Trump's second rally Thursday")."""
    return (
        off_topic(_clause_of(token), sources + targets)
        or _figure_of_speech(rule, token)
        or between_private_persons(rule.cameo.quad_class, sources + targets)
        or private_meeting(rule.plover, sources, targets)
        or news_gathering(rule.plover, rule.lemma, sources, targets)
        or business_cooperation(rule.plover, sources, targets)
        or rally_of_office_holders(rule.cameo.code, sources)
    )


def _accident(rule: Rule, sent: SpacySpan, sources: tuple[Mention, ...]) -> bool:
    """A death or injury a private person caused in an accident the sentence names ("a driver
    charged with DWI after he struck and killed a woman", "killed a cyclist in a crash"): no
    attack. Forces, police, armed groups and criminals keep theirs ("troops killed two men after
    the crash"), and so does a shooting."""
    if rule.plover != "ASSAULT" or rule.cameo.code == SHOOTING_CAMEO or not sources:
        return False
    if any(m.sector not in (None, "CVL") for m in sources):
        return False
    return any(t.lower_ in role_words().disaster for t in sent)


# Reactions whose target is the doer of the act they react to (`_reaction_targets`).
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT"})
ANTECEDENT_PENALTY = 0.1
# Inferred doers name no one a reaction could be aimed at.
INFERRED_DOERS = Inference.UNATTRIBUTED | Inference.UNATTRIBUTED_BOMBING | Inference.IMPLIED | Inference.PAIR
DENIAL_CAMEO = "016"  # CAMEO: deny responsibility


def _aimed_at(event: Event, actors: Sequence[ActorRef]) -> bool:
    """Whether one of `event`'s targets is one of `actors`, or of the same country."""
    ids = {a.actor_id for a in actors} | {a.country for a in actors if a.country}
    return any(t.actor_id in ids or t.country in ids for t in event.targets)


# Targets a step guessed for an act with none named: the act's place, or the source's own country.
GUESSED_TARGETS = Inference.PLACE | Inference.DOMESTIC


def _aimed_inside(event: Event, act: Token) -> bool:
    """The reaction's targets all sit inside the phrase of the act it is about (or it has none):
    actors and places named there ("the attack on the peacekeepers", "the Kabul bombing")."""
    phrase = act.doc[act.left_edge.i : act.right_edge.i + 1].text
    return all(a.text in phrase for a in event.targets)


DOER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def doer_mentions(act: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The actors an act's or a deed's phrase names as its doer: its "by" agent ("an attack by
    forces loyal to the SPLA": the SPLA, as `actors_at` reads a group's owner), its possessor
    or a named modifier that is no place ("North Korea's reckless acts", "Hamas's raid"; "the
    Kabul bombing" names where, not who); not what it was done to ("a breach of U.N. resolutions")."""
    found = [m for h in prep_objects(act, {"by"}) for m in actors_at(h, by_token)]
    found += [by_token[c.i] for c in act.children if c.dep_ in DOER_DEPS and c.i in by_token]
    return [m for m in found if m.kind != "place"]


def _named_doers(event: Event) -> bool:
    return bool(event.sources) and event.polarity == "affirmed" and not event.inferences & INFERRED_DOERS


# A fire is a disaster as a verb's subject ("the church fire destroyed the records"); as an
# object it is shooting ("opened fire"), so it is not in role_words.tsv's class.
FIRES = frozenset({"fire", "fires"})


def _done_by_nature(token: Token) -> bool:
    """An act whose subject is a disaster or a fire ("the church fire destroyed church records",
    "floods cut off the villages"): no one did it, and a word on the subject ("church") is
    where it happened, not a doer."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return any(c.lower_ in role_words().disaster or c.lower_ in FIRES for c in subjects)


# Protest verbs that say how one moves: "into" a place they enter it ("blocked transport into
# Abidjan" is still a blockade).
MOTION_VERBS = frozenset({"march", "parade", "walk"})


def _walked_in(rule: Rule, token: Token) -> bool:
    """ "A gunman who marched into a company party": a march "into" a place is entering it, no
    protest."""
    return rule.lemma in MOTION_VERBS and rule.pos == "verb" and bool(prep_objects(token, {"into"}))


def _a_risk(rule: Rule, token: Token) -> bool:
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


def _foretold(rule: Rule, token: Token, by_token: dict[int, Mention]) -> bool:
    """A warning that something will happen ("warned that Britain's exit will sap Europe's
    defences") or of a danger ("warned voters about the risks of staying home"): a prediction,
    no threat. What the warner itself would do ("warned that it would
    retaliate") or an actor's act ("warned that Russia would respond") is still one."""
    if rule.plover != "THREATEN" or rule.pos != "verb":
        return False
    warned = [token, *(c for c in token.children if c.dep_ == "dobj")]  # the phrase may hang on either
    if any(p.lower_ in DANGERS for w in warned for p in prep_objects(w, {"about", "of"})):
        return True  # "warned his supporters about the dangers of staying home"
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        subjects = _clause_subjects(clause)
        if subjects and not any(s.i in by_token or s.lower_ in RESUMPTIVE_PRONOUNS for s in subjects):
            return True
        if subjects and not any(a.dep_ == "aux" and a.lower_ in WARNING_MODALS for a in clause.children):
            return True  # "warned Israel it was destroying its image": what is, no act to come
    return False


def _clause_subjects(clause: Token) -> list[Token]:
    """A clause's subjects, an expletive "there" among them ("there had been clashes")."""
    return [s for s in clause.children if s.dep_ in SUBJECT_DEPS or s.dep_ == "expl"]


def _public_opinion(rule: Rule, token: Token, carrier: Token | None, sources: tuple[Mention, ...]) -> bool:
    """Support that groups of the public hold ("Americans' support for the candidates", "women's
    support for the ban", "black voters supported Obama in two elections"): opinion a poll or a
    vote measures, no act, unless a verb of the rule voices it ("thousands of farmers voiced
    support for the strike")."""
    if not sources or not all(m.kind == "group" and m.sector == "CVL" for m in sources):
        return False
    if rule.pos == "verb":
        return rule.cameo.code == SUPPORT_CAMEO
    return token.lower_ in role_words().opinion and carrier is None


# Words of a share of a group, as a poll or a vote measures it: "62 percent of Republicans".
POLL_SHARES = frozenset({"percent", "per cent", "%", "pct", "percentage"})


def _said_by_the_public(rule: Rule, sources: tuple[Mention, ...]) -> bool:
    """Words of people at large ("people are blaming it on immigrants", "critics call it a
    mouthpiece"): no actor said them."""
    public = role_words().public
    return rule.cameo.quad_class in VERBAL_QUADS and all(m.text.lower() in public for m in sources)


def _a_poll_share(token: Token) -> bool:
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
    return any(s.lower_ in role_words().abstract for s in _relative_antecedent(token, subjects))


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


def _sectors_fit(rule: Rule, sources: Iterable[Mention]) -> bool:
    """Every source is of a sector the rule allows; STATE is a state named as such."""
    if not rule.source_sectors:
        return True
    return all((m.sector or ("STATE" if m.kind == "country" else "")) in rule.source_sectors for m in sources)


def _dedup_key(event: Event) -> tuple[str, int, str, tuple[str, ...], tuple[str, ...]]:
    def ids(refs: Iterable[ActorRef]) -> tuple[str, ...]:
        return tuple(sorted(r.actor_id or r.text for r in refs))

    return (event.plover, event.sentence_start, event.polarity, ids(event.sources), ids(event.targets))


def _mentions_by_token(doc: Doc, mentions: list[Mention], places: bool = False) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for mention in mentions:
        if (mention.kind == "place") != places:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                out[token.i] = mention
    return out


def _first_person_speakers(doc: Doc, by_token: dict[int, Mention]) -> dict[int, Mention]:
    """ "I"/"we"/"our" inside a quote stand for its speaker (doc._.quotes, wirewatch_quotes)."""
    out: dict[int, Mention] = {}
    for quote in getattr(doc._, "quotes", None) or []:
        speaker = quote.speaker
        if speaker is None or speaker.country is None:
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        for token in span if span is not None else ():
            if token.lower_ in FIRST_PERSON and token.i not in by_token:
                out[token.i] = Mention(
                    token.idx,
                    token.idx + len(token.text),
                    token.text,
                    "person",
                    speaker.country,
                    speaker.sector,
                    speaker.name,
                    speaker.role,
                    speaker.actor_id,
                    "quote-speaker",
                )
    return out


def _headline_passive(rule: Rule, token: Token) -> bool:
    """A headline drops "was": "Activist released", "Journalists detained". A verb whose rule
    names its objects, with no object and no auxiliary, and whose subject is of that class."""
    if any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in token.children):
        return False
    if relative_object(token):
        # "the messages the agency released": the subject released them, it was not released.
        return False
    if any(c.dep_ == "ccomp" and _clause_subjects(c) for c in token.children):
        return False  # "the minister urged that the rebels stop": a clause is its object
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects:
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


def _has_particle(token: Token, particle: str) -> bool:
    """ "call off", "push for"; "recognised X as president" may hang its "as" on the object."""
    holders = [token]
    if particle == "as":
        holders += [c for c in token.children if c.dep_ == "dobj"]
    # "was called a charlatan for promoting cures": a name given, then its reason; a phrase after
    # the name is no particle ("called on Obama to act, the latest sign ..." keeps its "on").
    named = min((c.i for c in token.children if c.dep_ == "oprd"), default=len(token.doc))
    # In the passive the particle is stranded ("protesters were fired on"); "was fired from his
    # job at a firm" has an "at" with an object of its own and is no "fire at".
    passive = any(c.dep_ == "auxpass" for c in token.children)
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
    # "rolled back the restrictions": the parse may take the particle right after its verb for an adverb
    if any(c.dep_ == "advmod" and c.i == token.i + 1 and c.lower_ == particle for c in token.children):
        return True
    # "called for sanctions to be extended": the parse makes "for" the mark of the clause
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == particle and m.i > token.i for m in c.children)
        for c in token.children
    )


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


def _only_words(rule: Rule, token: Token) -> bool:
    """ "Called Ryan a weak leader": a verb with an object complement names, no call; "declined to
    comment", "refused to say": CAMEO 011, a statement, no rejection."""
    if rule.plover == "CONSULT":
        return any(c.dep_ == "oprd" for c in token.children)
    return rule.plover == "REJECT" and _withholds_comment(token)


def rule_fits_verb(rule: Rule, token: Token) -> bool:
    if rule.particle and not _has_particle(token, rule.particle):
        return False
    if _only_words(rule, token):
        return False
    if rule.clause_opinion and _states_an_opinion(token):
        return False
    if rule.question_sense and _asks_a_question(token):
        return False
    if rule.needs_clause and not _names_what_is_asked(token):
        return False
    if rule.mandative and not any(_mandative(c) for c in token.children if c.dep_ == "ccomp"):
        return False
    if (
        rule.objects
        and not _headline_passive(rule, token)
        and not names_one_of(_object_heads(token) + _particle_objects(rule, token), rule.objects)
    ):
        return False
    if rule.purposes and not names_one_of(_purpose_heads(token), rule.purposes):
        return False
    # "offered a reminder", and what "to" names where the verb takes no object ("agreed to an
    # interview")
    unwanted = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, {"to"})
    # "occupies one of the top posts": a part names what its "of" names.
    unwanted += [g for h in unwanted if _counts_what_follows(h) for g in prep_objects(h, {"of"})]
    if rule.not_objects and names_one_of(unwanted, rule.not_objects):
        return False
    if rule.subjects:
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "the first deployment of NATO peacekeeping troops arrived"
        subjects += [g for h in subjects for g in prep_objects(h, {"of"})]
        if not names_one_of(subjects, rule.subjects):
            return False
    return True


def _particle_objects(rule: Rule, token: Token) -> list[Token]:
    """ "looked into corruption", "insisted on elections": a prepositional verb's object follows
    its preposition."""
    return prep_objects(token, {rule.particle}) if rule.particle else []


def _object_heads(token: Token) -> list[Token]:
    """The nouns that may name a verb's object for a rule's `objects`."""
    # "called the accord a mistake", "described the storming as treasonous": the object
    # complement names it too.
    heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
    # "the messages the agency released": a relative clause's object is the noun it modifies.
    heads += relative_object(token)
    heads += [
        g
        for h in [token, *heads]
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
    ]
    # "tons of aid", "part of the stronghold": the noun after "of" names the object too.
    heads += [g for h in heads if _counts_what_follows(h) for g in prep_objects(h, {"of"})]
    # "provided Egypt with military aid", "supplied the rebels with weapons": the thing given
    # is named after "with", the one given it is the object.
    heads += [g for h in [token, *heads] for g in prep_objects(h, {"with"})]
    # "provided $2 million in assistance", "$12 million for emergency relief": an amount's
    # "in" or "for" names what it is, whether the parse hangs it on the amount or the verb.
    amounts = [h for h in heads if _is_amount(h)]
    if amounts:
        heads += [g for h in [*amounts, token] for g in prep_objects(h, {"in", "for"})]
    # "provided the army with aircraft, vehicles and weapons": every noun of a list.
    heads += [c for h in heads for c in h.conjuncts if c not in heads]
    return heads


PURPOSE_PREPS = frozenset({"as", "on", "for", "with", "to", "into"})  # "into": where it is aimed


def _purpose_heads(verb: Token) -> list[Token]:
    """What an act is said to be for: its "as", "on", "for", "with" and "to" phrases ("deployed as
    peacekeepers", "sent on a peacekeeping mission", "deployed troops to the UN peacekeeping
    mission", on the verb or its object) and the object and phrases of its purpose infinitive
    ("arrived to join the UN peacekeeping mission")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [g for h in [verb, *objects] for g in prep_objects(h, PURPOSE_PREPS)]
    for clause in verb.children:
        # "allowed US aircraft to use its bases", "permission to use its airspace": an infinitive
        # with a subject of its own, or on a noun, too
        if infinitive_clause(clause) or (clause.dep_ in ("ccomp", "acl") and marked_by_to(clause)):
            heads += [c for c in clause.children if c.dep_ == "dobj"]
            heads += prep_objects(clause, PURPOSE_PREPS | {"in", "to", "from"})
            # "threatened to pull out of the talks": "out" carries the "of" phrase
            heads += [g for p in clause.children if p.lower_ == "out" for g in prep_objects(p, {"of"})]
    return heads + [g for h in heads for g in prep_objects(h, {"of"})]


def _modified_by(noun: Token, words: tuple[str, ...]) -> bool:
    """Whether a compound or adjective on `noun` is one of `words` (any inflection), or the noun
    of its "of" or "for" phrase or a modifier of that ("a terror list", "its list of tax havens",
    "support for Houthi rebels")."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    of = prep_objects(noun, {"of", "for"})
    modifiers += of + [c for g in of for c in g.children if c.dep_ in ("compound", "amod")]
    return any({m.lower_ for m in modifiers} & noun_inflections(word) for word in words)


def _counts_what_follows(noun: Token) -> bool:
    """ "tons of aid", "part of the stronghold", "dozens of prisoners": a measure, a part or a
    collective names what its "of" names; "the name of the woman" does not release her."""
    return _is_amount(noun) or noun.lower_ in role_words().measures


def _is_amount(token: Token) -> bool:
    """A sum or a quantity: "$2 million", "50,000 tonnes", "3 billion euros"."""
    if token.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or token.like_num:
        return True
    return any(c.dep_ == "nummod" for c in token.children)  # "40 million euros"


def _states_an_opinion(verb: Token) -> bool:
    """ "agreed that the crisis was grave", "accepted there had been clashes": a that-clause with a
    subject (an expletive "there" too) and no modal of what will be done, and no partner or object
    of an agreement ("agreed with Russia on a truce")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and _clause_subjects(c)]
    if not clauses or any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
        return False
    return not any(
        a.dep_ == "aux" and a.lower_ in COMMITMENT_MODALS for clause in clauses for a in clause.children
    )


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


OBLIGATION_MODALS = frozenset({"must", "should"})
# Present forms that are no subjunctive of an act: "that they are innocent", "that they have".
NOT_SUBJUNCTIVE = BE_FORMS | frozenset({"have", "do", "can", "'ve"})


def _mandative(clause: Token) -> bool:
    """A clause of what must be done, with a subject of its own: a modal of obligation ("that Iran
    must halt"), a subjunctive "be" ("that the prisoners be freed", "that the vote be fair"), or
    a present form under a past verb, where reported speech would have shifted a claim to the past
    ("insisted that the army return", "insisted that the rebels stop"). The parse has no tags, so
    the forms are read by their shape."""
    if not _clause_subjects(clause):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in OBLIGATION_MODALS for a in auxes):
        return True
    if auxes:
        return all(a.lower_ == "be" for a in auxes)
    if clause.lower_ == "be":
        return True
    return past_word(clause.head.lower_) and present_base(clause) and clause.lower_ not in NOT_SUBJUNCTIVE


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
    return any(
        (c.dep_ in infinitives and marked_by_to(c))
        or (c.dep_ in clauses and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))
        or (c.dep_ == "prep" and c.lower_ == "for")
        for c in head.children
    )


def relative_object(verb: Token) -> list[Token]:
    """The noun a relative clause modifies when the clause's verb has a subject of its own and no
    object but a relative pronoun: "the prisoners (that) the army released" -> prisoners."""
    if verb.dep_ != "relcl":
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lower_ not in RELATIVE_PRONOUNS for o in objects):
        return []
    return [verb.head]


def _passive_subject_is_target(rule: Rule, token: Token) -> bool:
    """ "X was arrested": the passive subject is what the object would be. Not for a rule whose
    target is only a prepositional object ("fired on", "complained about"): "a man who was fired
    from his job at a firm" was not shot at."""
    if not any(c.dep_ == "nsubjpass" for c in token.children):
        return False
    return any(":" not in t for t in rule.targets)


def _targets(rule: Rule, token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    deps = {t for t in rule.targets if ":" not in t}
    preps = {t.split(":", 1)[1] for t in rule.targets if t.startswith("prep:")}
    heads = [c for c in token.children if c.dep_ in deps] + prep_objects(token, preps)
    if "dobj" in deps:
        heads += relative_object(token) + _object_read_as_complement(token)
    # "withdrew its ambassador from Mexico": the phrase often hangs on the object.
    heads += [g for c in token.children if c.dep_ == "dobj" for g in prep_objects(c, preps - {"of"})]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    # "paid $500 million in aid to survivors": the phrase hangs on what the sum is of.
    heads += [
        g for c in objects if _is_amount(c) for n in prep_objects(c, {"in"}) for g in prep_objects(n, preps)
    ]
    # "made a contribution of 56 million euros to the WFP": the phrase hangs on the sum after "of".
    heads += [
        g for n in prep_objects(token, {"of"}) if _is_amount(n) for g in prep_objects(n, preps - {"of"})
    ]
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
    if _passive_subject_is_target(rule, token) and token.dep_ != "ROOT":
        heads = [c for c in token.children if c.dep_ == "nsubjpass"] + heads
    if rule.purposes and "in" in preps:
        # "contribute to the NATO-led force in Afghanistan": where what it is for is.
        heads += [g for h in _purpose_heads(token) for g in prep_objects(h, {"in"})]
    found: list[Mention] = []
    for head in heads:
        for mention in actors_at(head, by_token):
            if mention not in found:
                found.append(mention)
    return found


def _object_read_as_complement(verb: Token) -> list[Token]:
    """ "called SEC Chair Mary Jo White the biggest barrier": with two object complements and no
    object the parse took the object for a complement; the first is the object."""
    complements = [c for c in verb.children if c.dep_ == "oprd"]
    if len(complements) < 2 or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return complements[:1]


def _names_given(head: Token, words: tuple[str, ...]) -> bool:
    """ "with military aid", "with $50 billion in assistance": the phrase names one of `words`."""
    heads = [head, *prep_objects(head, {"of"}), *head.conjuncts]
    if _is_amount(head):
        heads += prep_objects(head, {"in"})
    return names_one_of(heads, words)


def _prep_targets(rule: Rule, token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    preps = {t.split(":", 1)[1] for t in rule.targets if t.startswith("prep:")}
    found: list[Mention] = []
    for head in prep_objects(token, preps):
        found.extend(m for m in actors_at(head, by_token) if m not in found)
    return found


def _verb_roles(rule: Rule, token: Token, by_token: dict[int, Mention]) -> Roles | None:
    sources, inherited = subject_actors(token, by_token)
    aimed: list[Mention] = []
    if not sources and rule.passive_source:
        # "2,000 Russian soldiers were deployed to the border": the force sent is its sender's own;
        # "EU sanctions on Iran were lifted": the sanctions are the EU's, aimed at Iran.
        subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        aimed = [m for c in subjects for m in _prep_targets(rule, c, by_token)]
        sources = [m for c in subjects for m in actors_at(c, by_token) if m not in aimed]
    targets = _targets(rule, token, by_token) or aimed
    if _passive_subject_is_target(rule, token):
        passive = [m for c in token.children if c.dep_ == "nsubjpass" for m in actors_at(c, by_token)]
        targets = passive + [m for m in targets if m not in passive]
    penalty = INHERITED_SUBJECT_PENALTY if inherited else 0.0
    inferred = NO_INFERENCE
    if not targets:
        targets = _complement_targets(token, by_token, {actor_key(m) for m in sources}, rule.own_targets)
        if targets:
            penalty, inferred = penalty + COMPLEMENT_PENALTY, Inference.COMPLEMENT
    if not targets and rule.plover == "THREATEN":
        targets = _condition_subjects(token, by_token, {actor_key(m) for m in sources})
        if targets:
            penalty, inferred = penalty + COMPLEMENT_PENALTY, Inference.CONDITION
    if not targets:
        targets = _summarised_actors(token, by_token, {actor_key(m) for m in sources})
        if targets:
            penalty, inferred = penalty + COMPLEMENT_PENALTY, Inference.SUMMARY
    roles = _finish(rule, token, sources, targets, penalty, by_token)
    return Roles(roles.sources, roles.targets, roles.penalty, roles.inferences | inferred) if roles else None


def _summarised_actors(token: Token, by_token: dict[int, Mention], sources: set[str | None]) -> list[Mention]:
    """ "Trump placed the DPRK on the list, a move criticized by Cuba": a noun that sums up the
    main clause ("a move", "a decision") stands for what its subject did, so the subject is
    the target of what is said of it."""
    noun = token.head
    if token.dep_ != "acl" or not is_summary(noun):
        return []
    clause = noun.head
    while clause.dep_ != "ROOT" and not is_verbal(clause):
        clause = clause.head
    return [m for m in subject_actors(clause, by_token)[0] if actor_key(m) not in sources]


def _complement_targets(
    token: Token, by_token: dict[int, Mention], sources: set[str | None], subjects_only: bool = False
) -> list[Mention]:
    """Targets inside the trigger's complement clause.

    "threatened to cut off electricity to Nakhichevan", "refused to lift the
    curfew on Palestinians": the object or the to/on/against/with phrase of the
    infinitive. "demanded that the US cancel its plans": the subject of the
    that-clause. With `subjects_only` (a rule of `own_targets`), only that subject: "helped
    Ukraine defend its cities" aids Ukraine, "helped bring down Nixon" no Nixon.
    """
    found: list[Mention] = []
    for child in token.children:
        purpose = child.dep_ == "advcl" and marked_by_to(child)
        if (child.dep_ == "xcomp" or purpose) and not subjects_only:
            heads = [c for c in child.children if c.dep_ in ("dobj", "dative")]
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
        elif child.dep_ == "ccomp":
            heads = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            continue
        for head in heads:
            found.extend(
                m for m in actors_at(head, by_token) if m not in found and actor_key(m) not in sources
            )
    return found


def _free_relative(clause: Token) -> bool:
    """A clause that is the trigger's object through "what" ("condemned what he called a crime"):
    its subject only names the thing, and is no party to the act."""
    return any(c.dep_ in ("dobj", "nsubj") and c.lower_ in ("what", "whatever") for c in clause.children)


def _purpose_targets(noun: Token, by_token: dict[int, Mention], sources: set[str | None]) -> list[Mention]:
    """ "a strike to protest against X", "a campaign to pressure X": the object or the
    against/on/to phrase of an infinitive clause hung on the noun."""
    found: list[Mention] = []
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or not marked_by_to(clause):
            continue
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


def _modal_roles(token: Token, by_token: dict[int, Mention]) -> Roles | None:
    """ "A said B must stop": A (the speaker) asks B (the subject of the obliged verb).

    "We must keep pushing these policies": an obligation the speaker lays on itself is an
    opinion with no one asked, no request.
    """
    return _speaker_to_subject(token.head, by_token)


def _verdict_roles(token: Token, by_token: dict[int, Mention]) -> Roles | None:
    """ "A said B's plan was a disgrace": A (the speaker) condemns B, the actor the verdict is
    passed on, named as the clause's subject or as the doer of the thing it names ("B's plan",
    "the raid by B"). Nothing when the clause denies it ("was not a betrayal"), when the speaker
    judges itself ("we were wrong") or when no actor is judged ("the weather was a disgrace")."""
    copula = token.head
    if any(c.dep_ == "neg" for c in copula.children):
        return None
    return _speaker_to_subject(copula, by_token)


def _speaker_to_subject(verb: Token, by_token: dict[int, Mention]) -> Roles | None:
    """The speaker of a reported clause (source) and the clause's subject (target), for what the
    speaker lays on or says of that subject; None when the subject is the speaker's own "we" or
    "I", or either is no actor."""
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ in FIRST_PERSON for c in subject):
        return None
    speakers = speaker_of_clause(verb, by_token)
    subjects = [m for c in subject for m in actors_at(c, by_token)]
    if not speakers or not subjects:
        return None
    return Roles(tuple(speakers), tuple(subjects), 0.0, NO_INFERENCE)


def _received_roles(
    rule: Rule, token: Token, by_token: dict[int, Mention], codebook: Codebook
) -> Roles | None:
    """ "Cuba faces new restrictions from the United States": source after "from"/"by", target the subject."""
    governor = governing_verb(token)
    if governor is None or not _governs(rule, governor, codebook, token):
        return None
    targets, inherited = subject_actors(governor, by_token)
    givers = prep_objects(token, {"from", "by"}) + prep_objects(governor, {"from", "by"})
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
    sources = [m for g in givers for m in actors_at(g, by_token)]
    penalty = INHERITED_SUBJECT_PENALTY if inherited else 0.0
    return Roles(tuple(sources), tuple(m for m in targets if m not in sources), penalty, Inference.RECEIVED)


def _phrase_parties(
    rule: Rule, token: Token, targets: list[Mention], by_token: dict[int, Mention]
) -> tuple[list[Mention], list[Mention]]:
    """A sourceless nominal's parties in its own phrases: its agent phrase ("the attack by Hamas
    on Israel", "a visit from the Japanese minister"), read only where the act falls on someone
    or is talks (an act with no one it falls on is left to the sentence's verbs); else the first
    of a "between" pair ("talks between Kenya and Uganda")."""
    sources: list[Mention] = []
    if targets or rule.plover == "CONSULT":
        agent_preps = {"by", "from"} if rule.plover == "CONSULT" else {"by"}
        sources = [m for g in prep_objects(token, agent_preps) for m in actors_at(g, by_token)]
    between = prep_objects(token, {"between"})
    if not between and token.dep_ == "nsubj" and is_verbal(token.head):
        # "fighting broke out between the army and the RSF": the pair hangs on the noun's verb.
        between = prep_objects(token.head, {"between"})
    if between and not sources:
        pair = [m for b in between for m in actors_at(b, by_token)]
        return pair[:1], pair[1:]
    return sources, targets


def _governor_subjects(
    rule: Rule, governor: Token, by_token: dict[int, Mention]
) -> tuple[list[Mention], float]:
    """A nominal's doers as its governing verb's subject, with the penalty of an inherited one."""
    sources, inherited = subject_actors(governor, by_token)
    if not sources and rule.passive_source:
        # "the army was put on high alert": with no agent, the force's own state of alert.
        sources = [m for c in governor.children if c.dep_ == "nsubjpass" for m in actors_at(c, by_token)]
    return sources, INHERITED_SUBJECT_PENALTY if inherited else 0.0


def _noun_roles(rule: Rule, token: Token, by_token: dict[int, Mention], codebook: Codebook) -> Roles | None:
    if rule.received:
        return _received_roles(rule, token, by_token, codebook)
    if token.dep_ == "compound" and token.head.lower_ in role_words().effort:
        token = token.head  # "launched a mediation effort between A and B": the phrase is the effort's
    sources, patients = _possessor_roles(rule, token, by_token)
    governor = governing_verb(token)
    penalty = 0.0
    if not sources and governor is not None and _governs(rule, governor, codebook, token):
        sources, penalty = _governor_subjects(rule, governor, by_token)
    targets = _targets(rule, token, by_token)
    if governor is not None and not targets:
        # "imposed sanctions on Iran": the parser often hangs the phrase on the verb.
        targets = (
            _prep_targets(rule, governor, by_token)
            if not rule.symmetric
            else _targets(rule, governor, by_token)
        )
    if not targets and governor is not None and "dative" in rule.targets:
        targets = _indirect_objects(token, governor, by_token)
    if not targets and not rule.symmetric and governor is not None and token.dep_ == "pobj":
        # "placed the DPRK on its list", "put Iran under sanctions": the governor's object.
        targets = [m for c in governor.children if c.dep_ == "dobj" for m in actors_at(c, by_token)]
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
    if not targets:
        targets = patients
    if not sources:
        sources, targets = _unowned_parties(rule, token, targets, by_token)
    return _finish(rule, token, sources, targets, penalty, by_token)


def _unowned_parties(
    rule: Rule, token: Token, targets: list[Mention], by_token: dict[int, Mention]
) -> tuple[list[Mention], list[Mention]]:
    """A nominal's parties when no possessor or governing verb names its doer: its own phrases
    ("the attack by Hamas"), else a modifier ("Israeli air strikes on Gaza")."""
    sources, targets = _phrase_parties(rule, token, targets, by_token)
    if not sources and targets and not rule.symmetric:
        sources = [m for m in _modifier_doers(token, by_token) if m not in targets]
    return sources, targets


# Countries and organisations of states whose name, written as a modifier, names a nominal's doer.
DOER_KINDS = frozenset({"country", "igo"})


def _modifier_doers(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """A nominal's doer named by a modifier: a nationality adjective ("Israeli air strikes on
    Gaza", "Russian shelling of Kharkiv") or an organisation's or a state's abbreviation ("US
    sanctions on Iran", "NATO strikes on Serbia"). Read only where the act falls on someone the
    phrase names (the caller's test): a country's name as a compound is as often where or about
    what ("the Gaza attacks", "Syria talks"), and "Russian sanctions" alone may be on Russia."""
    found: list[Mention] = []
    for child in token.children:
        if child.dep_ not in ("amod", "compound"):
            continue
        for mention in actors_at(child, by_token):
            acronym = child.dep_ == "compound" and child.text.isupper()
            if mention.kind in DOER_KINDS and (child.dep_ == "amod" or acronym or mention.kind == "igo"):
                found.append(mention)
    return found


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
    if owners and rule.governors and set(rule.governors) <= CHARGING_VERBS:
        return [], owners
    if owners and token.lower_ in role_words().patient and all(_one_person(m) for m in owners):
        return [], owners
    return owners, []


def _one_person(mention: Mention) -> bool:
    """A person named or by a title alone ("the opposition leader's arrest")."""
    return mention.kind == "person" or mention.role is not None


def _governs(rule: Rule, verb: Token, codebook: Codebook, noun: Token) -> bool:
    """Does `verb` carry the nominal event `noun` of `rule`, its subject being the source?"""
    if any(c.dep_ == "oprd" for c in verb.children):
        return False  # "called the strikes an act of aggression" names them, it calls no strike
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and _asks(verb, codebook):
        # "called for a strike", "pressed for sanctions": what is asked, not done (unless the
        # noun's rule codes the asking: "called for the release of prisoners")
        return rule.plover == "REQUEST"
    if any(codebook.is_form_of(verb.lower_, g) for g in rule.governors):
        return True
    if "*" in rule.governors:
        # "condemned the airstrike", "welcomed the talks": the verb is an event of its own.
        return not _codes_its_own_event(rule, verb, codebook)
    # "continued its offensive", "resumed its raids", "stepped up air strikes": a phase verb
    # carries what a support or phase verb of the rule carries, as its object ("kept talking
    # during negotiations" carries none).
    if noun.dep_ not in PHASE_OBJECT_DEPS:
        return False
    return bool(cue_kinds(verb) & PHASE_KINDS) and any(
        g in role_words().light or word_kinds(g) & PHASE_KINDS for g in rule.governors
    )


def _asks(verb: Token, codebook: Codebook) -> bool:
    """A verb of asking ("call for", "press for", "appeal for"): one the codebook codes REQUEST."""
    return any(r.plover == "REQUEST" for r in codebook.verb_rules(verb.lower_))


def _codes_its_own_event(rule: Rule, verb: Token, codebook: Codebook) -> bool:
    """A verb with a rule of another type that codes it whatever its object ("condemn",
    "reject", "welcome"); a verb whose rules ask for particular objects, subjects or purposes
    ("lift", "launch", "send", "arrived for peacekeeping") carries other nouns as a support verb."""
    return any(
        r.plover != rule.plover and not (r.objects or r.particle or r.subjects or r.purposes)
        for r in codebook.verb_rules(verb.lower_)
    )


def _without_own_state(roles: Roles) -> Roles:
    """No event targets its own source's state: "Biden pledged that Washington would send aid",
    "EU ministers froze assets held in the bloc", "Russia aims to ease exports of Russian food"
    name the source's own country, not whom the act is aimed at. A part of that state other
    than its government (its army, police, opposition, people) stays a target."""
    kept = tuple(t for t in roles.targets if not _own_state(t, roles.sources))
    if len(kept) == len(roles.targets):
        return roles
    return Roles(roles.sources, kept, roles.penalty, roles.inferences)


def _without_victims_country(rule: Rule, roles: Roles) -> Roles:
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


def _finish(
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
