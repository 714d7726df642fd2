"""The event codebook: trigger patterns (data) → PLOVER type, mode, CAMEO code.

`data/codebook.yaml` holds the patterns, `data/cameo.tsv` the CAMEO codes with
their PLOVER type, quad class and Goldstein score, `data/irregular_verbs.tsv`
the inflections a suffix rule cannot make. A political scientist fixes a
coding by editing those files; `load_codebook` checks them and says which
line is wrong.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.strings import get_string_id

from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError

DEFAULT_VERB_TARGETS = ("dobj", "dative", "prep:with", "prep:against", "prep:on", "prep:to")
DEFAULT_NOUN_TARGETS = ("prep:with", "prep:against", "prep:on", "prep:to", "prep:between")
RULE_KEYS = frozenset(
    {
        "rule",
        "lemma",
        "pos",
        "cameo",
        "plover",
        "mode",
        "particle",
        "targets",
        "governors",
        "objects",
        "symmetric",
        "requires_target",
        "confidence",
        "negated",
        "received",
        "source_sectors",
        "subjects",
        "embeds",
        "clause_opinion",
        "purposes",
        "passive_source",
        "not_objects",
        "question_sense",
        "idiom",
        "doubts",
        "own_targets",
        "needs_clause",
        "needs_infinitive",
        "mandative",
        "counters",
        "denies",
        "asked",
        "vowed",
        "lays_blame",
        "feeling",
        "stirs",
        "answers",
        "prompted",
        "venues",
        "agents",
        "unowned",
        "authority",
    }
)


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    quad_class: int
    goldstein: float
    plover: str | None
    mode: str | None


@dataclass(frozen=True)
class Rule:
    """One trigger pattern. See the header of data/codebook.yaml for each field."""

    rule: str
    lemma: str
    # verb | noun | modal (an auxiliary such as "must" in a reported clause, or with the particle
    # "to" a semi-modal: "needs to", "has to") | verdict (the
    # predicate noun or adjective of a reported copular clause: "said the plan was a disgrace")
    pos: str
    cameo: CameoCode
    plover: str
    mode: str | None
    particle: str | None
    targets: tuple[str, ...]
    governors: tuple[str, ...]  # nouns: verbs whose subject is the source; "*" any
    objects: tuple[str, ...]  # verbs: the object lemma must be one of these, when given
    symmetric: bool
    requires_target: bool
    confidence: float
    negated: CameoCode | None = None  # the code when the trigger is negated ("did not accept": REJECT)
    received: bool = False  # nouns: the governor's subject is the target ("Cuba faces sanctions from the US")
    # nouns: an act of the authorities told as a noun with no doer, under any verb or none ("a probe
    # into the ministry's spending is under way"): with an actor it falls on named, it is theirs
    # (implied.implied_authority), as the agentless passive is
    unowned: bool = False
    # an act only an authority does (imposing tariffs, lifting sanctions, repealing a law, evicting):
    # told in the agentless passive ("tariffs were imposed on Chinese goods"), an authority did it
    # (implied.state_act, implied.implied_authority), as an agentless arrest is the police's
    authority: bool = False
    # nouns: reached through a `prompting` preposition ("at the urging of the ministry, the bank
    # agreed"), the noun's possessor or "of" phrase asked the subject of the verb it hangs on
    prompted: bool = False
    # The source's sector must be one of these, when given (STATE: a state named as such):
    # "the minister arrived in Havana" is a visit, "troops arrived in Bosnia" is not.
    source_sectors: tuple[str, ...] = ()
    # verbs: the subject's head noun or one of its modifiers must be one of these, when
    # given ("peacekeeping troops arrived" is aid, other arrivals are not)
    subjects: tuple[str, ...] = ()
    # verbs: the event gives way to the act its infinitive or clause codes ("agreed to impose
    # sanctions" is the sanctions, "agreed to withdraw" the promised withdrawal)
    embeds: bool = False
    # verbs: a that-clause with no modal is an opinion, not this event ("agreed that the
    # crisis was grave"); a clause of what will be done is ("agreed that troops would leave")
    clause_opinion: bool = False
    # verbs: a word of what the act is for must be one of these, when given: its "as"/"on"/"for"
    # phrase or its purpose infinitive ("deployed as peacekeepers", "sent to join the UN
    # peacekeeping mission" is peacekeeping, other deployments are not); nouns: their infinitive
    # ("permission to use its airspace")
    purposes: tuple[str, ...] = ()
    # verbs: with no agent, the passive subject is the source: what is sent is its sender's own
    # ("2,000 Russian soldiers were deployed": Russia's soldiers deploy)
    passive_source: bool = False
    # verbs: the rule does not fit when the direct object is one of these ("offered condolences",
    # "offered a hint of concern" promise nothing); nouns: when a modifier is ("a heart attack")
    not_objects: tuple[str, ...] = ()
    # verbs: the verb also asks questions, which are no requests: with no infinitive, "for"
    # phrase or that-clause, an if / whether / wh- clause, an "about" phrase, a colon or an object
    # such as "anything" makes it a question ("asked him whether talks would resume")
    question_sense: bool = False
    # nouns: the noun names the act only in its fixed phrase with one of its governors ("took issue
    # with the plan", "took aim at"); elsewhere it is a plain noun ("coexistence issues between
    # drivers and cyclists", "the aim of the plan")
    idiom: bool = False
    # verbs: the target is the verb's own object or its clause's subject, never an actor inside
    # its infinitive ("helped Ukraine defend itself" aids Ukraine, "helped bring down Nixon" no Nixon);
    # nouns: only the noun's own target phrases, never its verb's ("received a call from")
    own_targets: bool = False
    # verbs: the verb denies the act its clause tells ("denied that its jets bombed the hospital"):
    # that act's participants are no targets of the denial
    denies: bool = False
    # verbs: the rule codes only the demand of a quoted imperative ('"Stop the shelling," the envoy
    # urged Moscow' asks Moscow to halt its own shelling); said of what happened, the verb may tell
    # of stopping another's act ("the army halted the rebel attack" repelled it)
    asked: bool = False
    # verbs and verb verdicts: the verb is an event only as the act its speaker's side promises
    # ("'we will retaliate,' the minister said", "said Russia would pay a heavy price": threats);
    # told as done ("Iran retaliated with missiles") it names no act of its own, which the verbs of
    # what was done code
    vowed: bool = False
    # verbs: the verb criticises only by doubting what a how / why clause, or a whether / if clause
    # with a modal of ability or duty, tells ("questioned how the senator could break his pledge");
    # "questioned the suspect" is an interrogation
    doubts: bool = False
    # verbs: the request needs what is asked: an infinitive, a that-clause or a "for" phrase
    # ("called on Israel to withdraw", "called on the UN for help"); "called on a law firm" is a
    # visit or a hire
    needs_clause: bool = False
    # verbs: the request needs its infinitive of what is asked ("told the rebels to disarm"); a
    # that-clause after the verb is what was said ("told reporters that the army would stay")
    needs_infinitive: bool = False
    # verbs: the verb asks only with a clause of what must be done, a subjunctive or a modal of
    # obligation ("insisted that the army return", "insisted that Iran must stop"); a claim
    # ("insisted that he had done nothing wrong") asks nothing
    mandative: bool = False
    # verbs: the object (one of `objects`) is an act the source counters, aimed at its doer, not at
    # the one it was done to ("repulsed a pirate attack on the tanker": the pirates)
    counters: bool = False
    # verbs: the phrase after the object names whom the act it names is laid on, not its victim
    # ("blamed the bombing on the militants"): the object is no act the event reacts to
    lays_blame: bool = False
    # verbs: the verb names a feeling of disapproval held by its passive subject, or by the subject
    # of the copula its participle complements ("the minister was appalled by the raid", "we are
    # disappointed with the court's ruling"): that holder is the source, and the actor the feeling is
    # about (its by/with/at/over phrase, or the doer of the act named there) the target
    feeling: bool = False
    # verbs with `feeling`: in the active the verb's object holds the feeling and its subject, or the
    # doer of the act its subject names, is what it is about ("the minister's order angered the
    # officers"); the verbs whose active has other senses ("upset the champions", "disturbed the
    # site") leave it out
    stirs: bool = False
    # verbs: with no object or clause of its own, the verb turns down what the clause it is
    # coordinated with offered or asked (role_words.tsv `proffer`): "Iran offered talks, but
    # Washington declined"; its target is whoever offered or asked
    answers: bool = False
    # nouns: the phrases ("prep:with", "prep:to") that name where a complaint is lodged: a body
    # that hears complaints there (`FORUM_SECTORS` of participants.py: the UN, a court, the police)
    # is the venue, not the one complained of ("filed a complaint with the African Union, accusing
    # Somalia": Somalia)
    venues: tuple[str, ...] = ()
    # nouns: the phrases ("prep:of", "prep:from") that name the noun's doer when no possessor does,
    # before its governing verb's subject: "sent the letter over the objections of the ministry",
    # "a wave of criticism from both parties"; verbs: the phrase that names the doer of the
    # agentless passive: "Syria was expelled from the Arab League" (the body one leaves expels)
    agents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Codebook:
    rules: tuple[Rule, ...]
    cameo: dict[str, CameoCode]
    verb_forms: dict[str, str]  # inflected form -> lemma
    noun_forms: dict[str, str]
    irregular: dict[str, str]  # irregular verb form -> lemma, for any verb (support verbs too)
    # (quad class, the trigger's CAMEO code, PLOVER type or "*") -> code of a promised or threatened action
    intent: dict[tuple[int, str], CameoCode]
    # the same -> code of an intent negated ("will not lift the embargo": a refusal)
    refused: dict[tuple[int, str], CameoCode] = field(default_factory=dict)

    def is_form_of(self, form: str, lemma: str) -> bool:
        """Is `form` an inflection of the verb `lemma`? ("held" of "hold")."""
        return self.irregular.get(form) == lemma or form in verb_inflections(lemma)

    def intent_of(self, rule: Rule) -> CameoCode | None:
        """The code a promise or threat of the rule's action gets ("will withdraw": AGREE)."""
        return _keyed(self.intent, rule)

    def demand_of(self, rule: Rule) -> CameoCode:
        """The demand (CAMEO 10x) of the rule's act, as the CAMEO manual pairs a demand with the intent
        of the same act (03x: "will withdraw" 0356, "withdraw!" 1056; "will release" 0353, "release
        them!" 1053); a plain demand (100) for an act with no intent of a named kind."""
        intent = self.intent_of(rule)
        paired = DEMAND_ROOT + intent.code[len(INTENT_ROOT) :] if intent is not None else None
        if (
            paired is not None
            and intent is not None
            and intent.code.startswith(INTENT_ROOT)
            and paired in self.cameo
        ):
            return self.cameo[paired]
        return self.cameo[DEMAND_ROOT + "0"]

    def refusal_of(self, rule: Rule) -> CameoCode | None:
        """The code a negated promise of the rule's action gets ("will not withdraw": REJECT)."""
        return _keyed(self.refused, rule)

    @functools.cached_property
    def _by_lemma(self) -> dict[tuple[str, str], list[Rule]]:
        """(part of speech, lemma) → its rules, in codebook order (the coder asks for every token:
        a scan of the whole codebook each time was a tenth of the event coder's time)."""
        index: dict[tuple[str, str], list[Rule]] = {}
        for rule in self.rules:
            index.setdefault((rule.pos, rule.lemma), []).append(rule)
        return index

    def _rules(self, pos: str, lemma: str | None) -> list[Rule]:
        return list(self._by_lemma.get((pos, lemma), ())) if lemma else []

    def verb_rules(self, form: str) -> list[Rule]:
        return self._rules("verb", self.verb_forms.get(form))

    def modal_rules(self, form: str) -> list[Rule]:
        return self._rules("modal", self._modal_forms.get(form))

    @functools.cached_property
    def _modal_forms(self) -> dict[str, str]:
        """An auxiliary as written ("must", "unless"); a semi-modal (a rule with the particle "to")
        in its present forms too ("needs to", "has to"): its past ("had to", "needed to") tells a
        necessity that was, no one asked."""
        modals = [r for r in self.rules if r.pos == "modal"]
        semi = {IRREGULAR_THIRD_PERSON.get(r.lemma, r.lemma + "s"): r.lemma for r in modals if r.particle}
        return {**semi, **{r.lemma: r.lemma for r in modals}}

    @functools.cached_property
    def mutual(self) -> frozenset[str]:
        """The names of the rules of mutual acts (`symmetric`: "talks", "clashes between"), whose
        sides are interchangeable: no one of them is the doer."""
        return frozenset(r.rule for r in self.rules if r.symmetric)

    def verdict_rules(self, form: str) -> list[Rule]:
        return self._rules("verdict", self._verdict_forms.get(form))

    def verdict_verb_rules(self, form: str) -> list[Rule]:
        """Verdicts told by a reported clause's own verb ("said Khartoum lied", "said he
        betrayed the party")."""
        return self._rules("verdict", self._verdict_verb_forms.get(form))

    @functools.cached_property
    def _verdict_verb_forms(self) -> dict[str, str]:
        return {
            f: r.lemma for r in self.rules if r.pos == "verdict" for f in all_verb_forms(frozenset({r.lemma}))
        }

    @functools.cached_property
    def _verdict_forms(self) -> dict[str, str]:
        """A verdict's noun in the plural too ("said the charges were lies")."""
        return {f: r.lemma for r in self.rules if r.pos == "verdict" for f in noun_inflections(r.lemma)}

    def noun_rules(self, form: str) -> list[Rule]:
        return self._rules("noun", self.noun_forms.get(form))

    @functools.cached_property
    def verb_and_noun_forms(self) -> frozenset[str]:
        """The forms of the verb and noun rules' words."""
        return frozenset({*self.verb_forms, *self.noun_forms})

    @functools.cached_property
    def trigger_forms(self) -> frozenset[str]:
        """Every word form some rule may trigger on, whatever its part of speech: a word outside
        it has no rule, and the coder asks about every token."""
        verdicts = {*self._verdict_forms, *self._verdict_verb_forms}
        return self.verb_and_noun_forms | frozenset(self._modal_forms) | verdicts

    @functools.cached_property
    def trigger_form_ids(self) -> frozenset[int]:
        """`trigger_forms` as string ids: the coder finds them in a Doc's array of lower-case
        words (doctools.token_indices) instead of reading a Token per word."""
        return frozenset(get_string_id(form) for form in self.trigger_forms)

    @functools.cached_property
    def verb_and_noun_form_ids(self) -> frozenset[int]:
        """`verb_and_noun_forms` as string ids (see `trigger_form_ids`)."""
        return frozenset(get_string_id(form) for form in self.verb_and_noun_forms)


