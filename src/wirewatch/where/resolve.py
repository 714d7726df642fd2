"""Toponyms of a parsed Doc, resolved to gazetteer places.

Candidate spans are spaCy's GPE, LOC, FAC and NORP entities and the actor stage's
country and place mentions (which catch "DPRK" where the model does not). Each span's
gazetteer candidates are scored:

    score = log10(population) + KIND_PRIOR[kind] + PRIMARY_BONUS (own name, not an alternate)
            + CONTEXT_WEIGHT * share of the article's country evidence in the candidate's country
            + DIVISION_WEIGHT * share of the article's division evidence in its state or province

The article's country evidence is the countries of its actor mentions and of its
unambiguous toponyms, so "Georgia" in a story about Atlanta is the US state, "London"
in a Canadian story with nothing British is London, Ontario, and Havana stays in Cuba.
Its division evidence (US states, Canadian provinces... with GeoNames admin1 codes) is the
divisions it names ("Kentucky", "Ky."), those of its toponyms that lie in one division,
and those of its North American phone numbers' area codes.

"<place>, <division or country>" ("Paris, Ky.", "London, Ontario", "Paris, France") keeps
the place's candidates in that division, else that country; other mentions of the same
name in the article follow it. Towns (1,000 to 15,000 inhabitants) are candidates only so
qualified or in a division the article names: "Glasgow" alone stays in Scotland.

A dateline's place ("WASHINGTON (AP) -", see `where.dateline`) is read from the text even
when the model missed it, and it is a city or town whenever the name has one: a dateline
names where a story was filed, so "WASHINGTON" is the capital, not the state whose Seattle
the story names (issue 11). Names are matched whole: a country inside a longer place name
("Mexico" in "New Mexico") is no evidence of that country.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from wirewatch.doctools import capitalised_indices, doc_text, entities
from wirewatch.gazetteer.countries import Gazetteer, normalise
from wirewatch.model import ORGANISATION_RULE, Mention
from wirewatch.where.dateline import dateline_spans
from wirewatch.where.gazetteer import (
    Candidate,
    Place,
    PlaceGazetteer,
    area_codes,
    lookup_key,
    place_words,
)
from wirewatch.where.names import (
    HOLDING_LABELS,
    INNER_KINDS,
    MIN_BARE_CITY_POPULATION,
    STRAY_LABELS,
    TAKEN_LABELS,
    bare_names,
    heads_an_office,
    inner_spans,
    is_introduced,
    is_listed_with_a_place,
    is_org_word,
    is_timeless,
    opening_names,
)

PLACE_LABELS = frozenset({"GPE", "LOC"})
DEMONYM_LABELS = frozenset({"NORP"})
# Tuned by hand on the seed articles and on known ambiguities (Georgia, London, Washington),
# then checked on the eval sets, where the context weight was raised from 1.5 to 2.5 after
# TR-News showed London, Ontario lost to London, England in Canadian stories (see CHANGELOG):
# a country outranks a same-named city of similar size; an alternate name counts less than
# a place's own name; the article's countries can outweigh a population ratio of about 300.
KIND_PRIOR = {"continent": 1.5, "country": 1.5, "admin1": 0.0, "county": 0.0, "city": 0.0, "town": 0.0}
PRIMARY_BONUS = 1.0
CONTEXT_WEIGHT = 2.5
# The division weight was chosen on TR-News errors: 0.75 to 1.5 gave the same countries,
# 1.25 sits between; at 2.0, "Paris" in a Kentucky story about a trip to France became
# Paris, Kentucky. With the country's share it lifts a town of 10,000 in the story's state
# over a namesake of 10 million abroad when nothing in the story points abroad.
DIVISION_WEIGHT = 1.25
TOWN = "town"
# Generic words whose division is seldom the same place as the town of that name: a US
# county is named after a person or a feature more often than after its seat ("Laurel
# County" is not Laurel, Maryland), where "Idlib province" is around the city of Idlib.
NAMED_APART = frozenset({"county"})
SETTLEMENTS = frozenset({"city", TOWN})
# What a qualifier narrows to its division: settlements and US counties ("Adair County, Ky.").
LOCALITIES = SETTLEMENTS | {"county"}
QUALIFIER_KINDS = frozenset({"admin1", "country"})
# ", Ky." / ", Ontario" / ", New South Wales": up to three capitalised words after a comma.
_QUALIFIER = re.compile(r"\s*,\s*([A-Z][\w'\u2019.&-]*(?:[ \t]+[A-Z][\w'\u2019.&-]*){0,2})")
# Up to two capitalised words right before a span ("Little" of "Little Portugal").
_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019.-]*[ \t]+){1,2}\Z")
_WORD = re.compile(r"[A-Z][\w'\u2019.-]*")
WIDEN_CHARS = 40
# A North American phone number (519-661-5670, (519) 661-5670, 1-519-661-5670); group 1 is
# its area code. Toll-free codes (800, 888...) are not in the area-code table.
_PHONE = re.compile(r"(?<![\d-])(?:1[-. ])?\(?([2-9]\d\d)(?:\) ?|[-.])[2-9]\d\d[-.]\d{4}(?!\d)")
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
# How a span may be looked up: any name, a place's own name only (facilities such as
# "White House", and names the model mislabelled: "in Edmonton" tagged ORG, see
# `where.names`), as a country's demonym ("Canadian"), a demonym or else a place's own name
# (NORP: "Canadian", but "Aleppo" tagged NORP is the city), or a place's own name inside a
# longer name ("the Winnipeg Free Press"), which may not be a town or an org word.
ANY_NAME, OWN_NAME, DEMONYM, DEMONYM_OR_OWN, INNER = "any", "own", "demonym", "demonym|own", "inner"
# Actor mentions that are evidence of the article's countries: those naming a country
# outright. A capital ("London") is itself a toponym to resolve, not evidence.
# A seat of government's or a legislature's name (the actor stage's rules) is also a building's.
SEAT_RULES = frozenset({"gazetteer:metonym", "gazetteer:legislature"})
# A nationality on a noun, "demonym-forces" on an act of war ("Israeli air raids"), is one too.
EVIDENCE_FORMS = ("name", "official", "alias", "demonym", "demonym_plural", "demonym-modifier")
EVIDENCE_RULES = frozenset(f"gazetteer:{form}" for form in (*EVIDENCE_FORMS, "demonym-forces"))


Division = tuple[str | None, str]  # (ISO3, GeoNames admin1 code): a state, a province


@dataclass(frozen=True)
class Toponym:
    """A place named in the text, resolved; `demonym` for "Canadian" and the like."""

    start: int
    end: int
    text: str
    place: Place
    demonym: bool = False
    dateline: bool = False  # the place of a dateline ("KYIV, Feb 24 (Reuters) -")


def _trimmed(doc_text: str, start: int, end: int) -> tuple[int, int]:
    text = doc_text[start:end]
    for suffix in _POSSESSIVE:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            end -= len(suffix)
            break
    if doc_text[start:end].lower().startswith("the "):
        start += 4
    return start, end


def _mode(ent: SpacySpan) -> str | None:
    if ent.label_ in PLACE_LABELS:
        return ANY_NAME
    if ent.label_ == "FAC" or (ent.label_ in TAKEN_LABELS and _taken_for_a_place(ent)):
        return OWN_NAME
    if ent.label_ in DEMONYM_LABELS:
        return DEMONYM if is_org_word(ent) else DEMONYM_OR_OWN
    if ent.label_ in STRAY_LABELS and is_timeless(ent) and not is_org_word(ent):
        return OWN_NAME
    return None


def _taken_for_a_place(ent: SpacySpan) -> bool:
    """An ORG or PERSON name placed by its context: after a preposition of place, before a
    local office, or listed with a name the model tagged as a place ("Khartoum and Al
    Jazirah", the second taken for a person)."""
    return is_introduced(ent) or heads_an_office(ent) or is_listed_with_a_place(ent)


def _a_surname(mention: Mention, text: str) -> bool:
    """A person mention that is the surname of a full name: the last word of a name of two
    words or more with no possessive inside ("Lopez" of "Daniel Lopez"; not "Riverton" of a
    headline's "Riverton Joe's Diner" or of "Riverton Fire Chief" taken for a person)."""
    words = (mention.name or "").replace("\u2019", "'").split()
    return (
        mention.kind == "person"
        and len(words) > 1
        and not any(w.endswith("'s") for w in words)
        and words[-1] == text[mention.start : mention.end]
    )


def candidate_spans(
    doc: Doc, mentions: Sequence[Mention], datelines: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int, str]]:
    """(start, end, lookup mode) of every span that may name a place, in text order; the
    `datelines` spans replace what overlaps them. An entity the actor stage read as exactly a
    person's surname is none: the model tags a surname alone as a place when a town bears it."""
    spans: dict[tuple[int, int], str] = dict.fromkeys(datelines, ANY_NAME)
    full_text = doc_text(doc)
    people = {(m.start, m.end) for m in mentions if _a_surname(m, full_text)}
    ents: Iterable[SpacySpan] = entities(doc)
    for ent in ents:
        mode = _mode(ent)
        if (ent.start_char, ent.end_char) in people:
            continue  # the actor stage read the name as a person's ("Lopez" after "Daniel Lopez")
        if mode is not None and not any(s < ent.end_char and ent.start_char < e for s, e in datelines):
            spans[_trimmed(full_text, ent.start_char, ent.end_char)] = mode
    for m in mentions:
        seat = m.rule in SEAT_RULES
        if (seat or m.kind in ("country", "place")) and not any(s < m.end and m.start < e for s, e in spans):
            # A seat of government standing for its country ("the White House", "the Kremlin"),
            # or a legislature ("the Knesset"), is a building: its own name only ("White House" is
            # also Casablanca's other name).
            spans[(m.start, m.end)] = OWN_NAME if seat else ANY_NAME
    return sorted((s, e, mode) for (s, e), mode in spans.items())


