"""Step 4 of actor resolution: groups and offices named by a sector word ("Cuban officials",
"Russian troops", "the foreign minister of the DPRK", "the Bush administration", "rebels in
Darfur"), with the country the text attaches to them.

Whose a group is, most telling evidence first:
1. its own words: a country or demonym before it, a possessive ("Iran's morality police"),
   an organisation it is named after ("Hamas gunmen", "FARC rebels in Havana" are Colombian),
   a leader it is named after ("the Assad regime");
2. "of <country>", then a territory it is in ("rebels in Darfur"), then where it acts;
3. a group it is coordinated with ("Iran's morality police and security officials");
4. the same group named earlier with its country ("Sudan's army ... the army");
5. the one country its sentence names, unless a state's organ and that country a party of
   another clause ("when Congress cut funding, Mexico said enough"); else none here (the
   article's country, or for a civil institution its dominating government's, may follow).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import IS_ALPHA, LENGTH, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.actors.armed_acts import does_armed_act
from wirewatch.actors.article import ANY_COUNTRY
from wirewatch.actors.coref import description_kinds
from wirewatch.actors.crime_roles import done_to
from wirewatch.actors.kb import ActorKB
from wirewatch.actors.lexicon import (
    BE_FORMS,
    CAMP_PARTY_NOUNS,
    CAMP_TERMS,
    CIVILIAN,
    FORMER_SECTOR,
    FORMER_WORDS,
    GENERIC_TITLES,
    NAME_TITLE,
    NEAR_MIN_CHARS,
    OCCASION,
    ORGANISATION_OFFICES,
    ORGANISATION_STAFF,
    PARTY_SECTOR,
    STATE_ORGANS,
    SectorLexicon,
    SectorTerm,
)
from wirewatch.actors.names import written_in_lower_case
from wirewatch.actors.places import ethnic_home
from wirewatch.actors.regions import MODIFIER_DEPS, STATE_NOUNS, regions
from wirewatch.actors.state import Places, Resolution, is_patron, preps, single_country, strip_possessive
from wirewatch.actors.unlisted import ORG_LABELS, organisation_name, strip_leading_article
from wirewatch.doctools import SUBJECT_DEPS, entities, in_values, sentence_of, words_text
from wirewatch.events.roles import is_verbal
from wirewatch.events.words import role_words
from wirewatch.gazetteer.cities import CityGazetteer
from wirewatch.gazetteer.countries import SurfaceForm, packaged_gazetteer
from wirewatch.gazetteer.words import name_words, place_words, water_namesake
from wirewatch.model import Mention
from wirewatch.where.names import is_org_word

OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
# Left dependents that describe a group noun and belong to its mention.
DESCRIBING_DEPS = frozenset({"amod", "compound", "nmod"})
# Words before a media noun that make it the state's voice ("official Syrian newspaper",
# "state-owned Egyptian newspaper", "state television"): CAMEO codes state media as GOV.
STATE_MEDIA_MARKS = frozenset({"official", "state", "government", "state-run", "state-owned"})
# A sector word before, after or in apposition to an army's name that makes it rebels ("the rebel X Army").
REBEL_SECTOR = "REB"

Owner = tuple[SpacySpan | None, str | None]
# Sectors of a state's own organs (lexicon.STATE_ORGANS): whose such a body is, a country acting in
# another clause of its sentence does not say ("Schiff called on the administration to call out Russia").
# A country word in these roles is a party of its own in its clause ("Mexico said", "punish
# Russia"); coordinated words and "by"/"against"/"on"/"with" objects too.
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
PARTY_PREPS = frozenset({"by", "against", "on", "with"})
# Links that start a clause of their own below another.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp", "parataxis"})


class GroupStep:
    """Adds the group and office mentions of a Doc."""

    def __init__(self, sectors: SectorLexicon) -> None:
        self.sectors = sectors
        self._word_ids = sectors.word_ids() | frozenset(get_string_id(w) for w in STATE_NOUNS)

    def __call__(self, state: Resolution) -> None:
        places = state.places
        occasions: set[str] = set()  # head nouns of the gatherings named so far ("party")
        for i in self._candidates(state.doc):
            token = state.doc[i]
            if token.i in state.claimed or token.i in places.covered:
                continue
            if token.lower_ in STATE_NOUNS:
                _add_region_states(state, token)  # "Arab states", "Western powers"
                continue
            term, first = self._term_at(state, token)
            if term is None:
                self._add_nationals(state, token)  # "the French lawyers"
                continue
            end, token = token.i + 1, term_head(state.doc, first, token)
            # a title only before a name ("Justice Ana Lima") is read with the name
            if (
                term.kind == NAME_TITLE
                or self._inside_larger_term(token)
                or _inside_organisation_name(token, term)
                or self._owner_of_a_body(token)
            ):
                continue
            if term.kind == OCCASION or (token.lower_ in occasions and _bare_noun(token)):
                occasions.add(token.lower_)  # "an office party ... the party": the gathering again
                continue
            if term.term in CROWD_COUNTS and not _a_crowd(token):
                continue  # "thousands of rockets", "killed dozens": a count, no crowd that acts
            if term.kind == "title" and _attributive_adjective(token):
                continue  # "her official site": an adjective, no official
            if (
                term.kind == "title"
                and term.sector == PARTY_SECTOR
                and (_modifier(token) or _one_candidate(token, term))
            ):
                # "Republican presidential nominee Donald Trump": a label of the person; "the
                # Republican nominee": one candidate, only as coreference finds them
                continue
            if _no_actor_of_its_own(state, token, term):
                continue
            term = _organisation_term(state, token, self._modified_term(token, term))
            owners = (
                _named_in_apposition(state, token)
                or _region_owner(token, term)
                or self._owners(state, token)
                or _name_place_owner(state, token, first, term, self.sectors)
                or self._ruler(state, token, term)
                or self._coordinated_owner(state, token)
                or _pronoun_owner(state, token)
                or _earlier_owner(state, token, term)
            )
            owners = owners or _sentence_owner(state, token, term, self.sectors)
            if owners:
                self._add_group(state, token, first, former_term(token, term), owners, end)

    def _candidates(self, doc: Doc) -> list[int]:
        """Indices of the words the step can read, in text order: a word a sector term ends in or
        a noun of people (`SectorLexicon.word_ids`), a state noun ("Arab states"), or a long
        alphabetic lower-case word that may misspell a term (`sector_term_at`). Found in the
        Doc's array, not by a Token object per word: any other word adds nothing."""
        if not len(doc):
            return []
        columns = np.asarray(doc.to_array([LOWER, ORTH, LENGTH, IS_ALPHA]), dtype=np.uint64)
        lower = columns[:, 0]
        listed = in_values(lower, self._word_ids)
        misspelt = (lower == columns[:, 1]) & (columns[:, 2] >= NEAR_MIN_CHARS) & (columns[:, 3] == 1)
        return [int(i) for i in np.flatnonzero(listed | misspelt)]

    def _term_at(self, state: Resolution, token: Token) -> tuple[SectorTerm | None, int]:
        """The sector term ending at `token` and its first token, else the chamber a word of kind
        `name` is where it is written as one ("the House voted": `written_as_a_chamber`)."""
        term, first = sector_term_at(self.sectors, state.doc, token.i)
        if term is None and written_as_a_chamber(token, state.places) and not self._begins_a_term(token):
            term = self.sectors.named(token.lower_)
        return term, first

    def _begins_a_term(self, token: Token) -> bool:
        """ "a House panel", "the House committee": a chamber's word that begins a longer term is
        read with it, at the term's last word."""
        doc = token.doc
        return token.i + 1 < len(doc) and sector_term_at(self.sectors, doc, token.i + 1)[1] == token.i

    def _add_nationals(self, state: Resolution, token: Token) -> None:
        """ "The French lawyers", "US attorneys", "a British royal": a noun of people the table
        lists only with a nationality on it (kind nationals), with its nationality word, a demonym
        or a country's initials, is those people; a country's name on it is a topic ("a Ukraine
        lawyer"), and with none it is no actor."""
        term = self.sectors.nationals(token.lower_)
        if term is None or token.dep_ in MODIFIER_DEPS:
            return  # "the British royal family": the family is the actor
        for child in token.lefts:
            hit = state.places.get(child.i) if child.dep_ in MODIFIER_DEPS else None
            if hit is not None and _nationality_word(hit[0], hit[1].form):
                self._add_group(state, token, token.i, term, [(hit[0], hit[1].code)])
                return

    def _ruler(self, state: Resolution, token: Token, term: SectorTerm) -> list[Owner]:
        """ "The Bush administration", "the Assad regime", "a Putin critic", "Trump supporters":
        a group or office named after a person (its leader, the one it backs or opposes) is of
        that person's country (a person of this article or of the knowledge base)."""
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
        if term.term in CAMP_TERMS and not _party_camp(token):
            return SectorTerm(term.term, CIVILIAN, term.kind)
        if term.sector == "MED" and any(t.lower_ in STATE_MEDIA_MARKS for t in token.lefts):
            return SectorTerm(term.term, "GOV", term.kind)
        described = self._described_as(token) if token.is_title else None
        if described is not None:
            return SectorTerm(term.term, described, term.kind)
        if term.sector == "MIL" and token.is_title and self._called_rebels(token):
            return SectorTerm(term.term, REBEL_SECTOR, term.kind)
        served = self._served_body(token, term)
        if served is not None:
            return SectorTerm(term.term, served, term.kind)
        if term.term not in GENERIC_TITLES:
            return term
        for child in token.children:
            if child.dep_ in ("compound", "amod") and child.i < token.i:
                inner = self.sectors.get(child.text)
                if inner is not None:
                    return SectorTerm(term.term, inner.sector, term.kind)
        return term

    def _served_body(self, token: Token, term: SectorTerm) -> str | None:
        """ "The national secretary of the Auto Workers Union", "officials from the ministry",
        "leaders from Muslim and Christian communities": an office that says only rank or a place on
        a staff serves the body its "of", "for" or "from" phrase names, whose sector is the office's
        (issue 11: a union's secretary coded GOV, a faith's leaders GOV); a body named only by its
        people's faith or camp is read as the title with that word ("Muslim leaders", REL). Not the
        countries or nations of such a word ("leaders of Muslim countries" lead states)."""
        if term.term not in SERVING_TITLES:
            return None
        for body in preps(token, SERVED_PREPOSITIONS):
            said, _ = sector_term_at(self.sectors, token.doc, body.i)
            if said is not None and said.kind == "group":
                return said.sector
            if body.lower_ in STATE_NOUNS:
                continue
            for word in (c for c in body.children if c.dep_ in BODY_MODIFIER_DEPS):
                kind = self.sectors.get(f"{word.lower_} {token.lower_}")
                if kind is not None:
                    return kind.sector
        return None

    def _described_as(self, token: Token) -> str | None:
        """ "the Union of Rural Nurses, an aid group", "the Farmers' Party, a charity": a word of
        an organisation's name tells its sector less than what the text says the organisation
        is, a group noun in apposition to the name (to its last word, as the parse often has it)."""
        beside = (
            c
            for c in token.subtree
            if c.dep_ == "appos" and (c.head.i == token.i or (c.head.i > token.i and c.head.is_title))
        )
        for appos in beside:
            said, _ = sector_term_at(self.sectors, token.doc, appos.i)
            if said is not None and said.kind == "group":
                return said.sector
        return None

    def _called_rebels(self, token: Token) -> bool:
        """ "the South Sudan Liberation Army rebel group", "the rebel Kivu Liberation Army", "the
        X Army, a rebel group": an army by name that the text calls rebels is no state's force."""
        words = [c for c in token.lefts if c.dep_ in ("amod", "compound") and not c.is_title]
        if token.dep_ == "compound" and token.head.i > token.i:
            words += [c for c in token.head.lefts if c.dep_ in ("amod", "compound") and c.i > token.i]
        for appos in (c for c in token.children if c.dep_ == "appos"):
            words += [appos, *(c for c in appos.lefts if c.dep_ in ("amod", "compound"))]
        found = (self.sectors.get(w.lower_) for w in words)
        return any(term is not None and term.sector == REBEL_SECTOR for term in found)

    def _owner_of_a_body(self, token: Token) -> bool:
        """ "the Peruvian teachers' union", "the dockers' federation": a group that owns a body
        named by an organisation's word (`name_words.tsv`, kind `organisation`) says who the body's
        members are; the body is the actor, and its words are the mention's (`_modifier_starts`)."""
        head = token.head
        if token.dep_ != "poss" or head.i <= token.i or head.lower_ not in name_words("organisation"):
            return False
        body = sector_term_at(self.sectors, token.doc, head.i)[0]
        return body is not None and body.kind == "group"

    def _inside_larger_term(self, token: Token) -> bool:
        """A term that modifies another term ("government" in "government officials")."""
        head = token.head
        if token.dep_ not in ("compound", "amod") or head.i == token.i:
            return False
        return sector_term_at(self.sectors, token.doc, head.i)[0] is not None

    def _owners(self, state: Resolution, token: Token) -> list[Owner]:
        """The places that tell whose a group is, first the closest kind of owner; an
        organisation the group is named after counts with its own words ("FARC rebels in
        Havana" are Colombian, whatever city they are in)."""
        head = token
        while head.dep_ in ("compound", "amod") and head.head.i != head.i:
            head = head.head
        places = _without_neighbours(state.places, token)
        for number, tokens in enumerate(_owner_tokens(token, head)):
            found = _coordinated(_places_in(tokens, places))
            if found:
                return [(span, ethnic_home(span, code, places)) for span, code in found]
            if number == 0:
                named_after = _organisation_owner(state, token)
                if named_after:
                    return named_after
                if any((hit := places.get(t.i)) and is_patron(hit[0]) for t in tokens):
                    # "Iran-backed militias fired at a US base": whose they are is not said; where
                    # they act is no better a guess than their patron.
                    return []
        return []

    def _coordinated_owner(self, state: Resolution, token: Token) -> list[Owner]:
        """ "sanctions on Iran's morality police and senior security officials", "Israeli troops
        and tanks moved into Gaza": a group with no owner of its own, coordinated with one whose
        owner is its possessor or its demonym, shares it."""
        if token.dep_ != "conj":
            return []
        first = token.head
        for child in first.children:
            if child.dep_ in ("poss", "amod", "compound") and child.i < first.i:
                hit = state.places.get(child.i) or state.places.get(child.left_edge.i)
                if hit is not None and hit[1].form != "igo" and not is_patron(hit[0]):
                    return [(None, hit[1].code)]
        return []

    def _add_group(
        self,
        state: Resolution,
        token: Token,
        first: int,
        term: SectorTerm,
        owners: list[Owner],
        end: int | None = None,
    ) -> None:
        """One mention per coordinated owner ("US and British forces"); the last spans the noun
        (`token`, the term's head) up to `end` (the term's end, after the head's "of" phrase)."""
        end = token.i + 1 if end is None else end
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
        # The owner's words start the mention only inside the noun's own phrase: "In a statement
        # to the Australian broadcaster, the Church denied": the country of another phrase is no
        # part of the Church's name.
        phrase = token
        while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.i > phrase.i:
            phrase = phrase.head  # "five Panamanian army officers": the phrase of "officers"
        start = span.start if span is not None and phrase.left_edge.i <= span.start < first else first
        start = next((i for i in _modifier_starts(token) if i < start and state.free(i, token.i + 1)), start)
        if _civil_organisations_craft(token, term, country):
            args |= {"sector": IGO_SECTOR}
        elif term.sector == RELIGIOUS_SECTOR and does_armed_act(token):
            args |= {"sector": REBEL_SECTOR}  # "radical Islamists bombed the embassy": fighters
        if state.free(start, end):
            state.add(start, end, args | {"country": country, "actor_id": f"{country}:{args['sector']}"})


