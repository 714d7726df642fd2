"""Is a coded act political at all? Sports, business and entertainment uses of political verbs.

"The striker attacked the goal", "Brazil beat Argentina 3-1 in the final", "the
company sued a rival", "a campaign rally", "mobilised voters": the verbs are the
codebook's, the events are not. An event needs a political or social actor; a
clause whose vocabulary marks it as sports, business or entertainment news
(`data/relevance.tsv`) is coded only when one of its actors has a political or
social sector; between companies only, one word of business news is enough.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from wirewatch.datafiles import table_lines
from wirewatch.doctools import distinct_lowers
from wirewatch.errors import DataFileError
from wirewatch.events.modality import infinitive_clause, marked_by_to
from wirewatch.events.roles import prep_objects
from wirewatch.events.words import role_words
from wirewatch.model import Inference, Mention

COLUMNS = ("word", "domain", "strength")
DOMAINS = frozenset({"sports", "business", "entertainment", "campaign"})
NEWS_DOMAINS = DOMAINS - {"campaign"}
STRENGTHS = frozenset({"strong", "weak"})
# Sectors that make an actor political or social whatever the vocabulary around it: everything
# but a company and an actor of no known sector (a bare country name may be a national team).
NON_POLITICAL_SECTORS = frozenset({"BUS", ""})
# A capital read as its government ("Madrid said") is a reading of a place name, and a club's
# city in sports news ("Real Madrid"): it is no evidence of a political actor there.
# So is an unattributed attack's source, the unknown attackers of where it struck.
PLACE_READINGS = frozenset({"gazetteer:capital", "unattributed"})
# The rule of the mention of an authority inferred for an agentless act (`implied.IMPLIED_RULE`).
IMPLIED_READING = "implied"
# Weak words of one domain that together mark a clause (one weak word alone, "the final
# agreement", "a market in Baghdad", does not). Set by reading the team's test sentences.
WEAK_WORDS_NEEDED = 2
# What marks a whole article as sports, business or entertainment news (distinct words; set by
# reading the ECB+ and PolNeAR texts: boxing, basketball, film and phone stories pass, political
# stories that mention a market or a coach do not).
ARTICLE_STRONG_NEEDED = 2
ARTICLE_WEAK_WITH_STRONG = 3
ARTICLE_WEAK_NEEDED = 5
ARTICLE_DOMAIN_KEY = "wirewatch.news_domain"
STATE_KINDS = frozenset({"country", "igo"})
SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")  # "3-1"
# Only these are electoral in a campaign's vocabulary: a rally (PROTEST) and a mobilisation.
CAMPAIGN_TYPES = frozenset({"PROTEST", "MOBILIZE"})
CAMPAIGN_DEPS = frozenset({"compound", "amod", "dobj"})
# Money given to a campaign is campaign finance, no aid: "donated to Goldwater's 1964 campaign".
FUNDING_PREPS = frozenset({"to", "for", "towards"})
VOTING = frozenset({"vote", "votes", "voting", "elect", "re-elect", "reelect"})
DEBATES = frozenset(
    {"debate", "debates", "primary", "primaries", "runoff", "run-off", "election", "elections"}
)
# What a fight for a vote or an office is for ("to win the election", "for the nomination").
FIGHT_GOAL_PREPS = frozenset({"for", "over"})
ELECTED = frozenset({"race", "seat", "seats", "nomination", "presidency", "mandate", "majority", "ballot"})
CONTESTS = DEBATES | VOTING | ELECTED | {"re-election", "reelection"}
ELECTORAL_WORDS = frozenset(
    {
        "presidential",
        "election",
        "re-election",
        "reelection",
        "senate",
        "congressional",
        "mayoral",
        "gubernatorial",
        "primary",
        "electoral",
        "parliamentary",
        "leadership",
        "campaign",
    }
)


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, tuple[tuple[str, str], ...]]  # word -> (domain, strength) pairs

    def _tally(self, words: Iterable[str], scores: bool) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """The strong and the weak words of each news domain among `words`, domains in the order
        their first word came; with `scores`, a score ("3-1") counts as a weak word of sports."""
        strong: dict[str, set[str]] = {}
        weak: dict[str, set[str]] = {}
        for word in words:
            if scores and SCORE.match(word):
                weak.setdefault("sports", set()).add("<score>")
            for domain, strength in self.words.get(word, ()):
                if domain in NEWS_DOMAINS:
                    (strong if strength == "strong" else weak).setdefault(domain, set()).add(word)
        return strong, weak

    def domain_of(self, words: Iterable[str], weak_needed: int = WEAK_WORDS_NEEDED) -> str | None:
        """The news domain a clause's words mark, else None: the first with a strong word, else
        the first with `weak_needed` weak ones."""
        strong, weak = self._tally(words, scores=True)
        if strong:
            return next(iter(strong))
        return next((d for d, found in weak.items() if len(found) >= weak_needed), None)

    def article_domain(self, words: Iterable[str]) -> str | None:
        """The news domain a whole article's words mark, else None: two strong words of one
        domain, or one with three weak ones, or five weak ones (distinct words each). A political
        story that mentions a match or a market once is no sports or business story."""
        strong, weak = self._tally(set(words), scores=False)
        marked = []
        for domain in sorted(NEWS_DOMAINS):
            s, w = len(strong.get(domain, ())), len(weak.get(domain, ()))
            enough = s >= ARTICLE_STRONG_NEEDED or w >= ARTICLE_WEAK_NEEDED
            if enough or (s and w >= ARTICLE_WEAK_WITH_STRONG):
                marked.append((-s, -w, domain))
        # The best-marked domain; the same answer in every process (no set order decides).
        return min(marked)[2] if marked else None

    def is_campaign(self, word: str) -> bool:
        return any(domain == "campaign" for domain, _ in self.words.get(word, ()))


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read data/relevance.tsv; an unknown domain or strength names the line."""
    label, rows = table_lines("relevance.tsv", path, COLUMNS)
    words: dict[str, list[tuple[str, str]]] = {}
    for number, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != len(COLUMNS) or cells[1] not in DOMAINS or cells[2] not in STRENGTHS:
            raise DataFileError(f"{label}: data line {number}: expected a word, a domain and a strength")
        words.setdefault(cells[0].lower(), []).append((cells[1], cells[2]))
    return Lexicon({w: tuple(pairs) for w, pairs in words.items()})


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged table, read once per process."""
    return load_lexicon()


def article_domain(doc: Doc) -> str | None:
    """The news domain of the article `doc` holds, read once per document."""
    if ARTICLE_DOMAIN_KEY not in doc.user_data:
        doc.user_data[ARTICLE_DOMAIN_KEY] = lexicon().article_domain(distinct_lowers(doc))
    found: str | None = doc.user_data[ARTICLE_DOMAIN_KEY]
    return found


def off_topic(clause: Token, participants: Iterable[Mention]) -> bool:
    """Sports, business or entertainment, not politics: no participant has a political or social
    sector, and the clause's or the whole article's vocabulary marks another kind of news, or
    every participant is a company ("Klitschko will fight Povetkin in March" in a boxing story)."""
    actors = list(participants)
    story = article_domain(clause.doc)
    # In a sports story people of no office are players, fans and clubs' men ("they reached
    # six-year deals with Korver"): no political actors there.
    apolitical = NON_POLITICAL_SECTORS | ({"CVL"} if story == "sports" else frozenset())
    # Nor is an authority inferred for an agentless act there ("was fined during the Test in
    # Perth": the game's referee fined him, not a court of the place).
    readings = PLACE_READINGS | ({IMPLIED_READING} if story == "sports" else frozenset())
    if any(_political(m, apolitical, readings) for m in actors):
        return False
    # A bare country in a sports story may be its national team; in a business or entertainment
    # story it is a state ("China raised tariffs on US steel" in a markets report).
    if story == "sports" or (story is not None and not any(_named_state(m) for m in actors)):
        return True
    # Between companies only, one weak word of business news is enough ("the firm sued its rival");
    # a businessman denying espionage charges is still news of politics.
    companies = bool(actors) and all(m.sector == "BUS" for m in actors)
    return _clause_domain(clause, 1 if companies else WEAK_WORDS_NEEDED) is not None


_CLAUSE_DOMAINS_KEY = "wirewatch.clause_domains"


def _clause_domain(clause: Token, weak_needed: int) -> str | None:
    """The news domain a clause's words mark, remembered per Doc: every rule tried at a trigger
    asks again of the same clause."""
    answers = clause.doc.user_data.setdefault(_CLAUSE_DOMAINS_KEY, {})
    key = (clause.i, weak_needed)
    if key not in answers:
        words = [t.lower_ for t in clause.subtree]
        answers[key] = lexicon().domain_of(words, weak_needed=weak_needed)
    found: str | None = answers[key]
    return found


# Words and talk (CAMEO's verbal quad classes) between private persons are no political events.
VERBAL_QUADS = frozenset({1, 3})
# Sectors that leave a person private: none known, or a civilian named by a title ("a man"). A
# businessman is public enough ("a Turkish businessman denied accusations of espionage").
PRIVATE_PERSON_SECTORS = frozenset({"", "CVL"})
CRIMINAL_SECTOR = "CRM"


def between_private_persons(quad_class: int, participants: Iterable[Mention]) -> bool:
    """Talk among people with no public role: "Cornstein refused to disclose the amount", "Lynch
    asked Coleman", "Simpson arranged to meet her". A verbal event needs a state, an
    organisation, a group (protesters, rebels, a party) or a person with a public role; a deed
    (an arrest, a shooting) is coded whoever did it."""
    if quad_class not in VERBAL_QUADS:
        return False
    return not any(_public(m) for m in participants)


# CAMEO's verbal cooperation (appeals, offers, praise, talk): advice and help among private people.
VERBAL_COOPERATION = 1
# Sectors of a crowd or the rank and file a private person may speak to: "people", "residents",
# "doctors", "teachers". A private person's appeal to them is advice to the public or to
# colleagues; to the police, the army or an office it is still a request of a public actor.
PUBLIC_AT_LARGE_SECTORS = frozenset({"CVL", "LAB", "EDU"})
GAZETTEER_READING = "gazetteer:"


def private_advice(quad_class: int, sources: Iterable[Mention], targets: Iterable[Mention]) -> bool:
    """ "Mr Smith urged people not to walk the hills unprepared", "Dr. Jones encouraged people to
    get a flu shot", "he offered the doctors help", "I talked to some teachers": a person of no
    public role (no sector known or a civilian, none on record, no criminal) advising, helping or
    talking to people at large or to the rank and file is private life, no political event. A
    named office holder's appeal ("the prime minister urged residents to stay in shelters"), an
    appeal to the police, or a crowd's own words ("residents complained") are still coded."""
    found, hearers = list(sources), list(targets)
    if quad_class != VERBAL_COOPERATION or not found or not hearers:
        return False
    return all(_private_individual(m) for m in found) and all(
        m.kind == "group"
        and Inference.KNOWN not in m.inferences
        and m.sector in PUBLIC_AT_LARGE_SECTORS
        and not _a_nation(m)
        for m in hearers
    )


