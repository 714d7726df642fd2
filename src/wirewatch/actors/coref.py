"""Coreference: pronouns and definite descriptions resolved to earlier actor mentions (issue 11).

One resolver, `Coreference`, serves every reader of an anaphor: the actor step below ("he"
becomes a mention of the person meant), the quote stage's speakers ("he said", "the minister
added": quotes/speakers.py) and the event coder's pronoun subjects ("Syria says it will
withdraw": events/roles.py `pronoun_antecedent`).

The rule (README, "Coreference", states the same). An anaphor (he/him/his, she/her, it/its,
they/them/their, we/us/our outside quotation marks, or "the" + a noun of
`data/speaker_descriptions.tsv`: "the minister", "the group", "the ministry", "the Council", "the
country")
refers to an earlier actor mention that is compatible with it: he/she to one person whose
gender, read from a title or noun ("Mrs", "spokeswoman", "a man"), a common given name
(`data/coref_words.tsv`) or an earlier he/she that resolved to them, does not contradict it;
it/its to a country, an organisation or a group not named in the plural; they/their to a
group, an organisation, a country's people ("Palestinian bombers") or two or more coordinated
actors; "the minister" to a person whose title or description holds the word, "the group" to an
organisation or group that is no body of a state or of states (not "the UN" nor "police"), "the
ministry", "the Council", "the Court" to an organisation or group whose own words hold the noun
("the UN Security Council", "the International Criminal Court"), "the country" to a country,
"the two leaders", "both men", "the pair" to the two people named together last
(`_pair_anaphor`, `_latest_pair`); a
description whose noun or modifier names a sector in `data/sectors.tsv`
("the company", "the militant group") only to an actor of that sector or of none, and "the
group" never to a plural of ordinary people ("civilians", "Israelis"). An object pronoun (or one
inside an object: "arrested six of them") never takes the subject of its own clause, nor the
noun a relative "who" stands for ("Nixon, who had denounced him"), nor the subject a subjectless
adverbial clause hangs on ("fired tear gas to disperse them"), nor the doer above a passive
relative clause an active conjunct is hung on ("stormed the school where the hostages were held
and freed them"), nor the object that does an infinitive ("urged managers to hear them"), a
speech pronoun ("he said") skips people named inside quotation marks, and a he/she/him/her inside
a named speaker's quotation is never that speaker ("'He regrets it,' Brandt said"). A speaker named only by a
title ("A spokesman for the ministry said ... He continued") is a he or she of its own
(`_unnamed_speakers`). Candidates lie in the
anaphor's paragraph or at most `MAX_PARAGRAPHS_BACK` paragraphs before it.
Each scores its salience (2 for a speaker: the active subject of a speech verb that says something,
the agent of a passive one whose subject is what was said ("the plan was announced by the minister":
`_passive_saying`), or the source of "according to", within `SPEAKER_SENTENCES` sentences and, for a
he/she that acts, until a later sentence has another named person as its subject outside quotation
marks (`_narrators`), but 1 for a pronoun acted upon, the subject of a passive or an object: "he was
released", "charged him", and for a "they" that acts rather than speaks: "they have ordered
residents to leave"; 1 for another subject; 0 otherwise; plus 1 for a subject earlier in the
anaphor's own sentence but a person named by a noun alone ("the man who ..."): "the movement holds
Kidal, and it says"; plus 1 for a named organisation after "the group"; plus 2 for he/she/him/her
when it is the subject of a reported clause above the anaphor's own: "the spokesman said Ruiz was on
parole when he was arrested" is Ruiz) minus the number of paragraph breaks between it and the
anaphor; the highest score wins, the nearer candidate on a tie; a
subject "they" of an "as" clause takes the object of the verb the clause hangs on first ("police
fired at demonstrators as they tried to march"), a subject pronoun that accepts, declines or
answers takes first the one an offer, an invitation or a question was put to in the sentence before
or earlier in its own ("the mayor invited a retired nurse. She accepted": the nurse), and a
subject of "said to be" is no speaker. A
resolved anaphor becomes a mention of its antecedent at its own place, with its own salience, so
that a chain of "he said" stays with its speaker. (A title and a name in apposition are one
person: "Qatar's prime minister, Sheikh Mohammed".)

"It" for a thing. An "it" stands for no actor when its verb is one of things (classes thing and
made of `data/coref_words.tsv`: "it costs", "it weighs", "it exploded", "it runs on", "it was
built"), or when a thing lies between it and the actor it would resolve to: a singular common
noun, in no actor mention and no noun of `data/speaker_descriptions.tsv`, that is a clause's
subject or object, in an earlier sentence for a subject "it" ("T-Mobile announced the phone. It
supports microSD cards": the phone; "the army launched the offensive. It has killed 40 people":
the offensive). A speaker "it" ("the junta foiled a coup attempt. It said"), one whose verb
takes a named actor as object ("China imposed a ban. It accuses Washington") and an object "it"
judged for a deed or charged with one ("the army shelled the market. Rights groups condemned it for
the attack", "accused it of ...": `judged_for_a_deed`) keep the actor.
A text an actor put out (class carrier: "statement", "report", "ruling") stands for its issuer,
the subject of an issuing verb, its owner or the object of "from"/"by": "the ministry issued a
statement. It also promised" is the ministry (`_carrier_issuer`). A speaking "it" is such a text
when its verb tells what a text holds ("the army rejected a report. It describes beatings": no
actor; `_text_tells`). Plural speakers named by a noun that is no actor ("the study's authors
say", "researchers said") are a "they"'s of their own: it stays unresolved (or is the body in
their phrase) rather than going to a plural they spoke of (`_unnamed_plural_speakers`).
A person's gender is also read from an honorific just before the mention that left it out
("Mr" of "Mr Kamau met", named "Kamau").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from spacy.attrs import DEP, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from wirewatch.actors.candidates import CANDIDACY_WORDS, add_named_candidate
from wirewatch.actors.crime_roles import crime_words
from wirewatch.actors.former_offices import add_former_office_holder
from wirewatch.actors.lexicon import (
    FORMER_SECTOR,
    FORMER_WORDS,
    coref_words,
    packaged_sectors,
    plural_word,
)
from wirewatch.actors.state import Resolution, preps, standing_for
from wirewatch.datafiles import table_lines
from wirewatch.doctools import (
    SUBJECT_DEPS,
    doc_text,
    expanded_range,
    goes_on,
    sentence_of,
    sentences,
    token_indices,
)
from wirewatch.errors import DataFileError
from wirewatch.events.codebook import all_verb_forms
from wirewatch.events.modality import higher_clause_conjunct
from wirewatch.events.words import role_words
from wirewatch.gazetteer.countries import packaged_gazetteer
from wirewatch.model import ORGANISATION_RULE, Mention
from wirewatch.quotes.cues import packaged_cues
from wirewatch.quotes.marks import quoted_passages

# What each pronoun asks of its antecedent. Matched on the word as written in lower case or
# capitalised: "US" (the country) is no "us".
PRONOUNS: dict[str, str] = {
    **dict.fromkeys(("he", "him", "his", "himself"), "male"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "female"),
    **dict.fromkeys(("it", "its", "itself"), "thing"),
    **dict.fromkeys(("they", "them", "their", "themselves"), "plural"),
    **dict.fromkeys(("we", "us", "our"), "we"),
}
# The pronouns the actor step turns into mentions of the person meant, as before issue 11 (the
# event coder reads the others through `pronoun_antecedent`, the quote stage through its
# speakers). "his" stays out: as a mention it would stand in for the actor inside its phrase
# ("reneged on his commitment to the Zambian people" lost its target on plover_gsr).
PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})
DESCRIPTION_KINDS = frozenset({"person", "organisation", "nonstate", "group", "country", "pair", "guest"})
# "Did not invite this speaker", "that guest": a part a person plays at an occasion, which is no
# title, after a demonstrative points back at the person named before whatever their title; after
# "the" it is a "person" noun, a title they hold ("the Speaker" is the Speaker of the House).
GUEST = "guest"
# Determiners that point a noun back at something named before it ("that order", "this speaker").
DEMONSTRATIVES = frozenset({"this", "that"})
# "The two leaders", "both men", "the pair": two people named together last (`_pair_anaphor`); and
# the kind of link that names a subject with the one its verb acts on or is "with" ("Modi spoke
# with Abe"), which only such a pair refers to (a "they" after it still means a group named before).
PAIR = "pair"
PARTNERS = "partners"
PAIR_MARKERS = frozenset({"both", "two"})
# Sectors of the bodies of a state and of organisations of states, which a "nonstate"
# description ("the group", "the movement", "the company") never refers to.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "IGO"})
# Rules of mentions that are themselves anaphors resolved by this module (or a quote's "I").
ANAPHOR_RULES = frozenset({"pronoun", "description", "quote-speaker"})
DEFINITE = frozenset({"the", "this", "that"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj", "attr", "oprd"})
# Links a mention's head is read through to find its clause role: "Putin and Xi said" makes Xi
# a subject too, "Ri Yong Ho, his counterpart" an apposition of one, and "Greenpeace activists
# climbed" Greenpeace the one acting.
UPWARD_DEPS = frozenset({"conj", "appos", "compound", "amod"})
# Dependents after which a description introduces someone new rather than referring back:
# "the minister of health, X", "the president who ..." (but see `_new_referent`).
NEW_REFERENT_DEPS = frozenset({"appos", "relcl", "acl"})
# Marks that set a clause off from its noun: "the president, who ...", "the envoy - speaking in ...".
SETTING_OFF_MARKS = frozenset({",", "-", "--", "\u2013", "\u2014"})
# Verbs whose "it" subject stands for no one ("it seems", "it remains to be seen").
IMPERSONAL_VERBS = frozenset(
    {"seem", "seems", "seemed", "appear", "appears", "appeared", "remains", "remained"}
)
CLAUSAL_DEPS = frozenset({"ccomp", "xcomp", "csubj", "advcl"})
# Relative pronouns that stand, as a relative clause's subject, for the noun the clause hangs on.
RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})
# Clause roles in which a common noun ("the phone", "the offensive", "the bill") is a thing an
# "it" after it may stand for rather than an actor named before it.
THING_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Clause roles whose phrase may coordinate actors "they" refers to ("Russia and China vetoed"),
# and the links inside such a phrase an "and" may hang from.
COORDINATED_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr"})
PHRASE_INTERNAL_DEPS = frozenset({"conj", "compound", "nmod", "amod", "appos"})
# How far back an anaphor looks, in paragraphs. On tests/fixtures/coref_cases.tsv 1 loses 6 cases
# and every value from 2 up scores the same: the smallest of those, so that a pronoun far from any
# name is left unresolved rather than given to someone mentioned long before.
MAX_PARAGRAPHS_BACK = 2
# A speaker's salience is for what is said of or by them, not for a pronoun acted upon ("he was
# released", "charged him"), where it is a subject's: in ECB+ crime stories a police or prosecutor's
# spokesman took the suspect's "he was released", "apprehending him", "he will be sentenced".
SPEAKER_SALIENCE = 2
# How many sentences back a speaker keeps a speaker's salience: further back, in a long paragraph
# of a feature story, a speaker is a subject like any other ("Mr Woodward wrote in his expose that
# ... [five sentences on Felt] ... A crime-fighter, he ran the squad" is Felt). A chain of "he said"
# renews it at each resolved pronoun.
SPEAKER_SENTENCES = 3
# Entity labels of an object that is someone spoken to ("told Reuters", "assured Kenya"): the
# subject of such a speech verb stays a speaker.
ADDRESSEE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
SUBJECT_SALIENCE = 1
# "The group", "the organisation" mean a named organisation rather than "activists" around it
# ("Greenpeace activists ... The organisation said"): 2 cases of the case file.
NAMED_BONUS = 1
# For he/she/him/her, a subject of a reported clause above the anaphor's own, named before it,
# outranks the one who reports it: "the prosecutor said Gomez was on parole when he was
# arrested" is Gomez's arrest.
# Read on real news (5 of 17 wrong he/she/him/her in coded ECB+ stories went to the speaker).
REPORTED_BONUS = 2
# "Johnson and her husband", "Hillary Clinton and her campaign": a possessive in a phrase
# coordinated with a person named just before is that person's, whoever spoke before (issue 11:
# 3 such his/her in the real-news texts went to an earlier speaker or subject). Above
# a speaker's salience (2) and a reported subject's bonus.
COORDINATED_OWNER_BONUS = 3
# "Police fired tear gas at demonstrators as they tried to march", "the navy captured 23 pirates as
# they tried to board a ship": a subject "they" of an "as" clause hanging on a verb that acts on a
# group is that group, caught in the act the clause tells (issue 11: two such "they" in the ECB+
# piracy stories and one case of the team's file went to the one acting). Above a speaker's
# salience (2), which the one acting often has ("the navy said it had captured"). The same bonus goes
# to the one invited, offered or asked something for a pronoun that accepts, declines or answers
# (`_invitees`).
ACTED_ON_BONUS = 3
# "The Azawad movement holds Kidal, and it says it will not disarm": a subject earlier in the
# anaphor's own sentence outranks a speaker of an earlier one (a tie, which the nearer wins); not a
# person named by a noun alone: "the man who had kept his secret" is often the one named before
# (one real-news target lost, ECB+ 28_3: "Felt told O'Connor ... the man who ... he waved").
SAME_SENTENCE_BONUS = 1
# "Officers tried to reach Ruiz, but he refused to leave his car": whoever the clause a subject
# pronoun's clause is coordinated with names (its subject, its object) is the latest in the
# pronoun's own sentence and outranks a speaker of the sentences before (2, a tie the nearer wins);
# its subject keeps its lead over its object (issue 11, stop 41: ECB+ 21_3, the "he" who refused
# went to a police spokesman two sentences back).
EARLIER_CONJUNCT_BONUS = 2
# Marks of a condition, and the prepositions of the one a speech or an offer is addressed to
# ("made overtures to", "appealed to"): see `_addressees`.
CONDITION_MARKS = frozenset({"if", "unless"})
ADDRESSEE_PREPS = frozenset({"to"})
# Clause marks after which the verb's object is the one doing what the clause tells.
ACTED_ON_MARKS = frozenset({"as"})
# A government's noun describes an organisation of states' body too: "the IAEA said ... the
# agency said" ("agency" is a GOV word of data/sectors.tsv), and a state's police or intelligence
# body, which news calls an agency or a department as it does a ministry: "the FBI questioned
# him ... the agency opened an investigation" (issue 11: it went to a department named before).
ALSO_DESCRIBED: dict[str, tuple[str, ...]] = {"GOV": ("IGO", "COP", "SPY")}
# The kinds of speaker a pronoun inside their quotation never means: a person is "I", a country,
# an organisation or a group "we" (`_quote_speaker`).
SPEAKING_KINDS: dict[str, frozenset[str]] = {
    "male": frozenset({"person"}),
    "female": frozenset({"person"}),
    "plural": frozenset({"country", "organisation", "group"}),
}
DESCRIPTIONS_FILE = "speaker_descriptions.tsv"
_CACHE_KEY = "wirewatch.coref"
_LINE_BREAKS = re.compile(r"\n+")

# "The former governor" asks for a person named with that title whose office is over, never for
# one holding it (sector GOV): a story names the sitting governor and her predecessor apart.
FORMER = "former"
OFFICE_SECTOR = "GOV"


@functools.lru_cache(maxsize=1)
def description_kinds() -> dict[str, str]:
    """Description noun -> what it refers to (person, organisation, group, country)."""
    label, rows = table_lines(DESCRIPTIONS_FILE, None, ("description", "refers_to"))
    out: dict[str, str] = {}
    for number, row in enumerate(rows, start=2):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != 2 or cells[1] not in DESCRIPTION_KINDS:
            raise DataFileError(
                f"{label}, data row {number}: needs a noun and one of {sorted(DESCRIPTION_KINDS)}"
            )
        out[cells[0].lower()] = cells[1]
    return out


def _people_noun(word: str) -> bool:
    """A noun of people, one or many, in `data/sectors.tsv` ("a migrant": "migrants")."""
    sectors = packaged_sectors()
    return any(
        (term := sectors.get(form)) is not None and term.kind != "place" for form in (word, f"{word}s")
    )


@dataclass(frozen=True)
class Antecedent:
    """A resolved anaphor: its words (tokens `start`:`end`) and the mentions it stands for."""

    start: int
    end: int
    mentions: tuple[Mention, ...]
    description: bool


@dataclass(frozen=True)
class _Link:
    """A place where an entity is named: a mention, coordinated mentions, or a resolved anaphor."""

    mentions: tuple[Mention, ...]
    position: int  # first character
    token: int  # head token
    paragraph: int
    salience: int
    quoted: bool
    kind: str  # person | country | organisation | group
    number: str  # singular | plural | both
    words: frozenset[str]  # title, role and description words, lower case
    entity: str  # gender is known per entity: an earlier "she" tells it


@dataclass
class _Text:
    """Where paragraphs and quotation marks lie in the Doc's text."""

    breaks: list[int]
    quoted_starts: list[int]  # the quoted passages merged where they overlap, by start
    quoted_ends: list[int]

    @classmethod
    def of(cls, doc: Doc) -> _Text:
        return _Text.of_text(doc_text(doc))

    @staticmethod
    @functools.lru_cache(maxsize=4)
    def of_text(text: str) -> _Text:
        """(Remembered for the last few texts: each resolver of a Doc reads the same layout.)"""
        breaks = [m.start() for m in _LINE_BREAKS.finditer(text)]
        starts: list[int] = []
        ends: list[int] = []
        for q in sorted(quoted_passages(text), key=lambda q: q.start):
            if ends and q.start < ends[-1]:
                ends[-1] = max(ends[-1], q.end)  # a passage quoted inside another
            elif q.start < q.end:
                starts.append(q.start)
                ends.append(q.end)
        return _Text(breaks, starts, ends)

    def paragraph(self, char: int) -> int:
        return bisect_right(self.breaks, char)

    def inside_quote(self, char: int) -> bool:
        at = bisect_right(self.quoted_starts, char) - 1
        return at >= 0 and char < self.quoted_ends[at]