# The rule of a ship named by its prefix (`actors.ships`: "ship:MV"); the tags of a plural noun.
SHIP_RULE = "ship:"
PLACE_KIND = "place"
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Sectors of an organisation of states' own craft and of a military alliance's.
IGO_SECTOR = "IGO"
MILITARY_SECTOR = "MIL"
# A religious movement that bombs, attacks or invades as its clause's subject is an armed group
# (REB), as a state's people who fight are its forces (actors.armed_acts); one that preaches,
# votes or protests stays religious (REL).
RELIGIOUS_SECTOR = "REL"
REBEL_SECTOR = "REB"


def _nationality_word(span: SpacySpan, form: str) -> bool:
    """A word that says whose nationals people are: a demonym ("French") or a country's initials
    ("US", "U.K."), not its name."""
    letters = span.text.replace(".", "")
    return form == "demonym" or (
        form == "alias" and len(letters) > 1 and letters.isalpha() and letters.isupper()
    )


def _civil_organisations_craft(token: Token, term: SectorTerm, country: str | None) -> bool:
    """Aircraft of an organisation of states that is no military alliance are its own, no
    military's (issue 11: "two U.N. aircraft landed to deliver food" were read as MIL); NATO's
    are (its `function` in data/igos.tsv is MIL)."""
    if term.sector != MILITARY_SECTOR or token.lower_ not in role_words().craft or country is None:
        return False
    entry = packaged_gazetteer().get(country)
    return entry is not None and entry.kind == "igo" and entry.function != MILITARY_SECTOR