def private_giving(plover: str, sources: Iterable[Mention], targets: Iterable[Mention]) -> bool:
    """ "Dozens of people were donating blood in her memory", "we have made great contributions":
    gifts by private people (a person or a crowd of no public role, none on record) to no one
    named are charity or a figure of speech, no aid between political actors. Aid to someone
    named ("residents gave food to the refugees") and a state's, a body's or a company's gift are
    still coded."""
    found = list(sources)
    if plover != "AID" or list(targets) or not found:
        return False
    return all(_private_people(m) and not _a_nation(m) for m in found)


def _private_people(mention: Mention) -> bool:
    """A person or a group of no public role: no sector known or civilians, none on record."""
    return (
        mention.kind in ("person", "group")
        and Inference.KNOWN not in mention.inferences
        and (mention.sector or "") in PRIVATE_PERSON_SECTORS
    )


def _a_nation(mention: Mention) -> bool:
    """A people or a state named from the gazetteer ("the Irish", "Liberians", "Madrid"): a
    nation's gift or a call on a nation is no private matter ("Taylor called on Liberians to
    stand by him")."""
    return mention.rule.startswith(GAZETTEER_READING)


def _private_individual(mention: Mention) -> bool:
    """One person of no public role and no crime story's: no sector known or a civilian, none on
    record ("Mr Smith", "Dr. Jones", "he", "a man")."""
    return (mention.kind == "person" or mention.role is not None) and _private_people(mention)


