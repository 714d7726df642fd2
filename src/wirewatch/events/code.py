"""Code the events of a parsed Doc: codebook triggers, roles from the dependency tree.

Sources and targets come from the parse (subject, object, prepositional
phrases, passives, coordination), never from mere co-occurrence in a
sentence; an event whose participants are not actors is left uncoded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.doctools import sentences
from wirewatch.events.codebook import CameoCode, Codebook, Rule, noun_inflections
from wirewatch.events.modality import modality, polarity
from wirewatch.model import ActorRef, Event, Mention, Modality, Polarity, Span, event_id

VERBAL_DEPS = frozenset({"ROOT", "xcomp", "ccomp", "advcl", "relcl", "pcomp", "csubj", "parataxis", "acl"})
NOMINAL_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative", "npadvmod", "compound"}
)
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Noun-phrase internal links along which an argument's actor is looked for.
# "acl"/"agent": "the blacklists established by the United States" belong to the US.
NP_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "appos", "prep", "pobj", "det", "conj", "cc", "acl", "agent"}
)
# "Syria says it will withdraw": "it"/"they"/"we" as subject of a reported clause
# is the speaker of that clause.
RESUMPTIVE_PRONOUNS = frozenset({"it", "they", "we"})
# A verb without a subject of its own takes its governor's: "agreed to withdraw",
# "is ready to sign", "met and signed", "left, saying".
INHERITING_DEPS = frozenset({"xcomp", "conj", "advcl", "acomp"})
# Confidence is the rule's prior, lowered for each weaker inference it needed.
INHERITED_SUBJECT_PENALTY = 0.1
HOST_RULE_PENALTY = 0.15
PRONOUN_PENALTY = 0.1
PLACE_TARGET_PENALTY = 0.1
FIRST_PERSON = frozenset({"i", "we", "our", "my", "us", "me"})
COMPLEMENT_PENALTY = 0.05
COMPLEMENT_PREPS = frozenset({"to", "on", "against", "with", "from", "for"})
MATERIAL_QUADS = frozenset({2, 4})
# "launched ten days of war games", "a new round of talks": the verb governs the
# trigger through a noun that only measures it.
CONTAINER_NOUNS = frozenset(
    {
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "hour",
        "hours",
        "round",
        "rounds",
        "series",
        "session",
        "sessions",
        "wave",
        "spate",
        "number",
        "set",
        "string",
    }
)
# "both countries", "the two nations": the pair a bilateral story is about.
PAIR_NOUNS = frozenset({"countries", "nations", "governments", "states", "sides", "neighbours", "neighbors"})
PAIR_PENALTY = 0.15
# What kills when no one is named: "a roadside bomb killed", "killed by an explosive device".
ATTACK_NOUNS = frozenset(
    {
        "bomb",
        "bombs",
        "bombing",
        "bombings",
        "explosion",
        "explosions",
        "blast",
        "blasts",
        "device",
        "mine",
        "mines",
        "minefield",
        "landmine",
        "landmines",
        "attack",
        "attacks",
        "ambush",
        "rocket",
        "rockets",
        "mortar",
        "mortars",
        "shell",
        "shells",
        "shelling",
        "missile",
        "missiles",
        "gunfire",
        "airstrike",
        "airstrikes",
        "strike",
        "strikes",
        "grenade",
        "grenades",
        "ied",
        "ieds",
        "drone",
        "drones",
    }
)
LOCATIVE_PREPS = frozenset({"in", "near", "outside", "at", "of", "around", "on"})
UNATTRIBUTED_PENALTY = 0.25
CONDITION_MARKS = frozenset({"if", "unless"})
# Nouns a nominal trigger names the kind of: "a mediation effort", "a peace mission".
EFFORT_NOUNS = frozenset(
    {"effort", "efforts", "bid", "mission", "missions", "initiative", "campaign", "process", "drive", "push"}
)
# CAMEO 18 (unconventional violence) vs 19 (conventional military force): see _unconventional.
MATERIAL_FORCE_CODES = frozenset({"191", "192"})  # blockade, occupation: military whoever does them
NON_MILITARY_SECTORS = frozenset({"COP", "CVL", "CRM", "OPP", "LAB", "EDU", "MED", "REL", "BUS", "REF"})
BOMB_WORDS = frozenset(
    {
        "bomb",
        "bombs",
        "bombing",
        "bombings",
        "explosion",
        "explosions",
        "blast",
        "blasts",
        "device",
        "ied",
        "ieds",
    }
)
UNCONVENTIONAL_CAMEO = "180"
PHYSICAL_ASSAULT_CAMEO = "182"
BOMBING_CAMEO = "183"
# Acts on oneself: a resignation has no one on the receiving end, at home or abroad.
SELF_DIRECTED_MODES = frozenset({"resign"})


@dataclass(frozen=True)
class _Roles:
    sources: tuple[Mention, ...]
    targets: tuple[Mention, ...]
    penalty: float
    note: str


class EventCoder:
    """Callable returning the `Event`s of one Doc given its mentions."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self._places: dict[int, Mention] = {}

    def __call__(self, doc: Doc, mentions: list[Mention], article_id: str) -> list[Event]:
        by_token = _mentions_by_token(doc, mentions)
        by_token.update(_first_person_speakers(doc, by_token))
        by_token.update(_pair_mentions(doc, mentions, by_token))
        self._places = _mentions_by_token(doc, [m for m in mentions if m.kind == "place"], places=True)
        events: dict[tuple[str, int, str, tuple[str, ...], tuple[str, ...]], Event] = {}
        for sent in sentences(doc):
            for token in sent:
                event = self._first_event(token, sent, by_token, article_id)
                if event is None:
                    continue
                key = _dedup_key(event)
                if key not in events or events[key].confidence < event.confidence:
                    events[key] = event
        return sorted(events.values(), key=lambda e: (e.sentence_start, e.trigger.start))

    def _first_event(
        self, token: Token, sent: SpacySpan, by_token: dict[int, Mention], article_id: str
    ) -> Event | None:
        """Rules are tried in codebook order; the first that codes an event wins."""
        for rule in self._rules_for(token):
            event = self._code(rule, token, sent, by_token, article_id)
            if event is not None:
                return event
        return None

    def _rules_for(self, token: Token) -> list[Rule]:
        form = token.lower_
        if token.dep_ == "aux":
            return self.codebook.modal_rules(form)
        if _is_verbal(token):
            return [r for r in self.codebook.verb_rules(form) if _rule_fits_verb(r, token)]
        return self.codebook.noun_rules(form)

    def _code(
        self, rule: Rule, token: Token, sent: SpacySpan, by_token: dict[int, Mention], article_id: str
    ) -> Event | None:
        if rule.pos == "modal":
            roles = _modal_roles(token, by_token)
        elif rule.pos == "verb" and _headline_passive(rule, token):
            # "Egypt activist released": the subject is the one released, by whom is not said.
            subject = [m for c in token.children if c.dep_ == "nsubj" for m in _actors_at(c, by_token)]
            roles = _Roles((), tuple(subject), 0.0, "+headline")
        elif rule.pos == "verb":
            roles = _verb_roles(rule, token, by_token)
        else:
            roles = _noun_roles(rule, token, by_token, self.codebook)
        if roles is not None and not roles.sources and rule.plover == "ASSAULT":
            roles = _unattributed(token, sent, roles, {**self._places, **by_token}, by_token)
        if roles is not None and not roles.sources and rule.plover == "RETREAT" and rule.pos == "verb":
            roles = _self_retreat(token, roles, by_token)
        if roles is not None and not roles.sources and _state_act(rule):
            roles = _implied_authority(rule, token, sent, roles, {**self._places, **by_token}, by_token)
        if roles is None or not roles.sources or not _sectors_fit(rule, roles.sources):
            return None
        if not roles.targets and not rule.symmetric:
            roles = _with_place_target(rule, token, roles, {**self._places, **by_token})
            roles = _with_domestic_target(rule, sent, roles, by_token, self._places)
        if rule.requires_target and not roles.targets:
            return None
        sources, targets = roles.sources, roles.targets
        if any(m.rule == "pronoun" for m in sources + targets):
            roles = _Roles(sources, targets, roles.penalty + PRONOUN_PENALTY, roles.note)
        if any(m.rule == "pair" for m in sources + targets):
            roles = _Roles(sources, targets, roles.penalty + PAIR_PENALTY, roles.note + "+pair")
        mood = modality(token, sent, sources, lambda verb: _speakers(verb, by_token))
        code, plover, mode, sign, mood, note = self._reading(rule, polarity(token), mood)
        code = self._unconventional(code, sources, roles.note)
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
            rule=rule.rule + roles.note + note,
        )

    def _unconventional(self, code: CameoCode, sources: tuple[Mention, ...], note: str) -> CameoCode:
        """CAMEO keeps 19 (conventional military force) for armed forces and states. Violence by
        police, civilians or criminals is 18 (182, physically assault); an attack with no named
        attacker is 18 too (183 when a bomb or blast struck, else 180)."""
        if not code.code.startswith("19") or code.code in MATERIAL_FORCE_CODES:
            return code
        if "+unattributed" in note:
            wanted = BOMBING_CAMEO if "+unattributed-bombing" in note else UNCONVENTIONAL_CAMEO
            return self.codebook.cameo.get(wanted, code)
        if sources and all(m.sector in NON_MILITARY_SECTORS for m in sources):
            return self.codebook.cameo.get(PHYSICAL_ASSAULT_CAMEO, code)
        return code

    def _reading(
        self, rule: Rule, sign: Polarity, mood: Modality
    ) -> tuple[CameoCode, str, str | None, Polarity, Modality, str]:
        """The coding a rule gives under the trigger's polarity and modality.

        A negated trigger with a `negated` code is that code, affirmed ("did not
        accept" is a rejection). A promised or threatened material action is
        AGREE or THREATEN (data/intent.tsv), an actual event of intent.
        """
        if sign == "negated" and rule.negated is not None:
            code = rule.negated
            return code, code.plover or rule.plover, code.mode, "affirmed", mood, "+negated"
        intent = self.codebook.intent_of(rule)
        if mood == "future" and sign == "affirmed" and intent is not None:
            return intent, intent.plover or rule.plover, intent.mode, sign, "actual", "+intent"
        return rule.cameo, rule.plover, rule.mode, sign, mood, ""