# Counts that stand for a crowd of people when they act alone: "Thousands rallied in Belgrade".
CROWD_COUNTS = frozenset({"thousands", "hundreds", "dozens", "scores"})


def _party_camp(token: Token) -> bool:
    """ "The Liberals won", "a Liberal Party MP ... Liberals said": a camp word is a party's members
    when it is written as a name (capitalised inside a sentence) or the story names the party."""
    doc = token.doc
    if any(t.lower_ == token.lower_ and t.text[:1].isupper() and not t.is_sent_start for t in doc):
        return True
    adjective = token.text[:-1].capitalize()  # "Liberals" -> "Liberal"
    return any(
        t.text == adjective and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in CAMP_PARTY_NOUNS for t in doc
    )


def _a_crowd(token: Token) -> bool:
    """A count with no "of" phrase as the subject of its verb: "thousands marched", "hundreds
    took to the streets", "dozens were arrested"; not "thousands of rockets", nor an object
    ("fired thousands", "sold millions": of what, the verb's words tell)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    return token.dep_ in SUBJECT_DEPS


def term_head(doc: Doc, first: int, last: Token) -> Token:
    """The word a sector term's phrase hangs on: its first for a term with an "of" phrase ("the
    Canadian House of Commons voted", "the Nigerian head of state said": its words, its owner and
    its role in the sentence are the first word's), else its last ("foreign minister")."""
    phrase = doc[first : last.i + 1]
    return phrase.root if any(t.lower_ == "of" for t in phrase) else last


def written_as_a_chamber(token: Token, places: Places) -> bool:
    """A chamber's short name as news writes it: capitalised inside its sentence ("The House
    voted", "the Commons"; "House prices" opens one), no person's name ("Colonel House"), heading
    no longer name ("House of Saud"; a chamber's full name, "House of Representatives", is a term
    read at its last word), named after nothing but a state ("the U.S. House", "the Japanese Diet";
    not "Freedom House", "the Opera House", nor a building named after a place, "Westminster
    House"), and naming nothing written as a name after it ("Diet Coke", "House Republicans":
    those words are the actor)."""
    if not token.is_title or token.is_sent_start or token.ent_type_ == "PERSON":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    if token.dep_ in DESCRIBING_DEPS and token.head.i > token.i and token.head.text[:1].isupper():
        return False
    return not any(
        c.dep_ in DESCRIBING_DEPS and c.text[:1].isupper() and not _names_a_state(c, places)
        for c in token.lefts
    )


def _names_a_state(token: Token, places: Places) -> bool:
    """Whether a word is part of a country's name or adjective ("U.S.", "Japanese"), not of a city's
    or a seat's ("Westminster")."""
    return any(
        span.start <= token.i < span.end and form.form in COUNTRY_FORMS for span, form in places.values()
    )


# Titles that say only rank, office or a place on a staff: whose they are is said by the body they
# serve ("the secretary of the union", "leaders from Christian communities").
SERVING_TITLES = GENERIC_TITLES | ORGANISATION_OFFICES | ORGANISATION_STAFF
SERVED_PREPOSITIONS = ("of", "for", "from")
# How a faith's or a camp's word hangs on the body's noun ("Hindu and Muslim communities": nmod).
BODY_MODIFIER_DEPS = MODIFIER_DEPS | {"nmod"}


def sector_term_at(sectors: SectorLexicon, doc: Doc, i: int) -> tuple[SectorTerm | None, int]:
    """The longest sector term ending at token `i`, and its first token."""
    token = doc[i]
    lower = token.lower_
    if lower not in sectors.words:
        # no term ends in a word that no term has, unless it is a long word misspelt
        # or inflected by one letter ("peackeepers", "ambassadors")
        if len(lower) < NEAR_MIN_CHARS or token.text != lower or token.dep_ == "amod":
            return None, i  # an adjective is no misspelt group noun: "conservative Justice Scalia"
        return sectors.near(lower), i
    for size in range(min(sectors.max_words, i + 1), 0, -1):
        # as written: "asylum-seekers" is three tokens and one word
        term = sectors.get(words_text(doc, i - size + 1, i + 1))
        if term:
            return term, i - size + 1
    return None, i


def _party_elsewhere(token: Token, code: str, places: Places) -> bool:
    """Whether every word of the sentence naming `code` names it as another party than the
    group: a subject or an object of another clause ("when Congress cut funding, Mexico said
    enough"; "called on the administration to punish Russia"). A group owned by "its" or
    "their" refers back to that country ("Somalia has seen war and its government ...")."""
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
        return False
    sent = sentence_of(token.doc, token.i)
    spans = [s for s, form in places.values() if form.code == code and sent.start <= s.start < sent.end]
    return bool(spans) and all(_party(span.root) and _other_party(token, span.root) for span in spans)


def _other_party(group: Token, country: Token) -> bool:
    """A country that is a party of another clause than the group's is another party, unless
    its clause governs the group's and the group is no subject there: the country is then the
    one acting in it too ("North Korea claimed to have fired from a submarine", "Britain, which
    has Europe's strongest military")."""
    own, theirs = _clause(group), _clause(country)
    if own == theirs:
        # "The government accused the United States", "the union called for a boycott of
        # Israeli goods": a country its own clause's subject acts on is the other party
        return _subject(group)
    head = group.doc[own]
    governed = any(a.i == theirs for a in head.ancestors)
    return not governed or _subject(group)