def private_tutelage(quad_class: int, sources: Iterable[Mention], targets: Iterable[Mention]) -> bool:
    """ "The teacher encouraged her pupils to read", "the coach urged his players to rest", "the
    doctor told the patients to stay home": words between one who teaches, trains, treats or
    raises others (role_words.tsv `tutor`) and those in their care (`charge`), none on record in
    the knowledge base, are instruction or care in private life, no political event. The same
    verbs stay coded when a state, a body or an office holder is a party ("the minister urged the
    teachers to strike", "students urged the government to cut fees")."""
    parties = [*sources, *targets]
    if quad_class not in VERBAL_QUADS or len(parties) < 2:
        return False
    words = role_words()
    kinds = [_tutelage_kind(m, words.tutor, words.charge) for m in parties]
    return None not in kinds and "tutor" in kinds and "charge" in kinds


def _tutelage_kind(mention: Mention, tutors: frozenset[str], charges: frozenset[str]) -> str | None:
    if Inference.KNOWN in mention.inferences or mention.kind not in ("person", "group"):
        return None
    names = [w for w in (mention.role, *mention.text.lower().split()[-1:]) if w]
    if any(n in tutors for n in names):
        return "tutor"
    if any(n in charges for n in names):
        return "charge"
    return None


COOPERATION_TYPES = frozenset({"AID", "AGREE", "SUPPORT", "COOPERATE"})