@dataclass
class Coreference:
    """The antecedents of one Doc's pronouns and definite descriptions, resolved in text order.

    `mentions` are the actor mentions found so far; mentions that are themselves resolved
    anaphors (rules in `ANAPHOR_RULES`) and places are no antecedents.
    """

    doc: Doc
    mentions: Sequence[Mention]
    _found: dict[int, Antecedent] = field(init=False, default_factory=dict)
    _anaphors: dict[int, tuple[int, int, str, bool]] = field(init=False, default_factory=dict)
    _sure: set[int] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        text = _Text.of(self.doc)
        antecedents = [m for m in self.mentions if _is_antecedent(m)]
        links = _base_links(self.doc, antecedents, text)
        genders = {link.entity: g for link in links if (g := _gender(link)) is not None}
        claimed = {i: m for m in antecedents for i in _token_range(self.doc, m)}
        for link, gender in _unnamed_speakers(self.doc, claimed, text):
            links.append(link)
            if gender is not None:
                genders[link.entity] = gender
        things: list[int] | None = None  # nouns of things, found when an "it" first asks
        named: set[int] | None = None
        for i in _candidate_words(self.doc):
            found = _anaphor(self.doc[i], claimed)
            if found is not None:
                self._anaphors[i] = found
        for head, (start, end, wants, description) in _in_resolution_order(self.doc, self._anaphors, text):
            if wants == "thing" and _thing_verb(self.doc[head]):
                continue
            own_state = _own_sentence_state(self.doc[head], links) if wants.startswith("country:") else None
            rivals: set[str] = set()
            best = own_state or _best(self.doc[head], wants, links, genders, text, rivals)
            if best is None:
                continue
            if not best.mentions:  # an unnamed speaker: "he" goes on with them, no actor named
                links.append(_chain_link(self.doc[head], best, text, description))
                continue
            if wants == "thing" and self.doc[head].lower_ == "it":
                things = _thing_nouns(self.doc, claimed) if things is None else things
                named = self._named() if named is None else named
                blocked = _thing_between(self.doc[head], best, things, named)
                issuer = _carrier_issuer(self.doc[head], best, things, links) if blocked else None
                if blocked and issuer is None:
                    continue
                best = issuer or best
            self._found[head] = Antecedent(start, end, best.mentions, description)
            self._note_sure(head, best, rivals if own_state is None else set())
            if wants in ("male", "female"):
                genders.setdefault(best.entity, wants)
            # A bare "the analyst" the group step took for an actor of its own is this one now.
            links = [link for link in links if link.token != head]
            links.append(_chain_link(self.doc[head], best, text, description))

    def _note_sure(self, head: int, best: _Link, rivals: set[str]) -> None:
        """Remember the anaphor at `head` as resolved with no rival (`sure`)."""
        if rivals == {best.entity} and _near(self.doc[head], best):
            self._sure.add(head)

    def _named(self) -> set[int]:
        """Tokens of named mentions, places among them ("accuses Washington")."""
        return {i for m in self.mentions if _is_named(m) for i in _token_range(self.doc, m)}

    @classmethod
    def of(cls, doc: Doc, mentions: Sequence[Mention]) -> Coreference:
        """The resolver of `doc` over `mentions`, built once per Doc and set of the mentions it
        reads (antecedents and named ones): the actor step, the quote step and the event coder
        ask for it in turn, often over the same mentions."""
        key = (
            frozenset(m for m in mentions if _is_antecedent(m)),
            frozenset(m for m in mentions if _is_named(m)),
        )
        cache = doc.user_data.setdefault(_CACHE_KEY, {})
        if key not in cache:
            cache[key] = cls(doc, mentions)
        resolver: Coreference = cache[key]
        return resolver

    def is_anaphor(self, token: Token) -> bool:
        """Is `token` a pronoun or the head of a definite description this resolver reads?"""
        return token.i in self._anaphors

    def antecedents(self, token: Token) -> tuple[Mention, ...]:
        """The mentions the anaphor at `token` refers to (two or more for coordinated actors);
        empty when it is no anaphor or nothing compatible precedes it."""
        found = self._found.get(token.i)
        return found.mentions if found is not None else ()

    def sure(self, token: Token) -> bool:
        """Was the anaphor at `token` resolved with no rival: every compatible candidate is one
        entity, named in its own sentence or the one before (`_near`)? Such a pronoun is read, not
        guessed: the event coder does not lower its confidence (events/code.py `PRONOUN_PENALTY`)."""
        return token.i in self._sure

    def pairs(self) -> Iterator[tuple[int, tuple[Mention, ...]]]:
        """(head token, the two people) of each resolved "the two leaders", "both men", "the pair"."""
        for head, (_, _, wants, _) in sorted(self._anaphors.items()):
            if wants == PAIR and head in self._found:
                yield head, self._found[head].mentions

    def resolved(self) -> Iterator[Antecedent]:
        """Every resolved anaphor, in text order."""
        for head in sorted(self._found):
            yield self._found[head]

    def unresolved_descriptions(self) -> Iterator[tuple[int, int]]:
        """(first token, end token) of each definite description that found no antecedent."""
        for head, (start, end, wants, description) in sorted(self._anaphors.items()):
            if description and wants != PAIR and head not in self._found:
                yield start, end