REFUGEE_SECTOR = "REF"


def _host(group: Token, code: str, places: Places) -> bool:
    """Whether the country `code` is the subject of the clause of refugees who are not its subject
    ("Germany took in refugees", "called for the United States to accept more refugees"): the
    country that takes them in. CAMEO codes refugees by the country they fled, which only their
    own words or a sentence that names no host tells ("refugees who fled Syria")."""
    if _subject(group):
        return False
    sent = sentence_of(group.doc, group.i)
    own = _clause(group)
    return any(
        form.code == code and _subject(span.root) and _clause(span.root) == own
        for span, form in places.values()
        if sent.start <= span.start < sent.end
    )


def _subject(word: Token) -> bool:
    while word.dep_ in ("compound", "amod", "conj") and word.head.i != word.i:
        word = word.head
    return word.dep_ in SUBJECT_DEPS


def _party(word: Token) -> bool:
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ in PARTY_DEPS:
        return True
    return word.dep_ == "pobj" and word.head.lower_ in PARTY_PREPS


def _clause(word: Token) -> int:
    """The head of the clause a word belongs to (its verb, as far as the parse shows)."""
    head = word.head
    while head.head.i != head.i and head.dep_ not in CLAUSE_DEPS and not _clausal_conj(head):
        head = head.head
    return head.i


def _clausal_conj(word: Token) -> bool:
    return word.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in word.children)


def _modifier(token: Token) -> bool:
    """A word that modifies a noun after it ("Republican" of "Republican presidential nominee")."""
    return token.dep_ in DESCRIBING_DEPS and token.head.i > token.i


def _one_candidate(token: Token, term: SectorTerm) -> bool:
    """ "the nominee", "the Democratic candidate": a candidacy (a party's title written lower-case,
    unlike a party label, "a Republican") of one person, not "candidates" of a party."""
    return token.is_lower and token.lower_ == term.term.split()[-1]


def _bare_noun(token: Token) -> bool:
    """A noun with no word before it but an article ("the party", "party")."""
    return all(c.dep_ == "det" for c in token.lefts)


def _attributive_adjective(token: Token) -> bool:
    """A title word used as an adjective of a thing ("her official site", "national polls",
    "civilian casualties"): it names no person. Before another actor's word it is part of that
    term, read elsewhere; before a noun of `data/speaker_descriptions.tsv` it describes that
    actor ("an activist group"). The pipeline has no tagger: the parse says it is an adjective."""
    head = token.head
    return token.dep_ == "amod" and head.i > token.i and head.lower_ not in description_kinds()


def _pronoun_owner(state: Resolution, token: Token) -> list[Owner]:
    """ "Santos said he had ordered his chief negotiators to travel to Havana": a group owned by
    "his" or "her" is of the country of the nearest person named before it in its sentence,
    not of a place the sentence names."""
    head = token
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
        return []
    sent = sentence_of(token.doc, token.i)
    people = [
        m
        for m in state.mentions
        if m.kind == "person" and m.country and sent.start_char <= m.start and m.end <= token.idx
    ]
    return [(None, max(people, key=lambda m: m.start).country)] if people else []


def _no_actor_of_its_own(state: Resolution, token: Token, term: SectorTerm) -> bool:
    """ "Rick Perry, who is a former governor of Texas": his title, no actor; "Several people
    Republicans have tried to reach": no "people Republicans"; "an Ethiopian ship, MV Gibe",
    "both candidates, X and Y": the named are the actors."""
    if term.kind == "title":
        return describes_a_person(token)
    return _reduced_relative_subject(token) or _names_given(state, token, term)


# Nouns of people in general that never modify a group noun: hung on one by the parse, they are
# the head of a relative clause with no "whom" ("the people Republicans tried to reach").
GENERAL_PEOPLE = frozenset({"people", "persons"})


def _reduced_relative_subject(token: Token) -> bool:
    """A group noun the parse gave "people" as a compound: it is the subject of a relative clause
    with no relative word ("Several people Republicans have tried to talk to have refused"), and
    the parse that joined them gives it the main verb too (issue 11: the refusers were read as
    the Republicans). No actor is made of it rather than a wrong one."""
    return any(c.dep_ == "compound" and c.lower_ in GENERAL_PEOPLE and c.i < token.i for c in token.children)


def _names_given(state: Resolution, token: Token, term: SectorTerm) -> bool:
    """A class noun whose own names follow it: a named ship beside it ("an Indian vessel MV Jag
    Arnav", "an Ethiopian ship, MV Gibe"), or people named after a comma inside its phrase ("both
    candidates for the White House, Democrat X and Republican Y"). The names are the actors; the
    noun only says what they are (issue 11: the new ship and candidate words hid the names). A
    warship keeps its class noun ("the destroyer INS Mysore"), which lends the named ship its flag
    (`_named_in_apposition`)."""
    beside = [c for c in token.children if c.dep_ == "appos"] if term.kind == PLACE_KIND else []
    if any(m.rule.startswith(SHIP_RULE) for w in beside for m in state.mentions if m.start <= w.idx < m.end):
        return True
    if token.tag_ not in PLURAL_TAGS and not token.lower_.endswith("s"):
        return False
    after_comma = [t.idx for t in token.subtree if t.i > token.i and t.doc[t.i - 1].text == ","]
    people = [m for m in state.mentions if m.kind == "person"]
    return any(m.start <= at < m.end for at in after_comma for m in people)


def _named_in_apposition(state: Resolution, token: Token) -> list[Owner]:
    """ "the destroyer INS Mysore", "the frigate HMS Kent": a group word that is the class of a
    named actor beside it is of that actor's country, not of another its sentence names ("tried
    to board a Panamanian cargo ship when the frigate INS Talwar arrived")."""
    beside = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ in ("amod", "compound") and token.head.i > token.i:
        beside.append(token.head)
    for word in beside:
        named = next((m for m in state.mentions if m.start <= word.idx < m.end and m.country), None)
        if named is not None and named.kind in ("group", "igo") and not named.rule.startswith("sector:"):
            return [(None, named.country)]
    return []


def _earlier_owner(state: Resolution, token: Token, term: SectorTerm) -> list[Owner]:
    """ "Sudan's army ... the army", "the union's allies in Congress ... when Congress cut":
    a group named again by the same word, with "the" or as a capitalised name and no owner, is
    the one named before with its country (the latest such)."""
    # a state's body by its name: "Congress", "Parliament" (not a sentence's first word: "Pirates")
    named = term.sector in STATE_ORGANS and token.is_title and not token.is_sent_start
    named = named and not any(c.dep_ == "det" for c in token.lefts)
    if term.kind != "group" or token.i == 0 or not (named or any(c.lower_ == "the" for c in token.lefts)):
        return []
    for mention in reversed(state.mentions):
        if not mention.country or mention.start >= token.idx:
            continue
        if (mention.kind == "group" and _names_term(mention, term)) or _same_force(mention, term):
            return [(None, mention.country)]
    return []


# Words for a state's whole armed force, one another's synonyms: "Sudan's army ... the military".
WHOLE_FORCE_TERMS = frozenset({"army", "military", "armed forces"})


def _same_force(mention: Mention, term: SectorTerm) -> bool:
    """A mention of a state's armed force, or of one who speaks or acts for it ("Sudanese Army
    spokesman Khaled Saad said the military had repelled an attack"), for "the military"."""
    if term.term not in WHOLE_FORCE_TERMS or mention.sector != term.sector:
        return False
    words = f" {mention.text.lower()} "
    return any(f" {w} " in words for w in WHOLE_FORCE_TERMS)


