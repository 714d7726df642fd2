"""The resolution state the actor steps share, and the small span helpers they all use.

One `Resolution` per Doc: the places found first (`Places`), then each step claims the tokens
of the mentions it adds, so that a later step never reads them again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.actors.kb import ActorKB
from wirewatch.actors.organisations import Organisation
from wirewatch.events.codebook import all_verb_forms
from wirewatch.gazetteer.countries import SurfaceForm
from wirewatch.gazetteer.words import place_words, water_namesake
from wirewatch.model import NO_INFERENCE, Inference, Mention
from wirewatch.when.words import period_nouns

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


@dataclass
class PersonRecord:
    """A person as this article shows them; `known` when the office came from the knowledge base."""

    name: str
    country: str | None
    sector: str | None
    role: str | None
    actor_id: str
    known: bool = False


class Places(dict[int, tuple[SpacySpan, SurfaceForm]]):
    """Gazetteer matches by start token, with the set of tokens they cover.

    `blocked` holds the tokens of words that are no actor at all: a dateline, an online
    platform, a division named after a country whose own country is unknown.
    `datelines` holds the places of datelines ("KHARTOUM, May 2 (Reuters) -"): places, never actors.
    `headline` holds the country of each place the article's title names (`headline_places`):
    evidence of which countries the story is about, never a match of this Doc's.
    `named` holds the places the article (its body or its title) names with their division or
    country ("Kingston, Ontario"): name -> that country, which the name alone then means.
    """

    def __init__(
        self,
        items: dict[int, tuple[SpacySpan, SurfaceForm]],
        blocked: Iterable[int] = (),
        datelines: Iterable[tuple[int, int]] = (),
        headline: Iterable[str] = (),
        named: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(items)
        self.covered = {i for span, _ in items.values() for i in range(span.start, span.end)}
        self.blocked = frozenset(blocked)
        self.datelines = tuple(datelines)  # (start, end) of each dateline's place
        self.headline = tuple(headline)
        self.named = dict(named or {})

    def replaced(
        self,
        items: dict[int, tuple[SpacySpan, SurfaceForm]],
        *,
        blocked: Iterable[int] | None = None,
        datelines: Iterable[tuple[int, int]] | None = None,
        named: Mapping[str, str] | None = None,
    ) -> Places:
        """The same places with other matches, keeping what is blocked, the datelines, the title's
        countries and the names the article qualifies, except what is given anew: one place that
        carries every field over, so a step cannot drop one."""
        return Places(
            items,
            self.blocked if blocked is None else blocked,
            self.datelines if datelines is None else datelines,
            self.headline,
            self.named if named is None else named,
        )

    def countries(self) -> set[str]:
        """Codes of the countries (not organisations) the matches and the title name: the story's
        countries, in which a name several countries' places bear is read ("Vancouver" after a
        title's "Vancouver, B.C.")."""
        return {form.code for _, form in self.values() if form.form != "igo"} | set(self.headline)

    def organisations(self) -> set[str]:
        """Codes of the organisations of states (UN, UNRWA, EU) the matches name."""
        return {form.code for _, form in self.values() if form.form == "igo"}

    def country_in(self, tokens: Iterable[Token]) -> str | None:
        """The first country a token of `tokens` names, capitals and destinations aside ("ambassador
        to Chile": where the post points, not whose it is)."""
        for token in tokens:
            hit = self.get(token.i)
            if (
                hit
                and hit[1].form != "capital"
                and not _destination(hit[0])
                and not names_a_field(*hit)
                and not names_a_business(hit[0])
            ):
                return hit[1].code
        return None


@dataclass
class Resolution:
    """What the steps know of one Doc while they resolve it."""

    doc: Doc
    kb: ActorKB
    places: Places
    date: dt.date | None = None  # the article's publication date: roles are read at it
    claimed: set[int] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    persons: dict[str, PersonRecord] = field(default_factory=dict)
    organisations: dict[int, Organisation] = field(default_factory=dict)  # token -> organisation
    name_parts: dict[str, str | None] = field(default_factory=dict)  # part -> person key
    # person keys whose sector a description gave ("Marsh, a partner in the firm"): it holds at
    # every mention of them in the article
    described: set[str] = field(default_factory=set)
    # character offset of a group's word -> countries its sentence names only as another
    # phrase's nationality ("gunmen attacked a Russian patrol"): the group is not theirs
    barred: dict[int, frozenset[str]] = field(default_factory=dict)
    # surname (name key) -> the full name the article's title gives that person
    # (`headline.headline_names`): what a bare surname of the body completes to
    headline_names: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.claimed |= set(self.places.blocked)

    def free(self, start: int, end: int) -> bool:
        return not any(i in self.claimed for i in range(start, end))

    def add(self, start: int, end: int, mention_args: Mapping[str, object]) -> None:
        span = self.doc[start:end]
        if (
            mention_args.get("sector") == GOV
            and mention_args.get("country") in self.places.organisations()
            and not _member_governments(mention_args)
        ):
            mention_args = _officer_of_organisation(mention_args)
        self.claimed.update(range(start, end))
        self.mentions.append(
            Mention(start=span.start_char, end=span.end_char, text=span.text, **mention_args)  # type: ignore[arg-type]
        )