def _keyed(table: dict[tuple[int, str], CameoCode], rule: Rule) -> CameoCode | None:
    """The row of an intent table for the rule: its CAMEO code's own ("0813"), its parent's ("081"),
    its PLOVER type's, or any type's of its quad class."""
    quad, code = rule.cameo.quad_class, rule.cameo.code
    keys = (code, code[:3], rule.plover, "*")
    return next((table[(quad, key)] for key in keys if (quad, key) in table), None)


def _data_text(name: str) -> str:
    return resources.files("wirewatch").joinpath("data", name).read_text(encoding="utf-8")


# CAMEO's roots of intent (03) and demand (10), whose sub-codes name the same acts (0356, 1056).
INTENT_ROOT, DEMAND_ROOT = "03", "10"
CAMEO_COLUMNS = ("cameo", "label", "quad_class", "goldstein", "plover", "mode")
INTENT_COLUMNS = ("quad_class", "plover", "cameo", "refused")
NO_CODE = "-"


def load_cameo(path: Path | None = None) -> dict[str, CameoCode]:
    """CAMEO codes with their PLOVER type, quad class and Goldstein score (data/cameo.tsv)."""
    label, rows = table_lines("cameo.tsv", path, CAMEO_COLUMNS)
    out: dict[str, CameoCode] = {}
    for number, row in enumerate(rows, start=1):
        cells = row.split("\t")
        cells += [""] * (len(CAMEO_COLUMNS) - len(cells))
        code, name, quad, goldstein, plover, mode = cells[: len(CAMEO_COLUMNS)]
        try:
            out[code] = CameoCode(code, name, int(quad), float(goldstein), plover or None, mode or None)
        except ValueError as e:
            raise DataFileError(f"{label}: data line {number}: {e}: {row!r}") from e
    return out