def _names_term(mention: Mention, term: SectorTerm) -> bool:
    """A mention of that group or of something of its ("an Indian Navy warship" ... "the Navy")."""
    return mention.rule == f"sector:{term.term}" or f" {term.term} " in f" {mention.text.lower()} "


# Sectors a title gives whoever holds it: a civilian ("a man"), a criminal ("a gunman").
NAMED_BY_DEED = frozenset({"CVL", "CRM"})


def _sentence_owner(state: Resolution, token: Token, term: SectorTerm, sectors: SectorLexicon) -> list[Owner]:
    """A group with no owner of its own takes the sentence's one country, or none; [] when it is
    no actor at all."""
    places = state.places
    employed = _named_after_organisation(token)
    stateless = employed or _of_no_one_country(token)
    if any(_stateless_modifier(g) for g in _owning_states(token)):
        # "warships of other countries": of no country the story names either
        state.barred[token.idx] = state.barred.get(token.idx, frozenset()) | {ANY_COUNTRY}
    acting = not stateless and (_acts_on_others(token, term) or _struck_by_force(sectors, token, term))
    if acting:
        # "Iran-backed militias fired at a US base in Syria": whose they are is not said, and
        # neither their victims' nor (as `_owners` has it) where they act tells it; nor is
        # "the union" that "called for a boycott of Israeli goods" Israel's
        stateless = _backed(token, places)
        places = _without_others_nationality(state, token, places, term.sector in CIVIL_ORGANS)
    places = _without_persons_nationality(sectors, token, places)
    places = _without_things_nationality(sectors, token, places)
    places = _without_neighbours(places, token)
    named = single_country(sentence_of(token.doc, token.i), places)
    if named is not None and _neighbour_elsewhere(places, token, named):
        named = None  # "rebels attacked a town near the border with Uganda": not Uganda's
    if acting and term.sector == REBEL_SECTOR and _subject(token) and named is None:
        # "Extremists bombed two embassies": rebels or militants who strike the story's people
        # or buildings are not of the story's country for that (issue 11); only a place in
        # their own sentence says whose they are
        state.barred[token.idx] = state.barred.get(token.idx, frozenset()) | {ANY_COUNTRY}
    country = None if stateless else named
    if not stateless and term.sector in FORCES and _subject(token) and _only_where_it_acts(token, places):
        # "Israeli troops entered Gaza ... Tanks and troops moved on Khan Yunis": forces named
        # bare, acting on a place, are those named before, not the place's (issue 11)
        country = _earlier_forces(state, token) or country
    if country and _party_elsewhere(token, country, places):
        country = None  # "when Congress cut funding, Mexico said enough"
    if country and term.sector == REFUGEE_SECTOR and _host(token, country, places):
        country = None  # "Canada will accept 25,000 refugees": their host, not their country
    introduced = _introduced_office(token, term)
    if term.kind == "title" and term.sector == "GOV" and not introduced:
        return []  # "the minister" alone is left to coreference
    if term.kind == "place" and country is None:
        return []  # "villages near the border": whose is not said
    if (
        term.kind == "title"
        and term.sector not in NAMED_BY_DEED
        and country is None
        and not employed
        and not introduced
        and token.left_edge.i > token.sent.start
        and not any(c.lower_ == "the" for c in token.lefts)
        and not done_to(token)
    ):
        # "a journalist" may be anyone; "the journalist" is an actor of the story, and so is "a
        # journalist" that police arrest or gunmen shoot. "A man" shot by police is a civilian
        # whoever he is, and "a gunman" who opened fire a criminal.
        return []
    return [(None, country)]


# Place forms that name a whole country, which a group beside it is not inside.
COUNTRY_FORMS = frozenset({"name", "official", "alias", "demonym"})
# How far up from a country's name its neighbour word may stand ("the border with Pakistan": 3).
NEIGHBOUR_REACH = 4


def _without_neighbours(places: Places, token: Token) -> Places:
    """The places of a sentence less the countries a group's own phrase names as beside where
    it is ("rebels in areas near South Sudan", "militants along the border with Pakistan",
    "insurgents near the Syrian border"): the group is not that country's for it. A city or a
    region near which it is ("rebels near Aleppo") still lies in the group's country, and so
    stays."""
    own = _phrase_head(token)
    kept = {
        start: (span, form)
        for start, (span, form) in places.items()
        if not (_beside(span, form, token) and any(a.i in (token.i, own.i) for a in span.root.ancestors))
    }
    return places.replaced(kept) if len(kept) < len(places) else places


def _neighbour_elsewhere(places: Places, token: Token, code: str) -> bool:
    """Whether the one country left in a group's sentence is named there only as beside
    something ("attacked a town near the border with Uganda"): no evidence of whose it is."""
    sent = token.sent
    return any(
        form.code == code and _beside(span, form, token)
        for span, form in places.values()
        if sent.start <= span.start < sent.end
    )


def _beside(span: SpacySpan, form: SurfaceForm, group: Token) -> bool:
    """A country's name under a word of neighbourhood (place_words.tsv `neighbour`) in its phrase,
    the group not between them."""
    if form.form not in COUNTRY_FORMS:
        return False
    path = _neighbour_path(span)
    return path is not None and group.i not in path


# Doc user data: a place's span (start, end) -> `_neighbour_path` of it, read once per Doc.
_NEIGHBOUR_PATHS_KEY = "wirewatch.groups.neighbour_paths"


def _neighbour_path(span: SpacySpan) -> tuple[int, ...] | None:
    """The words from above a name up to a word of neighbourhood over it within its phrase
    (no verb, at most `NEIGHBOUR_REACH` steps up), else None; kept per Doc, as every group of a
    sentence asks about each of its places."""
    kept = span.doc.user_data.setdefault(_NEIGHBOUR_PATHS_KEY, {})
    key = (span.start, span.end)
    if key not in kept:
        kept[key] = _walk_to_neighbour(span.root)
    path: tuple[int, ...] | None = kept[key]
    return path


def _walk_to_neighbour(node: Token) -> tuple[int, ...] | None:
    beside = place_words("neighbour")
    path: list[int] = []
    for _ in range(NEIGHBOUR_REACH):
        if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):
            return None
        node = node.head
        path.append(node.i)
        if node.lower_ in beside:
            return tuple(path)
    return None


def _without_persons_nationality(sectors: SectorLexicon, token: Token, places: Places) -> Places:
    """The places of a sentence less the nationality words of a person named by their tie to
    another ("his Ukrainian counterpart", "the senator's Mexican counterpart"): a group beside
    them is not of that person's country for it (issue 11: "the Democrats allege the call with
    his Ukrainian counterpart ..." coded the Democrats Ukrainian). A title no one owns ("demand
    the resignation of the Algerian president") may still be the group's own country's."""
    own = _phrase_head(token)
    kept = {}
    for start, (span, form) in places.items():
        head = _phrase_head(span.root)
        if span.root.dep_ in OWNER_DEPS and head.i != own.i and _anothers_person(sectors, head):
            continue
        kept[start] = (span, form)
    return places.replaced(kept) if len(kept) < len(places) else places


