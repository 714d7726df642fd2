"""Code the events of a parsed Doc: codebook triggers, roles from the dependency tree.

Sources and targets come from the parse (subject, object, prepositional
phrases, passives, coordination: `roles.py`, `participants.py`), never from mere
co-occurrence in a sentence; what a sentence implies without naming it (a place for its
country, the authorities behind an arrest) is inferred in `implied.py` and
marked. An event whose participants are not actors is left uncoded.

This module holds `EventCoder` and the order of the steps; whether a rule fits
its trigger is `fit.py`'s, the readings refused as no political event are
`vetoes.py`'s, and the last word on the roles found is `final_roles.py`'s.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.actors.coref import Coreference
from wirewatch.doctools import expanded_range, indices_within, sentences, span_text, token_indices
from wirewatch.events.addressees import quote_addressee, quoted_imperative, second_person_addressees
from wirewatch.events.codebook import CameoCode, Codebook, Rule, all_verb_forms
from wirewatch.events.final_roles import (
    as_waging_forces,
    with_victims_place,
    without_own_state,
    without_victims_country,
)
from wirewatch.events.fit import (
    QUESTION_MARKS,
    WH_WORDS,
    counts_what_follows,
    ends_its_own_act,
    governs,
    head_noun_first,
    headline_passive,
    infinitive_predicate,
    met_within,
    modified_by,
    named_governor,
    noun_governor,
    purpose_heads,
    rule_fits_condition,
    rule_fits_modal,
    rule_fits_verb,
    rule_fits_verdict,
    sectors_fit,
    sense_fits,
)
from wirewatch.events.implied import (
    MATERIAL_CONFLICT,
    PAIR_PENALTY,
    UNIDENTIFIED_FORCES,
    capitals_between,
    deliberate,
    fired_on,
    implied_authority,
    named_doers,
    pair_mentions,
    prosecution_ended,
    searched_by_authorities,
    self_retreat,
    state_act,
    unattributed,
    unnamed_attackers,
    unnamed_authority,
    with_capital_party,
    with_domestic_target,
    with_place_target,
    with_story_imposers,
)
from wirewatch.events.main import statement_forms
from wirewatch.events.modality import (
    ADDRESSEE_PREPS,
    BE_FORMS,
    FUTURE_AUXILIARIES,
    SETTLEMENTS,
    SUBJECT_DEPS,
    WISH,
    aim_of,
    by_chance,
    ceases,
    cue_kinds,
    decided,
    embedding_verb,
    falls_short,
    habitual,
    infinitive_clause,
    intended_infinitive,
    marked_by_to,
    modality,
    modals_over,
    own_duty,
    polarity,
    purpose_infinitive,
    refused_now,
)
from wirewatch.events.participants import (
    COMPLEMENT_PENALTY,
    FIRST_PERSON,
    condition_roles,
    doer_mentions,
    feeling_complement,
    feeling_roles,
    looked_into,
    modal_roles,
    noun_roles,
    prompted_roles,
    rebuttal_roles,
    regarded_as,
    verb_roles,
    verdict_roles,
    with_compelled_target,
)
from wirewatch.events.purpose import purpose_code
from wirewatch.events.relevance import VERBAL_QUADS
from wirewatch.events.roles import (
    DENIAL_CAMEO,
    Roles,
    actors_at,
    agent_objects,
    claim_owners,
    claims_rejected,
    denies_a_claim,
    governing_verb,
    is_verbal,
    names_one_of,
    owned_by_pronoun,
    prep_objects,
    reciprocal,
    speaker_actors,
    speaker_of_clause,
    speech_verb,
    verbless_quotation,
)
from wirewatch.events.vetoes import (
    VISIT_CAMEO,
    a_danger,
    a_poll_share,
    a_portrayal,
    a_private_trip,
    a_promise_kept,
    a_risk,
    a_vessels_course,
    accident,
    an_alert_of_a_peril,
    an_idea_rejected,
    an_ill_fought,
    an_ill_looked_into,
    arrived_inside,
    counsel_given,
    done_by_nature,
    done_to_oneself,
    electoral_help,
    fire_support,
    force_of_an_arrest,
    foretold,
    invited_to_watch,
    not_political,
    own_property_destroyed,
    public_opinion,
    released_from_care,
    routine_leave,
    said_by_the_public,
    state_of_harm,
    talk_of_a_topic,
    visit_to_a_site,
    walked_in,
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
# Entities that are titles of works: a trigger word in one names, it does not act.
TITLE_ENTITIES = frozenset({"WORK_OF_ART"})
# The types of a verb that signs or reaches a settlement ("signed a pact", "reached a deal").
SIGNING_TYPES = frozenset({"SUPPORT", "AGREE"})
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
NON_MILITARY_SECTORS = frozenset({"COP", "CVL", "CRM", "OPP", "LAB", "EDU", "MED", "REL", "BUS", "REF"})
# A decided act of conflict is the act ("the EU decided to impose sanctions" sanctions); a
# decided act of cooperation stays a promise (AGREE, intent.tsv) until it is done.
DECIDED_QUADS = frozenset({3, 4})
MATERIAL_COOPERATION = 2  # CAMEO quad class
# Threats anyone may make and coercion with no state's tool named (CAMEO 130 threaten, 138 threaten
# force, 170 coerce: intimidate, harass): told in the agentless passive ("was threatened", "was
# intimidated") they are coded to unidentified doers where they happened, as an agentless attack.
UNATTRIBUTED_THREATS = frozenset({"130", "138", "170"})
# A promise with nothing named of what is promised (CAMEO 030), and what it becomes when the act
# promised is force: a threat (CAMEO 130), as intent.tsv reads "vowed to attack".
DEMAND_CAMEO = "100"  # demand, not specified
# An imperative asks what "you must ..." asks: the modal whose REQUEST rule says who may ask so.
IMPERATIVE_AS = "must"
IMPERATIVE_RULE = "request.imperative"  # a quoted imperative's demand (`_quoted_demand`), + its act's rule
PROMISE_CAMEO = "030"
DISAPPROVE_MODE = "disapprove"  # ACCUSE's mode of criticism and condemnation (cameo.tsv)
THREAT_CAMEO = "130"
# Verbal acts a verb of threatening embeds as what it threatens ("threatened to sue", "to
# denounce", "to cut ties"): the others are read by intent.tsv or stay their own intent.
THREATENED_WORDS = frozenset({"ACCUSE", "SANCTION"})
PROTECTION_INTENT_CAMEO = "0334"  # express intent to provide military protection or peacekeeping
AGREEMENT = "agreement"  # the cue kind of a decision taken together ("agreed to"), modality_cues.tsv
# What an `embeds` verb embeds: its infinitive, clause or preposition, then at most an object
# noun and a preposition ("agreed to impose sanctions", "agreed to a truce") or the preposition's
# gerund ("committed to withdrawing its troops").
EMBEDDED_DEPS = frozenset({"xcomp", "ccomp", "prep", "acl"})  # "acl": a noun's ("its pledge to impose")
EMBEDDED_NOUN_PATH = frozenset({"dobj", "pobj", "pcomp"})
EMBEDDED_DEPTH = 2
UNCONVENTIONAL_CAMEO = "180"
# CAMEO 015, acknowledge or claim responsibility: the statement verbs of an admission
# (data/statement_verbs.tsv: admit, acknowledge, concede, confess).
ADMISSION_STATEMENT = "015"
CONCESSION_CAMEO = "080"  # make a concession, not specified (PLOVER CONCEDE)
PHYSICAL_ASSAULT_CAMEO = "182"
BOMBING_CAMEO = "183"


# Types of a verb's event that ease or take back an act its object names ("withdrew its
# endorsement", "lifted the sanctions"): the object is no act of its own.
UNDOING_TYPES = frozenset({"SANCTION", "CONCEDE", "RETREAT"})


def _recoded(event: Event, code: CameoCode, plover: str, **changes: object) -> Event:
    """`event`, the same act read as CAMEO `code` (its PLOVER type, or `plover` where the table
    gives none), with `changes`: a denial or an admission coded over the act it is about."""
    plover = code.plover or plover
    return replace(
        event,
        event_id=event_id(event.article_id, event.sentence_start, event.trigger.start, plover),
        plover=plover,
        mode=code.mode,
        cameo=code.code,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        **changes,  # type: ignore[arg-type]
    )


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
        by_token.update(second_person_addressees(doc, by_token))
        by_token.update(pair_mentions(doc, mentions, by_token))
        places = _mentions_by_token(doc, [m for m in mentions if m.kind == "place"], places=True)
        self._located = {**places, **by_token}
        self._by_token = by_token
        # keyed by `_dedup_key` and whether the event is only what a trip is for (`_aims`)
        events: dict[tuple[tuple[str, int, str, tuple[str, ...], tuple[str, ...]], bool], Event] = {}
        # Only a word some rule has can trigger (`_rules_for`): found in the Doc's array, not by a
        # Token per word.
        triggers = token_indices(doc, LOWER, self.codebook.trigger_form_ids)
        for sent in self._sentences(doc):
            coded = []
            beside = []  # what the telling of an act is besides: an admission, a charge
            for i in indices_within(triggers, sent.start, sent.end):
                token = doc[i]
                event = self._first_event(token, sent, by_token, article_id)
                if event is not None:
                    coded.append((token, event))
                    told = self._admission(event, token, by_token) or self._charge(event, token, by_token)
                    if told is not None:
                        beside.append(told)
            aims = _aims(coded)
            for event in [*self._without_embedding(_one_act(coded, self._noun_rules)), *beside]:
                key = (_dedup_key(event), event.trigger.start in aims)
                if key not in events or events[key].confidence < event.confidence:
                    events[key] = event
        ordered = sorted(events.values(), key=lambda e: (e.sentence_start, e.trigger.start))
        return self._reaction_targets(doc, with_story_imposers(ordered), by_token)

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
                    if done is not None and named_doers(done)
                    else tuple(m.ref() for m in doer_mentions(act, by_token))
                )
                event = replace(
                    event,
                    targets=tuple(a for a in doers if a not in event.sources),
                    inferences=event.inferences & ~GUESSED_TARGETS,
                )
            kinds = self._reacted_to(doc, event, act)
            denial = kinds == {"ACCUSE"} and event.plover == "REJECT"
            earlier = [
                e
                for e in found
                if e.plover in kinds
                and named_doers(e)
                and (not denial or (_aimed_at(e, event.sources) and _claim_answered(doc, e, event)))
            ]
            doers = tuple(a for a in earlier[-1].sources if a not in event.sources) if earlier else ()
            if denial and not doers:
                doers = tuple(
                    a for a in self._claimants_before(doc, event, by_token) if a not in event.sources
                )
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
        if event.rule in self._laying_blame:
            return None  # "blamed the bombing on the militants": the militants are blamed
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

    @functools.cached_property
    def _laying_blame(self) -> frozenset[str]:
        return frozenset(r.rule for r in self.codebook.rules if r.lays_blame)

    def _reacted_to(self, doc: Doc, event: Event, act: Token | None) -> set[str]:
        """The PLOVER types of what a targetless reaction is about: for a condemnation or a
        welcome, the type of the event noun that is its object; for a denial of responsibility
        (CAMEO 016) or a rejection of claims ("dismissed the allegations"), an accusation."""
        if event.targets or event.inferences & LEARNED:
            return set()
        if event.plover == "REJECT" and (event.cameo == DENIAL_CAMEO or self._rejected_claims(doc, event)):
            return {"ACCUSE"}
        if act is None:
            return set()
        return {r.plover for r in self._readings_of_unnamed_doer(act)}

    def _rejected_claims(self, doc: Doc, event: Event) -> list[Token]:
        """The claims a rejection's trigger takes as its object, with no author of their own: "the
        ministry dismissed the claims" (role_words.tsv class `claim`), not "dismissed the plan"; nor
        claims first told there, with their content and nothing pointing back ("dismissed claims
        that the police had beaten students" answers no accusation told before)."""
        span = doc.char_span(event.trigger.start, event.trigger.end)
        if span is None or len(span) != 1:
            return []
        return [c for c in claims_rejected(span[0]) if not claim_owners(c) and not _first_told(c)]

    def _claimants_before(self, doc: Doc, event: Event, by_token: dict[int, Mention]) -> list[ActorRef]:
        """Who made the claims a rejection points back at ("the claims", "these allegations") when
        no accusation was coded before: the one whose statement is the sentence just before, as its
        main verb tells it ("Amnesty said soldiers had tortured detainees. The ministry dismissed
        the claims."). A claim with no pointing determiner ("dismissed claims") points at none."""
        pointed = [
            c
            for c in self._rejected_claims(doc, event)
            if any(d.dep_ == "det" and d.lower_ in CLAIM_POINTERS for d in c.children)
        ]
        if not pointed:
            return []
        sent = pointed[0].sent
        if sent.start == 0:
            return []
        before = doc[sent.start - 1].sent
        if before.root.lower_ not in statement_forms():
            return []
        return [m.ref() for m in speaker_actors(before.root, by_token)]

    def _readings_of_unnamed_doer(self, act: Token) -> list[Rule]:
        """The noun rules that may read an act whose doer the reaction does not name: those its
        modifiers allow ("condemned the verbal attack" is words), and of them the ones that do not
        hang on who the doer is: "attacks" are words only by a party, a legislator or the media
        (`source_sectors`), so "condemned the attack" reacts to force."""
        rules = self._noun_readings(act)
        return [r for r in rules if not r.source_sectors] or rules

    def _noun_readings(self, noun: Token) -> list[Rule]:
        """The noun rules whose modifiers fit the noun: a rule's `objects` are the modifiers it
        needs ("war games", not "the Asian Games"; "an impeachment motion", not "my Senate
        motion"), its `not_objects` those it cannot have ("a heart attack")."""
        return [
            r
            for r in self.codebook.noun_rules(noun.lower_)
            if (not r.objects or modified_by(noun, r.objects))
            and not (r.not_objects and modified_by(noun, r.not_objects))
        ]

    def _sentences(self, doc: Doc) -> list[SpacySpan]:
        """The sentences to code (all of them; a subclass may code fewer)."""
        return sentences(doc)

    @functools.cached_property
    def _prompted_rules(self) -> frozenset[str]:
        return frozenset(r.rule for r in self.codebook.rules if r.prompted)

    @functools.cached_property
    def _modal_rules(self) -> frozenset[str]:
        return frozenset(r.rule for r in self.codebook.rules if r.pos == "modal")

    @functools.cached_property
    def _noun_rules(self) -> frozenset[str]:
        return frozenset(r.rule for r in self.codebook.rules if r.pos == "noun")

    @functools.cached_property
    def _embedding_rules(self) -> frozenset[str]:
        return frozenset(r.rule for r in self.codebook.rules if r.embeds)

    def _without_embedding(self, coded: list[tuple[Token, Event]]) -> list[Event]:
        """Drop an event of an `embeds` rule when the act its infinitive or clause embeds is
        coded, affirmed: "agreed to impose sanctions" is the sanctions, not an agreement (see
        codebook); "agreed to stop attacking" stays an agreement. Drop an act refused when the
        refusal is coded, and any act asked for where the asking is (`_asked_act`)."""
        asked = self._asked_acts(coded)
        coded = [(t, e) for t, e in coded if t.i not in asked]
        embedding = self._embedding_rules
        # "At the ministry's urging, the bank agreed to wait": the asking is no act the verb embeds.
        done = [
            (t, e)
            for t, e in coded
            if e.polarity == "affirmed"
            and e.modality != "hypothetical"
            and e.rule not in self._prompted_rules
        ]
        return [
            event
            for token, event in coded
            if event.rule not in embedding
            or not any(_embeds(token, other) for other, _ in done if other.i != token.i)
        ]

    def _asked_acts(self, coded: list[tuple[Token, Event]]) -> set[int]:
        """The words of a sentence's acts that are only asked for, refused, discussed or wished
        (`_asked_act`)."""
        said = {t.i for t, e in coded if e.polarity == "affirmed"}
        demanding = {t.i for t, e in coded if e.polarity == "affirmed" and e.rule in self._modal_rules}
        return {t.i for t, e in coded if _asked_act(t, e, said, demanding)}

    def _first_event(
        self, token: Token, sent: SpacySpan, by_token: dict[int, Mention], article_id: str
    ) -> Event | None:
        """Rules are tried in codebook order; the first that codes an event wins. One whose sense
        fits but whose context says no political event (`_refused_in_context`) ends the search: the
        word's next sense is no reading of it ("Trump attacked his wife, Heidi" is words between
        private persons, not an attack)."""
        for rule in self._rules_for(token):
            cue = quoted_imperative(token, rule)
            if cue is not None:
                event = self._quoted_demand(rule, token, sent, cue, by_token, article_id)
            elif rule.asked and not ends_its_own_act(rule, token):
                continue  # a demand's sense only: said of what happened it may be another's act stopped
            else:
                event = self._code(rule, token, sent, by_token, article_id)
            if event is not None:
                return self._as_refusal(self._as_denial(event, token, by_token), token, by_token)
            if self._refused_in_context:
                return None
        return None

    def _as_denial(self, event: Event, token: Token, by_token: dict[int, Mention]) -> Event:
        """An act of force that its doer's own side says it did not do is a denial (CAMEO 016) by
        the one who says so: "Israel said it had not attacked the school", "a spokesman for the
        army said Sudan had not bombed anywhere in the South". The denial's target is whoever
        accused the denier before (`_reaction_targets`). Anyone else saying so ("witnesses said
        the troops did not fire") denies nothing of their own: the act stays, negated."""
        if event.polarity != "negated" or event.quad_class != MATERIAL_CONFLICT or event.inferences & LEARNED:
            return event
        clause = token if is_verbal(token) else governing_verb(token)
        if clause is None or not _says_not(clause):
            return event  # "would suspend attacks", "end the emergency": stopped, not denied
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in clause.children):
            return event  # "said the cleric would not be arrested": not to come, no deed denied
        own = _own_side(speaker_of_clause(clause, by_token), event, clause)
        if not own:
            return event
        return _recoded(
            event,
            self.codebook.cameo[DENIAL_CAMEO],
            "REJECT",
            polarity="affirmed",
            modality="actual",
            sources=tuple(m.ref() for m in own),
            targets=(),
            inferences=(event.inferences & ~GUESSED_TARGETS) | Inference.NEGATED,
        )

    def _as_refusal(self, event: Event, token: Token, by_token: dict[int, Mention]) -> Event:
        """Talks its doer's own side says it will not hold are a refusal of them (CAMEO 125, PLOVER
        REJECT), made as it is said: "'We will never sit down with these people,' the president
        said", "Israel will not negotiate with Hamas, the prime minister said". Told by no one of
        the doer's side ("the two leaders will not meet", "analysts said Iran would not negotiate")
        it is a meeting that will not be, kept negated; so is one that was not held ("did not
        meet"), and a visit or a summit not attended, which rejects no one's proposal."""
        if event.polarity != "negated" or event.cameo not in REFUSABLE_TALKS or event.inferences & LEARNED:
            return event
        if not is_verbal(token) or not any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in token.children
        ):
            return event
        if not _own_side(speaker_of_clause(token, by_token), event, token):
            return event
        return _recoded(
            event,
            self.codebook.cameo[REFUSED_TALKS_CAMEO],
            "REJECT",
            polarity="affirmed",
            modality="actual",
            inferences=event.inferences | Inference.REFUSED,
        )

    def _admission(self, event: Event, token: Token, by_token: dict[int, Mention]) -> Event | None:
        """An act of force its doer's own side admits is a concession (CAMEO 080, PLOVER CONCEDE)
        by the one who admits it, beside the act itself: "the ministry acknowledged that its
        soldiers had fired on the crowd", "the army admitted its troops killed three civilians";
        the other side of `_as_denial`. A fact acknowledged ("acknowledged that turnout was low")
        codes no act and concedes nothing; nor does another's act acknowledged ("acknowledged that
        the rebels had shelled the town"), an act denied or one only supposed."""
        if (
            event.polarity != "affirmed"
            or event.modality == "hypothetical"
            or event.quad_class != MATERIAL_CONFLICT
            or event.inferences & LEARNED
        ):
            return None
        clause = token if is_verbal(token) else governing_verb(token)
        if clause is None or clause.dep_ != "ccomp":
            return None
        if statement_forms().get(clause.head.lower_) != ADMISSION_STATEMENT:
            return None
        own = _own_side(speaker_actors(clause.head, by_token), event, clause)
        if not own:
            return None
        return _recoded(
            event, self.codebook.cameo[CONCESSION_CAMEO], "CONCEDE", sources=tuple(m.ref() for m in own)
        )

    def _charge(self, event: Event, token: Token, by_token: dict[int, Mention]) -> Event | None:
        """An act of force (violence, coercion: `CHARGED_TYPES`) that a watchdog or another state
        says a named doer did is also its accusation of that doer (CAMEO 112, PLOVER ACCUSE), beside
        the act itself: "Amnesty said the security forces had killed more than 100 protesters", "the
        Ukrainian ministry said Russian troops shelled a hospital" (`_charges`). Told by the doer's
        own side it is no charge (`_admission`); told by the police, a court, a witness or the press
        it is what happened as they tell it ("police said a gunman killed two"); an act with no doer
        named, a mutual one, denied or only supposed charges no one."""
        if (
            event.polarity != "affirmed"
            or event.modality in ("hypothetical", "future")
            or event.plover not in CHARGED_TYPES
            or event.inferences & (LEARNED | GUESSED_DOERS)
            or not event.sources
            or event.rule in self.codebook.mutual  # "clashes between Hamas and the army": no one doer
        ):
            return None
        clause = token if is_verbal(token) else governing_verb(token)
        if clause is None or clause.dep_ != "ccomp":
            return None
        if statement_forms().get(clause.head.lower_) != PLAIN_STATEMENT:
            return None  # "denied that", "admitted that", "warned that": read as what they are
        speakers = speaker_actors(clause.head, by_token)
        if not speakers or _own_side(speakers, event, clause) or not _charges(speakers, event.sources):
            return None
        return _recoded(
            event,
            self.codebook.cameo[ACCUSATION_CAMEO],
            "ACCUSE",
            sources=tuple(m.ref() for m in speakers),
            targets=event.sources,
            modality="actual",
        )

    def _rules_for(self, token: Token) -> list[Rule]:
        form = token.lower_
        if form not in self.codebook.trigger_forms or token.ent_type_ in TITLE_ENTITIES:
            return []  # 'on NBC's "Meet the Press"': a title, no act
        if token.dep_ == "aux":
            return [r for r in self.codebook.modal_rules(form) if rule_fits_modal(r, token)]
        if token.dep_ == "mark":  # "unless they withdraw, we will act": a condition with a threat
            return [r for r in self.codebook.modal_rules(form) if rule_fits_condition(r, token)]
        semi_modals = [r for r in self.codebook.modal_rules(form) if rule_fits_modal(r, token)]
        if semi_modals:  # "said Serbia needs to hand over the suspects": asked as "must" asks
            return semi_modals
        predicate = self._predicate_verdicts(token)
        if predicate is not None:
            return predicate
        if (token.dep_ == "ccomp" or _attempted_in_clause(token)) and is_verbal(token):
            # "said the government lied"; a verdict verb that needs what it names names it ("said
            # the plan smacked of cronyism", not "smacked of garlic"); an attempt is the act
            # charged ("said the opposition was trying to destabilise the country")
            verdicts = [r for r in self.codebook.verdict_verb_rules(form) if rule_fits_verdict(r, token)]
            if verdicts:
                return verdicts
        verbs, nouns = self.codebook.verb_rules(form), self.codebook.noun_rules(form)
        if not verbs and not nouns:
            return []
        feelings = [r for r in verbs if r.feeling]
        if feelings and feeling_complement(token.head if token.dep_ == "conj" else token):
            return feelings  # "we are disappointed with the ruling": the participle read as an adjective
        if is_verbal(token):
            return head_noun_first([r for r in verbs if rule_fits_verb(r, token)], token)
        if token.ent_type_ in TIME_ENTITIES:
            return []  # "in March", "on Strike Day": a date, no event noun
        return [
            r
            for r in self._noun_readings(token)
            if (not r.purposes or names_one_of(purpose_heads(token), r.purposes))
            and (not r.needs_infinitive or any(c.dep_ == "acl" and marked_by_to(c) for c in token.children))
        ]

    def _predicate_verdicts(self, token: Token) -> list[Rule] | None:
        """The verdict rules of a copula's predicate ("was a disgrace", "is dangerous") or of an
        adjective on a predicate noun ("Russia is a bad actor", "she is a strong leader"); None when
        the word is neither or no verdict fits, [] when the noun's adjective passes the verdict."""
        if regarded_as(token) is not None:  # "viewed the move as a provocation": no object needed
            return [r for r in self.codebook.verdict_rules(token.lower_) if not r.objects] or None
        copular = token.dep_ in VERDICT_DEPS | {"prep"} and token.head.lower_ in COPULAS
        copular = copular or infinitive_predicate(token)  # "said the union is to blame"
        if verbless_quotation(token) is not None:  # '"A disgrace," she said of the ruling'
            return [r for r in self.codebook.verdict_rules(token.lower_) if not r.objects] or None
        if not copular and not _on_a_predicate_noun(token):
            return None
        if copular and self._judged_by_adjective(token):
            return []  # "Germany is an unreliable partner": the adjective passes the verdict
        verdicts = [r for r in self.codebook.verdict_rules(token.lower_) if rule_fits_verdict(r, token)]
        return verdicts or None

    def _judged_by_adjective(self, noun: Token) -> bool:
        """A predicate noun whose adjective passes a verdict of its own on it ("an unreliable
        partner", "a loyal ally"): the adjective's reading is the sentence's, not the noun's."""
        return any(
            any(rule_fits_verdict(r, c) for r in self.codebook.verdict_rules(c.lower_))
            for c in noun.children
            if c.dep_ == "amod"
        )

    def _ended_by_verb(self, rule: Rule, token: Token) -> bool:
        """A nominal trigger that is the object of a verb whose rule ends or eases what it names
        ("withdrew their endorsement of", "revoked his endorsement": SANCTION; "lifted the
        sanctions": CONCEDE): the verb's event is the act, the noun what it undoes, no act of its
        own (issue 10: the withdrawn endorsement was also coded an endorsement). A verb that
        answers the noun ("dismissed the accusation", "rejected the offer") leaves it the act it
        was. An ending verb of `modality_cues.tsv` whose rule names the noun yields it only when
        the ending happened ("dropped its investigation into the minister" is the concession, no
        investigation); one refused ("will not end the strike") leaves the act going on, which
        the noun carries. So does any rule of an ending verb that names the noun: "scuttled the
        talks" is the rejection of them (CAMEO 127), no meeting held."""
        if rule.pos != "noun" or _owned_asking(token):
            return False  # "approved the Navy's request": the request answered was still made
        # "ended its mediation efforts": the noun names the kind of effort the verb ends.
        effort = token.dep_ == "compound" and token.head.lower_ in role_words().effort
        held = token.head if effort else token
        if held.dep_ != "dobj":
            return False
        verb = held.head
        ending = "terminative" in cue_kinds(verb)
        if ending and polarity(verb) == "negated":
            return False
        particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        return any(
            (r.plover in UNDOING_TYPES or ending)
            # coded only as an order's demand: the noun's act is left to the noun, unless the
            # subject ended its own ("halted its offensive": the retreat, no offensive)
            and (not r.asked or ends_its_own_act(r, verb))
            and r.plover != rule.plover
            and rule.lemma in r.objects
            and (not r.particle or r.particle in particles)
            for r in self.codebook.verb_rules(verb.lower_)
        )

    def _unnamed_target(self, rule: Rule, token: Token, roles: Roles, by_token: dict[int, Mention]) -> Roles:
        """A target the rule's slots did not name: the ones an act of force compels, else a place."""
        if rule.cameo.quad_class == MATERIAL_CONFLICT:
            roles = with_compelled_target(token, roles, by_token)
        return roles if roles.targets else with_place_target(rule, token, roles, self._located)

    def _destination(self, rule: Rule, token: Token, roles: Roles) -> Roles:
        """A visit's target is the place its own phrase names, standing for its government
        (`with_place_target`), before the object of what the trip is for: "flew to Kabul to free the
        hostages" and "travelled to Moscow to meet Putin" visit Afghanistan and Russia, no hostages
        (and the meeting, only aimed at, is an event of its own: `modality.aim_of`). The purpose
        clause names the one visited only where no place is named ("arrived to meet the rebels")."""
        if rule.cameo.code != VISIT_CAMEO or not roles.inferences & Inference.COMPLEMENT:
            return roles
        bare = Roles(
            roles.sources,
            (),
            max(0.0, roles.penalty - COMPLEMENT_PENALTY),
            roles.inferences & ~Inference.COMPLEMENT,
        )
        placed = with_place_target(rule, token, bare, self._located)
        return placed if placed.targets else roles

    def _placed_victims(self, rule: Rule, roles: Roles, token: Token) -> Roles:
        """Ordinary people struck with no country read are of the place of the act
        (final_roles.with_victims_place)."""
        return with_victims_place(rule, roles, token, self._located)

    def _code(
        self, rule: Rule, token: Token, sent: SpacySpan, by_token: dict[int, Mention], article_id: str
    ) -> Event | None:
        self._refused_in_context = False
        if not sense_fits(rule, token) or self._ended_by_verb(rule, token):
            return None
        if self._noun_out_of_place(rule, token):
            return None
        roles = self._roles(rule, token, by_token)
        if roles is not None and not roles.sources:
            roles = self._implied_source(rule, token, sent, roles, by_token)
        if roles is None or not roles.sources or not sectors_fit(rule, roles.sources):
            return None
        roles = self._destination(rule, token, roles)
        if not roles.targets and not rule.symmetric:
            roles = self._unnamed_target(rule, token, roles, by_token)
        roles = with_capital_party(rule, token, roles, self._located)
        roles = self._placed_victims(rule, without_own_state(without_victims_country(rule, roles)), token)
        offered = _offered_with_no_one_named(rule, token)
        mutual = reciprocal(token) and not any(m.text.lower() in FIRST_PERSON for m in roles.sources)
        needs_target = _needs_target(rule, token) or self._implied_inquiry(rule, token, roles)
        if needs_target and not roles.targets and not offered and not mutual:
            return None  # a rule that needs a named target gets no guessed one
        if not roles.targets and not rule.symmetric and not offered:
            roles = with_domestic_target(rule, sent, roles, self._located, token)
        sources, targets = roles.sources, roles.targets
        if any(_guessed_pronoun(token.doc, m) for m in sources + targets):
            roles = Roles(sources, targets, roles.penalty + PRONOUN_PENALTY, roles.inferences)
        if any(m.rule == "pair" for m in sources + targets):
            roles = Roles(sources, targets, roles.penalty + PAIR_PENALTY, roles.inferences | Inference.PAIR)
        carrier = self._carrier(rule, token)
        self._refused_in_context = (
            habitual(carrier or token, denial=denies_a_claim(rule))
            or by_chance(carrier or token)
            or not_political(rule, token, sources, targets)
            or accident(rule, token, sent, sources)
            or done_by_nature(token)
            or an_ill_fought(rule, token)
            or an_ill_looked_into(rule, token)
            or state_of_harm(rule, token)
            or a_vessels_course(rule, token)
            or invited_to_watch(rule, token)
            or walked_in(rule, token)
            or fire_support(rule, token)
            or force_of_an_arrest(rule, token)
            or public_opinion(rule, token, carrier, sources)
            or electoral_help(rule, sources, targets)
            or counsel_given(rule, token)
            or talk_of_a_topic(rule, token, sources, targets)
            or visit_to_a_site(rule, token, targets)
            or arrived_inside(rule, token, targets)
            or a_private_trip(rule, token)
            or released_from_care(rule, token)
            or done_to_oneself(rule, token)
            or own_property_destroyed(rule, token, sources, targets)
            or routine_leave(rule, token, sources, targets)
            or an_idea_rejected(rule, token)
            or a_promise_kept(rule, token)
            or said_by_the_public(rule, sources)
            or (rule.cameo.quad_class in VERBAL_QUADS and a_poll_share(token))
            or foretold(rule, token, by_token, sources)
            or a_risk(rule, token)
            or a_danger(rule, token)
            or an_alert_of_a_peril(rule, token)
            or a_portrayal(token)
            or self._said_by_an_event(rule, token, by_token)
            or self._deed_hung_on_words(rule, token)
            or self._purpose_of_a_request(rule, token)
            or self._terms_of_a_signing(token)
        )
        if self._refused_in_context:
            return None  # "police usually arrest protesters"; "the striker attacked the goal"
        # "At Kenya's request, Uganda agreed to wait": the asking is as real as the act it prompted.
        asked = _asked_at(rule, token, carrier)
        mood = modality(asked, sent, sources, lambda verb: speaker_actors(verb, by_token), carrier)
        mood = _verdict_now(rule, token, _given_as_said(rule, token, mood))
        promised = _promised(token, mood)
        # "is not a reliable partner": an adjective's verdict is denied with its noun's copula
        code, plover, mode, sign, mood, reading = self._reading(
            rule,
            polarity(token.head if rule.pos == "verdict" and token.dep_ == "amod" else token),
            mood,
            Inference.IMPLIED in roles.inferences,
            decided(token, carrier) if mood == "future" else None,
            ceased=bool(roles.targets) and ceases(token),
            # "has not done enough", "did not sufficiently protect the town": a verdict said to fall
            # short is denied as the verdict's own `negated` reads it
            short=rule.pos != "verdict" and falls_short(token),
            refusing=refused_now(carrier if carrier is not None else token),
        )
        code = self._unconventional(code, sources, roles.inferences)
        (code, plover, mode, mood, reading), told = self._threatened(
            rule, token, sign, (code, plover, mode, mood, reading)
        )
        code, plover, mode = self._protection_offered(rule, token, reading, code, plover, mode)
        code, plover = self._promised(rule, code, plover, token, sent, by_token, article_id)
        sought = purpose_code(code, token, carrier, self.codebook.cameo) if code is rule.cameo else code
        if (
            sought is None
            or (rule.vowed and not promised)  # "Iran retaliated with missiles": its own verbs' act
            or (reading == Inference.INTENT and _meeting_of_one(rule, sources, targets))
            or (mood in UNREAL_MOODS and (unnamed_authority(rule, sources) or unnamed_attackers(sources)))
        ):
            # a rejected demand that asks for no reform (reform_purposes.yaml `drop`); "will bring
            # experts in at the next town hall meeting": no one to meet; "sanctions will be imposed",
            # "should be repealed", "the house would be struck": whose act it would be is the
            # speaker's to say
            return None
        code = sought  # "marched demanding the president's resignation": 141 -> 1411
        confidence = round(max(0.05, rule.confidence - roles.penalty), 2)
        trigger = Span(told.idx, told.idx + len(told.text), told.text)
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
            sources=tuple(m.ref() for m in as_waging_forces(plover, sources)),
            targets=tuple(m.ref() for m in targets),
            sentence=span_text(sent).strip(),
            sentence_start=sent.start_char,
            trigger=trigger,
            confidence=confidence,
            rule=rule.rule,
            inferences=roles.inferences | reading,
        )

    def _quoted_demand(
        self,
        rule: Rule,
        token: Token,
        sent: SpacySpan,
        cue: Token,
        by_token: dict[int, Mention],
        article_id: str,
    ) -> Event | None:
        """A quoted imperative ('"Withdraw your troops," the minister told his counterpart') is the
        speaker's demand of its act (`Codebook.demand_of`: 1056) made of the one spoken to, if the
        cue names one (`quote_addressee`), else of no one named; its act is asked, never the
        speaker's own. A forbidding ("Do not release them") asks no act of a named kind: 100.
        Nothing when the speaker is no actor, one of those whose "must" demands nothing (a scholar,
        the press: `request.reported-must`), or the act is none of politics' (`not_political`)."""
        self._refused_in_context = False
        if not sense_fits(rule, token):
            return None
        speakers = speaker_actors(cue, by_token)
        hearers = [m for m in quote_addressee(token, by_token) if m not in speakers]
        # who may demand so: as for "you must ..." reported ('"Go after them," the scholar said' is advice)
        asking = [r for r in self.codebook.modal_rules(IMPERATIVE_AS) if r.plover == "REQUEST"]
        if not speakers or not all(sectors_fit(r, speakers) for r in asking):
            return None
        # the hearer would do the act: "Halt the air strikes," said to a state asks no strike called off
        if hearers and not sectors_fit(rule, hearers):
            return None
        self._refused_in_context = not_political(rule, token, tuple(speakers), tuple(hearers))
        if self._refused_in_context:
            return None
        code = self.codebook.demand_of(rule)
        if polarity(token) == "negated":
            code = self.codebook.cameo[DEMAND_CAMEO]
        penalty = PRONOUN_PENALTY if any(_guessed_pronoun(token.doc, m) for m in speakers + hearers) else 0.0
        return Event(
            event_id=event_id(article_id, sent.start_char, token.idx, code.plover or "REQUEST"),
            article_id=article_id,
            plover=code.plover or "REQUEST",
            mode=code.mode,
            cameo=code.code,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            polarity="affirmed",
            modality="actual",
            sources=tuple(m.ref() for m in speakers),
            targets=tuple(m.ref() for m in hearers),
            sentence=span_text(sent).strip(),
            sentence_start=sent.start_char,
            trigger=Span(token.idx, token.idx + len(token.text), token.text),
            confidence=round(max(0.05, rule.confidence - penalty), 2),
            rule=f"{IMPERATIVE_RULE}+{rule.rule}",
            inferences=NO_INFERENCE,
        )

    def _roles(self, rule: Rule, token: Token, by_token: dict[int, Mention]) -> Roles | None:
        """Source and target actors as the parse gives them."""
        if rule.pos == "modal" and token.dep_ == "mark":
            return condition_roles(token, by_token)
        if rule.pos == "modal":
            return modal_roles(rule, token, by_token)
        if rule.pos == "verdict":
            if rule.plover == "REJECT":
                return rebuttal_roles(token, by_token)
            return verdict_roles(token, by_token, rule)
        if rule.feeling:
            return feeling_roles(rule, token, by_token)
        if rule.pos == "verb" and headline_passive(rule, token):
            # "Egypt activist released": the subject is the one released, by whom is not said.
            subject = [m for c in token.children if c.dep_ == "nsubj" for m in actors_at(c, by_token)]
            return Roles((), tuple(subject), 0.0, Inference.HEADLINE)
        if rule.pos == "verb":
            return verb_roles(rule, token, by_token)
        if rule.prompted:
            return prompted_roles(token, by_token)
        return noun_roles(rule, token, by_token, self.codebook)

    def _implied_source(
        self, rule: Rule, token: Token, sent: SpacySpan, roles: Roles, by_token: dict[int, Mention]
    ) -> Roles:
        """A source the sentence implies without naming it (see `implied.py`)."""
        if rule.plover == "ASSAULT":
            if not roles.targets and not rule.requires_target:
                # "a missile hit a hospital in Kharkiv": the ground struck stands for its country
                roles = with_place_target(rule, token, roles, self._located)
            if Inference.RECEIVED in roles.inferences and rule.source_sectors and not fired_on(token, roles):
                return roles  # "came under fire": only whose fire it was tells force from criticism
            return unattributed(token, sent, roles, self._located, by_token, placeless=deliberate(rule))
        if rule.vowed and any(c.dep_ == "auxpass" for c in token.children):
            return Roles(_vowing_speakers(token, by_token), roles.targets, roles.penalty, roles.inferences)
        if rule.cameo.code in UNATTRIBUTED_THREATS and rule.pos == "verb":
            # "a reporter was threatened in Tijuana", "was harassed in Minsk": a threat or
            # intimidation with no one named who did it, as an agentless attack is coded; not
            # when a verb it is joined to names the doer ("was harassed and intimidated by ...")
            if any(agent_objects(c) for c in token.conjuncts):
                return roles
            return unattributed(token, sent, roles, self._located, by_token)
        if rule.plover == "RETREAT" and rule.pos == "verb" and not state_act(rule):
            # "Troops were withdrawn" stand down themselves; "journalists were freed" did not
            # free themselves: a release is the authorities' act (implied_authority).
            roles = self_retreat(token, roles, by_token)
        # a search after the police are named, charges dropped: the authorities' acts though
        # anyone may search or drop something
        searched = searched_by_authorities(rule, token, sent) or prosecution_ended(rule, token)
        governed = self._governed(rule, token)
        if not roles.sources and rule.unowned and not governed:
            # "a probe into the senator": only whom its own phrase names as looked into
            targets = looked_into(token, roles.targets) or self._held_for_inquiry(token, by_token)
            roles = Roles(roles.sources, targets, roles.penalty, roles.inferences)
        if not roles.sources and (state_act(rule) or searched) and (governed or rule.unowned):
            roles = implied_authority(rule, token, sent, roles, self._located, by_token)
        if not roles.sources and rule.pos == "verb":
            roles = self._doer_of_deed_punished(token, roles, by_token)
        return capitals_between(rule, token, roles, self._located)

    def _doer_of_deed_punished(self, token: Token, roles: Roles, by_token: dict[int, Mention]) -> Roles:
        """The doer of a deed in a gerund after "for" is the one the verb above acts on: "held the
        aide in contempt for refusing to testify", "fined the firm for breaking the embargo", "the
        reporter was jailed for insulting the king". Not under a verb of words only ("criticised
        Kenya for refusing", "thanked Uganda for hosting"): what a speaker blames or praises
        someone for is what the words say, no deed the coder may take as done."""
        prep = token.head
        gerund = token.dep_ == "pcomp" and token.lower_.endswith("ing")
        if not gerund or prep.dep_ != "prep" or prep.lower_ != "for":
            return roles
        verb = prep.head
        known = self.codebook.verb_rules(verb.lower_)
        if not is_verbal(verb) or not known or all(r.cameo.quad_class in VERBAL_QUADS for r in known):
            return roles
        doers = [m for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for m in actors_at(c, by_token)]
        return Roles(tuple(doers), roles.targets, roles.penalty, roles.inferences) if doers else roles

    def _said_by_an_event(self, rule: Rule, token: Token, by_token: dict[int, Mention]) -> bool:
        """Words or a stance whose subject is an event, not an actor ("the spate of police
        shootings demands that Americans listen", "the strikes prompted calls for calm"): whoever
        the event noun's phrase names ("police") did not say it. A feeling's subject is what stirred
        it, not who voices it ("the government's pledge angered the unions": the unions' anger)."""
        if rule.pos != "verb" or rule.cameo.quad_class not in VERBAL_QUADS or rule.feeling:
            return False
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            heads = [subject]
            if counts_what_follows(subject):
                heads += prep_objects(subject, {"of"})  # "a spate of shootings"
            # ("the opposition", an actor, still speaks; so does "my Senate motion", no act)
            if any(self._noun_readings(h) and h.i not in by_token for h in heads):
                return True
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

    def _purpose_of_a_request(self, rule: Rule, token: Token) -> bool:
        """ "Appealed for $3 million to help flood victims", "launched an appeal for funds to feed
        refugees": the purpose infinitive of a request for something says what the thing asked for
        would do; it is the request's content, no act of the one asking (the request is coded
        by its own rule). "Pledged to help refugees" or "sent $3 million to help" are acts."""
        if rule.pos != "verb" or not infinitive_clause(token):
            return False
        if any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return False
        head = token.head
        asks = [head] if any(r.plover == "REQUEST" for r in self.codebook.verb_rules(head.lower_)) else []
        asks += [
            c
            for c in head.children
            if c.dep_ == "dobj" and any(r.plover == "REQUEST" for r in self.codebook.noun_rules(c.lower_))
        ]
        return any(prep_objects(a, {"for"}) for a in asks)

    def _terms_of_a_signing(self, token: Token) -> bool:
        """ "The two governments signed an agreement to allow trucks to cross", "reached a deal to
        reopen the border": the infinitive on a settlement says what it provides, and the act the
        sentence tells is the signing, coded by its own rule (support.sign, support.reach-deal).
        The terms are the signed text's, no act of the signatories that day, and are not coded
        beside it. A settlement no verb of signing carries ("a bill to impose sanctions", "the
        agreement to allow trucks was never ratified") keeps its terms (`modality._terms_of`)."""
        if not marked_by_to(token) or token.head.i == token.i:
            return False
        if token.dep_ == "acl":  # "signed [an agreement to allow]"
            settlements = [token.head] if token.head.dep_ == "dobj" else []
        elif token.dep_ == "advcl":  # the parse may hang the infinitive on the verb instead
            settlements = [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i]
        else:
            return False
        return any(
            r.plover in SIGNING_TYPES and r.objects and names_one_of([settlement], r.objects)
            for settlement in settlements
            if settlement.lower_ in SETTLEMENTS
            for r in self.codebook.verb_rules(settlement.head.lower_)
        )

    def _carrier(self, rule: Rule, token: Token) -> Token | None:
        """The verb a nominal trigger's rule names as carrying its event ("ordered an
        investigation", "continued its offensive"), not any verb it happens to hang from."""
        verb = noun_governor(rule, token, self.codebook) if rule.pos == "noun" else None
        if verb is None or met_within(rule, verb, token):
            return None  # ("during talks, they agreed to ...": the talks are no one's promise)
        if rule.prompted:
            return verb  # "at Kenya's request, Uganda agreed to wait": asked before the act it prompted
        named = named_governor(rule, verb, self.codebook)
        if named or ("*" not in rule.governors and governs(rule, verb, self.codebook, token)):
            return verb
        return None

    def _noun_out_of_place(self, rule: Rule, token: Token) -> bool:
        """A noun of asking under none of its rule's verbs ("called for the release of": the asking
        is the verb's; "the State Department's release", "Burma's bipartisan appeal" ask nothing),
        unless it names nothing but an asking and its possessor who asked (`_owned_asking`); an
        idiom's noun out of its phrase ("coexistence issues between drivers and cyclists": no
        issue taken)."""
        if rule.pos == "noun" and rule.plover == "REQUEST" and not rule.prompted:
            return not self._governed(rule, token) and not _owned_asking(token)
        return rule.idiom and not self._in_its_phrase(rule, token)

    def _in_its_phrase(self, rule: Rule, token: Token) -> bool:
        """An idiom's noun under one of the verbs of its phrase ("took issue with")."""
        verb = noun_governor(rule, token, self.codebook)
        return verb is not None and named_governor(rule, verb, self.codebook)

    def _held_for_inquiry(self, token: Token, by_token: dict[int, Mention]) -> tuple[Mention, ...]:
        """Those an act of the authorities fell on "as part of" or "in connection with" an inquiry
        (role_words.tsv `inquiry_link`): "the councillor was detained as part of a fraud inquiry",
        "questioned two aides in connection with the probe" are looked into by it. Only under a verb
        of the authorities' acts (`implied.state_act`: arrests, detentions, charges, searches, ...):
        "was killed as part of the inquiry" or "spoke in connection with the probe" look into no one."""
        link = token.head.head if token.dep_ == "pobj" else token
        if link.lower_ not in role_words().inquiry_link or link.dep_ != "pobj":
            return ()
        verb = link.head.head
        if not is_verbal(verb) or not any(state_act(r) for r in self.codebook.verb_rules(verb.lower_)):
            return ()
        deps = ("nsubjpass",) if any(c.dep_ == "nsubjpass" for c in verb.children) else ("dobj",)
        return tuple(m for c in verb.children if c.dep_ in deps for m in actors_at(c, by_token))

    def _implied_inquiry(self, rule: Rule, token: Token, roles: Roles) -> bool:
        """An act of the authorities told as a noun with no doer and under none of its verbs, its
        source implied (`implied.implied_authority`): only on someone its phrases name, never on
        a target guessed ("welcomed the inquiry into the Kenyan cabinet", the inquiry Kenya's own:
        on no one else)."""
        return rule.unowned and Inference.IMPLIED in roles.inferences and not self._governed(rule, token)

    def _governed(self, rule: Rule, token: Token) -> bool:
        """A nominal trigger counts only under one of its rule's verbs ("put under investigation",
        not "the probe is said to have")."""
        if rule.pos != "noun":
            return True
        verb = noun_governor(rule, token, self.codebook)
        return verb is not None and governs(rule, verb, self.codebook, token)

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
        if sources and all(m.sector in NON_MILITARY_SECTORS or _private_person(m) for m in sources):
            return self.codebook.cameo.get(PHYSICAL_ASSAULT_CAMEO, code)
        return code

    def _threatened(
        self,
        rule: Rule,
        token: Token,
        sign: Polarity,
        coded: tuple[CameoCode, str, str | None, Modality, Inference],
    ) -> tuple[tuple[CameoCode, str, str | None, Modality, Inference], Token]:
        """The coding of an act and the word that tells it, or, for one a verb of threatening
        embeds (`_threat_content`), the threat, now, told by that verb: "threatened to sue the
        ministry" is one act."""
        _code, plover, _mode, mood, _reading = coded
        if not self._threat_content(rule, token, sign, mood, plover):
            return coded, token
        threat = self.codebook.cameo[THREAT_CAMEO]
        return (threat, threat.plover or "THREATEN", threat.mode, "actual", Inference.INTENT), token.head

    def _threat_content(self, rule: Rule, token: Token, sign: Polarity, mood: Modality, plover: str) -> bool:
        """An act to come that a verb of threatening embeds ("threatened to sue the ministry",
        "threatens to charge the mayor") is what is threatened: the threat, one act (it and the
        threatening verb's event are one, `_dedup_key`), not a second, future event. A material
        act is read so by intent.tsv already; this is the verbal one (accuse, sue, denounce) that
        stays its own type when promised: an accusation or a sanction (`THREATENED_WORDS`); a
        refusal vowed ("vowed to fight the indictment") is the refusal, intended. An act
        conjoined to the threat ("threatened the ministry and then sued it") is done, not
        embedded."""
        if mood != "future" or sign != "affirmed" or plover not in THREATENED_WORDS or rule.pos != "verb":
            return False
        if token.dep_ != "xcomp":
            return False
        return any(r.plover == "THREATEN" for r in self.codebook.verb_rules(token.head.lower_))

    def _protection_offered(
        self, rule: Rule, token: Token, reading: Inference, code: CameoCode, plover: str, mode: str | None
    ) -> tuple[CameoCode, str, str | None]:
        """A move of forces promised to help or shield someone, or offered at all, is intent to
        protect (CAMEO 0334, `_protective`), not the threat intent.tsv reads in force promised."""
        if Inference.INTENT not in reading or plover != "THREATEN" or not _protective(rule, token):
            return code, plover, mode
        protection = self.codebook.cameo[PROTECTION_INTENT_CAMEO]
        return protection, protection.plover or plover, protection.mode

    def _promised(
        self,
        rule: Rule,
        code: CameoCode,
        plover: str,
        verb: Token,
        sent: SpacySpan,
        by_token: dict[int, Mention],
        article_id: str,
    ) -> tuple[CameoCode, str]:
        """A promise with nothing named of what is promised (CAMEO 030) whose act is force is a
        threat ("vowed to press on with its offensive", `_hostile_intent`). So is a warning against
        an act of force (a request whose particle is "against": "NATO warned Russia against any
        attack on Estonia", "warned Moscow against invading Ukraine"): it deters the act with what
        would follow, as the CAMEO verb dictionary codes "warn against a strike"; one against
        anything else advises ("warned the candidates against moving to the left", 020)."""
        promise = rule.embeds and code is rule.cameo and code.code == PROMISE_CAMEO
        if promise:
            hostile = self._hostile_intent(verb, sent, by_token, article_id)
        elif rule.plover == "REQUEST" and rule.particle == "against" and code is rule.cameo:
            hostile = self._warned_against_force(verb, sent, by_token, article_id)
        else:
            hostile = False
        if not hostile:
            return code, plover
        threat = self.codebook.cameo[THREAT_CAMEO]
        return threat, threat.plover or plover

    def _warned_against_force(
        self, verb: Token, sent: SpacySpan, by_token: dict[int, Mention], article_id: str
    ) -> bool:
        """Is what a warning is against an act of force: a noun of one ("any attack on Estonia"),
        or a gerund that codes one with its object ("invading Ukraine", "shelling the port")?"""
        nouns = prep_objects(verb, {"against"})
        if any(
            r.cameo.quad_class == MATERIAL_CONFLICT for n in nouns for r in self.codebook.noun_rules(n.lower_)
        ):
            return True
        gerunds = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "against"
            for g in c.children
            if g.dep_ == "pcomp"
        ]
        acts = gerunds + [o for g in gerunds for o in g.children if o.dep_ == "dobj"]
        return self._force_among(acts, sent, by_token, article_id)

    def _hostile_intent(
        self, verb: Token, sent: SpacySpan, by_token: dict[int, Mention], article_id: str
    ) -> bool:
        """Does a verb of promise intend an act of force ("pledged to press on with its attack",
        "vowed to keep up the shelling")? Its infinitive, or the object or prepositional object of
        the infinitive (or of the act an aspectual infinitive wraps), codes an act of material
        conflict (CAMEO quad class 4); "pledged to fight corruption" codes none."""
        acts = []
        for clause in (
            c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or intended_infinitive(c, verb)
        ):
            phases = [
                clause,
                *(c for c in clause.children if c.dep_ == "xcomp" and "aspectual" in cue_kinds(clause)),
            ]
            for node in phases:
                acts.append(node)
                acts += [c for c in node.children if c.dep_ == "dobj"]
                acts += [g for c in node.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return self._force_among(acts, sent, by_token, article_id)

    def _force_among(
        self, acts: list[Token], sent: SpacySpan, by_token: dict[int, Mention], article_id: str
    ) -> bool:
        """Does one of these words code an act of material conflict (CAMEO quad class 4) or a threat?"""
        refused = self._refused_in_context
        try:
            events = [self._first_event(act, sent, by_token, article_id) for act in acts]
        finally:
            self._refused_in_context = refused
        return any(
            e is not None and (e.quad_class == MATERIAL_CONFLICT or e.plover == "THREATEN") for e in events
        )

    def _reading(
        self,
        rule: Rule,
        sign: Polarity,
        mood: Modality,
        implied: bool = False,
        decision: frozenset[str] | None = None,
        ceased: bool = False,
        short: bool = False,
        refusing: bool = False,
    ) -> tuple[CameoCode, str, str | None, Polarity, Modality, Inference]:
        """The coding a rule gives under the trigger's polarity and modality.

        A negated trigger with a `negated` code is that code, affirmed ("did not
        accept" is a rejection). A promised or threatened material action is
        AGREE or THREATEN (data/intent.tsv), an actual event of intent; not when
        nobody named promises it ("he will be sentenced" stays a future COERCE).
        A promise not to make a concession is a refusal ("will not lift the
        embargo", intent.tsv). A decided act of conflict is the act itself, and so is any act
        one side decided alone ("Mexico decided to grant asylum to Morales"); an act of
        cooperation agreed between parties stays a promise ("agreed to withdraw"). Support of an
        actor ended ("would no longer defend the minister") is support withdrawn, now. An act
        said to fall short ("isn't offering enough veterans the treatment", `short`) is refused
        by no one: it stays negated. A "won't" or "wouldn't" with no time named (`refusing`, "Trump
        won't condemn it") is a refusal made now: the act stays negated, and actual.
        """
        if rule.vowed:  # "we will retaliate": the threat is made as it is said
            return rule.cameo, rule.plover, rule.mode, sign, "actual", Inference.INTENT
        if sign == "negated" and ceased and rule.cameo.code in ENDED_SUPPORT:
            code = self.codebook.cameo[WITHDRAWN_SUPPORT_CAMEO]
            return code, code.plover or rule.plover, code.mode, "affirmed", _now(mood), Inference.NEGATED
        if sign == "negated" and short:
            return rule.cameo, rule.plover, rule.mode, sign, mood, NO_INFERENCE
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
        if mood == "future" and sign == "negated" and refusing and not implied:
            mood = "actual"
        return rule.cameo, rule.plover, rule.mode, sign, mood, NO_INFERENCE


def _given_as_said(rule: Rule, token: Token, mood: Modality) -> Modality:
    """Backing or disapproval (PLOVER SUPPORT, ACCUSE's `disapprove`) that a speaker's own side says
    it must give is given as it is said ("'we must stand by Taiwan,' the envoy said", "we should
    condemn this attack"): actual. Any other act its side must do is not done by the saying ("we must
    send troops"), and another side's duty is asked of it (`modal_roles`)."""
    stance = rule.plover == "SUPPORT" or (rule.plover == "ACCUSE" and rule.mode == DISAPPROVE_MODE)
    return "actual" if mood == "hypothetical" and stance and own_duty(token) else mood


def _verdict_now(rule: Rule, token: Token, mood: Modality) -> Modality:
    """A verdict told as the copula's infinitive ("said the union is to blame") is passed as it is
    said, where "is to" with an act's infinitive ("is to visit Beijing") tells a plan."""
    return "actual" if rule.pos == "verdict" and mood == "future" and infinitive_predicate(token) else mood


def _asked_at(rule: Rule, token: Token, carrier: Token | None) -> Token:
    """The word whose clause tells how real an event is: the act it prompted ("At Kenya's request,
    Uganda agreed to wait": the asking is as real as the agreeing); for a condition laid with a
    threat, the speech verb ('"unless they withdraw, we will act," he said': the threat is made as
    it is said, whatever becomes of the condition); else the trigger."""
    if rule.prompted and carrier is not None:
        return carrier
    if rule.pos == "modal" and token.dep_ == "mark":
        return speech_verb(token.head.head) or token.head.head
    return token


def _protective(rule: Rule, token: Token) -> bool:
    """A move of forces made to help or shield someone ("pledged to send troops to help the
    government", "promised to deploy soldiers to protect civilians"), or offered at all ("offered
    to send troops to Somalia": put at another's service): promised, it is an offer of military
    protection (CAMEO 0334), no threat of force. The purpose is an infinitive, on the verb or on
    what it sends, of a verb of protecting (role_words.tsv; an infinitive is its own lemma).
    "Vowed to send troops to crush the rebels" and "vowed to attack Israel to defend Gaza" (no
    move of forces) stay threats."""
    if rule.plover != "MOBILIZE":
        return False
    if token.dep_ == "xcomp" and token.head.lower_ in role_words().volunteering:
        return True
    sent = [c for c in token.children if c.dep_ == "dobj"]
    purposes = [c for c in token.children if c.dep_ in ("advcl", "xcomp")]
    purposes += [c for o in sent for c in o.children if c.dep_ in ("acl", "relcl")]
    return any(p.lower_ in role_words().protecting and marked_by_to(p) for p in purposes)


def _promised(token: Token, mood: Modality) -> bool:
    """An act its doer is told to be going to do, affirmed and not asked about: "Iran will
    retaliate", not "whether Iran will retaliate" or "it remains to be seen how Juba will respond"
    (a vowed rule's act is no event else)."""
    if mood != "future" or polarity(token) != "affirmed":
        return False
    return not any(
        (c.dep_ == "advmod" and c.lower_ in WH_WORDS) or (c.dep_ == "mark" and c.lower_ in QUESTION_MARKS)
        for c in token.children
    )


def _now(mood: Modality) -> Modality:
    """An act announced for the future ("would no longer defend") is done by announcing it."""
    return "actual" if mood == "future" else mood


def _vowing_speakers(token: Token, by_token: dict[int, Mention]) -> tuple[Mention, ...]:
    """ "the killers will be brought to justice, the president said": a vow told in the agentless
    passive is its speaker's; one who only doubts or thinks it ("analysts doubt they will be
    brought to justice") vows nothing."""
    verb = speech_verb(token)
    if verb is not None and verb.lower_ not in statement_forms():
        return ()
    return tuple(speaker_of_clause(token, by_token))


def _says_not(clause: Token) -> bool:
    """A clause its own "not" denies ("had not attacked"), or an adjective whose copula bears it
    ("were not responsible for the attack", "was never complicit in")."""
    holders = (clause, clause.head) if clause.dep_ == "acomp" else (clause,)
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for h in holders for c in h.children
    )


