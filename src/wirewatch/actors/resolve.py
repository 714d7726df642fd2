"""Find the actors a document names and resolve each to country, sector and person.

Order of work (each step leaves the tokens it claims to the next):
1. country, capital, demonym and organisation names from the gazetteer, regions
   (context_forms.tsv), cities and divisions of the offline place gazetteer ("Tel Aviv",
   "Samarra") and misspelt country words ("Ethopia"); "anti-Syria" names no owner;
2. people (NER PERSON) with the titles around them: "Cuban foreign minister
   Bruno Rodriguez", "the DPRK's Foreign Minister, Ri Yong-ho";
3. later mentions of a person by one part of the name ("Ri", "Lavrov"), which
   also corrects the NER when it tags them GPE or ORG;
4. groups and offices named by a sector word with a country: "Cuban officials",
   "Russian troops", "the foreign minister of the DPRK", "his Cuban counterpart",
   "the Bush administration" (the leader's country), "rebels in Darfur";
5. what is left of the gazetteer matches: countries, organisations, capitals
   used as governments ("Pyongyang said") or as places ("talks in Moscow");
6. "he"/"she" as the most recent person (a deliberately simple coreference).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from wirewatch.actors.context import ContextMatcher
from wirewatch.actors.fuzzy import FuzzyCountries
from wirewatch.actors.gazetteer import Gazetteer, SurfaceForm
from wirewatch.actors.kb import ActorKB, actor_slug, role_at
from wirewatch.actors.lexicon import (
    GENERIC_TITLES,
    NEAR_MIN_CHARS,
    RELATIVE_TITLES,
    TITLE_FILLERS,
    SectorLexicon,
    SectorTerm,
)
from wirewatch.actors.organisations import Organisation, OrganisationMatcher
from wirewatch.actors.places import CityGazetteer
from wirewatch.doctools import sentence_of, sentences
from wirewatch.model import KnownActor, Mention, name_key

COUNTRY_FORMS = frozenset({"name", "official", "alias"})
GOVERNMENT_FORMS = frozenset({"metonym"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative", "attr"})
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "del", "van", "von", "la", "le"})
# Longest full name looked up in the knowledge base when the NER missed it ("Luiz Inacio Lula da Silva"
# is 5 tokens; hyphens count as tokens: "Moon Jae - in").
KB_NAME_MAX_TOKENS = 6
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Entity labels the small model gives to people it does not recognise as such ("Lavrov" ORG,
# "Ri" GPE): taken as people when the knowledge base knows the name.
MISLABELLED_PERSON = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"})
PRONOUNS = frozenset({"he", "she", "him", "her"})
# Words before a title that say the office is no longer held: CAMEO codes such people as
# elites (ELI), not as the government.
FORMER_WORDS = frozenset({"former", "ousted", "deposed", "exiled", "toppled", "overthrown", "ex"})
FORMER_SECTOR = "ELI"
STANCE_WORDS = frozenset({"anti", "pro"})
# Words before a media noun that make it the state's voice ("official Syrian newspaper",
# "state-owned Egyptian newspaper", "state television"): CAMEO codes state media as GOV.
STATE_MEDIA_MARKS = frozenset({"official", "state", "government", "state-run", "state-owned"})
# Entity labels of the names the city gazetteer is asked about: the small model tags many
# towns NORP, ORG or even PERSON ("Samarra" NORP, "Khanty-Mansiysk (Siberia" ORG, "in Sivas").
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC", "PERSON"})
NAMED_PLACE_LABELS = frozenset({"GPE", "LOC"})
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "within", "across", "throughout"}
)
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "port", "province", "region", "district", "capital"})
# Tokens that end a place name inside a longer entity: "Khanty-Mansiysk (Siberia".
NAME_BREAKS = frozenset({"(", ",", ")", "[", ";"})
# How far back (in sentences) "he"/"she" looks for the person it means.
PRONOUN_WINDOW_SENTENCES = 3
# Title words are read leftwards from a name at most this far ("former U.S. Secretary of State").
MAX_TITLE_TOKENS = 8
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


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
    kb: ActorKB
    claimed: set[int] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    persons: dict[str, _Person] = field(default_factory=dict)
    organisations: dict[int, Organisation] = field(default_factory=dict)  # token -> organisation
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

    def __init__(
        self,
        nlp: Language,
        gazetteer: Gazetteer,
        sectors: SectorLexicon,
        organisations: OrganisationMatcher,
        kb: ActorKB,
        context: ContextMatcher,
    ) -> None:
        self.gazetteer = gazetteer
        self.sectors = sectors
        self.organisations = organisations
        self.context = context
        self.kb = kb  # used when the front end hands the Doc no knowledge base of its own
        self._forms: dict[str, list[SurfaceForm]] = {}
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._build_matchers(nlp, gazetteer.surface_forms())
        self.cities = CityGazetteer()
        self.fuzzy = FuzzyCountries(gazetteer.surface_forms(), self.cities.is_place)

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

    def __call__(self, doc: Doc, kb: ActorKB | None = None) -> list[Mention]:
        state = _DocState(doc, kb if kb is not None else self.kb)
        places = self._extra_places(doc, self._in_context(doc, self._gazetteer_spans(doc)), state.kb)
        self._organisations(state)
        self._people(state, places)
        self._known_names(state, places)
        self._name_parts(state)
        self._groups(state, places)
        self._places(state, places)
        self._pronouns(state)
        return sorted(_with_article_country(state.mentions), key=lambda m: m.start)

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

    def _in_context(self, doc: Doc, places: Places) -> Places:
        """Places with the names whose reading depends on the article's other countries."""
        hits = self.context(doc)
        if not hits:
            return places
        items = dict(places)
        for span, readings in hits:
            if any(_overlap(s, span) and len(s) > len(span) for s, _ in places.values()):
                continue  # part of a longer name: "Korea" in "South Korea"
            others = {f.code for s, f in places.values() if not _overlap(s, span)}
            reading = next((r for r in readings if r.applies(others)), None)
            if reading is None:
                continue
            for start in [k for k, (s, _) in items.items() if _overlap(s, span)]:
                del items[start]
            form = "name" if reading.kind == "country" else "region"
            items[span.start] = (span, SurfaceForm(span.text, reading.code, form))
        return Places(items)

    def _extra_places(self, doc: Doc, places: Places, kb: ActorKB) -> Places:
        """Places the country table does not list: cities or divisions of the offline
        gazetteer ("Tel Aviv", "Samarra") and misspelt country words ("Ethopia")."""
        items = dict(places)
        covered = set(places.covered)
        for ent in doc.ents:
            span = _place_name(ent)
            if not _may_be_place(ent, span) or covered.intersection(range(span.start, span.end)):
                continue
            if ent.label_ == "PERSON" and (
                len(span) > 1 or kb.by_name(span.text) or kb.by_surname(span.text)
            ):
                continue  # a person's name, unless one word the NER mistook in a place's slot
            if self.sectors.get(span.text) is not None:
                continue  # "Congress" is a body before it is a town
            code = self.cities.country_of(span.text)
            if code is not None:
                items[span.start] = (span, SurfaceForm(span.text, code, "region"))
                covered.update(range(span.start, span.end))
        for token in doc:
            if token.i in covered or token.ent_type_ == "PERSON":
                continue
            form = self.fuzzy(token.text)
            if form is not None:
                items[token.i] = (doc[token.i : token.i + 1], form)
        stances = [start for start in items if _stance_prefix(doc, start)]
        for start in stances:
            del items[start]
        return Places(items) if len(items) != len(places) or stances else places

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

    # 0. named organisations ------------------------------------------------
    def _organisations(self, state: _DocState) -> None:
        for start, end, org in self.organisations(state.doc):
            state.organisations.update(dict.fromkeys(range(start, end), org))
            if state.free(start, end):
                args = {
                    "kind": "group",
                    "country": org.country,
                    "sector": org.sector,
                    "name": org.name,
                    "actor_id": org.actor_id,
                    "rule": "organisation",
                }
                state.add(start, end, args)

    # 2. people -------------------------------------------------------------
    def _people(self, state: _DocState, places: Places) -> None:
        for ent in state.doc.ents:
            if not state.free(ent.start, ent.end) or not self._is_person(state, ent, places):
                continue
            name_span = self._without_title(state, _person_span(ent))
            title_start = self._title_start(state.doc, name_span.start, places)
            context = list(state.doc[title_start : name_span.start]) + _appositive_tokens(name_span)
            context += [
                t for p in _preps(name_span.root, ("of",)) for t in p.subtree
            ]  # "King Hassan of Morocco"
            person = self._person(state, clean_name(name_span.text), context, places)
            employer = _employer(state, title_start)
            if employer is not None and person.sector is None:
                person.sector, person.country = employer.sector, person.country or employer.country
            if person.country is None:
                person.country = single_country(sentence_of(ent.doc, ent.start), places)
            if self._former(state, person, state.doc[title_start : name_span.start]):
                person.sector = FORMER_SECTOR
            while (
                title_start < name_span.start and state.doc[title_start].text.translate(_APOSTROPHES) == "'s"
            ):
                title_start += 1
            self._register(state, person)
            state.add(title_start, name_span.end, _person_args(person, "person"))

    @staticmethod
    def _former(state: _DocState, person: _Person, title: SpacySpan) -> bool:
        """ "Ousted President X", "former Prime Minister Y": no longer the government (CAMEO: ELI).
        A person of the knowledge base in a dated article keeps the office on record, which
        the publication date chose; undated, the title's "former" is the only evidence of time."""
        dated_record = state.kb.get(person.actor_id) is not None and state.doc._.published is not None
        return not dated_record and person.sector == "GOV" and any(t.lower_ in FORMER_WORDS for t in title)

    def _without_title(self, state: _DocState, name: SpacySpan) -> SpacySpan:
        """The NER often takes a title into the name ("Archbishop Desmond Tutu"): leave it to
        the title run, so that the name alone is looked up ("King Hussein" is a known name)."""
        if state.kb.by_name(clean_name(name.text)) is not None:
            return name
        start = name.start
        while start < name.end - 1 and name.doc[start].lower_ in self.sectors.words:
            start += 1
        return name.doc[start : name.end] if start != name.start else name

    def _is_person(self, state: _DocState, ent: SpacySpan, places: Places) -> bool:
        name_span = _strip_possessive(ent)
        if name_span.start in places and places[name_span.start][0].end >= name_span.end:
            return False  # a country name the NER took for a person ("Jordan")
        if _demonym_and_word(state, name_span, places):
            return False  # "Bosnian Serbs", "Turkish Kurd": a people, not a person
        if len(name_span) == 1 and self.sectors.get(name_span.text) is not None:
            return False  # "Kurd" in "Turkish Kurd refugees": a people, not a person
        if ent.label_ == "PERSON":
            return True
        if ent.label_ not in MISLABELLED_PERSON:
            return False
        text = clean_name(name_span.text)
        return state.kb.by_name(text) is not None or (
            len(name_span) == 1 and state.kb.by_surname(text) is not None
        )

    def _person(self, state: _DocState, name: str, context: list[Token], places: Places) -> _Person:
        """The person a name means: seen earlier in this article, known to the KB, or new."""
        known = self._known_person(state, name)
        if known is not None:
            if known.country is None:
                known.country = self._country_in(context, places)
            return known
        titled = self._new_person(name, context, places)
        entry = state.kb.by_name(name) or (state.kb.by_surname(name) if " " not in name else None)
        if entry is None:
            return titled
        return _merge_known(entry, titled, state.doc._.published)

    def _new_person(self, name: str, title: list[Token], places: Places) -> _Person:
        words = [t.text for t in title if any(c.isalpha() for c in t.text)]
        term = self.sectors.longest(words)
        if term is not None and term.term in GENERIC_TITLES and len(words) > 1:
            inner = self.sectors.longest(words[:-1])
            term = SectorTerm(term.term, inner.sector, term.kind) if inner is not None else term
        role = term.term if term and term.kind == "title" and term.term not in RELATIVE_TITLES else None
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
                or low in ("'s", "-")
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

    def _known_names(self, state: _DocState, places: Places) -> None:
        """Known people the NER missed: a full name of the knowledge base, or the surname of a
        curated person as the subject of a clause ("Merkel urged ...")."""
        doc = state.doc
        for token in doc:
            if token.i in state.claimed or not token.is_title or places_covering(places, token.i):
                continue
            sizes = range(KB_NAME_MAX_TOKENS, 1, -1) if state.kb.starts_name(token.text) else range(0)
            for size in sizes:
                span = doc[token.i : token.i + size]
                if span.end <= len(doc) and state.free(span.start, span.end):
                    entry = state.kb.by_name(span.text)
                    if entry is not None:
                        self._add_known(state, entry, span)
                        break
            else:
                entry = state.kb.by_surname(token.text)
                if entry is not None and entry.origin != "learned" and token.dep_ in SUBJECT_DEPS:
                    self._add_known(state, entry, doc[token.i : token.i + 1])

    def _add_known(self, state: _DocState, entry: KnownActor, span: SpacySpan) -> None:
        person = _merge_known(entry, None, state.doc._.published)
        self._register(state, person)
        state.add(span.start, span.end, _person_args(person, "person"))

    # 3. later mentions by part of the name ---------------------------------
    def _name_parts(self, state: _DocState) -> None:
        doc = state.doc
        for token in doc:
            if token.i in state.claimed or not token.is_title or token.is_stop:
                continue
            owner = state.name_parts.get(name_key(token.text))
            person = state.persons[owner] if owner else self._kb_surname(state, token)
            if person is None:
                continue
            end = token.i + 1
            state.add(token.i, end, _person_args(person, "person-part"))

    def _kb_surname(self, state: _DocState, token: Token) -> _Person | None:
        """A person of the knowledge base named by surname alone in an entity ("Lavrov" as ORG)."""
        if not token.ent_type_:
            return None
        entry = state.kb.by_surname(token.text)
        if entry is None:
            return None
        person = _merge_known(entry, None, state.doc._.published)
        self._register(state, person)
        return person

    # 4. groups and offices ---------------------------------------------------
    def _groups(self, state: _DocState, places: Places) -> None:
        for token in state.doc:
            if token.i in state.claimed or places_covering(places, token.i):
                continue
            term, first = self._sector_term_at(state.doc, token.i)
            if term is None or self._inside_larger_term(token):
                continue
            term = self._modified_term(token, term)
            owners = (
                self._owners(token, places)
                or self._ruler(state, token, term)
                or _organisation_owner(state, token)
            )
            if not owners:
                country = single_country(sentence_of(token.doc, token.i), places)
                if term.kind == "title" and term.sector == "GOV":
                    continue  # "the minister" alone is left to coreference
                if term.kind == "place" and country is None:
                    continue  # "villages near the border": whose is not said
                if (
                    term.kind == "title"
                    and term.sector != "CVL"
                    and country is None
                    and token.i > 0
                    and token.nbor(-1).lower_ != "the"
                ):
                    # "a journalist" may be anyone; "the journalist" is an actor of the story. "A man"
                    # shot by police is a civilian whoever he is.
                    continue
                owners = [(None, country)]
            self._add_group(state, token, first, term, owners)

    def _ruler(
        self, state: _DocState, token: Token, term: SectorTerm
    ) -> list[tuple[SpacySpan | None, str | None]]:
        """ "The Bush administration", "the Assad regime": a government named after its leader
        belongs to the leader's country (a person of this article or of the knowledge base)."""
        if term.sector != "GOV" or term.kind != "group":
            return []
        for child in token.children:
            if child.dep_ not in ("compound", "poss", "amod") or child.i > token.i or not child.is_title:
                continue
            country = _person_country(state, child)
            if country is not None:
                return [(None, country)]
        return []

    def _modified_term(self, token: Token, term: SectorTerm) -> SectorTerm:
        """ "army officials", "rebel leaders": a generic title takes its modifier's sector;
        "official Syrian newspaper", "state television": state media speak for the government."""
        if term.sector == "MED" and any(t.lower_ in STATE_MEDIA_MARKS for t in token.lefts):
            return SectorTerm(term.term, "GOV", term.kind)
        if term.term not in GENERIC_TITLES:
            return term
        for child in token.children:
            if child.dep_ in ("compound", "amod") and child.i < token.i:
                inner = self.sectors.get(child.text)
                if inner is not None:
                    return SectorTerm(term.term, inner.sector, term.kind)
        return term

    def _inside_larger_term(self, token: Token) -> bool:
        """A term that modifies another term ("government" in "government officials")."""
        head = token.head
        if token.dep_ not in ("compound", "amod") or head.i == token.i:
            return False
        return self._sector_term_at(token.doc, head.i)[0] is not None

    def _owners(self, token: Token, places: Places) -> list[tuple[SpacySpan | None, str | None]]:
        """The places that tell whose a group is, first the closest kind of owner."""
        head = token
        while head.dep_ in ("compound", "amod") and head.head.i != head.i:
            head = head.head
        for tokens in _owner_tokens(token, head):
            found = _coordinated(self._places_in(tokens, places))
            if found:
                return [(span, _ethnic_home(span, code, places)) for span, code in found]
        return []

    @staticmethod
    def _places_in(tokens: Iterable[Token], places: Places) -> list[tuple[SpacySpan | None, str]]:
        found: list[tuple[SpacySpan | None, str]] = []
        for t in sorted(tokens, key=lambda t: t.i):
            hit = places.get(t.i)
            if hit and all(code != hit[1].code for _, code in found):
                found.append((hit[0], hit[1].code))
        return found

    def _add_group(
        self,
        state: _DocState,
        token: Token,
        first: int,
        term: SectorTerm,
        owners: list[tuple[SpacySpan | None, str | None]],
    ) -> None:
        """One mention per coordinated owner ("US and British forces"); the last spans the noun."""
        args: dict[str, object] = {
            "kind": "group",
            "sector": term.sector,
            "role": term.term if term.kind == "title" else None,
            "rule": f"sector:{term.term}",
        }
        for span, country in owners[:-1]:
            if span is not None and state.free(span.start, span.end):
                owner = {"country": country, "actor_id": f"{country}:{term.sector}"}
                state.add(span.start, span.end, args | owner)
        span, country = owners[-1]
        start = span.start if span is not None and span.start < first else first
        start = next((i for i in _modifier_starts(token) if i < start and state.free(i, token.i + 1)), start)
        if state.free(start, token.i + 1):
            state.add(start, token.i + 1, args | {"country": country, "actor_id": f"{country}:{term.sector}"})

    def _sector_term_at(self, doc: Doc, i: int) -> tuple[SectorTerm | None, int]:
        lower = doc[i].lower_
        if lower not in self.sectors.words:
            # no term ends in a word that no term has, unless it is a long word misspelt
            # or inflected by one letter ("peackeepers", "ambassadors")
            if len(lower) < NEAR_MIN_CHARS or doc[i].text != lower:
                return None, i
            return self.sectors.near(lower), i
        for size in range(min(self.sectors.max_words, i + 1), 0, -1):
            phrase = " ".join(doc[j].text for j in range(i - size + 1, i + 1))
            term = self.sectors.get(phrase)
            if term:
                return term, i - size + 1
        return None, i

    # 5. countries, organisations, places ------------------------------------
    def _places(self, state: _DocState, places: Places) -> None:
        for span, form in places.values():
            if not state.free(span.start, span.end):
                continue
            if self._resident_group(state, span, form, places):
                continue
            if form.form in ("demonym", "demonym_plural"):
                form = replace(form, code=_ethnic_home(span, form.code, places))
            args = self._place_args(span, form)
            shared = self._shared_noun(span) if form.form == "demonym" else None
            if args is not None and shared is not None:
                args |= {"kind": "group", "sector": shared.sector, "actor_id": f"{form.code}:{shared.sector}"}
            if args is not None:
                state.add(span.start, _strip_possessive(span).end, args)

    def _shared_noun(self, span: SpacySpan) -> SectorTerm | None:
        """ "Sierra Leonean and Liberian refugees", parsed as "Sierra Leonean" and "Liberian
        refugees": a bare demonym coordinated with a described group shares its noun."""
        root = span.root
        if root.dep_ not in ARGUMENT_DEPS:
            return None
        for conj in root.children:
            if conj.dep_ == "conj" and any(c.dep_ in DESCRIBING_DEPS for c in conj.lefts):
                term, _ = self._sector_term_at(span.doc, conj.i)
                if term is not None and term.kind == "group":
                    return term
        return None

    @staticmethod
    def _resident_group(state: _DocState, span: SpacySpan, form: SurfaceForm, places: Places) -> bool:
        """ "Bosnian Serbs", "Iraqi Turkmens": a people named with the country it lives in is
        coded, as CAMEO does, by that country, as civilians."""
        nxt = places.get(span.end)
        if (
            form.form != "demonym"
            or nxt is None
            or nxt[1].form != "demonym_plural"
            or nxt[1].code == form.code
        ):
            return False
        end = _strip_possessive(nxt[0]).end
        if not state.free(span.start, end):
            return False
        args = {
            "kind": "group",
            "country": form.code,
            "sector": "CVL",
            "actor_id": f"{form.code}:CVL",
            "rule": "gazetteer:resident-group",
        }
        state.add(span.start, end, args)
        return True

    def _place_args(self, span: SpacySpan, form: SurfaceForm) -> dict[str, object] | None:
        dep = "nsubj" if _by_agent(span.root) else span.root.dep_
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
        if form.form in ("capital", "region"):
            return {"kind": "place", "country": code, "rule": f"gazetteer:{form.form}", "name": span.text}
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
        if form.form == "demonym":
            # "an Indian proposal", "Israeli air raids": the adjective stands for the state.
            return {
                "kind": "country",
                "country": code,
                "actor_id": code,
                "rule": "gazetteer:demonym-modifier",
                "name": self._name(code),
            }
        return None

    def _name(self, code: str) -> str | None:
        country = self.gazetteer.get(code)
        return country.name if country else None

    # 6. he / she -------------------------------------------------------------
    def _pronouns(self, state: _DocState) -> None:
        doc = state.doc
        # A named person, or an unnamed civilian ("a man died after he was shot").
        people = sorted(
            (m for m in state.mentions if m.kind == "person" or (m.role and m.sector == "CVL")),
            key=lambda m: m.start,
        )
        sentence_starts = [s.start_char for s in sentences(doc)]
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


