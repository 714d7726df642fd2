"""Place each event: the place its own phrase names, else, in a narrow case, the dateline's.

1. A place in the event's own phrase (see `where.phrases`): a toponym a preposition of
   place introduces ("talks in Moscow"), the place visited ("visited Kyiv", "a trip to
   Kyiv"), where an attack lands ("strikes on Kyiv", "rockets fired into Israel"); a place
   used as a government ("Moscow welcomed the plan") is an actor, not a location. Among a
   sentence's places, an event takes the one its trigger (or the verb of a nominal trigger)
   governs, else the one of the main verb of its clause (see `when.attach`); a material act
   with none takes the place of its own actors' act in a clause of the moment on its verb
   ("were killed when soldiers shelled a market in Kandahar", `_at_the_moment`).
2. Else where an attack was launched from ("rockets fired from Gaza"), by the same rule.
3. Else the place of the dateline heading the event's story ("MOSCOW (Reuters) -", see
   `where.dateline`), only when the event plausibly happened there: it happened (no future or
   hypothetical act), not weeks before the story ("In 1986, the court ruled", "in April"),
   its sentence names no place outside the dateline's country, and none in a phrase of place
   framing the event other than the dateline's own and those holding it (its state), and none
   of its actors is of another country (an international organisation is), and it is not a
   verbal act told in the perfect ("Mrs. Clinton has denied the claims", "have urged Congress":
   a standing position, not words said at a place, `when.narrative.in_the_perfect`; "police
   have arrested two men" is the day's news at the dateline), nor an act told in the simple
   present below the dateline outside a quote ("the talks are supported by a coalition",
   `told_as_a_state`), nor an act told in a "where" clause on a venue the gazetteer does not
   place (`at_a_venue`), nor words (CAMEO's verbal quads) under a nation's capital by anyone
   but that state's organs (`spoken_from_afar`), nor a material act whose paragraph has told
   of a place abroad in an earlier sentence (`abroad_before_it`). An actor's own country is never the
   event's place unless a phrase says so. A live blog's dateline places nothing.
4. Else no location.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from wirewatch.doctools import SUBJECT_DEPS, doc_text
from wirewatch.events.main import statement_forms
from wirewatch.gazetteer.countries import normalise, packaged_gazetteer
from wirewatch.model import ORGANISATION_PREFIX, ActorRef, DatePrecision, Event, Inference, Location, Mention
from wirewatch.when.attach import assign, event_tokens, trigger_token
from wirewatch.when.component import references
from wirewatch.when.find import Timex, find_timexes, period_start
from wirewatch.when.narrative import in_the_background, in_the_perfect, in_the_present, last_day
from wirewatch.where.dateline import is_live_blog, story_dateline
from wirewatch.where.gazetteer import Place, load_places
from wirewatch.where.phrases import (
    ORIGIN,
    WHERE,
    Role,
    beside,
    event_words,
    frames_event,
    in_a_place_phrase,
    place_role,
    stand_in,
    subject_described,
    venue,
    venue_role,
)
from wirewatch.where.resolve import Toponym, national_capitals, resolve_toponyms

# How precisely a kind of place locates an event: a city says more than its country.
PRECISION = {"continent": 0, "country": 1, "admin1": 2, "county": 3, "city": 4, "town": 4}
# Kinds of place that "near" or "outside" puts an event out of ("fighting near South Sudan" is
# not in South Sudan); near a city is within the distance a city's point stands for.
WIDE = frozenset({"continent", "country", "admin1"})
# PLOVER quad classes of material acts (cooperation, conflict): they happen where their object is.
MATERIAL = frozenset({2, 4})


def location(place: Place) -> Location:
    return Location(place.name, place.country, place.lat, place.lon)


def where_phrases(doc: Doc, toponyms: list[Toponym]) -> list[tuple[Toponym, Role]]:
    """The toponyms that say where something happens or where an attack came from, with
    their role (not demonyms, not actors, not datelines). Of names standing for the same
    place noun, the most precise: "in East Timor's capital Dili" is Dili."""
    found: dict[int, tuple[Toponym, Role]] = {}
    for t in toponyms:
        if t.demonym or t.dateline:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        role = _role(span, t.place) if span is not None and len(span) else None
        if role is None or span is None or (t.place.kind in WIDE and beside(span)):
            continue
        key = _position(span, t.place).i
        if key not in found or PRECISION.get(t.place.kind, 0) > PRECISION.get(found[key][0].place.kind, 0):
            found[key] = (t, role)
    return sorted(found.values(), key=lambda pair: pair[0].start)


# Kinds of place that locate a venue written after their name ("a Vancouver office", "a Texas
# prison"); a country's name before a venue says whose it is ("the Israel embassy"), not where.
VENUE_KINDS = frozenset({"admin1", "county", "city", "town"})


def _role(span: Span, place: Place) -> Role | None:
    """How the toponym `span` (of `place`) places the event of its phrase: by its own position
    (`where.phrases.place_role`), else by the venue it locates (`where.phrases.venue_role`)."""
    role = place_role(span)
    if role is None and place.kind in VENUE_KINDS:
        return venue_role(span)
    return role


def _position(span: Span, place: Place) -> Token:
    """The token whose position says where the toponym `span` places its event: the name's own
    stand-in, or the venue it locates."""
    site = venue(span) if place.kind in VENUE_KINDS and place_role(span) is None else None
    return site if site is not None else stand_in(span.root)


# Modalities of events that have not happened (yet): they have no place, the dateline's or other.
UNREALISED = frozenset({"future", "hypothetical"})
# How long before publication a dated event may be and still have happened where the story was
# filed: a dateline says where the reporter was in the days of the story, not months before.
# A week covers "on Monday" and "last Friday" in a story filed on a Sunday.
DATELINE_DAYS = 7


def in_the_story_days(event: Event, published: dt.date | None) -> bool:
    """True unless the event is dated by its own time expression (or the story's, `when.narrative`)
    to a period that ends more than DATELINE_DAYS before publication ("In 1986, the court blocked
    ...", "in April") or starts after it ("would host the race in 2017": not done at the dateline)."""
    if published is None or event.date is None or event.date_precision in (None, "publication"):
        return True
    if period_start(event.date) > published:
        return False
    return last_day(event.date, event.date_precision) >= published - dt.timedelta(days=DATELINE_DAYS)


def fits_dateline(
    event: Event, named: list[Toponym], dateline: Toponym, published: dt.date | None = None
) -> bool:
    """True when `event` plausibly happened at its story's dateline: it happened (not a future
    or hypothetical act), in the days of the story (`in_the_story_days`), its sentence names no
    place outside the dateline's country (`named`: the sentence's toponyms) and none of its
    actors is of another country."""
    country = dateline.place.country
    if country is None or event.modality in UNREALISED or not in_the_story_days(event, published):
        return False
    if any(t.place.country != country for t in named if not t.demonym and t is not dateline):
        return False
    return all(a.country in (None, country) for a in (*event.sources, *event.targets))


def elsewhere(doc: Doc, event: Event, named: list[Toponym], dateline: Toponym) -> bool:
    """True when the sentence of `event` says it happened at a place of the dateline's country
    other than the dateline's own and those holding it (its country, its state): "Speaking from
    São Paulo state, he ..." and "attacked students putting up posters in Novi Sad" in a
    Brasília- or Belgrade-datelined story. The place must stand in a phrase of place where an
    act of the sentence happened (`where.phrases.frames_event`): "the Minnesota Vikings" or
    "protests over a roof collapse in Novi Sad" say nothing of where the event was."""
    own, material = event_tokens(doc, event), event.quad_class in MATERIAL
    for toponym in named:
        span = _span(doc, toponym)
        if toponym.demonym or toponym is dateline or span is None or _holds(toponym.place, dateline.place):
            continue
        token = stand_in(span.root)
        if in_a_place_phrase(token) and frames_event(token, own, material, any_act=True):
            return True
    return False


def abroad_before_it(doc: Doc, event: Event, toponyms: list[Toponym], dateline: Toponym) -> bool:
    """True when `event` is a material act and an earlier sentence of its paragraph names a place
    outside the dateline's country: under a Kentucky dateline, "A gunman opened fire on police on
    a Paris boulevard. Police shot the attacker." tells of Paris in both sentences, and the second
    act is no more at the dateline than the first. (Words said are placed by their own sentence.)"""
    if event.quad_class not in MATERIAL:
        return False
    start = event.sentence_start
    paragraph = doc_text(doc).rfind("\n\n", 0, start) + 1
    return any(
        paragraph <= t.start < start
        and not t.demonym
        and t.place.country not in (None, dateline.place.country)
        for t in toponyms
    )


def at_a_venue(doc: Doc, event: Event, named: list[Toponym]) -> bool:
    """True when `event` is told in a "where" clause on a venue that names no place the gazetteer
    knows ("a featured speaker at the party convention, where she blamed Clinton", "the
    stadium, where the crowd booed"): it happened at that venue, which the dateline does not
    locate. A "where" clause on a named place ("in Richmond, where he met officials") is that
    place's."""
    for i in event_tokens(doc, event):
        for token in (doc[i], *doc[i].ancestors):
            if token.dep_ != "relcl" or not any(c.lower_ == "where" for c in token.children):
                continue
            venue = token.head
            return not any(t.start <= venue.idx < t.end for t in named)
    return False


def told_as_a_state(doc: Doc, event: Event, dateline: Toponym) -> bool:
    """True when `event` is told in the simple present below its dateline, outside a quote ("the
    discussions are supported by a coalition", "the protests demand that ..."): a state of
    things, not an act at the dateline. A headline's present is its news; a speaker's ("I
    concede") is said where the speaker is."""
    if event.sentence_start <= dateline.start or not in_the_present(doc, event):
        return False
    quotes = doc._.quotes or []
    return not any(q.kind == "direct" and q.start <= event.trigger.start < q.end for q in quotes)


# Sectors of a state's organs: their words under their own capital's dateline are said there.
STATE_ORGANS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})
# Organisations' actor ids ("o:federal-bureau-of-investigation"); only a listed one (`data/
# organisations.tsv`) has a state organ's sector, an unlisted name none.