def _sectors_fit(rule: Rule, sources: Iterable[Mention]) -> bool:
    if not rule.source_sectors:
        return True
    return all(m.sector is None or m.sector in rule.source_sectors for m in sources)


def _speakers(verb: Token, by_token: dict[int, Mention]) -> list[Mention]:
    return [m for c in verb.children if c.dep_ == "nsubj" for m in _actors_at(c, by_token)]


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


def _pair_mentions(doc: Doc, mentions: list[Mention], by_token: dict[int, Mention]) -> dict[int, Mention]:
    """ "Both countries", "the two nations": the two countries the article has named most so far.

    The pair is put on two tokens of the phrase (the determiner or number, and
    the noun), which `_actors_at` reads together. A story with fewer than two
    countries named before the phrase gives nothing.
    """
    out: dict[int, Mention] = {}
    for token in doc:
        if token.lower_ not in PAIR_NOUNS or token.i in by_token:
            continue
        marker = next(
            (
                c
                for c in token.children
                if c.lower_ in ("both", "two") and c.dep_ in ("det", "nummod", "predet")
            ),
            None,
        )
        if marker is None:
            continue
        pair = _most_named_countries(mentions, before=token.idx)
        if len(pair) == 2:
            out[marker.i], out[token.i] = (
                Mention(
                    token.idx,
                    token.idx + len(token.text),
                    token.text,
                    "country",
                    code,
                    None,
                    code,
                    None,
                    code,
                    "pair",
                )
                for code in pair
            )
    return out