def country_evidence(
    mentions: Sequence[Mention], unambiguous: Iterable[Place], divisions: Iterable[Division] = ()
) -> dict[str, float]:
    """Share of the article's country evidence per ISO3 code (`divisions`: those known from
    elsewhere, such as phone numbers, count for their country)."""
    counts = country_counts(mentions, unambiguous, divisions)
    total = sum(counts.values())
    return {code: n / total for code, n in counts.items()} if total else {}


def country_counts(
    mentions: Sequence[Mention], unambiguous: Iterable[Place], divisions: Iterable[Division] = ()
) -> Counter[str]:
    """How many times the article points to each country (see `country_evidence`)."""
    counts = Counter(m.country for m in mentions if m.country and m.rule in EVIDENCE_RULES)
    counts.update(p.country for p in unambiguous if p.country)
    counts.update(country for country, _ in divisions if country)
    return counts


@dataclass(frozen=True)
class Evidence:
    """What the article says about where it is: shares of its countries and divisions."""

    countries: dict[str, float]
    divisions: dict[Division, float]
    counts: Counter[str] = field(default_factory=Counter)  # what the shares are of

    def division(self, place: Place) -> float:
        return self.divisions.get((place.country, place.admin1), 0.0) if place.admin1 else 0.0

    def supports(self, place: Place) -> bool:
        """A town is a candidate only in a division the article names: most mentions of
        "Paris" or "Glasgow" are not the small towns of that name (see gazetteer)."""
        return place.kind != TOWN or self.division(place) > 0.0


def score(candidate: Candidate, evidence: Evidence) -> float:
    place = candidate.place
    return (
        place.weight
        + KIND_PRIOR.get(place.kind, 0.0)
        + (PRIMARY_BONUS if candidate.primary or candidate.demonym else 0.0)
        + CONTEXT_WEIGHT * evidence.countries.get(place.country or "", 0.0)
        + DIVISION_WEIGHT * evidence.division(place)
    )


def _usable(candidates: list[Candidate], mode: str) -> list[Candidate]:
    if mode == DEMONYM_OR_OWN:
        demonyms = _usable(candidates, DEMONYM)
        return demonyms or [c for c in _usable(candidates, INNER) if c.place.kind != "country"]
    if mode == DEMONYM:
        return [c for c in candidates if c.demonym]
    if mode == OWN_NAME:
        return [c for c in candidates if c.primary]
    if mode == INNER:
        return [c for c in candidates if c.primary and not c.demonym and c.place.kind in INNER_KINDS | {TOWN}]
    return [c for c in candidates if not c.demonym]


# A city this large is known by its other names too ("Calcutta", "Bombay", "Peking"): such
# a one-word name counts as its own even where the model did not tag it as a place (not a
# longer one: "White House" is some city's other name too).
MIN_FORMER_NAME_POPULATION = 1_000_000