def spoken_from_afar(event: Event, dateline: Toponym) -> bool:
    """True when `event` is words (CAMEO's verbal quads) under a dateline of a nation's capital and
    one of its sources is no organ of that state nor the state itself, nor a body of states seated
    there: a candidate on the campaign trail ("Trump called it a miscarriage of justice" under
    WASHINGTON), a party, a firm, a private person, a foreign leader or a body that met elsewhere
    ("leaders had agreed" under BRUSSELS, said of a summit in another city). At a capital the
    reporter hears its government; others speak from where they are, which the story does not
    say. Away from a capital (a rally's town, a crime's) a story is filed where its people are."""
    place = dateline.place
    if event.quad_class in MATERIAL or (normalise(place.name), place.country) not in national_capitals():
        return False
    seat = packaged_gazetteer().seat_of(place.name)
    return not all(_of_the_capital(a, place.country, seat) for a in event.sources)


def seated_elsewhere(event: Event, dateline: Toponym) -> bool:
    """True when `event` is words or an inquiry (CAMEO's verbal quads) by a national institution
    of the dateline's country, named as such (`data/organisations.tsv`: "the FBI", "the Justice
    Department"), under a dateline that is not that country's capital: the institution speaks
    and investigates from its seat, while the reporter is at a market or a rally ("US stocks
    sink as FBI reopens email probe" under NEW YORK; "the ongoing FBI investigation" under a
    campaign town). Its material acts ("FBI agents arrested two men") happen where its agents
    are, which a town's dateline may well be; a person, even its head, travels."""
    place = dateline.place
    if event.quad_class in MATERIAL or (normalise(place.name), place.country) in national_capitals():
        return False
    return any(_a_national_institution(a, place.country) for a in event.sources)