def _in_resolution_order(
    doc: Doc, anaphors: dict[int, tuple[int, int, str, bool]], text: _Text
) -> list[tuple[int, tuple[int, int, str, bool]]]:
    """The anaphors in text order, but in each sentence those outside quotation marks before those
    inside them: the speaker of '"He never took a cent," he said' is resolved first, so that the
    "He" inside the quotation knows whom the speaker is (`_quote_speaker`), and is not that one
    (issue 11: a lawyer's "he" of his client went to the lawyer when the lawyer was a "he" too). A
    speaker's pronoun never takes a link inside quotation marks (`_best`), so it loses nothing."""
    if not anaphors:
        return []
    starts = [s.start for s in sentences(doc)]

    def key(item: tuple[int, tuple[int, int, str, bool]]) -> tuple[int, bool, int]:
        head = item[0]
        return bisect_right(starts, head), text.inside_quote(doc[head].idx), head

    return sorted(anaphors.items(), key=key)


def resolve_pronouns(state: Resolution) -> None:
    """Step 6 of actor resolution: he/she/him/her and "the minister", "the group", "the
    country" become mentions of the actor meant (rule "pronoun" or "description")."""
    resolver = Coreference.of(state.doc, state.mentions)
    for found in resolver.resolved():
        head = state.doc[found.end - 1]
        if len(found.mentions) != 1 or not (found.description or head.lower_ in PERSON_PRONOUNS):
            continue
        bare = [m for m in state.mentions if m.rule not in ANAPHOR_RULES and m.start <= head.idx < m.end]
        for mention in bare:  # "the analyst" taken for an actor of its own is the one meant
            state.mentions.remove(mention)
            state.claimed.difference_update(_token_range(state.doc, mention))
        start = found.start if state.free(found.start, found.end) else head.i
        if not state.free(start, found.end):
            continue
        rule = "description" if found.description else "pronoun"
        state.add(start, found.end, _standing_for(found.mentions[0], rule, head))
    for start, end in resolver.unresolved_descriptions():
        if not (add_former_office_holder(state, start, end) or add_named_candidate(state, start, end)):
            _add_office(state, start, end)


def _standing_for(meant: Mention, rule: str, head: Token) -> dict[str, object]:
    """The fields of an anaphor's mention; "the country" that stands for a state's office
    (`_own_sentence_state`) is that office's country."""
    if description_kinds().get(head.lower_) != "country" or meant.kind == "country" or meant.country is None:
        return standing_for(meant, rule)
    entry = packaged_gazetteer().get(meant.country)
    name = entry.name if entry is not None else meant.country
    return standing_for(meant, rule, "country") | {
        "sector": None,
        "role": None,
        "name": name,
        "actor_id": meant.country,
    }


# Sectors whose titles name an office of the story's state when no one holding it was named
# before: "the president said", "the opposition leader called for a strike".
OFFICE_SECTORS = frozenset({"GOV", "OPP"})


def _add_office(state: Resolution, start: int, end: int) -> None:
    """ "The president accused the US of plotting a coup" with no president named before: an
    actor of the office, of no country yet (the article step gives it a one-country story's).
    Coreference had the first say: a title that refers back to a named holder is that holder. "The
    former mayor" no holder named before (nor the knowledge base's) is one who held it, an elite
    of no office now (CAMEO ELI), as "the former governor of Texas" is (`groups.former_term`)."""
    words = [t for t in state.doc[start:end] if t.dep_ != "det"]
    term = packaged_sectors().longest([t.lower_ for t in words])
    if term is None or term.kind != "title" or term.sector not in OFFICE_SECTORS:
        return
    if not state.free(start, end):
        return
    sector = FORMER_SECTOR if any(t.lower_ in FORMER_WORDS for t in words) else term.sector
    title_start = next(t.i for t in words)
    args = {"kind": "group", "sector": sector, "role": term.term, "rule": f"sector:{term.term}"}
    state.add(title_start, end, args | {"country": None, "actor_id": f"{None}:{sector}"})


# --- anaphors -------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _anaphor_word_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in (*PRONOUNS, *description_kinds()))


def _candidate_words(doc: Doc) -> list[int]:
    """Indices of the words that may be anaphors (read from the Doc's array: a loop over Token
    objects costs more than the resolving)."""
    wanted = _anaphor_word_ids()
    return [i for i, word in enumerate(doc.to_array(LOWER).tolist()) if word in wanted]


def _anaphor(token: Token, claimed: dict[int, Mention]) -> tuple[int, int, str, bool] | None:
    """(first token, end token, what it asks for, is a description) of an anaphor at `token`."""
    low = token.lower_
    if token.i in claimed:
        if not _bare_description(claimed[token.i], low):
            return None
    elif low in PRONOUNS and token.text in (low, low.capitalize()) and not _impersonal(token):
        return token.i, token.i + 1, PRONOUNS[low], False
    kind = description_kinds().get(low)
    if kind == PAIR:
        return _pair_anaphor(token)
    if kind is None or not _definite_description(token, claimed):
        return None
    if kind == GUEST and not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in token.lefts):
        kind = "person"
    if kind == "person" and any(c.lower_ in FORMER_WORDS for c in token.lefts):
        kind = FORMER  # "the former governor" is no one named as the governor in office
    start = min([token.i] + [c.i for c in token.lefts if c.dep_ in ("det", "amod", "compound")])
    return start, token.i + 1, f"{kind}:{low}", True


def _pair_anaphor(token: Token) -> tuple[int, int, str, bool] | None:
    """ "The two leaders", "both men", "the pair": a noun of `data/speaker_descriptions.tsv` kind pair
    after "both" or "the two" (a singular one after "the"), that introduces no one ("the two leaders
    of the rival factions", "two men were arrested" name people of their own)."""
    lefts = {c.lower_ for c in token.lefts if c.dep_ in ("det", "nummod", "predet", "quantmod")}
    paired = ("both" in lefts or {"the", "two"} <= lefts) if plural_word(token.lower_) else lefts == {"the"}
    if not paired or any(_new_referent(c) or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children):
        return None
    if any(t.dep_ in ("cc", "conj", "preconj") for c in token.lefts for t in c.subtree):
        return None  # "both State and FBI officials": "both" of a coordination, no pair named before
    start = min([token.i] + [c.i for c in token.lefts if c.lower_ in ("the", *PAIR_MARKERS)])
    return start, token.i + 1, PAIR, True


def _bare_description(mention: Mention, word: str) -> bool:
    """ "the analyst", "the charity": a noun the group step took for an actor with no owner named
    in its own words (its country, if any, only the one its sentence names)."""
    return (
        mention.kind == "group"
        and mention.name is None
        and mention.rule.startswith("sector:")
        and mention.text.lower() == word
    )


def _definite_description(token: Token, claimed: dict[int, Mention]) -> bool:
    """ "the minister" referring back, not "the minister of health, X" introducing someone; a
    party's candidacy is definite by its owner too ("their own presidential nominee", "the party's
    candidate": `candidates.py` reads who holds it)."""
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.lefts)
    owned_candidacy = token.lower_ in CANDIDACY_WORDS and any(c.dep_ == "poss" for c in token.lefts)
    if (token.dep_ == "appos" and not _listed_office(token)) or not (definite or owned_candidacy):
        return False  # "the NUT, the umbrella union": an apposition is part of its mention
    if _name_goes_on(token):
        return False  # "the Committee to Re-Elect the President", "the Council on Foreign Relations"
    # "the former secretary of state" refers back as "the secretary" does; "the minister of
    # health, X" may introduce someone (a former holder's office is read in `former_offices`)
    former = any(c.lower_ in FORMER_WORDS for c in token.lefts)
    for child in token.children:
        if child.dep_ == "appos" and _listed_office(child):
            continue
        office_of = child.dep_ == "prep" and child.lower_ == "of" and not _charge(child)
        if _new_referent(child) or (office_of and not former):
            return False
        if child.dep_ == "compound" and (child.i in claimed or child.ent_type_):
            return False  # "the Wagner group": a name
    return True


def _new_referent(child: Token) -> bool:
    """A dependent that makes its description introduce someone (NEW_REFERENT_DEPS): an apposition,
    or a clause that says which one is meant ("the minister who resigned"). A clause set off by a
    comma or dash says which one no more ("the minister, who met his Chinese counterpart on Monday,
    said ...", "the two leaders, speaking in Kyiv, ..."): it tells more of one the reader knows, so
    the description refers back as a bare one does (and with no holder named before, is the office)."""
    if child.dep_ not in NEW_REFERENT_DEPS:
        return False
    if child.dep_ == "appos":
        return True
    start = child.left_edge.i
    return start <= child.head.i or child.doc[start - 1].text not in SETTING_OFF_MARKS