def _former_name(candidate: Candidate) -> bool:
    place = candidate.place
    return place.kind == "city" and not candidate.demonym and place.population >= MIN_FORMER_NAME_POPULATION


def lookup(gazetteer: PlaceGazetteer, text: str, mode: str) -> list[Candidate]:
    """Candidates for `text`; without a generic last word ("Sichuan province") or a generic
    head ("County of Brant", "City of Toronto") if need be."""
    found = _usable(gazetteer.lookup(text), mode)
    words = text.split()
    if mode == OWN_NAME and len(words) == 1:
        # One word the model did not tag as a place: a big city's other name ("Calcutta"),
        # or a country's or division's abbreviation ("DRC", "NSW" in "the NSW government").
        found += [
            c
            for c in gazetteer.lookup(text)
            if not c.primary and (_former_name(c) or (text.isupper() and c.place.kind in QUALIFIER_KINDS))
        ]
    if mode == INNER and len(words) == 1 and text.isupper():
        # A division's abbreviation read from a bare word or inside a name ("regional NSW").
        found += [c for c in gazetteer.lookup(text) if not c.primary and c.place.kind == "admin1"]
    generic = place_words("generic")
    if not found and len(words) > 1 and words[-1].lower() in generic:
        found = _usable(gazetteer.lookup(" ".join(words[:-1])), mode)
        if words[-1].lower() in NAMED_APART:
            found = [c for c in found if c.place.kind not in SETTLEMENTS]
    if not found and len(words) > 2 and words[0].lower() in generic and words[1] == "of":
        # "the City of Turkey" is a town of that name, not the country.
        inner = _usable(gazetteer.lookup(" ".join(words[2:])), mode)
        found = [c for c in inner if c.place.kind not in ("country", "continent")]
    if not found and len(words) > 1 and words[0].lower() in place_words("compass"):
        found = _part_of(gazetteer, " ".join(words[1:]), mode)
    return _city_over_alias(found)


# Kinds of place whose own name outweighs the same words as another name of their country.
OWN_NAME_KINDS = SETTLEMENTS | {"admin1"}


def _city_over_alias(found: list[Candidate]) -> list[Candidate]:
    """Without a country's candidate when its name is only another name of that country and
    a city or a division of the same country bears it as its own: "Gaza" is Gaza, the city at
    the heart of the strip, nearer what the name means than the point of all Palestine; "the
    Gaza Strip" and "the West Bank" are those parts, not the country's point in one of them."""
    owners = {c.place.country for c in found if c.primary and c.place.kind in OWN_NAME_KINDS}
    return [c for c in found if c.primary or c.place.kind != "country" or c.place.country not in owners]


# What a part named by a compass adjective may lie in: "Northern Europe" is a region of its
# own, far from the continent's point, and a town is too small to have parts named so.
_HAVING_PARTS = frozenset({"country", "admin1", "city"})


def _part_of(gazetteer: PlaceGazetteer, name: str, mode: str) -> list[Candidate]:
    """The places of `name` that a part of it named by a compass adjective lies in ("Eastern
    China", "Western Canada's trade", "North-Western Sydney"): the part is in that place, and
    nearer its point than anything else the gazetteer holds. Not a nationality: "Western
    Australian" is the adjective of Western Australia, no part of anything Australian."""
    found = _usable(gazetteer.lookup(name), mode)
    return [c for c in found if c.place.kind in _HAVING_PARTS and not c.demonym]


_AFTER = re.compile(r"[ \t]+([a-z]+)[ \t]+([A-Z][\w'\u2019.-]*)")
# Up to two capitalised words right after a span ("Guiana" of "French Guiana").
_AFTER_NAME = re.compile(r"[ \t]+([A-Z][\w'\u2019-]*)(?:[ \t]+([A-Z][\w'\u2019-]*))?")


def _widened_right(
    gazetteer: PlaceGazetteer, text: str, start: int, end: int, mode: str
) -> tuple[int, list[Candidate]]:
    """The span's end and candidates, taking in a linking word and a capitalised word after
    it when that longer name is a division or settlement: the model ends "Rio Grande do Sul"
    at "Rio Grande". So too one or two capitalised words right after it: the model splits
    "French Guiana" into a nationality and a person, and a territory named by its country's
    adjective is the territory, not the country (longest first)."""
    own = lookup(gazetteer, text[start:end], mode)
    after = _AFTER.match(text, end)
    if after is not None and after.group(1) in place_words("link"):
        found = [c for c in lookup(gazetteer, text[start : after.end()], mode) if c.place.kind != TOWN]
        if found:
            return after.end(), found
    names = _AFTER_NAME.match(text, end)
    if names is not None:
        for stop in sorted({names.end(1), names.end()}, reverse=True):
            longer = ANY_NAME if mode in (DEMONYM, DEMONYM_OR_OWN) else mode
            found = [c for c in lookup(gazetteer, text[start:stop], longer) if c.place.kind != TOWN]
            if found:
                return stop, found
    return end, own


def widened(
    gazetteer: PlaceGazetteer, text: str, start: int, end: int, mode: str
) -> tuple[int, int, list[Candidate]]:
    """The span's start and candidates, taking in up to two capitalised words before it when
    that longer name is a place: the model often tags only the last word ("the Little
    Portugal home" as "Portugal"). The longer name must have a settlement or division of
    its own, not only towns, which would need more context to be taken."""
    end, own = _widened_right(gazetteer, text, start, end, mode)
    before = _BEFORE.search(text, max(0, start - WIDEN_CHARS), start)
    if before is not None:
        places = {c.place for c in own}
        for word in _WORD.finditer(text, before.start(), start):  # longest first
            found = lookup(gazetteer, text[word.start() : end], mode)
            # "The United States" is the same name: only another place widens the span.
            if any(c.place.kind != TOWN and c.place not in places for c in found):
                return word.start(), end, found
    return start, end, own


LookedUp = tuple[int, int, str, list[Candidate]]


def qualifier(gazetteer: PlaceGazetteer, text: str, end: int) -> list[Place]:
    """The division or country named after a toponym and a comma ("Paris, Ky.", "London,
    Ontario", "Melville, Sask."), read from the text because the model often leaves the
    abbreviation untagged. Longest name first: "Perth, Western Australia"."""
    found = qualifier_span(gazetteer, text, end)
    return found[2] if found else []