def _a_national_institution(actor: ActorRef, country: str | None) -> bool:
    """A state's organ the organisations' list names ("o:" ids): a ministry, an agency, a force."""
    return (
        actor.country == country
        and actor.sector in STATE_ORGANS
        and (actor.actor_id or "").startswith(ORGANISATION_PREFIX)
    )


def governed_elsewhere(event: Event, named: list[Toponym], dateline: Toponym) -> bool:
    """True when a source of `event` is a place of the dateline's country standing for its
    government ("a complaint by Vermont", "Texas sued the agency") that is not the dateline's
    place nor holds it (`_holds`): a state or city acts from its own seat, not from where the
    reporter is (a WASHINGTON dateline). "Texas sued" under AUSTIN, Texas stays at Austin."""
    texts = {normalise(a.text).casefold() for a in event.sources}
    return any(
        not t.demonym
        and t is not dateline
        and normalise(t.text).casefold() in texts
        and not _holds(t.place, dateline.place)
        for t in named
    )


def _of_the_capital(actor: ActorRef, country: str | None, seat: str | None) -> bool:
    """An organ of the capital's state, the state itself, or a body of states seated there."""
    if seat is not None and actor.country == seat:
        return True
    return actor.country == country and (actor.sector in STATE_ORGANS or actor.actor_id == country)