def _own_side(speakers: list[Mention], event: Event, clause: Token) -> list[Mention]:
    """The speakers who speak for the doers of an act told in their clause: the doer itself, a
    state voice of the doer's country, or any speaker of a clause whose subject is owned by a
    pronoun ("the ministry said its jets ...": the speaker's own jets)."""
    doers = {a.actor_id for a in event.sources} | {a.country for a in event.sources if a.country}
    own = [s for s in speakers if s.actor_id in doers or (s.country in doers and s.sector in STATE_VOICES)]
    if not own and _subject_owned_by_pronoun(clause):
        return speakers
    return own


# Who charges the doer of an act of force it tells of (`EventCoder._charge`): a watchdog (a rights
# group, an international body) whoever the doer but private people; a state's government or
# army only the forces or the government of another state.
WATCHDOG_SECTORS = frozenset({"NGO", "IGO"})
CHARGING_STATE_SECTORS = frozenset({"GOV", "MIL"})
STATE_FORCE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "SPY"})
PRIVATE_SECTORS = frozenset({"CVL"})
# Talks and meetings (CAMEO 040 consult, 046 negotiate) whose refusal is CAMEO 125, "reject proposal
# to meet, discuss, or negotiate"; a visit (042, 043) not made or a summit missed refuses no proposal.
REFUSABLE_TALKS = frozenset({"040", "046"})
REFUSED_TALKS_CAMEO = "125"
PLAIN_STATEMENT = "010"  # statement_verbs.tsv: "said", "told", "reported"
# The acts of force one is charged with: violence and coercion (a border closed, aid cut or ties
# broken, SANCTION, are a state's own measures, told, not charged).
CHARGED_TYPES = frozenset({"ASSAULT", "COERCE"})
ACCUSATION_CAMEO = "112"
# Doers inferred, not named: no one is charged with an act whose doer the text does not name.
GUESSED_DOERS = Inference.UNATTRIBUTED | Inference.UNATTRIBUTED_BOMBING | Inference.IMPLIED | Inference.PAIR