def load_intent(cameo: dict[str, CameoCode], path: Path | None = None) -> dict[tuple[int, str], CameoCode]:
    """(quad class, CAMEO code, PLOVER type or "*") → the CAMEO code an intended action is coded as
    (data/intent.tsv)."""
    return _load_intent_column(cameo, path, 2)


def load_refused(cameo: dict[str, CameoCode], path: Path | None = None) -> dict[tuple[int, str], CameoCode]:
    """(quad class, PLOVER type or "*") → the code of a negated intent ("will not withdraw"), where given."""
    return _load_intent_column(cameo, path, 3)


def _load_intent_column(
    cameo: dict[str, CameoCode], path: Path | None, column: int
) -> dict[tuple[int, str], CameoCode]:
    label, rows = table_lines("intent.tsv", path, INTENT_COLUMNS)
    out: dict[tuple[int, str], CameoCode] = {}
    for number, row in enumerate(rows, start=1):
        cells = [c.strip() for c in [*row.split("\t"), "", "", "", ""][:4]]
        quad, plover, code = cells[0], cells[1], cells[column]
        if column != 2 and code in (NO_CODE, ""):
            continue
        target = cameo.get(code)
        if target is None or not quad.isdigit() or not plover:
            raise DataFileError(f"{label}: data line {number}: bad row {row!r}")
        out[(int(quad), plover)] = target
    return out