def business_cooperation(plover: str, sources: Iterable[Mention], targets: Iterable[Mention]) -> bool:
    """Companies' support, pledges and gifts to no state and no political actor: "Pfizer pledged
    money to support the foundation's programs", "the firm lobbied for patent rights". Business or
    philanthropy, not politics; a company's aid to a state or a government is still coded."""
    found = list(sources)
    if plover not in COOPERATION_TYPES or not found or any(m.sector != "BUS" for m in found):
        return False
    return not any(_political(m) or _named_state(m) for m in targets)


def private_repression(plover: str, sources: Iterable[Mention], targets: Iterable[Mention]) -> bool:
    """ "The novelist's widow is suppressing his last manuscript", "the publisher's heirs blocked
    the book": repression done by kin (a person or a family named by a tie to another, of no
    public role) to a thing, with no one on the other side, is a family matter, no political
    coercion. A state, a group in public (a gang, protesters), a person named ("Micheletti
    declared a state of siege") or any coercion of people named as its target is still coded."""
    found = list(sources)
    if plover != "COERCE" or list(targets) or not found:
        return False
    return all(_kin(m) for m in found)


def _kin(mention: Mention) -> bool:
    """A person or group named by a tie to another: "his widow", "the heirs", "Horton's family"."""
    words = mention.text.lower().split()
    return (
        bool(words)
        and words[-1] in role_words().relation
        and (mention.sector or "") in PRIVATE_PERSON_SECTORS
    )


# Sectors of people who meet in private life: a club's students, a firm's visitors, "people".
PRIVATE_MEETING_SECTORS = frozenset({"", "CVL", "EDU"})


def private_meeting(plover: str, sources: Iterable[Mention], targets: Iterable[Mention]) -> bool:
    """ "Students attended their first meeting of the year", "waiting for people to attend a
    meeting": a meeting with no one named on the other side, held by people of no public role,
    is no consultation between political actors ("the Security Council met", "the leaders held
    talks" still are)."""
    found = list(sources)
    if plover != "CONSULT" or list(targets) or not found:
        return False
    return all((m.sector or "") in PRIVATE_MEETING_SECTORS and m.kind != "country" for m in found)


def private_cooperation(plover: str, sources: Iterable[Mention], targets: Iterable[Mention]) -> bool:
    """ "The actress cooperated with only one biographer", "a retired nurse is cooperating with the
    filmmakers": cooperation with no actor named on the other side, by people of no public role (no
    sector known, or civilians), is private life, no political cooperation. A state's, an office
    holder's or a suspect's cooperation ("the former minister cooperated", "the gunman's brother is
    cooperating with police") is still coded."""
    found = list(sources)
    if plover != "COOPERATE" or list(targets) or not found:
        return False
    return all(m.kind == "person" and (m.sector or "") in PRIVATE_PERSON_SECTORS for m in found)


VISIT = "042"  # CAMEO: make a visit


def private_travel(cameo: str, sources: Iterable[Mention], targets: Iterable[Mention]) -> bool:
    """ "A Dutch tourist visiting Uganda fell ill", "tourists who visited Egypt last year": people of
    no public role (civilians, none known, none on record) visiting a country or a city travel,
    meeting no government there (CAMEO 042). A minister's, a delegation's or a group's visit
    ("protesters' leaders visited the ministry", "the French president visited Uganda") is still
    coded, and so is a private person's visit to someone named ("the victim's mother visited the
    governor")."""
    found = list(targets)
    visitors = list(sources)
    if cameo != VISIT or not found or not visitors:
        return False
    private = all(_private_people(m) for m in visitors)
    return private and all(m.kind in STATE_KINDS or m.rule in PLACE_READINGS for m in found)