def _charges(speakers: list[Mention], doers: tuple[ActorRef, ...]) -> bool:
    """Whether every speaker telling of the doers' act of force charges them with it (see
    `WATCHDOG_SECTORS`): "Human Rights Watch said police tortured detainees" does, "the Kenyan
    ministry said Somali militants attacked a base" does not (militants are no state's forces;
    a government telling of them reports, as the police do)."""

    def charges(speaker: Mention) -> bool:
        if speaker.sector in WATCHDOG_SECTORS:
            return all(d.sector not in PRIVATE_SECTORS for d in doers)
        foreign = all(d.country not in (None, speaker.country) for d in doers)
        forces = all(d.sector in STATE_FORCE_SECTORS for d in doers)
        return speaker.sector in CHARGING_STATE_SECTORS and speaker.country is not None and foreign and forces

    return all(charges(s) for s in speakers)


def _on_a_predicate_noun(token: Token) -> bool:
    """An adjective on the predicate noun of a copular clause ("is a bad actor")."""
    return token.dep_ == "amod" and token.head.dep_ in VERDICT_DEPS and token.head.head.lower_ in COPULAS


def _owned_asking(noun: Token) -> bool:
    """A noun that names nothing but an asking (role_words.tsv `asking`) with its asker as
    possessor: "Sweden's extradition request was turned down", "the union's demands were met" are
    requests made, under whatever verb (stop 46: requests told as nouns missed)."""
    return noun.lower_ in role_words().asking and any(c.dep_ == "poss" for c in noun.children)