GOV = "GOV"
IGO = "IGO"


# Titles that, owned by an organisation of states, name its members' governments, not its staff:
# "ASEAN foreign ministers", "G7 leaders", "EU heads of state" are each their country's.
MEMBER_TITLE_WORDS = ("minister", "leader", "heads of state", "heads of government")


def _member_governments(mention_args: Mapping[str, object]) -> bool:
    title = str(mention_args.get("role") or mention_args.get("rule") or "")
    return any(word in title for word in MEMBER_TITLE_WORDS)


def _officer_of_organisation(mention_args: Mapping[str, object]) -> dict[str, object]:
    """An official, a spokesman or a body of an organisation of states is the organisation's
    (sector IGO, as the organisation itself), not a government's ("a UN official", "UNRWA
    spokesman Chris Gunness": issue 11)."""
    args = dict(mention_args)
    args["sector"] = IGO
    if args.get("actor_id") == f"{args['country']}:{GOV}":
        args["actor_id"] = f"{args['country']}:{IGO}"
    return args


def overlap(a: SpacySpan, b: SpacySpan) -> bool:
    return a.start < b.end and b.start < a.end


# Rules of mentions that stand for an actor named elsewhere (a pronoun, a description).
ANAPHOR_RULES = frozenset({"pronoun", "description"})


def named_person(mention: Mention) -> bool:
    """A person the text names, not a pronoun or a description standing for one."""
    return mention.kind == "person" and mention.rule not in ANAPHOR_RULES


def standing_for(meant: Mention, rule: str, kind: str | None = None) -> dict[str, object]:
    """The fields of a mention (for `Resolution.add`) that stands for `meant`: a pronoun or a
    description resolved to it, read with `rule`, of `kind` (meant's own by default)."""
    return {
        "kind": kind or meant.kind,
        "country": meant.country,
        "sector": meant.sector,
        "name": meant.name,
        "role": meant.role,
        "actor_id": meant.actor_id,
        "rule": rule,
    }


def strip_possessive(span: SpacySpan) -> SpacySpan:
    if len(span) > 1 and span[-1].text.translate(APOSTROPHES) in ("'s", "'"):
        return span[:-1]
    return span


def preps(token: Token, words: Iterable[str]) -> list[Token]:
    """Objects of the prepositions `words` attached to `token`."""
    wanted = frozenset(words)
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in wanted
        for g in c.children
        if g.dep_ == "pobj"
    ]


def sentence_countries(sent: SpacySpan, places: Places) -> list[str]:
    """Distinct country codes named in a sentence (names, demonyms, capitals), in order; not
    those of words that are no actor (a dateline's "LE BOURGET, France" says where the
    reporter filed, not whose the sentence's groups are), nor of a sea's namesake ("the Gulf
    of Aden") nor of a word in a person's name ("Eddie Jordan")."""
    codes: list[str] = []
    for i in range(sent.start, sent.end):
        hit = places.get(i) if i not in places.blocked else None
        if (
            hit
            and hit[1].form != "igo"
            and hit[1].code not in codes
            and not _destination(hit[0])
            and not is_patron(hit[0])
            and not water_namesake(hit[0])
            and not in_person_name(hit[0])
            and not names_a_war(hit[0])
            and not names_a_field(*hit)
            and not names_a_business(hit[0])
        ):
            codes.append(hit[1].code)
    return codes


def names_a_war(span: SpacySpan) -> bool:
    """Is a place the name of a war or conflict ("the Vietnam War", "the Iraq war", a noun of
    time_words.tsv's period kind)? It tells when or what, not whose the sentence's people are:
    "a hero to the anti Vietnam War movement" is no Vietnamese."""
    head = span.root.head
    return span.root.dep_ in ("compound", "amod", "nmod") and head.lower_ in period_nouns()