# Sectors of a person who serves in the ranks, not in office: "a police officer", "a soldier", "a
# nurse", "a teacher". One of them met by a private person is an acquaintance, no consultation.
RANK_AND_FILE_SECTORS = frozenset({"", "CVL", "COP", "MIL", "LAB", "EDU"})


def private_acquaintance(plover: str, sources: Iterable[Mention], targets: Iterable[Mention]) -> bool:
    """ "She met police officer Tom Avery, who took photographs as a hobby", "there she met a
    soldier who later became her husband": one private person meeting another person of no office
    (a police officer, a soldier, a nurse) is private life, no consultation between political
    actors. A group's or an office holder's meeting still is one ("the victim's family met police
    officials", "the ambassador met the police officer in charge of the inquiry")."""
    parties = [*sources, *targets]
    if plover != "CONSULT" or len(parties) < 2 or not any(private_person(m) for m in parties):
        return False
    return all(
        m.kind == "person"
        and Inference.KNOWN not in m.inferences
        and (m.sector or "") in RANK_AND_FILE_SECTORS
        for m in parties
    )


# Sectors of people who talk to each other to learn or tell what happened: civilians, journalists,
# aid workers, students, refugees.
NEWS_GATHERING_SECTORS = frozenset({"CVL", "MED", "NGO", "EDU", "REF"})
SPEECH_LEMMAS = frozenset({"talk", "speak"})
# Occasions of telling the public (codebook consult.news-conference.n).
APPEARANCE_LEMMAS = frozenset({"conference"})
MEDIA_SECTOR = "MED"


def news_gathering(plover: str, lemma: str, sources: Iterable[Mention], targets: Iterable[Mention]) -> bool:
    """ "An activist who spoke to aid workers at the camp", "a reporter talked to five refugees":
    talk among civilians, journalists and aid workers is how what happened becomes known, no
    consultation between political actors. A meeting is still one ("protest leaders met human
    rights groups"), and so is talk with anyone of another sector or none known. Talk to the
    press alone ("I've also talked to NBC News") is an interview, whoever speaks: telling the
    public, no consultation; so is a news conference with journalists, civilians or aid workers
    ("held a news conference with three women who accused the senator"): they are shown to the
    public, not met as a political party."""
    found = list(targets)
    parties = [*sources, *found]
    if plover != "CONSULT" or not parties:
        return False
    if all(m.sector == MEDIA_SECTOR for m in parties):
        return True  # "the NBC/Wall Street Journal poll, using telephone calls": the press among itself
    if lemma in APPEARANCE_LEMMAS:
        return bool(found) and all(m.sector in NEWS_GATHERING_SECTORS for m in found)
    if lemma not in SPEECH_LEMMAS:
        return False
    if found and all(m.sector == MEDIA_SECTOR for m in found):
        return True
    return all(m.sector in NEWS_GATHERING_SECTORS and m.kind != "country" for m in parties)


def _named_state(mention: Mention) -> bool:
    """A state or an organisation of states the text names ("It will support T-Mobile's
    service" is a phone, whatever "it" was resolved to)."""
    return mention.kind in STATE_KINDS and mention.rule != "pronoun"


def _public(mention: Mention) -> bool:
    if Inference.KNOWN in mention.inferences:
        return True  # on record in the knowledge base: a candidate before office, a former minister
    if mention.kind == "person" or mention.role is not None:
        return (mention.sector or "") not in PRIVATE_PERSON_SECTORS and not _named_criminal(mention)
    words = mention.text.lower().split()
    if mention.kind == "group" and words and words[-1] in role_words().relation:
        return False  # "Horton's family", "the other children": kin, in private life
    return mention.sector != "BUS" or mention.kind in ("country", "igo")


def private_person(mention: Mention) -> bool:
    """One person with no public role: no sector known, a civilian ("a man") or a criminal."""
    return mention.kind == "person" and (
        (mention.sector or "") in PRIVATE_PERSON_SECTORS or _named_criminal(mention)
    )