def _needs_target(rule: Rule, token: Token) -> bool:
    """A rule that needs a named target, or support read from an infinitive of purpose ("pledged
    money to support the programs", "had evidence to support its account"): an aim, which is an
    act of support only when it names whom it supports. A request of the sides to a dispute the
    story does not name needs none (`_asks_the_parties`)."""
    if rule.requires_target:
        return not _asks_the_parties(rule, token)
    return rule.plover == "SUPPORT" and purpose_infinitive(token)


def _asks_the_parties(rule: Rule, token: Token) -> bool:
    """ "Urged the two sides to resume talks", "called on all parties to": a request whose
    addressee, its object or the object of its "on"/"to"/"with", is a noun of the sides to a
    dispute (role_words.tsv `parties`), with the infinitive of what it asks."""
    if rule.plover != "REQUEST":
        return False
    addressees = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, ADDRESSEE_PREPS)
    parties = [a for a in addressees if a.lower_ in role_words().parties]
    # "the two sides of the river" are places, no parties
    return any(not prep_objects(a, {"of"}) for a in parties) and any(
        c.dep_ in ("xcomp", "advcl") and marked_by_to(c) for c in token.children
    )


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


def _meeting_of_one(rule: Rule, sources: Sequence[Mention], targets: Sequence[Mention]) -> bool:
    """A meeting noun (a symmetric CONSULT noun) to come whose only party is one named person
    ("the senator will hold a town hall meeting", "we will bring scientists in at the next
    meeting"): a forum the person holds, no one named to meet, so no intent to meet (CAMEO 036).
    Two parties ("the two leaders will hold a meeting"), a body ("the cabinet") or a named other
    side ("a meeting with the opposition leader") stay an intent."""
    return (
        rule.pos == "noun"
        and rule.plover == "CONSULT"
        and rule.symmetric
        and not targets
        and len(sources) == 1
        and sources[0].kind == "person"
        and sources[0].name is not None
    )