def _without_things_nationality(sectors: SectorLexicon, token: Token, places: Places) -> Places:
    """The places of a sentence less the nationality words on a thing outside the group's own
    phrase ("protesters rallied against U.S. beef imports", "students burned Chinese-made goods",
    "the agency told travellers to avoid Ugandan caves"): what is traded, made or visited says
    nothing of whose the group is (issue 11: South Korean protesters read as American). A
    nationality word on an actor ("against the Kenyan government"), on a country's ground
    (`ground` place words: "on Kenyan soil") or inside the group's own phrase ("farmers of
    Kenyan villages") stays."""
    own = _phrase_head(token)
    kept = {}
    for start, (span, form) in places.items():
        root = span.root
        head = _phrase_head(root)
        if root.dep_ in ("amod", "compound") and head.i != root.i and _a_things(sectors, head, own):
            continue
        kept[start] = (span, form)
    return places.replaced(kept) if len(kept) < len(places) else places


def _a_things(sectors: SectorLexicon, noun: Token, own: Token) -> bool:
    """Whether a noun a nationality word modifies is a thing of no actor: a common noun that is
    no group's or title's word, no ground's, no vessel's or aircraft's (role_words `craft`), not
    where something happens (a locative phrase: "at the Kenya market"), and no part of the
    group's own phrase, and no doer: a noun that is the subject of a verb acts for its
    nationality's state ("the Nigerian presidency rebutted ...")."""
    if not noun.is_lower or noun.ent_type_ or noun.lower_ in place_words("ground"):
        return False
    if noun.lower_ in role_words().craft:
        return False  # "the Indian ship came under attack": a vessel sails for its flag's state
    if noun.dep_ == "pobj" and noun.head.lower_ in place_words("locative"):
        return False  # "traders at the Kenya market": where the sentence happens
    if noun.dep_ == "nsubj" and is_verbal(noun.head):
        return False  # "the Nigerian presidency rebutted ...": what acts is no thing traded or seen
    if sector_term_at(sectors, noun.doc, noun.i)[0] is not None or sectors.get(noun.lower_) is not None:
        return False
    node = noun
    while node.i != own.i and node.dep_ in OWN_PHRASE_DEPS and node.head.i != node.i:
        node = node.head
    return node.i != own.i


# Links that keep a noun inside a group's own phrase ("farmers of Kenyan villages").
OWN_PHRASE_DEPS = frozenset({"pobj", "prep", "conj", "appos", *OWNER_DEPS})


def _anothers_person(sectors: SectorLexicon, head: Token) -> bool:
    """A person's title owned by someone ("his counterpart", "Trump's Ukrainian counterpart")."""
    term = sectors.get(head.lower_)
    owned = any(c.dep_ == "poss" for c in head.children)
    return owned and term is not None and term.kind == "title"


# Sectors of the offices a state's people hold by title: an executive office, a seat in a
# legislature, a court's or a prosecution's (the forces' and police ranks are left as they were).
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD"})
INDEFINITE = frozenset({"a", "an"})
# A noun's links that make it a verb's own argument.
VERB_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})


def _introduced_office(token: Token, term: SectorTerm) -> bool:
    """ "Prosecutors charged a former mayor with fraud", "a senator praised the plan": an office
    named with "a", an argument of a verb, brings in one who holds or held it, an actor of the
    story (issue 11: such targets were lost; coreference only reads "the mayor" back). A title of
    rank ("an official", "a spokesman") says no office; "every governor must sign", "the role of a
    judge", "he is a former mayor" name no one."""
    if term.kind != "title" or term.sector not in OFFICE_SECTORS or term.term in GENERIC_TITLES:
        return False
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.lefts):
        return False
    noun = token
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ in VERB_ARGUMENT_DEPS:
        return True
    return noun.dep_ == "pobj" and noun.head.head.i != noun.head.i and is_verbal(noun.head.head)


# A state's armed forces: they act abroad as often as at home, so where they act says little of whose
# they are.
FORCES = frozenset({"MIL"})


def _only_where_it_acts(token: Token, places: Places) -> bool:
    """Whether every place its sentence names is where a group's act goes or happens: an object or
    a preposition's object of the group's verb ("moved on the town of Khan Yunis", "shelled
    villages in Kordofan"), or no place at all."""
    noun = token
    while noun.dep_ in ("compound", "amod", "conj") and noun.head.i != noun.i:
        noun = noun.head
    where = _co_arguments(noun)
    sent = token.sent
    return all(
        span.start in where or span.root.i in where
        for span, _ in places.values()
        if sent.start <= span.start < sent.end
    )


def _earlier_forces(state: Resolution, token: Token) -> str | None:
    """The country of the state forces named last before a group's sentence in its article (in
    its own sentence, other forces are another party: "Somali soldiers fled as troops shelled")."""
    for mention in reversed(state.mentions):
        forces = mention.kind == "group" and mention.sector in FORCES and mention.rule.startswith("sector:")
        if forces and mention.start < token.sent.start_char and mention.country:
            return mention.country
    return None


def _acts_on_others(token: Token, term: SectorTerm) -> bool:
    """Whether a nationality word on another party of the group's verb is no evidence of the
    group's own country: a place struck, an armed group whatever its role, and any other group
    but people of a country's own politics (`HOME_TAKERS`) when it is the one acting ("the army
    shelled farms near the Syrian border"). Acted on, a body keeps its sentence's country ("a
    Kenyan commission urged the government"), as does one its modifier calls local."""
    if term.kind == "place" or term.sector in NON_STATE_ARMED:
        return True
    if term.sector in HOME_TAKERS or not _subject(token):
        return False
    return not any(c.dep_ in ("amod", "compound") and c.lower_ in place_words("home") for c in token.lefts)


# Where the people an armed act falls on stand: its object, its passive subject, "fired on them".
STRUCK_DEPS = frozenset({"dobj", "nsubjpass"})


def _struck_by_force(sectors: SectorLexicon, token: Token, term: SectorTerm) -> bool:
    """Civilians an armed act falls on: the nationality word of the forces or of the attack
    ("killed in a Russian air strike", "Israeli jets bombed the town, killing twelve children")
    is the attackers', not theirs (issue 11: villagers in Idlib read as Russians). Their own
    country is where they were struck, if the sentence names it."""
    if term.sector != "CVL":
        return False
    head = _phrase_head(token)
    if head.dep_ not in STRUCK_DEPS:
        return False
    verb = head.head
    verbs = [verb, verb.head] if verb.dep_ in ("advcl", "xcomp", "conj") else [verb]
    return any(_armed_word(sectors, t) for v in verbs for c in v.children if c.i != head.i for t in c.subtree)


def _armed_word(sectors: SectorLexicon, token: Token) -> bool:
    """A word of an attack ("strike", "shelling") or of a state's armed forces ("jets", "troops")."""
    if token.lower_ in role_words().attack:
        return True
    term, _ = sector_term_at(sectors, token.doc, token.i)
    return term is not None and term.sector in FORCES


# Those who commit violence outside any state's forces ("gunmen", "rebels", "kidnappers").
NON_STATE_ARMED = frozenset({"REB", "CRM"})
# Groups that take their sentence's one country even from a nationality word on another party:
# people and bodies of a country's own politics mostly act at home, on their own state ("Islamic
# fundamentalists demanded the resignation of the Algerian president", "students marched
# against the Kenyan government").
HOME_TAKERS = frozenset({"CVL", "REL", "OPP", "LAB", "EDU", "PTY", "NGO"})


_CITIES = CityGazetteer()
# A state's civil organs act on the people of their own divisions: "federal prosecutors charged two
# Nevada bankers" names where the prosecutors' jurisdiction lies, not a foreign nationality (issue
# 11: a one-country US story left its federal prosecutors of no country).
CIVIL_ORGANS = frozenset({"GOV", "LEG", "JUD", "COP"})