def qualifier_span(gazetteer: PlaceGazetteer, text: str, end: int) -> tuple[int, int, list[Place]] | None:
    """`qualifier` with where its name stands: (start, end, places), or None."""
    match = _QUALIFIER.match(text, end)
    if match is None:
        return None
    words = match.group(1).split()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        for form in dict.fromkeys((phrase, phrase.rstrip("."), phrase.rstrip(".") + ".")):
            places = [
                c.place for c in gazetteer.lookup(form) if c.place.kind in QUALIFIER_KINDS and not c.demonym
            ]
            if places and text.startswith(form, match.start(1)):
                return match.start(1), match.start(1) + len(form), places
    return None


def within(candidates: list[Candidate], places: list[Place]) -> list[Candidate] | None:
    """The settlements (or counties) among `candidates` in the qualifier's division, else in its country;
    None when the name is itself a division or country there ("Washington, Oregon" is a
    list of states) or has no candidate there. A qualifier that names only divisions, none
    holding a namesake, leaves no candidate: "Fairview, W.Va." is a village we do not know,
    and a Fairview of another state would be hundreds of kilometres off."""
    countries = {p.country for p in places}
    inside = [c for c in candidates if c.place.country in countries]
    if not inside or any(c.place.kind not in LOCALITIES for c in inside):
        return None
    # A region over several divisions ("Al-Fashir, Darfur") has no code: it narrows to its country.
    divisions = {(p.country, p.admin1) for p in places if p.kind == "admin1" and p.admin1}
    in_division = [c for c in inside if (c.place.country, c.place.admin1) in divisions]
    if not in_division and all(p.kind == "admin1" and p.admin1 for p in places):
        return []
    return in_division or inside


def _elsewhere(candidates: list[Candidate], places: list[Place]) -> bool:
    """True when the qualifier puts the name where none of its places is ("Surrey, UK" with
    only a Canadian Surrey known; "Bradford, Ontario"): the name is a place we do not know,
    and its namesakes elsewhere would be wrong. Not for a list of divisions or countries
    ("Washington, Oregon", "Russia, China")."""
    countries = {p.country for p in places}
    if any(c.place.kind in QUALIFIER_KINDS for c in candidates):
        return False
    return not any(c.place.country in countries for c in candidates)


def _qualifier_start(text: str, end: int) -> int:
    match = _QUALIFIER.match(text, end)
    return match.start(1) if match else -1


def containing(candidates: list[Candidate], inside: list[Candidate]) -> list[Candidate]:
    """The qualifier's own candidates that hold the qualified place: "Georgia" in "Athens,
    Georgia" is the state once Athens is the one in Georgia."""
    divisions = {(c.place.country, c.place.admin1) for c in inside}
    countries = {c.place.country for c in inside}
    return [
        c
        for c in candidates
        if (c.place.kind == "admin1" and (c.place.country, c.place.admin1) in divisions)
        or (c.place.kind == "country" and c.place.country in countries)
    ]


def _qualified(
    gazetteer: PlaceGazetteer, text: str, looked_up: list[LookedUp]
) -> tuple[list[LookedUp], Counter[Division], set[int]]:
    """Spans narrowed by their qualifier, the divisions the qualifiers name, and which spans
    were narrowed. Other mentions of a narrowed name keep to its places ("GLASGOW, Ky." in the
    dateline, then "Glasgow" alone): a story uses one name for one place."""
    out = list(looked_up)
    divisions: Counter[Division] = Counter()
    narrowed: dict[str, list[Place]] = {}
    by_start = {entry[0]: i for i, entry in enumerate(looked_up)}
    for i, (start, end, name, candidates) in enumerate(looked_up):
        places = qualifier(gazetteer, text, end)
        divisions.update((p.country, p.admin1) for p in places if p.kind == "admin1")
        inside = within(candidates, places) if places else None
        if inside is None:
            if places and _elsewhere(candidates, places):
                out[i] = (start, end, name, [])  # "Bradford, Ontario": not the English city
            continue
        out[i] = (start, end, name, inside)
        narrowed.setdefault(lookup_key(name).casefold(), []).extend(c.place for c in inside)
        j = by_start.get(_qualifier_start(text, end))
        holding = containing(out[j][3], inside) if j is not None else []
        if j is not None and holding:
            out[j] = (*out[j][:3], holding)
    qualified = {i for i, entry in enumerate(out) if entry is not looked_up[i]}
    for i, (start, end, name, candidates) in enumerate(out):
        same = narrowed.get(lookup_key(name).casefold())
        kept = [c for c in candidates if c.place in same] if same and i not in qualified else []
        if kept:
            out[i] = (start, end, name, kept)
            qualified.add(i)
    return out, divisions, qualified


def phone_divisions(text: str) -> Counter[Division]:
    """The divisions of the article's North American phone numbers, once per area code: a
    local story gives local numbers ("call London police at 519-..." is London, Ontario)."""
    codes = area_codes()
    found = {match.group(1) for match in _PHONE.finditer(text)}
    return Counter(codes[code] for code in found if code in codes)


def division_evidence(
    places_by_span: Iterable[list[Place]], named: Counter[Division]
) -> dict[Division, float]:
    """Share of the article's division evidence per (ISO3, admin1): the divisions qualifiers
    and phone numbers name, and those of toponyms whose places all lie in one division
    ("Kentucky", "Ky.", "Townsville", "New York")."""
    counts = Counter(named)
    for places in places_by_span:
        divisions = {(p.country, p.admin1) for p in places}
        if len(divisions) == 1 and places[0].admin1:
            counts.update(divisions)
    total = sum(counts.values())
    return {division: n / total for division, n in counts.items()} if total else {}


def article_evidence(
    text: str,
    mentions: Sequence[Mention],
    looked_up: list[LookedUp],
    qualified: set[int],
    named: Counter[Division],
) -> Evidence:
    """The article's countries and divisions. Towns count only where qualified: until their
    division is known they are not candidates, and would make every name look ambiguous."""
    settled = [
        [c.place for c in candidates if i in qualified or c.place.kind != TOWN]
        for i, (*_, candidates) in enumerate(looked_up)
    ]
    unambiguous = [place for place in map(_one_country, settled) if place is not None]
    phones = phone_divisions(text)
    counts = country_counts(mentions, unambiguous, phones.elements())
    total = sum(counts.values())
    countries = {code: n / total for code, n in counts.items()} if total else {}
    telling = [
        places
        for places, (*_, candidates) in zip(settled, looked_up, strict=True)
        if places and not _town_namesakes(places, candidates)
    ]
    return Evidence(countries, division_evidence(telling, named + phones), counts)