def _holds(place: Place, filed: Place) -> bool:
    """True when `place` is the dateline's place `filed` or holds it (its country, its state)."""
    if place.country != filed.country:
        return False  # another country is `fits_dateline`'s to judge
    if place.kind in ("country", "continent") or (place.name, place.kind) == (filed.name, filed.kind):
        return True
    return place.kind == "admin1" and bool(place.admin1) and place.admin1 == filed.admin1


def _phrase_places(
    doc: Doc, events: list[Event], phrases: list[tuple[Toponym, Role]], start: int, end: int
) -> list[tuple[Place, Role] | None]:
    """For each event of one sentence, the place of its own phrase, else its origin, with which
    it is; never a place that only describes a noun of the sentence (`where.phrases.frames_event`)."""
    chosen: list[tuple[Place, Role] | None] = [None] * len(events)
    for role in (WHERE, ORIGIN):
        found = [t for t, r in phrases if r == role and start <= t.start < end]
        if not found:
            continue
        places = [_position(span, t.place) if (span := _span(doc, t)) is not None else None for t in found]
        for i, event in enumerate(events):
            own = event_tokens(doc, event)
            material = event.quad_class in MATERIAL
            framing = [
                (t.start, t.end, t.place)
                for t, token in zip(found, places, strict=True)
                if token is not None
                and frames_event(token, own, material)
                and not where_told(doc, token, event, own)
                and not of_the_act_spoken_of(doc, token, event)
                and not in_another_clause(doc, token, event)
            ]
            if framing and chosen[i] is None:
                place = assign(doc, events, framing)[i]
                if place is None and role == WHERE and material:
                    place = _at_the_moment(doc, event, framing, own)
                chosen[i] = (place, role) if place is not None else None
    return chosen


# Words that set a clause at the moment of the verb it hangs from: "when", "as", "while".
MOMENT_MARKS = frozenset({"when", "as", "while"})
# Dependency labels of the heads of clauses: a place inside one is that clause's.
CLAUSE_HEAD_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "csubj", "conj", "ROOT"})


def _at_the_moment(
    doc: Doc, event: Event, framing: list[tuple[int, int, Place]], own: set[int]
) -> Place | None:
    """The place of a material act told in a clause of the moment on the event's own verb, for a
    material event with no place of its own phrase: "three villagers were killed when soldiers
    shelled a market in Kandahar", "two guards were wounded as rockets struck a base outside
    Erbil", "was killed while walking home in Camden"). The clause must tell the event's own
    act (`_the_events_own`): what happens at the moment of an attack, and because of it,
    happens where it lands; others' acts at that moment ("fired missiles while the leaders
    held a summit in China") are elsewhere. Not a clause of sequence ("arrested days after a
    protest in Lyon"), which tells another time, nor a place of a noun the clause only
    describes (`frames_event`)."""
    found: list[tuple[int, Place]] = []
    for start, end, place in framing:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        clause = stand_in(span.root).head
        while clause.dep_ not in CLAUSE_HEAD_DEPS and clause.head.i != clause.i:
            clause = clause.head
        if (
            clause.dep_ == "advcl"
            and clause.head.i in own
            and _the_events_own(clause, event)
            and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in MOMENT_MARKS and c.i < clause.i
                for c in clause.children
            )
        ):
            found.append((clause.i, place))
    return min(found, key=lambda pair: pair[0])[1] if found else None