def _without_others_nationality(
    state: Resolution, token: Token, places: Places, keep_divisions: bool = False
) -> Places:
    """The places of a sentence less the nationality words that describe another phrase
    ("a Russian patrol", "a US warship", "Israeli jets"): an armed group that attacked them,
    or a town they struck, is not of their country (issue 11). The country such a group or
    place takes from its sentence is where it is, a place named as one ("in Yemen"); the
    countries left out are barred from it at the article's step too. Only the other
    parties of its own verb count: "soldiers were wounded after militants ambushed their
    patrol" says nothing of the militants' victims' nationality. With `keep_divisions` (a civil
    organ of a state), a first-level division ("two Nevada bankers") is no other nationality."""
    own = _phrase_head(token)
    parties = _co_arguments(own)
    barred: set[str] = set()
    kept = {}
    for start, (span, form) in places.items():
        root = span.root
        division = keep_divisions and _CITIES.division_country(span.text) == form.code
        if (
            root.dep_ in OWNER_DEPS
            and root.i in parties
            and _phrase_head(root.head).i != own.i
            and not division
        ) or _aimed_into(root, parties):
            barred.add(form.code)
            continue
        kept[start] = (span, form)
    barred -= {form.code for span, form in kept.values() if span.sent.start == token.sent.start}
    if barred:
        state.barred[token.idx] = frozenset(barred)
    return places.replaced(kept)


# Links from a verb to the phrases it acts on or with ("ambushed a convoy", "rammed into a
# warship", "struck ... killing three soldiers").
CO_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "prep", "agent", "advcl", "xcomp"})


def _aimed_into(place: Token, parties: set[int]) -> bool:
    """A country the group's own act goes into ("fired rockets into Israel", "crossed into
    Ethiopia") is where its act lands, not where the group is."""
    prep = place.head
    return place.dep_ == "pobj" and prep.i in parties and prep.lower_ in place_words("direction")


def _co_arguments(head: Token) -> set[int]:
    """Tokens of the other phrases of the verb a group's or place's noun is an argument of."""
    noun = head.head if head.dep_ == "pobj" and head.head.i != head.i else head
    verb = noun.head
    if verb.i == noun.i:
        return set()
    parties = [c for c in verb.children if c.dep_ in CO_ARGUMENT_DEPS and c.i != noun.i]
    if verb.dep_ == "advcl" and verb.lower_.endswith("ing"):
        # "Israeli jets bombed the town, killing twelve children": the participle's doer is its
        # clause's subject
        parties += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return {t.i for c in parties for t in c.subtree if t.i != head.i}


def _backed(token: Token, places: Places) -> bool:
    """Whether a group is named with a patron ("Russian-backed separatists")."""
    return any(
        (hit := places.get(t.i)) is not None and is_patron(hit[0]) for t in token.subtree if t.i < token.i
    )


def _phrase_head(token: Token) -> Token:
    """The noun a modifier belongs to, over compounds and adjectives ("US" -> "warship")."""
    while token.dep_ in OWNER_DEPS and token.head.i != token.i:
        token = token.head
    return token


# Words of a place at the head of a body's name: "Los Angeles County" in "the Los Angeles County
# Sheriff's Department".
NAME_PLACE_WORDS = 3
# Bodies every city has of its own, named by the city before their word in lower case ("Anchorage
# police", "a Vancouver court", "Paris prosecutors"): the city's (issue 11).
CITY_BODY_SECTORS = frozenset({"COP", "JUD"})


def _name_place_owner(
    state: Resolution, token: Token, first: int, term: SectorTerm, sectors: SectorLexicon
) -> list[Owner]:
    """ "The Chicago Police Department", "the Kyiv City Council", "the Moscow City Court": a body
    whose name starts with a city or a first-level division, the capitalised words just before
    its sector term, is of that place's country. The model tags the whole name an organisation,
    so the place stage reads no place in it; a name of `data/organisations.tsv` was taken whole
    before this step, with its own country. A body's name only: no title of one person ("Police
    Constable Tim Fanning": "Police" is no Polish town), no common noun ("a pro-Moscow militia").
    A city's police or court is named so with its word in lower case too ("Anchorage police", "a
    Vancouver court": `CITY_BODY_SECTORS`); the model tags no entity there, so the city's name must
    be no word the text writes in lower case and none of the organisations' words some city bears
    ("Federal police", "University police": `place_words("org")`). Those words alone are no place
    in a capitalised name either, as the place stage reads names (`where.names.inner_spans`): "the
    Federal Government" of an Australian story is no Argentine town's (issue 11)."""
    named = state.doc[first].is_title
    if term.kind != "group" or not (named or term.sector in CITY_BODY_SECTORS):
        return []
    after = _name_place_after(state, token) if named else []
    if after:
        return after
    words: list[Token] = []
    i = first - 1
    while i >= 0 and len(words) < NAME_PLACE_WORDS:
        word = state.doc[i]
        if not word.is_title or word.i in state.claimed or word.ent_type_ == "PERSON":
            break
        if word.is_sent_start and (word.dep_ == "det" or (named and not _same_entity(word, token))):
            break  # a sentence's first word is capitalised anyway; inside the model's name it is one
        if sectors.get(word.lower_) is not None:
            break  # "Police Constable", "the Federal Police Department": a sector's word, no place
        if not named and (word.lower_ in place_words("org") or written_in_lower_case(state.doc, word.text)):
            break  # "Federal police", "Local police" (a sentence's first word, in lower case elsewhere)
        words.insert(0, word)
        i -= 1
    if not words or not _in_one_name(words[0], token):
        return []
    for end in range(len(words), 0, -1):
        if is_org_word(state.doc[words[0].i : words[end - 1].i + 1]):
            continue  # "the Federal Government", "the Union Cabinet": a body's own word, no town
        code = _place_country(state, " ".join(w.text for w in words[:end]))
        if code is not None:
            return [(None, code)]
    return []


def _name_place_after(state: Resolution, token: Token) -> list[Owner]:
    """ "The University of Toronto", "the University of Texas": a body whose name ends in "of" and a
    city or a first-level division is of that place's country, when the model tags the whole name
    one organisation (the place stage then reads no place in it)."""
    if token.ent_type_ != "ORG":
        return []
    for place in preps(token, ("of",)):
        words = [t for t in place.subtree if t.i <= place.i]
        inside = state.doc[token.i + 1 : place.i + 1]
        if not all(t.ent_iob_ == "I" for t in inside) or not all(t.is_title for t in words):
            continue  # "the university of a Texas town", "the University of Excellence of Lagos"
        code = _place_country(state, " ".join(w.text for w in words))
        if code is not None:
            return [(None, code)]
    return []


def _place_country(state: Resolution, text: str) -> str | None:
    """The country of a place's name the places stage found, or of a city or a first-level division."""
    code = state.places.named.get(text) or _CITIES.city_country(text, state.places.countries())
    return code or _CITIES.division_country(text)


def _same_entity(word: Token, token: Token) -> bool:
    """Whether the model tagged `word` and `token` as one named entity ("New Bedford Police")."""
    return (
        word.ent_type_ != ""
        and word.ent_iob_ == "B"
        and all(t.ent_iob_ == "I" for t in word.doc[word.i + 1 : token.i + 1])
    )


def _in_one_name(word: Token, token: Token) -> bool:
    """Whether `word` hangs on `token` (or on a word that does) as part of its name."""
    while word.i != token.i and word.head.i != word.i and word.dep_ in ("compound", "amod", "poss", "nmod"):
        word = word.head
    return word.i == token.i


def _region_owner(token: Token, term: SectorTerm) -> list[Owner]:
    """ "European ministers", "Southeast Asian leaders": a world region's, not the story's country's.
    People of no office keep their place's ("Arab citizens of Israel" are Israel's)."""
    code = regions().of(token) if term.sector != "CVL" else None
    return [(None, code)] if code is not None else []


