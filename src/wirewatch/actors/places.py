"""Step 1 of actor resolution: the places and country words of a Doc, and (step 5) the
mentions of those no other step took.

Found first, read whole:
- country, capital, demonym, organisation and seat-of-power names of the country table, and
  the names of one state's legislature (`data/legislatures.tsv`: "the Knesset", that state's LEG),
  names whose reading depends on the story (`data/context_forms.tsv`), cities and divisions
  of the offline place gazetteer ("Tel Aviv", "Samarra"), misspelt country words ("Ethopia");
- no part of a longer place name names a country: "New Mexico" and "Mexico City" are places of
  the gazetteer's, "Paris, Texas" lies in the state after the comma, "Lima County" is a
  division named after a capital (of no known country unless its state is named);
- the last word of a full name the story gives ("Daniel Lopez") is that person's surname, not
  the town of the same name, whatever label the model gives it alone;
- a city the model left untagged, or tagged as something else, where a place stands ("missiles
  hit Kharkiv", "in Kherson and Kharkiv", "shelled Mariupol", `where.phrases.place_role`) is
  that city when the gazetteer knows it as one country's city and the text never writes it in
  lower case;
- a dateline ("PRETORIA, Nov 2 (Reuters) -") is no actor: its place is where the story was
  filed; online platforms (Twitter, Telegram) are no actors; "anti-Syria" names no owner.

Step 5 turns what is left into mentions: a country, an organisation, a demonym's people, a
capital that stands for its government (the subject of what it says or does, "Moscow said",
the owner of "Beijing's response", "an admission by Moscow"; a seat city, in that role, for
the organisation it houses: "Brussels said" is the EU's) or a place ("talks in Moscow",
"visited Kyiv", "Kyiv was shelled"); a conjunct takes its first conjunct's role ("Moscow and
Beijing condemned": both governments); a state or province that acts stands for its government
too ("Ohio sued the agency": USA, GOV), one described or named as a place does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

import numpy as np
from spacy.attrs import IS_TITLE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from wirewatch.actors.armed_acts import does_armed_act, names_state_forces
from wirewatch.actors.context import ContextMatcher
from wirewatch.actors.dateline import find_dateline
from wirewatch.actors.divisions import with_divisions
from wirewatch.actors.fuzzy import FuzzyCountries
from wirewatch.actors.kb import ActorKB
from wirewatch.actors.lexicon import BE_FORMS, PARTY_SECTOR, STATE_ORGANS, SectorLexicon, SectorTerm
from wirewatch.actors.names import written_in_lower_case
from wirewatch.actors.state import (
    APOSTROPHES,
    Places,
    Resolution,
    names_a_business,
    overlap,
    preps,
    sentence_countries,
    strip_possessive,
)
from wirewatch.doctools import capitalised_indices, doc_text, entities, sentence_of
from wirewatch.gazetteer.cities import CityGazetteer
from wirewatch.gazetteer.countries import Gazetteer, SurfaceForm
from wirewatch.gazetteer.words import name_words, place_words, water_namesake
from wirewatch.where.gazetteer import load_places
from wirewatch.where.names import bare_names
from wirewatch.where.phrases import place_role
from wirewatch.where.resolve import phone_divisions

__all__ = [
    "CityGazetteer",
    "PlaceFinder",
    "ethnic_home",
    "named_settlement",
    "origin_starts",
]  # CityGazetteer: for older imports

COUNTRY_FORMS = frozenset({"name", "official", "alias"})
# The rule of a place a sea is named after ("the Gulf of Aden"): where things happen at sea, not
# a place in that country.
WATER_RULE = "gazetteer:water"
GOVERNMENT_FORMS = frozenset({"metonym"})
# One state's legislature or chamber by its name (`data/legislatures.tsv`): that state's LEG.
LEGISLATURE_FORM = "legislature"
LEGISLATURE_SECTOR = "LEG"
# A state's armed forces: the people of a state that fight ("the Israelis bombed the school").
MILITARY = "MIL"
# How a nationality on an act of war waged with a state's forces is read ("Israeli air raids").
FORCES_RULE = "gazetteer:demonym-forces"
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative", "attr"})
# Where a capital stands for its government: the subject of what it says or does ("Moscow
# said", "Beijing protested") and the owner of an act ("Beijing's response"). A passive
# subject is acted on ("Kyiv was shelled"): a place, as is any object ("visited Kyiv").
GOVERNMENT_DEPS = frozenset({"nsubj", "poss"})
STANCE_WORDS = frozenset({"anti", "pro"})
# Entity labels of the names the city gazetteer is asked about: the small model tags many
# towns NORP, ORG or even PERSON ("Samarra" NORP, "Khanty-Mansiysk (Siberia" ORG, "in Sivas"),
# and cities with Slavic endings LANGUAGE ("in Odesa", "in Zaporizhzhia").
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC", "PERSON", "LANGUAGE"})
NAMED_PLACE_LABELS = frozenset({"GPE", "LOC"})
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "port", "province", "region", "district", "capital"})
# Tokens that end a place name inside a longer entity: "Khanty-Mansiysk (Siberia".
NAME_BREAKS = frozenset({"(", ",", ")", "[", ";"})
# Forms of a country word that may begin or end a longer place name, read whole: "New Mexico",
# "Mexico City", "British Columbia" (a demonym: not Britain, issue 11).
COORDINATORS = frozenset({"and", "or", "&"})
WHOLE_NAME_FORMS = frozenset({"name", "official", "alias", "capital", "demonym"})
# Capitalised words read on each side of a country word for a longer place name.
LONGER_NAME_WORDS = 2
# Words of a "<place>, <division>" qualifier ("New South Wales").
QUALIFIER_WORDS = 3
_FORM_ORDER = {"name": 0, "official": 1, "alias": 2, "igo": 3, "metonym": 4, "legislature": 4, "capital": 5}


class PlaceFinder:
    """Finds the places and country words of a Doc (step 1) and makes mentions of them (step 5)."""

    def __init__(
        self, nlp: Language, gazetteer: Gazetteer, sectors: SectorLexicon, context: ContextMatcher
    ) -> None:
        self.gazetteer = gazetteer
        self.sectors = sectors
        self.context = context
        self.cities = CityGazetteer()
        self._forms: dict[str, list[SurfaceForm]] = {}
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._build_matchers(nlp, gazetteer.surface_forms())
        self._platforms = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._platforms.add("platform", [nlp.make_doc(p) for p in sorted(name_words("platform"))])
        self.fuzzy = FuzzyCountries(gazetteer.surface_forms(), self.cities.is_place)

    def _build_matchers(self, nlp: Language, forms: Iterable[SurfaceForm]) -> None:
        exact: dict[str, list[Doc]] = {}
        folded: dict[str, list[Doc]] = {}
        for form in forms:
            text = re.sub(r"^the\s+", "", form.text, flags=re.IGNORECASE)
            key = text.translate(APOSTROPHES)
            self._forms.setdefault(key.lower(), []).append(form)
            case_sensitive = len(text) <= 4 or text.isupper() or "." in text
            bucket = exact if case_sensitive else folded
            for variant in {text, text.replace("'", "\u2019")}:
                bucket.setdefault(key.lower(), []).append(nlp.make_doc(variant))
        for key, docs in exact.items():
            self._exact.add(key, docs)
        for key, docs in folded.items():
            self._folded.add(key, docs)

    def __call__(self, doc: Doc, kb: ActorKB, title: Places | None = None) -> Places:
        """Every place and country word of `doc`, read whole, with the words that are no actor.
        `title`: the places of the article's title (`headline_places`), among whose countries a
        name several countries' places bear is read, and whose qualified names ("Kingston,
        Ont.") say what the name alone means in the body."""
        headline = headline_countries(title) if title is not None else ()
        named = title.named if title is not None else {}
        places = self._non_actors(doc, self._gazetteer_spans(doc, headline, named))
        places = self._elided_heads(doc, places)
        places = self._in_context(doc, places)
        places = self._whole_names(doc, places)
        places = self._extra_places(doc, places, kb)
        places = _named_again(_phoned(doc, places))
        return with_divisions(doc, places, self.sectors, self.cities)

    def name(self, code: str) -> str | None:
        country = self.gazetteer.get(code)
        return country.name if country else None

    def _after_title(self, doc: Doc, start: int) -> bool:
        """ "Mrs. Clinton", "Ms Paris", "Senator Warren", "Sen. Warren", "President Lincoln": a place
        name right after a courtesy title, or a capitalised title of one person's office, is a
        person's surname."""
        word = _title_before(doc, start)
        if word is None:
            return False
        if word.lower_.rstrip(".") in name_words("honorific"):
            return True
        term = self.sectors.get(word.lower_) or self.sectors.get(word.lower_ + ".")
        if term is None or term.sector == PARTY_SECTOR:
            return False  # "her Republican U.S. candidacy": a party label is no office
        return term.kind == "title" and word.text[:1].isupper()

    # finding ---------------------------------------------------------------
    def headline_places(self, title: Doc, kb: ActorKB) -> Places:
        """The places of a parsed title, found as the body's are ("a New Bedford, Massachusetts
        man"): evidence for the body's (`headline_countries`), never mentions."""
        return self(title, kb)

    def _gazetteer_spans(
        self, doc: Doc, headline: tuple[str, ...] = (), named: dict[str, str] | None = None
    ) -> Places:
        spans = []
        for matcher in (self._exact, self._folded):
            for match_id, start, end in matcher(doc):
                spans.append(SpacySpan(doc, start, end, label=match_id))
        by_start: dict[int, tuple[SpacySpan, SurfaceForm]] = {}
        for span in filter_spans(spans):
            forms = self._forms.get(span.label_.lower()) or self._forms.get(span.label_)
            if forms and not self._after_title(doc, span.start):
                form = _choose(forms)
                if form.form != LEGISLATURE_FORM or _written_as_a_name(span):
                    by_start[span.start] = (span, form)
        return Places(by_start, headline=headline, named=named)

    def _elided_heads(self, doc: Doc, places: Places) -> Places:
        """A name's first word coordinated before it shares the name's other words ("North and
        South Korea", "East and West Germany", "North and South Korean troops"): the bare word
        names the country the gazetteer knows by it with those words."""
        items = dict(places)
        for start, (span, form) in places.items():
            if len(span) < 2 or form.form not in WHOLE_NAME_FORMS or start < 2:
                continue
            if doc[start - 1].lower_ not in COORDINATORS:
                continue
            word = doc[start - 2]
            taken = any(overlap(s, doc[word.i : word.i + 1]) for s, _ in items.values())
            if not word.is_title or word.i in places.blocked or taken:
                continue
            forms = self._forms.get(f"{word.text} {span[1:].text}".translate(APOSTROPHES).lower())
            if not forms:
                continue
            chosen = _choose(forms)
            items[word.i] = (doc[word.i : word.i + 1], SurfaceForm(word.text, chosen.code, chosen.form))
        return places if len(items) == len(places) else places.replaced(items)

    def _non_actors(self, doc: Doc, places: Places) -> Places:
        """Tokens that are no actor: the dateline and online platforms."""
        blocked: set[int] = set()
        for _, start, end in self._platforms(doc):
            blocked.update(range(start, end))
        datelines: list[tuple[int, int]] = []
        items = dict(places)
        named = dict(places.named)
        dateline = find_dateline(doc)
        if dateline is not None and not self._is_organisation_word(dateline.place):
            blocked.update(range(dateline.whole.start, dateline.whole.end))
            datelines.append((dateline.place.start, dateline.place.end))
            place = dateline.place
            code = self._qualified_dateline(doc, place)
            if code is not None:  # the town's name means that place throughout the story
                named[place.text.title()] = code
                if place.start in items:
                    items[place.start] = (items[place.start][0], SurfaceForm(place.text, code, "region"))
        for start in [k for k, (span, form) in items.items() if _in_a_product_name(span, form)]:
            blocked.update(range(items[start][0].start, items[start][0].end))
            del items[start]
        if not blocked:
            return places
        return places.replaced(items, blocked=blocked, datelines=datelines, named=named)

    def _qualified_dateline(self, doc: Doc, place: SpacySpan) -> str | None:
        """The country of a dateline's town that its state, province or country follows ("GLASGOW,
        Ky. (AP) -", "LONDON, Ont. -"): the town the reporter filed from is in that division, not
        its foreign namesake, whether or not the gazetteer knows the town."""
        qualifier = _qualifier_after(doc, place.end)
        if qualifier is None:
            return None
        town = self.cities.qualified_country(place.text.title(), qualifier.text)
        return town or self.cities.qualifier_country(qualifier.text)

    def _is_organisation_word(self, span: SpacySpan) -> bool:
        """ "UN -", "NATO —" at a line's start: an organisation, not a dateline."""
        return any(f.form == "igo" for f in self._forms.get(span.text.lower(), []))

    def _in_context(self, doc: Doc, places: Places) -> Places:
        """Places with the names whose reading depends on the article's other countries."""
        hits = self.context(doc)
        if not hits:
            return places
        items = dict(places)
        for span, readings in hits:
            if any(overlap(s, span) and not _within(s, span) for s, _ in places.values()):
                continue  # part of a longer name: "Korea" in "South Korea", "the South" in "the South Korean"
            others = {f.code for s, f in places.values() if not overlap(s, span)}
            reading = next((r for r in readings if r.applies(others)), None)
            if reading is None:
                continue
            for start in [k for k, (s, _) in items.items() if overlap(s, span)]:
                del items[start]
            form = "name" if reading.kind == "country" else "region"
            items[span.start] = (span, SurfaceForm(span.text, reading.code, form))
        return places.replaced(items)

    def _whole_names(self, doc: Doc, places: Places) -> Places:
        """No part of a longer place name names a country: "New Mexico", "Mexico City" (the
        gazetteer's places), "Paris, Texas" (in the division after the comma), "Lima County"
        (a division named after a capital, of no known country unless its state is named)."""
        items = dict(places)
        blocked = set(places.blocked)
        named = dict(places.named)
        for start, (span, form) in places.items():
            if form.form not in WHOLE_NAME_FORMS or start in blocked:
                continue
            longer = self._longer_place(doc, span, form)
            if longer is not None:
                whole, code = longer
                del items[start]
                for other in [k for k, (s, _) in items.items() if overlap(s, whole)]:
                    del items[other]
                if code is None:
                    blocked.update(range(whole.start, whole.end))
                else:
                    items[whole.start] = (whole, SurfaceForm(whole.text, code, "region"))
                continue
            qualified = self._qualified(doc, span)
            if qualified is not None:
                qualifier, code = qualified
                items[start] = (span, SurfaceForm(span.text, code, "region"))
                named[span.text] = code
                if qualifier.start in items:
                    items[qualifier.start] = (qualifier, SurfaceForm(qualifier.text, code, "region"))
        if blocked == set(places.blocked) and items == dict(places):
            return places
        return places.replaced(items, blocked=blocked, named=named)

    def _longer_place(
        self, doc: Doc, span: SpacySpan, form: SurfaceForm
    ) -> tuple[SpacySpan, str | None] | None:
        """The longer place name `span` is part of, with its country (None: unknown)."""
        before = _capitalised_run(doc, span.start - 1, -1)
        after = _capitalised_run(doc, span.end, 1)
        for left in range(len(before), -1, -1):
            for right in range(len(after), -1, -1):
                if not left and not right:
                    continue
                whole = doc[span.start - left : span.end + right]
                code = self.cities.country_of(whole.text)
                if code is not None:
                    return whole, code
        if after and doc[span.end].lower_ in place_words("generic") and not _abbreviation(span):
            # "Lima County", "Washington State": a division named after the place; never after an
            # abbreviation ("the U.S. State Department", "the US State Department" name no state).
            whole = doc[span.start : span.end + 1]
            if form.form == "capital" and doc[span.end].lower_ in place_words("settlement"):
                return whole, form.code  # "Kyiv City", "Moscow City": the capital itself
            qualifier = _qualifier_after(doc, whole.end)
            code = self.cities.qualified_country(whole.text, qualifier.text) if qualifier else None
            return whole, code or self.cities.division_country(span.text)
        return None

    def _qualified(self, doc: Doc, span: SpacySpan) -> tuple[SpacySpan, str] | None:
        """ "Paris, Texas", "Athens, Georgia": a place and the division or country after it."""
        qualifier = _qualifier_after(doc, span.end)
        if qualifier is None:
            return None
        code = self.cities.qualified_country(span.text, qualifier.text)
        if code is None or any(f.code == code for f in self._forms.get(span.text.lower(), [])):
            return None  # "Paris, France": the place's own country says nothing new
        return qualifier, code

    def _extra_places(self, doc: Doc, places: Places, kb: ActorKB) -> Places:
        """Places the country table does not list: cities or divisions of the offline
        gazetteer ("Tel Aviv", "Samarra") and misspelt country words ("Ethopia")."""
        items = dict(places)
        named = dict(places.named)
        covered = set(places.covered) | set(places.blocked)
        ents = entities(doc)
        person_words = {t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        surnames = {strip_possessive(e)[-1].lower_ for e in ents if _full_name(e)}
        # "Governor Palin visited ... Palin's run": a name the story gives after a title is a
        # surname wherever it stands alone
        titled = (int(i) for i in np.flatnonzero(doc.to_array(IS_TITLE)) if i > 0)
        surnames |= {doc[i].lower_ for i in titled if self._after_title(doc, i)}
        # First-level divisions the story names: where a town of the gazetteer may be read.
        divisions = {e.text for e in ents if e.label_ == "GPE" and self.cities.division_country(e.text)}
        for ent in ents:
            span = _place_name(ent)
            if not len(span) or covered.intersection(range(span.start, span.end)):
                continue
            if self._after_title(doc, span.start):
                continue  # "Mrs. Clinton", "Senator Warren": a surname, not the town
            qualifier = _qualifier_after(doc, span.end)
            if ent.label_ not in NAMED_PLACE_LABELS and not _inside(qualifier, ent):
                qualifier = None  # "Schenectady, New York" tagged ORG whole still reads as a place
            qualified = self.cities.qualified_country(span.text, qualifier.text) if qualifier else None
            qualified = qualified or self._in_named_country(span, qualifier, places)
            story = (places.countries(), divisions)
            office_place = self._office_place(ent, span)
            if office_place is not None:
                span, qualified = office_place, qualified or self.cities.country_of(office_place.text, *story)
            named.update({span.text: qualified} if qualified else {})
            code = qualified or self._extra_place(ent, span, kb, person_words, surnames, story)
            if code is not None:
                items[span.start] = (span, SurfaceForm(span.text, code, "region"))
                covered.update(range(span.start, span.end))
        for span, code in self._bare_places(doc, covered, kb, surnames):
            items[span.start] = (span, SurfaceForm(span.text, code, "region"))
            covered.update(range(span.start, span.end))
        for i in capitalised_indices(doc):  # `fuzzy` reads only a capitalised word
            token = doc[i]
            if token.i in covered or token.ent_type_ == "PERSON":
                continue
            form = self.fuzzy(token.text)
            if form is not None:
                items[token.i] = (doc[token.i : token.i + 1], form)
        stances = [start for start in items if _stance_prefix(doc, start)]
        for start in stances:
            del items[start]
        changed = len(items) != len(places) or stances or named != places.named
        return places.replaced(items, named=named) if changed else places

    def _bare_places(
        self, doc: Doc, covered: set[int], kb: ActorKB, surnames: set[str]
    ) -> list[tuple[SpacySpan, str]]:
        """Capitalised names the model left outside every entity that stand where a place
        stands ("missiles hit Kharkiv", "fighting in Kherson and Kharkiv") and that the
        gazetteer knows as one country's city: the city, whatever the model missed. Not a
        word the text also writes in lower case (a common word), a surname the story gives in
        full, a known person, or a sector word."""
        found = []
        for start, end in bare_names(doc):
            span = doc.char_span(start, end)
            if span is None or len(span) > LONGER_NAME_WORDS or not in_place_frame(span):
                continue
            text = span.text
            code = self.cities.city_country(text)
            if code is None or covered.intersection(range(span.start, span.end)):
                continue
            if self._after_title(doc, span.start) or self.sectors.get(text) is not None:
                continue
            if text.lower() in surnames or kb.by_name(text) or kb.by_surname(text):
                continue
            if written_in_lower_case(doc, span[0].text):
                continue  # "Hit" where the text also writes "hit": a word, not the Iraqi town
            found.append((span, code))
        return found

    def _in_named_country(self, span: SpacySpan, qualifier: SpacySpan | None, places: Places) -> str | None:
        """ "Yida, South Sudan": a place followed by a comma and a country's name, then no list
        going on, lies in that country, whatever place elsewhere bears its name (issue 11: a
        Saudi town of that name)."""
        if qualifier is None:
            return None
        hit = places.get(qualifier.start)
        if hit is None or hit[0].end != qualifier.end or hit[1].form not in COUNTRY_FORMS:
            return None
        after = span.doc[qualifier.end] if qualifier.end < len(span.doc) else None
        if after is not None and after.lower_ in ("and", "or"):
            return None  # "Yida, Sudan and Kenya": a list
        return hit[1].code

    def _office_place(self, ent: SpacySpan, span: SpacySpan) -> SpacySpan | None:
        """The place before an office's title in an entity the NER gives no place's label ("the
        Dubai Ruler", "the Punjab Governor", tagged ORG or NORP): the office is the place's."""
        if ent.label_ in NAMED_PLACE_LABELS or not len(span):
            return None
        doc = span.doc
        if span.end < len(doc) and span.root.dep_ == "compound" and span.root.head.i == span.end:
            return span if self._title(doc[span.end]) else None  # "the Punjab" + "Governor"
        if len(span) < 2 or not self._title(span[-1]) or self.sectors.get(span[-2].text) is not None:
            return None
        return span[:-1]

    def _title(self, token: Token) -> bool:
        """An office of a state's organs ("Governor", "Ruler"; no "family" or "woman")."""
        term = self.sectors.get(token.text)
        return term is not None and term.kind == "title" and term.sector in STATE_ORGANS

    def _extra_place(
        self,
        ent: SpacySpan,
        span: SpacySpan,
        kb: ActorKB,
        person_words: set[str],
        surnames: set[str],
        story: tuple[set[str], set[str]],
    ) -> str | None:
        """The country of a place an entity names, if it is one; `story`: the countries and the
        first-level divisions the story names."""
        if len(span) == 1 and span.text.lower() in surnames:
            return None  # a surname the story gives in full, whatever its label: a person, not a town
        if ent.label_ == "PERSON" and not named_settlement(span):
            if len(span) > 1 and _after_locative(span) and not kb.by_name(span.text):
                code = self.cities.city_country(span.text)
                if code is not None:
                    return code  # "bombed a school in Khan Younis": one country's city, not a person
            if len(span) > 1 or kb.by_name(span.text) or kb.by_surname(span.text):
                return None  # a person's name
            if span.root.dep_ == "nsubj":
                return None  # "Clinton has said", "Warren wrote": one who acts, not a town
            if span.text.lower() not in person_words and self.sectors.get(span.text) is None:
                # One word no full name of the story explains, and a city's name: "visited Douma".
                code = self.cities.city_country(span.text)
                if code is not None:
                    return code
        if not _may_be_place(ent, span) or self.sectors.get(span.text) is not None:
            return None  # "Congress" is a body before it is a town
        return self.cities.country_of(span.text, *story)

    # step 5: mentions -------------------------------------------------------
    def add_mentions(self, state: Resolution) -> None:
        """Mentions of the places and country words no earlier step took."""
        places = state.places
        for start, end in places.datelines:
            args = self._dateline_place(state.doc[start:end], places)
            if args is not None:
                state.add(start, end, args)
        # a division named by its noun first: "the Belgian region of Wallonia" is one mention
        by_noun = sorted(places.values(), key=lambda hit: _named_division(hit[0].root) == hit[0].root)
        for span, form in by_noun:
            if not state.free(span.start, span.end) or names_a_business(span):
                continue  # "staff at Fiji Island Auto": a brand's word, no country of the story
            if self._resident_group(state, span, form):
                continue
            if form.form in ("demonym", "demonym_plural"):
                form = replace(form, code=ethnic_home(span, form.code, places))
            args = self._place_args(span, form)
            shared = self._shared_noun(span) if form.form == "demonym" else None
            if args is not None and shared is not None:
                args |= {"kind": "group", "sector": shared.sector, "actor_id": f"{form.code}:{shared.sector}"}
            if args is not None:
                start = self._named_start(state, span, args)
                state.add(start, strip_possessive(span).end, args)

    @staticmethod
    def _named_start(state: Resolution, span: SpacySpan, args: dict[str, object]) -> int:
        """Where a division's government mention starts: at the words of its noun ("Belgian region
        of Wallonia") when they are free, else at its name."""
        named = _named_division(span.root)
        if args.get("rule") != "gazetteer:division-government" or named == span.root:
            return span.start
        start = min((c.i for c in named.lefts if c.dep_ != "det"), default=named.i)
        return start if state.free(start, span.start) else span.start

    def _division(self, span: SpacySpan, code: str) -> bool:
        """Whether a place name is a first-level division (a state, a province) of `code`."""
        return self.cities.division_country(strip_possessive(span).text) == code

    def _dateline_place(self, span: SpacySpan, places: Places) -> dict[str, object] | None:
        """The mention of a dateline's place: a place, never an actor."""
        hit = places.get(span.start)
        code = places.named.get(span.text.title())
        code = code or (hit[1].code if hit and hit[0].end <= span.end else None)
        code = code or self.cities.country_of(span.text.title())
        if code is None:
            return None
        return {"kind": "place", "country": code, "rule": "dateline", "name": span.text}

    def _shared_noun(self, span: SpacySpan) -> SectorTerm | None:
        """ "Sierra Leonean and Liberian refugees", parsed as "Sierra Leonean" and "Liberian
        refugees": a bare demonym coordinated with a described group shares its noun."""
        from wirewatch.actors.groups import DESCRIBING_DEPS, sector_term_at

        root = span.root
        if root.dep_ not in ARGUMENT_DEPS:
            return None
        for conj in root.children:
            if conj.dep_ == "conj" and any(c.dep_ in DESCRIBING_DEPS for c in conj.lefts):
                term, _ = sector_term_at(self.sectors, span.doc, conj.i)
                if term is not None and term.kind == "group":
                    return term
        return None

    @staticmethod
    def _resident_group(state: Resolution, span: SpacySpan, form: SurfaceForm) -> bool:
        """ "Bosnian Serbs", "Iraqi Turkmens": a people named with the country it lives in is
        coded, as CAMEO does, by that country, as civilians."""
        nxt = state.places.get(span.end)
        if (
            form.form != "demonym"
            or nxt is None
            or nxt[1].form != "demonym_plural"
            or nxt[1].code == form.code
        ):
            return False
        end = strip_possessive(nxt[0]).end
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
        dep = _role_dep(span.root)
        code = form.code
        if form.form == "igo":
            return {
                "kind": "igo",
                "country": code,
                "sector": "IGO",
                "actor_id": code,
                "rule": "gazetteer:igo",
                "name": self.name(code),
            }
        if form.form in COUNTRY_FORMS:
            return {
                "kind": "country",
                "country": code,
                "actor_id": code,
                "rule": f"gazetteer:{form.form}",
                "name": self.name(code),
            }
        governs = form.form == "capital" and dep in GOVERNMENT_DEPS
        seat = self.gazetteer.seat_of(strip_possessive(span).text) if governs else None
        if seat is not None:
            # "Brussels said", "Brussels's tariffs": a seat city news names for the body it
            # houses (igos.tsv `seats`) stands for that body, not its country's government
            return {
                "kind": "igo",
                "country": seat,
                "sector": "IGO",
                "actor_id": seat,
                "rule": "gazetteer:seat",
                "name": self.name(seat),
            }
        if form.form == LEGISLATURE_FORM:
            # "the Knesset voted", "addressed the Knesset": the chamber in any role, as a seat is
            return {
                "kind": "group",
                "country": code,
                "sector": LEGISLATURE_SECTOR,
                "actor_id": f"{code}:{LEGISLATURE_SECTOR}",
                "rule": f"gazetteer:{form.form}",
                "name": strip_possessive(span).text,
            }
        if form.form in GOVERNMENT_FORMS or governs:
            return {
                "kind": "country",
                "country": code,
                "sector": "GOV",
                "actor_id": f"{code}:GOV",
                "rule": f"gazetteer:{form.form}",
                "name": self.name(code),
            }
        named = _named_division(span.root)
        acting = _role_dep(named) == "nsubj" and _acts(named)
        if form.form == "region" and acting and self._division(span, code):
            # "Ohio sued the agency", "Quebec rejected the plan", "rejected by the region of
            # Wallonia": a state or province that acts stands for its government, as a capital
            # does for its country's ("Michigan is a state we lead in", "Alaska's dairy
            # industry" name the place)
            return {
                "kind": "group",
                "country": code,
                "sector": "GOV",
                "actor_id": f"{code}:GOV",
                "rule": "gazetteer:division-government",
                "name": span.text,
            }
        if form.form in ("capital", "region"):
            # "the Gulf of Aden": a place, but no evidence of the story's country (article.py)
            rule = WATER_RULE if water_namesake(span) else f"gazetteer:{form.form}"
            return {"kind": "place", "country": code, "rule": rule, "name": span.text}
        if form.form == "demonym_plural":
            # "the Israelis bombed the school": a state's people who fight are its forces
            sector = MILITARY if does_armed_act(span.root) else "CVL"
            return {
                "kind": "group",
                "country": code,
                "sector": sector,
                "actor_id": f"{code}:{sector}",
                "rule": "gazetteer:demonym_plural",
            }
        if form.form == "demonym" and dep in ARGUMENT_DEPS:
            return {"kind": "group", "country": code, "actor_id": code, "rule": "gazetteer:demonym"}
        if form.form == "demonym":
            # "an Indian proposal", "Israeli air raids": the adjective stands for the state; on an
            # act of war waged with its forces, for the forces that wage it, the doer of an act of
            # force (`events.final_roles.as_waging_forces`)
            forces = names_state_forces(span.root)
            return {
                "kind": "country",
                "country": code,
                "actor_id": code,
                "rule": FORCES_RULE if forces else "gazetteer:demonym-modifier",
                "name": self.name(code),
            }
        return None


def headline_countries(title: Places) -> tuple[str, ...]:
    """The country of each place a title names ("a New Bedford, Massachusetts man": USA twice),
    leaving out what is no evidence of where the story is (a sea's namesake, a person's
    birthplace) and organisations of states."""
    origins = origin_starts(title)
    return tuple(
        form.code
        for span, form in title.values()
        if form.form != "igo" and not water_namesake(span) and span.start_char not in origins
    )


# Kinds of place a phone number's division holds that a bare name may mean ("London police" with a
# 519 number: London, Ontario); a division or a country is named as such.
PHONED_KINDS = frozenset({"city", "town"})


def _phoned(doc: Doc, places: Places) -> Places:
    """The places of `places` read as a capital or a city abroad whose name a settlement of the
    division of the article's North American phone numbers bears (`where.resolve.phone_divisions`,
    as the place stage reads them: "call London police at 519-..." is London, Ontario), named as
    that settlement's (`Places.named`, read by `_named_again`), unless the article names them with
    a division or a country of their own."""
    divisions = set(phone_divisions(doc_text(doc)))
    if not divisions:
        return places
    named = dict(places.named)
    for span, form in places.values():
        if span.text in named or form.form not in ("capital", "region"):
            continue
        local = {
            c.place.country
            for c in load_places().lookup(span.text)
            if c.place.country is not None
            and c.place.kind in PHONED_KINDS
            and (c.place.country, c.place.admin1) in divisions
        }
        country = local.pop() if len(local) == 1 else None
        if country is not None and country != form.code:
            named[span.text] = country
    return places.replaced(dict(places), named=named) if named != places.named else places


def _named_again(places: Places) -> Places:
    """A place the article names with its division or country ("Kingston, Ontario", "Birmingham,
    Ala.", in its body or its title) is that place where its name stands alone ("Kingston
    police"), not the namesake the gazetteer or the country table reads the name alone as
    (Jamaica's capital, England's city)."""
    items = dict(places)
    for start, (span, form) in places.items():
        code = places.named.get(span.text)
        if code is not None and code != form.code and form.form in ("capital", "region"):
            items[start] = (span, SurfaceForm(span.text, code, "region"))
    return places.replaced(items) if items != dict(places) else places


# Prepositions whose object a birthplace word makes a person's origin ("originally from",
# "a native of", "born in").
ORIGIN_PREPOSITIONS = frozenset({"from", "of", "in"})


def origin_starts(places: Places) -> frozenset[int]:
    """Character offsets of the places named only as where a person comes from ("the victim is
    originally from Punjab, India", "a native of Lahore"): they say where people come from, not
    where the story happens, so they are no evidence of the story's country (article.py)."""
    return frozenset(span.start_char for span, _ in places.values() if _named_as_origin(span.root))


def _named_as_origin(token: Token) -> bool:
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head  # "from Punjab, India": the country follows its first place
    if token.dep_ != "pobj" or token.head.lower_ not in ORIGIN_PREPOSITIONS:
        return False
    word = token.head.head
    cues = place_words("birthplace")
    return word.lower_ in cues or any(c.dep_ == "advmod" and c.lower_ in cues for c in word.children)


def _within(inner: SpacySpan, outer: SpacySpan) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _choose(forms: list[SurfaceForm]) -> SurfaceForm:
    """Ambiguous forms (a capital shared by name with another country): prefer a state name."""
    return min(forms, key=lambda f: (_FORM_ORDER.get(f.form, 6), f.code))


def _written_as_a_name(span: SpacySpan) -> bool:
    """A chamber's name as news writes one: not in lower case ("the federation council of the
    football union"), and not joined by a hyphen to a longer name ("Majlis-e-Ittehadul
    Muslimeen", an Indian party)."""
    doc = span.doc
    joined = span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_
    return not span.text.islower() and not joined


def _abbreviation(span: SpacySpan) -> bool:
    """A name written in capitals with or without dots: "US", "U.S.", "UAE"."""
    letters = span.text.replace(".", "")
    return len(span) == 1 and letters.isalpha() and letters.isupper() and len(letters) > 1


def _capitalised_run(doc: Doc, i: int, step: int) -> list[int]:
    """Up to `LONGER_NAME_WORDS` capitalised words from token `i` on, going `step`, in the same
    sentence; a sentence's first word is no part of a name when it is a function word ("In")."""
    run: list[int] = []
    while 0 <= i < len(doc) and len(run) < LONGER_NAME_WORDS:
        token = doc[i]
        if not token.is_alpha or not token.text[:1].isupper() or (token.is_upper and len(token) > 1):
            break
        if token.is_sent_start and (step > 0 or token.is_stop):
            break
        run.append(i)
        if token.is_sent_start:
            break
        i += step
    return run


def _in_a_product_name(span: SpacySpan, form: SurfaceForm) -> bool:
    """Is a place's name a later word of a product's name ("a Ford Crown Victoria", a car model)?
    It names no place and no country; a demonym or a name that opens the product's name does
    ("Russian S-400 missiles")."""
    if form.form in ("demonym", "demonym_plural") or span[0].ent_type_ != "PRODUCT":
        return False
    return span[0].ent_iob_ == "I" and all(t.ent_type_ == "PRODUCT" for t in span)


def _qualifier_after(doc: Doc, end: int) -> SpacySpan | None:
    """The capitalised words after "<place>, " ("Texas", "Ky.", "New South Wales")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    stop = end + 1
    while (
        stop < len(doc)
        and stop - end <= QUALIFIER_WORDS
        and doc[stop].text[:1].isupper()
        and not doc[stop].is_punct
    ):
        stop += 1
    if stop < len(doc) and doc[stop].text == "." and stop > end + 1 and not doc[stop - 1].whitespace_:
        stop += 1  # "Ky."
    return doc[end + 1 : stop] if stop > end + 1 else None


def _inside(qualifier: SpacySpan | None, ent: SpacySpan) -> bool:
    """Whether a place's qualifier lies in the place's own entity: "<town>, <division>" that the
    model tagged as one name, often an organisation's ("Schenectady, New York"), reads as it
    reads apart (`qualified_country` reads nothing when the part after the comma is no
    division or country)."""
    if qualifier is None:
        return False
    dot = qualifier[-1].text == "."  # "Ky." or a sentence's full stop, never in the entity
    return qualifier.end - dot <= ent.end


def _stance_prefix(doc: Doc, start: int) -> bool:
    """ "anti-Syria", "pro-Moscow": the place names what a group is for or against, not whose."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE_WORDS


# Verbs whose subject is described, not acting: "Michigan is a swing state".
STATE_VERBS = BE_FORMS | frozenset(
    {"are", "were", "become", "became", "becomes", "remain", "remains", "remained"}
)


def _acts(subject: Token) -> bool:
    """Whether a subject (or a subject's conjunct) acts: its verb is no copula ("is", "became")."""
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head
    return subject.head.lower_ not in STATE_VERBS


def _named_division(token: Token) -> Token:
    """The word whose role a division's name plays: its first-level noun when the name is that
    noun's "of" object ("the Belgian region of Wallonia", "the state of Texas"), else itself."""
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in place_words("first_level"):
        return prep.head
    return token


def _role_dep(token: Token) -> str:
    """The dependency that says a place name's role: a conjunct's is its first conjunct's
    ("Moscow and Beijing condemned": both subjects), and the object of "by" acts ("an admission
    by Moscow": a subject)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return "nsubj" if _by_agent(token) else token.dep_


def _by_agent(token: Token) -> bool:
    """ "an admission by Moscow": the object of "by" is the one who acts."""
    return token.dep_ == "pobj" and token.head.lower_ == "by"


def _title_before(doc: Doc, start: int) -> Token | None:
    """The word before `start`, over an abbreviation's detached full stop ("Sen . Warren")."""
    i = start - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    return doc[i] if i >= 0 else None


def _full_name(ent: SpacySpan) -> bool:
    """A PERSON entity of two words or more with no possessive inside: a person's full name,
    not a headline's run of words ("Riverton Joe's Diner" holds no name)."""
    inner = strip_possessive(ent)
    return (
        ent.label_ == "PERSON"
        and len(inner) > 1
        and not any(t.text.translate(APOSTROPHES) == "'s" for t in inner)
    )


def _may_be_place(ent: SpacySpan, name: SpacySpan) -> bool:
    """Whether an entity may name a place: a GPE or LOC, or another label (the small model
    tags towns NORP or ORG: "Samarra", "Khanty-Mansiysk", "Aleppo") in a place's slot: "in X",
    "to X", "from X", "the town of X". Organisations named like towns ("Reading", "Congress")
    stay out."""
    if not len(name) or ent.label_ not in PLACE_LABELS:
        return False
    if ent.label_ in NAMED_PLACE_LABELS:
        return True
    if in_place_frame(name):
        return True  # "shelled Mariupol" (tagged ORG), "Rebels attacked Kidal" (NORP)
    root = name.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    slot = place_words("locative") | place_words("direction") | place_words("origin")
    return prep.lower_ in slot or (prep.lower_ == "of" and prep.head.lower_ in SETTLEMENT_NOUNS)


def in_place_frame(name: SpacySpan) -> bool:
    """Whether a name stands where the place of an event stands (`where.phrases.place_role`:
    "in X", "near X", "shelled X", "strikes on X", "visited X"), itself or as a later
    conjunct of such a name ("in Kherson and Kharkiv")."""
    token = name.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return place_role(name.doc[token.i : token.i + 1]) is not None


# Prepositions after which a name is where something is, not whom it is done to ("shot at X").
WHERE_PREPS = frozenset(place_words("locative")) - {"at"}


def _after_locative(name: SpacySpan) -> bool:
    """ "in Khan Younis", "near Kafr Nabl": a name after a preposition of where, or a later
    conjunct of one."""
    root = name.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in WHERE_PREPS


def named_settlement(name: SpacySpan) -> bool:
    """ "the town of Khan Younis", "the village of Pisky": the name of a settlement, whatever
    label the model gives it (often PERSON), is no person's."""
    root = name.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in SETTLEMENT_NOUNS


def _place_name(ent: SpacySpan) -> SpacySpan:
    """The place name in an entity: no leading "the", no possessive, nothing from a bracket on."""
    span = strip_possessive(ent)
    start = span.start + 1 if span[0].lower_ == "the" else span.start
    end = next((t.i for t in span if t.text in NAME_BREAKS), span.end)
    return span.doc[start:end] if start < end else span.doc[start:start]


def ethnic_home(span: SpacySpan | None, code: str, places: Places) -> str:
    """Where a people named by its demonym lives, as CAMEO codes it: "the Albanians of southern
    Serbia" in Serbia; "ethnic Albanians" in the first other country the sentence names."""
    if span is None:
        return code
    ethnic = span.start > 0 and span.doc[span.start - 1].lower_ == "ethnic"
    words = ("of", "in") if ethnic else ("of",)
    for token in sorted(t for p in preps(span.root, words) for t in p.subtree):
        hit = places.get(token.i)
        if hit and hit[1].form not in ("igo", "demonym", "demonym_plural") and hit[1].code != code:
            return hit[1].code
    if not ethnic:
        return code
    others = [c for c in sentence_countries(sentence_of(span.doc, span.start), places) if c != code]
    return others[0] if others else code