# A city's name tells its state only when it outweighs every town of that name elsewhere this
# many times in people (as `gazetteer.cities.DOMINANCE` reads a city's country): "Houston" is
# Texas's; "Palmer" (18,000 in Massachusetts, 7,000 in Alaska) tells no state, else its eleven
# mentions in a story about Palmer, Alaska, outvote the one "Alaska" (issue 11).
TOWN_DOMINANCE = 5


def _town_namesakes(places: list[Place], candidates: list[Candidate]) -> bool:
    """True when a town of the name in another division comes near the settled places' size."""
    largest = max(p.population for p in places)
    held = {(p.country, p.admin1) for p in places}
    return any(
        c.place.kind == TOWN
        and (c.place.country, c.place.admin1) not in held
        and c.place.population * TOWN_DOMINANCE > largest
        for c in candidates
    )


def own_evidence(looked_up: list[LookedUp]) -> list[Counter[str]]:
    """For each span, the country evidence its own name gives the article, all its mentions
    together ("Pando" twice is twice Uruguay's): what `_stranded` sets aside."""
    by_name: dict[str, Counter[str]] = {}
    for _, _, name, candidates in looked_up:
        place = _one_country([c.place for c in candidates if c.place.kind != TOWN])
        counts = by_name.setdefault(_bare_name(name), Counter())
        if place is not None and place.country:
            counts[place.country] += 1
    return [by_name[_bare_name(name)] for _, _, name, _ in looked_up]


def _stranded(best: Candidate, evidence: Evidence, own: Counter[str], inner: bool = False) -> bool:
    """True for a small city (under MIN_BARE_CITY_POPULATION) in a country nothing else in the
    article points to, while the article points to other countries: the name is more likely a
    place the gazetteer lacks in the story's country ("Pando", a Bolivian department, is not
    the Uruguayan town in a Bolivian story) than a small town abroad named alone. Its own
    mentions are no evidence for it (nor is its division, which it names itself); another
    place of its country, its division among them, a qualifier or a dateline keep it. A city
    of any size read only from inside a longer name (`inner`) is held to the same test: "Beni"
    of "Beni Suef" in an Egyptian story is not the Congolese city."""
    place = best.place
    if place.kind != "city" or (place.population >= MIN_BARE_CITY_POPULATION and not inner):
        return False
    others = evidence.counts - own
    return others[place.country or ""] <= 0 and sum(others.values()) > 0


def _one_country(places: list[Place]) -> Place | None:
    """The place whose country a span is evidence of: all its places lie in one country, or it
    names a country whose other readings are only settlements ("Lebanon" beside Lebanon, Pa.,
    which a qualifier would have kept alone; not "Georgia", also a US state)."""
    if places and len({p.country for p in places}) == 1:
        return places[0]
    countries = [p for p in places if p.kind == "country"]
    if len(countries) == 1 and all(p.kind in SETTLEMENTS for p in places if p is not countries[0]):
        return countries[0]
    return None


def _usable_towns(
    candidates: list[Candidate], evidence: Evidence, qualified: bool, mode: str, text: str
) -> list[Candidate]:
    """The candidates a span may take: a town only when qualified, or when its division is
    in the article and the model tagged the span as a place, or the town's name stands at
    the head of an organisation's ("the Glasgow Police Department" in a Kentucky story), or
    it is one word the model took for something else ("James Suver, of Columbia"). A longer
    name it took for something else, read as a place only because "in" or "at" comes before
    it, is a town only when qualified ("at St. Paul's Hospital" is no town of Alberta)."""
    if qualified:
        return candidates
    may_be_town = mode in (ANY_NAME, INNER) or (mode != DEMONYM and " " not in text)
    usable = [c for c in candidates if c.place.kind != TOWN or (may_be_town and evidence.supports(c.place))]
    return [c for c in usable if not _overshadowed(c, usable, evidence)]


def _overshadowed(candidate: Candidate, candidates: list[Candidate], evidence: Evidence) -> bool:
    """True for a small city (under MIN_BARE_CITY_POPULATION) whose division the article does not
    name, beside a namesake that is a nation's capital known the world over (a city of
    MIN_FORMER_NAME_POPULATION): "U.N. climate talks in Paris" in an American story are not in
    Paris, Texas; "Paris, Texas" or a story that names Texas keeps it (issue 11). The country's
    share alone had lifted it. A namesake that is no capital ("Edmonton", Alberta) does not
    overshadow: the London district of Edmonton stays in a British story."""
    place = candidate.place
    if place.kind != "city" or place.population >= MIN_BARE_CITY_POPULATION or evidence.division(place) > 0.0:
        return False
    return any(
        c.place.kind == "city"
        and c.place.country != place.country
        and c.place.population >= MIN_FORMER_NAME_POPULATION
        and (normalise(c.place.name), c.place.country) in national_capitals()
        for c in candidates
    )


@functools.cache
def national_capitals() -> frozenset[tuple[str, str]]:
    """(name, ISO3) of every nation's capital (`data/countries.tsv`), names normalised."""
    forms = Gazetteer.load().surface_forms()
    return frozenset((normalise(f.text), f.code) for f in forms if f.form == "capital")


def named_datelines(gazetteer: PlaceGazetteer, text: str) -> list[tuple[int, int]]:
    """The dateline spans of `text` that name a place of the gazetteer."""
    return [(s, e) for s, e in dateline_spans(text) if lookup(gazetteer, text[s:e], ANY_NAME)]


def settled(candidates: list[Candidate]) -> list[Candidate]:
    """A dateline's candidates: its cities and towns, when it has any."""
    return [c for c in candidates if c.place.kind in SETTLEMENTS] or candidates


def whole_name_mentions(mentions: Sequence[Mention], looked_up: list[LookedUp]) -> list[Mention]:
    """The mentions not inside a longer toponym: "Mexico" of "New Mexico" is not Mexico."""
    spans = [(start, end) for start, end, *_ in looked_up]
    return [
        m
        for m in mentions
        if not any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in spans)
    ]