def _add_region_states(state: Resolution, token: Token) -> None:
    """ "Arab states", "Southeast Asian nations", "Western allies": the states of a region, an
    actor only so named, and states act through their governments (GOV), as a bare state does."""
    code = regions().of(token)
    start = min((c.left_edge.i for c in token.lefts if c.dep_ in MODIFIER_DEPS), default=token.i)
    if code is None or not state.free(start, token.i + 1):
        return
    args = {"kind": "group", "country": code, "sector": "GOV", "name": regions().names[code]}
    state.add(start, token.i + 1, args | {"actor_id": code, "rule": f"region:{token.lower_}"})


def _of_no_one_country(token: Token) -> bool:
    """ "World leaders", "foreign diplomats", "international observers": a group its modifier
    says is of no one country (`stateless` words of data/place_words.tsv), or one of no country
    by its nature ("pirates": `stateless_group`)."""
    if token.lower_ in place_words("stateless_group"):
        return True
    return _stateless_modifier(token) or any(_stateless_modifier(g) for g in _owning_states(token))


def _stateless_modifier(token: Token) -> bool:
    return any(
        child.dep_ in ("amod", "compound")
        and child.lower_ in place_words("stateless") | place_words("stateless_organ")
        for child in token.lefts
    )


# Plural forces of states, named as what a group is of ("ships of foreign navies").
NAVY_NOUNS = frozenset({"navies", "armies", "governments"})


def _owning_states(token: Token) -> list[Token]:
    """The states a group is said to be of or from ("warships of other countries", "troops from
    foreign nations"): a "stateless" modifier there makes the group no one country's, not the
    country the sentence names (the one that asked them for help)."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    return [g for p in preps for g in p.children if g.dep_ == "pobj" and g.lower_ in STATE_NOUNS | NAVY_NOUNS]


def _named_after_organisation(token: Token) -> bool:
    """ "Airbus chief executive", "Wagner fighters": a group or title named after an organisation
    the knowledge base does not know is that organisation's, whatever country the sentence names."""
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return any(
        c.dep_ in ("compound", "nmod", "poss") and c.i < token.i and c.ent_type_ == "ORG"
        for c in head.subtree
    )


def _organisation_term(state: Resolution, token: Token, term: SectorTerm) -> SectorTerm:
    """ "Hamas officials", "FBI officials", "Amnesty International officials": a generic title named
    after a listed organisation is of that organisation's sector, not the government's."""
    if term.term not in GENERIC_TITLES:
        return term
    for child in token.children:
        org = (
            state.organisations.get(child.i)
            if child.dep_ in ("compound", "nmod") and child.i < token.i
            else None
        )
        if org is not None and org.sector:
            return SectorTerm(term.term, org.sector, term.kind)
    return term


def _organisation_owner(state: Resolution, token: Token) -> list[Owner]:
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
    yield [t for n in nouns for p in preps(n, ("of",)) for t in p.subtree]
    yield [t for n in nouns for p in _sworn_to(n) for t in p.subtree]
    inside = place_words("inside") | place_words("origin")
    located = [p for n in nouns for p in preps(n, inside)]
    located += [p for n in nouns for c in n.children if c.dep_ == "acl" for p in preps(c, inside)]
    yield [t for p in located for t in p.subtree]
    if head.dep_ in SUBJECT_DEPS:  # "Prisoners rioted at a jail in Dili": where the group acts
        # ("killed in a Russian air strike in Idlib": the attack's nationality is its doers')
        inside_verb = [t for p in preps(head.head, place_words("inside")) for t in p.subtree]
        yield [t for t in inside_verb if not (t.dep_ in OWNER_DEPS and t.head.lower_ in role_words().attack)]


def _sworn_to(noun: Token) -> list[Token]:
    """The "to"/"with" phrase of an allegiance word right after a group's noun (place_words.tsv
    `allegiance`): "forces loyal to South Sudan" are South Sudan's, however the parse hangs
    "loyal" ("between the military and forces loyal to ...": on "military")."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ not in place_words("allegiance"):
        return []
    return [c for c in doc[noun.i + 1].children if c.dep_ == "prep" and c.lower_ in ("to", "with")]


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


def _places_in(tokens: Iterable[Token], places: Places) -> list[tuple[SpacySpan | None, str]]:
    found: list[tuple[SpacySpan | None, str]] = []
    for t in sorted(tokens, key=lambda t: t.i):
        hit = places.get(t.i)
        if (
            hit
            and not is_patron(hit[0])
            and not water_namesake(hit[0])
            and all(c != hit[1].code for _, c in found)
        ):
            found.append((hit[0], hit[1].code))
    return found


def _person_country(state: Resolution, token: Token) -> str | None:
    """Country of the person `token` names: a person mention of this article over it, else a
    curated person of the knowledge base with that surname or name."""
    for mention in state.mentions:
        if mention.kind == "person" and mention.start <= token.idx < mention.end:
            return mention.country
    return curated_country(state.kb, token.text)


def curated_country(kb: ActorKB, text: str) -> str | None:
    entry = kb.by_surname(text) or kb.by_name(text)
    if entry is None or entry.origin == "learned":
        return None
    return entry.country


def describes_a_person(token: Token) -> bool:
    """True when a title noun says what a person is or was: the complement of "be" whose
    subject is a person ("Perry, who is a former governor", "she was the minister"), or an
    apposition to a person's name ("Jeb Bush, a former governor"), or coordinated with such a
    noun ("X, a developer and spokeswoman for ..."). The person is the actor."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "appos":
        return token.head.ent_type_ == "PERSON"
    if token.dep_ != "attr" or token.head.lower_ not in BE_FORMS:
        return False
    subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.ent_type_ == "PERSON" or s.lower_ in PERSON_SUBJECTS for s in subjects)


# Subjects of "be" that stand for a person named nearby.
PERSON_SUBJECTS = frozenset({"who", "he", "she"})


def former_term(token: Token, term: SectorTerm) -> SectorTerm:
    """ "The former governor of Texas": an office holder no more (CAMEO: ELI), not the office."""
    if term.kind == "title" and term.sector == "GOV" and any(c.lower_ in FORMER_WORDS for c in token.lefts):
        return SectorTerm(term.term, FORMER_SECTOR, term.kind)
    return term


def _inside_organisation_name(token: Token, term: SectorTerm) -> bool:
    """A sector word that only modifies an organisation's name ("Doctors" in "the Junior Doctors
    Association", "Teachers" in "the National Union of Teachers"): the name is the actor
    (`unlisted.py`), not a group of doctors. A term that heads the name stays ("the Kenya
    Defence Forces"). A capitalised title before the head of a name no table knows the shape of
    ("National" in "the National Steering Board") is a word of that name, not a person's title;
    a body's word there stays one ("University" in "Baghdad University Medical School")."""
    for ent in entities(token.doc):
        if ent.label_ in ORG_LABELS and ent.start <= token.i < ent.end:
            name = organisation_name(ent)
            if name is not None:
                return name.start <= token.i < name.end and name.root.i != token.i
            return term.kind == "title" and _name_word_before_head(
                strip_possessive(strip_leading_article(ent)), token
            )
    return False


def _name_word_before_head(name: SpacySpan, token: Token) -> bool:
    """`token` is a capitalised modifier inside `name`, before its capitalised head."""
    root = name.root
    return (
        len(name) >= 2
        and name.start <= token.i < root.i
        and token.dep_ in ("compound", "amod")
        and token.text[:1].isupper()
        and root.text[:1].isupper()
    )
