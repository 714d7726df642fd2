"""Code the events of a parsed Doc: codebook triggers, roles from the dependency tree.

Sources and targets come from the parse (subject, object, prepositional
phrases, passives, coordination), never from mere co-occurrence in a
sentence; an event whose participants are not actors is left uncoded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.events.codebook import Codebook, Rule
from wirewatch.model import ActorRef, Event, Mention, Modality, Polarity, Span, event_id

VERBAL_DEPS = frozenset({"ROOT", "xcomp", "ccomp", "advcl", "relcl", "pcomp", "csubj", "parataxis", "acl"})
NOMINAL_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative", "npadvmod", "compound"}
)
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Noun-phrase internal links along which an argument's actor is looked for.
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "prep", "pobj", "det", "conj", "cc"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
FUTURE_GOVERNORS = frozenset(
    {
        "plan",
        "intend",
        "want",
        "hope",
        "expect",
        "seek",
        "aim",
        "prepare",
        "invitation",
        "plans",
        "offer",
        "proposal",
        "promise",
        "pledge",
    }
)
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
SPEECH_VERBS = frozenset(
    {
        "say",
        "said",
        "says",
        "tell",
        "told",
        "tells",
        "claim",
        "claimed",
        "claims",
        "report",
        "reported",
        "reports",
        "allege",
        "alleged",
        "alleges",
    }
)
# Confidence is the rule's prior, lowered for each weaker inference it needed.
INHERITED_SUBJECT_PENALTY = 0.1
HOST_RULE_PENALTY = 0.15
PRONOUN_PENALTY = 0.1


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

    def __call__(self, doc: Doc, mentions: list[Mention], article_id: str) -> list[Event]:
        by_token = _mentions_by_token(doc, mentions)
        events: dict[tuple[str, int, str, tuple[str, ...], tuple[str, ...]], Event] = {}
        for sent in doc.sents:
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
        if _is_verbal(token):
            return [r for r in self.codebook.verb_rules(form) if _rule_fits_verb(r, token)]
        return self.codebook.noun_rules(form)

    def _code(
        self, rule: Rule, token: Token, sent: SpacySpan, by_token: dict[int, Mention], article_id: str
    ) -> Event | None:
        roles = (
            _verb_roles(rule, token, by_token)
            if rule.pos == "verb"
            else _noun_roles(rule, token, by_token, self.codebook)
        )
        if roles is None or not roles.sources:
            return None
        if rule.requires_target and not roles.targets:
            return None
        sources, targets = roles.sources, roles.targets
        if any(m.rule == "pronoun" for m in sources + targets):
            roles = _Roles(sources, targets, roles.penalty + PRONOUN_PENALTY, roles.note)
        code = rule.cameo
        confidence = round(max(0.05, rule.confidence - roles.penalty), 2)
        trigger = Span(token.idx, token.idx + len(token.text), token.text)
        return Event(
            event_id=event_id(article_id, sent.start_char, token.idx, rule.plover),
            article_id=article_id,
            plover=rule.plover,
            mode=rule.mode,
            cameo=code.code,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            polarity=_polarity(token),
            modality=_modality(token, sent, sources, by_token),
            sources=tuple(m.ref() for m in sources),
            targets=tuple(m.ref() for m in targets),
            sentence=sent.text.strip(),
            sentence_start=sent.start_char,
            trigger=trigger,
            confidence=confidence,
            rule=rule.rule + roles.note,
        )


def _dedup_key(event: Event) -> tuple[str, int, str, tuple[str, ...], tuple[str, ...]]:
    def ids(refs: Iterable[ActorRef]) -> tuple[str, ...]:
        return tuple(sorted(r.actor_id or r.text for r in refs))

    return (event.plover, event.sentence_start, event.polarity, ids(event.sources), ids(event.targets))


def _mentions_by_token(doc: Doc, mentions: list[Mention]) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for mention in mentions:
        if mention.kind == "place":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                out[token.i] = mention
    return out


def _is_verbal(token: Token) -> bool:
    """Verb or noun, read from the parse (the tagger is not run: see nlp.py)."""
    if any(c.dep_ == "det" for c in token.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj") for c in token.children):
        return True
    if token.dep_ == "conj":
        return _is_verbal(token.head)
    return token.dep_ in VERBAL_DEPS


def _rule_fits_verb(rule: Rule, token: Token) -> bool:
    if rule.particle and not any(
        c.dep_ in ("prt", "prep") and c.lower_ == rule.particle for c in token.children
    ):
        return False
    if rule.objects:
        objects = {c.lower_.rstrip("s") for c in token.children if c.dep_ in ("dobj", "nsubjpass")}
        return bool(objects & {o.rstrip("s") for o in rule.objects})
    return True


# --- roles -----------------------------------------------------------------


def _actors_at(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The actors an argument head names: itself, its conjuncts, or inside its noun phrase."""
    found: list[Mention] = []
    for head in _with_conjuncts(token):
        mention = by_token.get(head.i) or _inside_phrase(head, by_token)
        if mention is not None and mention not in found:
            found.append(mention)
    return found