# Pronouns that take up an actor of the main clause in a clause of the moment ("when they ambushed").
TAKEN_UP = frozenset({"he", "she", "they", "it", "we"})


def _the_events_own(clause: Token, event: Event) -> bool:
    """True when the clause of the moment `clause` tells an act of the event itself: an attack
    landing ("as rockets struck a base"), an act of one of its actors ("when soldiers shelled
    a market", "when they ambushed a convoy"), or an act with no subject of its own, which is
    its victim's ("killed while walking home")."""
    if clause.lower_ in event_words("strike"):
        return True
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return True
    actors = [a.text.casefold() for a in (*event.sources, *event.targets)]
    return any(s.lower_ in TAKEN_UP or any(s.lower_ in a.split() for a in actors) for s in subjects)


def where_told(doc: Doc, place: Token, event: Event, own: set[int]) -> bool:
    """True when `place` (a toponym's stand-in) only says where the speaker of the report that
    tells `event` is ("Officials in Washington said Russian forces shelled the town", "analysts
    in London said Iran seized a tanker"): the report was made there, not the reported act. A
    speaker reporting its own act ("police in Kabul said they arrested two men") acted there."""
    speaker = subject_described(place)
    if event.modality != "reported" or speaker is None or speaker.head.i in own:
        return False
    if not any(speaker.head in doc[i].ancestors for i in own):
        return False
    sources = {a.actor_id for a in event.sources if a.actor_id}
    return not any(m.actor_id in sources for m in _mentions_at(doc, speaker))


# How a promised act's word hangs from the going or the plan it is the purpose of ("will travel to
# Warsaw to meet ...", "plans to visit Tokyo").
PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
# How the clause a verbal act speaks of hangs from its word ("urged its residents not to travel to
# Bali", "demanded that the talks be held in Doha").
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})


def of_the_act_spoken_of(doc: Doc, place: Token, event: Event) -> bool:
    """True when `place` (a toponym's stand-in) says where the act a verbal event (not PLOVER's
    material quads) speaks of would happen, not where the event happened: inside a complement
    clause of its trigger ("Malaysia urged its citizens not to travel to Phuket": the travel's
    place, not the urging's), or, for a stated intent (`Inference.INTENT`, coded on the promised
    act's own word: "said he would visit Libya", "will travel to Warsaw to meet ..."), in the
    phrase of the promised act and of the going or plan it is the purpose of, up to a verb of
    saying. PLOVER places an event where it occurred: where words were said the story tells by a
    phrase on the verb of saying ("speaking in Ottawa"), or by its dateline; a destination or the
    object's place is not it. A visit that happened ("visited Kyiv") is no intent and keeps it."""
    trigger = trigger_token(doc, event)
    if event.quad_class in MATERIAL or trigger is None:
        return False
    above = list(place.ancestors)
    if Inference.INTENT in event.inferences:
        act, promised = trigger, {trigger.i}
        while act.dep_ in PURPOSE_DEPS and act.head.i != act.i and act.head.lower_ not in statement_forms():
            act = act.head
            promised.add(act.i)
        if place.i in promised or any(t.i in promised for t in above):
            return True
    if trigger not in above:
        return False
    return any(t.dep_ in COMPLEMENT_DEPS for t in above[: above.index(trigger)])


def in_another_clause(doc: Doc, place: Token, event: Event) -> bool:
    """True when `place` (a toponym's stand-in) stands outside the conjoined clause, with a subject
    of its own, that tells `event`: "Farmers marched in Dublin and the EU banned Irish pork", "Any
    movement of cattle in the UK was halted and the EU banned exports": the ban was not made where
    the first clause's act was. (`when.attach` lets a conjunct share its neighbour's time; a place
    is the actors' own.) A subject taking up the first clause's actors ("and they arrested ...")
    acts where they did."""
    token = trigger_token(doc, event)
    while token is not None and token.head.i != token.i:
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if token.dep_ == "conj" and subjects:
            if any(s.lower_ in TAKEN_UP for s in subjects):
                return False
            return place.i != token.i and token not in place.ancestors
        token = token.head
    return False