def unambiguous_mentions(mentions: Sequence[Mention], looked_up: list[LookedUp]) -> list[Mention]:
    """The mentions that are not themselves an ambiguous toponym: "Georgia" is no evidence
    of the country Georgia while it may as well be the US state; the name is what the
    evidence is there to resolve. Towns do not make a name ambiguous (they are candidates
    only once qualified)."""
    ambiguous = {
        (start, end)
        for start, end, _, candidates in looked_up
        if len({c.place.country for c in candidates if c.place.kind != TOWN}) > 1
    }
    return [m for m in mentions if (m.start, m.end) not in ambiguous]


def _inner_names(
    doc: Doc, mentions: Sequence[Mention], gazetteer: PlaceGazetteer, taken: list[tuple[int, int]]
) -> list[tuple[int, int, list[Candidate]]]:
    """Place names inside longer entities that are no place themselves, and bare capitalised
    words outside every entity that name a well-known place (see `where.names`); never a
    word of a person's name the actor stage found ("Nikki Haley" in a caption), nor of a listed
    organisation's name (`_a_listed_body`: "The Federal Bureau of Investigation" names no town
    Federal; "Pennsylvania" of "the Pennsylvania State Department of ..." is still read)."""
    taken = list(taken) + [(m.start, m.end) for m in mentions if m.kind == "person"]
    bodies = [(m.start, m.end) for m in mentions if _a_listed_body(m)]
    found = []
    holders: list[SpacySpan | None] = [ent for ent in entities(doc) if ent.label_ in HOLDING_LABELS]
    holders += [doc.char_span(s, e) for s, e in bare_names(doc)]
    for ent in holders:
        if ent is None or _overlaps(taken, ent.start_char, ent.end_char):
            continue
        for start, end in inner_spans(ent, whole=ent.label_ not in HOLDING_LABELS):
            if _overlaps(taken + bodies, start, end) or _names_apart(doc_text(doc), end):
                continue
            candidates = lookup(gazetteer, doc_text(doc)[start:end], INNER)
            if ent.label_ not in HOLDING_LABELS:
                candidates = [c for c in candidates if _well_known(c)]
            if candidates:
                found.append((start, end, candidates))
                taken.append((start, end))
    for start, end in chain(opening_names(doc), _qualified_openings(doc, gazetteer)):
        if _overlaps(taken + bodies, start, end):
            continue
        # A town is kept for the resolver to take only in a division the article names.
        found_here = lookup(gazetteer, doc_text(doc)[start:end], INNER)
        candidates = [c for c in found_here if _well_known(c) or c.place.kind == TOWN]
        if candidates:
            found.append((start, end, candidates))
            taken.append((start, end))
    return found


def _overlaps(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _a_listed_body(mention: Mention) -> bool:
    """A mention of an organisation the actor stage found in its list: the name is the body's,
    and a word inside it that a town bears ("Federal" of "The Federal Bureau of Investigation")
    is no place of the story. A name it did not list keeps its places ("the Canada West
    Foundation", "the Alberta Liquor Store Association": TR-News counts them)."""
    return mention.kind == "group" and mention.rule == ORGANISATION_RULE


def _qualified_openings(doc: Doc, gazetteer: PlaceGazetteer) -> Iterator[tuple[int, int]]:
    """A sentence's first word the model left outside every entity, followed by a comma and
    a division or country holding a settlement of that name ("Buffalo, New York is near the
    border"): the qualifier says the capitals are a place's, as it does anywhere else."""
    text = doc_text(doc)
    for i in capitalised_indices(doc):
        token = doc[i]
        if token.ent_type_ or not token.is_alpha or not token.is_sent_start:
            continue
        end = token.idx + len(token.text)
        places = qualifier(gazetteer, text, end)
        if places and within(lookup(gazetteer, token.text, INNER), places):
            yield token.idx, end


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def _names_apart(text: str, end: int) -> bool:
    """True when the word after a name inside a longer one makes it a division named apart
    from its namesake town ("Wright County Eggs", "the Laurel County Sheriff's Office"): the
    county is not the town, as a county the model tags whole is not (NAMED_APART)."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in NAMED_APART


def _well_known(candidate: Candidate) -> bool:
    """A place a bare capitalised word may name: a division, or a city of some size."""
    place = candidate.place
    return place.kind == "admin1" or (place.kind == "city" and place.population >= MIN_BARE_CITY_POPULATION)


def _qualifiers(
    gazetteer: PlaceGazetteer, text: str, looked_up: list[LookedUp], starts: set[int]
) -> list[tuple[int, int, list[Candidate]]]:
    """The qualifiers after toponyms that are no span of their own (`starts`) ("Barrie, Ont.":
    "Ont.", which the model tags as a person or not at all): each names its division or
    country."""
    starts = set(starts)
    found = []
    for _, end, _, _ in sorted(looked_up):
        span = qualifier_span(gazetteer, text, end)
        if span is not None and span[0] not in starts:
            found.append((span[0], span[1], [Candidate(p, True) for p in span[2]]))
            starts.add(span[0])
    return found


_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")
_NOUN_OF_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+of[ \t]+\Z")


def kind_named(text: str, start: int, end: int) -> frozenset[str] | None:
    """The kind of place a noun beside the name says it is: "New York state", "the state of
    Washington", "Nyanza province", "the Quebec government", "New York Gov." (a division or
    a country); "the city of Turkey", "Quebec City" (a settlement). None when no such noun
    stands there."""
    after = _NOUN_AFTER.match(text, end)
    before = _NOUN_OF_BEFORE.search(text, max(0, start - 20), start)
    for match in (after, before):
        word = match.group(1).lower() if match else ""
        if word in place_words("settlement"):
            return SETTLEMENTS
        if word in place_words("generic") or (match is after and word in place_words("division_office")):
            return QUALIFIER_KINDS
    return None


def _kind_kept(text: str, start: int, end: int, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates of the kind a noun beside the name says, when there are any."""
    kinds = kind_named(text, start, end)
    kept = [c for c in candidates if kinds is None or c.place.kind in kinds]
    return kept or candidates