# Forms of a country's name that can stand as the field of a specialist: not its adjective or its
# people ("a Ukrainian specialist" is Ukraine's), nor an organisation of states.
FIELD_FORMS = frozenset({"name", "official", "alias", "capital", "metonym"})


def names_a_field(span: SpacySpan, form: SurfaceForm) -> bool:
    """Is a place's name the field of a person's study or stance ("a Ukraine specialist", "a China
    hawk", place_words.tsv's field kind)? It says what the person knows or argues about, not whose
    they are. A nationality adjective is still theirs ("a Ukrainian specialist")."""
    root = span.root
    return form.form in FIELD_FORMS and root.dep_ == "compound" and root.head.lower_ in place_words("field")


def names_a_business(span: SpacySpan) -> bool:
    """Is a place's name part of a shop's or firm's name ("staff at Fiji Island Auto", "a Texas
    Roadhouse", place_words.tsv's business kind)? It is the brand's, not the country of the staff
    or of the police of the story. The name's last word is capitalised: "the Fiji market" is Fiji's."""
    token = span.root
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token.i != span.root.i and token.is_title and token.lower_ in place_words("business")


def in_person_name(span: SpacySpan) -> bool:
    """Is a place word part of a longer person's name ("Eddie Jordan", "Paris Hilton")? It names
    no country of the sentence."""
    doc = span.doc
    if any(t.ent_type_ != "PERSON" for t in span):
        return False
    inside = span[0].ent_iob_ == "I"
    return inside or (span.end < len(doc) and doc[span.end].ent_iob_ == "I")


# "Russian-backed separatists", "Iran-funded militias", "pro-Western protesters": a country named
# as a group's patron or cause is not the group's own.
PATRON_WORDS = frozenset(
    {
        "backed",
        "supported",
        "sponsored",
        "funded",
        "financed",
        "armed",
        "trained",
        "allied",
        "aligned",
        "leaning",
        "installed",
    }
)
STANCE_PREFIXES = frozenset({"pro", "anti"})


def is_patron(span: SpacySpan) -> bool:
    """Is a place named as someone's patron or cause ("Russian-backed", "pro-Russian")?"""
    doc = span.doc
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in PATRON_WORDS:
        return True
    before = doc[max(0, span.start - 2) : span.start]
    if len(before) == 2 and before[1].text == "-" and before[0].lower_ in STANCE_PREFIXES:
        return True
    text = span.text.lower()
    return any(text.endswith(f"-{w}") for w in PATRON_WORDS) or any(
        text.startswith(f"{p}-") for p in STANCE_PREFIXES
    )


# Verbs of going somewhere: their "to" names where someone went, not whose anyone is (not
# "return", whose "to" is often home: "the rebels returned to Sudan").
MOTION_VERBS = frozenset({"travel", "fly", "go", "head", "move", "send", "dispatch"})


# Prepositions after a word of `place_words("posted")` that name where a post points or who
# seeks a person: "envoy to Kyiv", "wanted in the United States", "wanted by Interpol".
POSTED_PREPS = frozenset({"to", "in", "by"})


def _destination(span: SpacySpan) -> bool:
    """ "ordered his negotiators to travel back to Havana": a place someone goes to says where
    they went, not whose the sentence's groups and people are; nor does the country a post
    points to ("the former envoy to Kyiv") or that seeks a person ("extradited to Sweden",
    "wanted in the United States") say whose they are (issue 11)."""
    root = span.root
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in POSTED_PREPS
        and root.head.head.lower_ in place_words("posted")
    ):
        return True
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "into"):
        return False
    verb = root.head.head
    if verb.dep_ == "advmod" and verb.head.i != verb.i:  # "travel back to"
        verb = verb.head
    return verb.lower_ in all_verb_forms(MOTION_VERBS)


def single_country(sent: SpacySpan, places: Places) -> str | None:
    """The country of a sentence that names exactly one."""
    codes = sentence_countries(sent, places)
    return codes[0] if len(codes) == 1 else None


def person_args(person: PersonRecord, rule: str) -> dict[str, object]:
    """Mention fields of a person; a role read from the knowledge base is marked KNOWN ("+known")."""
    return {
        "kind": "person",
        "country": person.country,
        "sector": person.sector,
        "name": person.name,
        "role": person.role,
        "actor_id": person.actor_id,
        "rule": rule,
        "inferences": Inference.KNOWN if person.known else NO_INFERENCE,
    }