def _with_conjuncts(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from _with_conjuncts(child)


def _inside_phrase(head: Token, by_token: dict[int, Mention]) -> Mention | None:
    frontier = [c for c in head.children if c.dep_ in NP_DEPS and c.dep_ != "conj"]
    while frontier:
        nxt: list[Token] = []
        for token in frontier:
            if token.i in by_token:
                return by_token[token.i]
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
            return _coordinated(child, by_token) or _actors_at(child, by_token), False
    if token.dep_ in ("xcomp", "conj", "advcl") and token.head.i != token.i:
        inherited, _ = _subjects(token.head, by_token)
        return inherited, True
    if token.dep_ in ("relcl", "acl") and token.dep_ == "relcl":
        return _actors_at(token.head, by_token), True
    return [], False


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _targets(rule: Rule, token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    deps = {t for t in rule.targets if ":" not in t}
    preps = {t.split(":", 1)[1] for t in rule.targets if t.startswith("prep:")}
    heads = [c for c in token.children if c.dep_ in deps] + _prep_objects(token, preps)
    if token.dep_ != "ROOT" and any(c.dep_ == "nsubjpass" for c in token.children):
        heads = [c for c in token.children if c.dep_ == "nsubjpass"] + heads
    found: list[Mention] = []
    for head in heads:
        for mention in _actors_at(head, by_token):
            if mention not in found:
                found.append(mention)
    return found


def _verb_roles(rule: Rule, token: Token, by_token: dict[int, Mention]) -> _Roles | None:
    sources, inherited = _subjects(token, by_token)
    targets = _targets(rule, token, by_token)
    if any(c.dep_ == "nsubjpass" for c in token.children):
        targets = [
            m for c in token.children if c.dep_ == "nsubjpass" for m in _actors_at(c, by_token)
        ] + targets
    return _finish(rule, token, sources, targets, INHERITED_SUBJECT_PENALTY if inherited else 0.0, by_token)


def _noun_roles(rule: Rule, token: Token, by_token: dict[int, Mention], codebook: Codebook) -> _Roles | None:
    possessors = [c for c in token.children if c.dep_ == "poss"]
    sources = [m for p in possessors for m in _actors_at(p, by_token)]
    governor = _governor(token)
    penalty = 0.0
    if not sources and governor is not None and _governs(rule, governor, codebook):
        sources, inherited = _subjects(governor, by_token)
        penalty = INHERITED_SUBJECT_PENALTY if inherited else 0.0
    targets = _targets(rule, token, by_token)
    if governor is not None and not targets:
        targets = _targets(rule, governor, by_token) if rule.symmetric else []
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
        return token.head.head
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
    return None


# --- polarity and modality ----------------------------------------------------


def _polarity(token: Token) -> Polarity:
    scope = [token] + ([token.head] if token.dep_ in ("dobj", "pobj", "xcomp") else [])
    for t in scope:
        if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in t.children):
            return "negated"
    return "affirmed"


def _modality(
    token: Token, sent: SpacySpan, sources: tuple[Mention, ...], by_token: dict[int, Mention]
) -> Modality:
    if sent.text.rstrip().endswith("?"):
        return "hypothetical"
    chain = [token, *token.ancestors]
    for t in chain:
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in t.children):
            return "hypothetical"
    for t in chain[1:3]:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children) or (
            t.lower_ in FUTURE_GOVERNORS
        ):
            return "future"
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
        return "future"
    for t in chain[1:]:
        if t.lower_ in SPEECH_VERBS:
            # "X said Y attacked Z": reported by X unless X speaks for Y's own side.
            speaker = [m for c in t.children if c.dep_ == "nsubj" for m in _actors_at(c, by_token)]
            if speaker and not ({m.country for m in speaker} & {m.country for m in sources}):
                return "reported"
            break
    return "actual"