def _charge(of: Token) -> bool:
    """ "accused the governor of lying", "suspected the mayor of fraud": an "of" that tells what
    someone is charged with (a clause, or a crime of `data/crime_words.tsv`) is the verb's, not the
    office's "of" ("the minister of health"), so the description still refers (issue 11)."""
    objects = [c for c in of.children if c.dep_ in ("pcomp", "pobj")]
    if any(o.dep_ == "pcomp" or o.lower_ in crime_words() for o in objects):
        return True
    # "accused the minister of bribery": after a verb of charging, any "of" is the charge
    noun = of.head
    return noun.dep_ == "dobj" and noun.head.lower_ in _charging_forms()


@functools.lru_cache(maxsize=1)
def _charging_forms() -> frozenset[str]:
    """Every form of the verbs whose object's "of" is a charge (role_words.tsv `charging`)."""
    return all_verb_forms(role_words().charging)


def _listed_office(token: Token) -> bool:
    """ "criticized the governor, the mayor and the judge": the parser hangs the list on its first
    item as an apposition ("mayor" of "governor"); an apposition that is a definite title of
    another office and goes on with "and"/"or" is the next item, no other name of the first
    ("the mayor, the city's top official" renames)."""
    first, item = (token.head, token) if token.dep_ == "appos" else (token, None)
    if item is None or first.i == item.i:
        return False
    offices = [packaged_sectors().get(w.lower_) for w in (first, item)]
    return (
        all(term is not None and term.kind == "title" for term in offices)
        and first.lower_ != item.lower_
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in item.lefts)
        and goes_on(item)
    )


# Words that join a capitalised noun to the rest of a name: "the Committee to Protect Journalists",
# "the Council on Foreign Relations", "the Commission for Human Rights".
NAME_JOINERS = frozenset({"to", "on", "for", "of"})


def _name_goes_on(token: Token) -> bool:
    """A capitalised description noun that a joining word and a capitalised word follow: the head
    of a name, whatever the parse hangs them on."""
    doc = token.doc
    if not token.text[:1].isupper() or token.i + 2 >= len(doc):
        return False
    joiner, word = doc[token.i + 1], doc[token.i + 2]
    return joiner.lower_ in NAME_JOINERS and word.text[:1].isupper() and word.is_alpha


def _impersonal(token: Token) -> bool:
    """ "It is clear that", "it was reported that", "it seems": an "it" that stands for no one."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    clausal = any(c.dep_ in CLAUSAL_DEPS and c.i > verb.i for c in verb.children)
    if verb.lower_ in IMPERSONAL_VERBS:
        return True
    copular = any(c.dep_ in ("acomp", "attr", "oprd") for c in verb.children)
    return clausal and (copular or token.dep_ == "nsubjpass")


def _speaks(token: Token) -> bool:
    """Is `token` the subject of a speech verb ("he said")?"""
    return token.dep_ in SUBJECT_DEPS and packaged_cues().verb_cue(token.head) is not None


def _clause_subjects(token: Token) -> set[int]:
    """Subjects (with their conjuncts) of the clause an object pronoun is an object in, or of the
    clause whose verb of taking ("confiscated their boats") a possessive's noun is the object of."""
    if token.dep_ not in OBJECT_DEPS and not _owner_of_taken(token) and not _owner_helped(token):
        return set()
    verb = token.head.head if token.dep_ in ("pobj", "poss") else token.head
    if _owner_helped(token):
        verb = verb.head  # "came to his defence": the verb that goes "to" the help
    while verb.dep_ in OBJECT_DEPS and verb.head.i != verb.i:
        verb = verb.head  # "took 23 of them": the object phrase "23 of them" is the verb's
    subjects: set[int] = set()
    origin: Token | None = None  # the verb the walk came up from
    while True:
        found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        for subject in found:
            subjects.update(
                t.i for t in subject.subtree if t.dep_ in ("conj", *SUBJECT_DEPS) or t.i == subject.i
            )
        if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE_SUBJECTS for c in found):
            subjects.add(verb.head.i)  # "Nixon, who had denounced him": "who" is Nixon
        above = _above_relative(verb, origin) if found else None
        if above is not None:
            # "besieged the campus where students were holed up and threatened to shoot them": an
            # active conjunct the parse hangs on a passive relative clause is the doer's act above
            verb, origin, subjects = above, verb, set()
            continue
        if not found and verb.dep_ == "advcl" and verb.head.i != verb.i:
            # "laid siege, pinning students inside and threatened to use force on them", "fired
            # tear gas to disperse them": a subjectless adverbial clause's doer is the subject of
            # the clause it hangs on
            verb, origin = verb.head, verb
            continue
        if found or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return subjects
        controller = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        if verb.dep_ == "xcomp" and controller:
            # "prompting Republicans to rebuke their nominee, condemning him", "ordered the guards
            # to search them": the doer of an infinitive a verb's object takes is that object
            return {t.i for c in controller for t in _conjuncts(c)}
        origin = verb
        # "said Ryan should focus on it, and mocked him": a past conjunct of the modal's verb is
        # the sayer's act
        verb = higher_clause_conjunct(verb) or verb.head


def _above_relative(verb: Token, conjunct: Token | None) -> Token | None:
    """The verb above a passive relative clause whose active conjunct the walk came up from
    ("where 800 students were holed up and threatened to shoot them": "besieged"); else None. A
    conjunct with no auxiliary of its own shares the passive's ("were holed up and [were] fed"),
    so an active one, with an object or a complement, cannot be the passive subject's act."""
    if conjunct is None or conjunct.dep_ != "conj" or conjunct.head.i != verb.i or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in ("aux", "auxpass", *SUBJECT_DEPS) for c in conjunct.children):
        return None
    if not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in conjunct.children):
        return None
    above = verb.head
    while above.dep_ in (*OBJECT_DEPS, "prep", "conj", "appos") and above.head.i != above.i:
        above = above.head
    return above if above.i != verb.head.i else None


def _owner_of_taken(token: Token) -> bool:
    """A possessive on the object of a verb of taking (`taking` of data/coref_words.tsv): the
    owner of what is seized, never the one who seizes it."""
    noun = token.head
    return token.dep_ == "poss" and noun.dep_ == "dobj" and coref_words().get(noun.head.lower_) == "taking"


def _owner_helped(token: Token) -> bool:
    """A possessive on the help a verb of rallying goes "to" ("came to his defence", "rushed to
    their aid"): the one helped, never the one who comes to help (issue 11)."""
    return token.dep_ == "poss" and rallied_to(token.head)