def _mentions_at(doc: Doc, token: Token) -> list[Mention]:
    """The actor mentions covering `token`."""
    return [m for m in doc._.mentions or [] if m.start <= token.idx < m.end]


def _span(doc: Doc, toponym: Toponym) -> Span | None:
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def locate_events(
    doc: Doc,
    events: list[Event],
    toponyms: list[Toponym],
    published: dt.date | None = None,
    references: Sequence[tuple[Timex, tuple[str, DatePrecision]]] = (),
) -> list[Event]:
    """`events` with their locations (`published`: the article's date, for the dateline;
    `references`: the time expressions that set the story's time, `when.narrative`)."""
    datelines = [] if is_live_blog(doc_text(doc)) else [t for t in toponyms if t.dateline]
    phrases = where_phrases(doc, toponyms)
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, event in enumerate(events):
        by_sentence[event.sentence_start].append(index)
    located = list(events)
    for start, indices in by_sentence.items():
        end = start + len(events[indices[0]].sentence)
        named = [t for t in toponyms if start <= t.start < end]
        dateline = story_dateline(datelines, start)
        chosen = _phrase_places(doc, [events[i] for i in indices], phrases, start, end)
        for index, found in zip(indices, chosen, strict=True):
            event = events[index]
            place = found[0] if found is not None else None
            if found is not None and found[1] == WHERE:
                event = _people_of_the_place(event, found[0])
            if (
                place is None
                and dateline is not None
                and at_dateline(doc, event, named, dateline, published, references)
                and not abroad_before_it(doc, event, toponyms, dateline)
            ):
                place = dateline.place
            if place is not None:
                located[index] = replace(event, location=location(place))
    return located


# Sectors of ordinary people ("killed 40 people", "attacked a refugee camp").
PEOPLE_SECTORS = frozenset({"CVL", "REF"})


def _people_of_the_place(event: Event, place: Place) -> Event:
    """People of no country read whom a material act strikes in the place its own phrase names
    are that place's, as CAMEO codes them ("Israeli forces killed 40 people during an attack on a
    school in Gaza": Palestinians; "attacked a refugee camp in South Sudan"). Not from a dateline:
    only a place of the event's own phrase says where its victims were, and not where an attack
    came from ("rockets fired from Gaza killed two people")."""
    if event.quad_class not in MATERIAL or place.country is None:
        return event
    targets = tuple(
        replace(t, country=place.country, actor_id=f"{place.country}:{t.sector}")
        if t.country is None and t.sector in PEOPLE_SECTORS and t.actor_id == f"None:{t.sector}"
        else t
        for t in event.targets
    )
    return event if targets == event.targets else replace(event, targets=targets)


def at_dateline(
    doc: Doc,
    event: Event,
    named: list[Toponym],
    dateline: Toponym,
    published: dt.date | None,
    references: Sequence[tuple[Timex, tuple[str, DatePrecision]]],
) -> bool:
    """True when `event`, with no place of its own phrase, happened at its story's dateline
    (`fits_dateline`, and none of the exceptions the module's docstring lists)."""
    return (
        fits_dateline(event, named, dateline, published)
        and not (event.quad_class not in MATERIAL and in_the_perfect(doc, event))
        and not told_as_a_state(doc, event, dateline)
        and not elsewhere(doc, event, named, dateline)
        and not at_a_venue(doc, event, named)
        and not spoken_from_afar(event, dateline)
        and not seated_elsewhere(event, dateline)
        and not governed_elsewhere(event, named, dateline)
        and not (published is not None and in_the_background(doc, event, references, published))
    )


class WhereComponent:
    """spaCy component `wirewatch_where`: event locations from the article's toponyms."""

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = list(doc._.events or [])
        if events:
            toponyms = resolve_toponyms(doc, doc._.mentions or [], load_places())
            published = doc._.published
            told = references(doc, find_timexes(doc, published)) if published is not None else []
            doc._.events = locate_events(doc, events, toponyms, published, told)
        return doc