def _private_person(mention: Mention) -> bool:
    """A person of no sector (no office, force or group read for them): a private person, whose
    violence is no conventional military force ("when the gang members Andrew Lopez and Jonathan
    Carrasquillo were spraying bullets"; CAMEO 18, as for civilians and criminals)."""
    return mention.kind == "person" and mention.sector is None


def _bare_pronoun(mention: Mention) -> bool:
    """A pronoun actor ("he") with nothing inferred on it. One that took a one-country story's
    country (ARTICLE) is not penalised: its rule, "pronoun+article", never read as "pronoun"."""
    return mention.rule == "pronoun" and not mention.inferences


def _guessed_pronoun(doc: Doc, mention: Mention) -> bool:
    """A bare pronoun actor (`_bare_pronoun`) the resolver chose among rivals or from afar: one
    whose only compatible antecedent was named in its own sentence or the one before
    (`Coreference.sure`) is read, not guessed, and keeps its rule's confidence."""
    if not _bare_pronoun(mention):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is None or not Coreference.of(doc, doc._.mentions or [mention]).sure(span[-1])


def _asked_act(token: Token, event: Event, said: set[int], demanding: set[int]) -> bool:
    """The content of a request, a refusal, a discussion or a wish, coded at the word that embeds
    it, is no act of anyone: PLOVER codes the asking (REQUEST), the refusing (REJECT) or the talks
    (CONSULT) by the one who asks, refuses or talks, never what they ask for. "Urged Uganda to
    release the prisoners", "pressed his counterpart to open an inquiry", "wants Washington to
    provide relief", "declined to threaten Uganda", "discussed sending troops": no release,
    inquiry, aid, threat or deployment (`embedding_verb`). So is what a reported "must" or
    "should" demands when that modal codes the demand (`demanding`, a `pos: modal` rule): "Amnesty
    said the government must take responsibility and allow aid in" concedes nothing. `said`: the
    words of the sentence's affirmed events. Where the embedding word codes nothing the act stays,
    hypothetical ("the court ordered police to arrest him"), unless it is only wished for, which
    asks no one ("would like to see Tokyo agree", "hopes Uganda will withdraw"). An event
    noun in the demanded clause goes with it, whatever its own reading ("said Turkey must mediate
    peace talks" reads the talks as told by the speaker); an act told as done is the speaker's own
    (a refusal or a denial recoded from what it refuses, `_as_refusal`)."""
    if event.modality == "actual":
        return False
    embedder = embedding_verb(token)
    if embedder is not None and (embedder.i in said or WISH in cue_kinds(embedder)):
        return True
    clause = token if is_verbal(token) else governing_verb(token)
    return clause is not None and any(t.i in demanding and t.i != token.i for t in modals_over(clause))


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
        and len(below) <= EMBEDDED_DEPTH
        and all(dep in EMBEDDED_NOUN_PATH for dep in below)
    )