def rallied_to(noun: Token) -> bool:
    """The help a verb of rallying goes "to" ("came to the president's defence", "rushed to
    Uganda's aid"): its owner is the one helped, the verb's subject the helper (issue 11)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.i != prep.i
        and prep.head.lower_ in _rallying_forms()
    )


@functools.lru_cache(maxsize=1)
def _rallying_forms() -> frozenset[str]:
    # the event components run without the lemmatizer: match every form of the table's lemmas
    return all_verb_forms(role_words().rallying)


def _reported_subjects(token: Token) -> set[int]:
    """Subjects, named before `token`, of the clauses above its own and below the speech verb
    that reports them ("Rossi said Gomez was on parole when he was arrested": Gomez, whose
    clause holds the one of "he"); none when no speech verb with a subject stands above, or
    when `token`'s own clause is the speech verb's. The subject of the pronoun's own clause is
    left to the ordinary rule: "China says it will retaliate if the EU taxes its cars"."""
    found: set[int] = set()
    own_clause = True
    head = token
    while head.head.i != head.i:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if subjects and packaged_cues().verb_cue(head) is not None:
            return set() if own_clause else found
        if subjects and not own_clause:
            found.update(c.i for c in subjects if c.i < token.i)
        own_clause = own_clause and not subjects
    return set()


def _narrated_subjects(token: Token) -> set[int]:
    """The subjects of a report told before its attribution in the sentence just before a subject
    pronoun that does not speak: "LaCalamita shot Riva, then left the building, the sergeant said.
    He was gone when officers arrived" goes on with LaCalamita; the sergeant only vouches for
    what is told (he keeps a speaker's salience for a "he said", which `_best` leaves alone)."""
    if token.dep_ not in SUBJECT_DEPS:
        return set()
    starts = [s.start for s in sentences(token.doc)]
    here = bisect_right(starts, token.i) - 1
    if here < 1:
        return set()
    before = token.doc[starts[here - 1] : starts[here]]
    verb = before.root
    if packaged_cues().verb_cue(verb) is None or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return set()
    reports = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    clauses = [v for c in reports for v in (c, *c.conjuncts)]
    return {s.i for v in clauses for s in v.children if s.dep_ in SUBJECT_DEPS}


def _matrix_subjects(token: Token) -> set[int]:
    """The subject, named before it, of the clause a subject pronoun's adverbial clause hangs on:
    "Kinnear slipped down the list after he ruled himself out" is Kinnear, whoever spoke in the
    sentences before."""
    verb = token.head
    if token.dep_ not in SUBJECT_DEPS or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return set()
    return {c.i for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.i < token.i}


def _earlier_conjunct(token: Token) -> tuple[set[int], set[int]]:
    """The words, before it, of the clause a subject pronoun's clause is coordinated with
    ("tried to reach Ruiz" of "Officers tried to reach Ruiz, but he refused"), through the verbs
    of saying it is reported by ("but they say he refused"); and the words of its own conjunct.
    """
    if token.dep_ not in SUBJECT_DEPS:
        return set(), set()
    verb = token.head
    while verb.dep_ == "ccomp" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return set(), set()
    own = {t.i for t in verb.subtree}
    return {t.i for t in verb.head.subtree if t.i < token.i and t.i not in own}, own


def _latest(link: _Link, earlier_conjunct: set[int], doc: Doc) -> bool:
    """Is `link` in the clause coordinated before the anaphor's, and not its subject when a person
    named by a noun alone ("The man who ran the bank looked tired, and he left" is often the one
    named before, as for `SAME_SENTENCE_BONUS`)?"""
    if link.token not in earlier_conjunct:
        return False
    unnamed = link.kind == "person" and not (link.mentions and link.mentions[0].name)
    return not (unnamed and doc[link.token].dep_ in SUBJECT_DEPS)


def _acted_on(token: Token) -> set[int]:
    """The objects, named before it, of the verb a subject "they" clause marked "as" hangs on
    ("demonstrators" of "police fired tear gas at demonstrators as they tried to march")."""
    clause = token.head
    if token.lower_ != "they" or token.dep_ != "nsubj" or clause.dep_ != "advcl":
        return set()
    if not any(c.dep_ == "mark" and c.lower_ in ACTED_ON_MARKS for c in clause.children):
        return set()
    verb = clause.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return {t.i for o in objects for t in _conjuncts(o) if t.i < token.i}


def _addressees(token: Token) -> set[int]:
    """The ones a speaker addresses, named before it, for the subject of an "if" clause in what is
    said: "made overtures to the government in Sudan, saying that if it cooperated, sanctions
    could be lifted", "warned the junta that if it harmed the president, aid would stop". An offer
    or a warning sets its conditions on the one it is made to (issue 11: a real-news "it" went to
    the speaker). A passive condition ("if it is attacked") is often the speaker's own: left out."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "advcl":
        return set()
    if not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
        return set()
    speech = next((v for v in clause.ancestors if packaged_cues().verb_cue(v) is not None), None)
    if speech is None:
        return set()
    hosts = [speech]
    if speech.dep_ in ("advcl", "conj") and speech.head.i != speech.i:
        hosts.append(speech.head)  # "made overtures to X, saying": the act the saying goes with
    found: set[int] = set()
    for host in hosts:
        for child in host.children:
            if child.dep_ in ("prep", "dative") and child.lower_ in ADDRESSEE_PREPS:
                found.update(t.i for g in child.children if g.dep_ == "pobj" for t in _conjuncts(g))
            elif child.dep_ in ("dobj", "dative"):
                found.update(t.i for t in _conjuncts(child))
    return {i for i in found if i < token.i}


def _invitees(token: Token) -> set[int]:
    """The ones an offer, an invitation or a question was put to (objects of an inviting verb of
    `data/coref_words.tsv`), named in the sentence before a subject pronoun of an answering verb or
    earlier in its own: "the mayor invited a retired nurse. She accepted", "the moderator asked
    the senator about the budget, and she answered" (issue 11: a "she" that accepted an
    invitation went to the candidate the story was about). Whoever is offered something is the
    one who takes it up or turns it down."""
    if token.dep_ != "nsubj" or _verb_forms("answering").isdisjoint({token.head.lower_}):
        return set()
    starts = [s.start for s in sentences(token.doc)]
    here = bisect_right(starts, token.i) - 1
    begin = starts[max(here - 1, 0)]
    inviting = _verb_forms("inviting")
    found: set[int] = set()
    for verb in token.doc[begin : token.i]:
        if verb.lower_ not in inviting:
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        found.update(t.i for o in objects for t in _conjuncts(o))
    return {i for i in found if i < token.i}


@functools.cache
def _verb_forms(word_class: str) -> frozenset[str]:
    """Every form of the verbs of a class of `data/coref_words.tsv` that lists lemmas."""
    return all_verb_forms(frozenset(w for w, kind in coref_words().items() if kind == word_class))


def _relative_doers(token: Token) -> set[int]:
    """The doer, named before it, of the verb whose object a subject "it" or "they" of a relative
    clause describes: "urged North Korea to resume talks it abandoned in 2009", "Iran resumed the
    enrichment it had halted". One resumes, lifts or keeps what one started oneself (issue 11: a
    real-news "it" went to the country that spoke)."""
    clause = token.head
    if token.lower_ not in ("it", "they") or token.dep_ != "nsubj" or clause.dep_ != "relcl":
        return set()
    noun = clause.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.i == noun.i:
        return set()
    doers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not doers and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        governor = verb.head
        doers = [c for c in governor.children if c.dep_ == "dobj"]  # "urged X to resume"
        doers = doers or [c for c in governor.children if c.dep_ in SUBJECT_DEPS]
    return {t.i for d in doers for t in _conjuncts(d) if t.i < token.i}


def _coordinated_owner(token: Token) -> int | None:
    """The first conjunct of the phrase a possessive's noun is coordinated with ("Johnson" of
    "Johnson and her husband"), else None."""
    if token.dep_ != "poss" or token.lower_ not in ("his", "her", "their"):
        return None
    noun = token.head
    if noun.dep_ != "conj" or noun.head.i >= token.i:
        return None
    return noun.head.i


def _thing_verb(token: Token) -> bool:
    """ "It costs $299", "it exploded", "it runs on", "it was built": a subject "it" whose verb is
    one of things (classes thing and made of `data/coref_words.tsv`)."""
    if token.lower_ != "it" or token.dep_ not in SUBJECT_DEPS:
        return False
    words, verb = coref_words(), token.head.lower_
    if words.get(verb) == "thing" or (token.dep_ == "nsubjpass" and words.get(verb) == "made"):
        return True
    return any(
        words.get(f"{verb} {c.lower_}") == "thing" for c in token.head.children if c.dep_ in ("prep", "prt")
    )


_THING_NOUN_DEP_IDS = frozenset(get_string_id(d) for d in THING_NOUN_DEPS)


def _thing_nouns(doc: Doc, claimed: dict[int, Mention]) -> list[int]:
    """Indices of the singular common nouns that are a clause's subject or object and no actor:
    "the phone", "the offensive", "a new finance bill" (written in lower case, no entity, no
    plural, no noun of `data/speaker_descriptions.tsv` or of people in `data/sectors.tsv`: "the
    ministry", "a migrant" may be actors)."""
    kinds = description_kinds()
    return [
        t.i
        for t in (doc[i] for i in token_indices(doc, DEP, _THING_NOUN_DEP_IDS))
        if t.is_lower
        and t.is_alpha
        and not t.is_stop
        and not t.ent_type_
        and t.i not in claimed
        and t.lower_ not in PRONOUNS
        and t.lower_ not in kinds
        and not plural_word(t.lower_)
        and not _people_noun(t.lower_)
    ]


def _thing_between(token: Token, best: _Link, things: list[int], named: set[int]) -> bool:
    """Does a noun of a thing lie between "it" and the actor it would resolve to, nearer to it?
    Only in an earlier sentence for a subject "it" ("Iran said the drone was shot down. It had been
    flying": the drone), and never for a speaker ("the junta foiled a coup attempt. It said") or
    one acting on a named actor ("China imposed a ban ... It accuses Washington")."""
    if _speaks(token):
        return _text_tells(token, best, things)
    if judged_for_a_deed(token):
        return False
    if token.dep_ in SUBJECT_DEPS and any(
        c.dep_ in ("dobj", "dative") and c.i in named for c in token.head.children
    ):
        return False
    limit = sentence_of(token.doc, token.i).start if token.dep_ in SUBJECT_DEPS else token.i
    return any(best.token < i < limit for i in things)


# Entities of a "for" phrase that tell how long or how much, no deed: "criticised it for years".
MEASURE_LABELS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "QUANTITY", "PERCENT"})


def judged_for_a_deed(token: Token) -> bool:
    """ "Rights groups condemned it for the attack", "the UN thanked it for the aid", "accused it of
    shelling the market": the object of a verb that judges someone for a deed its "for" phrase
    names (class judging of `data/coref_words.tsv`), or charges them with one its "of" phrase
    names (role_words.tsv `charging`), is an actor, never the thing named before it ("the army
    shelled the market"). "Criticised it for years" names no deed."""
    if token.dep_ != "dobj":
        return False
    verb = token.head
    if verb.lower_ in _charging_forms():
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)
    if verb.lower_ not in _verb_forms("judging"):
        return False
    deeds = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in c.children
        if o.dep_ in ("pobj", "pcomp")
    ]
    return any(o.dep_ == "pcomp" or o.ent_type_ not in MEASURE_LABELS for o in deeds)


def _text_tells(token: Token, best: _Link, things: list[int]) -> bool:
    """ "The army rejected a report on Tuesday. It describes beatings of detainees": a subject "it"
    of a verb of what a text holds (class telling of `data/coref_words.tsv`) whose nearest thing
    before it, in an earlier sentence, is a carrier is that text, not the actor who took it up
    (its issuer, if named, is then found by `_carrier_issuer`). "It said" still goes on with the
    actor, and so does one that speaks of the text ("It described the report as lies")."""
    if token.lower_ != "it" or token.head.lower_ not in _verb_forms("telling"):
        return False
    limit = sentence_of(token.doc, token.i).start
    between = [i for i in things if best.token < i < limit]
    carrier = token.doc[max(between)].lower_ if between else ""
    if coref_words().get(carrier) != "carrier":
        return False
    # "It described the report as lies": an "it" that speaks of the text is not the text
    return all(t.lower_ != carrier for t in token.head.subtree)


def _carrier_issuer(token: Token, best: _Link, things: list[int], links: list[_Link]) -> _Link | None:
    """The actor that put out the text "it" stands for, when the thing nearest before it
    (`_thing_between`) is a carrier of `data/coref_words.tsv` ("statement", "report", "ruling"):
    the subject of an issuing verb that takes it as object ("the ministry issued a statement"), its
    owner ("the ministry's statement") or the object of "from" or "by" ("a report by Amnesty").
    A statement acts for the one who made it: "It also promised to reopen the crossing" is the
    ministry's promise. None when the thing is no carrier or its issuer is no actor named."""
    limit = sentence_of(token.doc, token.i).start if token.dep_ in SUBJECT_DEPS else token.i
    between = [i for i in things if best.token < i < limit]
    if not between:
        return None
    carrier = token.doc[max(between)]
    if coref_words().get(carrier.lower_) != "carrier":
        return None
    issuers = [c.i for c in carrier.children if c.dep_ == "poss"]
    issuers += [o.i for o in preps(carrier, ("from", "by"))]
    if carrier.dep_ == "dobj" and carrier.head.lower_ in _verb_forms("issuing"):
        issuers += [c.i for c in carrier.head.children if c.dep_ in ("nsubj", "agent")]
    found = [link for link in links if link.token in issuers and _compatible("thing", link, None)]
    return max(found, key=lambda link: link.position, default=None)


# --- antecedents ----------------------------------------------------------------------------


def _is_antecedent(mention: Mention) -> bool:
    return mention.kind != "place" and mention.rule not in ANAPHOR_RULES


def _is_named(mention: Mention) -> bool:
    return bool(mention.name) and mention.rule not in ANAPHOR_RULES


def _token_range(doc: Doc, mention: Mention) -> range:
    return expanded_range(doc, mention.start, mention.end) or range(0)