# Prepositions that place a group in a country ("rebels in Darfur", "students throughout Indonesia").
LOCATING_PREPS = frozenset({"in", "inside", "within", "throughout", "across", "from", "at"})
# Prepositions of a verb that place the act of its subject ("rioted at a jail in Dili").
SCENE_PREPS = frozenset({"in", "at", "inside", "across", "throughout"})
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
# Left dependents that describe a group noun and belong to its mention.
DESCRIBING_DEPS = frozenset({"amod", "compound", "nmod"})


# An article is about one country when that country has at least this many of the mentions
# that carry a country, this share of them, and twice as many as any other country.
ARTICLE_COUNTRY_MIN_MENTIONS = 3
ARTICLE_COUNTRY_MIN_SHARE = 0.6
# Sectors of home-grown groups and officers that take the article's country when they name none.
DOMESTIC_SECTORS = frozenset(
    {"GOV", "COP", "MIL", "CVL", "OPP", "JUD", "LEG", "PTY", "LAB", "EDU", "REB", "CRM"}
)


def _with_article_country(mentions: list[Mention]) -> list[Mention]:
    """ "Police fired tear gas", "the crowds", "Chief Executive Carrie Lam" in a story about one
    country: home-grown groups and people that name no country are that country's (rule
    "+article"). A story that names several countries in earnest leaves them unknown."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.country and m.kind in ("country", "person", "group", "place"):
            counts[m.country] = counts.get(m.country, 0) + 1
    total = sum(counts.values())
    if not counts:
        return mentions
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    code, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if top < ARTICLE_COUNTRY_MIN_MENTIONS or top / total < ARTICLE_COUNTRY_MIN_SHARE or runner_up * 2 > top:
        return mentions
    return [
        replace(
            m,
            country=code,
            actor_id=m.actor_id if m.kind == "person" else f"{code}:{m.sector}",
            rule=m.rule + "+article",
        )
        if m.country is None and m.sector in DOMESTIC_SECTORS and m.kind in ("person", "group")
        else m
        for m in mentions
    ]


def _organisation_owner(state: _DocState, token: Token) -> list[tuple[SpacySpan | None, str | None]]:
    """ "Hezbollah guerrillas", "Hamas gunmen": fighters named after their organisation are its."""
    for child in token.children:
        org = state.organisations.get(child.i) if child.dep_ in ("compound", "amod") else None
        if org is not None and org.country is not None:
            return [(None, org.country)]
    return []


def _owner_tokens(token: Token, head: Token) -> Iterator[list[Token]]:
    """Token groups that may name a group's country, most telling first."""
    nouns = [token] if head.i == token.i else [token, head]
    yield [t for n in nouns for c in n.children if c.i < n.i and c.dep_ in OWNER_DEPS for t in c.subtree]
    yield [t for n in nouns for p in _preps(n, ("of",)) for t in p.subtree]
    located = [p for n in nouns for p in _preps(n, LOCATING_PREPS)]
    located += [p for n in nouns for c in n.children if c.dep_ == "acl" for p in _preps(c, LOCATING_PREPS)]
    yield [t for p in located for t in p.subtree]
    if head.dep_ in SUBJECT_DEPS:  # "Prisoners rioted at a jail in Dili": where the group acts
        yield [t for p in _preps(head.head, SCENE_PREPS) for t in p.subtree]