def load_irregulars(text: str | None = None) -> dict[str, str]:
    text = text if text is not None else _data_text("irregular_verbs.tsv")
    forms: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, *inflected = line.split()
            for form in inflected:
                forms[form] = lemma
    return forms


@functools.cache
def all_verb_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Every form of the verbs `lemmas`, regular and irregular ("strike": struck, striking)."""
    forms = {f for lemma in lemmas for f in verb_inflections(lemma)}
    return frozenset(forms | {form for form, lemma in load_irregulars().items() if lemma in lemmas})


# The one present third person not made by adding -s ("the governor has no idea"); the past of
# irregular verbs is in irregular_verbs.tsv.
IRREGULAR_THIRD_PERSON = {"have": "has"}


def verb_inflections(lemma: str) -> set[str]:
    """Regular inflections; over-generation is harmless (a non-word never occurs)."""
    forms = {lemma, IRREGULAR_THIRD_PERSON.get(lemma, lemma)}
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
    else:
        forms.add(lemma + "s")
    forms.add(stem + "ed" if not lemma.endswith("y") or lemma[-2:-1] in "aeiou" else lemma)
    forms.add(lemma + "d" if lemma.endswith("e") else lemma + "ed")
    forms.add((lemma[:-2] + "ying") if lemma.endswith("ie") else stem + "ing")
    if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})  # ban → banned
    return forms


@functools.lru_cache(maxsize=4096)
def noun_inflections(lemma: str) -> frozenset[str]:
    """A noun and its plural; cached, the role tests ask it per rule and head (frozen: shared)."""
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return frozenset({lemma, lemma + "es"})
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return frozenset({lemma, lemma[:-1] + "ies"})
    return frozenset({lemma, lemma + "s"})


def load_codebook(path: Path | None = None) -> Codebook:
    """Load and check the codebook; `path` overrides the packaged file. The packaged one is read
    once per process: the event coder, the candidate coder, the tokenizer's exceptions and the
    date step all read it, and each reading cost about 1.7 s of start-up."""
    return _read_codebook(path) if path else _packaged_codebook()


@functools.cache
def _packaged_codebook() -> Codebook:
    return _read_codebook(None)


def safe_yaml(text: str) -> Any:
    """`yaml.safe_load` by libyaml where PyYAML was built with it (four times faster on the
    codebook, the same objects), else by the pure-Python loader."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _read_codebook(path: Path | None) -> Codebook:
    name = str(path) if path else "codebook.yaml"
    text = path.read_text(encoding="utf-8") if path else _data_text("codebook.yaml")
    try:
        entries = safe_yaml(text)
    except yaml.YAMLError as e:
        raise DataFileError(f"{name}: not valid YAML: {e}") from e
    if not isinstance(entries, list):
        raise DataFileError(f"{name}: expected a list of rules")
    cameo = load_cameo()
    rules = tuple(_rule(entry, cameo, name, number) for number, entry in enumerate(entries, 1))
    irregular = load_irregulars()
    verb_forms: dict[str, str] = {}
    noun_forms: dict[str, str] = {}
    for rule in rules:
        if rule.pos == "verb":
            for form in verb_inflections(rule.lemma):
                verb_forms.setdefault(form, rule.lemma)
        elif rule.pos == "noun":
            for form in noun_inflections(rule.lemma):
                noun_forms.setdefault(form, rule.lemma)
    for form, lemma in irregular.items():
        if any(r.lemma == lemma and r.pos == "verb" for r in rules):
            verb_forms[form] = lemma
    return Codebook(rules, cameo, verb_forms, noun_forms, irregular, load_intent(cameo), load_refused(cameo))