def _base_links(doc: Doc, mentions: list[Mention], text: _Text) -> list[_Link]:
    """A link per mention, and one per set of coordinated mentions ("Putin and Xi")."""
    links: list[_Link] = []
    by_head: dict[int, _Link] = {}
    claimed = {i for m in mentions for i in _token_range(doc, m)}
    for mention in mentions:
        words = expanded_range(doc, mention.start, mention.end)
        if words is None:
            continue
        span = doc[words.start : words.stop]
        head = span.root
        if _predicative(mention, head) or (not mention.name and _modifier(head, claimed)):
            continue
        kind, number = _kind(mention, head)
        link = _Link(
            mentions=(mention,),
            position=mention.start,
            token=head.i,
            paragraph=text.paragraph(mention.start),
            salience=_salience(head),
            quoted=text.inside_quote(mention.start),
            kind=kind,
            number=number,
            words=_words(mention, head) | _honorific(span),
            entity=_entity(mention),
        )
        links.append(link)
        by_head.setdefault(head.i, link)
    links = [_with_name(doc, link, by_head) for link in links]
    by_head = {link.token: link for link in reversed(links)}
    return links + _coordinations(doc, by_head) + _partners(doc, by_head)


# Clause links a verb's partner ("spoke with Abe", "during a call with Merkel") is not looked for
# under: another clause has partners of its own.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "conj", "parataxis"})


def _partners(doc: Doc, by_head: dict[int, _Link]) -> list[_Link]:
    """One link for each person who is a verb's active subject with the person that verb acts on
    or is "with" in its own clause ("Modi met Abe", "Trudeau talked trade during a call with
    Merkel"): a pair "the two leaders" may refer to, no one else (`_compatible`)."""
    out: list[_Link] = []
    for link in list(by_head.values()):
        head = doc[link.token]
        if link.kind != "person" or head.dep_ != "nsubj":
            continue
        verb = head.head
        partners = [
            t
            for t in _clause_words(verb)
            if (t.dep_ == "dobj" and t.head.i == verb.i) or (t.dep_ == "pobj" and t.head.lower_ == "with")
        ]
        for token in partners:
            other = by_head.get(token.i)
            if other is not None and other.kind == "person" and other.token != link.token:
                mentions = (*link.mentions, *other.mentions)
                out.append(replace(link, mentions=mentions, kind=PARTNERS, number="plural", entity=""))
                break
    return out


def _clause_words(verb: Token) -> Iterator[Token]:
    """The words of `verb`'s own clause, not those of the clauses under it."""
    for child in verb.children:
        if child.dep_ not in CLAUSE_DEPS:
            yield child
            yield from _clause_words(child)


def _unnamed_speakers(doc: Doc, claimed: dict[int, Mention], text: _Text) -> list[tuple[_Link, str | None]]:
    """A person named only by a title who says something ("A spokesman for the ministry said the
    case was isolated. He continued ...", "a ministry spokesman said"): the actor step names no
    person there, only the body the title owns, if any. Such a speaker is a link for he/she/him/her
    alone (no words, so no description means them): its mentions are the body named inside its
    phrase ("for the ministry", "for WHO"), or none, when "he" then stays unresolved rather than
    going to someone named before the speaker spoke (issue 11, stop 42: "He continued" went to a
    tourist the spokesperson spoke of). Its gender is its title's ("spokeswoman")."""
    found: list[tuple[_Link, str | None]] = []
    by_token = sorted(claimed)
    for token in _subjects(doc):
        if token.i in claimed or plural_word(token.lower_):
            continue
        if description_kinds().get(token.lower_) != "person" or _salience(token) != SPEAKER_SALIENCE:
            continue
        if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in token.lefts):
            continue  # "the spokesman said" refers back itself; "his lawyer said" is the lawyer
        if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in token.children):
            continue
        link = _speaker_link(token, claimed, by_token, text, "person", "singular")
        gender = coref_words().get(token.lower_)
        found.append((link, gender if gender in ("female", "male") else None))
    return found + [(link, None) for link in _unnamed_plural_speakers(doc, claimed, text)]


def _unnamed_plural_speakers(doc: Doc, claimed: dict[int, Mention], text: _Text) -> list[_Link]:
    """Plural speakers named by a common noun that is no actor ("the report's authors say",
    "researchers say", "the organisers said"): a link for "they" alone, whose mentions are the body
    named inside its phrase ("researchers at Monash University"), or none, when a "they" that goes
    on with them stays unresolved rather than going to a plural they spoke of or acted on ("a survey
    of schoolchildren ... The authors say ... They call for": not the schoolchildren)."""
    found: list[_Link] = []
    by_token = sorted(claimed)
    for token in _subjects(doc):
        lower = token.is_lower or (token.is_sent_start and token.is_title)  # "Researchers say"
        if token.i in claimed or not lower or token.ent_type_:
            continue
        if not token.is_alpha or not plural_word(token.lower_) or token.lower_ in PRONOUNS:
            continue
        if token.lower_ in description_kinds() or _salience(token) != SPEAKER_SALIENCE:
            continue  # "the officials said" refers back itself (`_pair_anaphor`)
        found.append(_speaker_link(token, claimed, by_token, text, "group", "plural"))
    return found


def _speaker_link(
    token: Token, claimed: dict[int, Mention], by_token: list[int], text: _Text, kind: str, number: str
) -> _Link:
    """The link of an unnamed speaker at `token` (`_unnamed_speakers`, `_unnamed_plural_speakers`):
    no words, so no description means it; its mentions the first body named inside its phrase."""
    owned = {claimed[i] for i in _owned_words(token, by_token) if i in claimed}
    body = tuple(sorted((m for m in owned if m.kind != "person"), key=lambda m: m.start))[:1]
    return _Link(
        mentions=body,
        position=token.idx,
        token=token.i,
        paragraph=text.paragraph(token.idx),
        salience=SPEAKER_SALIENCE,
        quoted=text.inside_quote(token.idx),
        kind=kind,
        number=number,
        words=frozenset(),
        entity=f"{token.lower_}@{token.idx}",
    )


_NSUBJ_IDS = frozenset({get_string_id("nsubj")})


def _subjects(doc: Doc) -> Iterator[Token]:
    """The active subjects of `doc`, found in its array (a Token object per word costs more)."""
    return (doc[i] for i in token_indices(doc, DEP, _NSUBJ_IDS))


def _owned_words(title: Token, claimed: list[int]) -> set[int]:
    """The words of a title's phrase that may name the body it speaks for: its subtree ("a ministry
    spokesman", "a spokesman for the health ministry"), and a name right after its "for" that the
    parse hung elsewhere ("a spokesperson for WHO said", WHO taken for a second subject)."""
    words = {t.i for t in title.subtree}
    after = title.i + 1
    if after + 1 < len(title.doc) and title.doc[after].lower_ == "for":
        words.update(claimed[bisect_left(claimed, after + 1) : bisect_left(claimed, after + 4)])
    return words


def _entity(mention: Mention) -> str:
    """Whom a mention names, for the gender a resolved pronoun tells: a named actor throughout the
    text, but each unnamed one ("a man", "a woman": both "None:CVL") only at its own place, or a
    "she" for the woman would make the man female."""
    if not mention.name:
        return f"{mention.text.lower()}@{mention.start}"
    return (mention.actor_id or mention.name).lower()


def _predicative(mention: Mention, head: Token) -> bool:
    """True when `mention` is an office or role said of someone, not someone of its own: "could
    become the first woman to serve as president" names no woman and no president a later "her"
    could mean (the predicate of a copula, or the object of a role's "as")."""
    if mention.kind != "group" or not mention.role:
        return False
    return head.dep_ in ("attr", "oprd") or (head.dep_ == "pobj" and head.head.lower_ == "as")


def _modifier(head: Token, claimed: set[int]) -> bool:
    """True when an unnamed mention is a noun that modifies a singular common noun of a thing
    ("police brutality", "army shelling", "government spending"): the thing is what the phrase
    names, and a later "they" or "it" never means the modifier (issue 11, stop 41: "police brutality
    ... persuading the population that they should support it" became the police's support). A
    modifier of a noun of people ("police officers"; `data/sectors.tsv`), of a description ("the
    army unit": `data/speaker_descriptions.tsv`), of an actor's words or in the plural is kept, and
    so is a named one ("SEC enforcement", "Hamas leader": a named body stays salient in what it
    owns)."""
    noun = head.head
    if head.dep_ != "compound" or noun.i == head.i or noun.i in claimed:
        return False
    if not (noun.is_lower and noun.is_alpha) or noun.ent_type_ or noun.lower_ in description_kinds():
        return False
    if plural_word(noun.lower_):
        return False  # "police commanders", "army recruits": many nouns of people are not in the lexicon
    return not _one_person(noun) and not _people_noun(noun.lower_.removesuffix("s"))


_AND_IDS = frozenset(get_string_id(w) for w in ("and", "&"))


def _coordinations(doc: Doc, by_head: dict[int, _Link]) -> list[_Link]:
    """One link for each phrase coordinating two or more actors with "and", however the parser
    hung its parts ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti")."""
    out: list[_Link] = []
    tops: set[int] = set()
    heads = sorted(by_head)
    for i in token_indices(doc, LOWER, _AND_IDS):
        cc = doc[i]
        if cc.dep_ != "cc":
            continue
        top = cc.head
        while top.dep_ in PHRASE_INTERNAL_DEPS and top.head.i != top.i:
            top = top.head
        if top.dep_ not in COORDINATED_ROLES or top.i in tops:
            continue
        tops.add(top.i)
        if bisect_right(heads, top.right_edge.i) - bisect_left(heads, top.left_edge.i) < 2:
            continue  # fewer than two actors anywhere in the phrase's words
        inside = [t for t in top.subtree if not _under_clause(t, top)]
        members = list({by_head[t.i].mentions: by_head[t.i] for t in inside if t.i in by_head}.values())
        if len(members) < 2:
            continue
        members.sort(key=lambda link: link.position)
        mentions = tuple(m for link in members for m in link.mentions)
        out.append(
            replace(
                members[0],
                mentions=mentions,
                number="plural",
                kind="group",
                entity="",
                salience=_salience(top),
            )
        )
    return out


def _under_clause(token: Token, top: Token) -> bool:
    """Is `token` inside a preposition or a clause of the phrase headed by `top`?"""
    while token.i != top.i:
        if token.dep_ in ("prep", "relcl", "acl", "advcl", "ccomp") or token.head.i == token.i:
            return True
        token = token.head
    return False