def _modifier_starts(token: Token) -> list[int]:
    """Where the words describing a group begin, leftmost first: the mention of "Moslem
    fundamentalist demonstrators" is all of it, not "demonstrators" alone."""
    return sorted(c.left_edge.i for c in token.lefts if c.dep_ in DESCRIBING_DEPS)


def _coordinated(found: list[tuple[SpacySpan | None, str]]) -> list[tuple[SpacySpan | None, str]]:
    """The first owner and those coordinated with it ("US and British forces"); a place in an
    apposition or a later phrase ("in Liberia, the World Food Program said") is no co-owner."""
    return found[:1] + [
        (span, code) for span, code in found[1:] if span is not None and span.root.dep_ == "conj"
    ]


def _preps(token: Token, words: Iterable[str]) -> list[Token]:
    """Objects of the prepositions `words` attached to `token`."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in words
        for g in c.children
        if g.dep_ == "pobj"
    ]


def sentence_countries(sent: SpacySpan, places: Places) -> list[str]:
    """Distinct country codes named in a sentence (names, demonyms, capitals), in order."""
    codes: list[str] = []
    for i in range(sent.start, sent.end):
        hit = places.get(i)
        if hit and hit[1].form != "igo" and hit[1].code not in codes:
            codes.append(hit[1].code)
    return codes


def single_country(sent: SpacySpan, places: Places) -> str | None:
    """The country of a sentence that names exactly one."""
    codes = sentence_countries(sent, places)
    return codes[0] if len(codes) == 1 else None


def _ethnic_home(span: SpacySpan | None, code: str, places: Places) -> str:
    """Where a people named by its demonym lives, as CAMEO codes it: "the Albanians of southern
    Serbia" in Serbia; "ethnic Albanians" in the first other country the sentence names."""
    if span is None:
        return code
    ethnic = span.start > 0 and span.doc[span.start - 1].lower_ == "ethnic"
    preps = ("of", "in") if ethnic else ("of",)
    for token in sorted(t for p in _preps(span.root, preps) for t in p.subtree):
        hit = places.get(token.i)
        if hit and hit[1].form not in ("igo", "demonym", "demonym_plural") and hit[1].code != code:
            return hit[1].code
    if not ethnic:
        return code
    others = [c for c in sentence_countries(sentence_of(span.doc, span.start), places) if c != code]
    return others[0] if others else code