def _named_criminal(mention: Mention) -> bool:
    """A person of a crime story (the accused, the gunman: CRM, `actors/crime_roles.py`) has no
    public role: "Simpson arranged to meet her", "he pleaded guilty", "a Tulsa man convicted of
    murder pleaded not guilty" (one person named by a title: a role) are no political events; a
    gang or a cartel (groups) still acts in public."""
    one = mention.kind == "person" or mention.role is not None
    return one and mention.sector == CRIMINAL_SECTOR


def _political(
    mention: Mention,
    apolitical: frozenset[str] = NON_POLITICAL_SECTORS,
    readings: frozenset[str] = PLACE_READINGS,
) -> bool:
    return (mention.sector or "") not in apolitical and mention.rule not in readings


# Sectors of a person who holds power or office, runs for one (PTY: a candidate), or none known:
# such a person's "rally", "march" or "demonstration" is a campaign stop or a show of something,
# not a protest.
OFFICE_SECTORS = frozenset({"", "GOV", "LEG", "ELI", "JUD", "BUS", "MED", "PTY"})


RALLY = "141"  # CAMEO: demonstrate or rally


def rally_of_office_holders(cameo: str, sources: Iterable[Mention]) -> bool:
    """ "Trump's second rally Thursday", "Clinton held rallies before black crowds": a rally is
    a crowd's or an opposition's protest; one whose every source is a politician, an official or
    a person of no known sector is the person's campaign (an opposition leader's rally, a union
    leader's march still protest; a blockade or a strike is no campaign event)."""
    found = list(sources)
    if cameo != RALLY or not found:
        return False
    return all(m.kind == "person" and (m.sector or "") in OFFICE_SECTORS for m in found)


def _votes(verb: Token) -> bool:
    """ "to vote", "to elect" (someone), "to turn out" (at the polls), "to register" (as voters)."""
    if verb.lower_ in VOTING:
        return True
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return (verb.lower_ == "turn" and "out" in particles) or (
        verb.lower_ == "register" and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _fights_for_a_contest(token: Token) -> bool:
    """ "battling to win the election", "fought for the nomination", "the battle for the
    presidency": a fight whose goal is a vote or an office won at the polls is the campaign's
    contest, no combat (PLOVER 2.0 ASSAULT is the use of force)."""
    goals = prep_objects(token, FIGHT_GOAL_PREPS)
    clauses = [c for c in token.children if infinitive_clause(c) or (c.dep_ == "acl" and marked_by_to(c))]
    goals += [o for c in clauses for o in c.children if o.dep_ == "dobj"]
    return any(g.lower_ in CONTESTS or any(c.lower_ in ELECTORAL_WORDS for c in g.children) for g in goals)


def _election_campaign(noun: Token) -> bool:
    """ "Goldwater's 1964 presidential campaign", "her re-election campaign", "the candidate": a
    campaign for office (a vaccination or relief campaign is none)."""
    if noun.lower_ in ("candidate", "candidates", "candidacy"):
        return True
    if noun.lower_ not in ("campaign", "campaigns"):
        return False
    return any(
        (c.dep_ == "poss" and c.ent_type_ == "PERSON") or c.lower_ in ELECTORAL_WORDS for c in noun.children
    )


def electoral(token: Token, plover: str) -> bool:
    """A rally or mobilisation of a campaign: "a campaign rally", "an election rally",
    "mobilised voters", "rallied supporters"; money given to one ("donated to his 1964
    campaign", "a contribution to the candidate"); a call to vote ("urged voters to turn out")."""
    if plover == "AID":
        given = [token, *(c for c in token.children if c.dep_ == "dobj")]  # "gave $2m to", either way
        return any(_election_campaign(g) for h in given for g in prep_objects(h, FUNDING_PREPS))
    if plover == "CONSULT":
        # "Trump and Clinton meet for the first of three debates": a campaign's contest, no talks
        heads = [
            g for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "in") for g in c.children
        ]
        heads += [
            g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
        ]
        return any(h.lower_ in DEBATES for h in heads)
    if plover == "REQUEST":
        # "urging Democrats to vote early": canvassing, no demand on anyone
        # "urged them to get out and vote": any act of the infinitive's list
        return any(infinitive_clause(c) and any(map(_votes, (c, *c.conjuncts))) for c in token.children)
    if plover == "ASSAULT":
        return _fights_for_a_contest(token)
    if plover not in CAMPAIGN_TYPES:
        return False
    return any(c.dep_ in CAMPAIGN_DEPS and lexicon().is_campaign(c.lower_) for c in token.children)