def kind_followed(text: str, looked_up: list[LookedUp]) -> list[LookedUp]:
    """Bare mentions of a name keep to the kind a noun gave it elsewhere in the story ("New
    York state" then "in New York": the state), when every such noun there says one kind: a
    story uses one name for one place (as `_qualified` does for qualifiers)."""
    kinds: dict[str, set[frozenset[str]]] = {}
    named = [kind_named(text, start, end) for start, end, *_ in looked_up]
    for (_, _, name, _), kind in zip(looked_up, named, strict=True):
        if kind is not None:
            kinds.setdefault(lookup_key(name).casefold(), set()).add(kind)
    out = list(looked_up)
    for i, ((start, end, name, candidates), kind) in enumerate(zip(looked_up, named, strict=True)):
        said = kinds.get(lookup_key(name).casefold(), set())
        if kind is None and len(said) == 1:
            (only,) = said
            kept = [c for c in candidates if c.place.kind in only]
            out[i] = (start, end, name, kept or candidates)
    return out


def unmet_divisions(text: str, looked_up: list[LookedUp]) -> set[str]:
    """Names a noun beside them calls a division ("Nyanza Province") that have no division
    or country among their candidates: the gazetteer lacks the division, so its settlements
    of that name are only guesses (see `_unmet_settled`)."""
    return {
        _bare_name(name)
        for start, end, name, candidates in looked_up
        if _names_a_division(text, start, end)
        and not any(c.place.kind in QUALIFIER_KINDS for c in candidates)
    }


def _bare_name(name: str) -> str:
    """The lookup key of a name without a division word ending it: "Nyanza Province" and a
    later bare "Nyanza" are one name."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _division_words():
        words = words[:-1]
    return lookup_key(" ".join(words))


def _division_words() -> frozenset[str]:
    return place_words("generic") - place_words("settlement")


def _names_a_division(text: str, start: int, end: int) -> bool:
    """A noun beside the name, or ending it ("Nyanza Province"), says it is a division."""
    name = text[start:end]
    return kind_named(text, start, end) == QUALIFIER_KINDS or _bare_name(name) != lookup_key(name)


def _unmet_settled(best: Candidate, evidence: Evidence) -> bool:
    """A settlement for a name called a division the gazetteer lacks is taken only in a
    country the rest of the article points to: "Idlib province" in a Syrian story is around
    the city of Idlib, "Nyanza Province" in a Kenyan story is not Nyanza, Rwanda."""
    return evidence.countries.get(best.place.country or "", 0.0) > 0.0


_HYPHEN_AFTER = re.compile(r"-[A-Z][\w'\u2019]*")
_HYPHEN_BEFORE = re.compile(r"[A-Z][\w'\u2019]*-\Z")


def hyphenated(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole hyphenated name a span is part of ("Natal" of "KwaZulu-Natal",
    "Guinea" of "Guinea-Bissau"), else the span itself."""
    while (match := _HYPHEN_AFTER.match(text, end)) is not None:
        end = match.end()
    before = _HYPHEN_BEFORE.search(text, max(0, start - WIDEN_CHARS), start)
    if before is not None:
        start = before.start()
    return start, end


def _names_compound(
    gazetteer: PlaceGazetteer, text: str, whole: tuple[int, int], part: tuple[int, int]
) -> bool:
    """True when every other part of a hyphenated name is a name of its own: an acronym or a
    place ("Canada-EU", "US-China"), so the name is a compound of names."""
    others = (text[whole[0] : part[0]] + " " + text[part[1] : whole[1]]).replace("-", " ").split()
    return all(word.isupper() or gazetteer.lookup(word) for word in others)


# Between two items of a list: a comma or "and"/"or", and, in a tally by place ("eight in
# Alberta, one in New Brunswick, and one in Quebec"), a count word and "in" before the name.
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*(?:[\w,]+[ \t]+in[ \t]+)?\Z")


def _settled_in(candidates: list[Candidate], divisions: list[Candidate]) -> bool:
    """True when one of `candidates` is a city inside one of `divisions`; not a town, as
    "Washington, West Virginia" in a list of states does not name the small town there."""
    held = {(d.place.country, d.place.admin1) for d in divisions if d.place.kind == "admin1"}
    cities = [c.place for c in candidates if c.place.kind == "city" and c.place.admin1]
    return any((city.country, city.admin1) in held for city in cities)


def listed_divisions(text: str, looked_up: list[LookedUp]) -> list[LookedUp]:
    """A name that is both a division and a city or a country, listed with divisions, is the
    division: "Virginia, Washington, West Virginia", "New York, Indiana and Ohio", "Georgia,
    Oklahoma and Texas". A name narrowed so counts as a division for its neighbours, in
    either order, until nothing changes."""
    out = list(looked_up)

    def division_only(entry: LookedUp | None) -> bool:
        return entry is not None and bool(entry[3]) and all(c.place.kind == "admin1" for c in entry[3])

    changed = True
    while changed:
        changed = False
        for i, (start, end, name, candidates) in enumerate(out):
            divisions = [c for c in candidates if c.place.kind == "admin1"]
            if not divisions or len(divisions) == len(candidates):
                continue
            before = out[i - 1] if i > 0 else None
            after = out[i + 1] if i + 1 < len(out) else None
            listed_after = before is not None and _LIST_GLUE.fullmatch(text[before[1] : start])
            listed_before = after is not None and _LIST_GLUE.fullmatch(text[end : after[0]])
            if listed_before and after is not None and _settled_in(candidates, after[3]):
                continue  # "Surrey, B.C.": a city and its province, not two divisions
            if (listed_after and division_only(before)) or (listed_before and division_only(after)):
                out[i] = (start, end, name, divisions)
                changed = True
    return out


def _inside_last(entries: list[tuple[LookedUp, str]], start: int) -> bool:
    """True when `start` lies inside the span last looked up, which took it in ("Guiana"
    after "French", which widened to "French Guiana")."""
    return bool(entries) and entries[-1][0][0] <= start < entries[-1][0][1]