def _with_name(doc: Doc, link: _Link, by_head: dict[int, _Link]) -> _Link:
    """A title and a name in apposition ("Qatar's prime minister, Sheikh Mohammed", "spokeswoman
    Maria Zakharova" split in two) are one person: the title's link stands for the named one."""
    if link.kind != "person" or link.mentions[0].name:
        return link
    head = doc[link.token]
    near = [c for c in head.children if c.dep_ == "appos"] + (
        [head.head] if head.dep_ in ("appos", "compound") else []
    )
    for token in near:
        named = by_head.get(token.i)
        if named is not None and named.kind == "person" and named.mentions[0].name:
            return replace(link, mentions=named.mentions, entity=named.entity, words=link.words | named.words)
    return link


def _conjuncts(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from _conjuncts(child)


def _kind(mention: Mention, head: Token) -> tuple[str, str]:
    """The antecedent's kind and grammatical number."""
    if mention.kind == "person" or (mention.kind == "group" and mention.role):
        return "person", "singular"
    if mention.kind == "country":
        # "Palestinian suicide bombers ... they": a country word on a plural noun stands for a group.
        if head.dep_ in ("amod", "compound") and plural_word(head.head.lower_):
            return "country", "plural"
        return "country", "singular"
    if mention.kind == "igo" or mention.rule == ORGANISATION_RULE or mention.name:
        return "organisation", "both"
    plural = plural_word(head.lower_) or mention.rule == "gazetteer:demonym_plural"  # "Israelis"
    return "group", "plural" if plural and not _plural_name(head) else "both"


def _plural_name(head: Token) -> bool:
    """A body's proper name in the plural, "the Israel Defense Forces", "the Rapid Support Forces":
    one body, which "it said" refers to as well as "they" (a capitalised head with a capitalised
    noun compounded on it, not a sentence's first word: "Border Forces", not "Israeli soldiers")."""
    return (
        head.is_title
        and not head.is_sent_start
        and any(c.dep_ == "compound" and c.is_title and not c.is_sent_start for c in head.children)
    )


def _words(mention: Mention, head: Token) -> frozenset[str]:
    """Words a description may match: the mention's own, its role, its apposition's head nouns."""
    words = {
        w for w in f"{mention.text} {mention.role or ''} {mention.rule}".lower().replace(":", " ").split()
    }
    for child in head.children:
        if child.dep_ == "appos":
            for noun in _conjuncts(child):
                words.add(noun.lower_)
                words.update(c.lower_ for c in noun.children if c.dep_ in ("compound", "amod"))
    return frozenset(words)


def _honorific(span: Span) -> frozenset[str]:
    """The honorific just before a mention that left it out ("Mr" of "Mr Kamau met", named
    "Kamau"): a word of `data/coref_words.tsv` the parser hangs on the name."""
    if span.start == 0:
        return frozenset()
    before = span.doc[span.start - 1]
    word = before.lower_.rstrip(".")
    if coref_words().get(word) in ("female", "male") and span.start <= before.head.i < span.end:
        return frozenset({word})
    return frozenset()


def _salience(head: Token) -> int:
    """2 for a speaker, 1 for another subject, 0 otherwise. A body named in a person's title
    ("State Department spokesman Mark Toner said", "a State Department spokesman said") takes no part
    in the person's clause: the person speaks or acts, not the body (issue 11: "the agency" after
    it went to the spokesman's department, not to the FBI the spokesman spoke of)."""
    person = _one_person(head)
    while head.dep_ in UPWARD_DEPS and head.head.i != head.i:
        if not person and head.dep_ == "compound" and _one_person(head.head):
            return 0
        head = head.head
    if head.dep_ in SUBJECT_DEPS and _infinitive_subject(head):
        return 0  # "allowed ISIL to become a force": the object of "allowed", no subject of its own
    if head.dep_ in SUBJECT_DEPS:  # a passive subject is no speaker: "Subryan was charged with"
        speaks = head.dep_ == "nsubj" and packaged_cues().verb_cue(head.head) is not None
        speaks = speaks and not _hearsay(head.head) and not _says_nothing(head.head)
        return SPEAKER_SALIENCE if speaks else SUBJECT_SALIENCE
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according":
        return SPEAKER_SALIENCE
    if head.dep_ == "pobj" and prep.dep_ == "agent" and _passive_saying(prep.head):
        return SPEAKER_SALIENCE
    return 0


def _passive_saying(verb: Token) -> bool:
    """A passive speech verb whose subject is what was said: "the plan was announced by the
    minister", "the reply was spelt out by spokesman Mwaura". Its agent is the one who spoke,
    as the subject of the active "said" is, and a "he said" after it goes on with them (issue 11:
    such a "he said" went to a leader named before, and so did the quotation's "we"). A passive
    whose subject is the one spoken to ("he was told by the judge") makes no speaker of the agent."""
    if packaged_cues().verb_cue(verb) is None:
        return False
    said = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(said) and not any(
        s.ent_type_ in ADDRESSEE_LABELS or s.lower_ in PRONOUNS or _people_noun(s.lower_) for s in said
    )


def _infinitive_subject(subject: Token) -> bool:
    """The subject of a "to" infinitive that is the complement of another verb ("allowed the
    militia to become a force", "urged both sides to talk"): the one acted upon by that verb, its
    object, whatever the parse calls it; so it has an object's salience, not a subject's (issue 11,
    stop 41: "they" after "Obama and Clinton withdrew ... and allowed ISIL to grow" went to ISIL)."""
    verb = subject.head
    if verb.dep_ not in ("ccomp", "xcomp", "oprd") or verb.head.i == verb.i:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _one_person(token: Token) -> bool:
    """A person's name or a person's title ("spokesman", "director"; `data/sectors.tsv`)."""
    term = packaged_sectors().get(token.lower_)
    return token.ent_type_ == "PERSON" or (term is not None and term.kind == "title")


def _says_nothing(verb: Token) -> bool:
    """ "The reporter confirmed the revelation", "the minister announced the plan": a speech verb
    whose object is a thing, with no clause or quotation of what was said, makes its subject one
    who acted on that thing, a subject like any other, not a speaker whose words a later "he" goes
    on with ("By then Mr Felt was ill ... A crime-fighter, he ran the squad" is Felt, not the
    reporter who confirmed it)."""
    if any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "told a summit that rich countries must pay": the parse may hang what was said on the object
    said = any(t.dep_ == "mark" and t.lower_ == "that" for o in objects for t in o.subtree)
    return not said and any(_a_thing_said_of(o) for o in objects)


def _a_thing_said_of(noun: Token) -> bool:
    """An object that is neither someone spoken to ("told reporters", "informed him", "assured
    Kenya") nor the words said ("said so", "confirmed this": class spoken of `data/coref_words.tsv`)."""
    word = noun.lower_
    if noun.ent_type_ in ADDRESSEE_LABELS or word in PRONOUNS or word in ("me", "you"):
        return False
    if coref_words().get(word) == "spoken":
        return False
    return not _people_noun(word.removesuffix("s"))


def _hearsay(verb: Token) -> bool:
    """ "The pirates, said to be in a dhow", "reported to have fled": a participle of class hearsay
    of `data/coref_words.tsv` with an infinitive tells what others say of its subject, who says
    nothing (the parser makes the subject of the participle its own)."""
    if coref_words().get(verb.lower_) != "hearsay":
        return False
    return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)


def _gender(link: _Link) -> str | None:
    """A person's gender from a given name, else a title or noun of the mention or its apposition."""
    if link.kind != "person" or len(link.mentions) != 1:
        return None
    return _mention_gender(link.mentions[0], link.words)


def _mention_gender(mention: Mention, nouns: Iterable[str] = ()) -> str | None:
    """One person's gender from a given name, else a title or noun of the mention or of `nouns`."""
    words = coref_words()
    given = (mention.name or "").lower().split()
    if given and words.get(given[0]) in ("female", "male"):
        return words[given[0]]
    for word in (*mention.text.lower().rstrip(".").split(), *sorted(nouns)):
        if words.get(word.rstrip(".")) in ("female", "male"):
            return words[word.rstrip(".")]
    return None


def _chain_link(token: Token, meant: _Link, text: _Text, description: bool) -> _Link:
    """The resolved anaphor as a new link of its antecedent, at its own place and salience (and
    singular after "the bloc", whatever the plural words it was named with: "ECOWAS leaders")."""
    singular = description and meant.kind in ("organisation", "group") and len(meant.mentions) == 1
    return replace(
        meant,
        kind="group" if meant.kind == PARTNERS else meant.kind,  # "the two leaders ... they"
        position=token.idx,
        token=token.i,
        paragraph=text.paragraph(token.idx),
        salience=_salience(token),
        quoted=text.inside_quote(token.idx),
        number="both" if singular else meant.number,
    )


def _compatible(wants: str, link: _Link, gender: str | None) -> bool:
    if wants == PAIR or link.kind == PARTNERS:  # partners are only a pair's (`_partners`)
        return wants == PAIR and _two_people(link)
    return _compatible_one(wants, link, gender)


def _compatible_one(wants: str, link: _Link, gender: str | None) -> bool:
    if not link.mentions and wants not in ("male", "female"):
        # an unnamed speaker (`_unnamed_speakers`) is only a he or a she, plural ones a they
        return wants == "plural" and link.number == "plural"
    if wants in ("male", "female"):
        return link.kind == "person" and link.number == "singular" and gender in (None, wants)
    if wants == "thing":
        return link.kind != "person" and link.number != "plural"
    if wants == "plural":
        return link.number != "singular"
    if wants == "we":
        return True
    kind, _, noun = wants.partition(":")
    if kind in ("person", GUEST):  # "this speaker" is whoever was named; "the minister" holds the word
        return link.kind == "person" and link.number == "singular" and (kind == GUEST or noun in link.words)
    if kind == FORMER:
        in_office = any(m.sector == OFFICE_SECTOR for m in link.mentions)
        return link.kind == "person" and link.number == "singular" and noun in link.words and not in_office
    if kind == "country":
        return link.kind == "country"
    if kind == "group":
        return link.kind in ("organisation", "group") and len(link.mentions) == 1 and noun in link.words
    if link.kind not in ("organisation", "group") or len(link.mentions) != 1:
        return False
    if link.number == "plural" and _bare_people(link.mentions[0]):
        return False  # "the group" is an organised body, not "civilians" or "Israelis" named before it
    return kind != "nonstate" or link.mentions[0].sector not in STATE_SECTORS


def _two_people(link: _Link) -> bool:
    """Two people named together: coordinated ("Trudeau and Merkel") or partners (`_partners`)."""
    people = {m.actor_id or m.name or m.text for m in link.mentions if m.kind == "person"}
    return link.number == "plural" and len(link.mentions) == 2 and len(people) == 2