def _most_named_countries(mentions: list[Mention], before: int) -> list[str]:
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.start < before and mention.country and mention.kind != "place":
            counts[mention.country] = counts.get(mention.country, 0) + 1
    ranked = sorted(counts, key=lambda code: -counts[code])  # stable: first named wins a tie
    return ranked[:2]


def _is_verbal(token: Token) -> bool:
    """Verb or noun, read from the parse (the tagger is not run: see nlp.py)."""
    if any(c.dep_ == "det" for c in token.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj") for c in token.children):
        return True
    if token.dep_ == "conj":
        return _is_verbal(token.head)
    return token.dep_ in VERBAL_DEPS


def _headline_passive(rule: Rule, token: Token) -> bool:
    """A headline drops "was": "Activist released", "Journalists detained". A verb whose rule
    names its objects, with no object and no auxiliary, and whose subject is of that class."""
    if any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    if rule.objects:
        return _names_one_of(subjects, rule.objects)
    # "Two soldiers killed in blast", "Journalists detained in Minsk": a transitive trigger
    # left without its object.
    return (
        rule.requires_target
        and not rule.symmetric
        and "dobj" in rule.targets
        and token.lower_.endswith("ed")
        and token.dep_ == "ROOT"
    )


def _rule_fits_verb(rule: Rule, token: Token) -> bool:
    if rule.particle and not any(
        c.dep_ in ("prt", "prep") and c.lower_ == rule.particle for c in token.children
    ):
        return False
    if rule.objects and not _headline_passive(rule, token):
        heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        # "tons of aid", "part of the stronghold": the noun after "of" names the object too.
        heads += [g for h in heads for g in _prep_objects(h, {"of"})]
        if not _names_one_of(heads, rule.objects):
            return False
    if rule.subjects:
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "the first deployment of NATO peacekeeping troops arrived"
        subjects += [g for h in subjects for g in _prep_objects(h, {"of"})]
        if not _names_one_of(subjects, rule.subjects):
            return False
    return True


def _names_one_of(heads: list[Token], lemmas: tuple[str, ...]) -> bool:
    """Is a head noun, or a word modifying it ("peacekeeping troops"), one of `lemmas`?"""
    words = {h.lower_ for h in heads} | {
        m.lower_ for h in heads for m in h.children if m.dep_ in ("compound", "amod")
    }
    return any(words & noun_inflections(lemma) for lemma in lemmas)


# --- roles -----------------------------------------------------------------


def _actors_at(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The actors an argument head names: itself, its conjuncts, or inside its noun phrase.

    A group with no country of its own gives way to a named owner inside its phrase
    ("Hezbollah guerrillas"); owners coordinated inside the phrase all count ("Sierra
    Leonean and Liberian refugees").
    """
    found: list[Mention] = []
    for head in _with_conjuncts(token):
        mention = by_token.get(head.i)
        where = head
        if mention is None or mention.country is None:
            inside = _inside_phrase(head, by_token)
            if inside is not None and (mention is None or inside[1].country is not None):
                where, mention = inside
        for m in [mention, *_co_owners(where, by_token)] if mention is not None else []:
            if m not in found:
                found.append(m)
        # "both countries": a pair of actors sits on the noun and its determiner.
        for child in head.children:
            pair = by_token.get(child.i) if child.dep_ in ("det", "nummod", "predet") else None
            if pair is not None and pair.rule == "pair" and pair not in found:
                found.append(pair)
    return found


def _co_owners(head: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Actors coordinated among a noun's modifiers: "Sierra Leonean and Liberian refugees"."""
    return [
        by_token[t.i]
        for child in head.children
        if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i < head.i
        for t in _with_conjuncts(child)
        if t.i in by_token
    ]


def _with_conjuncts(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from _with_conjuncts(child)


def _inside_phrase(head: Token, by_token: dict[int, Mention]) -> tuple[Token, Mention] | None:
    """The nearest actor inside a head's noun phrase, with the token it was found on."""
    frontier = [c for c in head.children if c.dep_ in NP_DEPS and c.dep_ != "conj"]
    while frontier:
        nxt: list[Token] = []
        for token in frontier:
            if token.i in by_token:
                return token, by_token[token.i]
            nxt.extend(c for c in token.children if c.dep_ in NP_DEPS and c.dep_ != "conj")
        frontier = nxt
    return None


def _coordinated(head: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """All actors of a coordinated phrase, however the parser attached its parts.

    "U.S. President Donald Trump and Russian President Vladimir Putin met": the
    small model hangs "Trump" as an apposition under the second title, so
    walking `conj` links alone finds only Putin.
    """
    subtree = [t for t in head.subtree if not _under_prep(t, head)]
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in subtree):
        return []
    found: list[Mention] = []
    for t in subtree:
        mention = by_token.get(t.i)
        if mention is not None and mention not in found:
            found.append(mention)
    return found if len(found) > 1 else []


def _under_prep(token: Token, head: Token) -> bool:
    # spaCy makes a new Token object on every access: compare positions, not identity.
    while token.i != head.i:
        if token.dep_ in ("prep", "relcl", "acl") or token.head.i == token.i:
            return True
        token = token.head
    return False


def _subjects(token: Token, by_token: dict[int, Mention]) -> tuple[list[Mention], bool]:
    """Subject actors of a verb, inheriting from the governing verb when it has none."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    if passive:
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return [m for a in agents for m in _actors_at(a, by_token)], False
    for child in token.children:
        if child.dep_ in SUBJECT_DEPS:
            found = _coordinated(child, by_token) or _actors_at(child, by_token)
            if not found and child.lower_ in RESUMPTIVE_PRONOUNS:
                return _pronoun_antecedent(token, by_token), True
            return found, False
    if token.dep_ in INHERITING_DEPS and token.head.i != token.i:
        inherited, _ = _subjects(token.head, by_token)
        return inherited, True
    if token.dep_ == "relcl":
        return _actors_at(token.head, by_token), True
    if token.dep_ == "acl":
        return _acl_subjects(token, by_token), True
    return [], False


def _acl_subjects(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Who acts in a clause hung on a noun: the agent ("the blacklists established by the US"),
    else the subject of the verb governing the noun ("accepted an invitation to visit",
    "issued a statement condemning")."""
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents:
        return [m for a in agents for m in _actors_at(a, by_token)]
    governor = _governor(token.head)
    return _subjects(governor, by_token)[0] if governor is not None else []


def _pronoun_antecedent(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """ "it"/"they" as subject: the first conjunct's subject ("Cuba was removed, but it faces"),
    else the speaker of a reported clause ("Syria says it will withdraw")."""
    if token.dep_ == "conj" and token.head.i != token.i:
        heads = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = [m for h in heads for m in _actors_at(h, by_token)]
        if found:
            return found
    return _speaker_of_clause(token, by_token)


def _speaker_of_clause(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The subject actors of the speech verb whose reported clause holds `token`."""
    clause = token
    while clause.dep_ in INHERITING_DEPS and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.i != clause.i:
        return _speakers(clause.head, by_token)
    return []


def _prep_objects(token: Token, preps: Set[str]) -> list[Token]:
    return [
        g
        for c in token.children
        if c.dep_ in ("prep", "dative") and c.lower_ in preps  # "granted asylum to X": to-phrase as dative
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _targets(rule: Rule, token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    deps = {t for t in rule.targets if ":" not in t}
    preps = {t.split(":", 1)[1] for t in rule.targets if t.startswith("prep:")}
    heads = [c for c in token.children if c.dep_ in deps] + _prep_objects(token, preps)
    # "withdrew its ambassador from Mexico": the phrase often hangs on the object.
    heads += [g for c in token.children if c.dep_ == "dobj" for g in _prep_objects(c, preps - {"of"})]
    if token.dep_ != "ROOT" and any(c.dep_ == "nsubjpass" for c in token.children):
        heads = [c for c in token.children if c.dep_ == "nsubjpass"] + heads
    found: list[Mention] = []
    for head in heads:
        for mention in _actors_at(head, by_token):
            if mention not in found:
                found.append(mention)
    return found


def _prep_targets(rule: Rule, token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    preps = {t.split(":", 1)[1] for t in rule.targets if t.startswith("prep:")}
    found: list[Mention] = []
    for head in _prep_objects(token, preps):
        found.extend(m for m in _actors_at(head, by_token) if m not in found)
    return found


def _verb_roles(rule: Rule, token: Token, by_token: dict[int, Mention]) -> _Roles | None:
    sources, inherited = _subjects(token, by_token)
    targets = _targets(rule, token, by_token)
    if any(c.dep_ == "nsubjpass" for c in token.children):
        passive = [m for c in token.children if c.dep_ == "nsubjpass" for m in _actors_at(c, by_token)]
        targets = passive + [m for m in targets if m not in passive]
    penalty = INHERITED_SUBJECT_PENALTY if inherited else 0.0
    note = ""
    if not targets:
        targets = _complement_targets(token, by_token, {m.actor_id for m in sources})
        penalty, note = (penalty + COMPLEMENT_PENALTY, "+complement") if targets else (penalty, "")
    if not targets and rule.plover == "THREATEN":
        targets = _condition_subjects(token, by_token, {m.actor_id for m in sources})
        penalty, note = (penalty + COMPLEMENT_PENALTY, "+condition") if targets else (penalty, note)
    roles = _finish(rule, token, sources, targets, penalty, by_token)
    return _Roles(roles.sources, roles.targets, roles.penalty, roles.note + note) if roles else None


def _complement_targets(
    token: Token, by_token: dict[int, Mention], sources: set[str | None]
) -> list[Mention]:
    """Targets inside the trigger's complement clause.

    "threatened to cut off electricity to Nakhichevan", "refused to lift the
    curfew on Palestinians": the object or the to/on/against/with phrase of the
    infinitive. "demanded that the US cancel its plans": the subject of the
    that-clause.
    """
    found: list[Mention] = []
    for child in token.children:
        purpose = child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ == "xcomp" or purpose:
            heads = [c for c in child.children if c.dep_ in ("dobj", "dative")]
            heads += _prep_objects(child, COMPLEMENT_PREPS)
            heads += [g for c in heads if c.dep_ == "dobj" for g in _prep_objects(c, COMPLEMENT_PREPS)]
        elif child.dep_ == "ccomp":
            heads = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            continue
        for head in heads:
            found.extend(
                m for m in _actors_at(head, by_token) if m not in found and m.actor_id not in sources
            )
    return found


def _purpose_targets(noun: Token, by_token: dict[int, Mention], sources: set[str | None]) -> list[Mention]:
    """ "a strike to protest against X", "a campaign to pressure X": the object or the
    against/on/to phrase of an infinitive clause hung on the noun."""
    found: list[Mention] = []
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            continue
        heads = [c for c in clause.children if c.dep_ == "dobj"] + _prep_objects(clause, COMPLEMENT_PREPS)
        for head in heads:
            found.extend(
                m for m in _actors_at(head, by_token) if m not in found and m.actor_id not in sources
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
                    m for m in _actors_at(subject, by_token) if m not in found and m.actor_id not in sources
                )
    return found


def _modal_roles(token: Token, by_token: dict[int, Mention]) -> _Roles | None:
    """ "A said B must stop": A (the speaker) asks B (the subject of the obliged verb)."""
    verb = token.head
    speakers = _speaker_of_clause(verb, by_token)
    subjects = [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in _actors_at(c, by_token)]
    if not speakers or not subjects:
        return None
    return _Roles(tuple(speakers), tuple(subjects), 0.0, "")


def _received_roles(
    rule: Rule, token: Token, by_token: dict[int, Mention], codebook: Codebook
) -> _Roles | None:
    """ "Cuba faces new restrictions from the United States": source after "from"/"by", target the subject."""
    governor = _governor(token)
    if governor is None or not _governs(rule, governor, codebook):
        return None
    targets, inherited = _subjects(governor, by_token)
    givers = _prep_objects(token, {"from", "by"}) + _prep_objects(governor, {"from", "by"})
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
    sources = [m for g in givers for m in _actors_at(g, by_token)]
    penalty = INHERITED_SUBJECT_PENALTY if inherited else 0.0
    return _Roles(tuple(sources), tuple(m for m in targets if m not in sources), penalty, "+received")


def _noun_roles(rule: Rule, token: Token, by_token: dict[int, Mention], codebook: Codebook) -> _Roles | None:
    if rule.received:
        return _received_roles(rule, token, by_token, codebook)
    if token.dep_ == "compound" and token.head.lower_ in EFFORT_NOUNS:
        token = token.head  # "launched a mediation effort between A and B": the phrase is the effort's
    possessors = [c for c in token.children if c.dep_ == "poss"]
    sources = [m for p in possessors for m in _actors_at(p, by_token)]
    governor = _governor(token)
    penalty = 0.0
    if not sources and governor is not None and _governs(rule, governor, codebook):
        sources, inherited = _subjects(governor, by_token)
        penalty = INHERITED_SUBJECT_PENALTY if inherited else 0.0
    targets = _targets(rule, token, by_token)
    if governor is not None and not targets:
        # "imposed sanctions on Iran": the parser often hangs the phrase on the verb.
        targets = (
            _prep_targets(rule, governor, by_token)
            if not rule.symmetric
            else _targets(rule, governor, by_token)
        )
    if not targets and not rule.symmetric:
        # "began a hunger strike to protest against Sweden's decision": a purpose clause, on the
        # noun or on its governing verb, names whom the act is aimed at.
        source_ids = {m.actor_id for m in sources}
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
            for m in _actors_at(subject, by_token)
        ]
    between = _prep_objects(token, {"between"})
    if between and not sources:
        pair = [m for b in between for m in _actors_at(b, by_token)]
        sources, targets = pair[:1], pair[1:]
    return _finish(rule, token, sources, targets, penalty, by_token)


def _governor(token: Token) -> Token | None:
    """The verb a nominal trigger hangs from: "held talks", "during talks", "imposed sanctions"."""
    if token.dep_ in ("dobj", "nsubjpass", "attr"):
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        holder = token.head.head
        if token.head.lower_ == "of" and holder.lower_ in CONTAINER_NOUNS:
            return _governor(holder)
        return holder
    if token.dep_ == "conj":
        return _governor(token.head)
    return None


def _governs(rule: Rule, verb: Token, codebook: Codebook) -> bool:
    if "*" in rule.governors:
        return True
    return any(codebook.is_form_of(verb.lower_, g) for g in rule.governors)


def _finish(
    rule: Rule,
    token: Token,
    sources: list[Mention],
    targets: list[Mention],
    penalty: float,
    by_token: dict[int, Mention],
) -> _Roles | None:
    source_ids = {m.actor_id for m in sources}
    targets = [m for m in targets if m.actor_id not in source_ids]
    note = ""
    if not targets and rule.symmetric and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]
    if not targets and rule.plover == "CONSULT" and sources:
        host = _host(token, sources, by_token)
        if host is not None:
            targets, penalty, note = [host], penalty + HOST_RULE_PENALTY, "+host"
    return _Roles(tuple(sources), tuple(targets), penalty, note)


def _with_place_target(rule: Rule, token: Token, roles: _Roles, places: dict[int, Mention]) -> _Roles:
    """A place as the target when no actor is: "shelled Juba", "lifted the curfew in Montenegro".

    The place stands for its country. The object and the rule's prepositions
    count for every rule; "in <place>" only for material actions (quad classes
    2 and 4), whose place is where they bite; a verbal act's place is a venue.
    """
    heads = [c for c in token.children if c.dep_ in {t for t in rule.targets if ":" not in t}]
    preps = {t.split(":", 1)[1] for t in rule.targets if t.startswith("prep:")}
    if rule.cameo.quad_class in MATERIAL_QUADS:
        preps |= {"in"}
        # "suspended aid deliveries in Baghdad", "cut the aid programme for Bosnia": the place
        # in the object's phrase is where a material act bites.
        heads += [c for c in token.children if c.dep_ == "dobj" and c not in heads]
        governor = _governor(token) if token.dep_ != "ROOT" else None
        if governor is not None and rule.pos == "noun":
            heads += _prep_objects(governor, {"in"})
    heads += _prep_objects(token, preps)
    source_countries = {m.country for m in roles.sources}
    for head in heads:
        for place in _actors_at(head, places):
            if place.country and (
                place.country not in source_countries or rule.cameo.quad_class in MATERIAL_QUADS
            ):
                target = Mention(
                    place.start,
                    place.end,
                    place.text,
                    "country",
                    place.country,
                    None,
                    place.name,
                    None,
                    place.country,
                    "place-target",
                )
                return _Roles(
                    roles.sources, (target,), roles.penalty + PLACE_TARGET_PENALTY, roles.note + "+place"
                )
    return roles


def _unattributed(
    token: Token, sent: SpacySpan, roles: _Roles, located: dict[int, Mention], by_token: dict[int, Mention]
) -> _Roles:
    """An attack with no named attacker is coded, as CAMEO and PLOVER code it, to the country it
    happened in: "a roadside bomb near Samarra killed a US soldier" is IRQ → USA.

    Only when the sentence says what struck (a bomb, an explosion, a mortar round)
    or uses the agentless passive ("was killed in a car bomb explosion in
    Beirut"), and names the place in a locative phrase; otherwise nothing.
    """
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or "+headline" in roles.note
    if "+headline" in roles.note:
        subjects = []
    if token.dep_ == "acl" and token.lower_.endswith(("ed", "en")) and not roles.targets:
        # "Two Nigerian soldiers killed in Mali": the noun the participle hangs on was struck.
        passive, roles = (
            True,
            _Roles(roles.sources, tuple(_actors_at(token.head, by_token)), roles.penalty, roles.note),
        )
    attackers = subjects + agents
    if attackers and not all(a.lower_ in ATTACK_NOUNS for a in attackers):
        return roles
    if not attackers and not passive:
        return roles
    place = _located_in(sent, located)
    if place is not None:
        source = Mention(
            place.start,
            place.end,
            place.text,
            "country",
            place.country,
            None,
            place.country,
            None,
            place.country,
            "unattributed",
        )
        bombing = any(a.lower_ in BOMB_WORDS for a in attackers) or any(
            t.lower_ in BOMB_WORDS for t in sent if t.dep_ == "pobj" and t.head.head.i == token.i
        )
        note = "+unattributed-bombing" if bombing else "+unattributed"
        return _Roles((source,), roles.targets, roles.penalty + UNATTRIBUTED_PENALTY, roles.note + note)
    return roles


def _located_in(sent: SpacySpan, located: dict[int, Mention]) -> Mention | None:
    """The first place or country of the sentence named in a locative phrase ("in Beirut",
    "near the town of Samarra", "outside the Iraqi city of Basra")."""
    for i in range(sent.start, sent.end):
        place = located.get(i)
        word = sent.doc[i]
        if place is None or not place.country or word.dep_ not in ("pobj", "compound", "amod", "poss"):
            continue
        if any(a.dep_ == "prep" and a.lower_ in LOCATIVE_PREPS for a in word.ancestors):
            return place
    return None


def _self_retreat(token: Token, roles: _Roles, by_token: dict[int, Mention]) -> _Roles:
    """ "A third of the guerrillas have been demobilized", "the troops were withdrawn": with no
    agent, the forces named are the ones standing down."""
    if any(c.dep_ == "agent" for c in token.children):
        return roles
    movers = [m for c in token.children if c.dep_ == "nsubjpass" for m in _actors_at(c, by_token)]
    if not movers:
        return roles
    targets = tuple(m for m in roles.targets if m not in movers)
    return _Roles(tuple(movers), targets, roles.penalty + INHERITED_SUBJECT_PENALTY, roles.note + "+passive")


def _state_act(rule: Rule) -> bool:
    """Acts only an authority performs: arrests, sentences, curfews, releases of prisoners,
    investigations ("was put under investigation in Italy")."""
    return rule.plover == "COERCE" or rule.mode in ("release", "investigate")


def _implied_authority(
    rule: Rule,
    token: Token,
    sent: SpacySpan,
    roles: _Roles,
    located: dict[int, Mention],
    by_token: dict[int, Mention],
) -> _Roles:
    """ "An opposition leader was arrested in Caracas", "Egypt activist released": with no agent
    named, the authorities of the place (else of the person's country) did it, as CAMEO codes it.

    Only for the agentless passive or a headline participle ("activist released"); the
    source is that country's government, marked "+implied".
    """
    verb = token if rule.pos == "verb" else _governor(token)
    if verb is None:
        return roles
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    participle = verb.dep_ == "acl" and verb.lower_.endswith(("ed", "en"))
    participle = participle or "+headline" in roles.note
    if any(c.dep_ == "agent" for c in verb.children) or not (passive or participle):
        return roles
    targets = roles.targets
    if passive and not targets:
        targets = tuple(m for c in verb.children if c.dep_ == "nsubjpass" for m in _actors_at(c, by_token))
    if participle and not targets and verb.dep_ == "acl":
        targets = tuple(_actors_at(verb.head, by_token))
    if not targets:
        return roles
    place = _located_in(sent, located)
    country = place.country if place is not None else targets[0].country
    if country is None:
        return roles
    anchor = place if place is not None else targets[0]
    source = Mention(
        anchor.start,
        anchor.end,
        anchor.text,
        "country",
        country,
        "GOV",
        country,
        None,
        f"{country}:GOV",
        "implied",
    )
    return _Roles((source,), targets, roles.penalty + UNATTRIBUTED_PENALTY, roles.note + "+implied")


def _with_domestic_target(
    rule: Rule, sent: SpacySpan, roles: _Roles, by_token: dict[int, Mention], places: dict[int, Mention]
) -> _Roles:
    """A material act with no named target and no other country in sight is domestic.

    "Young Algerians blocked roads", "the government lifted the state of
    emergency", "police prevented the demonstration": the act falls on the
    source's own country (PLOVER codes these ALG → ALG). A protest is aimed at
    that country's government. When the sentence names another country the
    target stays unknown rather than guessed.
    """
    if roles.targets or rule.cameo.quad_class not in MATERIAL_QUADS or rule.mode in SELF_DIRECTED_MODES:
        return roles
    countries = {m.country for m in roles.sources}
    if len(countries) != 1 or None in countries:
        return roles
    named = {m.country for i, m in {**places, **by_token}.items() if sent.start <= i < sent.end and m.country}
    if named - countries:
        return roles
    source = roles.sources[0]
    code = source.country
    sector = "GOV" if rule.plover == "PROTEST" else None
    target = Mention(
        source.start,
        source.end,
        source.text,
        "country",
        code,
        sector,
        code,
        None,
        f"{code}:GOV" if sector else code,
        "domestic",
    )
    return _Roles(roles.sources, (target,), roles.penalty + PLACE_TARGET_PENALTY, roles.note + "+domestic")


def _host(token: Token, sources: list[Mention], by_token: dict[int, Mention]) -> Mention | None:
    """Talks "in Moscow" with no named partner: the host government is the other party."""
    doc_mentions = getattr(token.doc._, "mentions", None) or []
    places = [m for m in doc_mentions if m.kind == "place"]
    countries = {m.country for m in sources}
    for anchor in (token, _governor(token)):
        if anchor is None:
            continue
        for place_token in _prep_objects(anchor, {"in"}):
            for place in places:
                if place.start <= place_token.idx < place.end and place.country not in countries:
                    return Mention(
                        place.start,
                        place.end,
                        place.text,
                        "country",
                        place.country,
                        "GOV",
                        place.name,
                        None,
                        f"{place.country}:GOV",
                        "host",
                    )
    if any(c.lower_ == "here" and c.dep_ == "advmod" for c in token.children):
        return _deictic_host(token, doc_mentions, countries)
    return None


def _deictic_host(token: Token, mentions: list[Mention], countries: set[str | None]) -> Mention | None:
    """ "arrived here": where the reporter is, read as the last foreign country named before.

    A report filed from Havana names Cuba before it says "here"; the visitor's
    own country is skipped.
    """
    named = [m for m in mentions if m.end <= token.idx and m.country and m.country not in countries]
    if not named:
        return None
    last = max(named, key=lambda m: m.start)
    code = last.country
    return Mention(last.start, last.end, last.text, "country", code, "GOV", code, None, f"{code}:GOV", "here")