def _looked_up(
    doc: Doc, mentions: Sequence[Mention], gazetteer: PlaceGazetteer, datelines: list[tuple[int, int]]
) -> tuple[list[LookedUp], list[str]]:
    """Every span that names a place, with its candidates and lookup mode, in text order."""
    full_text = doc_text(doc)
    entries: list[tuple[LookedUp, str]] = []
    for start, end, mode in candidate_spans(doc, mentions, datelines):
        if not full_text[start:end][:1].isupper() or _inside_last(entries, start):
            continue
        joined = hyphenated(full_text, start, end)
        if joined != (start, end):
            # "KwaZulu-Natal" is not Natal, "Guinea-Bissau" not Guinea: the whole name, else
            # the part only in a compound of names ("the Canada-EU deal", "US-China talks").
            candidates = lookup(gazetteer, full_text[joined[0] : joined[1]], mode)
            if candidates:
                entries.append(((*joined, full_text[joined[0] : joined[1]], candidates), mode))
                continue
            if not _names_compound(gazetteer, full_text, joined, (start, end)):
                continue
        named_end = end
        start, end, candidates = widened(gazetteer, full_text, start, end, mode)
        candidates = _kind_kept(full_text, start, end, candidates)
        if end > named_end and mode in (DEMONYM, DEMONYM_OR_OWN):
            mode = ANY_NAME  # "French Guiana": a place's name, no longer a nationality
        if candidates:
            entries.append(((start, end, full_text[start:end], candidates), mode))
    spans = [(start, end) for (start, end, *_), _ in entries]
    inner = [
        ((start, end, full_text[start:end], candidates), INNER)
        for start, end, candidates in _inner_names(doc, mentions, gazetteer, spans)
    ]
    # A qualifier the model left inside an organisation ("Wainwright, Alta" as ORG) is the
    # division, not a city of that name found inside the entity.
    whole = {start for (start, *_), _ in entries}
    qualifiers = _qualifiers(gazetteer, full_text, [e for e, _ in entries + inner], whole)
    for start, end, candidates in qualifiers:
        entries.append(((start, end, full_text[start:end], candidates), ANY_NAME))
    entries += [e for e in inner if not any(s < e[0][1] and e[0][0] < q for s, q, _ in qualifiers)]
    entries.sort(key=lambda entry: entry[0][0])
    return [e for e, _ in entries], [mode for _, mode in entries]


def resolve_toponyms(doc: Doc, mentions: Sequence[Mention], gazetteer: PlaceGazetteer) -> list[Toponym]:
    """Every toponym of `doc` with its most likely place."""
    full_text = doc_text(doc)
    datelines = named_datelines(gazetteer, full_text)
    looked_up, modes = _looked_up(doc, mentions, gazetteer, datelines)
    looked_up = listed_divisions(full_text, kind_followed(full_text, looked_up))
    looked_up, named, qualified = _qualified(gazetteer, full_text, looked_up)
    whole = unambiguous_mentions(whole_name_mentions(mentions, looked_up), looked_up)
    unmet = unmet_divisions(full_text, looked_up)
    # A name whose division is missing is no evidence of where its namesakes lie.
    known = [(s, e, name, [] if _bare_name(name) in unmet else c) for s, e, name, c in looked_up]
    evidence = article_evidence(full_text, whole, known, qualified, named)
    dateline_starts = {start for start, _ in datelines}
    own = own_evidence(looked_up)
    out = []
    for i, (start, end, text, candidates) in enumerate(looked_up):
        usable = _usable_towns(candidates, evidence, i in qualified, modes[i], text)
        is_dateline = start in dateline_starts
        if usable and is_dateline:
            usable = settled(usable)
        best = max(usable, key=lambda c: score(c, evidence)) if usable else None
        if best is not None:
            best = in_named_division(division_over_namesake(gazetteer, best, usable), usable, evidence)
            best = division_over_country(best, usable, evidence)
        if best is not None and _bare_name(text) in unmet and not _unmet_settled(best, evidence):
            continue
        if (
            best is not None
            and not is_dateline
            and i not in qualified
            and _stranded(best, evidence, own[i], modes[i] == INNER)
        ):
            continue
        if best is not None and (modes[i] != INNER or _settled_inner(usable, best, evidence)):
            out.append(Toponym(start, end, text, best.place, best.demonym, is_dateline))
    return out


def in_named_division(best: Candidate, usable: list[Candidate], evidence: Evidence) -> Candidate:
    """Of namesakes in one country, the one in a division the story names rather than a bigger
    one in a division it does not: "Fairfield" in a story about Texas that names its towns is
    the Texan town, not the Californian city. Population still decides between countries, and
    a city of a million or more (MIN_FORMER_NAME_POPULATION) or a nation's capital is known
    beyond its state ("Washington" in a story that names Iowa is not Washington, Iowa)."""
    place = best.place
    if (
        place.kind not in SETTLEMENTS
        or evidence.division(place) > 0.0
        or place.population >= MIN_FORMER_NAME_POPULATION
        or (normalise(place.name), place.country) in national_capitals()
    ):
        return best
    local = [
        c
        for c in usable
        if c.place.country == place.country
        and c.place.kind in SETTLEMENTS
        and evidence.division(c.place) > 0.0
    ]
    return max(local, key=lambda c: score(c, evidence)) if local else best


def division_over_country(best: Candidate, usable: list[Candidate], evidence: Evidence) -> Candidate:
    """A name that is both a country and a division is the division when the story names
    other divisions of the division's country and nothing of the other country: "a lab in
    Georgia" in a story about farms in Alabama and Iowa is the state."""
    if best.place.kind != "country" or evidence.countries.get(best.place.country or "", 0.0) > 0.0:
        return best
    named = {country for (country, _), share in evidence.divisions.items() if share > 0.0}
    divisions = [c for c in usable if c.place.kind == "admin1" and c.place.country in named]
    return max(divisions, key=lambda c: score(c, evidence)) if divisions else best


# A city named like the division it lies in stands for the division when it holds less than
# this share of the division's people: "Quebec" is the province (Québec City holds a tenth of
# it), "New York" the city (half of its state), "Beijing" the city (nearly all of it).
NAMESAKE_SHARE = 0.25


def division_over_namesake(gazetteer: PlaceGazetteer, best: Candidate, usable: list[Candidate]) -> Candidate:
    """The division instead of the chosen city when the city is the division's namesake and
    only a small part of it (see NAMESAKE_SHARE)."""
    city = best.place
    if city.kind not in SETTLEMENTS or not city.admin1:
        return best
    for candidate in usable:
        place = candidate.place
        if place.kind == "admin1" and (place.country, place.admin1) == (city.country, city.admin1):
            people = gazetteer.division_population(place.country, place.admin1)
            if city.population < NAMESAKE_SHARE * people:
                return candidate
    return best


def _settled_inner(usable: list[Candidate], best: Candidate, evidence: Evidence) -> bool:
    """A name read only from inside another name ("the Edmonton Schools Partnership") is
    taken when all its places are in one country, or when the rest of the article points to
    the chosen one's country: a guess from a name inside a name is too weak a signal."""
    if len({c.place.country for c in usable}) == 1:
        return True
    return evidence.countries.get(best.place.country or "", 0.0) > 0.0