def _rule(entry: Any, cameo: dict[str, CameoCode], name: str, number: int) -> Rule:
    where = f"{name}: rule {number}"
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: expected a mapping")
    unknown = set(entry) - RULE_KEYS
    if unknown:
        raise DataFileError(f"{where} ({entry.get('rule')}): unknown keys {sorted(unknown)}")
    for key in ("rule", "lemma", "pos", "cameo"):
        if key not in entry:
            raise DataFileError(f"{where}: missing '{key}'")
    code = cameo.get(str(entry["cameo"]))
    if code is None:
        raise DataFileError(f"{where} ({entry['rule']}): CAMEO code {entry['cameo']!r} is not in cameo.tsv")
    pos = entry["pos"]
    if pos not in ("verb", "noun", "modal", "verdict"):
        raise DataFileError(f"{where} ({entry['rule']}): pos must be verb, noun, modal or verdict")
    plover = entry.get("plover") or code.plover
    if not plover:
        raise DataFileError(f"{where} ({entry['rule']}): CAMEO {code.code} has no PLOVER type; set 'plover'")
    negated = cameo.get(str(entry["negated"])) if "negated" in entry else None
    if "negated" in entry and negated is None:
        raise DataFileError(
            f"{where} ({entry['rule']}): negated CAMEO code {entry['negated']!r} is not in cameo.tsv"
        )
    default_targets = DEFAULT_VERB_TARGETS if pos == "verb" else DEFAULT_NOUN_TARGETS
    return Rule(
        rule=str(entry["rule"]),
        lemma=str(entry["lemma"]).lower(),
        pos=pos,
        cameo=code,
        plover=plover,
        mode=entry.get("mode", code.mode),
        particle=entry.get("particle"),
        targets=tuple(entry.get("targets", default_targets)),
        governors=tuple(entry.get("governors", ("*",))),
        objects=tuple(entry.get("objects", ())),
        symmetric=bool(entry.get("symmetric", False)),
        requires_target=bool(entry.get("requires_target", False)),
        confidence=float(entry.get("confidence", 0.8)),
        negated=negated,
        received=bool(entry.get("received", False)),
        unowned=bool(entry.get("unowned", False)),
        authority=bool(entry.get("authority", False)),
        prompted=bool(entry.get("prompted", False)),
        source_sectors=tuple(str(s).upper() for s in entry.get("source_sectors", ())),
        subjects=tuple(str(s).lower() for s in entry.get("subjects", ())),
        embeds=bool(entry.get("embeds", False)),
        purposes=tuple(str(s).lower() for s in entry.get("purposes", ())),
        passive_source=bool(entry.get("passive_source", False)),
        not_objects=tuple(str(s).lower() for s in entry.get("not_objects", ())),
        clause_opinion=bool(entry.get("clause_opinion", False)),
        question_sense=bool(entry.get("question_sense", False)),
        idiom=bool(entry.get("idiom", False)),
        doubts=bool(entry.get("doubts", False)),
        own_targets=bool(entry.get("own_targets", False)),
        needs_clause=bool(entry.get("needs_clause", False)),
        needs_infinitive=bool(entry.get("needs_infinitive", False)),
        mandative=bool(entry.get("mandative", False)),
        counters=bool(entry.get("counters", False)),
        denies=bool(entry.get("denies", False)),
        asked=bool(entry.get("asked", False)),
        vowed=bool(entry.get("vowed", False)),
        lays_blame=bool(entry.get("lays_blame", False)),
        feeling=bool(entry.get("feeling", False)),
        stirs=bool(entry.get("stirs", False)),
        answers=bool(entry.get("answers", False)),
        venues=tuple(entry.get("venues", ())),
        agents=tuple(entry.get("agents", ())),
    )