# Reactions whose target is the doer of the act they react to (`_reaction_targets`).
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT"})
ANTECEDENT_PENALTY = 0.1
UNREAL_MOODS = frozenset({"future", "hypothetical"})  # told as to come or only possible
# Praise, verbal defence or rallying of an actor (CAMEO 051-053) that its giver ends ("no longer
# backs", "stopped defending") is support withdrawn: CAMEO 16 "reduce relations" (160), PLOVER 2.0
# SANCTION, as the codebook codes "withdrew his endorsement" (sanction.withdraw-endorsement); not a
# REJECT, which answers a proposal or demand, and none was made.
ENDED_SUPPORT = frozenset({"051", "052", "053"})
WITHDRAWN_SUPPORT_CAMEO = "160"
# Who may speak for a state's forces in denying their act: the state itself (no sector) or a body
# of it ("the defence ministry said its jets did not strike").
STATE_VOICES = frozenset({None, "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _aimed_at(event: Event, actors: Sequence[ActorRef]) -> bool:
    """Whether one of `event`'s targets is one of `actors`, or of the same country."""
    ids = {a.actor_id for a in actors} | {a.country for a in actors if a.country}
    return any(t.actor_id in ids or t.country in ids for t in event.targets)


def _attempted_in_clause(token: Token) -> bool:
    """The infinitive of a verb of trying (modality_cues.tsv `attempt`) that is itself a reported
    clause: "said the rebels were trying to sabotage the talks" charges the rebels with it."""
    return token.dep_ == "xcomp" and token.head.dep_ == "ccomp" and "attempt" in cue_kinds(token.head)


# The mode of an accusation that is an inquiry (CAMEO 09x), no claim a denial answers.
INVESTIGATION_MODE = "investigate"

# Determiners of claims that point back at ones told before: "the claims", "these allegations".
CLAIM_POINTERS = frozenset({"the", "this", "that", "these", "those", "such"})

# Targets a step guessed for an act with none named: the act's place, or the source's own country.
GUESSED_TARGETS = Inference.PLACE | Inference.DOMESTIC


def _subject_owned_by_pronoun(verb: Token) -> bool:
    """ "its jets did not strike", "our forces did not fire": the subject is the speaker's own."""
    return any(subject.dep_ in SUBJECT_DEPS and owned_by_pronoun(subject) for subject in verb.children)


def _aimed_inside(event: Event, act: Token) -> bool:
    """The reaction's targets all sit inside the phrase of the act it is about (or it has none):
    actors and places named there ("the attack on the peacekeepers", "the Kabul bombing")."""
    phrase = act.doc[act.left_edge.i : act.right_edge.i + 1].text
    return all(a.text in phrase for a in event.targets)


def _first_told(claim: Token) -> bool:
    """A claim noun with its content clause ("claims that the police had beaten students") and no
    determiner pointing back at claims told before (`CLAIM_POINTERS`)."""
    pointed = any(d.dep_ == "det" and d.lower_ in CLAIM_POINTERS for d in claim.children)
    return not pointed and any(c.dep_ in ("acl", "ccomp") for c in claim.children)


def _claim_answered(doc: Doc, accusation: Event, denial: Event) -> bool:
    """Whether a denial answers an earlier accusation: a claim (not an inquiry: "the F.B.I. opened
    an investigation into her ... She has denied those claims" answers whoever made the claims, not
    the investigators) told in the denial's paragraph or in the sentence just before it. An
    accusation told paragraphs back is no claim the denial points at: a name merely met earlier in
    the article is not its target (issue 11: a denial given the nearest salient accuser)."""
    if accusation.mode == INVESTIGATION_MODE:
        return False
    if "\n" not in doc.text[accusation.sentence_start : denial.sentence_start]:
        return True
    at = doc.char_span(denial.sentence_start, denial.sentence_start + 1, alignment_mode="expand")
    if at is None or at[0].sent.start == 0:
        return False
    return accusation.sentence_start >= doc[at[0].sent.start - 1].sent.start_char


def _one_act(coded: list[tuple[Token, Event]], noun_rules: frozenset[str]) -> list[tuple[Token, Event]]:
    """An event noun in the words of an act of the same type by the same doers tells that act
    again, not a second one: "threatened retaliation", "Trump's threats to wall off the border and
    slap a tariff on imports", "denounced India's threats to impose a blockade". The act that governs
    it stands, with the noun's target when it names none. Another doer's act under it ("attacked
    the rebels' positions after their raids"), an act conjoined to it ("cut ties and imposed an
    embargo", "met staff and held meetings") and a noun of another type stay events. A target the
    noun's doers were only inferred to aim at is not passed on. A noun that names the act more
    closely than its governor's generic code ("met officials on the sidelines of the summit":
    a meeting at a third place, 044, under "met", 040; "promised to send peacekeepers to Juba":
    peacekeepers promised, 0334, under "promised", 030) lends the act its code and the targets it
    names. A noun the act is for ("arrived in Havana for talks with his counterpart") is an act of
    its own."""
    dropped: set[int] = set()
    targets: dict[int, Event] = {}
    codes: dict[int, Event] = {}
    for token, event in coded:
        if event.rule not in noun_rules or not event.sources:
            continue
        over = [(t, e) for t, e in coded if t.i != token.i and _told_under(token, t) and _same_act(e, event)]
        if not over:
            continue
        dropped.add(token.i)
        head, kept = min(over, key=lambda pair: abs(pair[0].i - token.i))
        if not kept.targets and event.targets and not event.inferences & INFERRED_TARGETS:
            targets[head.i] = event
        if _refines(event.cameo, kept.cameo):
            codes[head.i] = event
            if event.targets and not event.inferences & INFERRED_TARGETS:
                targets[head.i] = event
    return [
        (t, _with_told_again(e, targets.get(t.i), codes.get(t.i))) for t, e in coded if t.i not in dropped
    ]


def _refines(code: str | None, generic: str | None) -> bool:
    """`code` is a closer code under `generic`, its root's own code ("044" under "040")."""
    if code is None or generic is None:
        return False
    return len(generic) == 3 and generic.endswith("0") and code != generic and code[:2] == generic[:2]


def _with_told_again(event: Event, aimed: Event | None, coded: Event | None) -> Event:
    """`event` with the target and the closer code of the nouns that told it again (`_one_act`)."""
    if aimed is not None:
        event = replace(event, targets=aimed.targets)
    if coded is not None:
        event = replace(
            event, cameo=coded.cameo, mode=coded.mode, quad_class=coded.quad_class, goldstein=coded.goldstein
        )
    return event


# Targets an event's own words do not name: its doers' country, the host of talks.
INFERRED_TARGETS = Inference.DOMESTIC | Inference.HOST


def _told_under(noun: Token, act: Token) -> bool:
    """Is `noun` in the words of `act`, not in a clause conjoined to it nor in what it is for?"""
    for below, node in itertools.pairwise([noun, *noun.ancestors]):
        if below.dep_ == "prep" and below.lower_ == "for":
            return False
        if node.i == act.i:
            return below.dep_ != "conj"
    return False


def _same_act(one: Event, other: Event) -> bool:
    """The same type, doers and polarity, told with other targets (with the same ones the two
    are one event already, `_dedup_key`, and the surer stands)."""
    key, other_key = _dedup_key(one), _dedup_key(other)
    return key[:4] == other_key[:4] and key != other_key


def _aims(coded: list[tuple[Token, Event]]) -> set[int]:
    """Where the events only aimed at start, in the clause of what a trip is for (`modality.aim_of`):
    "travelled to Warsaw to meet Polish leaders" codes the visit to Poland and the meeting it is
    for, two events with the same parties that `_dedup_key` alone would make one, and the surer
    reading, the meeting, would hide the visit made. Events within one aim ("to push for more
    support") are still one."""
    return {
        e.trigger.start
        for t, e in coded
        if e.modality == "hypothetical" and any(aim_of(node) for node in (t, *t.ancestors))
    }


def _dedup_key(event: Event) -> tuple[str, int, str, tuple[str, ...], tuple[str, ...]]:
    def ids(refs: Iterable[ActorRef]) -> tuple[str, ...]:
        return tuple(sorted(r.actor_id or r.text for r in refs))

    return (event.plover, event.sentence_start, event.polarity, ids(event.sources), ids(event.targets))


def _mentions_by_token(doc: Doc, mentions: list[Mention], places: bool = False) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for mention in mentions:
        if (mention.kind == "place") != places:
            continue
        for i in expanded_range(doc, mention.start, mention.end) or ():
            out[i] = mention
    return out


_FIRST_PERSON_IDS = frozenset(get_string_id(word) for word in FIRST_PERSON)  # for token_indices


def _first_person_speakers(doc: Doc, by_token: dict[int, Mention]) -> dict[int, Mention]:
    """ "I"/"we"/"our" inside a quote stand for its speaker (doc._.quotes, wirewatch_quotes)."""
    out: dict[int, Mention] = {}
    pronouns = token_indices(doc, LOWER, _FIRST_PERSON_IDS)
    for quote in getattr(doc._, "quotes", None) or []:
        speaker = quote.speaker
        if speaker is None or speaker.country is None:
            continue
        words = expanded_range(doc, quote.start, quote.end) or range(0)
        for i in indices_within(pronouns, words.start, words.stop):
            if i in by_token:
                continue
            token = doc[i]
            out[i] = Mention(
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