def _demonym_and_word(state: _DocState, name: SpacySpan, places: Places) -> bool:
    """A two-word "name" that is a demonym and one word no one in the knowledge base bears."""
    first = places.get(name.start)
    if len(name) != 2 or first is None or first[1].form not in ("demonym", "demonym_plural"):
        return False
    rest = name[1].text
    return (
        state.kb.by_name(name.text) is None
        and state.kb.by_surname(rest) is None
        and rest not in state.name_parts
    )


def _person_country(state: _DocState, token: Token) -> str | None:
    """Country of the person `token` names: a person mention of this article over it, else a
    curated person of the knowledge base with that surname or name."""
    for mention in state.mentions:
        if mention.kind == "person" and mention.start <= token.idx < mention.end:
            return mention.country
    entry = state.kb.by_surname(token.text) or state.kb.by_name(token.text)
    if entry is None or entry.origin == "learned":
        return None
    return entry.country


def _stance_prefix(doc: Doc, start: int) -> bool:
    """ "anti-Syria", "pro-Moscow": the place names what a group is for or against, not whose."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE_WORDS


def _by_agent(token: Token) -> bool:
    """ "an admission by Moscow": the object of "by" is the one who acts."""
    return token.dep_ == "pobj" and token.head.lower_ == "by"


def _merge_known(entry: KnownActor, titled: _Person | None, published: dt.date | None) -> _Person:
    """A known actor as met in this article. An analyst's record wins over the text."""
    span = role_at(entry, published)
    kb_country = span.country if span else entry.country
    kb_sector = span.sector if span else entry.sector
    kb_role = span.role if span else entry.role
    if titled is None or entry.origin == "analyst":
        return _Person(entry.name, kb_country, kb_sector, kb_role, entry.actor_id)
    # A known person keeps the country on record (words near a name often name another
    # country: "President Trump, North Korea..."); a title in the article may update the office.
    return _Person(
        entry.name,
        kb_country or titled.country,
        titled.sector or kb_sector,
        titled.role or kb_role,
        entry.actor_id,
    )