def _bare_people(mention: Mention) -> bool:
    """A plural of people with no name and no owner of its own: "Israelis", "civilians",
    "doctors" (not "Hamas fighters" nor "ECOWAS leaders", which name the body)."""
    bare = mention.rule == f"sector:{mention.text.lower()}"
    return not mention.name and (mention.sector == "CVL" or bare)


def _described_sector(token: Token, wants: str) -> str | None:
    """The sector an organisation's description names by its noun or a modifier of it, in
    `data/sectors.tsv`: "the company" is a business, "the militant group" rebels."""
    if not wants.startswith(("organisation:", "nonstate:")):
        return None
    for word in (token, *(c for c in token.lefts if c.dep_ in ("amod", "compound"))):
        term = packaged_sectors().get(word.lower_)
        if term is not None and term.kind != "place":
            return term.sector
    return None


def _best(
    token: Token,
    wants: str,
    links: list[_Link],
    genders: dict[str, str],
    text: _Text,
    rivals: set[str] | None = None,
) -> _Link | None:
    """The highest-scoring compatible earlier link (see the module's rule). `rivals`, when given,
    gets the entity of every compatible candidate weighed."""
    if wants == PAIR:
        return _latest_pair(token, links, text)
    paragraph = text.paragraph(token.idx)
    quoted = text.inside_quote(token.idx)
    if wants == "we" and quoted:
        return None  # "we" inside a quote is its speaker: the event coder's quote-speaker rule
    speaks = _speaks(token)
    own_subjects = _clause_subjects(token)
    reported = _reported_subjects(token) | _matrix_subjects(token) if wants in ("male", "female") else set()
    if wants in ("male", "female") and not speaks:
        reported |= _narrated_subjects(token)
    coordinated_owner = _coordinated_owner(token)
    earlier_conjunct, own_conjunct = _earlier_conjunct(token) if wants != "we" else (set(), set())
    if own_conjunct and any(  # most anaphors have no conjunct: no walk over every link
        link.token in own_conjunct
        and link.position < token.idx
        and _compatible(wants, link, genders.get(link.entity))
        for link in links
    ):
        earlier_conjunct = set()  # "Niger ordered ..., and France said it would": France is nearer
    acted_on = _acted_on(token) | _addressees(token) | _relative_doers(token) | _invitees(token)
    speaker = _quote_speaker(token, wants, links, text) if quoted else None
    sector = _described_sector(token, wants)
    acted_upon = token.dep_ == "nsubjpass" or token.dep_ in OBJECT_DEPS
    # a "they" that acts, not one that speaks, weighs a speaker as any subject: "Israeli police
    # said ... Israeli troops are deployed in Gaza ... they have ordered residents to leave"
    acted_upon = acted_upon or (wants == "plural" and token.dep_ in SUBJECT_DEPS and not speaks)
    starts = [s.start for s in sentences(token.doc)]
    here = bisect_right(starts, token.i)
    sentence_start = starts[here - 1] if here else 0
    best: tuple[int, int, int] | None = None
    found: _Link | None = None
    weighed = rivals if rivals is not None else set()
    narrates = wants in ("male", "female") and not speaks  # "he said" goes on with the speaker
    narrated = _narrators(token, wants, links, genders, text, starts) if narrates else {}
    for link in links:
        distance = paragraph - link.paragraph
        if link.position >= token.idx or distance > MAX_PARAGRAPHS_BACK or link.token in own_subjects:
            continue
        if speaks and link.quoted and not quoted:
            continue  # a speaker who says "... President Trump ..." is not Trump
        if link.entity == speaker:
            continue  # "'He never meant harm,' Ruiz said": Ruiz speaks of someone else
        if not _compatible(wants, link, genders.get(link.entity)):
            continue
        described = (None, sector, *ALSO_DESCRIBED.get(sector or "", ()))
        if sector is not None and link.mentions[0].sector not in described:
            continue  # "the company" is no police force named before it
        weighed.add(link.entity)
        said_in = bisect_right(starts, link.token)
        faded = here - said_in > SPEAKER_SENTENCES or any(
            entity != link.entity and sentence > said_in for entity, sentence in narrated.items()
        )
        score = _base_score(token, sentence_start, link, acted_upon or faded) - distance
        named = wants.startswith(("organisation:", "nonstate:")) and link.kind == "organisation"
        score += NAMED_BONUS if named else 0
        score += REPORTED_BONUS if link.token in reported else 0
        score += COORDINATED_OWNER_BONUS if link.token == coordinated_owner else 0
        score += ACTED_ON_BONUS if link.token in acted_on else 0
        score += EARLIER_CONJUNCT_BONUS if _latest(link, earlier_conjunct, token.doc) else 0
        # on a tie the nearer wins, and a coordination ("the governor and the senators") is as near
        # as its last member and wins over it: "they" after both acted means both (issue 11, stop 41)
        near = max([link.position, *(m.start for m in link.mentions)])
        if best is None or (score, near, len(link.mentions)) > best:
            best, found = (score, near, len(link.mentions)), link
    return found


def _narrators(
    token: Token, wants: str, links: list[_Link], genders: dict[str, str], text: _Text, starts: list[int]
) -> dict[str, int]:
    """The named people a he/she could mean who are the subject of a sentence, outside quotation
    marks, before `token` and within `MAX_PARAGRAPHS_BACK` paragraphs: entity → the number of the
    last such sentence. For a he/she that acts rather than speaks, a speaker keeps a speaker's
    salience only until the story goes on with someone else as its subject: "the coroner told
    reporters LaRue had died. A friend of Mitchell, LaRue ran the fund. Described as discreet, he
    kept ..." is LaRue, not the coroner (issue 11, stop 47: an ECB+ obituary's "he" went to the
    coroner two sentences back). A "he said" still goes on with the speaker: "Police spokesman
    Mwangi said ... Otieno was in the convoy. Nobody was hurt, he said"."""
    paragraph = text.paragraph(token.idx)
    found: dict[str, int] = {}
    for link in links:
        if (
            link.position < token.idx
            and not link.quoted
            and link.salience >= SUBJECT_SALIENCE
            and link.mentions
            and link.mentions[0].name  # "the man who ran the bank" is often the speaker again
            and paragraph - link.paragraph <= MAX_PARAGRAPHS_BACK
            and _compatible(wants, link, genders.get(link.entity))
        ):
            found[link.entity] = max(found.get(link.entity, 0), bisect_right(starts, link.token))
    return found


def _near(token: Token, link: _Link) -> bool:
    """Is `link` named in `token`'s sentence or the one before it?"""
    starts = [s.start for s in sentences(token.doc)]
    return bisect_right(starts, token.i) - bisect_right(starts, link.token) <= 1


def _own_sentence_state(token: Token, links: list[_Link]) -> _Link | None:
    """The one state "the country"'s own sentence names before it, as itself or by its office:
    "France's president said the country would pledge doses", "the health minister of Nigeria
    said the country would close its ports" speak of France and Nigeria, not of a country the
    story named earlier as a subject (issue 11, stop 43). None when the sentence names two."""
    start = sentence_of(token.doc, token.i).start_char
    own = [
        link
        for link in links
        if start <= link.position < token.idx
        and len(link.mentions) == 1
        and link.position == link.mentions[0].start  # named here, not an anaphor's chain link
        and link.mentions[0].country is not None
        and link.mentions[0].rule not in ANAPHOR_RULES
        and not link.mentions[0].inferences
        and (
            (link.kind == "country" and link.number == "singular")
            or (link.kind in ("person", "group") and link.mentions[0].sector == OFFICE_SECTOR)
        )
    ]
    if len({link.mentions[0].country for link in own}) != 1:
        return None
    named = [link for link in own if link.kind == "country"]
    return max(named or own, key=lambda link: link.position)


# The pair nouns (speaker_descriptions.tsv kind pair) that say both people's gender: "both women"
# are no man and a woman named together ("Mr. Gomes and Catherine Gomes"), whoever was named last.
PAIR_GENDERS = {"women": "female", "men": "male"}


def _latest_pair(token: Token, links: list[_Link], text: _Text) -> _Link | None:
    """The two people named together last before "the two leaders", "both men" (`_pair_anaphor`),
    within `MAX_PARAGRAPHS_BACK` paragraphs, of the gender a gendered pair noun says
    (`PAIR_GENDERS`); None when no two were named together."""
    paragraph = text.paragraph(token.idx)
    gender = PAIR_GENDERS.get(token.lower_)
    pairs = [
        link
        for link in links
        if link.position < token.idx
        and paragraph - link.paragraph <= MAX_PARAGRAPHS_BACK
        and _compatible(PAIR, link, None)
        and (gender is None or all(_mention_gender(m) in (None, gender) for m in link.mentions))
    ]
    return max(pairs, key=lambda link: max(m.start for m in link.mentions), default=None)


def _quote_speaker(token: Token, wants: str, links: list[_Link], text: _Text) -> str | None:
    """The entity of the named speaker whose quotation holds a he/she/him/her: the subject, outside
    the quotation marks, of the speech verb the quoted clause hangs on ("'He has apologised,' Ruiz
    said", "Ruiz said: 'She never meant harm'"). A speaker tells of themself as "I", so a third
    person in their words is someone else, however salient the speaker is from the sentences
    before (issue 11: a lawyer's "he" of her client went to the lawyer). So too a "they" in the
    words of a country, an organisation or a group, which tells of itself as "we": "'They will
    pay for this,' the ministry said" is someone else (issue 11, stop 41)."""
    kinds = SPEAKING_KINDS.get(wants)
    if kinds is None:
        return None
    head = token
    while head.head.i != head.i:
        head = head.head
        if text.inside_quote(head.idx) or packaged_cues().verb_cue(head) is None:
            continue
        subjects = [c.i for c in head.children if c.dep_ in SUBJECT_DEPS and not text.inside_quote(c.idx)]
        named = [link for link in links if link.token in subjects and link.kind in kinds and link.entity]
        return named[0].entity if named else None
    return None


def _base_score(token: Token, sentence_start: int, link: _Link, acted_upon: bool) -> int:
    """A link's salience for `token`: a speaker's only that of a subject when `token` is acted upon
    ("he was released", "charged him"), and 1 more for a subject earlier in `token`'s sentence
    (which starts at token `sentence_start`)."""
    salience = min(link.salience, SUBJECT_SALIENCE) if acted_upon else link.salience
    own_sentence = sentence_start <= link.token < token.i and link.salience >= SUBJECT_SALIENCE
    if link.kind == "person" and not (link.mentions and link.mentions[0].name):
        own_sentence = False  # "the man who had kept his secret" is often the one named before
    return salience + (SAME_SENTENCE_BONUS if own_sentence else 0)
