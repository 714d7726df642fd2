"""Find the actors a document names and resolve each to country, sector and person.

Order of work (each step leaves the tokens it claims to the next):
1. country, capital, demonym and organisation names from the gazetteer;
2. people (NER PERSON) with the titles around them: "Cuban foreign minister
   Bruno Rodriguez", "the DPRK's Foreign Minister, Ri Yong-ho";
3. later mentions of a person by one part of the name ("Ri", "Lavrov"), which
   also corrects the NER when it tags them GPE or ORG;
4. groups and offices named by a sector word with a country: "Cuban officials",
   "Russian troops", "the foreign minister of the DPRK", "his Cuban counterpart";
5. what is left of the gazetteer matches: countries, organisations, capitals
   used as governments ("Pyongyang said") or as places ("talks in Moscow");
6. "he"/"she" as the most recent person (a deliberately simple coreference).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from wirewatch.actors.gazetteer import Gazetteer, SurfaceForm
from wirewatch.actors.lexicon import TITLE_FILLERS, SectorLexicon, SectorTerm
from wirewatch.model import Mention

COUNTRY_FORMS = frozenset({"name", "official", "alias"})
GOVERNMENT_FORMS = frozenset({"metonym"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative", "attr"})
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "del", "van", "von", "la", "le"})
PRONOUNS = frozenset({"he", "she", "him", "her"})
# How far back (in sentences) "he"/"she" looks for the person it means.
PRONOUN_WINDOW_SENTENCES = 3
# Title words are read leftwards from a name at most this far ("former U.S. Secretary of State").
MAX_TITLE_TOKENS = 8
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def name_key(name: str) -> str:
    """Spelling-insensitive key: "Ri Yong-ho" and "Ri Yong Ho" give "ri yong ho"."""
    folded = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub(r"'s$", "", folded.strip())
    return " ".join(re.split(r"[\s\-]+", folded.lower())).strip()


def actor_slug(name: str) -> str:
    return "p:" + name_key(name).replace(" ", "-")


@dataclass
class _Person:
    name: str
    country: str | None
    sector: str | None
    role: str | None
    actor_id: str


@dataclass
class _DocState:
    doc: Doc
    claimed: set[int] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    persons: dict[str, _Person] = field(default_factory=dict)
    name_parts: dict[str, str | None] = field(default_factory=dict)  # part -> person key

    def free(self, start: int, end: int) -> bool:
        return not any(i in self.claimed for i in range(start, end))

    def add(self, start: int, end: int, mention_args: Mapping[str, object]) -> None:
        span = self.doc[start:end]
        self.claimed.update(range(start, end))
        self.mentions.append(
            Mention(start=span.start_char, end=span.end_char, text=span.text, **mention_args)  # type: ignore[arg-type]
        )


class Places(dict[int, tuple[SpacySpan, SurfaceForm]]):
    """Gazetteer matches by start token, with the set of tokens they cover."""

    def __init__(self, items: dict[int, tuple[SpacySpan, SurfaceForm]]) -> None:
        super().__init__(items)
        self.covered = {i for span, _ in items.values() for i in range(span.start, span.end)}


class ActorResolver:
    """Callable that returns the `Mention`s of a parsed Doc."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer, sectors: SectorLexicon) -> None:
        self.gazetteer = gazetteer
        self.sectors = sectors
        self._forms: dict[str, list[SurfaceForm]] = {}
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._build_matchers(nlp, gazetteer.surface_forms())

    def _build_matchers(self, nlp: Language, forms: Iterable[SurfaceForm]) -> None:
        exact: dict[str, list[Doc]] = {}
        folded: dict[str, list[Doc]] = {}
        for form in forms:
            text = re.sub(r"^the\s+", "", form.text, flags=re.IGNORECASE)
            key = text.translate(_APOSTROPHES)
            self._forms.setdefault(key.lower(), []).append(form)
            case_sensitive = len(text) <= 4 or text.isupper() or "." in text
            bucket = exact if case_sensitive else folded
            for variant in {text, text.replace("'", "\u2019")}:
                bucket.setdefault(key.lower(), []).append(nlp.make_doc(variant))
        for key, docs in exact.items():
            self._exact.add(key, docs)
        for key, docs in folded.items():
            self._folded.add(key, docs)

    def __call__(self, doc: Doc) -> list[Mention]:
        state = _DocState(doc)
        places = self._gazetteer_spans(doc)
        self._people(state, places)
        self._name_parts(state)
        self._groups(state, places)
        self._places(state, places)
        self._pronouns(state)
        return sorted(state.mentions, key=lambda m: m.start)

    # 1. gazetteer ---------------------------------------------------------
    def _gazetteer_spans(self, doc: Doc) -> Places:
        spans = []
        for matcher in (self._exact, self._folded):
            for match_id, start, end in matcher(doc):
                spans.append(SpacySpan(doc, start, end, label=match_id))
        by_start: dict[int, tuple[SpacySpan, SurfaceForm]] = {}
        for span in filter_spans(spans):
            forms = self._forms.get(span.label_.lower()) or self._forms.get(span.label_)
            if forms:
                by_start[span.start] = (span, self._choose(forms))
        return Places(by_start)

    @staticmethod
    def _choose(forms: list[SurfaceForm]) -> SurfaceForm:
        """Ambiguous forms (a capital shared by name with another country): prefer a state name."""
        order = {"name": 0, "official": 1, "alias": 2, "igo": 3, "metonym": 4, "capital": 5}
        return min(forms, key=lambda f: (order.get(f.form, 6), f.code))

    def _country_in(self, tokens: Iterable[Token], places: Places) -> str | None:
        for token in tokens:
            hit = places.get(token.i)
            if hit and hit[1].form != "capital":
                return hit[1].code
        return None

    # 2. people -------------------------------------------------------------
    def _people(self, state: _DocState, places: Places) -> None:
        for ent in state.doc.ents:
            if ent.label_ != "PERSON" or not state.free(ent.start, ent.end):
                continue
            name_span = _strip_possessive(ent)
            if name_span.start in places and places[name_span.start][0].end >= name_span.end:
                continue  # a country name the NER took for a person ("Jordan")
            known = self._known_person(state, name_span.text)
            title_start = self._title_start(state.doc, name_span.start, places)
            title = list(state.doc[title_start : name_span.start])
            appos = _appositive_tokens(name_span)
            person = known or self._new_person(name_span.text, title + appos, places)
            if known and person.country is None:
                person.country = self._country_in(title + appos, places)
            self._register(state, person)
            state.add(title_start, name_span.end, _person_args(person, "person"))

    def _new_person(self, name: str, title: list[Token], places: Places) -> _Person:
        words = [t.text for t in title if t.is_alpha]
        term = self.sectors.longest(words)
        role = _role_text(title, self.sectors) if term else None
        return _Person(
            name=name,
            country=self._country_in(title, places),
            sector=term.sector if term else None,
            role=role,
            actor_id=actor_slug(name),
        )

    def _title_start(self, doc: Doc, start: int, places: Places) -> int:
        """Leftmost token of the title run before a name ("the DPRK's Foreign Minister, ")."""
        i = start
        while i > 0 and start - i < MAX_TITLE_TOKENS:
            prev = doc[i - 1]
            low = prev.text.lower().translate(_APOSTROPHES)
            before = doc[i - 2].lower_ if i >= 2 else ""
            if prev.text == "," and before in self.sectors.words:
                i -= 1  # "Foreign Minister, Ri Yong-ho"
            elif low == "of":
                if before not in self.sectors.words:
                    break
                i -= 1  # "Secretary of State", not "regime of"
            elif (
                low in self.sectors.words
                or low in TITLE_FILLERS
                or low == "'s"
                or places_covering(places, prev.i)
            ):
                i -= 1
            else:
                break
        while i < start and doc[i].text in (",", "the", "The"):
            i += 1
        return i

    @staticmethod
    def _known_person(state: _DocState, name: str) -> _Person | None:
        key = name_key(name)
        if key in state.persons:
            return state.persons[key]
        parts = key.split()
        owners = {state.name_parts.get(p) for p in parts if p in state.name_parts}
        owners.discard(None)
        if len(owners) == 1:
            owner = owners.pop()
            return state.persons[owner] if owner else None
        return None

    @staticmethod
    def _register(state: _DocState, person: _Person) -> None:
        key = name_key(person.name)
        state.persons.setdefault(key, person)
        for part in key.split():
            if part in NAME_PARTICLES or len(part) < 2:
                continue
            owner = state.name_parts.get(part, key)
            state.name_parts[part] = key if owner == key else None  # shared part: ambiguous

    # 3. later mentions by part of the name ---------------------------------
    def _name_parts(self, state: _DocState) -> None:
        doc = state.doc
        for token in doc:
            if token.i in state.claimed or not token.is_title:
                continue
            owner = state.name_parts.get(name_key(token.text))
            if not owner:
                continue
            person = state.persons[owner]
            end = token.i + 1
            state.add(token.i, end, _person_args(person, "person-part"))

    # 4. groups and offices ---------------------------------------------------
    def _groups(self, state: _DocState, places: Places) -> None:
        for token in state.doc:
            if token.i in state.claimed or places_covering(places, token.i):
                continue
            term, first = self._sector_term_at(state.doc, token.i)
            if term is None:
                continue
            modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            of_objects = [
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            country_tokens = [t for m in modifiers + of_objects for t in m.subtree]
            country = self._country_in(country_tokens, places)
            if country is None and term.kind == "title":
                continue  # "the minister" alone is left to coreference
            span_tokens = [token.i, first] + [
                t.i for t in country_tokens if t.i in places or places_covering(places, t.i)
            ]
            start, end = min(span_tokens), max(span_tokens) + 1
            if state.free(start, end):
                args = {
                    "kind": "group",
                    "country": country,
                    "sector": term.sector,
                    "role": term.term if term.kind == "title" else None,
                    "actor_id": f"{country or 'UNK'}:{term.sector}",
                    "rule": f"sector:{term.term}",
                }
                state.add(start, end, args)

    def _sector_term_at(self, doc: Doc, i: int) -> tuple[SectorTerm | None, int]:
        for size in range(min(self.sectors.max_words, i + 1), 0, -1):
            phrase = " ".join(t.text for t in doc[i - size + 1 : i + 1])
            term = self.sectors.get(phrase)
            if term:
                return term, i - size + 1
        return None, i

    # 5. countries, organisations, places ------------------------------------
    def _places(self, state: _DocState, places: Places) -> None:
        for span, form in places.values():
            if not state.free(span.start, span.end):
                continue
            args = self._place_args(span, form)
            if args is not None:
                state.add(span.start, _strip_possessive(span).end, args)

    def _place_args(self, span: SpacySpan, form: SurfaceForm) -> dict[str, object] | None:
        dep = span.root.dep_
        code = form.code
        if form.form == "igo":
            return {
                "kind": "igo",
                "country": code,
                "sector": "IGO",
                "actor_id": code,
                "rule": "gazetteer:igo",
                "name": self._name(code),
            }
        if form.form in COUNTRY_FORMS:
            return {
                "kind": "country",
                "country": code,
                "actor_id": code,
                "rule": f"gazetteer:{form.form}",
                "name": self._name(code),
            }
        if form.form in GOVERNMENT_FORMS or (form.form == "capital" and dep in AGENT_DEPS):
            return {
                "kind": "country",
                "country": code,
                "sector": "GOV",
                "actor_id": f"{code}:GOV",
                "rule": f"gazetteer:{form.form}",
                "name": self._name(code),
            }
        if form.form == "capital":
            return {"kind": "place", "country": code, "rule": "gazetteer:capital", "name": span.text}
        if form.form == "demonym_plural":
            return {
                "kind": "group",
                "country": code,
                "sector": "CVL",
                "actor_id": f"{code}:CVL",
                "rule": "gazetteer:demonym_plural",
            }
        if form.form == "demonym" and dep in ARGUMENT_DEPS:
            return {"kind": "group", "country": code, "actor_id": code, "rule": "gazetteer:demonym"}
        return None

    def _name(self, code: str) -> str | None:
        country = self.gazetteer.get(code)
        return country.name if country else None

    # 6. he / she -------------------------------------------------------------
    def _pronouns(self, state: _DocState) -> None:
        doc = state.doc
        people = sorted((m for m in state.mentions if m.kind == "person"), key=lambda m: m.start)
        sentence_starts = [s.start_char for s in doc.sents]
        for token in doc:
            if token.lower_ not in PRONOUNS or token.i in state.claimed:
                continue
            before = [m for m in people if m.end <= token.idx]
            if not before:
                continue
            last = before[-1]
            window = [s for s in sentence_starts if last.start < s <= token.idx]
            if len(window) >= PRONOUN_WINDOW_SENTENCES:
                continue
            state.add(
                token.i,
                token.i + 1,
                {
                    "kind": "person",
                    "country": last.country,
                    "sector": last.sector,
                    "name": last.name,
                    "role": last.role,
                    "actor_id": last.actor_id,
                    "rule": "pronoun",
                },
            )


def places_covering(places: Places, i: int) -> bool:
    return i in places.covered


def _person_args(person: _Person, rule: str) -> dict[str, object]:
    return {
        "kind": "person",
        "country": person.country,
        "sector": person.sector,
        "name": person.name,
        "role": person.role,
        "actor_id": person.actor_id,
        "rule": rule,
    }


def _strip_possessive(span: SpacySpan) -> SpacySpan:
    if len(span) > 1 and span[-1].text.translate(_APOSTROPHES) in ("'s", "'"):
        return span[:-1]
    return span


def _appositive_tokens(name: SpacySpan) -> list[Token]:
    """Tokens of an apposition after the name: "Ri Yong Ho, his North Korean counterpart"."""
    out: list[Token] = []
    for child in name.root.children:
        if child.dep_ == "appos" and child.i >= name.end:
            out.extend(t for t in child.subtree if t.dep_ not in ("relcl", "acl"))
    return out


def _role_text(title: list[Token], sectors: SectorLexicon) -> str | None:
    words = [t.text for t in title if t.is_alpha and (t.lower_ in sectors.words or t.lower_ in TITLE_FILLERS)]
    while words and words[0].lower() in ("the", "of"):
        words = words[1:]
    return " ".join(w.lower() for w in words) or None