# Brackets an editor puts inside a name ("President [Donald] Trump").
_NAME_BRACKETS = re.compile(r"[\[\]]")


def clean_name(text: str) -> str:
    return " ".join(_NAME_BRACKETS.sub("", text).split())


def _person_span(ent: SpacySpan) -> SpacySpan:
    """The name in a PERSON entity: no possessive, and a hyphenated tail the NER cut off
    put back ("Moon Jae" + "-in")."""
    span = _strip_possessive(ent)
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
    ):
        end += 2
    return doc[span.start : end] if end != span.end else span


def _employer(state: _DocState, title_start: int) -> Organisation | None:
    """The organisation in "CGTN's Michael Voss": named just before the title, with a possessive."""
    i = title_start
    while i > 0 and state.doc[i - 1].text.translate(_APOSTROPHES) == "'s":
        i -= 1
    if i == title_start and (title_start == 0 or state.doc[title_start].text.translate(_APOSTROPHES) != "'s"):
        return None
    return state.organisations.get(i - 1)


def _overlap(a: SpacySpan, b: SpacySpan) -> bool:
    return a.start < b.end and b.start < a.end


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


def _may_be_place(ent: SpacySpan, name: SpacySpan) -> bool:
    """Whether an entity may name a place: a GPE or LOC, or another label (the small model
    tags towns NORP or ORG: "Samarra", "Khanty-Mansiysk") in a place's slot: "in X",
    "the town of X". Organisations named like towns ("Reading", "Congress") stay out."""
    if not len(name) or ent.label_ not in PLACE_LABELS:
        return False
    if ent.label_ in NAMED_PLACE_LABELS:
        return True
    root = name.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in LOCATIVE_PREPS or (prep.lower_ == "of" and prep.head.lower_ in SETTLEMENT_NOUNS)


def _place_name(ent: SpacySpan) -> SpacySpan:
    """The place name in an entity: no leading "the", no possessive, nothing from a bracket on."""
    span = _strip_possessive(ent)
    start = span.start + 1 if span[0].lower_ == "the" else span.start
    end = next((t.i for t in span if t.text in NAME_BREAKS), span.end)
    return span.doc[start:end] if start < end else span.doc[start:start]


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
