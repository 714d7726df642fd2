"""Steps 2 and 3 of actor resolution: people with the titles around them ("Cuban foreign
minister Bruno Rodriguez", "the DPRK's Foreign Minister, Ri Yong-ho"), known people the NER
missed, and later mentions by one part of the name ("Ri", "Lavrov").

A name never holds a common word: the NER's "Merkel Warns Putin" is "Merkel" and "Putin".
A person of the knowledge base holds the office on record only within its dates, read at
the article's date (`kb.role_at`); outside them the person keeps the title the article
gives, or is a former office holder (CAMEO: elites, ELI) after a term, or has no office
before one ("Trump" in 2016 is no president yet).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import fields, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from wirewatch.actors.crime_roles import add_crime_roles
from wirewatch.actors.given_names import GIVEN_NAME_CLASSES, forms_of_one_name, is_given_name
from wirewatch.actors.kb import actor_slug, held_before, role_at
from wirewatch.actors.lexicon import (
    BE_FORMS,
    CIVILIAN,
    FORMER_SECTOR,
    FORMER_WORDS,
    GENERIC_TITLES,
    ORGANISATION_OFFICES,
    ORGANISATION_STAFF,
    PARTY_SECTOR,
    PERSON_TITLES,
    RELATIVE_TITLES,
    STATE_ORGANS,
    TITLE_FILLERS,
    SectorLexicon,
    SectorTerm,
    coref_words,
)
from wirewatch.actors.mislabelled import person_tagged_org
from wirewatch.actors.names import (
    MIN_NAME_WORDS,
    clean_name,
    common_in_text,
    is_headline,
    line_at,
    name_pieces,
    person_span,
)
from wirewatch.actors.officers import fronted_as_roles, organisation_in_apposition
from wirewatch.actors.organisations import Organisation
from wirewatch.actors.places import named_settlement
from wirewatch.actors.state import (
    APOSTROPHES,
    PersonRecord,
    Places,
    Resolution,
    person_args,
    preps,
    sentence_countries,
    strip_possessive,
)
from wirewatch.actors.unlisted import head_sector, organisation_shaped, strip_leading_article
from wirewatch.doctools import SUBJECT_DEPS, doc_text, entities, sentence_of, title_indices
from wirewatch.events.codebook import noun_inflections
from wirewatch.events.words import role_words
from wirewatch.gazetteer.words import name_particles, name_words, place_words
from wirewatch.model import Inference, KnownActor, RoleSpan, name_key

# The sector of an organisation of states and of the people who work for it.
IGO_SECTOR = "IGO"
# The kind of a plural title (`data/sectors.tsv`: "reporters", "senators").
GROUP_KIND = "group"
# Longest full name looked up in the knowledge base when the NER missed it ("Luiz Inacio Lula da Silva"
# is 5 tokens; hyphens count as tokens: "Moon Jae - in").
KB_NAME_MAX_TOKENS = 6
# Judges, prosecutors and police act within their own jurisdiction: whom they act against ("a
# judge opened investigations against 28 Chilean officials") is of their own country, so the
# opposed side's nationality still tells theirs (issue 11).
LAW_SECTORS = frozenset({"JUD", "COP"})
BUSINESS_SECTOR = "BUS"
# Entity labels the small model gives to people it does not recognise as such ("Lavrov" ORG,
# "Ri" GPE): taken as people when the knowledge base knows the name.
MISLABELLED_PERSON = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"})
# Words before a title that say the office is no longer held: CAMEO codes such people as
# elites (ELI), not as the government.
# Title words are read leftwards from a name at most this far ("former U.S. Secretary of State").
MAX_TITLE_TOKENS = 8
# What a person's verb says about others: a country named there is not the person's own
# ("Zhao Lijian criticised Washington", "Zhao said the United States was wrong").
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "ccomp", "xcomp", "oprd", "advcl"})
PARTICIPANT_DEPS = frozenset({"dobj", "dative", "attr", "nsubj", "nsubjpass", "conj", "appos"})


class PeopleStep:
    """Adds the person mentions of a Doc."""

    def __init__(self, sectors: SectorLexicon, vocabulary: frozenset[str] = frozenset()) -> None:
        self.sectors = sectors
        self.vocabulary = vocabulary  # the language model's words (`names.common_in_text`)

    def __call__(self, state: Resolution) -> None:
        self._people(state)
        self._known_names(state)
        self._name_parts(state)
        _bare_surnames_named_later(state)
        add_crime_roles(state)
        _described_throughout(state)

    # people from the NER ------------------------------------------------------
    def _people(self, state: Resolution) -> None:
        places = state.places
        for ent in entities(state.doc):
            if not state.free(ent.start, ent.end) or not self._is_person(state, ent):
                continue
            for piece in name_pieces(person_span(ent)):
                piece = self._without_headline_words(state, piece)
                if state.free(piece.start, piece.end) and not self._office_words(piece):
                    self._person_at(state, ent, piece, places)

    def _without_headline_words(self, state: Resolution, piece: SpacySpan) -> SpacySpan:
        """A name of a headline without the headline's own words the NER ran into it (issue 11):
        words after it that are common words (`names.common_in_text`) or that the body never
        writes after the name ("Jane Roe Funds $5 Million Drive" where the body names "Jane
        Roe"), and a word before the surname of a person the knowledge base knows that is no
        given name and that the body never writes with the name ("Weary Merkel and Macron;" is
        Angela Merkel). A name of the body keeps its words."""
        text = doc_text(state.doc)
        if len(piece) < 2 or not is_headline(line_at(text, piece[0].idx)):
            return piece
        doc, start, end = state.doc, piece.start, piece.end
        while end - start > 1 and _common_word(state, doc[end - 1], self.vocabulary):
            end -= 1
        if end - start > MIN_NAME_WORDS and not _in_body(text, doc[start:end].text):
            end = next((e for e in range(end - 1, start + 1, -1) if _in_body(text, doc[start:e].text)), end)
        if end - start == 2 and _headline_word_before_surname(state, doc[start:end]):
            start += 1
        return doc[start:end]

    def _person_at(self, state: Resolution, ent: SpacySpan, piece: SpacySpan, places: Places) -> None:
        name_span = self._without_title(state, piece)
        title_start = self._title_start(name_span, places)
        if not self._names_an_office(state, title_start, name_span):
            # "told police LaCalamita ...", "the office of Paul Riva": words the parse hung on the
            # name, no actor of their own here
            state.claimed.update(range(title_start, name_span.start))
            title_start = name_span.start
        description = _appositive_tokens(name_span) + _naming_noun(name_span)
        context = (
            _past_word(state, title_start) + list(state.doc[title_start : name_span.start]) + description
        )
        context += [t for p in preps(name_span.root, ("of",)) for t in p.subtree]  # "King Hassan of Morocco"
        person = _kin_named_before(state, name_span) or self._person(
            state,
            clean_name(name_span.text) + _pair_surname(state, name_span),
            context,
            self._given_name_before(state, name_span),
            described=self._new_person("", description, places).sector is not None,
        )
        self._share_plural_title(state, name_span, person, title_start)
        employer = _employer(state, title_start)
        office = _office_of_organisation(state, name_span) if employer is None else None
        if office is not None and person.sector is None:
            employer, person.role = office
        if employer is not None and person.sector is None:
            person.sector, person.country = employer.sector, person.country or employer.country
        elif employer is None:
            self._apposed_organisation(state, name_span, person)
            _of_organisation(state, name_span, person)
            unlisted = _office_of_an_unlisted_organisation(state, person, title_start, name_span)
            if unlisted is not None:
                # "Microsoft president Brad Smith" presides over no state; "a spokesman for the
                # Hope Foundation" speaks for a body its head word may say the sector of
                person.sector = head_sector(unlisted)
        if person.country is None:
            person.country = _organisation_country_in_title(state, title_start, name_span.start) or (
                _principal_country(state, _title_nouns(name_span, title_start))
            )
        if (
            person.country is None
            and not _works_for_organisation(state, title_start)
            and not self._described_as_a_company(name_span)
        ):
            person.country = _home_country(ent, places, person.sector not in LAW_SECTORS)
        if person.sector is None and person.country in state.places.organisations():
            person = replace(person, sector=IGO_SECTOR)  # "the UN refugee agency's John Ging"
        if _former(person, [*state.doc[title_start : name_span.start], *_appositive_tokens(name_span)]):
            person.sector = FORMER_SECTOR
        while title_start < name_span.start and state.doc[title_start].text.translate(APOSTROPHES) == "'s":
            title_start += 1
        completed = _completed_by_headline(state, clean_name(name_span.text), person)
        self._register(state, person, surname_only=completed)
        state.add(title_start, name_span.end, person_args(person, "person-part" if completed else "person"))

    def _described_as_a_company(self, name: SpacySpan) -> bool:
        """ "Pfizer, one of the world's top drug companies, lobbied on medicines in Turkey and
        India": a name the NER took for a person that its apposition calls a company is a firm,
        and the places its sentence names are where it does business, not whose it is (issue 11,
        stop 38: Pfizer coded Turkish)."""
        for child in name.root.children:
            if child.dep_ != "appos" or child.i < name.end:
                continue
            head = child
            if head.lower_ == "one":  # "one of the world's top companies"
                head = next(iter(preps(head, ("of",))), head)
            term = self.sectors.get(head.lower_)
            # a body's word ("companies", "corporation"), not a business person's ("bankers")
            body = any(head.lower_ in noun_inflections(w) for w in _body_words())
            if term is not None and term.kind == "group" and term.sector == BUSINESS_SECTOR and body:
                return True
        return False

    def _share_plural_title(
        self, state: Resolution, name: SpacySpan, person: PersonRecord, title_start: int
    ) -> None:
        if person.sector is not None or person.known or title_start != name.start:
            return  # a title or a record of their own
        shared = self._plural_title_of_first(state, name)
        if shared is not None:
            person.sector = shared
            state.described.add(name_key(person.name))

    def _plural_title_of_first(self, state: Resolution, name: SpacySpan) -> str | None:
        """The sector of a plural title that stands before the first of coordinated names and so
        is the title of each ("reporters Dana Kell and Omar Fisk", "Senators Ann Lowe and Tom
        Reyes"): the later names, with no title of their own, take it (issue 11: the second
        reporter had no sector)."""
        root = name.root
        if root.dep_ != "conj":
            return None
        first = root.head
        while first.dep_ == "conj" and first.head.ent_type_ == "PERSON":
            first = first.head
        owner = next((m for m in state.mentions if m.kind == "person" and m.start <= first.idx < m.end), None)
        if owner is None or not owner.name or not owner.text.endswith(owner.name.split()[-1]):
            return None
        # the title may stand in apposition before the names ("two Oregon developers, Piet
        # Haldane and Mira Costa"): its comma is no part of its words
        title = owner.text[: owner.text.find(owner.name.split()[0])].replace(",", " ").split()
        term = self.sectors.longest([w for w in title if any(c.isalpha() for c in w)])
        return term.sector if term is not None and term.kind == GROUP_KIND else None

    def _apposed_organisation(self, state: Resolution, name: SpacySpan, person: PersonRecord) -> None:
        """A person described in apposition as an officer of a named organisation ("Dmitry
        Kiselyov, the head of RT", "X, a spokeswoman for Hamas") is of its country and sector,
        as "X, a spokeswoman for the Russian Foreign Ministry" is of the ministry's
        (`officers.organisation_in_apposition`). An officer of a body the organisation owns
        ("the head of RT's parent organization") takes its country, and its sector when the
        description named none."""
        found = organisation_in_apposition(state, name, self.sectors) if not person.known else None
        if found is None:
            return  # a known person keeps the office on record
        organisation, title, own = found
        person.country = person.country or organisation.country
        if own:
            person.sector = organisation.sector
            person.role = person.role or title.lower_
        elif person.sector is None:
            person.sector = organisation.sector  # "the chief of the Kremlin press office"

    def _without_title(self, state: Resolution, name: SpacySpan) -> SpacySpan:
        """The NER often takes a title into the name ("Archbishop Desmond Tutu"): leave it to
        the title run, so that the name alone is looked up ("King Hussein" is a known name)."""
        if state.kb.by_name(clean_name(name.text)) is not None:
            return name
        start, i = name.start, name.start
        # a place before the title goes with it ("the Peruvian Corporal Juan Quispe", tagged ORG)
        while i < name.end - 1 and (name.doc[i].lower_ in self.sectors.words or _place_or_article(state, i)):
            i += 1
            if name.doc[i - 1].lower_ in self.sectors.words:
                start = i
        return name.doc[start : name.end] if start != name.start else name

    def _office_words(self, piece: SpacySpan) -> bool:
        """A piece of a PERSON entity that is a title ("Sgt" of "Bloomington Police Sgt.") or
        the place or body of an office before it ("Bloomington"): no one's name."""
        words = [t.lower_ for t in piece if t.is_alpha]
        if words and all(w in self.sectors.words for w in words):
            return True
        return len(piece) == 1 and _before_an_office(piece[0], self.sectors)

    def _is_person(self, state: Resolution, ent: SpacySpan) -> bool:
        places = state.places
        name_span = strip_possessive(ent)
        bare = strip_leading_article(name_span)
        if bare.start in places and places[bare.start][0].end >= bare.end:
            return False  # a country's or chamber's name taken for a person ("Jordan", "The Lok Sabha")
        if named_settlement(name_span):
            return False  # "the town of Khan Younis": a place, not a person
        if _demonym_and_word(state, name_span):
            return False  # "Bosnian Serbs", "Turkish Kurd": a people, not a person
        if len(name_span) == 1 and self.sectors.get(name_span.text) is not None:
            return False  # "Kurd" in "Turkish Kurd refugees": a people, not a person
        if len(name_span) == 1 and _common_word(state, name_span[0], self.vocabulary):
            return False  # "Arson is suspected in the fire": a common word, no name
        if _firm_named_after(name_span):
            return False  # "a Sam's Club store": a firm's name, no person
        if ent.label_ == "PERSON":
            # "the Tigray People's Liberation Front" tagged PERSON: an organisation (unlisted.py)
            return not organisation_shaped(strip_leading_article(name_span))
        if ent.label_ == "ORG" and person_tagged_org(name_span, self.sectors, places):
            return True  # "the moderator of the debate, Lester Holt" tagged ORG
        if ent.label_ not in MISLABELLED_PERSON:
            return False
        text = clean_name(name_span.text)
        return state.kb.by_name(text) is not None or (
            len(name_span) == 1 and state.kb.by_surname(text) is not None
        )

    def _given_name_before(self, state: Resolution, name_span: SpacySpan) -> bool:
        """A capitalised word right before a one-word name that the NER left out, and that is no
        title, sector word or place: a given name ("to visit Piara Singh" tagged "Singh"), so the
        name is no surname alone of a known office holder."""
        if len(name_span) != 1 or name_span.start == 0:
            return False
        before = state.doc[name_span.start - 1]
        if not (before.is_alpha and before.is_title) or before.is_sent_start:
            return False
        if before.dep_ != "compound" or before.head.i != name_span.start:
            return False  # "On Monday Putin met": no part of the name
        # "Piara Singh" tagged as one GPE, or as two: the same label as the name's
        same_entity = before.ent_type_ == name_span[0].ent_type_
        if before.ent_type_ not in ("", "PERSON") and not same_entity:
            return False
        if before.lower_ in name_words("honorific"):
            return False  # a courtesy title, no given name: "Mr Putin" is still Putin
        return (
            self.sectors.get(before.text) is None
            and before.lower_ not in self.sectors.words
            and (before.i not in state.places.covered)
        )

    def _person(
        self,
        state: Resolution,
        name: str,
        context: list[Token],
        given_before: bool = False,
        described: bool = False,
    ) -> PersonRecord:
        """The person a name means: seen earlier in this article, known to the KB, or new.

        `described`: the context holds a description of the person after the name or before
        "named" ("Steinberg, a partner in the firm", "a freshman named Carla Mendes"), which
        tells their sector from here on, as a title at their first mention in the body does."""
        title_words = self.sectors.words | ORGANISATION_OFFICES | ORGANISATION_STAFF  # "Chair White"
        known = _known_person(state, name, title_words) or _named_in_full(state, name)
        if known is not None and _bare_surname_unknown(known, name):
            entry = state.kb.by_name(name)
            if entry is not None:
                # "Clinton emails" in a headline, then "Hillary Clinton": the full name the knowledge
                # base knows names the one the bare surname meant (from here on)
                full = merge_known(entry, self._new_person(name, context, state.places), state.date)
                for field in fields(PersonRecord):
                    setattr(known, field.name, getattr(full, field.name))
                return known
        if known is not None:
            if known.country is None:
                known.country = state.places.country_in(context)
            if known.sector is None and self._party_label(context):
                known.sector = PARTY_SECTOR  # "Trump ... Republican Donald Trump": a party politician
            if known.sector is None and not known.known:
                # "Richard Nixon ... President Nixon resigned": a title given later tells the
                # office at that mention (one of a person's office, not "police LaCalamita");
                # the person named without it keeps no office ("Secretary Clinton" in 2016)
                titled = self._new_person(name, context, state.places)
                lasting = _telling(titled.sector) and not any(t.lower_ in OUT_OF_OFFICE for t in context)
                if lasting and (described or _only_in_title_line(state, known)):
                    known.sector, known.role = titled.sector, titled.role
                    state.described.add(name_key(known.name))
                elif titled.role is not None:
                    return replace(known, sector=titled.sector, role=titled.role)
            return known
        return self._first_met(state, name, context, given_before, described)

    def _first_met(
        self, state: Resolution, name: str, context: list[Token], given_before: bool, described: bool
    ) -> PersonRecord:
        """A person the article has not named before: for a bare surname the full name the title
        gives ("Bush" in the body, "Reggie Bush" in the title: the title's man, not a known one
        of that surname), else the one the knowledge base knows by that name, else someone new."""
        full = _headline_name(state, name) if not given_before else None
        if full is not None:
            return self._person(state, full, context, described=described)
        titled = self._new_person(name, context, state.places)
        entry = state.kb.by_name(name)
        if entry is None and " " not in name and not given_before:
            entry = state.kb.by_surname(name)
            entry = entry if entry is not None and _surname_means(entry, titled, state.date) else None
        if entry is None:
            return titled
        return merge_known(entry, titled, state.date)

    def _new_person(self, name: str, title: list[Token], places: Places) -> PersonRecord:
        # words of a place or an organisation's name are no title ("refugee" of "the head of the
        # UN Palestinian refugee agency, John Ging"): the name says whose the title is
        words = [t.text for t in title if any(c.isalpha() for c in t.text) and t.i not in places.covered]
        # a party label is the person's only when it stands right before the name ("Republican
        # Donald Trump"), not inside an office's title ("Senate Republican leader")
        words = [w for k, w in enumerate(words) if k == len(words) - 1 or not self._is_party_label(w)]
        term = self.sectors.longest(words)
        if term is not None and term.term in GENERIC_TITLES and len(words) > 1:
            inner = self.sectors.longest(words[:-1])
            term = SectorTerm(term.term, inner.sector, term.kind) if inner is not None else term
        role = term.term if term and term.kind in PERSON_TITLES and term.term not in RELATIVE_TITLES else None
        role = None if term is not None and self._is_party_label(term.term) else role  # a party is no office
        return PersonRecord(
            name=name,
            country=places.country_in(title),
            sector=term.sector if term else None,
            role=role,
            actor_id=actor_slug(name),
        )

    def _names_an_office(self, state: Resolution, title_start: int, name: SpacySpan) -> bool:
        """Whether the run of words before a name can be the person's title. Lower-case words
        of a body with no title among them name what the name is only after an article ("the
        opposition newspaper La Prensa"); bare ("told police LaCalamita loaded a shell") or
        ending in "of" ("the office of Paul Riva": his office) they are another phrase of the
        sentence."""
        run = state.doc[title_start : name.start]
        if not len(run) or any(t.i in state.places.covered or t.is_title for t in run):
            return True  # a place's or body's person, or a capitalised title ("Chief Steele")
        term = self.sectors.longest([t.text for t in run if any(c.isalpha() for c in t.text)])
        if term is not None and term.kind in PERSON_TITLES:
            return True
        determiner = state.doc[title_start - 1].lower_ if title_start else ""
        # after an organisation's name a body's word is its staff: "Washington Post reporters X"
        employer = (
            title_start > 0 and state.organisations.get(title_start - 1) is not None and run[-1].text != ","
        )
        return run[-1].lower_ != "of" and (determiner in ARTICLES or employer)

    def _is_party_label(self, word: str) -> bool:
        term = self.sectors.get(word.lower())
        return term is not None and term.kind == "title" and term.sector == PARTY_SECTOR

    def _party_label(self, context: list[Token]) -> bool:
        """Whether the words before a name end in a party label ("Republican Donald Trump")."""
        words = [t for t in context if any(c.isalpha() for c in t.text)]
        return bool(words) and self._is_party_label(words[-1].text)

    def _title_start(self, name: SpacySpan, places: Places) -> int:
        """Leftmost token of the title run before a name ("the DPRK's Foreign Minister, ")."""
        doc, start = name.doc, name.start
        i = start
        while i > 0 and start - i < MAX_TITLE_TOKENS:
            prev = doc[i - 1]
            low = prev.text.lower().translate(APOSTROPHES)
            before = doc[i - 2].lower_ if i >= 2 else ""
            if prev.text == "." and i >= 2 and _abbreviated(doc[i - 2], self.sectors):
                i -= 1  # "police Sgt. Barry Whiteside": the tokenizer split the rank from its period
            elif prev.text == "," and before in self.sectors.words:
                if not _in_apposition(doc[i - 2], name):
                    break  # "According to police, Anthony LaSalle hit": a fronted phrase ends there
                i -= 1  # "Foreign Minister, Ri Yong-ho"
            elif low == "of":
                if before not in self.sectors.words:
                    break
                i -= 1  # "Secretary of State", not "regime of"
            elif (
                low in self.sectors.words
                or low in TITLE_FILLERS
                or low in ("'s", "-")
                or prev.i in places.covered
            ):
                i -= 1
            else:
                break
        while i < start and doc[i].text in (",", "the", "The"):
            i += 1
        return i

    @staticmethod
    def _register(state: Resolution, person: PersonRecord, surname_only: bool = False) -> None:
        """Keep the person by name and by each part that may name them alone. A name the title
        completed (`surname_only`) is known in the body by its surname only: its given name alone
        ("Jermayne") is still that of whoever the body names with it."""
        key = name_key(person.name)
        state.persons.setdefault(key, person)
        parts = distinctive_parts(key)
        for part in parts[-1:] if surname_only else parts:
            owner = state.name_parts.get(part, key)
            if owner is not None and owner != key and _relatives(key, owner):
                continue  # the surname alone stays with the one named first ("Gomes" of Gary Gomes)
            state.name_parts[part] = key if owner == key else None  # shared part: ambiguous

    # known names the NER missed ---------------------------------------------
    def _known_names(self, state: Resolution) -> None:
        """Known people the NER missed: a full name of the knowledge base, or the surname of a
        curated person as the subject of a clause ("Merkel urged ...")."""
        doc = state.doc
        for i in title_indices(doc):
            token = doc[i]
            if token.i in state.claimed or token.i in state.places.covered:
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
                if _headline_name(state, token.text) is not None:
                    continue  # the title's full name, not a known one (`_name_parts`)
                entry = state.kb.by_surname(token.text)
                if entry is not None and entry.origin != "learned" and token.dep_ in SUBJECT_DEPS:
                    self._add_known(state, entry, doc[token.i : token.i + 1])

    def _add_known(self, state: Resolution, entry: KnownActor, span: SpacySpan) -> None:
        person = merge_known(entry, None, state.date)
        self._register(state, person)
        state.add(span.start, span.end, person_args(person, "person"))

    # later mentions by part of the name ---------------------------------------
    def _name_parts(self, state: Resolution) -> None:
        doc = state.doc
        for i in title_indices(doc):
            token = doc[i]
            if token.i in state.claimed or token.is_stop or _names_a_body(token):
                continue
            owner = state.name_parts.get(name_key(token.text))
            person = state.persons[owner] if owner else self._headline_person(state, token)
            person = person or self._kb_surname(state, token)
            if person is None:
                continue
            if person.sector is None and not person.known:
                self._describe(state, person, doc[token.i : token.i + 1])
            state.add(token.i, token.i + 1, person_args(person, "person-part"))

    def _describe(self, state: Resolution, person: PersonRecord, name: SpacySpan) -> None:
        """A surname's apposition ("Marsh, a partner in the firm") tells the person's sector; not
        a surname inside a longer name ("her official biography Bettie Page")."""
        before = state.doc[name.start - 1] if name.start else None
        if before is not None and before.is_title and not before.is_sent_start:
            return
        described = self._new_person(person.name, _appositive_tokens(name) + _naming_noun(name), state.places)
        if _telling(described.sector):
            person.sector, person.role = described.sector, described.role
            state.described.add(name_key(person.name))

    def _headline_person(self, state: Resolution, token: Token) -> PersonRecord | None:
        """The person of the title's full name that a surname alone of the body completes
        ("Bush" after a title's "Reggie Bush"), whatever label the NER gave it or none."""
        if _headline_name(state, token.text) is None or token.ent_iob_ == "I":
            return None
        if token.i > 0 and state.doc[token.i - 1].is_title and not state.doc[token.i - 1].is_sent_start:
            return None  # inside a longer name: "Laura Bush" is someone else
        person = self._person(state, token.text, [])
        self._register(state, person, surname_only=_completed_by_headline(state, token.text, person))
        return person

    def _kb_surname(self, state: Resolution, token: Token) -> PersonRecord | None:
        """A person of the knowledge base named by surname alone in an entity ("Lavrov" as ORG).
        Inside a longer entity whose other words no full name of the base matched ("Piara Singh"
        as one GPE), the surname is someone else's: no Manmohan Singh."""
        if not token.ent_type_ or token.ent_iob_ == "I":
            return None
        entry = state.kb.by_surname(token.text)
        if entry is None:
            return None
        person = merge_known(entry, None, state.date)
        self._register(state, person)
        return person


# A surname alone means a curated office holder this many years either side of a term: the
# campaign before it ("Trump" in 2016) and the first years after it; "Bush" in a 2016 story is
# not the president of 2001-2009 (issue 11: a television host of that name was).
SURNAME_YEARS_AROUND_TERM = 2


def _surname_means(entry: KnownActor, titled: PersonRecord, date: dt.date | None) -> bool:
    """A surname alone means a curated office holder when a title goes with it ("President
    Bush"), or the article is undated, or dated near one of the holder's terms (see
    SURNAME_YEARS_AROUND_TERM). Learned and analysts' people keep being known by surname."""
    if entry.origin != "curated" or not entry.roles or titled.role is not None or titled.sector is not None:
        return True
    return date is None or any(_near_term(span, date) for span in entry.roles)


def _near_term(span: RoleSpan, date: dt.date) -> bool:
    margin = dt.timedelta(days=365 * SURNAME_YEARS_AROUND_TERM)
    first = dt.date.fromisoformat(span.first_seen) if span.first_seen else dt.date.min + margin
    last = dt.date.fromisoformat(span.last_seen) if span.last_seen else dt.date.max - margin
    return first - margin <= date <= last + margin


def merge_known(entry: KnownActor, titled: PersonRecord | None, date: dt.date | None) -> PersonRecord:
    """A known actor as met in this article, on `date`. An analyst's record wins over the text;
    a role on record applies only within its dates."""
    if entry.roles and date is not None:
        span = role_at(entry, date)
        if span is None:
            return _out_of_office(entry, titled, date)
    else:
        span = role_at(entry, date)
    kb_country = span.country if span else entry.country
    kb_sector = span.sector if span else entry.sector
    kb_role = span.role if span else entry.role
    if titled is None or entry.origin == "analyst":
        return PersonRecord(entry.name, kb_country, kb_sector, kb_role, entry.actor_id, known=True)
    # A known person keeps the country on record (words near a name often name another
    # country: "President Trump, North Korea..."); a title in the article may update the office.
    # The title of the office on record is that office, with its sector on record: "Chief
    # Executive Carrie Lam" is Hong Kong's head of government, not a company's.
    title = (titled.role or "").lower()
    on_record = span is not None and bool(title) and (kb_role or "").lower().endswith(title)
    if kb_sector is not None and titled.sector == PARTY_SECTOR and titled.role is None:
        # a party label (no role: no office) leaves the office on record: "Democrat Barack Obama" in
        # office is the president; a party's office ("the party's leader Mahmoud Abbas") stands
        titled = replace(titled, sector=None)
    return PersonRecord(
        entry.name,
        kb_country or titled.country,
        kb_sector if on_record else titled.sector or kb_sector,
        titled.role or kb_role,
        entry.actor_id,
        known=titled.sector is None,  # a title may still say the office is over (`_former`)
    )


def _out_of_office(entry: KnownActor, titled: PersonRecord | None, date: dt.date) -> PersonRecord:
    """A known person on a date outside every role on record: the title the article gives,
    else a former office holder (ELI) after a term, else no office (a candidate before one)."""
    country = entry.country or (titled.country if titled else None)
    if titled is not None and titled.sector is not None:
        return PersonRecord(entry.name, country, titled.sector, titled.role, entry.actor_id)
    left = held_before(entry, date)
    if left is not None:
        return PersonRecord(
            entry.name, left.country or country, FORMER_SECTOR, None, entry.actor_id, known=True
        )
    return PersonRecord(entry.name, country, None, None, entry.actor_id, known=True)


def _former(person: PersonRecord, title: Sequence[Token]) -> bool:
    """ "Ousted President X", "former Prime Minister Y", "Y, a former governor of Florida": no
    longer the government (CAMEO: ELI).
    An office the knowledge base holds at the article's date stands: "former" then speaks of
    another office."""
    return not person.known and person.sector == "GOV" and any(t.lower_ in FORMER_WORDS for t in title)


# Name words (`data/name_words.tsv`) that end the name of a body, never a person's.
BODY_WORD_KINDS = ("organisation", "institution")


@functools.cache
def _body_words() -> frozenset[str]:
    return frozenset().union(*(name_words(kind) for kind in BODY_WORD_KINDS))


def _names_a_body(token: Token) -> bool:
    """A person's surname in the name of a body named after them ("the Clinton Foundation",
    "Trump University"): the body, not the person, whether the NER read it whole or not."""
    body_words = _body_words()
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.is_title and after.lower_ in body_words:
        return True
    if token.ent_type_ != "ORG" or token.ent_iob_ == "O":
        return False
    entity = next((e for e in entities(token.doc) if e.start <= token.i < e.end), None)
    return entity is not None and entity[-1].i != token.i and entity[-1].lower_ in body_words


def _headline_word_before_surname(state: Resolution, name: SpacySpan) -> bool:
    """A word of a headline before a surname the knowledge base knows ("Weary Merkel"): no given
    name of our tables nor of the known person, no name the knowledge base knows whole, and the
    two never written together outside a headline."""
    first, surname = name[0], name[1]
    known = state.kb.by_surname(surname.text)
    if known is None or is_given_name(first.lower_) or state.kb.by_name(name.text) is not None:
        return False
    return first.lower_ not in name_key(known.name).split() and not _in_body(doc_text(state.doc), name.text)


def _in_body(text: str, words: str) -> bool:
    """Does `text` write `words` (whole words) on a line that is no headline?"""
    return any(
        not is_headline(line_at(text, match.start()))
        for match in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)
    )


def _common_word(state: Resolution, token: Token, vocabulary: frozenset[str]) -> bool:
    """A common word of the text (`names.common_in_text`) that names no one the knowledge base
    knows ("Rice" at a sentence's start is still Condoleezza Rice)."""
    if state.kb.by_name(token.text) is not None or state.kb.by_surname(token.text) is not None:
        return False
    return common_in_text(token, vocabulary)


def _known_person(state: Resolution, name: str, title_words: frozenset[str]) -> PersonRecord | None:
    key = name_key(name)
    if key in state.persons:
        return state.persons[key]
    parts = distinctive_parts(key)
    owners = {state.name_parts.get(p) for p in parts if p in state.name_parts}
    owners.discard(None)
    if len(owners) > 1:
        # a given name met alone ("Fred's generation") owns no one's surname: "Fred LaRue" is
        # still the "Frederick C. LaRue" whose surname it shares
        owners = {o for o in owners if o is not None and _same_surname(parts, o)}
    if len(owners) == 1:
        owner = owners.pop()
        if owner is None or _relatives(key, owner, title_words) or not _same_surname(parts, owner):
            return None
        if _known_in_full_elsewhere(state, key, state.persons[owner]):
            return None
        if _another_given_name(parts, state.persons[owner]):
            return None
        return state.persons[owner]
    return None


def _pair_surname(state: Resolution, name: SpacySpan) -> str:
    """The surname a given name alone shares with the full name it is coordinated with: "Kristian
    and Andrew Lopez" are Kristian Lopez and Andrew Lopez, two people, so that a later "Kristian
    Lopez" is the first of them, not Andrew (issue 11: the pair read as one). Only a word that no
    one named before bears, that the knowledge base knows as no one's surname, and that is
    coordinated with a name whose first word is a given name: "Putin and Xi Jinping" stay apart.
    Returns " Lopez", or "" when the name takes no surname."""
    if len(name) != 1:
        return ""
    word = name[0]
    key = name_key(clean_name(word.text))
    if key in state.name_parts or state.kb.by_surname(word.text) is not None:
        return ""
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in word.children):
        return ""
    for other in (c for c in word.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"):
        parts = [t for t in other.subtree if t.ent_type_ == "PERSON" and t.i <= other.i]
        if len(parts) >= 2 and parts[-1].i == other.i and is_given_name(parts[0].lower_):
            return f" {other.text}"
    return ""


def _kin_named_before(state: Resolution, name: SpacySpan) -> PersonRecord | None:
    """A surname alone that two people of the article bear (kin: "Bill Clinton", "Hillary
    Clinton") is the one of them named in full earlier in its own sentence, not the one named first
    in the article: "Paula Jones, who accused then-Gov. Bill Clinton of harassment, and Juanita
    Broaddrick, who said Clinton had assaulted her" is Bill."""
    key = name_key(clean_name(name.text))
    if " " in key or len(name) != 1:
        return None
    bearers = {k for k in state.persons if " " in k and k.split()[-1] == key}
    if len(bearers) < 2:
        return None
    titled = _of_the_honorific_gender(name, bearers)
    if titled is not None:
        return state.persons[titled]
    begins = sentence_of(name.doc, name.start).start_char
    found = [
        name_key(m.name)
        for m in state.mentions
        if m.kind == "person" and m.name and begins <= m.start and m.end <= name.start_char
    ]
    found = [k for k in found if k in bearers]
    return state.persons[found[-1]] if found else None


def _of_the_honorific_gender(name: SpacySpan, bearers: set[str]) -> str | None:
    """The one bearer of a shared surname whose given name (`data/coref_words.tsv`) is of the gender
    of the courtesy title just before it: "Mr. Clinton" is Bill Clinton and "Mrs. Clinton" Hillary
    Clinton, whichever of them the story is about (issue 11: "Mr. Clinton" went to Hillary)."""
    if name.start == 0:
        return None
    words = coref_words()
    before = name.doc[name.start - 1].lower_.rstrip(".")
    if before not in name_words("honorific") or words.get(before) not in GIVEN_NAME_CLASSES:
        return None
    agreeing = [k for k in bearers if words.get(k.split()[0]) == words[before]]
    return agreeing[0] if len(agreeing) == 1 else None


def _known_in_full_elsewhere(state: Resolution, key: str, person: PersonRecord) -> bool:
    """A full name the knowledge base knows is that known person, not an unknown one of several
    words met before that shares a part of it: a headline's "Putin Angrily Singles" (the NER's
    PERSON over a verb and an adverb) is not "Russian President Vladimir Putin". (A bare surname
    met first is the full name's, `_bare_surname_unknown`.)"""
    if person.known or " " not in key or " " not in name_key(person.name):
        return False
    return state.kb.by_name(key) is not None


def _bare_surname_unknown(person: PersonRecord, name: str) -> bool:
    """A person first met as a surname alone that the knowledge base could not place (a headline's
    "Clinton", shared by several people on record), now named in full."""
    return not person.known and " " not in name_key(person.name) and " " in name_key(name)


def _headline_name(state: Resolution, name: str) -> str | None:
    """The full name the article's title gives a surname met alone in the body (`headline.py`)."""
    key = name_key(name)
    return state.headline_names.get(key) if key and " " not in key else None


def _completed_by_headline(state: Resolution, name: str, person: PersonRecord) -> bool:
    """Whether a body's bare surname took its full name from the title alone: a part of a name
    (rule "person-part"), from which the knowledge base learns no one (`names.learnable`)."""
    full = _headline_name(state, name)
    return full is not None and name_key(person.name) == name_key(full) and full not in doc_text(state.doc)


def _named_in_full(state: Resolution, name: str) -> PersonRecord | None:
    """A surname alone that the article gave one person in full, someone the knowledge base does
    not know ("Reggie Bush ... Bush met with"), is that person, even where a headline's bare
    surname was read as a known office holder's."""
    key = name_key(name)
    if " " in key:
        return None
    found = [p for k, p in state.persons.items() if not p.known and k.split()[-1:] == [key] and " " in k]
    return found[0] if len(found) == 1 else None


def _another_given_name(parts: list[str], person: PersonRecord) -> bool:
    """A full name whose first word is none of a known office holder's names is someone else:
    "Reggie Bush" after a headline's "Bush" read as George W. Bush (the knowledge base lists a
    person's full names and aliases, so "Hillary Rodham Clinton" was found there by name)."""
    if not person.known or len(parts) < 2:
        return False
    return parts[0] not in distinctive_parts(name_key(person.name))


def _same_surname(parts: list[str], other: str) -> bool:
    """Whether a full name's last part is one of the other name's parts: a given name shared
    says nothing ("Richard Kleindienst" is not "Richard Nixon", "Tim Scott" not "Tim Kaine").
    A part joined to a particle or cut at a hyphen is the same part ("Omar Bashir" and "Omar
    al-Bashir", "Moon Jae" and "Moon Jae-in"). One word alone is looked up as a surname elsewhere."""
    if len(parts) < 2:
        return True
    surname = parts[-1]
    theirs = distinctive_parts(other)
    return any(surname == p or surname in p.split("-") for p in theirs)


def _relatives(key: str, other: str, title_words: frozenset[str] | None = None) -> bool:
    """Two full names with one surname and two given names are two people, kin more often than
    not: "Catherine Gomes" is not "Gary Gomes", "Sean Smith" not "Pat Smith", nor "Bill Clinton"
    "Hillary Clinton"; unless the two are forms of one name ("Fred LaRue", "Frederick LaRue").
    Given names are those of `actors.given_names` (a title the model took in, "Chair White", is
    none); a name whose words all lie in the other is the same person ("Suu Kyi"). Whether a full
    name met later (`key`) is someone named before (`other`; `_known_person`, given
    `title_words`: the words of `data/sectors.tsv` and an organisation's offices), the one named
    before may bear a first word no table has that is no title or honorific either: "Dale Ford"
    is not "John M. Ford" after him. A word no table has, glued onto a surname already known, is
    more often one the NER took in ("Enter Beus" after "Kyle Beus"): the later name's first word
    must be on record. Who keeps a surname alone (`PeopleStep._register`) asks the tables only: a
    headline's "Bush" read as the president does not keep "Bush" from the body's "Reggie Bush"."""
    mine, theirs = distinctive_parts(key), distinctive_parts(other)
    if len(mine) < 2 or len(theirs) < 2 or set(mine) <= set(theirs) or set(theirs) <= set(mine):
        return False
    earlier = is_given_name(theirs[0]) or (
        title_words is not None and _unlisted_given_name(theirs[0], title_words)
    )
    return (
        mine[-1] == theirs[-1]
        and is_given_name(mine[0])
        and earlier
        and not forms_of_one_name(mine[0], theirs[0])
    )


def _unlisted_given_name(word: str, title_words: frozenset[str]) -> bool:
    """A first word of a full name that no given-name table lists ("dale") and that is no title,
    honorific or common word a name could have taken in ("chair", "dr", "warns")."""
    return (
        word.isalpha()
        and len(word) > 1
        and word not in title_words
        and word not in name_words("honorific")
        and word not in name_words("common")
    )


def _firm_named_after(name: SpacySpan) -> bool:
    """A given name alone, in the possessive before a capitalised word that is no name of a person
    or place: a firm or shop named after someone ("Sam's Club", "Joe's Crab Shack"), not a
    person of the story (a driver's "him" went to a "Sam" of "a Sam's Club store")."""
    doc = name.doc
    if len(name) != 1 or coref_words().get(name[0].lower_) not in GIVEN_NAME_CLASSES:
        return False
    if name.end + 1 >= len(doc) or doc[name.end].text.translate(APOSTROPHES) != "'s":
        return False
    after = doc[name.end + 1]
    return after.is_title and after.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")


def distinctive_parts(key: str) -> list[str]:
    """The parts of a name key that can name the person alone: not a particle or suffix
    ("bin", "jr."), not an initial ("l.", which "L. Patrick Gray" and "Harold L. Child" share)."""
    out = []
    for part in key.split():
        bare = part.rstrip(".")
        if len(bare) >= 2 and bare not in name_particles():
            out.append(part)
    return out


def _home_country(ent: SpacySpan, places: Places, opposed_is_other: bool = True) -> str | None:
    """The one country the person's sentence names, leaving out the words of the name itself
    (a surname that is a demonym names no nationality), a country the person's verb acts or
    speaks on ("Zhao Lijian criticised Washington", "Zhao said the United States was wrong")
    and one that acts on the person ("India summoned Wheeler"); a country that only describes
    ("imposed a curfew in Sudan", "the Zambian people") still tells the person's, unless it is on
    the side the person acts against (`opposed_is_other`, for all but judges and police)."""
    sent = sentence_of(ent.doc, ent.start)
    named = {
        k: v
        for k, v in places.items()
        if sent.start <= k < sent.end
        and not ent.start <= k < ent.end
        and not _describes_another_person(v[0], ent)
    }
    if not named:
        return None
    complements = _complements(ent.root)
    opposed = _opposed_side(ent.root) if opposed_is_other else set()
    kept = Places(
        {
            k: v
            for k, v in named.items()
            if k not in opposed
            and (k not in complements or not (_participant(v[0]) or _describes_a_person(v[0])))
        }
    )
    codes = sentence_countries(sent, kept)
    return codes[0] if len(codes) == 1 else None


def _complements(root: Token) -> set[int]:
    """Tokens of what the person's verbs act on, or of who acts on the person."""
    complements: set[int] = set()
    if root.dep_ in SUBJECT_DEPS:
        for verb in _own_verbs(root.head):
            for child in verb.children:
                if child.dep_ in OBJECT_DEPS or child.dep_ in ("prep", "agent"):
                    complements.update(t.i for t in child.subtree)
    elif root.dep_ in ("dobj", "dative", "pobj", "appos"):
        # "India summoned Wheeler": the country that acts on the person is not the person's, nor
        # is one whose act reaches the person deeper in its object ("Sweden dropped its inquiry
        # into an allegation against Assange", issue 11).
        acting = _governing_verb(root)
        for child in acting.children if acting is not None else ():
            if child.dep_ in SUBJECT_DEPS:
                complements.update(t.i for t in child.subtree)
    return complements


# Links from a person's noun up through an object's phrase to the verb that acts on it.
OBJECT_PATH_DEPS = frozenset({"dobj", "dative", "pobj", "prep", "compound", "appos"})


def _governing_verb(word: Token) -> Token | None:
    """The verb whose object's phrase holds `word` ("dropped" for Assange in "dropped its inquiry
    into an allegation against Assange"): the first head with a subject up a path of objects and
    prepositions; None when a clause or a modifier lies between."""
    while word.dep_ in OBJECT_PATH_DEPS and word.head.i != word.i:
        word = word.head
        if any(c.dep_ in SUBJECT_DEPS for c in word.children):
            return word
    return None


def _opposed_side(root: Token) -> set[int]:
    """Tokens of the side the person's clause acts against, however deep ("Rice was to ask the
    UN to authorize measures against Somalian pirates"): a nationality there, even one that
    only describes ("Somalian"), is that side's, not the person's (issue 11: Rice as Somali)."""
    if root.dep_ not in SUBJECT_DEPS:
        return set()
    own = {t.i for t in root.subtree}
    return {
        t.i
        for prep in root.head.subtree
        if prep.dep_ == "prep" and prep.lower_ in place_words("opposed") and prep.i not in own
        for t in prep.subtree
    }


def _own_verbs(verb: Token) -> list[Token]:
    """A person's verb and the verbs coordinated with it that they do too: with no subject of
    their own or with "he" or "she" ("Kerry said ..., and he urged North Korea to resume talks")."""
    verbs = [verb]
    for conj in verb.children:
        subjects = [c for c in conj.children if c.dep_ in SUBJECT_DEPS]
        if conj.dep_ == "conj" and all(c.lower_ in ("he", "she") for c in subjects):
            verbs.append(conj)
    return verbs


def _describes_a_person(span: SpacySpan) -> bool:
    """ "met Chinese Vice Premier He Lifeng": a demonym on another person is that person's."""
    return _person_described(span) is not None


def _describes_another_person(span: SpacySpan, ent: SpacySpan) -> bool:
    """ "an aide to Vice President Pence on the call with Ukrainian President Zelensky", "Vindman,
    a Ukraine specialist, and Jennifer Williams": a nationality in another person's title or
    description is that person's, no evidence of this one's, wherever it stands in the sentence."""
    person = _person_described(span, through_apposition=True)
    return person is not None and not ent.start <= person.i < ent.end


def _person_described(span: SpacySpan, through_apposition: bool = False) -> Token | None:
    """The name's word a place's words describe, up a chain of modifiers (and, with
    `through_apposition`, on to the name a description is in apposition to), if any."""
    head = span.root
    if head.dep_ not in ("amod", "compound", "nmod"):
        return None
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i != head.i:
        head = head.head
    if through_apposition and head.dep_ == "appos" and head.ent_type_ != "PERSON":
        head = head.head
    return head if head.ent_type_ == "PERSON" else None


def _participant(span: SpacySpan) -> bool:
    """A country named as one who acts or is acted on, not as a place or a description."""
    root = span.root
    if root.dep_ in PARTICIPANT_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ not in place_words("locative") | {"of"}


def _place_or_article(state: Resolution, i: int) -> bool:
    """A word of a place or "the", before a title inside a name the NER found."""
    return i in state.places.covered or state.doc[i].lower_ == "the"


def _demonym_and_word(state: Resolution, name: SpacySpan) -> bool:
    """A "name" that is a demonym and one word no one in the knowledge base bears: "Bosnian
    Serbs", and after a demonym of two words "Sri Lankan Tamil" ("Sri Lankan Tamil rebels")."""
    first = state.places.get(name.start)
    if first is None or first[1].form not in ("demonym", "demonym_plural"):
        return False
    if first[0].end != name.end - 1:
        return False
    rest = name[-1].text
    return (
        state.kb.by_name(name.text) is None
        and state.kb.by_surname(rest) is None
        and rest not in state.name_parts
    )


def _employer(state: Resolution, title_start: int) -> Organisation | None:
    """The organisation in "CGTN's Michael Voss": named just before the title, with a possessive."""
    i = title_start
    while i > 0 and state.doc[i - 1].text.translate(APOSTROPHES) == "'s":
        i -= 1
    if i == title_start and (title_start == 0 or state.doc[title_start].text.translate(APOSTROPHES) != "'s"):
        return None
    return state.organisations.get(i - 1)


def _organisation_country_in_title(state: Resolution, title_start: int, name_start: int) -> str | None:
    """The country of a state's organisation named inside a title run ("Justice Department
    congressional liaison Peter Vance", "the Justice Department's spokesman Ana Lima"): the title
    is held there, so the holder is of that country (issue 11: such a liaison had none)."""
    found = {state.organisations[i] for i in range(title_start, name_start) if i in state.organisations}
    countries = {o.country for o in found if o.sector in STATE_ORGANS and o.country}
    return countries.pop() if len(countries) == 1 else None


def _of_organisation(state: Resolution, name: SpacySpan, person: PersonRecord) -> None:
    """ "Lester Holt of NBC News", "Dana Pell of the Sierra Club": a person named with a listed
    organisation in an "of" phrase right after the name works for it, as "NBC's Lester Holt"
    does (`_employer`): its sector and country when nothing else gave them. A place after "of"
    ("King Hassan of Morocco") is no organisation."""
    if person.known or person.sector is not None or name.end >= len(name.doc):
        return
    after = name.doc[name.end]
    if after.lower_ != "of" or after.head.i != name.root.i:
        return
    for governed in after.children:
        organisation = state.organisations.get(governed.i) if governed.dep_ == "pobj" else None
        if organisation is not None:
            person.sector = organisation.sector
            person.country = person.country or organisation.country
            return


def _office_of_organisation(state: Resolution, name: SpacySpan) -> tuple[Organisation, str] | None:
    """The organisation and office in "FBI Director James Comey", "the CIA chief, John Brennan":
    an office word (`ORGANISATION_OFFICES`) right before the name, an organisation right before it."""
    i = name.start - 1
    if i >= 0 and state.doc[i].text == ",":
        i -= 1
    if i < 1 or state.doc[i].lower_ not in ORGANISATION_OFFICES:
        return None
    organisation = state.organisations.get(i - 1)
    return (organisation, state.doc[i].lower_) if organisation is not None else None


def _title_nouns(name: SpacySpan, title_start: int) -> list[Token]:
    """The words of a name's title: its title run, the nouns before it ("former Trump campaign
    manager Paul Manafort"), the noun it stands in apposition to ("Obama's chief fundraiser,
    Walter Greene") and an apposition after it ("Carter Page, a Trump adviser")."""
    root = name.root
    words = list(name.doc[title_start : name.end])
    words += [t for c in root.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    if root.dep_ == "appos" and root.head.i < name.start:
        words.append(root.head)
    words += [c for c in root.children if c.dep_ == "appos" and c.i >= name.end]
    return [t for t in words if not name.start <= t.i < name.end or t.i == root.i]


def _principal_country(state: Resolution, title: Sequence[Token]) -> str | None:
    """ "Donald J. Trump's campaign chairman, Paul Manafort", "a Trump adviser": a title owned
    by a person is held
    in that person's service, so the holder is of that person's country rather than of a place
    the sentence names (issue 11: Manafort was Ukrainian, from "business dealings in Ukraine")."""
    owners = [c for t in title for c in t.children if c.dep_ in ("poss", "compound") and c.i < t.i]
    for owner in owners:
        for mention in reversed(state.mentions):
            if mention.kind == "person" and mention.start <= owner.idx < mention.end:
                return mention.country
    return None


def _office_of_an_unlisted_organisation(
    state: Resolution, person: PersonRecord, title_start: int, name: SpacySpan
) -> SpacySpan | None:
    """A state's office word ("president", "chairman") or a title of rank whose sector the body
    decides ("spokesman", "official": `GENERIC_TITLES`) right after an organisation no table lists
    ("Samaritan's Purse president Franklin Graham", "Microsoft president Brad Smith"), or in an
    apposition that says where it is held ("Tom Carver, a senior vice president at Boeing", "Ann
    Roe, a spokeswoman for Siemens"): the office is the organisation's, not the government's. The
    organisation's name, whose head word may say its sector ("the Hope Foundation")."""
    role = (person.role or "").split()[-1:]
    if person.known or person.sector != "GOV" or not role:
        return None
    if role[0] not in ORGANISATION_OFFICES | ORGANISATION_STAFF | GENERIC_TITLES:
        return None
    before = _organisation_before_title(state, title_start)
    if before is not None and role[0] in GENERIC_TITLES and _a_persons_name(state, before):
        before = None  # "Trump spokesman Jason Miller" (Trump tagged ORG) speaks for a politician
    return before or _held_at_unlisted_organisation(state, name)


def _a_persons_name(state: Resolution, span: SpacySpan) -> bool:
    """Whether a person named earlier bears the span's words as part of their name."""
    words = set(span.text.split())
    return any(m.kind == "person" and m.name and words <= set(m.name.split()) for m in state.mentions)


# Prepositions of an apposition's title that name where it is held ("vice president at Boeing",
# "a spokeswoman for Siemens").
HELD_AT = frozenset({"at", "of", "for"})


def _held_at_unlisted_organisation(state: Resolution, name: SpacySpan) -> SpacySpan | None:
    """The organisation the NER names and no table lists, no place and no body a sector word names
    ("of the Senate"), at or of which an apposition after the name holds its title."""
    for appos in (c for c in name.root.children if c.dep_ == "appos" and c.i >= name.end):
        for prep in (t for t in appos.subtree if t.dep_ == "prep" and t.lower_ in HELD_AT):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "ORG"):
                words = [t for t in obj.subtree if t.ent_type_ == "ORG"]
                if not any(
                    t.i in state.organisations
                    or state.places.get(t.i) is not None
                    or t.i in state.places.covered
                    for t in words
                ):
                    return _entity_of(state, obj)
    return None


def _organisation_before_title(state: Resolution, title_start: int) -> SpacySpan | None:
    """The organisation named right before a title (`_works_for_organisation`: "Apple chief
    executive Tim Cook")."""
    if not _works_for_organisation(state, title_start):
        return None
    i = title_start
    while state.doc[i - 1].text.translate(APOSTROPHES) in ("'s", "'"):
        i -= 1
    return _entity_of(state, state.doc[i - 1])


def _entity_of(state: Resolution, token: Token) -> SpacySpan:
    """The entity a token is part of, else the token."""
    found = next((e for e in entities(state.doc) if e.start <= token.i < e.end), None)
    return found if found is not None else state.doc[token.i : token.i + 1]


def _works_for_organisation(state: Resolution, title_start: int) -> bool:
    """ "Apple chief executive Tim Cook", "Reuters' correspondent": an organisation named before
    the title is the person's; the countries of the sentence say nothing of where they are from."""
    doc = state.doc
    i = title_start
    while i > 0 and doc[i - 1].text.translate(APOSTROPHES) in ("'s", "'"):
        i -= 1
    return i > 0 and doc[i - 1].ent_type_ == "ORG" and state.places.get(i - 1) is None


def _appositive_tokens(name: SpacySpan) -> list[Token]:
    """Tokens of an apposition after the name ("Ri Yong Ho, his North Korean counterpart") or
    of the complement of a relative "who is/was" ("Rick Perry, who is a former governor of
    Texas")."""
    out: list[Token] = []
    doc = name.doc
    for child in name.root.children:
        across_lines = any("\n" in doc[i].text_with_ws for i in range(name.end - 1, child.i))
        if child.i < name.end or across_lines or _said_after(name, child):
            continue
        # a clause read as an apposition (a subject of its own) describes no one
        if child.dep_ == "appos" and not any(c.dep_ in SUBJECT_DEPS for c in child.children):
            out.extend(_description_words(child))
        elif child.dep_ == "relcl" and child.lower_ in BE_FORMS and _who_subject(child):
            for attr in (c for c in child.children if c.dep_ == "attr"):
                out.extend(_description_words(attr))
    return out + _copular_description(name) + _fronted_as_description(name)


# Words before a copula that leave what it says unasserted ("would be", "may be", "is not",
# "if X were"): a negation, a subordinator, a modal.
UNASSERTED_DEPS = frozenset({"neg", "mark"})
MODALS = frozenset({"would", "could", "might", "may", "will", "shall", "should", "can", "must", "'d"})
# Clauses whose copula says who the person is in the story: a main clause, a reported one, a
# conjunct. "When X was a Navy lieutenant" (advcl) sets a time before it, a role since left.
ASSERTING_DEPS = frozenset({"ROOT", "ccomp", "conj"})


def _copular_description(name: SpacySpan) -> list[Token]:
    """The complement of "is"/"was" that the name is the subject of ("Dana Kell is a reporter
    for the Tribune", "Kell was the chief executive of Brant Foods"): a description as an
    apposition is. Only its noun phrase up to the noun counts, with the places and bodies
    of its prepositions ("the one who set up a company" is no businessman). A denied,
    hoped-for or conditional one ("is not", "would be", "if X were") describes no one, nor one
    dated to a time ("In 1970, Kell was a lieutenant": a role since left)."""
    verb = name.root.head
    if name.root.dep_ != "nsubj" or verb.lower_ not in BE_FORMS or verb.i < name.end:
        return []
    if verb.dep_ not in ASSERTING_DEPS or any(_unasserting(c) for c in verb.children):
        return []
    out: list[Token] = []
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        out += [t for t in attr.subtree if t.i <= attr.i]
        bodies = [t for p in preps(attr, ("of", "for", "at", "with")) for t in _phrase_words(p)]
        out += [
            t for t in bodies if t.ent_type_ in PLACE_OR_BODY_LABELS and t.i not in _kin_or_friend_of(attr)
        ]
    return out


def _fronted_as_description(name: SpacySpan) -> list[Token]:
    """The words of the role a fronted "as" phrase gives the subject (`officers.fronted_as_roles`),
    with the places and bodies of its "of" phrase, as a copula's complement is read; not in a
    denied, hoped-for or dated clause."""
    roles = fronted_as_roles(name)
    if not roles or any(_unasserting(c) for c in name.root.head.children):
        return []
    out: list[Token] = []
    for role in roles:
        out += [t for t in role.subtree if t.i <= role.i]
        bodies = [t for p in preps(role, ("of", "for", "at", "with")) for t in _phrase_words(p)]
        out += [t for t in bodies if t.ent_type_ in PLACE_OR_BODY_LABELS]
    return out


def _kin_or_friend_of(head: Token) -> set[int]:
    """Tokens of the one a relation noun ties the person to ("a friend of the American financier
    X", "the wife of a Saudi diplomat"): that one's nationality and body are theirs, not the
    person's (issue 11: a British prince coded American by his friend's nationality)."""
    if head.lower_ not in role_words().relation:
        return set()
    return {t.i for c in head.children if c.dep_ == "prep" for t in c.subtree}


def _phrase_words(head: Token) -> list[Token]:
    """The words of a phrase without its clauses: "one of three members who voted against the
    Justice for Victims Act" names no court."""
    clauses = {t.i for c in head.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return [t for t in head.subtree if t.i not in clauses]


def _unasserting(child: Token) -> bool:
    if child.dep_ in UNASSERTED_DEPS or child.lower_ in MODALS:
        return True
    return child.dep_ != "attr" and any(t.ent_type_ == "DATE" for t in child.subtree)


# Words that put a title in the past ("retired Lt. Gen.", "former Senator"): no office the
# person holds in the story's time, so it does not become theirs throughout.
OUT_OF_OFFICE = FORMER_WORDS | {"retired"}


def _past_word(state: Resolution, title_start: int) -> list[Token]:
    """The word before a title run that puts it in the past ("Retired Lt. Gen."), if any."""
    before = state.doc[title_start - 1] if title_start else None
    return [before] if before is not None and before.lower_ in OUT_OF_OFFICE else []


def _telling(sector: str | None) -> bool:
    """Whether a description's sector tells who the person is throughout the article: an
    occupation or a public role. "A man", "a woman", "a Hoover loyalist" (CVL) say only that
    they hold none, which the mention itself keeps."""
    return sector is not None and sector != CIVILIAN


def _bare_surnames_named_later(state: Resolution) -> None:
    """A surname alone that no one on record could be told by ("Clinton": Bill and Hillary), met
    before the article names one person of that surname in full ("Senator from Texas says he
    cannot allow Clinton to win", a subtitle, then "Hillary Clinton" in the body), is that person,
    as a bare surname after the full name is (issue 11): the full name took the surname over."""
    for k, mention in enumerate(state.mentions):
        key = name_key(mention.name) if mention.kind == "person" and mention.name else ""
        named = state.persons.get(key)
        if " " in key or named is None or " " not in name_key(named.name):
            continue
        holders = {
            p.actor_id for k2, p in state.persons.items() if " " in k2 and k2.rsplit(" ", 1)[-1] == key
        }
        if holders == {named.actor_id} and mention.actor_id != named.actor_id:
            state.mentions[k] = replace(
                mention,
                country=named.country,
                sector=named.sector,
                name=named.name,
                role=named.role,
                actor_id=named.actor_id,
                inferences=Inference.KNOWN if named.known else mention.inferences,
            )


def _described_throughout(state: Resolution) -> None:
    """Every mention of a person a description placed takes the sector it gave, before it as after
    it: "Colin Marsh's office ... Marsh, a partner in the firm" are one partner."""
    for k, mention in enumerate(state.mentions):
        if mention.kind != "person" or mention.sector is not None or not mention.name:
            continue
        key = name_key(mention.name)
        person = state.persons.get(key)
        if key in state.described and person is not None and person.sector is not None:
            state.mentions[k] = replace(mention, sector=person.sector, role=mention.role or person.role)


ARTICLES = frozenset({"the", "a", "an"})


# Verbs that give a person's name after a noun that describes them ("a freshman named Carla Mendes").
NAMING_VERBS = frozenset({"named", "called"})
NAMED_DEPS = frozenset({"oprd", "attr", "dobj"})  # how the parse hangs the name on the verb


def _naming_noun(name: SpacySpan) -> list[Token]:
    """The words of the noun phrase a name is given to ("a freshman named Carla Mendes", "a local
    pastor called Ruth Ames") or stands in apposition to ("the Governor of Idaho, Ada Quist"):
    they describe the person as an apposition after the name does."""
    verb = name.root.head
    if name.root.dep_ == "appos" and verb.i < name.start and verb.ent_type_ != "PERSON":
        return _titled_before(verb)  # "the Governor of Idaho, Ada Quist"
    if verb.lower_ not in NAMING_VERBS or verb.dep_ != "acl" or name.root.dep_ not in NAMED_DEPS:
        return []
    noun = verb.head
    return [t for t in noun.subtree if t.i <= noun.i]


def _titled_before(noun: Token) -> list[Token]:
    """ "the Governor of Idaho, Ada Quist": the noun the name stands in apposition to, with the
    places and bodies of its "of" phrase, describes the person as an apposition after it does."""
    out = [t for t in noun.subtree if t.i <= noun.i]
    bodies = [t for p in preps(noun, ("of", "for", "at")) for t in _phrase_words(p)]
    return out + [t for t in bodies if t.ent_type_ in PLACE_OR_BODY_LABELS]


# The most words of a first line read as the article's title: headlines run to about a dozen
# words, a wire story's one-sentence lead paragraph to 25-40 (read on the ECB+ and PolNeAR texts).
TITLE_LINE_MAX_WORDS = 16


def _only_in_title_line(state: Resolution, person: PersonRecord) -> bool:
    """Whether every earlier mention of the person is on the article's first line, its title
    ("Ted Cruz endorses Trump", then "Sen. Ted Cruz (R-Tex) is endorsing ..."): a headline gives
    no titles, so the title at the first mention in the body is the person's office in the
    article."""
    title_end = state.doc.text.find("\n")
    if title_end < 0 or len(state.doc.text[:title_end].split()) > TITLE_LINE_MAX_WORDS:
        return False  # no title line: the first paragraph is the body's
    earlier = [m for m in state.mentions if m.kind == "person" and m.name == person.name]
    return bool(earlier) and all(m.end <= title_end for m in earlier)


def _said_after(name: SpacySpan, child: Token) -> bool:
    """ "Ann Price: 'Time For A Woman To Be President'": words after a colon or a quotation
    mark that follows a name are what the person said, no description of them."""
    between = name.doc[name.end : child.left_edge.i + 1]
    return any(t.text == ":" or t.is_quote for t in between)


# Entity labels of the words of a place or a body, which tell a person's country wherever they stand.
PLACE_OR_BODY_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC"})


# Verbs of leading a body, whose object in a relative clause of a description is the person's
# office ("a former aid worker who is now leading a team of journalists").
LEADING_VERBS = frozenset({"leads", "led", "leading", "heads", "headed", "heading", "chairs", "chaired"})


def _description_words(head: Token) -> list[Token]:
    """The words of a description of a person, without the title words of a phrase that names
    another person: "a close ally of President Smith of Ruritania" says nothing of the office of
    the one it describes, though its place may tell their country ("spokeswoman for EU foreign
    policy chief Javier Solana" is the EU's); nor does a title after a word of a tie to another
    ("an ally of the president", "a rival of the Kenyan prime minister" is only Kenyan)."""
    ties = role_words().tie
    others = {
        t.i
        for prep in head.subtree
        if prep.dep_ == "prep"
        and (prep.head.lower_ in ties or any(t.ent_type_ == "PERSON" for t in prep.subtree))
        for t in prep.subtree
        if t.ent_type_ not in PLACE_OR_BODY_LABELS
    } | _kin_or_friend_of(head)
    # the doers of what was done to the person are others ("a woman admired for her voice, who
    # had been robbed by a gang of thieves": no gang member)
    doers = {t.i for c in head.subtree if c.dep_ == "agent" for t in c.subtree}
    # a nationality in the title of a person named further off than the description's own
    # phrase ("an aide to the vice president on the call with Ukrainian President Zelensky") is
    # that person's: only one the description serves or belongs to ("aide to", "spokeswoman for")
    # may lend its place
    farther = {
        t.i
        for prep in head.subtree
        if prep.dep_ == "prep" and prep.head.i != head.i
        for t in prep.subtree
        if _person_described(t.doc[t.i : t.i + 1]) is not None
    }
    # a relative clause tells what the person did, not what they are ("a city official who
    # arrested smugglers" is no smuggler): none of its words, unless it says what they are or
    # what they lead ("who was then an executive of the association", "who now heads a union")
    told = {
        t.i
        for c in head.subtree
        if c.dep_ == "relcl" and c.lower_ not in BE_FORMS | LEADING_VERBS
        for t in c.subtree
    }
    return [t for t in head.subtree if t.dep_ != "acl" and t.i not in others | doers | farther | told]


def _before_an_office(word: Token, sectors: SectorLexicon) -> bool:
    """A word that modifies a capitalised sector word after it ("Bloomington Police",
    "Wasilla Mayor"): the place or body of an office, since no one's name comes before their
    title."""
    if word.i + 1 >= len(word.doc):
        return False
    after = word.doc[word.i + 1]
    return word.dep_ == "compound" and after.is_title and after.lower_ in sectors.words


def _abbreviated(word: Token, sectors: SectorLexicon) -> bool:
    """A title abbreviated with its period right after it ("Sgt" of "Sgt.", "Lt" of "Lt.")."""
    return not word.whitespace_ and word.lower_ in sectors.words and f"{word.lower_}." in sectors.words


def _in_apposition(title: Token, name: SpacySpan) -> bool:
    """Whether a noun before a comma stands in apposition to the name after it ("Her spokesman,
    Bill McAllister", "the interior minister, Ahmed Hafez"), not the end of a fronted phrase
    ("According to police, Anthony LaSalle ...", "At a law firm, Loretta Lynch said")."""
    root = name.root
    return root.dep_ == "appos" or title.dep_ == "appos" or root.head == title or title.head == root


def _who_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
